#include "ui/ats/BoardColumnWidget.h"

#include "app/ats/BoardColumnSource.h"
#include "models/BoardColumnModel.h"
#include "ui/ats/CandidateCardDelegate.h"

#include <QDragEnterEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMimeData>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace bbd {

void BoardListView::setPlaceholderText(const QString &text)
{
    m_placeholder = text;
    viewport()->update();
}

bool BoardListView::isShowingPlaceholder() const
{
    return !m_placeholder.isEmpty() && (!model() || model()->rowCount() == 0);
}

void BoardListView::paintEvent(QPaintEvent *event)
{
    QListView::paintEvent(event);
    if (isShowingPlaceholder()) {
        QPainter painter(viewport());
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(viewport()->rect().adjusted(12, 24, -12, -12),
                         Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, m_placeholder);
    }
}

VerticalTitle::VerticalTitle(QWidget *parent)
    : QWidget(parent)
{
    setCursor(Qt::PointingHandCursor);
}

void VerticalTitle::setText(const QString &text)
{
    m_text = text;
    setToolTip(text);
    update();
}

QSize VerticalTitle::sizeHint() const
{
    return {fontMetrics().height() + 8, fontMetrics().horizontalAdvance(m_text) + 16};
}

void VerticalTitle::setDropFormat(const QString &mimeType)
{
    m_dropFormat = mimeType;
    setAcceptDrops(!mimeType.isEmpty());
}

bool VerticalTitle::accepts(const QDropEvent *event) const
{
    return !m_dropFormat.isEmpty() && event->mimeData() &&
           event->mimeData()->hasFormat(m_dropFormat) &&
           (event->possibleActions() & Qt::MoveAction);
}

void VerticalTitle::dragEnterEvent(QDragEnterEvent *event)
{
    if (!accepts(event)) {
        event->ignore();
        return;
    }
    event->setDropAction(Qt::MoveAction);
    event->accept();
    m_dropHover = true;
    update();
}

void VerticalTitle::dragMoveEvent(QDragMoveEvent *event)
{
    if (!accepts(event)) {
        event->ignore();
        return;
    }
    event->setDropAction(Qt::MoveAction);
    event->accept();
}

void VerticalTitle::dragLeaveEvent(QDragLeaveEvent *event)
{
    Q_UNUSED(event)
    m_dropHover = false;
    update();
}

void VerticalTitle::dropEvent(QDropEvent *event)
{
    m_dropHover = false;
    update();
    if (!accepts(event)) {
        event->ignore();
        return;
    }
    event->setDropAction(Qt::MoveAction);
    event->accept();
    emit dropped(event->mimeData());
}

void VerticalTitle::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event)
    QPainter painter(this);
    if (m_dropHover) {
        painter.fillRect(rect(), palette().color(QPalette::Highlight).lighter(170));
    }
    painter.translate(0, height());
    painter.rotate(-90);
    // Rotated: the strip's height is the text's width, read from bottom to top.
    const QRect area(8, 0, height() - 16, width());
    painter.setPen(palette().color(QPalette::WindowText));
    painter.drawText(area, Qt::AlignRight | Qt::AlignVCenter,
                     fontMetrics().elidedText(m_text, Qt::ElideRight, area.width()));
}

void VerticalTitle::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint())) {
        emit clicked();
    }
}

BoardColumnWidget::BoardColumnWidget(const PipelineStage &stage, QWidget *parent)
    : QFrame(parent)
    , m_stage(stage)
{
    const QString id = QString::number(stage.id);
    setObjectName(QStringLiteral("boardColumn_") + id);
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);

    m_headerRow = new QWidget(this);
    auto *headerLayout = new QHBoxLayout(m_headerRow);
    headerLayout->setContentsMargins(4, 0, 0, 0);
    m_header = new QLabel(m_headerRow);
    m_header->setObjectName(QStringLiteral("columnHeader_") + id);
    m_header->setTextFormat(Qt::RichText);
    headerLayout->addWidget(m_header, 1);
    m_fold = new QToolButton(this);
    m_fold->setObjectName(QStringLiteral("columnFold_") + id);
    m_fold->setAutoRaise(true);
    m_fold->setCheckable(true);
    connect(m_fold, &QToolButton::clicked, this,
            [this](bool checked) { emit foldRequested(checked); });
    headerLayout->addWidget(m_fold);
    layout->addWidget(m_headerRow);

    m_strip = new VerticalTitle(this);
    m_strip->setObjectName(QStringLiteral("columnStrip_") + id);
    connect(m_strip, &VerticalTitle::clicked, this, [this] { emit foldRequested(false); });
    layout->addWidget(m_strip, 1);

    m_model = new BoardColumnModel(this);
    m_model->setStageId(stage.id);
    // The model decodes the cards and asks the board to move them, on top of the column, as a
    // drop on an unfolded column does.
    m_strip->setDropFormat(BoardColumnModel::mimeType());
    connect(m_strip, &VerticalTitle::dropped, this, [this](const QMimeData *cards) {
        m_model->dropMimeData(cards, Qt::MoveAction, 0, 0, QModelIndex());
    });
    m_model->setStuckAfterDays(stage.stuckAfterDays);
    m_list = new BoardListView(this);
    m_list->setObjectName(QStringLiteral("column_") + id);
    m_list->setPlaceholderText(tr("No candidates at this stage"));
    m_list->setItemDelegate(new CandidateCardDelegate(m_list));
    m_list->setModel(m_model);
    m_list->setUniformItemSizes(true);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setDragEnabled(true);
    m_list->setAcceptDrops(true);
    m_list->setDropIndicatorShown(true);
    m_list->setDragDropMode(QAbstractItemView::DragDrop);
    m_list->setDefaultDropAction(Qt::MoveAction);
    m_list->setDragDropOverwriteMode(false);
    m_list->setFrameShape(QFrame::NoFrame);
    layout->addWidget(m_list, 1);

    connect(m_model, &QAbstractItemModel::modelReset, this, &BoardColumnWidget::updateHeader);
    setFolded(stage.folded);
}

