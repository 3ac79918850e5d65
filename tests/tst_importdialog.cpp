#include "app/AppContext.h"
#include "app/ats/CandidateImporter.h"
#include "app/io/Csv.h"
#include "app/phones/PhoneNumbers.h"
#include "app/storage/Database.h"
#include "app/storage/DemoData.h"
#include "ui/ats/ImportDialog.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBuffer>
#include <QComboBox>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace bbd;

// The dialog previews a messy file as the importer will read it, lets the user fix the mapping,
// runs the import off the GUI thread and reports every row that did not go in.
class TestImportDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void unreadableFilesAreExplained_data();
    void unreadableFilesAreExplained();
    void importsAMessyFile();
    void delimiterOverrideReloadsThePreview();
    void cancelLeavesWholeBatches();
    void closingWhileRunningCancelsAndWaits();

private:
    qint64 scalar(const QString &sql, const QVariantList &binds = {}) const;
    QString writeFile(const QString &name, const QByteArray &bytes);
    QString bigFile(int rows);
    template <typename T>
    static T *child(QWidget &parent, const QString &name);

    QTemporaryDir m_dir;
    PhoneNumbers m_phones;
    Database m_db{QStringLiteral("importdialog")};
    AppContext m_context;
    QString m_demoPhone;
    qint64 m_demoId = 0;
};

template <typename T>
T *TestImportDialog::child(QWidget &parent, const QString &name)
{
    T *widget = parent.findChild<T *>(name);
    if (!widget) {
        qWarning("no child %s", qPrintable(name));
    }
    return widget;
}

qint64 TestImportDialog::scalar(const QString &sql, const QVariantList &binds) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(sql);
    for (const QVariant &value : binds) {
        query.addBindValue(value);
    }
    return query.exec() && query.next() ? query.value(0).toLongLong() : -1;
}

QString TestImportDialog::writeFile(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        return {};
    }
    return path;
}

QString TestImportDialog::bigFile(int rows)
{
    QByteArray data = "Full name,Phone,E-mail\n";
    for (int i = 0; i < rows; ++i) {
        data += "Bulk Person " + QByteArray::number(i) + ",+7 925 " +
                QByteArray::number(1000000 + i) + ",bulk" + QByteArray::number(i) +
                "@example.org\n";
    }
    return writeFile(QStringLiteral("big-%1.csv").arg(rows), data);
}

void TestImportDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_db.open(m_dir.filePath(QStringLiteral("i.sqlite"))).ok());
    QVERIFY(DemoData::load(m_db, m_phones).ok);
    m_context.database = &m_db;
    m_context.phones = &m_phones;
    QSqlQuery query(m_db.connection());
    QVERIFY(query.exec(QStringLiteral(
        "SELECT id, phone_raw FROM candidates WHERE phone_e164 IS NOT NULL AND deleted = 0 "
        "AND merged_into_id IS NULL ORDER BY id LIMIT 1")));
    QVERIFY(query.next());
    m_demoId = query.value(0).toLongLong();
    m_demoPhone = query.value(1).toString();
    QVERIFY(!m_demoPhone.isEmpty());
}

void TestImportDialog::unreadableFilesAreExplained_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
    QTest::newRow("binary") << QByteArray("\x7f"
                                          "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0",
                                          16)
                            << QString();
    QTest::newRow("xlsx") << QByteArray("PK\x03\x04\x14\0\x06\0\x08\0\0\0!\0", 16)
                          << QStringLiteral("Excel");
}

void TestImportDialog::unreadableFilesAreExplained()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, mentions);
    const QString path = writeFile(QStringLiteral("bad-%1").arg(QTest::currentDataTag()), bytes);
    QVERIFY(!path.isEmpty());
    ImportDialog dialog(m_context);
    dialog.show();
    dialog.setFile(path);
    QCOMPARE(dialog.page(), ImportDialog::Page::Choose);
    auto *error = child<QLabel>(dialog, QStringLiteral("importErrorLabel"));
    QVERIFY(error && error->isVisible());
    QVERIFY2(!error->text().isEmpty(), qPrintable(error->text()));
    QVERIFY2(error->text().contains(mentions, Qt::CaseInsensitive), qPrintable(error->text()));
    QCOMPARE(error->text(), CandidateImporter::preview(path).error);
    QCoreApplication::processEvents();
    dialog.grab().save(
        QStringLiteral("/tmp/importdialog-choose-%1.png").arg(QTest::currentDataTag()));
}

