#include "app/AppContext.h"
#include "app/ats/HiringAnalytics.h"
#include "app/phones/PhoneNumbers.h"
#include "app/settings/Settings.h"
#include "app/storage/Database.h"
#include "app/storage/DemoData.h"
#include "ui/ats/RetentionDialog.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace bbd;

namespace {

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

} // namespace

// The review lists exactly the candidates the service finds past the period and anonymises the
// checked ones after a confirmation that says what goes and what stays.
class TestRetentionDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listsCandidatesPastThePeriod();
    void zeroMonthsSwitchesTheReviewOff();
    void checkingChangesTheButton();
    void cancelKeepsEverything();
    void anonymisesTheCheckedOnes();
    void nothingDueShowsASentence();
    void screenshot();

private:
    qint64 scalar(const QString &sql, const QVariantList &binds = {}) const;
    QString text(const QString &sql, const QVariantList &binds = {}) const;
    std::unique_ptr<RetentionDialog> makeDialog();
    void check(RetentionDialog &dialog, const QList<qint64> &ids);

    QTemporaryDir m_dir;
    PhoneNumbers m_phones;
    Database m_db{QStringLiteral("retention")};
    std::unique_ptr<Settings> m_settings;
    AppContext m_context;
    QList<qint64> m_old; // made older than the period by the test
};

qint64 TestRetentionDialog::scalar(const QString &sql, const QVariantList &binds) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(sql);
    for (const QVariant &value : binds) {
        query.addBindValue(value);
    }
    return query.exec() && query.next() ? query.value(0).toLongLong() : -1;
}

QString TestRetentionDialog::text(const QString &sql, const QVariantList &binds) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(sql);
    for (const QVariant &value : binds) {
        query.addBindValue(value);
    }
    return query.exec() && query.next() ? query.value(0).toString() : QStringLiteral("<none>");
}

void TestRetentionDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_db.open(m_dir.filePath(QStringLiteral("r.sqlite"))).ok());
    QVERIFY(DemoData::load(m_db, m_phones).ok);
    m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("s.ini")));
    m_settings->setRetentionMonths(24);
    m_context.database = &m_db;
    m_context.phones = &m_phones;
    m_context.settings = m_settings.get();

    // Three candidates not hired, with e-mails, untouched for four years.
    QSqlQuery query(m_db.connection());
    QVERIFY(query.exec(QStringLiteral(
        "SELECT c.id FROM candidates c JOIN pipeline_stages s ON s.id = c.stage_id "
        "WHERE s.kind != 'hired' AND c.email IS NOT NULL AND c.deleted = 0 ORDER BY c.id "
        "LIMIT 3")));
    while (query.next()) {
        m_old << query.value(0).toLongLong();
    }
    QCOMPARE(m_old.size(), 3);
    const QString old = QDateTime::currentDateTimeUtc().addYears(-4).toString(Qt::ISODate);
    for (const qint64 id : std::as_const(m_old)) {
        QSqlQuery update(m_db.connection());
        update.prepare(QStringLiteral("UPDATE candidates SET updated_at = ? WHERE id = ?"));
        update.addBindValue(old);
        update.addBindValue(id);
        QVERIFY(update.exec());
    }
}

std::unique_ptr<RetentionDialog> TestRetentionDialog::makeDialog()
{
    auto dialog = std::make_unique<RetentionDialog>(m_context);
    dialog->setAttachmentsDir(m_dir.filePath(QStringLiteral("attachments")));
    dialog->show();
    return dialog;
}

void TestRetentionDialog::check(RetentionDialog &dialog, const QList<qint64> &ids)
{
    QStandardItemModel *model = dialog.model();
    for (int row = 0; row < model->rowCount(); ++row) {
        QStandardItem *item = model->item(row, 0);
        item->setCheckState(ids.contains(item->data(Qt::UserRole).toLongLong()) ? Qt::Checked
                                                                                : Qt::Unchecked);
    }
}

