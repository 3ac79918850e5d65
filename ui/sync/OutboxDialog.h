#pragma once

#include "app/sync/OutboxQueue.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace bbd {

class Database;
class OutboxTableModel;

// The Outbox view: every request still on its way to a server (or delivered, on demand), with
// the server's message for the failed ones, and what a person can do about them: Retry a
// failed request, Resolve a conflict field by field, Discard a request (after saying what is
// lost). Nothing here waits on the network: actions change the queue, the sync sends.
class OutboxDialog : public QDialog
{
    Q_OBJECT

public:
    explicit OutboxDialog(Database &database, QWidget *parent = nullptr);
    ~OutboxDialog() override;

    OutboxTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // Shows the rows of one filter (the index of the filter combo).
    void showFilter(int index);
    void selectRow(int row);

    void retrySelected();
    void discardSelected();
    void resolveSelected();

public slots:
    // The queue changed under the dialog (a row sent, failed, added): read it again.
    void refresh();

signals:
    // A row was put back in the queue or settled: the sync should try now.
    void sendRequested();

private:
    qint64 selectedId() const;
    void updateDetails();
    void showProblem(const QString &message);

    Database &m_database;
    OutboxQueue m_queue;
    OutboxTableModel *m_model = nullptr;
    QComboBox *m_filter = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_emptyHint = nullptr;
    QLabel *m_counts = nullptr;
    QPlainTextEdit *m_details = nullptr;
    QPushButton *m_retry = nullptr;
    QPushButton *m_resolve = nullptr;
    QPushButton *m_discard = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace bbd
