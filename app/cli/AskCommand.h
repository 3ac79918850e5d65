#pragma once

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

namespace bbd {

struct ChatAnswer;

// `butterdesk ask "question" [--json]`: the offline assistant without a window. Prints the
// answer with its source and confidence, or, when it hands the question over, why and the
// person to turn to.
class AskCommand
{
    Q_DECLARE_TR_FUNCTIONS(bbd::AskCommand)

public:
    enum ExitCode {
        Answered = 0,   // an answer from the knowledge base
        Failed = 1,     // the database could not be used
        Usage = 2,      // wrong arguments
        HandedOver = 3, // no answer: confidential, or nothing matched well enough
    };

    // True when the first argument after the program and its global options (--database
    // PATH, --lang LANG) is `ask`.
    static bool matches(const QStringList &arguments);
    // Runs the command and returns the exit code. Installs the translation (--lang or the
    // language in Settings) on `app`.
    static int run(QCoreApplication &app);
    static int run(QCoreApplication &app, const QStringList &arguments, QTextStream &out,
                   QTextStream &err);

    // The answer as the plain output prints it.
    static QString plainText(const ChatAnswer &answer);
};

} // namespace bbd
