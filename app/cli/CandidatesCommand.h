#pragma once

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

namespace bbd {

// `butterdesk candidates import FILE …` and `butterdesk candidates export FILE …`: the CSV
// import and export without a window, for scripts and scheduled jobs.
class CandidatesCommand
{
    Q_DECLARE_TR_FUNCTIONS(bbd::CandidatesCommand)

public:
    enum ExitCode {
        Ok = 0,     // done; an import may still have rejected rows or found duplicates
        Failed = 1, // the file or the database could not be used, or the import stopped
        Usage = 2,  // wrong arguments
    };

    // True when the arguments (program first) start with `candidates`.
    static bool matches(const QStringList &arguments);
    // Runs the command and returns the exit code. Installs the translation (--lang or the
    // language in Settings) on `app`.
    static int run(QCoreApplication &app);
    static int run(QCoreApplication &app, const QStringList &arguments, QTextStream &out,
                   QTextStream &err);
};

} // namespace bbd
