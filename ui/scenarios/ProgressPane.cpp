#include "ui/scenarios/ProgressPane.h"

#include "app/integrations/StageActions.h"
#include "app/scenarios/StageProgressSource.h"
#include "app/settings/Settings.h"
#include "app/storage/Database.h"
#include "models/ProgressSummaryModel.h"
#include "models/StageDeliveryModel.h"
#include "models/StageProgressModel.h"
#include "ui/ViewHelpers.h"

#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDesktopServices>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QSplitter>
#include <QStyleOptionProgressBar>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace bbd {

namespace {

// The Progress column as a bar with its text, so the eye finds who is behind at a glance.
class ProgressBarDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyleOptionViewItem background = option;
        initStyleOption(&background, index);
        background.text.clear();
        QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &background, painter);
        QStyleOptionProgressBar bar;
        bar.rect = option.rect.adjusted(3, 3, -3, -3);
        bar.minimum = 0;
        bar.maximum = 100;
        bar.progress = index.data(ProgressSummaryModel::PercentRole).toInt();
        bar.text = index.data().toString();
        bar.textVisible = true;
        bar.state = option.state | QStyle::State_Horizontal;
        bar.palette = option.palette;
        QApplication::style()->drawControl(QStyle::CE_ProgressBar, &bar, painter);
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        size.setWidth(std::max(size.width() + 24, 140));
        return size;
    }
};

} // namespace

