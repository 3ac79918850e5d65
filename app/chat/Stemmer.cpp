#include "app/chat/Stemmer.h"

#include <libstemmer.h>

namespace bbd {
namespace {

enum class Script : quint8 { Other, Cyrillic, Latin };

Script scriptOf(const QString &word)
{
    for (const QChar c : word) {
        if (c.isLetter()) {
            switch (c.script()) {
            case QChar::Script_Cyrillic:
                return Script::Cyrillic;
            case QChar::Script_Latin:
                return Script::Latin;
            default:
                return Script::Other;
            }
        }
    }
    return Script::Other;
}

// Keeps the cache from growing without bound on a stream of unusual words.
constexpr qsizetype kCacheLimit = 200000;

} // namespace

Stemmer::Stemmer()
    : m_russian(sb_stemmer_new("russian", "UTF_8"))
    , m_english(sb_stemmer_new("english", "UTF_8"))
{}

Stemmer::~Stemmer()
{
    sb_stemmer_delete(m_russian);
    sb_stemmer_delete(m_english);
}

bool Stemmer::isValid() const
{
    return m_russian && m_english;
}

QStringList Stemmer::words(const QString &text)
{
    QStringList result;
    QString word;
    const auto flush = [&] {
        if (!word.isEmpty()) {
            result.append(word);
            word.clear();
        }
    };
    for (const QChar c : text) {
        if (c.isLetterOrNumber()) {
            const QChar lower = c.toLower();
            word.append(lower == u'ё' ? QChar(u'е') : lower);
        } else if (c.isMark() && !word.isEmpty()) {
            // A combining mark belongs to its letter: a breve makes и into й; the rest (an
            // accent typed over a vowel, the diaeresis of a decomposed ё) is dropped.
            if (c.unicode() == 0x0306 && word.back() == u'и') {
                word.back() = QChar(u'й');
            }
        } else {
            flush();
        }
    }
    flush();
    return result;
}

QString Stemmer::stem(const QString &word)
{
    const auto cached = m_cache.constFind(word);
    if (cached != m_cache.cend()) {
        return *cached;
    }
    sb_stemmer *stemmer = nullptr;
    switch (scriptOf(word)) {
    case Script::Cyrillic:
        stemmer = m_russian;
        break;
    case Script::Latin:
        stemmer = m_english;
        break;
    case Script::Other:
        break;
    }
    QString result = word;
    if (stemmer) {
        const QByteArray utf8 = word.toUtf8();
        const sb_symbol *stemmed = sb_stemmer_stem(
            stemmer, reinterpret_cast<const sb_symbol *>(utf8.constData()), int(utf8.size()));
        if (stemmed) {
            result = QString::fromUtf8(reinterpret_cast<const char *>(stemmed),
                                       sb_stemmer_length(stemmer));
        }
    }
    if (m_cache.size() >= kCacheLimit) {
        m_cache.clear();
    }
    m_cache.insert(word, result);
    return result;
}

QStringList Stemmer::stems(const QString &text)
{
    QStringList result = words(text);
    for (QString &word : result) {
        word = stem(word);
    }
    return result;
}

} // namespace bbd
