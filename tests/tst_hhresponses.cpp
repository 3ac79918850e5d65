// The hh.ru connector against the loopback server's hh.ru mock: paging at most 50 a page,
// contacts from the full resume, deduplication by the import's rule, a second pull that adds
// nothing, faults that stop a pull without losing the pages before them, a refused token, and
// the calls recorded for the health view.
#include "TestServer.h"
#include "app/ats/CandidateRepository.h"
#include "app/ats/VacancyRepository.h"
#include "app/integrations/HhResponsesPuller.h"
#include "app/phones/PhoneNumbers.h"
#include "app/settings/Settings.h"
#include "app/storage/Database.h"
#include "app/storage/SqlHelpers.h"
#include "app/sync/ServiceHealth.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace bbd;
using bbd::testserver::TestServer;

namespace {
const QString HhVacancy = QStringLiteral("93000001");
}

class TestHhResponses : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void pagesOfAtMostFifty_data();
    void pagesOfAtMostFifty();
    void contactsFromTheFullResume();
    void duplicatesOfExistingCandidates_data();
    void duplicatesOfExistingCandidates();
    void duplicatesWithinThePull();
    void secondPullCreatesNothing();
    void faultKeepsEarlierPages_data();
    void faultKeepsEarlierPages();
    void refusedToken_data();
    void refusedToken();
    void hiddenResumeIsRejected();
    void vacancyByTitle();
    void configurationProblems_data();
    void configurationProblems();
    void callsRecordedForHealth();
    void cancelKeepsWhatIsIn();

private:
    std::unique_ptr<HhResponsesPuller> puller(const QString &vacancies = HhVacancy,
                                              int perPage = 50);
    // Runs a pull to its end; true when it finished, false when it failed (message in *failure).
    bool pull(HhResponsesPuller &puller, QString *failure = nullptr);
    int count(const QString &sql, const QVariantList &values = {}) const;

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    PhoneNumbers m_phones;
    QString m_token = QStringLiteral("hh-token");
};

void TestHhResponses::init()
{
    m_server = std::make_unique<TestServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>(QStringLiteral("hh-test"));
    QVERIFY(m_db->open(m_dir->filePath(QStringLiteral("app.sqlite"))).ok());
    m_token = QStringLiteral("hh-token");
}

void TestHhResponses::cleanup()
{
    m_db.reset();
    m_dir.reset();
    m_nam.reset();
    m_server.reset();
}

std::unique_ptr<HhResponsesPuller> TestHhResponses::puller(const QString &vacancies, int perPage)
{
    HhResponsesPuller::Options options;
    options.baseUrl = m_server->baseUrl();
    QString error;
    if (!HhResponsesPuller::parseVacancies(vacancies, &options.vacancies, &error)) {
        qWarning("%s", qPrintable(error));
    }
    options.userAgent = "ButterboardDesk/test (hr@example.com)";
    options.perPage = perPage;
    options.timeoutMs = 3000;
    return std::make_unique<HhResponsesPuller>(
        m_db->connection(), m_nam.get(), m_phones, [this] { return m_token; }, options);
}

bool TestHhResponses::pull(HhResponsesPuller &puller, QString *failure)
{
    QSignalSpy finished(&puller, &HhResponsesPuller::finished);
    QSignalSpy failed(&puller, &HhResponsesPuller::failed);
    // An event loop rather than qWaitFor(), which sleeps 10 ms between looks and would make
    // every one of the pull's requests wait for it.
    QEventLoop loop;
    connect(&puller, &HhResponsesPuller::finished, &loop, &QEventLoop::quit);
    connect(&puller, &HhResponsesPuller::failed, &loop, &QEventLoop::quit);
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    puller.start();
    loop.exec();
    if (finished.isEmpty() && failed.isEmpty()) {
        qWarning("the pull neither finished nor failed");
        return false;
    }
    if (!failed.isEmpty() && failure) {
        *failure = failed.first().first().toString();
    }
    return !finished.isEmpty();
}

