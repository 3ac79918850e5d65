#include "app/AppContext.h"
#include "app/ats/CandidateSearch.h"
#include "app/io/Csv.h"
#include "app/io/HeaderMapping.h"
#include "app/phones/PhoneNumbers.h"
#include "app/storage/Database.h"
#include "app/storage/DemoData.h"
#include "ui/ats/ExportDialog.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace bbd;

// The dialog writes exactly the candidates of the view it was given, in the chosen format, and
// says how many went out and what Windows-1251 could not hold.
class TestExportDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void exportsTheCurrentView_data();
    void exportsTheCurrentView();
    void unwritablePathIsReported();

private:
    qint64 scalar(const QString &sql, const QVariantList &binds = {}) const;

    QTemporaryDir m_dir;
    PhoneNumbers m_phones;
    Database m_db{QStringLiteral("exportdialog")};
    AppContext m_context;
};

qint64 TestExportDialog::scalar(const QString &sql, const QVariantList &binds) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(sql);
    for (const QVariant &value : binds) {
        query.addBindValue(value);
    }
    return query.exec() && query.next() ? query.value(0).toLongLong() : -1;
}

void TestExportDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_db.open(m_dir.filePath(QStringLiteral("e.sqlite"))).ok());
    QVERIFY(DemoData::load(m_db, m_phones).ok);
    m_context.database = &m_db;
    m_context.phones = &m_phones;
    // A character Windows-1251 has no place for, in one live candidate's name.
    QSqlQuery query(m_db.connection());
    QVERIFY(query.exec(QStringLiteral(
        "UPDATE candidates SET full_name = full_name || ' ✓' WHERE id = (SELECT min(id) FROM "
        "candidates WHERE deleted = 0 AND merged_into_id IS NULL)")));
}

void TestExportDialog::exportsTheCurrentView_data()
{
    QTest::addColumn<bool>("oneVacancy");
    QTest::addColumn<QChar>("delimiter");
    QTest::addColumn<int>("encoding");
    QTest::addColumn<bool>("expectUnmappable");
    QTest::newRow("all ; cp1251") << false << QChar(u';') << int(csv::Encoding::Windows1251)
                                  << true;
    QTest::newRow("vacancy , utf-8 bom")
        << true << QChar(u',') << int(csv::Encoding::Utf8Bom) << false;
    QTest::newRow("all tab utf-8") << false << QChar(u'\t') << int(csv::Encoding::Utf8) << false;
}

void TestExportDialog::exportsTheCurrentView()
{
    QFETCH(bool, oneVacancy);
    QFETCH(QChar, delimiter);
    QFETCH(int, encoding);
    QFETCH(bool, expectUnmappable);

    CandidateFilter filter;
    if (oneVacancy) {
        const QList<FilterChoice> vacancies = CandidateSearch::vacancyChoices(m_db);
        QVERIFY(!vacancies.isEmpty());
        filter.vacancyId = vacancies.first().id;
    }
    const SqlCondition view = CandidateSearch::condition(filter);
    const qint64 expected =
        scalar(QStringLiteral("SELECT count(*) FROM candidates c WHERE ") + view.sql, view.binds);
    QVERIFY(expected > 0);

    ExportDialog dialog(m_context, view, int(expected));
    QSignalSpy spy(&dialog, &ExportDialog::exported);
    dialog.show();
    auto *button = dialog.findChild<QPushButton *>(QStringLiteral("exportButton"));
    QVERIFY(button && !button->isEnabled());
    auto *delimiterCombo = dialog.findChild<QComboBox *>(QStringLiteral("exportDelimiterCombo"));
    QCOMPARE(delimiterCombo->currentData().toChar(), QChar(u';')); // Russian Excel's default
    delimiterCombo->setCurrentIndex(delimiterCombo->findData(delimiter));
    auto *encodingCombo = dialog.findChild<QComboBox *>(QStringLiteral("exportEncodingCombo"));
    encodingCombo->setCurrentIndex(encodingCombo->findData(encoding));

    const QString path = m_dir.filePath(QStringLiteral("%1.csv").arg(QTest::currentDataTag()));
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("exportFileEdit")),
                     QDir::toNativeSeparators(path));
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(1).toLongLong(), expected);

    auto *result = dialog.findChild<QLabel *>(QStringLiteral("exportResultLabel"));
    QVERIFY(result->isVisible());
    QVERIFY2(result->text().contains(QString::number(expected)), qPrintable(result->text()));
    QCOMPARE(result->text().contains(QStringLiteral("Windows-1251")), expectUnmappable);

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString error;
    QChar readDelimiter;
    csv::Encoding readEncoding = csv::Encoding::Utf8;
    const QList<csv::Record> records =
        csv::Reader::parseAll(file.readAll(), &error, &readDelimiter, &readEncoding);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(readDelimiter, delimiter);
    QCOMPARE(int(readEncoding), encoding);
    QCOMPARE(records.size() - 1, expected);
    QCOMPARE(records.first().cells.first(),
             HeaderMapping::fieldTitle(HeaderMapping::Field::FullName));
}

void TestExportDialog::unwritablePathIsReported()
{
    ExportDialog dialog(m_context, CandidateSearch::condition(CandidateFilter()), -1);
    dialog.setFile(m_dir.filePath(QStringLiteral("no/such/dir/out.csv")));
    QVERIFY(!dialog.exportNow());
    auto *result = dialog.findChild<QLabel *>(QStringLiteral("exportResultLabel"));
    QVERIFY(!result->isHidden());
    QVERIFY(result->text().startsWith(QStringLiteral("The file was not written")));
}

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
