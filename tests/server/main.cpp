// butterboard-test-server: the loopback platform + third-party server, for a person who wants
// to watch the app sync. See README.md in this folder.
#include "TestServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

using bbd::testserver::RecordedRequest;
using bbd::testserver::TestServer;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("butterboard-test-server"));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Loopback Butterboard platform and third-party mock server."));
    parser.addHelpOption();
    const QCommandLineOption port(QStringLiteral("port"),
                                  QStringLiteral("TCP port on 127.0.0.1 (0 = any free one)."),
                                  QStringLiteral("N"), QStringLiteral("8765"));
    const QCommandLineOption db(QStringLiteral("db"),
                                QStringLiteral("SQLite file of the server (default: in memory)."),
                                QStringLiteral("FILE"));
    const QCommandLineOption key(QStringLiteral("api-key"),
                                 QStringLiteral("API key the platform endpoints accept."),
                                 QStringLiteral("KEY"), QStringLiteral("dev-key"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  QStringLiteral("Generate N candidates on one vacancy when the "
                                                 "store has none."),
                                  QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption hh(QStringLiteral("hh-responses"),
                                QStringLiteral("Generate N hh.ru responses to vacancy 93000001."),
                                QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption latency(QStringLiteral("latency-ms"),
                                     QStringLiteral("Answer every request this much later."),
                                     QStringLiteral("MS"), QStringLiteral("0"));
    const QCommandLineOption failRate(QStringLiteral("fail-rate"),
                                      QStringLiteral("Share of requests (0..1) answered 503."),
                                      QStringLiteral("RATE"), QStringLiteral("0"));
    const QCommandLineOption quiet(QStringLiteral("quiet"),
                                   QStringLiteral("Do not log each request."));
    parser.addOptions({port, db, key, seed, hh, latency, failRate, quiet});
    parser.process(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    bool ok = false;
    const uint portNumber = parser.value(port).toUInt(&ok);
    if (!ok || portNumber > 65535) {
        err << "--port must be 0..65535\n";
        return 2;
    }
    TestServer server;
    server.setApiKey(parser.value(key).toUtf8());
    if (!server.start(quint16(portNumber), parser.value(db))) {
        err << "cannot start: " << server.errorString() << '\n';
        return 1;
    }
    server.faults().setLatency(parser.value(latency).toInt());
    server.faults().setFailRate(parser.value(failRate).toDouble());

    const int candidates = parser.value(seed).toInt();
    if (candidates > 0) {
        const int existing = server.platform().count(QStringLiteral("candidates"));
        if (existing == 0) {
            QElapsedTimer timer;
            timer.start();
            const QString vacancy = server.platform().seedCandidates(candidates);
            out << "seeded " << candidates << " candidates on vacancy " << vacancy << " in "
                << timer.elapsed() << " ms\n";
        } else {
            out << "kept the " << existing << " candidates already in the store\n";
        }
    }
    if (const int responses = parser.value(hh).toInt(); responses > 0) {
        server.mocks().seedHhResponses(QStringLiteral("93000001"), responses);
        out << "hh.ru: " << responses << " responses to vacancy 93000001\n";
    }
    // The URL goes first on its own line, so a script can read it when --port 0 was asked.
    out << server.baseUrl().toString() << '\n';
    out << "platform API: " << server.baseUrl().toString() << "/api/v1/ (Authorization: Bearer "
        << parser.value(key) << ")\n";
    out.flush();

    if (!parser.isSet(quiet)) {
        QObject::connect(&server, &TestServer::requestHandled, &server,
                         [&out](const RecordedRequest &request) {
                             out << request.receivedAt.toString(Qt::ISODateWithMs) << ' '
                                 << request.service << ' ' << request.method << ' ' << request.path;
                             if (!request.query.isEmpty()) {
                                 out << '?' << request.query.toString();
                             }
                             out << " -> " << request.status << '\n';
                             out.flush();
                         });
    }
    return app.exec();
}
