#pragma once

#include "app/AppContext.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace bbd {

class ProgressSummaryModel;
class StageDeliveryModel;
class StageProgressModel;

// HR follows new hires through their onboarding here: per person or per scenario (stages done,
// overdue, next due), the stages of the one chosen (or of everyone), and for the stage selected
// what it sent to the services and what they answered. "Mark Done" queues the stage's
// completion actions (a Jira task, a Slack or e-mail message) in the same transaction;
// "Schedule Meeting…" queues a Zoom meeting whose join link appears on the stage once Zoom
// answered.
class ProgressPane : public QWidget
{
    Q_OBJECT

public:
    explicit ProgressPane(const AppContext &context, QWidget *parent = nullptr);

    StageProgressModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    ProgressSummaryModel *summaryModel() const { return m_summaries; }
    QTableView *summaryView() const { return m_summaryView; }
    StageDeliveryModel *deliveryModel() const { return m_deliveries; }
    void showFilter(int index);
    // 0: per person, 1: per scenario.
    void showGroup(int index);
    void selectRow(int row);
    // Shows the stages of the person or scenario on that row of the summary (-1: everyone).
    void selectSummary(int row);

    void markSelectedDone();
    // Asks for the start and the length, then queues the meeting.
    void scheduleMeetingForSelected();
    void openSelectedMeeting();

public slots:
    void reload();

signals:
    // Outbox rows were written: the integrations should send now.
    void workQueued();
    // A sentence for the status bar about what was queued (and what waits for configuration).
    void message(const QString &text);

private:
    qint64 selectedId() const;
    void updateButtons();
    void reloadStages();
    void showDeliveries();
    void report(const QStringList &notices, const QString &done);

    AppContext m_context;
    StageProgressModel *m_model = nullptr;
    ProgressSummaryModel *m_summaries = nullptr;
    StageDeliveryModel *m_deliveries = nullptr;
    QComboBox *m_filter = nullptr;
    QComboBox *m_group = nullptr;
    QTableView *m_view = nullptr;
    QTableView *m_summaryView = nullptr;
    QTableView *m_deliveryView = nullptr;
    QWidget *m_body = nullptr;
    QLabel *m_emptyHint = nullptr;
    QLabel *m_stagesTitle = nullptr;
    QLabel *m_deliveryTitle = nullptr;
    QLabel *m_deliveryHint = nullptr;
    QPushButton *m_everyone = nullptr;
    qint64 m_scopeId = 0;
    QPushButton *m_done = nullptr;
    QPushButton *m_meeting = nullptr;
    QPushButton *m_join = nullptr;
};

} // namespace bbd