ProgressPane::ProgressPane(const AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new StageProgressModel(this))
    , m_summaries(new ProgressSummaryModel(this))
    , m_deliveries(new StageDeliveryModel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *top = new QHBoxLayout;
    top->addWidget(ui::makeHeading(tr("New hires' progress")));
    top->addStretch(1);
    auto *groupLabel = new QLabel(tr("&Follow:"));
    m_group = new QComboBox;
    m_group->setObjectName(QStringLiteral("progressGroup"));
    m_group->addItem(tr("Each new hire"), static_cast<int>(sources::ProgressGroup::People));
    m_group->addItem(tr("Each scenario"), static_cast<int>(sources::ProgressGroup::Scenarios));
    groupLabel->setBuddy(m_group);
    top->addWidget(groupLabel);
    top->addWidget(m_group);
    top->addSpacing(12);
    auto *filterLabel = new QLabel(tr("S&how:"));
    m_filter = new QComboBox;
    m_filter->setObjectName(QStringLiteral("progressFilter"));
    m_filter->addItem(tr("Open stages"), static_cast<int>(sources::ProgressFilter::Open));
    m_filter->addItem(tr("Overdue"), static_cast<int>(sources::ProgressFilter::Overdue));
    m_filter->addItem(tr("Done"), static_cast<int>(sources::ProgressFilter::Done));
    m_filter->addItem(tr("All"), static_cast<int>(sources::ProgressFilter::All));
    filterLabel->setBuddy(m_filter);
    top->addWidget(filterLabel);
    top->addWidget(m_filter);
    layout->addLayout(top);

    m_summaryView = new QTableView;
    m_summaryView->setObjectName(QStringLiteral("progressSummaryView"));
    ui::configureTableView(m_summaryView);
    m_summaryView->setModel(m_summaries);
    m_summaryView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_summaryView->setItemDelegateForColumn(ProgressSummaryModel::Progress,
                                            new ProgressBarDelegate(m_summaryView));

    auto *stagePane = new QWidget;
    auto *stageLayout = new QVBoxLayout(stagePane);
    stageLayout->setContentsMargins(0, 0, 0, 0);
    auto *stageTop = new QHBoxLayout;
    m_stagesTitle = new QLabel;
    m_stagesTitle->setObjectName(QStringLiteral("progressStagesTitle"));
    m_everyone = new QPushButton(tr("Show &Everyone"));
    m_everyone->setObjectName(QStringLiteral("progressEveryoneButton"));
    stageTop->addWidget(m_stagesTitle, 1);
    stageTop->addWidget(m_everyone);
    stageLayout->addLayout(stageTop);
    m_view = new QTableView;
    m_view->setObjectName(QStringLiteral("progressView"));
    ui::configureTableView(m_view);
    m_view->setModel(m_model);
    stageLayout->addWidget(m_view, 3);

    auto *buttons = new QHBoxLayout;
    m_done = new QPushButton(tr("Mark &Done"));
    m_done->setObjectName(QStringLiteral("markDoneButton"));
    m_done->setToolTip(tr("Complete the stage and send what it starts on completion (a Jira "
                          "task, a message)"));
    m_meeting = new QPushButton(tr("Schedule &Meeting…"));
    m_meeting->setObjectName(QStringLiteral("scheduleMeetingButton"));
    m_meeting->setToolTip(tr("Create a Zoom meeting for the stage with the new hire invited"));
    m_join = new QPushButton(tr("&Open Meeting Link"));
    m_join->setObjectName(QStringLiteral("openMeetingButton"));
    buttons->addWidget(m_done);
    buttons->addWidget(m_meeting);
    buttons->addWidget(m_join);
    buttons->addStretch(1);
    stageLayout->addLayout(buttons);

    m_deliveryTitle = new QLabel;
    m_deliveryTitle->setObjectName(QStringLiteral("deliveryTitle"));
    stageLayout->addWidget(m_deliveryTitle);
    m_deliveryView = new QTableView;
    m_deliveryView->setObjectName(QStringLiteral("deliveryView"));
    ui::configureTableView(m_deliveryView);
    m_deliveryView->setModel(m_deliveries);
    m_deliveryHint = new QLabel;
    m_deliveryHint->setObjectName(QStringLiteral("deliveryHint"));
    m_deliveryHint->setWordWrap(true);
    m_deliveryHint->setEnabled(false);
    stageLayout->addWidget(m_deliveryView, 1);
    stageLayout->addWidget(m_deliveryHint);

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(m_summaryView);
    splitter->addWidget(stagePane);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 5);
    splitter->setSizes({440, 820});
    m_body = splitter;
    m_emptyHint = ui::makeEmptyHint(
        tr("Nobody is onboarding right now. Assign a scenario to a new hire (from the hiring "
           "flow in Candidates, or from the scenario) and their stages appear here with their "
           "dates; each stage starts by itself on its day."));
    layout->addWidget(m_body, 1);
    layout->addWidget(m_emptyHint, 1);

    connect(m_filter, &QComboBox::currentIndexChanged, this, &ProgressPane::reloadStages);
    connect(m_group, &QComboBox::currentIndexChanged, this, [this] {
        m_scopeId = 0;
        reload();
    });
    connect(m_everyone, &QPushButton::clicked, this, [this] { selectSummary(-1); });
    connect(m_summaryView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                const qint64 id =
                    current.isValid()
                        ? current.siblingAtColumn(0).data(PagedTableModelBase::IdRole).toLongLong()
                        : 0;
                if (id != m_scopeId) {
                    m_scopeId = id;
                    reloadStages();
                }
            });
    connect(m_done, &QPushButton::clicked, this, &ProgressPane::markSelectedDone);
    connect(m_meeting, &QPushButton::clicked, this, &ProgressPane::scheduleMeetingForSelected);
    connect(m_join, &QPushButton::clicked, this, &ProgressPane::openSelectedMeeting);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateButtons();
        showDeliveries();
    });
    reload();
}

void ProgressPane::showFilter(int index)
{
    m_filter->setCurrentIndex(index);
}

void ProgressPane::showGroup(int index)
{
    m_group->setCurrentIndex(index);
}

void ProgressPane::selectRow(int row)
{
    m_view->selectRow(row);
}