void TestImportDialog::importsAMessyFile()
{
    // Windows-1251 with semicolons, as Russian Excel saves it: a new candidate, a duplicate of
    // a demo candidate by phone, a row without a name, a quoted name with the delimiter in it.
    const QString text =
        QStringLiteral("ФИО;Телефон;Email;Откуда узнал\r\n"
                       "Иванов Пётр Сергеевич;+7 916 000-11-22;petr.ivanov@example.com;hh.ru\r\n"
                       "Дубликат Демо;%1;;Авито\r\n"
                       ";+7 916 000-33-44;noname@example.com;hh.ru\r\n"
                       "\"Сидоров; Иван\";8 (916) 000-55-66;;рекомендация\r\n")
            .arg(m_demoPhone);
    qint64 unmappable = 0;
    const QString path =
        writeFile(QStringLiteral("messy.csv"),
                  csv::Writer::encode(text, csv::Encoding::Windows1251, &unmappable));
    QCOMPARE(unmappable, 0);
    const qint64 before = scalar(QStringLiteral("SELECT count(*) FROM candidates"));

    ImportDialog dialog(m_context);
    QSignalSpy importedSpy(&dialog, &ImportDialog::imported);
    dialog.show();
    auto *vacancyCombo = child<QComboBox>(dialog, QStringLiteral("importVacancyCombo"));
    QVERIFY(vacancyCombo && vacancyCombo->count() > 1);
    vacancyCombo->setCurrentIndex(1);
    const qint64 vacancyId = vacancyCombo->currentData().toLongLong();

    dialog.setFile(path);
    QCOMPARE(dialog.page(), ImportDialog::Page::Preview);
    QAbstractItemModelTester tester(dialog.previewModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(child<QLineEdit>(dialog, QStringLiteral("importFileEdit"))->text(),
             QDir::toNativeSeparators(path));
    auto *format = child<QLabel>(dialog, QStringLiteral("importFormatLabel"));
    QVERIFY2(format->text().contains(QStringLiteral("Windows-1251")), qPrintable(format->text()));
    auto *delimiter = child<QComboBox>(dialog, QStringLiteral("importDelimiterCombo"));
    QCOMPARE(delimiter->currentData().toChar(), QChar(u';'));
    QCOMPARE(dialog.previewModel()->rowCount(), 4);
    QCOMPARE(dialog.previewModel()->columnCount(), 4);
    QCOMPARE(dialog.previewModel()->headerData(0, Qt::Horizontal).toString(),
             QStringLiteral("ФИО"));
    QCOMPARE(dialog.previewModel()->index(3, 0).data().toString(), QStringLiteral("Сидоров; Иван"));

    // The guessed mapping is shown over the columns; the unknown header is skipped.
    const auto fieldOf = [&](int column) {
        return child<QComboBox>(dialog, QStringLiteral("importMapCombo_%1").arg(column))
            ->currentData()
            .toInt();
    };
    QCOMPARE(fieldOf(0), int(HeaderMapping::Field::FullName));
    QCOMPARE(fieldOf(1), int(HeaderMapping::Field::Phone));
    QCOMPARE(fieldOf(2), int(HeaderMapping::Field::Email));
    QCOMPARE(fieldOf(3), -1);

    // Without a name column the import cannot start, and the dialog says why.
    auto *start = child<QPushButton>(dialog, QStringLiteral("importStartButton"));
    auto *error = child<QLabel>(dialog, QStringLiteral("importErrorLabel"));
    QVERIFY(start->isEnabled());
    QVERIFY(!error->isVisible());
    auto *nameCombo = child<QComboBox>(dialog, QStringLiteral("importMapCombo_0"));
    nameCombo->setCurrentIndex(0);
    emit nameCombo->activated(0);
    QVERIFY(!start->isEnabled());
    QVERIFY(error->isVisible());
    QVERIFY(!dialog.mapping().hasName());
    const int fullName = nameCombo->findData(int(HeaderMapping::Field::FullName));
    nameCombo->setCurrentIndex(fullName);
    emit nameCombo->activated(fullName);
    QVERIFY(start->isEnabled());
    QVERIFY(!error->isVisible());

    // Remap the unknown column to the source; a field moved to another column leaves its old one.
    auto *sourceCombo = child<QComboBox>(dialog, QStringLiteral("importMapCombo_3"));
    const int source = sourceCombo->findData(int(HeaderMapping::Field::Source));
    sourceCombo->setCurrentIndex(source);
    emit sourceCombo->activated(source);
    QCOMPARE(dialog.mapping().column(HeaderMapping::Field::Source), 3);
    auto *emailCombo = child<QComboBox>(dialog, QStringLiteral("importMapCombo_2"));
    const int phone = emailCombo->findData(int(HeaderMapping::Field::Phone));
    emailCombo->setCurrentIndex(phone);
    emit emailCombo->activated(phone);
    QCOMPARE(fieldOf(1), -1);
    const int email = emailCombo->findData(int(HeaderMapping::Field::Email));
    emailCombo->setCurrentIndex(email);
    emit emailCombo->activated(email);
    auto *phoneCombo = child<QComboBox>(dialog, QStringLiteral("importMapCombo_1"));
    phoneCombo->setCurrentIndex(phone);
    emit phoneCombo->activated(phone);
    QCOMPARE(dialog.mapping().column(HeaderMapping::Field::Phone), 1);
    QCOMPARE(dialog.mapping().column(HeaderMapping::Field::Email), 2);

    QCoreApplication::processEvents(); // let the layouts settle before the picture
    dialog.grab().save(QStringLiteral("/tmp/importdialog-preview.png"));

    QTest::mouseClick(start, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(dialog.page(), ImportDialog::Page::Report, 20000);
    QVERIFY(!dialog.isRunning());

    const ImportReport &report = dialog.report();
    QVERIFY2(report.completed(), qPrintable(report.error));
    QCOMPARE(report.rows, 4);
    QCOMPARE(report.imported, 2);
    QCOMPARE(report.duplicates, 1);
    QCOMPARE(report.rejected, 1);
    QCOMPARE(report.imported + report.duplicates + report.rejected, report.rows);
    QCOMPARE(importedSpy.count(), 1);
    QCOMPARE(importedSpy.at(0).at(0).toInt(), 2);

    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM candidates")), before + 2);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM candidates WHERE full_name = ? AND "
                                   "phone_e164 = '+79160001122' AND source = 'hh.ru' AND "
                                   "vacancy_id = ?"),
                    {QStringLiteral("Иванов Пётр Сергеевич"), vacancyId}),
             1);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM candidates WHERE full_name = ? AND "
                                   "phone_e164 = '+79160005566' AND source = ?"),
                    {QStringLiteral("Сидоров; Иван"), QStringLiteral("рекомендация")}),
             1);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM candidates WHERE email = ?"),
                    {QStringLiteral("noname@example.com")}),
             0);

    // The report lists the two rows that did not go in, by line.
    auto *summary = child<QLabel>(dialog, QStringLiteral("importSummaryLabel"));
    QVERIFY2(summary->text().contains(QStringLiteral("Imported: 2")), qPrintable(summary->text()));
    QAbstractItemModel *lines = dialog.reportModel();
    QAbstractItemModelTester reportTester(lines,
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(child<QTableView>(dialog, QStringLiteral("importReportTable"))->model(), lines);
    QCOMPARE(lines->rowCount(), 2);
    QCOMPARE(lines->index(0, 0).data().toLongLong(), 3);
    QCOMPARE(lines->index(0, 1).data().toString(), QStringLiteral("Duplicate"));
    QVERIFY2(lines->index(0, 2).data().toString().contains(QString::number(m_demoId)),
             qPrintable(lines->index(0, 2).data().toString()));
    QCOMPARE(lines->index(1, 0).data().toLongLong(), 4);
    QCOMPARE(lines->index(1, 1).data().toString(), QStringLiteral("Rejected"));
    QVERIFY(!lines->index(1, 2).data().toString().isEmpty());
    QCoreApplication::processEvents();
    dialog.grab().save(QStringLiteral("/tmp/importdialog-report.png"));

    // Saved report and rejected rows.
    QVERIFY(child<QPushButton>(dialog, QStringLiteral("saveReportButton"))->isEnabled());
    QVERIFY(child<QPushButton>(dialog, QStringLiteral("saveRejectedButton"))->isEnabled());
    const QString reportPath = m_dir.filePath(QStringLiteral("report.json"));
    QVERIFY(dialog.saveReportTo(reportPath));
    QFile reportFile(reportPath);
    QVERIFY(reportFile.open(QIODevice::ReadOnly));
    const QJsonObject json = QJsonDocument::fromJson(reportFile.readAll()).object();
    const QJsonObject counts = json.value(QStringLiteral("counts")).toObject();
    QCOMPARE(counts.value(QStringLiteral("rows")).toInt(), 4);
    QCOMPARE(counts.value(QStringLiteral("imported")).toInt(), 2);
    QCOMPARE(counts.value(QStringLiteral("duplicates")).toInt(), 1);
    QCOMPARE(counts.value(QStringLiteral("rejected")).toInt(), 1);

    const QString rejectedPath = m_dir.filePath(QStringLiteral("rejected.csv"));
    QVERIFY(dialog.saveRejectedTo(rejectedPath));
    QFile rejectedFile(rejectedPath);
    QVERIFY(rejectedFile.open(QIODevice::ReadOnly));
    QString readError;
    QChar readDelimiter;
    csv::Encoding readEncoding = csv::Encoding::Utf8;
    const QList<csv::Record> records =
        csv::Reader::parseAll(rejectedFile.readAll(), &readError, &readDelimiter, &readEncoding);
    QVERIFY2(readError.isEmpty(), qPrintable(readError));
    QCOMPARE(readDelimiter, QChar(u';'));
    QCOMPARE(readEncoding, csv::Encoding::Windows1251);
    QCOMPARE(records.size(), 2);
    QCOMPARE(records.at(0).cells.at(0), QStringLiteral("ФИО"));
    QCOMPARE(records.at(1).cells,
             QStringList({QString(), QStringLiteral("+7 916 000-33-44"),
                          QStringLiteral("noname@example.com"), QStringLiteral("hh.ru")}));

    // A path that cannot be written is reported, not ignored.
    QVERIFY(!dialog.saveReportTo(m_dir.filePath(QStringLiteral("missing/dir/report.json"))));
    QVERIFY(error->isVisible());
    QVERIFY(!error->text().isEmpty());
}

