#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

#include <functional>

namespace bbd::testsupport {

// Stoplight Prism (https://stoplight.io/open-source/prism) on loopback, for contract tests:
// `prism mock --errors` answers from an OpenAPI file and refuses (422) any request that breaks
// it; `prism proxy --errors` forwards to a real upstream and checks both directions. Either
// way a violation is named in the `sl-violations` header.
//
// The executable comes from the build (CMake find_program, BBD_PRISM) or the BBD_PRISM
// environment variable; .ci/deps test installs it.
class PrismServer
{
public:
    PrismServer() = default;
    ~PrismServer();
    PrismServer(const PrismServer &) = delete;
    PrismServer &operator=(const PrismServer &) = delete;

    // Empty when Prism is not installed.
    static QString executable();
    // What to tell the person whose tests skipped.
    static QString installHint();

    // Start and wait for "Prism is listening" (2 to 6 s).
    bool startMock(const QString &specPath);
    bool startProxy(const QString &specPath, const QUrl &upstream);
    // The same in two steps, so several servers start side by side.
    bool launchMock(const QString &specPath);
    bool launchProxy(const QString &specPath, const QUrl &upstream);
    bool waitUntilListening();
    void stop();
    bool isRunning() const { return m_process.state() == QProcess::Running; }

    QUrl baseUrl() const; // "http://127.0.0.1:<port>"
    QString errorString() const { return m_error; }
    QByteArray output() const; // what Prism logged so far
    qint64 startupMs() const { return m_startupMs; }

private:
    bool launch(const QStringList &arguments);

    QProcess m_process;
    QTemporaryDir m_dir;
    quint16 m_port = 0;
    QString m_error;
    qint64 m_startupMs = 0;
    QElapsedTimer m_clock;
};

// What a contract test sees of each exchange, recorded by PrismNetworkAccessManager.
struct RecordedExchange
{
    QByteArray method;
    QUrl url;
    QByteArray requestBody; // as sent, after any transform
    int status = 0;
    QByteArray violations; // the sl-violations header, empty when the exchange was clean
    QByteArray responseBody;

    // What Prism found wrong: the sl-violations header, or the `validation` list of the error
    // it makes up itself (422 for a request, 500 for an answer). Empty = clean.
    QByteArray problems() const;
};

// The network access manager the app's real jobs run on in a contract test: it records every
// exchange and may rewrite a request just before it leaves (`transform`), for a vendor file
// that spells the same API differently from the vendor's documentation (see
// tst_vendorcontracts for the two cases and why).
class PrismNetworkAccessManager : public QNetworkAccessManager
{
    Q_OBJECT

public:
    using Transform = std::function<void(QNetworkRequest *request, QByteArray *body)>;

    using QNetworkAccessManager::QNetworkAccessManager;
    void setTransform(Transform transform) { m_transform = std::move(transform); }
    QList<RecordedExchange> exchanges() const { return m_exchanges; }
    void clear() { m_exchanges.clear(); }

protected:
    QNetworkReply *createRequest(Operation operation, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override;

private:
    Transform m_transform;
    QList<RecordedExchange> m_exchanges;
};

} // namespace bbd::testsupport
