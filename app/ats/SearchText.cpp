#include "app/ats/SearchText.h"

#include "app/phones/PhoneNumbers.h"

namespace bbd {
namespace {

QString digitsOf(const QString &text)
{
    QString digits;
    digits.reserve(text.size());
    for (const QChar c : text) {
        if (c >= u'0' && c <= u'9') {
            digits.append(c);
        }
    }
    return digits;
}

void appendToken(QString &out, const QString &token)
{
    if (token.isEmpty()) {
        return;
    }
    if (!out.isEmpty()) {
        out.append(u' ');
    }
    out.append(token);
}

} // namespace

QString candidateSearchExtra(const QList<PhoneEntry> &phones, const QStringList &extraEmails)
{
    QString out;
    for (const PhoneEntry &phone : phones) {
        if (!phone.isValid()) {
            appendToken(out, digitsOf(phone.raw));
            continue;
        }
        const QString all = phone.e164.mid(1);
        const QString national = all.mid(PhoneNumbers::callingCodeLength(phone.e164));
        appendToken(out, all);
        appendToken(out, national);
        if (phone.e164.startsWith(QLatin1String("+7"))) {
            appendToken(out, u'8' + national);
        }
        if (national.size() > 7) {
            appendToken(out, national.right(7));
        }
        if (national.size() > 4) {
            appendToken(out, national.right(4));
        }
    }
    for (const QString &email : extraEmails) {
        appendToken(out, email);
    }
    return out;
}

QString phoneQueryDigits(const QString &query)
{
    QString digits;
    for (const QChar c : query) {
        if (c.isDigit()) {
            digits.append(c);
        } else if (!(c.isSpace() || c == u'+' || c == u'-' || c == u'(' || c == u')' ||
                     c == u'.')) {
            return {};
        }
    }
    return digits;
}

} // namespace bbd
