#pragma once

#include <QString>
#include <QUrl>

namespace bbd::contactactions {

// The links behind the fallback panel's and the assistant's "call", "write" and "open"
// buttons, handed to QDesktopServices. Each returns an invalid QUrl when its input cannot make
// a working link, so that the caller disables the button instead of opening something wrong.

// tel:+74951234567 — only for a number already in E.164 (PhoneNumbers normalises it).
QUrl callUrl(const QString &e164);

// mailto:address?subject=...&body=... with both parts percent-encoded (RFC 6068), so that
// Cyrillic text, spaces, '&' and '?' reach the mail program as typed.
QUrl mailUrl(const QString &address, const QString &subject = {}, const QString &body = {});

// A Slack channel: an https link is kept as it is; a channel name ("#hr-help" or "hr-help") or
// an id ("C0123ABC") becomes https://slack.com/app_redirect?channel=..., which opens the
// channel in the Slack app or in the browser.
QUrl slackUrl(const QString &channel);

// A booking page for an in-person meeting: only http and https links are opened.
QUrl bookingUrl(const QString &link);

} // namespace bbd::contactactions
