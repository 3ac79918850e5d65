#include "app/contacts/ContactActions.h"

#include <QRegularExpression>
#include <QUrlQuery>

namespace bbd::contactactions {

QUrl callUrl(const QString &e164)
{
    static const QRegularExpression format(QStringLiteral("^\\+[1-9][0-9]{6,14}$"));
    if (!format.match(e164).hasMatch())
        return {};
    return QUrl(QStringLiteral("tel:") + e164);
}

QUrl mailUrl(const QString &address, const QString &subject, const QString &body)
{
    static const QRegularExpression format(
        QStringLiteral("^[^@\\s,;?&]+@[^@\\s,;?&]+\\.[^@\\s,;?&]+$"));
    const QString trimmed = address.trimmed();
    if (!format.match(trimmed).hasMatch())
        return {};
    QString link = QStringLiteral("mailto:") + trimmed;
    QStringList parts;
    // QUrlQuery would leave '&' and '+' half-encoded for some mail programs: encode everything
    // that is not unreserved.
    if (!subject.isEmpty())
        parts << QStringLiteral("subject=") + QString::fromLatin1(QUrl::toPercentEncoding(subject));
    if (!body.isEmpty())
        parts << QStringLiteral("body=") + QString::fromLatin1(QUrl::toPercentEncoding(body));
    if (!parts.isEmpty())
        link += u'?' + parts.join(u'&');
    return QUrl(link, QUrl::StrictMode);
}

QUrl slackUrl(const QString &channel)
{
    const QString trimmed = channel.trimmed();
    if (trimmed.startsWith(u"https://")) {
        const QUrl url(trimmed, QUrl::StrictMode);
        return url.isValid() && !url.host().isEmpty() ? url : QUrl();
    }
    QString name = trimmed;
    if (name.startsWith(u'#'))
        name.remove(0, 1);
    static const QRegularExpression format(QStringLiteral("^[a-z0-9][a-z0-9._-]{0,79}$"),
                                           QRegularExpression::CaseInsensitiveOption);
    if (!format.match(name).hasMatch())
        return {};
    QUrl url(QStringLiteral("https://slack.com/app_redirect"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("channel"), name);
    url.setQuery(query);
    return url;
}

QUrl bookingUrl(const QString &link)
{
    const QUrl url(link.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return {};
    const QString scheme = url.scheme().toLower();
    return scheme == u"https" || scheme == u"http" ? url : QUrl();
}

} // namespace bbd::contactactions