void TestImportDialog::delimiterOverrideReloadsThePreview()
{
    const QString path =
        writeFile(QStringLiteral("comma.csv"), "Full name,Phone\nAnna Test,+7 916 111-22-33\n");
    ImportDialog dialog(m_context);
    dialog.show();
    dialog.setFile(path);
    QCOMPARE(dialog.page(), ImportDialog::Page::Preview);
    QCOMPARE(dialog.previewModel()->columnCount(), 2);
    auto *delimiter = child<QComboBox>(dialog, QStringLiteral("importDelimiterCombo"));
    QCOMPARE(delimiter->currentData().toChar(), QChar(u','));
    const int semicolon = delimiter->findData(QChar(u';'));
    delimiter->setCurrentIndex(semicolon);
    emit delimiter->activated(semicolon);
    // Split on ';' the header is one cell that names no field: nothing holds the name.
    QCOMPARE(dialog.previewModel()->columnCount(), 1);
    QCOMPARE(dialog.previewModel()->headerData(0, Qt::Horizontal).toString(),
             QStringLiteral("Full name,Phone"));
    QVERIFY(dialog.findChild<QComboBox *>(QStringLiteral("importMapCombo_1")) == nullptr);
    QVERIFY(!child<QPushButton>(dialog, QStringLiteral("importStartButton"))->isEnabled());
    const int comma = delimiter->findData(QChar(u','));
    delimiter->setCurrentIndex(comma);
    emit delimiter->activated(comma);
    QCOMPARE(dialog.previewModel()->columnCount(), 2);
    QVERIFY(child<QPushButton>(dialog, QStringLiteral("importStartButton"))->isEnabled());
}