int TestHhResponses::count(const QString &sql, const QVariantList &values) const
{
    QSqlQuery query(m_db->connection());
    return sql::run(query, sql, values) && query.next() ? query.value(0).toInt() : -1;
}

void TestHhResponses::pagesOfAtMostFifty_data()
{
    QTest::addColumn<int>("responses");
    QTest::addColumn<int>("perPage");
    QTest::addColumn<int>("pages");

    QTest::newRow("120 by 50") << 120 << 50 << 3;
    QTest::newRow("asked for 100, gets 50") << 120 << 100 << 3;
    QTest::newRow("120 by 20") << 120 << 20 << 6;
    QTest::newRow("exactly one page") << 50 << 50 << 1;
    QTest::newRow("none") << 0 << 50 << 1;
}

void TestHhResponses::pagesOfAtMostFifty()
{
    QFETCH(int, responses);
    QFETCH(int, perPage);
    QFETCH(int, pages);
    m_server->mocks().seedHhResponses(HhVacancy, responses);
    auto hh = puller(HhVacancy, perPage);
    QSignalSpy progress(hh.get(), &HhResponsesPuller::progress);
    QVERIFY(pull(*hh));

    const auto requests = m_server->recorded(QStringLiteral("hh"));
    QList<int> pagesAsked;
    int resumes = 0;
    for (const auto &request : requests) {
        QCOMPARE(request.header("Authorization"), QByteArray("Bearer hh-token"));
        QCOMPARE(request.header("User-Agent"), QByteArray("ButterboardDesk/test (hr@example.com)"));
        if (request.path == u"/negotiations/response") {
            QVERIFY(request.query.queryItemValue(QStringLiteral("per_page")).toInt() <= 50);
            QCOMPARE(request.query.queryItemValue(QStringLiteral("vacancy_id")), HhVacancy);
            pagesAsked << request.query.queryItemValue(QStringLiteral("page")).toInt();
        } else {
            QVERIFY(request.path.startsWith(u"/resumes/"));
            QVERIFY(request.query.hasQueryItem(QStringLiteral("topic_id")));
            ++resumes;
        }
        QCOMPARE(request.status, 200);
    }
    QList<int> expected;
    for (int i = 0; i < pages; ++i) {
        expected << i;
    }
    QCOMPARE(pagesAsked, expected);
    QCOMPARE(progress.size(), pages);
    QCOMPARE(resumes, responses);
    QCOMPARE(hh->report().imported, responses);
    QCOMPARE(hh->report().pagesApplied, pages);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM candidates WHERE source = 'hh.ru'")),
             responses);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM candidate_events WHERE kind = 'import' "
                                  "AND json_extract(payload, '$.source') = 'hh.ru'")),
             responses);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM hh_responses")), responses);
}