void TestRetentionDialog::listsCandidatesPastThePeriod()
{
    auto dialog = makeDialog();
    QCOMPARE(dialog->findChild<QSpinBox *>(QStringLiteral("retentionMonthsSpin"))->value(), 24);
    auto *view = dialog->findChild<QTableView *>(QStringLiteral("retentionList"));
    QVERIFY(view);
    QVERIFY(view->isVisible());
    QAbstractItemModelTester tester(view->model());
    const QList<RetentionCandidate> due = RetentionService(m_db).pastRetention(24);
    QVERIFY(due.size() >= 3);
    QCOMPARE(view->model()->rowCount(), due.size());
    for (int row = 0; row < due.size(); ++row) {
        QCOMPARE(view->model()->index(row, 0).data().toString(), due.at(row).fullName);
        QCOMPARE(view->model()->index(row, 1).data().toString(), due.at(row).vacancyTitle);
        QCOMPARE(view->model()->index(row, 2).data().toString(), due.at(row).stageName);
    }
    for (const qint64 id : std::as_const(m_old)) {
        QVERIFY(dialog->checkedIds().contains(id));
    }
}

void TestRetentionDialog::zeroMonthsSwitchesTheReviewOff()
{
    auto dialog = makeDialog();
    auto *spin = dialog->findChild<QSpinBox *>(QStringLiteral("retentionMonthsSpin"));
    spin->setValue(0);
    QCOMPARE(dialog->model()->rowCount(), 0);
    QVERIFY(!dialog->findChild<QTableView *>(QStringLiteral("retentionList"))->isVisible());
    auto *state = dialog->findChild<QLabel *>(QStringLiteral("retentionStateLabel"));
    QVERIFY(state->isVisible());
    QVERIFY(state->text().contains(QStringLiteral("off")));
    QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("anonymizeButton"))->isEnabled());
    // The review's period is not the setting: Settings keep theirs.
    QCOMPARE(m_settings->retentionMonths(), 24);
    spin->setValue(24);
    QVERIFY(dialog->model()->rowCount() >= 3);
}

void TestRetentionDialog::checkingChangesTheButton()
{
    auto dialog = makeDialog();
    auto *button = dialog->findChild<QPushButton *>(QStringLiteral("anonymizeButton"));
    const int rows = dialog->model()->rowCount();
    QCOMPARE(button->text(), QStringLiteral("Anonymise %1…").arg(rows));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("selectNoneButton")),
                      Qt::LeftButton);
    QVERIFY(dialog->checkedIds().isEmpty());
    QVERIFY(!button->isEnabled());
    check(*dialog, {m_old.at(0), m_old.at(1)});
    QCOMPARE(button->text(), QStringLiteral("Anonymise 2…"));
    QVERIFY(button->isEnabled());
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("selectAllButton")),
                      Qt::LeftButton);
    QCOMPARE(dialog->checkedIds().size(), rows);
}

void TestRetentionDialog::cancelKeepsEverything()
{
    auto dialog = makeDialog();
    check(*dialog, {m_old.at(0)});
    const QString name =
        text(QStringLiteral("SELECT full_name FROM candidates WHERE id = ?"), {m_old.at(0)});
    bool asked = false;
    whenModal([&](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        QVERIFY(box);
        asked = true;
        box->button(QMessageBox::Cancel)->click();
    });
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("anonymizeButton")),
                      Qt::LeftButton);
    QVERIFY(asked);
    QCOMPARE(text(QStringLiteral("SELECT full_name FROM candidates WHERE id = ?"), {m_old.at(0)}),
             name);
    QVERIFY(dialog->checkedIds().contains(m_old.at(0)));
}

