#include "app/AppContext.h"
#include "app/ats/HiringAnalytics.h"
#include "app/ats/VacancyRepository.h"
#include "app/phones/PhoneNumbers.h"
#include "app/settings/Settings.h"
#include "app/storage/Database.h"
#include "app/storage/DemoData.h"
#include "app/storage/PageSources.h"
#include "ui/ats/AnalyticsView.h"
#include "ui/ats/BarChart.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace bbd;

namespace {

// Runs `act` on the next modal dialog once it is up (static dialogs block the test).
void whenModal(std::function<void(QWidget *)> act, int attempts = 100)
{
    QTimer::singleShot(20, [act = std::move(act), attempts]() mutable {
        if (QWidget *modal = QApplication::activeModalWidget()) {
            act(modal);
        } else if (attempts > 0) {
            whenModal(std::move(act), attempts - 1);
        }
    });
}

// More than one colour: something was painted besides the background.
bool isPainted(const QImage &image)
{
    if (image.isNull()) {
        return false;
    }
    const QRgb first = image.pixel(0, 0);
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2) {
            if (image.pixel(x, y) != first) {
                return true;
            }
        }
    }
    return false;
}

QStringList csvLines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    QByteArray bytes = file.readAll();
    if (!bytes.startsWith("\xEF\xBB\xBF")) {
        return {QStringLiteral("<no BOM>")};
    }
    bytes.remove(0, 3);
    QStringList lines = QString::fromUtf8(bytes).split(QStringLiteral("\r\n"));
    if (!lines.isEmpty() && lines.constLast().isEmpty()) {
        lines.removeLast();
    }
    return lines;
}

} // namespace

class TestAnalyticsView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void funnelMatchesTheService_data();
    void funnelMatchesTheService();
    void allVacanciesDisablesTheFunnel();
    void sourcesMatchTheService_data();
    void sourcesMatchTheService();
    void exportFunnelThroughTheButton();
    void csvQuoting_data();
    void csvQuoting();
    void emptyVacancyShowsASentence();
    void onlyTheLatestChoiceIsShown();
    void screenshot();

private:
    AnalyticsView *makeView();
    void choose(AnalyticsView &view, qint64 vacancyId);

    QTemporaryDir m_dir;
    PhoneNumbers m_phones;
    Database m_db{QStringLiteral("analytics")};
    std::unique_ptr<Settings> m_settings;
    AppContext m_context;
    QList<Vacancy> m_vacancies;
};

void TestAnalyticsView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_db.open(m_dir.filePath(QStringLiteral("a.sqlite"))).ok());
    QVERIFY(DemoData::load(m_db, m_phones).ok);
    m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("s.ini")));
    m_context.database = &m_db;
    m_context.phones = &m_phones;
    m_context.settings = m_settings.get();
    const auto source = sources::vacancies(m_db);
    m_vacancies = source->fetch(0, source->count());
    QVERIFY(m_vacancies.size() >= 2);
}

AnalyticsView *TestAnalyticsView::makeView()
{
    auto *view = new AnalyticsView(m_context);
    view->resize(1100, 720);
    return view;
}

void TestAnalyticsView::choose(AnalyticsView &view, qint64 vacancyId)
{
    auto *combo = view.findChild<QComboBox *>(QStringLiteral("analyticsVacancyCombo"));
    QVERIFY(combo);
    const int index = combo->findData(vacancyId);
    QVERIFY(index >= 0);
    combo->setCurrentIndex(index);
    QCOMPARE(view.vacancyId(), vacancyId);
    // The figures are read in a worker thread.
    QTRY_VERIFY(!view.isBusy());
}

void TestAnalyticsView::funnelMatchesTheService_data()
{
    QTest::addColumn<qint64>("vacancyId");
    for (const Vacancy &vacancy : std::as_const(m_vacancies)) {
        QTest::newRow(qPrintable(vacancy.title)) << vacancy.id;
    }
}

