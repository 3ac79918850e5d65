#pragma once

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

namespace bbd {

// `butterdesk kb import PATH… [--json]`: loads Markdown and text files, and folders of them,
// into the knowledge base without a window (a company's wiki in one go, from a script).
class KbCommand
{
    Q_DECLARE_TR_FUNCTIONS(bbd::KbCommand)

public:
    enum ExitCode {
        Ok = 0,       // every file imported, updated or unchanged
        Failed = 1,   // the database could not be used, no file was found, or it stopped
        Usage = 2,    // wrong arguments
        Rejected = 3, // the import ran, but some files were rejected (see the report)
    };

    // True when the first argument after the program and its global options (--database
    // PATH, --lang LANG) is `kb`.
    static bool matches(const QStringList &arguments);
    // Runs the command and returns the exit code. Installs the translation (--lang or the
    // language in Settings) on `app`.
    static int run(QCoreApplication &app);
    static int run(QCoreApplication &app, const QStringList &arguments, QTextStream &out,
                   QTextStream &err);
};

} // namespace bbd