void TestRetentionDialog::anonymisesTheCheckedOnes()
{
    // An attachment whose file must go with the personal data.
    const QString attachments = m_dir.filePath(QStringLiteral("attachments"));
    QVERIFY(QDir().mkpath(attachments));
    const QString stored = QStringLiteral("cv-%1.pdf").arg(m_old.at(0));
    {
        QFile file(QDir(attachments).filePath(stored));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("%PDF-1.4");
    }
    QSqlQuery insert(m_db.connection());
    insert.prepare(QStringLiteral("INSERT INTO candidate_attachments (candidate_id, file_name, "
                                  "stored_path, added_at) VALUES (?, 'cv.pdf', ?, ?)"));
    insert.addBindValue(m_old.at(0));
    insert.addBindValue(stored);
    insert.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    QVERIFY(insert.exec());

    const QList<qint64> chosen{m_old.at(0), m_old.at(1)};
    const qint64 kept = m_old.at(2);
    const QString source =
        text(QStringLiteral("SELECT source FROM candidates WHERE id = ?"), {chosen.at(0)});
    const qint64 vacancy =
        scalar(QStringLiteral("SELECT vacancy_id FROM candidates WHERE id = ?"), {chosen.at(0)});
    const qint64 stage =
        scalar(QStringLiteral("SELECT stage_id FROM candidates WHERE id = ?"), {chosen.at(0)});

    auto dialog = makeDialog();
    const int before = dialog->model()->rowCount();
    check(*dialog, chosen);
    QSignalSpy spy(dialog.get(), &RetentionDialog::candidatesAnonymized);
    QString question;
    whenModal([&](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        QVERIFY(box);
        question = box->text() + u'\n' + box->informativeText();
        for (QAbstractButton *button : box->buttons()) {
            if (box->buttonRole(button) == QMessageBox::DestructiveRole) {
                button->click();
            }
        }
    });
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("anonymizeButton")),
                      Qt::LeftButton);
    // The confirmation says what is erased and what is kept.
    for (const auto *word : {"2 candidate", "names", "phone", "e-mail", "notes", "attached",
                             "vacancy, stage, source and dates"}) {
        QVERIFY2(question.contains(QLatin1String(word)), word);
    }
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(0).value<QList<qint64>>(), chosen);

    for (const qint64 id : chosen) {
        QVERIFY(!text(QStringLiteral("SELECT anonymized_at FROM candidates WHERE id = ?"), {id})
                     .isEmpty());
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM candidates WHERE id = ? AND email "
                                       "IS NULL AND phone_e164 IS NULL AND notes IS NULL"),
                        {id}),
                 1);
        QVERIFY(text(QStringLiteral("SELECT full_name FROM candidates WHERE id = ?"), {id})
                    .startsWith(QStringLiteral("Anonymised")));
    }
    QCOMPARE(text(QStringLiteral("SELECT source FROM candidates WHERE id = ?"), {chosen.at(0)}),
             source);
    QCOMPARE(
        scalar(QStringLiteral("SELECT vacancy_id FROM candidates WHERE id = ?"), {chosen.at(0)}),
        vacancy);
    QCOMPARE(scalar(QStringLiteral("SELECT stage_id FROM candidates WHERE id = ?"), {chosen.at(0)}),
             stage);
    QVERIFY(!QFile::exists(QDir(attachments).filePath(stored)));
    QVERIFY(text(QStringLiteral("SELECT anonymized_at FROM candidates WHERE id = ?"), {kept})
                .isEmpty());

    auto *result = dialog->findChild<QLabel *>(QStringLiteral("retentionResultLabel"));
    QVERIFY(result->isVisible());
    QCOMPARE(result->text(), QStringLiteral("2 candidate(s) anonymised."));
    QCOMPARE(dialog->model()->rowCount(), before - 2);
    QVERIFY(!dialog->checkedIds().contains(chosen.at(0)));
}

void TestRetentionDialog::nothingDueShowsASentence()
{
    m_settings->setRetentionMonths(1200);
    auto dialog = makeDialog();
    m_settings->setRetentionMonths(24);
    auto *spin = dialog->findChild<QSpinBox *>(QStringLiteral("retentionMonthsSpin"));
    QCOMPARE(spin->value(), spin->maximum()); // the spin box caps what the setting holds
    QCOMPARE(dialog->model()->rowCount(), 0);
    auto *state = dialog->findChild<QLabel *>(QStringLiteral("retentionStateLabel"));
    QVERIFY(state->isVisible());
    QVERIFY(state->text().startsWith(QStringLiteral("Nothing is due")));
    QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("anonymizeButton"))->isEnabled());
}

void TestRetentionDialog::screenshot()
{
    const QString directory = qEnvironmentVariable("BBD_SCREENSHOT_DIR");
    if (directory.isEmpty()) {
        QSKIP("Set BBD_SCREENSHOT_DIR to save screenshots.");
    }
    auto dialog = makeDialog();
    dialog->findChild<QSpinBox *>(QStringLiteral("retentionMonthsSpin"))->setValue(1);
    QVERIFY(dialog->grab().save(directory + QStringLiteral("/insights-retention.png")));
    dialog->findChild<QSpinBox *>(QStringLiteral("retentionMonthsSpin"))->setValue(0);
    QVERIFY(dialog->grab().save(directory + QStringLiteral("/insights-retention-off.png")));
}

QTEST_MAIN(TestRetentionDialog)
#include "tst_retentiondialog.moc"
