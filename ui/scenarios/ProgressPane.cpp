#include "ui/scenarios/ProgressPane.h"

#include "app/integrations/StageActions.h"
#include "app/scenarios/StageProgressSource.h"
#include "app/settings/Settings.h"
#include "app/storage/Database.h"
#include "models/StageProgressModel.h"
#include "ui/ViewHelpers.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDesktopServices>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace bbd {

ProgressPane::ProgressPane(const AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new StageProgressModel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *top = new QHBoxLayout;
    top->addWidget(ui::makeHeading(tr("New hires' progress")));
    top->addStretch(1);
    top->addWidget(new QLabel(tr("Show:")));
    m_filter = new QComboBox;
    m_filter->setObjectName(QStringLiteral("progressFilter"));
    m_filter->addItem(tr("Open stages"), static_cast<int>(sources::ProgressFilter::Open));
    m_filter->addItem(tr("Overdue"), static_cast<int>(sources::ProgressFilter::Overdue));
    m_filter->addItem(tr("Done"), static_cast<int>(sources::ProgressFilter::Done));
    m_filter->addItem(tr("All"), static_cast<int>(sources::ProgressFilter::All));
    top->addWidget(m_filter);
    layout->addLayout(top);

    m_view = new QTableView;
    m_view->setObjectName(QStringLiteral("progressView"));
    ui::configureTableView(m_view);
    m_view->setModel(m_model);
    m_emptyHint = ui::makeEmptyHint(
        tr("No stages here. A scenario assigned to a new hire (from the hiring flow in "
           "Candidates) puts its stages on this list with their dates."));
    layout->addWidget(m_view, 1);
    layout->addWidget(m_emptyHint, 1);

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
    layout->addLayout(buttons);

    connect(m_filter, &QComboBox::currentIndexChanged, this, &ProgressPane::reload);
    connect(m_done, &QPushButton::clicked, this, &ProgressPane::markSelectedDone);
    connect(m_meeting, &QPushButton::clicked, this, &ProgressPane::scheduleMeetingForSelected);
    connect(m_join, &QPushButton::clicked, this, &ProgressPane::openSelectedMeeting);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ProgressPane::updateButtons);
    reload();
}

void ProgressPane::showFilter(int index)
{
    m_filter->setCurrentIndex(index);
}

void ProgressPane::selectRow(int row)
{
    m_view->selectRow(row);
}

void ProgressPane::reload()
{
    const qint64 keep = selectedId();
    const auto filter = static_cast<sources::ProgressFilter>(m_filter->currentData().toInt());
    m_model->setSource(sources::stageProgress(*m_context.database, filter, m_model->today()));
    const bool empty = m_model->rowCount() == 0;
    m_view->setVisible(!empty);
    m_emptyHint->setVisible(empty);
    ui::fitColumns(m_view, StageProgressModel::Stage);
    for (int row = 0; row < m_model->rowCount() && keep != 0; ++row) {
        if (m_model->index(row, 0).data(PagedTableModelBase::IdRole).toLongLong() == keep) {
            m_view->selectRow(row);
            break;
        }
    }
    updateButtons();
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