void TestHhResponses::contactsFromTheFullResume()
{
    const QString id = m_server->mocks().addHhResponse(
        HhVacancy, QStringLiteral("Соколова"), QStringLiteral("Ирина"),
        QStringLiteral("+7 (916) 123-45-67"), QStringLiteral("Irina.Sokolova@Example.COM"));
    auto hh = puller();
    QVERIFY(pull(*hh));
    QCOMPARE(hh->report().imported, 1);
    QSqlQuery query(m_db->connection());
    QVERIFY(sql::run(query, QStringLiteral("SELECT full_name, phone_e164, phone_raw, email, "
                                           "source, applied_at, id FROM candidates")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("Соколова Ирина"));
    QCOMPARE(query.value(1).toString(), QStringLiteral("+79161234567"));
    QCOMPARE(query.value(2).toString(), QStringLiteral("+7 (916) 123-45-67"));
    QCOMPARE(query.value(3).toString(), QStringLiteral("irina.sokolova@example.com"));
    QCOMPARE(query.value(4).toString(), QStringLiteral("hh.ru"));
    // The response's time (07:00 UTC, written by hh.ru as 10:00+0300), not the pull's.
    QCOMPARE(query.value(5).toString(), QStringLiteral("2026-02-02T07:00:00Z"));
    const qint64 candidate = query.value(6).toLongLong();
    QVERIFY(sql::run(query,
                     QStringLiteral("SELECT text, payload FROM candidate_events WHERE "
                                    "candidate_id = ? AND kind = 'import'"),
                     {candidate}));
    QVERIFY(query.next());
    QVERIFY(query.value(0).toString().contains(id));
    const QJsonObject payload =
        QJsonDocument::fromJson(query.value(1).toString().toUtf8()).object();
    QCOMPARE(payload.value(u"hh_response_id").toString(), id);
    QCOMPARE(payload.value(u"hh_vacancy_id").toString(), HhVacancy);
    QVERIFY(payload.value(u"resume_url").toString().startsWith(u"https://hh.ru/resume/"));
}

void TestHhResponses::duplicatesOfExistingCandidates_data()
{
    QTest::addColumn<QString>("existingPhone");
    QTest::addColumn<QString>("existingEmail");
    QTest::addColumn<bool>("asExtraContact");
    QTest::addColumn<QString>("note");

    QTest::newRow("phone written another way") << QStringLiteral("8 916 123 45 67") << QString()
                                               << false << QStringLiteral("+79161234567");
    QTest::newRow("e-mail in another case")
        << QString() << QStringLiteral("IRINA.Sokolova@example.com") << false
        << QStringLiteral("irina.sokolova@example.com");
    QTest::newRow("phone among the extra contacts")
        << QStringLiteral("+7 (916) 123-45-67") << QString() << true
        << QStringLiteral("+79161234567");
}

void TestHhResponses::duplicatesOfExistingCandidates()
{
    QFETCH(QString, existingPhone);
    QFETCH(QString, existingEmail);
    QFETCH(bool, asExtraContact);
    QFETCH(QString, note);

    CandidateRepository repository(*m_db, m_phones);
    CandidateRecord existing;
    existing.fullName = QStringLiteral("Ирина Соколова");
    if (asExtraContact) {
        existing.phones = {{QStringLiteral("+7 495 111-22-33"), QString()}};
    }
    if (!existingPhone.isEmpty()) {
        existing.phones.append({existingPhone, QString()});
    }
    if (!existingEmail.isEmpty()) {
        existing.emails = {existingEmail};
    }
    const qint64 existingId = repository.create(existing);
    QVERIFY2(existingId > 0, qPrintable(repository.lastError()));
    m_server->mocks().addHhResponse(HhVacancy, QStringLiteral("Соколова"), QStringLiteral("Ирина"),
                                    QStringLiteral("+7 (916) 123-45-67"),
                                    QStringLiteral("irina.sokolova@example.com"));
    m_server->mocks().addHhResponse(HhVacancy, QStringLiteral("Петров"), QStringLiteral("Олег"),
                                    QStringLiteral("+7 (916) 765-43-21"), QString());
    auto hh = puller();
    QVERIFY(pull(*hh));
    const HhPullReport &report = hh->report();
    QCOMPARE(report.imported, 1);
    QCOMPARE(report.duplicates, 1);
    QCOMPARE(report.rejected, 0);
    QCOMPARE(report.lines.first().outcome, HhPullLine::Outcome::Duplicate);
    QCOMPARE(report.lines.first().candidateId, existingId);
    QVERIFY2(report.lines.first().note.contains(note), qPrintable(report.lines.first().note));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM candidates")), 2);
    QVERIFY(report.summary().contains(u"1"));
}

void TestHhResponses::duplicatesWithinThePull()
{
    // The same person responded to two vacancies: one candidate, the second response a
    // duplicate of the first.
    m_server->mocks().addHhResponse(HhVacancy, QStringLiteral("Котов"), QStringLiteral("Илья"),
                                    QStringLiteral("+7 (926) 000-11-22"), QString());
    m_server->mocks().addHhResponse(QStringLiteral("93000002"), QStringLiteral("Котов"),
                                    QStringLiteral("Илья"), QStringLiteral("8 926 000 11 22"),
                                    QString());
    auto hh = puller(HhVacancy + QStringLiteral(",93000002"));
    QVERIFY(pull(*hh));
    QCOMPARE(hh->report().imported, 1);
    QCOMPARE(hh->report().duplicates, 1);
    QCOMPARE(hh->report().lines.at(1).candidateId, hh->report().lines.at(0).candidateId);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM candidates")), 1);
}

void TestHhResponses::secondPullCreatesNothing()
{
    m_server->mocks().seedHhResponses(HhVacancy, 70);
    auto hh = puller();
    QVERIFY(pull(*hh));
    QCOMPARE(hh->report().imported, 70);
    m_server->clearRecorded();

    QVERIFY(pull(*hh));
    QCOMPARE(hh->report().imported, 0);
    QCOMPARE(hh->report().duplicates, 0);
    QCOMPARE(hh->report().alreadyPulled, 70);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM candidates")), 70);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM candidate_events")), 70);
    // Settled responses are not even looked at again: only the two list pages are asked for.
    QCOMPARE(m_server->recorded(QStringLiteral("hh")).size(), 2);

    // A new response arrives: only it comes in.
    m_server->mocks().seedHhResponses(HhVacancy, 1);
    QVERIFY(pull(*hh));
    QCOMPARE(hh->report().imported, 1);
    QCOMPARE(hh->report().alreadyPulled, 70);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM candidates")), 71);
}

