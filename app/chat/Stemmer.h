#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

struct sb_stemmer;

namespace bbd {

// Words and their Snowball stems, for matching a question to the knowledge base whatever the
// inflection ("отдела кадров" and "отделу кадров" both give "отдел кадр"). A word is a run of
// letters and digits, lower-cased, with ё read as е. Its language comes from its script:
// Cyrillic words go to the Russian stemmer, Latin ones to the English stemmer, anything else
// (digits, other scripts) is kept as written.
// Not thread-safe (Snowball's stemmers keep state between calls): one per thread.
class Stemmer
{
public:
    Stemmer();
    ~Stemmer();
    Stemmer(const Stemmer &) = delete;
    Stemmer &operator=(const Stemmer &) = delete;

    // False when libstemmer has no Russian or English stemmer (a broken installation).
    bool isValid() const;

    // The words of `text`, in order: lower-case, ё → е, split on anything but a letter or a
    // digit ("HR-отдела" gives "hr", "отдела").
    static QStringList words(const QString &text);
    // The stem of one word as words() gives it.
    QString stem(const QString &word);
    // stem() of every word of `text`, in order.
    QStringList stems(const QString &text);

private:
    sb_stemmer *m_russian = nullptr;
    sb_stemmer *m_english = nullptr;
    // Texts repeat the same words over and over; Snowball is fast, a hash lookup is faster.
    QHash<QString, QString> m_cache;
};

} // namespace bbd
