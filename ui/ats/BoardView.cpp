#include "ui/ats/BoardView.h"

#include "app/AppContext.h"
#include "app/ats/BoardColumnSource.h"
#include "app/ats/StuckCounter.h"
#include "app/storage/Database.h"
#include "models/BoardColumnModel.h"
#include "ui/ats/BoardColumnWidget.h"
#include "ui/ats/RejectionReasonDialog.h"

#include <QAction>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMessageBox>
#include <QScrollArea>
#include <QScrollBar>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace bbd {
namespace {

// How far the board reads ahead to find the cards it has to select after a change.
constexpr int kSelectLookahead = 2000;

} // namespace

BoardView::BoardView(const AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_db(*context.database)
    , m_phones(*context.phones)
    , m_candidates(*context.database, *context.phones)
    , m_vacancies(*context.database)
    , m_undoStack(new QUndoStack(this))
    , m_stuckCounter(new StuckCounter(*context.database, this))
{
    connect(m_stuckCounter, &StuckCounter::counted, this, &BoardView::onStuckCounted);
    setObjectName(QStringLiteral("boardView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_emptyLabel = new QLabel(this);
    m_emptyLabel->setObjectName(QStringLiteral("boardEmptyLabel"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    layout->addWidget(m_emptyLabel);
    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_row = new QWidget(m_scroll);
    m_rowLayout = new QHBoxLayout(m_row);
    m_rowLayout->setContentsMargins(6, 6, 6, 6);
    m_rowLayout->setSpacing(6);
    m_rowLayout->addStretch(1);
    m_scroll->setWidget(m_row);
    layout->addWidget(m_scroll, 1);

    // Undo and redo live in the main window's Edit menu, over undoStack().
    setVacancy(0);
}

BoardView::~BoardView()
{
    // Commands call back into the board; none may run once it is going away.
    m_undoStack->clear();
}

void BoardView::setVacancy(qint64 vacancyId)
{
    m_vacancyId = vacancyId;
    m_undoStack->clear();
    reload();
}

void BoardView::setFilterCondition(const QString &sql, const QVariantList &binds)
{
    if (sql == m_filterSql && binds == m_filterBinds) {
        return; // the columns already show this
    }
    m_filterSql = sql;
    m_filterBinds = binds;
    for (BoardColumnWidget *column : std::as_const(m_columns)) {
        loadColumn(column);
    }
    scheduleStuckCounts();
}

void BoardView::reload()
{
    QList<PipelineStage> stages;
    if (m_vacancyId != 0) {
        QString error;
        stages = boardStages(m_db, m_vacancyId, &error);
        if (stages.isEmpty() && !error.isEmpty()) {
            m_emptyLabel->setText(tr("The board cannot be read: %1").arg(error));
        } else if (stages.isEmpty()) {
            m_emptyLabel->setText(tr("This vacancy has no stages yet."));
        }
    } else {
        m_emptyLabel->setText(tr("Choose a vacancy to see its board."));
    }
    m_emptyLabel->setVisible(stages.isEmpty());
    m_scroll->setVisible(!stages.isEmpty());

    bool sameColumns = stages.size() == m_columns.size();
    for (qsizetype i = 0; sameColumns && i < stages.size(); ++i) {
        sameColumns = stages.at(i).id == m_columns.at(i)->stage().id;
    }
    if (sameColumns) {
        for (qsizetype i = 0; i < stages.size(); ++i) {
            m_columns.at(i)->setStage(stages.at(i));
            loadColumn(m_columns.at(i));
        }
    } else {
        rebuildColumns(stages);
    }
    scheduleStuckCounts();
    emit selectionChanged();
}

void BoardView::rebuildColumns(const QList<PipelineStage> &stages)
{
    for (BoardColumnWidget *column : std::as_const(m_columns)) {
        // Nameless at once (the new columns reuse the names), deleted once whatever event is
        // being handled is over.
        column->hide();
        column->setObjectName(QString());
        const QList<QWidget *> children = column->findChildren<QWidget *>();
        for (QWidget *child : children) {
            child->setObjectName(QString());
        }
        m_rowLayout->removeWidget(column);
        column->deleteLater();
    }
    m_columns.clear();
    for (const PipelineStage &stage : stages) {
        auto *column = new BoardColumnWidget(stage, m_row);
        m_rowLayout->insertWidget(m_rowLayout->count() - 1, column);
        m_columns << column;
        BoardListView *list = column->listView();
        list->installEventFilter(this);
        const qint64 stageId = stage.id;
        // Queued: the drop is still being delivered to the list when the model announces it,
        // and the command may ask the user (rejection reason) and reload that very list.
        connect(
            column->model(), &BoardColumnModel::dropRequested, this,
            [this, stageId](const QList<qint64> &ids, qint64 fromStageId, int row) {
                onDropRequested(stageId, ids, fromStageId, row);
            },
            Qt::QueuedConnection);
        connect(list->selectionModel(), &QItemSelectionModel::selectionChanged, this,
                [this, column] { onColumnSelectionChanged(column); });
        connect(list, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
            emit openCandidate(index.data(BoardColumnModel::IdRole).toLongLong());
        });
        connect(column, &BoardColumnWidget::foldRequested, this,
                [this, column](bool folded) { onFoldRequested(column, folded); });
        connect(column->model(), &BoardColumnModel::loadFailed, this,
                &BoardView::boardCommandFailed);
        loadColumn(column);
        column->show(); // now, not on the next turn of the event loop: the first paint has it
    }
}

void BoardView::loadColumn(BoardColumnWidget *column)
{
    column->setSource(std::make_unique<BoardColumnSource>(
        m_db, m_phones, m_vacancyId, column->stage().id, m_filterSql, m_filterBinds));
}

void BoardView::scheduleStuckCounts()
{
    // Counted in the background (see StuckCounter), started once the cards have been painted
    // (posted paint requests go before a zero timer) so that the count's thread does not
    // compete with the first paint. Results counted before this change are dropped now.
    m_stuckCounter->cancel();
    if (!m_stuckPending) {
        m_stuckPending = true;
        QTimer::singleShot(0, this, &BoardView::startStuckCounts);
    }
}

void BoardView::startStuckCounts()
{
    m_stuckPending = false;
    QList<StuckCounter::Column> columns;
    for (BoardColumnWidget *column : std::as_const(m_columns)) {
        if (column->stage().stuckAfterDays > 0 && column->stuckCount() < 0) {
            columns.append({column->stage().id, column->stage().stuckAfterDays});
        }
    }
    m_stuckCounter->start(m_vacancyId, columns, m_filterSql, m_filterBinds);
}

void BoardView::onStuckCounted(qint64 stageId, int count, const QString &error)
{
    Q_UNUSED(error) // a missing count only leaves the header without it; the cards are right
    if (BoardColumnWidget *column = columnOf(stageId); column && count >= 0) {
        column->setStuckCount(count);
    }
}

QList<qint64> BoardView::stageIds() const
{
    QList<qint64> ids;
    for (const BoardColumnWidget *column : m_columns) {
        ids << column->stage().id;
    }
    return ids;
}

BoardColumnWidget *BoardView::columnOf(qint64 stageId) const
{
    for (BoardColumnWidget *column : m_columns) {
        if (column->stage().id == stageId) {
            return column;
        }
    }
    return nullptr;
}

BoardColumnWidget *BoardView::columnOfView(const QObject *view) const
{
    for (BoardColumnWidget *column : m_columns) {
        if (column->listView() == view) {
            return column;
        }
    }
    return nullptr;
}

int BoardView::indexOfColumn(const BoardColumnWidget *column) const
{
    return int(m_columns.indexOf(const_cast<BoardColumnWidget *>(column)));
}

BoardColumnModel *BoardView::columnModel(qint64 stageId) const
{
    BoardColumnWidget *column = columnOf(stageId);
    return column ? column->model() : nullptr;
}

QListView *BoardView::columnView(qint64 stageId) const
{
    BoardColumnWidget *column = columnOf(stageId);
    return column ? column->listView() : nullptr;
}

QList<qint64> BoardView::selectedIdsIn(const BoardColumnWidget *column) const
{
    QModelIndexList indexes = column->listView()->selectionModel()->selectedRows();
    std::sort(indexes.begin(), indexes.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<qint64> ids;
    for (const QModelIndex &index : std::as_const(indexes)) {
        ids << index.data(BoardColumnModel::IdRole).toLongLong();
    }
    return ids;
}

QList<qint64> BoardView::selectedCandidateIds() const
{
    QList<qint64> ids;
    for (const BoardColumnWidget *column : m_columns) {
        ids << selectedIdsIn(column);
    }
    return ids;
}

BoardColumnWidget *BoardView::selectionColumn() const
{
    for (BoardColumnWidget *column : m_columns) {
        if (column->listView()->selectionModel()->hasSelection()) {
            return column;
        }
    }
    return nullptr;
}

void BoardView::onColumnSelectionChanged(BoardColumnWidget *column)
{
    if (m_syncingSelection) {
        return;
    }
    // A selection lives in one column at a time: what a key or a drag acts on is then clear.
    if (column->listView()->selectionModel()->hasSelection()) {
        const QScopedValueRollback guard(m_syncingSelection, true);
        for (BoardColumnWidget *other : std::as_const(m_columns)) {
            if (other != column) {
                other->listView()->selectionModel()->clearSelection();
            }
        }
    }
    emit selectionChanged();
}

void BoardView::onFoldRequested(BoardColumnWidget *column, bool folded)
{
    if (!m_vacancies.setFolded(column->stage().id, folded)) {
        column->setFolded(!folded);
        boardCommandFailed(m_vacancies.lastError());
        return;
    }
    column->setFolded(folded);
}

bool BoardView::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress) {
        return QWidget::eventFilter(watched, event);
    }
    BoardColumnWidget *column = columnOfView(watched);
    if (!column) {
        return QWidget::eventFilter(watched, event);
    }
    const auto *key = static_cast<QKeyEvent *>(event);
    const Qt::KeyboardModifiers modifiers =
        key->modifiers() & (Qt::ControlModifier | Qt::ShiftModifier | Qt::AltModifier);
    const bool moveChord = modifiers == (Qt::ControlModifier | Qt::ShiftModifier);
    switch (key->key()) {
    case Qt::Key_Right:
    case Qt::Key_Left: {
        const int step = key->key() == Qt::Key_Right ? 1 : -1;
        if (moveChord) {
            moveSelectedBy(step);
            return true;
        }
        if (modifiers == Qt::NoModifier) {
            focusNeighbour(column, step);
            return true;
        }
        break;
    }
    case Qt::Key_BracketRight:
    case Qt::Key_BracketLeft:
        if (modifiers == Qt::NoModifier) {
            moveSelectedBy(key->key() == Qt::Key_BracketRight ? 1 : -1);
            return true;
        }
        break;
    case Qt::Key_Delete:
        if (modifiers == Qt::NoModifier) {
            deleteSelected();
            return true;
        }
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter: {
        const QModelIndex current = column->listView()->currentIndex();
        if (current.isValid()) {
            emit openCandidate(current.data(BoardColumnModel::IdRole).toLongLong());
            return true;
        }
        break;
    }
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

void BoardView::focusNeighbour(BoardColumnWidget *from, int step)
{
    int index = indexOfColumn(from) + step;
    while (index >= 0 && index < m_columns.size() && m_columns.at(index)->isFolded()) {
        index += step;
    }
    if (index < 0 || index >= m_columns.size()) {
        return;
    }
    BoardColumnWidget *to = m_columns.at(index);
    QListView *source = from->listView();
    QListView *target = to->listView();
    // The card at the same height on screen, or the last one when the column is shorter.
    const QModelIndex current = source->currentIndex();
    const int y = current.isValid() ? source->visualRect(current).center().y() : 0;
    QModelIndex nearest = target->indexAt(QPoint(target->viewport()->width() / 2, y));
    if (!nearest.isValid() && target->model()->rowCount() > 0) {
        nearest = y <= 0 ? target->model()->index(0, 0)
                         : target->model()->index(target->model()->rowCount() - 1, 0);
        for (int row = 0; row < target->model()->rowCount(); ++row) {
            const QModelIndex candidate = target->model()->index(row, 0);
            if (target->visualRect(candidate).bottom() >= y) {
                nearest = candidate;
                break;
            }
        }
    }
    target->setFocus(Qt::TabFocusReason);
    if (nearest.isValid()) {
        target->selectionModel()->setCurrentIndex(nearest, QItemSelectionModel::ClearAndSelect);
        target->scrollTo(nearest);
    }
    m_scroll->ensureWidgetVisible(to);
}

void BoardView::moveSelectedToNextStage()
{
    moveSelectedBy(1);
}

void BoardView::moveSelectedToPreviousStage()
{
    moveSelectedBy(-1);
}

void BoardView::moveSelectedBy(int step)
{
    BoardColumnWidget *column = selectionColumn();
    if (!column) {
        return;
    }
    const int index = indexOfColumn(column) + step;
    if (index < 0 || index >= m_columns.size()) {
        return;
    }
    moveCandidates(selectedIdsIn(column), column->stage().id, m_columns.at(index)->stage().id);
}

void BoardView::deleteSelected()
{
    BoardColumnWidget *column = selectionColumn();
    if (!column) {
        return;
    }
    const QList<qint64> ids = selectedIdsIn(column);
    const QString label = labelFor(ids, column->stage().id);
    const QString question =
        ids.size() == 1
            ? tr("Delete %1? The card leaves the board; Undo brings it back.").arg(label)
            : tr("Delete %n candidates? The cards leave the board; Undo brings them back.", nullptr,
                 int(ids.size()));
    if (QMessageBox::question(this, tr("Delete candidates"), question,
                              QMessageBox::Yes | QMessageBox::No,
                              QMessageBox::No) != QMessageBox::Yes) {
        return;
    }
    m_undoStack->push(new DeleteCandidatesCommand(*this, ids, {column->stage().id}, label));
}

QString BoardView::labelFor(const QList<qint64> &ids, qint64 stageId) const
{
    if (ids.size() != 1) {
        return {};
    }
    if (const BoardColumnModel *model = columnModel(stageId)) {
        const int row = model->rowOf(ids.constFirst());
        if (row >= 0) {
            return model->rowAt(row)->fullName;
        }
    }
    return {};
}

BoardPlacement BoardView::placementAt(BoardColumnWidget *column, int row, const QList<qint64> &ids)
{
    BoardColumnModel *model = column->model();
    if (row < 0 || row > model->rowCount()) {
        row = model->rowCount();
    }
    // At the end of what is loaded, the next card may not be loaded yet: read it, so that the
    // dropped cards land right under the last visible one and not past unseen ones.
    if (row >= model->rowCount() && model->canFetchMore({})) {
        model->fetchMore({});
    }
    BoardPlacement placement;
    placement.requested = true;
    for (int r = row - 1; r >= 0; --r) {
        if (!ids.contains(model->rowAt(r)->id)) {
            placement.aboveId = model->rowAt(r)->id;
            break;
        }
    }
    for (int r = row; r < model->rowCount(); ++r) {
        if (!ids.contains(model->rowAt(r)->id)) {
            placement.belowId = model->rowAt(r)->id;
            break;
        }
    }
    return placement;
}

void BoardView::onDropRequested(qint64 toStageId, const QList<qint64> &ids, qint64 fromStageId,
                                int row)
{
    BoardColumnWidget *target = columnOf(toStageId);
    if (!target) {
        return; // the board changed while the drop was on its way
    }
    // A drop on the empty space under the cards means "at the end", in any column.
    moveCandidates(ids, fromStageId, toStageId, row < 0 ? target->model()->rowCount() : row);
}

bool BoardView::moveCandidates(const QList<qint64> &ids, qint64 fromStageId, qint64 toStageId,
                               int row)
{
    BoardColumnWidget *target = columnOf(toStageId);
    if (ids.isEmpty() || !target) {
        return false;
    }
    const QString label = labelFor(ids, fromStageId);
    if (fromStageId == toStageId) {
        BoardColumnModel *model = target->model();
        if (ids.size() == 1) {
            const int current = model->rowOf(ids.constFirst());
            const int to = row < 0 ? model->rowCount() : row;
            if (current >= 0 && (to == current || to == current + 1) &&
                !(to >= model->rowCount() && model->canFetchMore({}))) {
                return false; // dropped where it already is
            }
        }
        const int before = m_undoStack->count();
        m_undoStack->push(new ReorderCandidatesCommand(*this, ids, toStageId, label,
                                                       placementAt(target, row, ids)));
        return m_undoStack->count() > before;
    }
    const PipelineStage &stage = target->stage();
    QString reason;
    if (stage.kind == PipelineStage::Kind::Rejected) {
        RejectionReasonDialog dialog(int(ids.size()), stage.name, this);
        if (dialog.exec() != QDialog::Accepted) {
            return false;
        }
        reason = dialog.reason();
    }
    const BoardPlacement placement = row >= 0 ? placementAt(target, row, ids) : BoardPlacement{};
    const int before = m_undoStack->count();
    m_undoStack->push(new MoveCandidatesCommand(*this, ids, {fromStageId}, toStageId, stage.name,
                                                stage.kind == PipelineStage::Kind::Hired, label,
                                                reason, placement));
    return m_undoStack->count() > before;
}

void BoardView::boardCommandFailed(const QString &message)
{
    QMessageBox::warning(this, tr("Board"),
                         message.isEmpty() ? tr("The change could not be saved.") : message);
}

void BoardView::boardColumnsChanged(const QList<qint64> &stageIds, const QList<qint64> &toSelect)
{
    for (const qint64 stageId : stageIds) {
        if (BoardColumnWidget *column = columnOf(stageId)) {
            const QScopedValueRollback guard(m_syncingSelection, true);
            column->reload();
        }
    }
    selectIds(toSelect);
    scheduleStuckCounts();
    emit selectionChanged();
}

void BoardView::selectIds(const QList<qint64> &ids)
{
    if (ids.isEmpty()) {
        return;
    }
    for (BoardColumnWidget *column : std::as_const(m_columns)) {
        BoardColumnModel *model = column->model();
        QListView *list = column->listView();
        // The cards are most likely in the first pages (a moved card goes on top); look a
        // little further for a card placed deep in a long column.
        QModelIndex first;
        QItemSelection selection;
        const auto collect = [&] {
            selection.clear();
            first = {};
            for (const qint64 id : ids) {
                const int row = model->rowOf(id);
                if (row >= 0) {
                    const QModelIndex index = model->index(row, 0);
                    selection.select(index, index);
                    if (!first.isValid() || row < first.row()) {
                        first = index;
                    }
                }
            }
        };
        collect();
        if (selection.isEmpty() || column->isFolded()) {
            continue;
        }
        while (selection.size() < ids.size() && model->canFetchMore({}) &&
               model->rowCount() < kSelectLookahead) {
            model->fetchMore({});
            collect();
        }
        {
            const QScopedValueRollback guard(m_syncingSelection, true);
            for (BoardColumnWidget *other : std::as_const(m_columns)) {
                other->listView()->selectionModel()->clearSelection();
            }
            list->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
            list->selectionModel()->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
        }
        list->scrollTo(first);
        list->setFocus(Qt::OtherFocusReason);
        m_scroll->ensureWidgetVisible(column);
        return;
    }
}

void BoardView::boardCandidatesHired(const QList<qint64> &ids)
{
    for (const qint64 id : ids) {
        emit candidateHired(id);
    }
}

} // namespace bbd