void ProgressPane::selectSummary(int row)
{
    if (row < 0) {
        m_summaryView->selectionModel()->clearSelection();
        m_summaryView->selectionModel()->setCurrentIndex({}, QItemSelectionModel::Clear);
        m_scopeId = 0;
        reloadStages();
        return;
    }
    m_summaryView->selectRow(row);
}

void ProgressPane::reload()
{
    const auto group = static_cast<sources::ProgressGroup>(m_group->currentData().toInt());
    const qint64 keepScope = m_scopeId;
    {
        const QSignalBlocker blocker(m_summaryView->selectionModel());
        m_summaries->setSource(
            sources::progressSummaries(*m_context.database, group, m_model->today()));
        m_scopeId = 0;
        for (int row = 0; row < m_summaries->rowCount() && keepScope != 0; ++row) {
            if (m_summaries->index(row, 0).data(PagedTableModelBase::IdRole).toLongLong() ==
                keepScope) {
                m_summaryView->selectRow(row);
                m_scopeId = keepScope;
                break;
            }
        }
    }
    ui::fitColumns(m_summaryView, ProgressSummaryModel::Name, 260);
    const bool empty = m_summaries->rowCount() == 0;
    m_body->setVisible(!empty);
    m_emptyHint->setVisible(empty);
    reloadStages();
}

void ProgressPane::reloadStages()
{
    const qint64 keep = selectedId();
    const auto filter = static_cast<sources::ProgressFilter>(m_filter->currentData().toInt());
    const auto group = static_cast<sources::ProgressGroup>(m_group->currentData().toInt());
    m_model->setSource(
        sources::stageProgress(*m_context.database, filter, m_model->today(), {group, m_scopeId}));
    // The column the scope fixes says nothing: Alina's stages need no "New hire" column.
    m_view->setColumnHidden(StageProgressModel::Employee,
                            m_scopeId != 0 && group == sources::ProgressGroup::People);
    m_view->setColumnHidden(StageProgressModel::Scenario,
                            m_scopeId != 0 && group == sources::ProgressGroup::Scenarios);
    ui::fitColumns(m_view, StageProgressModel::Stage, 240);
    QString scopeName;
    const QModelIndex scope = m_summaryView->selectionModel()->currentIndex();
    if (m_scopeId != 0 && scope.isValid()) {
        scopeName = m_summaries->rowAt(scope.row())->name;
    }
    m_stagesTitle->setText(scopeName.isEmpty() ? tr("Stages of everyone")
                                               : tr("Stages of %1").arg(scopeName));
    m_everyone->setEnabled(m_scopeId != 0);
    for (int row = 0; row < m_model->rowCount() && keep != 0; ++row) {
        if (m_model->index(row, 0).data(PagedTableModelBase::IdRole).toLongLong() == keep) {
            m_view->selectRow(row);
            break;
        }
    }
    updateButtons();
    showDeliveries();
}

void ProgressPane::showDeliveries()
{
    const qint64 id = selectedId();
    m_deliveries->setSource(id != 0 ? sources::stageDeliveries(*m_context.database, id) : nullptr);
    ui::fitColumns(m_deliveryView, StageDeliveryModel::What, 420);
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    const StageProgress *stage = current.isValid() ? m_model->rowAt(current.row()) : nullptr;
    m_deliveryTitle->setText(
        stage ? tr("What “%1” sent and what the services answered").arg(stage->stageTitle)
              : tr("What the stage sent"));
    const bool none = m_deliveries->rowCount() == 0;
    m_deliveryView->setVisible(!none);
    m_deliveryHint->setVisible(none);
    if (!stage) {
        m_deliveryHint->setText(tr("Select a stage to see the tasks, meetings and messages it "
                                   "sent."));
    } else if (StageProgressModel::hasProblem(*stage)) {
        m_deliveryHint->setText(tr("This stage could not start by itself: %1 It is tried again "
                                   "while the app runs.")
                                    .arg(stage->problem));
    } else {
        m_deliveryHint->setText(
            stage->actionCount > 0
                ? tr("Nothing sent yet: the stage sends its tasks and messages when it starts "
                     "or when it is marked done.")
                : tr("This stage sends nothing to other services."));
    }
}