void TestAnalyticsView::funnelMatchesTheService()
{
    QFETCH(qint64, vacancyId);
    std::unique_ptr<AnalyticsView> view(makeView());
    view->show();
    choose(*view, vacancyId);

    const QList<FunnelStep> steps = HiringAnalytics(m_db).funnel(vacancyId);
    const QList<PipelineStage> stages = VacancyRepository(m_db).stages(vacancyId);
    auto *table = view->findChild<QTableView *>(QStringLiteral("funnelTable"));
    QVERIFY(table);
    QVERIFY(table->isEnabled());
    const QAbstractItemModel *model = table->model();
    QCOMPARE(model->rowCount(), stages.size());
    QCOMPARE(model->columnCount(), 5);
    for (int row = 0; row < model->rowCount(); ++row) {
        const FunnelStep &step = steps.at(row);
        QCOMPARE(model->index(row, 0).data().toString(), stages.at(row).name);
        QCOMPARE(model->index(row, 1).data(Qt::UserRole).toInt(), step.reached);
        QCOMPARE(model->index(row, 1).data().toString(), QLocale().toString(step.reached));
        QCOMPARE(model->index(row, 2).data(Qt::UserRole).toInt(), step.current);
        QCOMPARE(model->index(row, 3).data(Qt::UserRole).toDouble(), step.conversion);
        // Open stays are measured up to "now", which moves between the view's query and
        // this one: a minute apart is the same figure.
        QVERIFY2(qAbs(model->index(row, 4).data(Qt::UserRole).toDouble() - step.averageDays) <
                     1.0 / (24 * 60),
                 qPrintable(stages.at(row).name));
    }

    auto *chart = view->findChild<BarChart *>(QStringLiteral("funnelChart"));
    QVERIFY(chart);
    const bool anyone =
        std::any_of(steps.cbegin(), steps.cend(), [](const FunnelStep &s) { return s.reached; });
    QCOMPARE(chart->bars().size(), anyone ? steps.size() : 0);
    if (anyone) {
        // The rejection column comes last, set apart; the others keep pipeline order.
        const auto rejected = std::find_if(stages.cbegin(), stages.cend(), [](const auto &s) {
            return s.kind == PipelineStage::Kind::Rejected;
        });
        QVERIFY(rejected != stages.cend());
        QCOMPARE(chart->bars().constLast().label, rejected->name);
        QVERIFY(chart->bars().constLast().apart);
        QCOMPARE(chart->bars().constFirst().value, steps.constFirst().reached);
    }
    QVERIFY(isPainted(chart->grab().toImage()));

    const TimeToHire time = HiringAnalytics(m_db).timeToHire(vacancyId);
    auto *label = view->findChild<QLabel *>(QStringLiteral("timeToHireLabel"));
    QVERIFY(label);
    QVERIFY2(time.hired == 0 ? label->text().contains(QStringLiteral("No one"))
                             : label->text().startsWith(QString::number(time.hired)),
             qPrintable(label->text()));
}

void TestAnalyticsView::allVacanciesDisablesTheFunnel()
{
    std::unique_ptr<AnalyticsView> view(makeView());
    view->show();
    choose(*view, m_vacancies.constFirst().id);
    QVERIFY(view->funnelModel()->rowCount() > 0);
    choose(*view, 0);
    auto *table = view->findChild<QTableView *>(QStringLiteral("funnelTable"));
    QVERIFY(!table->isEnabled());
    QCOMPARE(table->model()->rowCount(), 0);
    QVERIFY(!view->findChild<QPushButton *>(QStringLiteral("exportFunnelButton"))->isEnabled());
    auto *chart = view->findChild<BarChart *>(QStringLiteral("funnelChart"));
    QVERIFY(chart->bars().isEmpty());
    QVERIFY(chart->emptyText().contains(QStringLiteral("one vacancy")));
    QVERIFY(isPainted(chart->grab().toImage())); // the sentence
    // Sources and time to hire still cover every vacancy.
    QCOMPARE(view->sourceModel()->rowCount(), HiringAnalytics(m_db).bySource(0).size());
}

void TestAnalyticsView::sourcesMatchTheService_data()
{
    QTest::addColumn<qint64>("vacancyId");
    QTest::newRow("all vacancies") << qint64(0);
    for (const Vacancy &vacancy : std::as_const(m_vacancies)) {
        QTest::newRow(qPrintable(vacancy.title)) << vacancy.id;
    }
}

