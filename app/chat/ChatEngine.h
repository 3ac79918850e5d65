#pragma once

#include "app/chat/ChatAnswer.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace bbd {

// The offline assistant: answers a question from the knowledge base's passages (FTS5 over
// Snowball stems, Russian and English), or hands it over to a person from the fallback
// contacts when nothing matches well enough or the question is confidential. It never makes
// an answer up: the answer is always a passage of an article, quoted.
// Not thread-safe; lives on the thread of its connection.
class ChatEngine
{
    Q_DECLARE_TR_FUNCTIONS(bbd::ChatEngine)

public:
    explicit ChatEngine(QSqlDatabase db);
    ~ChatEngine();
    ChatEngine(const ChatEngine &) = delete;
    ChatEngine &operator=(const ChatEngine &) = delete;

    // Brings the passage index up to date with kb_articles, re-indexing only the articles
    // changed since the last call. answer() calls it first, so calling it is only needed to
    // pay the cost up front. Returns false, with errorString(), when the database fails.
    bool refreshIndex();

    // Never empty: on a handover the text says why, and contact names who to turn to.
    // answeredBy is Local. A database failure is a NoMatch handover with errorString() set.
    ChatAnswer answer(const QString &question);

    // Records a question nobody could answer (kb_unanswered), for the KB statistics: a NoMatch
    // hand-over ("no_match") or a Low answer ("low_confidence"). A confidential question is
    // personal and is not kept; an answer of Medium or High confidence needs no article.
    // Those return true without writing.
    bool logUnanswered(const ChatAnswer &answer);

    QString errorString() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace bbd