void TestHhResponses::faultKeepsEarlierPages_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<QString>("pathPrefix");
    QTest::addColumn<QString>("message");

    QTest::newRow("malformed page") << QStringLiteral("malform") << QStringLiteral("/negotiations")
                                    << QStringLiteral("could not be read");
    QTest::newRow("connection cut in a page")
        << QStringLiteral("cut") << QStringLiteral("/negotiations")
        << QStringLiteral("connection closed");
    QTest::newRow("500 on a page")
        << QStringLiteral("fail") << QStringLiteral("/negotiations") << QStringLiteral("500");
    QTest::newRow("malformed resume") << QStringLiteral("malform") << QStringLiteral("/resumes")
                                      << QStringLiteral("could not be read");
    QTest::newRow("429 on a resume")
        << QStringLiteral("throttle") << QStringLiteral("/resumes") << QStringLiteral("429");
}

void TestHhResponses::faultKeepsEarlierPages()
{
    QFETCH(QString, fault);
    QFETCH(QString, pathPrefix);
    QFETCH(QString, message);
    m_server->mocks().seedHhResponses(HhVacancy, 120);
    auto hh = puller();
    // Armed once the first page is in, so the second page (or one of its resumes) takes it.
    bool armed = false;
    connect(hh.get(), &HhResponsesPuller::progress, this, [&] {
        if (std::exchange(armed, true)) {
            return;
        }
        auto &faults = m_server->faults();
        if (fault == u"malform") {
            faults.malformNext(1, pathPrefix);
        } else if (fault == u"cut") {
            faults.cutNext(1, pathPrefix);
        } else if (fault == u"fail") {
            faults.failNext(1, 500, pathPrefix);
        } else {
            faults.throttleNext(1, 30, pathPrefix);
        }
    });
    QString failure;
    QVERIFY(!pull(*hh, &failure));
    QVERIFY2(failure.contains(message), qPrintable(failure));
    QVERIFY2(failure.contains(u"hh.ru"), qPrintable(failure));
    QCOMPARE(m_server->faults().pending(), 0);
    QCOMPARE(hh->report().imported, 50);
    QCOMPARE(hh->report().error, failure);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM candidates")), 50);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM hh_responses")), 50);
    const ServiceHealth health = ServiceHealthTable(m_db->connection()).load(QStringLiteral("hh"));
    QCOMPARE(health.lastError, failure);
    QCOMPARE(health.errorCount, 1);
    QVERIFY(health.state == ConnectionState::Degraded || health.state == ConnectionState::Offline);

    // The server is well again: the next pull takes the rest and nothing twice.
    QVERIFY(pull(*hh));
    QCOMPARE(hh->report().imported, 70);
    QCOMPARE(hh->report().alreadyPulled, 50);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM candidates")), 120);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(DISTINCT phone_e164) FROM candidates")), 120);
    QCOMPARE(ServiceHealthTable(m_db->connection()).load(QStringLiteral("hh")).state,
             ConnectionState::Online);
}

