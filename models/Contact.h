#pragma once

#include <QString>

namespace bbd {

// A person of the fallback directory.
struct Contact
{
    qint64 id = 0;
    int escalationOrder = 0;
    QString fullName;
    QString role;
    QString email;
    QString phoneE164;
    QString phoneDisplay;
    QString slackHandle;
};

// A reserve way to reach HR when the platform is not available.
struct Channel
{
    enum class Kind { Email, Slack, Phone, Meeting, Chatbot };

    qint64 id = 0;
    Kind kind = Kind::Email;
    QString name;
    QString address; // mail address, URL or E.164 number, depending on kind
    QString purpose;
    QString whenToUse;
    bool confidentialAllowed = false;
    int priority = 0; // lower comes first when the platform is down
};

QString channelKindKey(Channel::Kind kind);
Channel::Kind channelKindFromKey(const QString &key);

} // namespace bbd
