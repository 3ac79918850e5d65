#pragma once

#include "app/sync/OutboxWriter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace bbd {

// Zoom API v2, `POST /users/me/meetings` on the base URL "https://api.zoom.us/v2" (the
// vendor's server URL carries the version), authenticated with an OAuth Bearer token.
struct ZoomMeeting
{
    Q_DECLARE_TR_FUNCTIONS(bbd::ZoomMeeting)

public:
    // Onboarding meetings last 30 to 60 minutes (seed 001); other lengths are brought into
    // that range and note() says so.
    static constexpr int MinMinutes = 30;
    static constexpr int MaxMinutes = 60;

    QString topic;   // at most 200 characters (Zoom refuses longer)
    QDateTime start; // sent in UTC, "yyyy-MM-ddTHH:mm:ssZ"
    int durationMinutes = MinMinutes;
    QString agenda;
    QStringList invitees; // e-mail addresses: settings.meeting_invitees
    bool cloudRecording = true;

    static QString path() { return QStringLiteral("/users/me/meetings"); }
    // The duration sent: `minutes` clamped to [MinMinutes, MaxMinutes].
    static int clampDuration(int minutes);
    // Why the duration sent differs from the one asked for; empty when it does not.
    QString note() const;
    // Empty when the meeting can be requested; otherwise what is missing, for the user.
    QString problem() const;
    QJsonObject json() const;
    OutboxItem outboxItem(const QString &entityType, qint64 entityId) const;
};

} // namespace bbd