void TestAnalyticsView::sourcesMatchTheService()
{
    QFETCH(qint64, vacancyId);
    std::unique_ptr<AnalyticsView> view(makeView());
    view->show();
    choose(*view, vacancyId);
    const QList<SourceFigures> figures = HiringAnalytics(m_db).bySource(vacancyId);
    auto *table = view->findChild<QTableView *>(QStringLiteral("sourceTable"));
    QVERIFY(table);
    const QAbstractItemModel *model = table->model();
    QCOMPARE(model->rowCount(), figures.size());
    int total = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const SourceFigures &figure = figures.at(row);
        total += figure.candidates;
        QCOMPARE(model->index(row, 0).data().toString(), figure.source);
        QCOMPARE(model->index(row, 1).data(Qt::UserRole).toInt(), figure.candidates);
        QCOMPARE(model->index(row, 2).data(Qt::UserRole).toInt(), figure.hired);
        QCOMPARE(model->index(row, 3).data(Qt::UserRole).toInt(), figure.rejected);
        QCOMPARE(model->index(row, 4).data(Qt::UserRole).toDouble(),
                 double(figure.hired) / figure.candidates);
    }
    auto *chart = view->findChild<BarChart *>(QStringLiteral("sourceChart"));
    QCOMPARE(chart->bars().size(), figures.size());
    QVERIFY(total > 0);
    QVERIFY(isPainted(chart->grab().toImage()));
}

void TestAnalyticsView::exportFunnelThroughTheButton()
{
    std::unique_ptr<AnalyticsView> view(makeView());
    view->show();
    const qint64 vacancyId = m_vacancies.constFirst().id;
    choose(*view, vacancyId);
    const QString path = m_dir.filePath(QStringLiteral("funnel.csv"));
    bool answered = false;
    whenModal([&](QWidget *modal) {
        auto *dialog = qobject_cast<QFileDialog *>(modal);
        QVERIFY(dialog);
        QCOMPARE(dialog->acceptMode(), QFileDialog::AcceptSave);
        // Typed as a user would: selectFile() alone races the dialog's directory listing.
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
        QVERIFY(name);
        name->setText(path);
        static_cast<QDialog *>(dialog)->accept(); // QFileDialog hides it
        answered = true;
    });
    QTest::mouseClick(view->findChild<QPushButton *>(QStringLiteral("exportFunnelButton")),
                      Qt::LeftButton);
    QVERIFY(answered);

    const QStringList lines = csvLines(path);
    const QList<FunnelStep> steps = HiringAnalytics(m_db).funnel(vacancyId);
    QCOMPARE(lines.size(), steps.size() + 1);
    QCOMPARE(lines.constFirst(),
             QStringLiteral("Stage;Reached;In stage now;Conversion;Average days in stage"));
    for (int i = 0; i < steps.size(); ++i) {
        const QStringList fields = lines.at(i + 1).split(u';');
        QCOMPARE(fields.size(), 5);
        QCOMPARE(fields.at(0), steps.at(i).stageName);
        QCOMPARE(fields.at(1).toInt(), steps.at(i).reached);
        QCOMPARE(fields.at(2).toInt(), steps.at(i).current);
        QCOMPARE(fields.at(3), QLocale().toString(steps.at(i).conversion * 100, 'f', 1) + u'%');
    }
}

void TestAnalyticsView::csvQuoting_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("written");

    QTest::newRow("plain Cyrillic") << "Хедхантер"
                                    << "Хедхантер";
    QTest::newRow("delimiter inside") << "hh.ru; реклама"
                                      << "\"hh.ru; реклама\"";
    QTest::newRow("quotes doubled") << "Сайт \"Работа\""
                                    << "\"Сайт \"\"Работа\"\"\"";
    QTest::newRow("line break kept inside quotes") << "две\nстроки"
                                                   << "\"две\nстроки\"";
    QTest::newRow("comma needs no quotes") << "a, b"
                                           << "a, b";
    QTest::newRow("leading space kept") << " x"
                                        << "\" x\"";
    QTest::newRow("empty") << ""
                           << "";
}