qint64 ProgressPane::selectedId() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    return current.isValid()
               ? current.siblingAtColumn(0).data(PagedTableModelBase::IdRole).toLongLong()
               : 0;
}

void ProgressPane::updateButtons()
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    const QString status = current.data(StageProgressModel::StatusRole).toString();
    const bool open = current.isValid() && (status == u"pending" || status == u"in_progress");
    m_done->setEnabled(open);
    m_meeting->setEnabled(open);
    m_join->setEnabled(current.isValid() &&
                       !current.data(StageProgressModel::MeetingUrlRole).toString().isEmpty());
}

void ProgressPane::report(const QStringList &notices, const QString &done)
{
    emit message(notices.isEmpty() ? done : done + u' ' + notices.join(u' '));
}

void ProgressPane::markSelectedDone()
{
    const qint64 id = selectedId();
    if (id == 0) {
        return;
    }
    StageActions actions(m_context.database->connection(), *m_context.settings);
    if (!actions.completeStage(id)) {
        QMessageBox::warning(this, tr("Mark done"), actions.lastError());
        reload();
        return;
    }
    reload();
    report(actions.notices(), tr("Stage done; %n action(s) queued.", nullptr,
                                 static_cast<int>(actions.queued().size())));
    if (!actions.queued().isEmpty()) {
        emit workQueued();
    }
}

void ProgressPane::scheduleMeetingForSelected()
{
    const qint64 id = selectedId();
    if (id == 0) {
        return;
    }
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    const StageProgress *stage = m_model->rowAt(current.row());
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("meetingDialog"));
    dialog.setWindowTitle(tr("Schedule a meeting"));
    auto *form = new QFormLayout(&dialog);
    form->addRow(new QLabel(
        tr("Zoom meeting for “%1” with %2.").arg(stage->stageTitle, stage->employeeName)));
    auto *start = new QDateTimeEdit;
    start->setObjectName(QStringLiteral("meetingStart"));
    start->setCalendarPopup(true);
    const QDate day = stage->dueDate.isValid() && stage->dueDate >= QDate::currentDate()
                          ? stage->dueDate
                          : QDate::currentDate().addDays(1);
    start->setDateTime(QDateTime(day, QTime(11, 0)));
    form->addRow(tr("&Starts:"), start);
    auto *duration = new QSpinBox;
    duration->setObjectName(QStringLiteral("meetingDuration"));
    duration->setRange(15, 240);
    duration->setSingleStep(15);
    duration->setSuffix(tr(" min"));
    duration->setValue(45);
    form->addRow(tr("&Length:"), duration);
    auto *hint = new QLabel;
    hint->setWordWrap(true);
    const auto updateHint = [hint](int minutes) {
        hint->setText(minutes < 30 || minutes > 60
                          ? tr("Onboarding meetings work best at 30 to 60 minutes; the length "
                               "is brought into that range.")
                          : QString());
    };
    updateHint(duration->value());
    connect(duration, &QSpinBox::valueChanged, hint, updateHint);
    form->addRow(hint);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    StageActions actions(m_context.database->connection(), *m_context.settings);
    if (actions.scheduleMeeting(id, start->dateTime().toUTC(), duration->value()) == 0) {
        QMessageBox::warning(this, tr("Schedule a meeting"), actions.lastError());
        return;
    }
    reload();
    report(actions.notices(), tr("Meeting queued; its join link appears here once Zoom has "
                                 "created it."));
    emit workQueued();
}

void ProgressPane::openSelectedMeeting()
{
    const QString url = m_view->selectionModel()
                            ->currentIndex()
                            .data(StageProgressModel::MeetingUrlRole)
                            .toString();
    if (!url.isEmpty()) {
        QDesktopServices::openUrl(QUrl(url));
    }
}

} // namespace bbd