void TestHhResponses::refusedToken_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<int>("refusedWith");

    QTest::newRow("wrong token, 403 oauth") << QStringLiteral("stale") << 403;
    QTest::newRow("wrong token, 401") << QStringLiteral("stale") << 401;
    QTest::newRow("no token") << QString() << 403;
}

void TestHhResponses::refusedToken()
{
    QFETCH(QString, token);
    QFETCH(int, refusedWith);
    m_server->mocks().seedHhResponses(HhVacancy, 10);
    m_server->mocks().setHhToken("right-token", refusedWith);
    m_token = token;
    auto hh = puller();
    QSignalSpy tokenNeeded(hh.get(), &HhResponsesPuller::tokenNeeded);
    QString failure;
    QVERIFY(!pull(*hh, &failure));
    QCOMPARE(tokenNeeded.size(), 1);
    QVERIFY2(failure.contains(u"token"), qPrintable(failure));
    QVERIFY2(failure.contains(u"Settings"), qPrintable(failure));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM candidates")), 0);

    m_token = QStringLiteral("right-token");
    QVERIFY(pull(*hh));
    QCOMPARE(hh->report().imported, 10);
}

void TestHhResponses::hiddenResumeIsRejected()
{
    m_server->mocks().seedHhResponses(HhVacancy, 3);
    m_server->mocks().hideHhResume(QStringLiteral("r%1a2").arg(HhVacancy));
    auto hh = puller();
    QVERIFY(pull(*hh));
    QCOMPARE(hh->report().imported, 2);
    QCOMPARE(hh->report().rejected, 1);
    QCOMPARE(hh->report().lines.at(1).outcome, HhPullLine::Outcome::Rejected);
    QVERIFY(!hh->report().lines.at(1).note.isEmpty());
    // Not remembered: once the applicant opens the resume again, the next pull takes it.
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM hh_responses")), 2);
}

void TestHhResponses::vacancyByTitle()
{
    VacancyRepository vacancies(*m_db);
    Vacancy vacancy;
    vacancy.title = QStringLiteral("Менеджер по продажам");
    const qint64 vacancyId = vacancies.create(vacancy);
    QVERIFY2(vacancyId > 0, qPrintable(vacancies.lastError()));
    const qint64 firstStage = vacancies.stages(vacancyId).first().id;
    m_server->mocks().seedHhResponses(HhVacancy, 2);
    auto hh = puller(HhVacancy + QStringLiteral(" = менеджер по ПРОДАЖАМ"));
    QVERIFY(pull(*hh));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM candidates WHERE vacancy_id = ? AND "
                                  "stage_id = ?"),
                   {vacancyId, firstStage}),
             2);
}

void TestHhResponses::configurationProblems_data()
{
    QTest::addColumn<QString>("baseUrl");
    QTest::addColumn<QString>("vacancies");
    QTest::addColumn<QString>("message");

    QTest::newRow("no address") << QString() << HhVacancy << QStringLiteral("not configured");
    QTest::newRow("no vacancies") << QStringLiteral("server") << QString()
                                  << QStringLiteral("No hh.ru vacancies");
    QTest::newRow("unknown local vacancy")
        << QStringLiteral("server") << QString(HhVacancy + QStringLiteral("=Нет такой"))
        << QStringLiteral("Нет такой");
}

