#include "PrismServer.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QProcessEnvironment>
#include <QTcpServer>
#include <QThread>

namespace bbd::testsupport {
namespace {

constexpr int StartTimeoutMs = 60000;

quint16 freePort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

} // namespace

PrismServer::~PrismServer()
{
    stop();
}

QString PrismServer::executable()
{
    // Set, it wins even when it names nothing: BBD_PRISM=none runs the suite as without Prism.
    if (qEnvironmentVariableIsSet("BBD_PRISM")) {
        const QString fromEnvironment = qEnvironmentVariable("BBD_PRISM");
        return QFile::exists(fromEnvironment) ? fromEnvironment : QString();
    }
#ifdef BBD_PRISM
    const QString fromBuild = QStringLiteral(BBD_PRISM);
    if (!fromBuild.isEmpty() && QFile::exists(fromBuild)) {
        return fromBuild;
    }
#endif
    return {};
}

QString PrismServer::installHint()
{
    return QStringLiteral(
        "Prism is not installed, so the contract tests did not run. Install it with "
        "`.ci/deps test` (needs Node.js >= 18 and npm), or by hand: npm install --prefix "
        "~/.cache/butterdesk-prism @stoplight/prism-cli@5.14.2, then configure the build again "
        "(or set BBD_PRISM to the prism executable).");
}

bool PrismServer::startMock(const QString &specPath)
{
    return launchMock(specPath) && waitUntilListening();
}

bool PrismServer::startProxy(const QString &specPath, const QUrl &upstream)
{
    return launchProxy(specPath, upstream) && waitUntilListening();
}

bool PrismServer::launchMock(const QString &specPath)
{
    return launch({QStringLiteral("mock"), QStringLiteral("--errors"), specPath});
}

bool PrismServer::launchProxy(const QString &specPath, const QUrl &upstream)
{
    return launch({QStringLiteral("proxy"), QStringLiteral("--errors"), specPath,
                   upstream.toString(QUrl::StripTrailingSlash)});
}

bool PrismServer::launch(const QStringList &arguments)
{
    const QString program = executable();
    if (program.isEmpty()) {
        m_error = installHint();
        return false;
    }
    m_port = freePort();
    if (m_port == 0 || !m_dir.isValid()) {
        m_error = QStringLiteral("no free port or temporary directory");
        return false;
    }
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("NO_COLOR"), QStringLiteral("1"));
    environment.insert(QStringLiteral("FORCE_COLOR"), QStringLiteral("0"));
    m_process.setProcessEnvironment(environment);
    // A file, not a pipe: Prism logs every request, and a pipe nobody reads would stall it.
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.setStandardOutputFile(m_dir.filePath(QStringLiteral("prism.log")));
    QStringList all = arguments;
    all.insert(1, QStringLiteral("-h"));
    all.insert(2, QStringLiteral("127.0.0.1"));
    all.insert(3, QStringLiteral("-p"));
    all.insert(4, QString::number(m_port));
    m_clock.start();
    m_process.start(program, all);
    if (!m_process.waitForStarted(10000)) {
        m_error = m_process.errorString();
        return false;
    }
    return true;
}

bool PrismServer::waitUntilListening()
{
    while (m_clock.elapsed() < StartTimeoutMs) {
        if (output().contains("Prism is listening")) {
            m_startupMs = m_clock.elapsed();
            return true;
        }
        if (m_process.state() != QProcess::Running) {
            break;
        }
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(50);
    }
    m_error = QStringLiteral("Prism did not start: ") + QString::fromUtf8(output().right(2000));
    stop();
    return false;
}

void PrismServer::stop()
{
    if (m_process.state() == QProcess::NotRunning) {
        return;
    }
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QUrl PrismServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

QByteArray PrismServer::output() const
{
    QFile log(m_dir.filePath(QStringLiteral("prism.log")));
    return log.open(QIODevice::ReadOnly) ? log.readAll() : QByteArray();
}

QByteArray RecordedExchange::problems() const
{
    if (!violations.isEmpty()) {
        return violations;
    }
    // Prism's own error documents: 422 for a request, 500 for an answer that breaks the file.
    const QJsonObject body = QJsonDocument::fromJson(responseBody).object();
    const QJsonValue validation = body.value(u"validation");
    if (body.value(u"type").toString().startsWith(u"https://stoplight.io/prism/errors") &&
        validation.isArray() && !validation.toArray().isEmpty()) {
        return QJsonDocument(validation.toArray()).toJson(QJsonDocument::Compact);
    }
    return {};
}

QNetworkReply *PrismNetworkAccessManager::createRequest(Operation operation,
                                                        const QNetworkRequest &request,
                                                        QIODevice *outgoingData)
{
    QNetworkRequest sent = request;
    QByteArray body = outgoingData ? outgoingData->readAll() : QByteArray();
    if (m_transform) {
        m_transform(&sent, &body);
    }
    auto *buffer = new QBuffer(this);
    buffer->setData(body);
    buffer->open(QIODevice::ReadOnly);
    QNetworkReply *reply = QNetworkAccessManager::createRequest(
        operation, sent, outgoingData || !body.isEmpty() ? buffer : nullptr);
    buffer->setParent(reply);
    const qsizetype index = m_exchanges.size();
    RecordedExchange exchange;
    switch (operation) {
    case GetOperation:
        exchange.method = "GET";
        break;
    case PostOperation:
        exchange.method = "POST";
        break;
    case PutOperation:
        exchange.method = "PUT";
        break;
    case DeleteOperation:
        exchange.method = "DELETE";
        break;
    case HeadOperation:
        exchange.method = "HEAD";
        break;
    default:
        exchange.method = sent.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray();
        break;
    }
    exchange.url = sent.url();
    exchange.requestBody = body;
    m_exchanges.append(exchange);
    // Connected before the job's own slot, so the body can still be peeked at.
    connect(reply, &QNetworkReply::finished, this, [this, reply, index] {
        if (index >= m_exchanges.size()) {
            return; // cleared while under way
        }
        RecordedExchange &done = m_exchanges[index];
        done.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        done.violations = reply->rawHeader("sl-violations");
        done.responseBody = reply->peek(reply->bytesAvailable());
    });
    return reply;
}

} // namespace bbd::testsupport
