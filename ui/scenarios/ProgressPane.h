#pragma once

#include "app/AppContext.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace bbd {

class StageProgressModel;

// HR follows new hires through their onboarding here: the stages of active assignments (open,
// overdue, done), with "Mark Done", which queues the stage's actions (a Jira task, a Slack or
// e-mail message) in the same transaction, and "Schedule Meeting…", which queues a Zoom meeting
// whose join link appears on the stage once Zoom answered.
class ProgressPane : public QWidget
{
    Q_OBJECT

public:
    explicit ProgressPane(const AppContext &context, QWidget *parent = nullptr);

    StageProgressModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    void showFilter(int index);
    void selectRow(int row);

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
    void report(const QStringList &notices, const QString &done);

    AppContext m_context;
    StageProgressModel *m_model = nullptr;
    QComboBox *m_filter = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_emptyHint = nullptr;
    QPushButton *m_done = nullptr;
    QPushButton *m_meeting = nullptr;
    QPushButton *m_join = nullptr;
};

} // namespace bbd
