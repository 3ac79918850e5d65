// Composition root: reads the command line, opens the database, wires the services to the
// main window. Everything with behaviour lives in the libraries (app/, models/, ui/).
#include "app/AppContext.h"
#include "app/chat/ChatService.h"
#include "app/cli/AskCommand.h"
#include "app/cli/CandidatesCommand.h"
#include "app/cli/CommandLine.h"
#include "app/cli/KbCommand.h"
#include "app/i18n/Translator.h"
#include "app/integrations/IntegrationHub.h"
#include "app/phones/PhoneNumbers.h"
#include "app/scenarios/StageRunner.h"
#include "app/secrets/CredentialStore.h"
#include "app/settings/Settings.h"
#include "app/storage/Database.h"
#include "app/storage/DemoData.h"
#include "app/sync/PlatformResources.h"
#include "app/sync/PlatformSync.h"
#include "ui/DatabaseProblemDialog.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QDir>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QTextStream>

namespace {

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

int renderScreenshot(bbd::MainWindow &window, const QString &area, const QString &file)
{
    window.resize(1280, 800);
    window.showArea(area.isEmpty() ? QStringLiteral("scenarios") : area);
    window.show();
    // Let layouts settle and views fetch their first rows before the window is painted.
    for (int i = 0; i < 5; ++i) {
        QCoreApplication::processEvents();
    }
    if (!window.grab().save(file, "PNG")) {
        err() << QCoreApplication::translate("main", "Cannot write the screenshot to %1.")
                     .arg(QDir::toNativeSeparators(file))
              << Qt::endl;
        return 1;
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication::setOrganizationName(QStringLiteral("Butterboard"));
    QApplication::setOrganizationDomain(QStringLiteral("butterboard.online"));
    QApplication::setApplicationName(QStringLiteral("butterdesk"));
    QApplication::setApplicationVersion(QStringLiteral(BBD_VERSION));

    // A first look at the arguments, before QApplication exists, decides whether a display is
    // needed at all: `--help` or `--screenshot` must work on a machine without one.
    QStringList rawArguments;
    for (int i = 0; i < argc; ++i) {
        rawArguments << QString::fromLocal8Bit(argv[i]);
    }
    // The headless commands need no display: QCoreApplication loads no platform plugin.
    struct Headless
    {
        bool (*matches)(const QStringList &);
        int (*run)(QCoreApplication &);
    };
    for (const Headless &command :
         {Headless{&bbd::CandidatesCommand::matches, &bbd::CandidatesCommand::run},
          Headless{&bbd::KbCommand::matches, &bbd::KbCommand::run},
          Headless{&bbd::AskCommand::matches, &bbd::AskCommand::run}}) {
        if (command.matches(rawArguments)) {
            QCoreApplication app(argc, argv);
            return command.run(app);
        }
    }
    const bbd::CommandLineResult early = bbd::CommandLine::parse(rawArguments);
    const bool headless = !early.needsScreen();
    if (headless && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }

    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("Butterboard Desk"));

    bbd::Settings settings;
    // Parse again once the translation is installed, so help and errors are translated.
    const QString requestedLanguage = early.options.language;
    bbd::Translator::install(app,
                             requestedLanguage.isEmpty() ? settings.language() : requestedLanguage);
    const bbd::CommandLineResult cli = bbd::CommandLine::parse(app.arguments());
    switch (cli.action) {
    case bbd::CommandLineResult::Action::ShowHelp:
    case bbd::CommandLineResult::Action::ShowVersion:
        QTextStream(stdout) << cli.text << Qt::endl;
        return 0;
    case bbd::CommandLineResult::Action::Error:
        err() << cli.text << Qt::endl;
        return 2;
    case bbd::CommandLineResult::Action::Run:
        break;
    }
    const bbd::CommandLineOptions &options = cli.options;

    const QString path =
        options.databasePath.isEmpty() ? bbd::Database::defaultPath() : options.databasePath;
    bbd::Database database;
    bbd::Database::OpenResult opened = database.open(path);
    if (!opened.ok()) {
        if (headless) {
            err() << opened.message << Qt::endl;
            return 1;
        }
        if (!bbd::DatabaseProblemDialog::askToStartFresh(opened, path)) {
            return 1;
        }
        QString moveError;
        const QString kept = bbd::Database::moveAside(path, &moveError);
        opened = kept.isEmpty()
                     ? bbd::Database::OpenResult{bbd::Database::OpenStatus::CannotOpen, moveError}
                     : database.open(path);
        if (!opened.ok()) {
            QMessageBox::critical(nullptr, QApplication::translate("main", "Butterboard Desk"),
                                  opened.message);
            return 1;
        }
    }

    bbd::PhoneNumbers phones;
    if (opened.created || options.loadDemo) {
        const bbd::DemoLoadResult demo = bbd::DemoData::load(database, phones);
        if (!demo.ok) {
            err() << demo.error << Qt::endl;
            if (!headless) {
                QMessageBox::warning(nullptr, QApplication::translate("main", "Butterboard Desk"),
                                     demo.error);
            }
        } else if (options.loadDemo) {
            err() << (demo.alreadyLoaded
                          ? QApplication::translate("main", "The demo data is already in %1.")
                                .arg(QDir::toNativeSeparators(path))
                          : QApplication::translate("main", "Demo data loaded into %1 "
                                                            "(vacancies: %2, candidates: %3).")
                                .arg(QDir::toNativeSeparators(path))
                                .arg(demo.vacancies)
                                .arg(demo.candidates))
                  << Qt::endl;
        }
    }

    bbd::CredentialStore credentials;
    // The proxy the system is set up with (environment, PAC or OS settings), as users expect.
    QNetworkProxyFactory::setUseSystemConfiguration(true);
    QNetworkAccessManager network;
    bbd::PlatformSync sync(database.connection(), &network, settings, &credentials);
    std::shared_ptr<bbd::PlatformResources> resources;
    sync.setRegistrar([&](bbd::SyncEngine &engine) {
        resources = bbd::registerPlatformResources(engine, database.connection(), phones);
    });
    bbd::IntegrationHub integrations(database.connection(), &network, settings, &credentials);
    // Whatever is queued for Jira, Zoom, Graph or Slack goes out with every platform run and as
    // soon as it is written.
    QObject::connect(&sync, &bbd::PlatformSync::outboxChanged, &integrations,
                     &bbd::IntegrationHub::drainAll);
    QObject::connect(&sync, &bbd::PlatformSync::runFinished, &integrations,
                     &bbd::IntegrationHub::drainAll);
    bbd::StageRunner stageRunner(database.connection(), settings);
    // The chat engine builds its passage index in its own thread while the window opens.
    bbd::ChatService chat(database);
    chat.setPlatform(bbd::ChatService::platformOf(&sync, &network));
    chat.warmUp();
    const bbd::AppContext context{&database,     &phones,  &settings,    &credentials, &sync,
                                  &integrations, &network, &stageRunner, &chat};
    bbd::MainWindow window(context);
    if (!options.screenshotPath.isEmpty()) {
        return renderScreenshot(window, options.area, options.screenshotPath);
    }
    sync.start();
    stageRunner.start();
    window.restoreFromSettings();
    if (!options.area.isEmpty()) {
        window.showArea(options.area);
    }
    window.show();
    return QApplication::exec();
}