void TestImportDialog::cancelLeavesWholeBatches()
{
    const QString path = bigFile(60000);
    QVERIFY(!path.isEmpty());
    const qint64 before = scalar(QStringLiteral("SELECT count(*) FROM candidates"));
    ImportDialog dialog(m_context);
    dialog.setBatchSize(100);
    QSignalSpy importedSpy(&dialog, &ImportDialog::imported);
    dialog.show();
    dialog.setFile(path);
    QCOMPARE(dialog.page(), ImportDialog::Page::Preview);
    QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("importStartButton")),
                      Qt::LeftButton);
    QCOMPARE(dialog.page(), ImportDialog::Page::Progress);
    QVERIFY(dialog.isRunning());
    QCoreApplication::processEvents();
    dialog.grab().save(QStringLiteral("/tmp/importdialog-progress.png"));
    auto *progress = child<QProgressBar>(dialog, QStringLiteral("importProgress"));
    // The GUI thread keeps running events while the worker imports: progress arrives.
    QTRY_VERIFY_WITH_TIMEOUT(progress->value() >= 100, 20000);
    QVERIFY(progress->maximum() > progress->value());
    QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("importCancelButton")),
                      Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(dialog.page(), ImportDialog::Page::Report, 20000);

    const ImportReport &report = dialog.report();
    qInfo("cancelled after %lld rows, %lld imported, settled up to line %lld", report.rows,
          report.imported, report.lastSettledLine);
    QVERIFY(report.cancelled);
    QVERIFY(report.rows < 60000);
    QCOMPARE(report.imported + report.duplicates + report.rejected, report.rows);
    QCOMPARE(report.imported % 100, 0); // whole batches only
    QVERIFY(report.lastSettledLine > 1);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM candidates")), before + report.imported);
    QCOMPARE(scalar(QStringLiteral("SELECT max(CAST(substr(full_name, 13) AS INTEGER)) FROM "
                                   "candidates WHERE full_name LIKE 'Bulk Person %'")) +
                 2,
             report.lastSettledLine);
    auto *summary = child<QLabel>(dialog, QStringLiteral("importSummaryLabel"));
    QVERIFY2(summary->text().contains(QString::number(report.lastSettledLine)),
             qPrintable(summary->text()));
    QVERIFY2(summary->text().contains(QStringLiteral("cancelled")), qPrintable(summary->text()));
    QCOMPARE(importedSpy.count(), report.imported > 0 ? 1 : 0);
    QCoreApplication::processEvents();
    dialog.grab().save(QStringLiteral("/tmp/importdialog-cancelled.png"));
}

void TestImportDialog::closingWhileRunningCancelsAndWaits()
{
    const QString path = bigFile(60000);
    const qint64 before = scalar(QStringLiteral("SELECT count(*) FROM candidates"));
    qint64 imported = -1;
    {
        ImportDialog dialog(m_context);
        dialog.setBatchSize(100);
        QSignalSpy importedSpy(&dialog, &ImportDialog::imported);
        dialog.show();
        dialog.setFile(path);
        QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("importStartButton")),
                          Qt::LeftButton);
        QVERIFY(dialog.isRunning());
        QTest::qWait(50);
        dialog.reject();
        QVERIFY(!dialog.isRunning());
        QVERIFY(!dialog.isVisible());
        QVERIFY(dialog.report().cancelled || dialog.report().completed());
        imported = dialog.report().imported;
        QCOMPARE(importedSpy.count(), imported > 0 ? 1 : 0);
    }
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM candidates")), before + imported);
    QTest::qWait(20); // a queued finish must find nothing left to do
}

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