void TestAnalyticsView::csvQuoting()
{
    QFETCH(QString, cell);
    QFETCH(QString, written);
    QStandardItemModel model;
    model.setHorizontalHeaderLabels({QStringLiteral("Источник"), QStringLiteral("n")});
    model.appendRow({new QStandardItem(cell), new QStandardItem(QStringLiteral("1"))});
    const QString path = m_dir.filePath(QStringLiteral("q.csv"));
    QString error;
    QVERIFY2(AnalyticsView::writeCsv(model, path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray expected = "\xEF\xBB\xBF" + QStringLiteral("Источник;n\r\n").toUtf8() +
                                QString(written + u";1\r\n").toUtf8();
    QCOMPARE(file.readAll(), expected);
}

void TestAnalyticsView::emptyVacancyShowsASentence()
{
    Vacancy vacancy;
    vacancy.title = QStringLiteral("Пустая вакансия");
    const qint64 id = VacancyRepository(m_db).create(vacancy);
    QVERIFY(id > 0);
    std::unique_ptr<AnalyticsView> view(makeView());
    view->show();
    choose(*view, id);
    auto *chart = view->findChild<BarChart *>(QStringLiteral("funnelChart"));
    QVERIFY(chart->bars().isEmpty());
    QVERIFY(chart->emptyText().contains(QStringLiteral("No candidates")));
    QCOMPARE(view->funnelModel()->rowCount(), VacancyRepository(m_db).stages(id).size());
    QCOMPARE(view->sourceModel()->rowCount(), 0);
    QVERIFY(!view->findChild<QPushButton *>(QStringLiteral("exportSourcesButton"))->isEnabled());
    QCOMPARE(view->findChild<QLabel *>(QStringLiteral("timeToHireLabel"))->text(),
             QStringLiteral("No one hired yet."));
}

void TestAnalyticsView::onlyTheLatestChoiceIsShown()
{
    std::unique_ptr<AnalyticsView> view(makeView());
    QSignalSpy shown(view.get(), &AnalyticsView::figuresShown);
    view->show();
    auto *combo = view->findChild<QComboBox *>(QStringLiteral("analyticsVacancyCombo"));
    auto *busy = view->findChild<QLabel *>(QStringLiteral("analyticsBusyLabel"));
    QVERIFY(combo && busy);
    // Two choices in a row, before any figures arrive: only the second one's are shown.
    const qint64 first = m_vacancies.at(0).id;
    const qint64 second = m_vacancies.at(1).id;
    combo->setCurrentIndex(combo->findData(first));
    combo->setCurrentIndex(combo->findData(second));
    QVERIFY(view->isBusy());
    QVERIFY(busy->isVisible());
    QTRY_VERIFY(!view->isBusy());
    QVERIFY(!busy->isVisible());
    QCOMPARE(shown.size(), 1);
    QCOMPARE(view->funnelModel()->rowCount(), VacancyRepository(m_db).stages(second).size());
    QCOMPARE(view->funnelModel()->index(0, 1).data(Qt::UserRole).toInt(),
             HiringAnalytics(m_db).funnel(second).value(0).reached);
    // Nothing else arrives later.
    QTest::qWait(50);
    QCOMPARE(shown.size(), 1);
}

void TestAnalyticsView::screenshot()
{
    const QString directory = qEnvironmentVariable("BBD_SCREENSHOT_DIR");
    if (directory.isEmpty()) {
        QSKIP("Set BBD_SCREENSHOT_DIR to save screenshots.");
    }
    std::unique_ptr<AnalyticsView> view(makeView());
    view->show();
    choose(*view, m_vacancies.constFirst().id);
    QVERIFY(view->grab().save(directory + QStringLiteral("/insights-analytics.png")));
    view->resize(760, 560);
    QVERIFY(view->grab().save(directory + QStringLiteral("/insights-analytics-small.png")));
}

QTEST_MAIN(TestAnalyticsView)
#include "tst_analyticsview.moc"