void TestHhResponses::configurationProblems()
{
    QFETCH(QString, baseUrl);
    QFETCH(QString, vacancies);
    QFETCH(QString, message);
    auto hh = puller(vacancies);
    HhResponsesPuller::Options options = hh->options();
    options.baseUrl = baseUrl.isEmpty() ? QUrl() : m_server->baseUrl();
    hh->setOptions(options);
    QString failure;
    QVERIFY(!pull(*hh, &failure));
    QVERIFY2(failure.contains(message), qPrintable(failure));
    QVERIFY(m_server->recorded(QStringLiteral("hh")).isEmpty());
}

void TestHhResponses::callsRecordedForHealth()
{
    m_server->mocks().seedHhResponses(HhVacancy, 5);
    auto hh = puller();
    const QDateTime at(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
    hh->setClock([at] { return at; });
    QVERIFY(pull(*hh));
    ServiceHealthTable table(m_db->connection());
    const CallStats stats = table.callStats(QStringLiteral("hh"));
    QCOMPARE(stats.calls, 6); // one page, five resumes
    QCOMPARE(stats.failures, 0);
    const ServiceHealth health = table.load(QStringLiteral("hh"));
    QCOMPARE(health.state, ConnectionState::Online);
    QCOMPARE(health.lastSuccessAt, at);
    QCOMPARE(health.errorCount, 0);

    // The settings hold no token, and the options come from them as the window reads them.
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    settings.setServiceUrl(QStringLiteral("hh"), m_server->baseUrl());
    settings.setServiceOption(QStringLiteral("hh"), QStringLiteral("vacancies"),
                              QStringLiteral("93000001, 93000002=Дизайнер"));
    settings.setServiceOption(QStringLiteral("hh"), QStringLiteral("contact"),
                              QStringLiteral("hr@example.com"));
    QString error;
    const HhResponsesPuller::Options options =
        HhResponsesPuller::optionsFromSettings(settings, &error);
    QVERIFY(error.isEmpty());
    QCOMPARE(options.baseUrl, m_server->baseUrl());
    QCOMPARE(options.vacancies.size(), 2);
    QCOMPARE(options.vacancies.at(1).hhVacancyId, QStringLiteral("93000002"));
    QCOMPARE(options.vacancies.at(1).localTitle, QStringLiteral("Дизайнер"));
    QVERIFY(options.userAgent.endsWith("(hr@example.com)"));
    const CredentialKey key =
        HhResponsesPuller::credentialKey(QUrl(QStringLiteral("https://api.hh.ru")));
    QCOMPARE(key.service, QStringLiteral("hh"));
    QCOMPARE(key.account, QStringLiteral("api.hh.ru"));
    QList<HhResponsesPuller::VacancyLink> links;
    QVERIFY(!HhResponsesPuller::parseVacancies(QStringLiteral("abc"), &links, &error));
    QVERIFY(error.contains(u"abc"));
}

void TestHhResponses::cancelKeepsWhatIsIn()
{
    m_server->mocks().seedHhResponses(HhVacancy, 120);
    auto hh = puller();
    QSignalSpy failed(hh.get(), &HhResponsesPuller::failed);
    QSignalSpy finished(hh.get(), &HhResponsesPuller::finished);
    // Cancelled before it began: nothing is asked of hh.ru, even after the event loop ran.
    hh->start();
    hh->cancel();
    QCOMPARE(failed.size(), 1);
    QTest::qWait(200);
    QVERIFY(m_server->recorded(QStringLiteral("hh")).isEmpty());
    QVERIFY(!hh->isRunning());

    // Cancelled after the first page: that page stays, the next pull takes the rest.
    connect(hh.get(), &HhResponsesPuller::progress, hh.get(), &HhResponsesPuller::cancel);
    hh->start();
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 2, 10000);
    QVERIFY(!hh->isRunning());
    QCOMPARE(finished.size(), 0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM candidates")), 50);
    disconnect(hh.get(), &HhResponsesPuller::progress, hh.get(), &HhResponsesPuller::cancel);
    QVERIFY(pull(*hh));
    QCOMPARE(hh->report().imported, 70);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM candidates")), 120);
}

QTEST_MAIN(TestHhResponses)
#include "tst_hhresponses.moc"
