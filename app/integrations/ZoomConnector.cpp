#include "app/integrations/ZoomConnector.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace bbd {

int ZoomMeeting::clampDuration(int minutes)
{
    return std::clamp(minutes, MinMinutes, MaxMinutes);
}

QString ZoomMeeting::note() const
{
    const int sent = clampDuration(durationMinutes);
    if (sent == durationMinutes) {
        return {};
    }
    return tr("The meeting is set to %1 minutes instead of %2: onboarding meetings last "
              "%3 to %4 minutes.")
        .arg(sent)
        .arg(durationMinutes)
        .arg(MinMinutes)
        .arg(MaxMinutes);
}

QString ZoomMeeting::problem() const
{
    if (topic.simplified().isEmpty()) {
        return tr("The meeting needs a topic.");
    }
    if (!start.isValid()) {
        return tr("The meeting needs a start time.");
    }
    return {};
}

QJsonObject ZoomMeeting::json() const
{
    QJsonArray people;
    for (const QString &email : invitees) {
        if (!email.trimmed().isEmpty()) {
            people.append(QJsonObject{{QStringLiteral("email"), email.trimmed()}});
        }
    }
    QJsonObject settings{{QStringLiteral("auto_recording"),
                          cloudRecording ? QStringLiteral("cloud") : QStringLiteral("none")}};
    if (!people.isEmpty()) {
        settings.insert(QStringLiteral("meeting_invitees"), people);
    }
    QJsonObject meeting{
        {QStringLiteral("topic"), topic.simplified().left(200)},
        {QStringLiteral("type"), 2}, // a scheduled meeting
        {QStringLiteral("start_time"),
         QString(start.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + u'Z')},
        {QStringLiteral("duration"), clampDuration(durationMinutes)},
        {QStringLiteral("timezone"), QStringLiteral("UTC")},
        {QStringLiteral("settings"), settings},
    };
    if (!agenda.trimmed().isEmpty()) {
        // Zoom cuts agendas at 2,000 characters.
        meeting.insert(QStringLiteral("agenda"), agenda.trimmed().left(2000));
    }
    return meeting;
}

OutboxItem ZoomMeeting::outboxItem(const QString &entityType, qint64 entityId) const
{
    return jsonPost(QStringLiteral("zoom"), path(), json(), entityType, entityId);
}

} // namespace bbd
