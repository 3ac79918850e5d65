#pragma once

#include "app/contacts/OutageNotices.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace bbd {

// The outage notice as it will go out: to whom (new hires, each can be left out), through
// which channel, in which language, with the text editable. Send asks once more, then writes
// the messages to the outbox.
class NoticeDialog : public QDialog
{
    Q_OBJECT

public:
    NoticeDialog(QSqlDatabase db, const QList<DirectoryChannel> &channels,
                 const QList<DirectoryContact> &people,
                 const QList<OutageNotices::Recipient> &recipients, const QDateTime &since,
                 QWidget *parent = nullptr);

    QComboBox *routeBox() const { return m_route; }
    QComboBox *languageBox() const { return m_language; }
    QListWidget *recipientList() const { return m_recipients; }
    QPlainTextEdit *bodyEdit() const { return m_body; }
    QPushButton *sendButton() const { return m_send; }
    // Outbox rows written by the last send.
    int queued() const { return m_queued; }

signals:
    void queuedNotices(int rows);

private:
    void rebuild();
    void send();
    QList<OutageNotices::Recipient> chosen() const;

    QSqlDatabase m_db;
    QList<DirectoryChannel> m_channels;
    QList<DirectoryContact> m_people;
    QList<OutageNotices::Recipient> m_all;
    QDateTime m_since;
    QComboBox *m_route = nullptr;
    QComboBox *m_language = nullptr;
    QListWidget *m_recipients = nullptr;
    QLineEdit *m_subject = nullptr;
    QPlainTextEdit *m_body = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_send = nullptr;
    int m_queued = 0;
};

} // namespace bbd
