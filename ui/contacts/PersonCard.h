#pragma once

#include "app/contacts/ContactDirectory.h"

#include <QFrame>
#include <QUrl>

class QGridLayout;
class QLabel;

namespace bbd {

// The selected person at a glance: every phone in the display format with its own Call (a
// tel: link in E.164; a number that is not valid is shown as typed, flagged, and cannot be
// called) and every e-mail with its own Write.
class PersonCard : public QFrame
{
    Q_OBJECT

public:
    explicit PersonCard(const ContactDirectory &directory, QWidget *parent = nullptr);

    // Hides the card when `contact` is null.
    void showContact(const DirectoryContact *contact, const QString &mailSubject);

signals:
    void openRequested(const QUrl &url);

private:
    void addLine(const QString &text, bool flagged, const QString &buttonText,
                 const char *buttonName, const QUrl &url, const QString &reason);

    const ContactDirectory &m_directory;
    QLabel *m_title = nullptr;
    QWidget *m_lines = nullptr;
    QGridLayout *m_grid = nullptr;
};

} // namespace bbd