BoardColumnWidget::~BoardColumnWidget() = default;

void BoardColumnWidget::setStage(const PipelineStage &stage)
{
    m_stage = stage;
    m_model->setStuckAfterDays(stage.stuckAfterDays);
    setFolded(stage.folded);
}

void BoardColumnWidget::setSource(std::unique_ptr<BoardColumnSource> source)
{
    m_stuckCount = -1;
    // The first page only has to fill the column on screen, so that opening a board reads a
    // screenful per column; once the user scrolls, larger pages mean fewer queries.
    m_model->setPageSize(kFirstPage);
    m_model->setSource(std::move(source));
    m_model->setPageSize(kNextPages);
}

const BoardColumnSource *BoardColumnWidget::source() const
{
    return static_cast<const BoardColumnSource *>(m_model->source());
}

void BoardColumnWidget::setStuckCount(int count)
{
    m_stuckCount = count;
    updateHeader();
}

void BoardColumnWidget::setFolded(bool folded)
{
    m_stage.folded = folded;
    m_fold->setChecked(folded);
    m_fold->setArrowType(folded ? Qt::RightArrow : Qt::LeftArrow);
    m_fold->setToolTip(folded ? tr("Unfold the column") : tr("Fold the column"));
    m_header->setVisible(!folded);
    m_list->setVisible(!folded);
    m_strip->setVisible(folded);
    setFixedWidth(folded ? kFoldedWidth : kWidth);
    updateHeader();
}

void BoardColumnWidget::reload()
{
    // A reload resets the list; bring back the rows that were scrolled past so that the user
    // keeps their place (cheap: the pages continue by keyset).
    const int scroll = m_list->verticalScrollBar()->value();
    const int cardHeight = CandidateCardDelegate::cardHeight(m_list->font());
    const int neededRows = (scroll + m_list->viewport()->height()) / qMax(1, cardHeight) + 1;
    m_stuckCount = -1;
    m_model->setPageSize(kFirstPage);
    m_model->reload();
    m_model->setPageSize(kNextPages);
    while (m_model->rowCount() < neededRows && m_model->canFetchMore({})) {
        m_model->fetchMore({});
    }
    m_list->doItemsLayout();
    m_list->verticalScrollBar()->setValue(scroll);
}

void BoardColumnWidget::updateHeader()
{
    const int count = m_model->totalCount();
    QString mark;
    if (m_stage.kind == PipelineStage::Kind::Hired) {
        mark = QStringLiteral(" <span style='color:#1e7e34'>&#10004; %1</span>")
                   .arg(tr("hired").toHtmlEscaped());
    } else if (m_stage.kind == PipelineStage::Kind::Rejected) {
        mark = QStringLiteral(" <span style='color:#8a8a8a'>&#10006; %1</span>")
                   .arg(tr("rejected").toHtmlEscaped());
    }
    QString stuck;
    if (m_stage.stuckAfterDays > 0 && m_stuckCount > 0) {
        stuck = QStringLiteral(" <span style='color:#c0392b'>%1</span>")
                    .arg(tr("%n stuck", nullptr, m_stuckCount).toHtmlEscaped());
    }
    m_header->setText(QStringLiteral("<b>%1</b> <span>%2</span>%3%4")
                          .arg(m_stage.name.toHtmlEscaped(), QString::number(count), stuck, mark));
    QString tip = tr("%n candidate(s)", nullptr, count);
    if (m_stage.stuckAfterDays > 0) {
        tip += u'\n' +
               tr("Marked as stuck after %n day(s) in this stage", nullptr, m_stage.stuckAfterDays);
    }
    m_header->setToolTip(tip);
    m_strip->setText(QStringLiteral("%1 (%2)").arg(m_stage.name, QString::number(count)));
}

} // namespace bbd
