#include "app/contacts/PlatformOutage.h"

#include "app/settings/Settings.h"
#include "app/storage/SqlHelpers.h"

#include <QSqlQuery>

namespace bbd {

PlatformOutage::PlatformOutage(Settings &settings, QSqlDatabase db, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_db(std::move(db))
{}

bool PlatformOutage::isMarkedDown() const
{
    return m_settings.platformMarkedDownAt().isValid();
}

QDateTime PlatformOutage::markedDownAt() const
{
    return m_settings.platformMarkedDownAt();
}

QDateTime PlatformOutage::unreachableSince() const
{
    return isUnreachable() ? m_settings.platformUnreachableSince() : QDateTime();
}

QDateTime PlatformOutage::since() const
{
    const QDateTime unreachable = unreachableSince();
    const QDateTime marked = markedDownAt();
    if (unreachable.isValid() && marked.isValid()) {
        return qMin(unreachable, marked);
    }
    return unreachable.isValid() ? unreachable : marked;
}

void PlatformOutage::setConnectionState(ConnectionState state)
{
    const bool wasUnreachable = isUnreachable();
    m_state = state;
    if (isUnreachable() && !m_settings.platformUnreachableSince().isValid()) {
        // Started already offline: the stored state's time is when the checks saw it go.
        QDateTime at = QDateTime::currentDateTimeUtc();
        QSqlQuery query(m_db);
        if (!wasUnreachable &&
            sql::run(query, QStringLiteral("SELECT updated_at FROM service_health WHERE service = "
                                           "'platform' AND state = 'offline'")) &&
            query.next()) {
            const QDateTime stored =
                QDateTime::fromString(query.value(0).toString(), Qt::ISODateWithMs);
            if (stored.isValid() && stored < at) {
                at = stored;
            }
        }
        m_settings.setPlatformUnreachableSince(at);
    } else if (state == ConnectionState::Online) {
        m_settings.setPlatformUnreachableSince({});
    }
    if (wasUnreachable != isUnreachable()) {
        emit changed();
    }
}

void PlatformOutage::setMarkedDown(bool down)
{
    if (down == isMarkedDown()) {
        return;
    }
    m_settings.setPlatformMarkedDownAt(down ? QDateTime::currentDateTimeUtc() : QDateTime());
    emit changed();
}

} // namespace bbd
