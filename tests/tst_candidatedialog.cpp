#include "app/AppContext.h"
#include "app/ats/AttachmentStore.h"
#include "app/ats/CandidateRepository.h"
#include "app/ats/MergeService.h"
#include "app/ats/VacancyRepository.h"
#include "app/phones/PhoneNumbers.h"
#include "app/storage/Database.h"
#include "app/storage/DemoData.h"
#include "ui/ats/CandidateDialog.h"
#include "ui/ats/MergeDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace bbd;

namespace {

template <typename T>
T *child(QObject *parent, const QString &name)
{
    return parent->findChild<T *>(name);
}

QPushButton *saveButton(QDialog &dialog)
{
    return child<QDialogButtonBox>(&dialog, QStringLiteral("buttonBox"))
        ->button(QDialogButtonBox::Save);
}

// Answers the next message box with `button` once it is up.
void answerNextMessageBox(QMessageBox::StandardButton button)
{
    QTimer::singleShot(0, qApp, [button] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (box) {
            box->button(button)->click();
        }
    });
}

CandidateRecord comparable(CandidateRecord record)
{
    record.version = 0;
    record.updatedAt = {};
    return record;
}

} // namespace

class TestCandidateDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void editExistingCandidate();
    void stagesFollowTheVacancy();
    void exactDuplicateHoldsTheSave_data();
    void exactDuplicateHoldsTheSave();
    void likelyDuplicateIsOnlyAHint();
    void notesAreAdded();
    void editConflictKeepsTheEdits();
    void escapeAsksBeforeDiscarding();
    void attachmentsAddAndRemove();
    void mergeDialogMergesAndUndoRestores();
    void mergeFromTheDuplicatePanel();
    void undoMergeFromTheTimeline();

private:
    qint64 idOf(const QString &name) const;
    qint64 count() const;

    QTemporaryDir m_dir;
    PhoneNumbers m_phones;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<CandidateRepository> m_repository;
    AppContext m_context;
};

void TestCandidateDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_db = std::make_unique<Database>(QStringLiteral("card-test"));
    QVERIFY(m_db->open(m_dir.filePath(QStringLiteral("card.sqlite"))).ok());
    const DemoLoadResult demo = DemoData::load(*m_db, m_phones);
    QVERIFY2(demo.ok, qPrintable(demo.error));
    QVERIFY(demo.invalidPhones > 0);
    m_repository = std::make_unique<CandidateRepository>(*m_db, m_phones);
    m_context = {m_db.get(), &m_phones, nullptr, nullptr};
}

void TestCandidateDialog::cleanupTestCase()
{
    m_repository.reset();
    m_db.reset();
}

qint64 TestCandidateDialog::idOf(const QString &name) const
{
    QSqlQuery query(m_db->connection());
    query.prepare(QStringLiteral("SELECT id FROM candidates WHERE full_name = ? AND "
                                 "merged_into_id IS NULL ORDER BY id LIMIT 1"));
    query.addBindValue(name);
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

qint64 TestCandidateDialog::count() const
{
    QSqlQuery query(m_db->connection());
    return query.exec(QStringLiteral("SELECT count(*) FROM candidates")) && query.next()
               ? query.value(0).toLongLong()
               : -1;
}

void TestCandidateDialog::editExistingCandidate()
{
    // Her number in the demo is cut short: it must be shown as typed, flagged, and kept.
    const qint64 id = idOf(QStringLiteral("Павлова Ольга Николаевна"));
    QVERIFY(id);
    CandidateDialog dialog(m_context);
    QVERIFY(dialog.openCandidate(id));
    auto *name = child<QLineEdit>(&dialog, QStringLiteral("nameEdit"));
    QCOMPARE(name->text(), QStringLiteral("Павлова Ольга Николаевна"));
    QCOMPARE(child<QLineEdit>(&dialog, QStringLiteral("phoneEdit_0"))->text(),
             QStringLiteral("8 916 11"));
    auto *phoneProblem = child<QLabel>(&dialog, QStringLiteral("phoneProblem_0"));
    QVERIFY(!phoneProblem->isHidden());
    QVERIFY(phoneProblem->text().startsWith(QStringLiteral("kept as typed: ")));
    QVERIFY(!dialog.isModified());

    name->setText(QStringLiteral("Павлова Ольга"));
    child<QPushButton>(&dialog, QStringLiteral("phoneAddButton"))->click();
    auto *secondPhone = child<QLineEdit>(&dialog, QStringLiteral("phoneEdit_1"));
    QVERIFY(secondPhone);
    QTest::keyClicks(secondPhone, QStringLiteral("+7 916 0"));
    QVERIFY(!child<QLabel>(&dialog, QStringLiteral("phoneProblem_1"))->isHidden());
    QTest::keyClicks(secondPhone, QStringLiteral("00 12 34"));
    QVERIFY(child<QLabel>(&dialog, QStringLiteral("phoneProblem_1"))->isHidden());
    child<QPushButton>(&dialog, QStringLiteral("emailAddButton"))->click();
    auto *secondEmail = child<QLineEdit>(&dialog, QStringLiteral("emailEdit_1"));
    secondEmail->setText(QStringLiteral("olga@"));
    QVERIFY(!child<QLabel>(&dialog, QStringLiteral("emailProblem_1"))->isHidden());
    child<QSpinBox>(&dialog, QStringLiteral("ratingSpin"))->setValue(5);
    child<QLineEdit>(&dialog, QStringLiteral("tagsEdit"))
        ->setText(QStringLiteral("senior, рекомендация, Go"));
    auto *consent = child<QComboBox>(&dialog, QStringLiteral("consentCombo"));
    consent->setCurrentIndex(consent->findData(consentKey(Consent::Given)));
    QVERIFY(child<QDateEdit>(&dialog, QStringLiteral("consentDate"))->isEnabled());
    child<QDateEdit>(&dialog, QStringLiteral("consentDate"))->setDate(QDate(2026, 11, 2));
    child<QComboBox>(&dialog, QStringLiteral("sourceCombo"))
        ->setCurrentText(QStringLiteral("LinkedIn"));
    child<QPlainTextEdit>(&dialog, QStringLiteral("notesEdit"))
        ->setPlainText(QStringLiteral("Перезвонить в среду."));
    QVERIFY(dialog.isModified());

    // A bad address stops the save; everything typed stays.
    saveButton(dialog)->click();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    auto *problems = child<QLabel>(&dialog, QStringLiteral("problemLabel"));
    QVERIFY(!problems->isHidden());
    QVERIFY(problems->text().contains(QStringLiteral("olga@")));
    QCOMPARE(secondEmail->text(), QStringLiteral("olga@"));
    QCOMPARE(name->text(), QStringLiteral("Павлова Ольга"));
    QCOMPARE(m_repository->load(id)->fullName, QStringLiteral("Павлова Ольга Николаевна"));

    secondEmail->setText(QStringLiteral("Olga@Work.ru"));
    QSignalSpy saved(&dialog, &CandidateDialog::candidateSaved);
    saveButton(dialog)->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(saved.count(), 1);
    QCOMPARE(saved.first().first().toLongLong(), id);

    const CandidateRecord stored = *m_repository->load(id);
    QCOMPARE(stored.fullName, QStringLiteral("Павлова Ольга"));
    QCOMPARE(stored.phones.size(), 2);
    QCOMPARE(stored.phones.at(0), (PhoneEntry{QStringLiteral("8 916 11"), QString()}));
    QCOMPARE(stored.phones.at(1).e164, QStringLiteral("+79160001234"));
    QCOMPARE(stored.emails, (QStringList{QStringLiteral("olga.pavlova@gmail.com"),
                                         QStringLiteral("olga@work.ru")}));
    QCOMPARE(stored.rating, 5);
    QCOMPARE(stored.tags, (QStringList{QStringLiteral("senior"), QStringLiteral("рекомендация"),
                                       QStringLiteral("Go")}));
    QCOMPARE(stored.consent, Consent::Given);
    QCOMPARE(stored.consentAt.toLocalTime().date(), QDate(2026, 11, 2));
    QCOMPARE(stored.source, QStringLiteral("LinkedIn"));
    QCOMPARE(stored.notes, QStringLiteral("Перезвонить в среду."));
    const QList<CandidateEvent> timeline = m_repository->timeline(id);
    QCOMPARE(timeline.first().kind, CandidateEvent::Kind::Edit);
    QVERIFY(timeline.first().text.contains(QStringLiteral("phones")));

    // Reopened, the card shows what was stored and nothing counts as changed.
    CandidateDialog again(m_context);
    QVERIFY(again.openCandidate(id));
    QVERIFY(!again.isModified());
    QCOMPARE(child<QListWidget>(&again, QStringLiteral("timelineList"))->count(), timeline.size());
    QVERIFY(child<QListWidget>(&again, QStringLiteral("timelineList"))
                ->item(0)
                ->text()
                .contains(QStringLiteral("Edited")));
}

void TestCandidateDialog::stagesFollowTheVacancy()
{
    CandidateDialog dialog(m_context);
    auto *vacancy = child<QComboBox>(&dialog, QStringLiteral("vacancyCombo"));
    auto *stage = child<QComboBox>(&dialog, QStringLiteral("stageCombo"));
    QVERIFY(vacancy->count() >= 3);
    const VacancyRepository vacancies(*m_db);
    for (int i = 1; i < vacancy->count(); ++i) {
        vacancy->setCurrentIndex(i);
        const QList<PipelineStage> stages = vacancies.stages(vacancy->currentData().toLongLong());
        QCOMPARE(stage->count(), stages.size());
        for (int s = 0; s < stages.size(); ++s) {
            QCOMPARE(stage->itemText(s), stages.at(s).name);
        }
        // A rejected column asks for the reason.
        const int rejected = int(std::find_if(stages.cbegin(), stages.cend(),
                                              [](const PipelineStage &p) {
                                                  return p.kind == PipelineStage::Kind::Rejected;
                                              }) -
                                 stages.cbegin());
        if (rejected < stages.size()) {
            stage->setCurrentIndex(rejected);
            QVERIFY(!child<QLineEdit>(&dialog, QStringLiteral("rejectionEdit"))->isHidden());
            stage->setCurrentIndex(0);
            QVERIFY(child<QLineEdit>(&dialog, QStringLiteral("rejectionEdit"))->isHidden());
        }
    }
    vacancy->setCurrentIndex(0);
    QVERIFY(!stage->isEnabled());
}

void TestCandidateDialog::exactDuplicateHoldsTheSave_data()
{
    QTest::addColumn<QString>("existing");
    QTest::addColumn<QString>("phone");
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("shown");
    QTest::newRow("same phone, other format")
        << QStringLiteral("Соколов Игорь Дмитриевич") << QStringLiteral("+7 916 482 37 15")
        << QString() << QStringLiteral("same phone +79164823715");
    QTest::newRow("same e-mail, other case") << QStringLiteral("Волков Артём Евгеньевич")
                                             << QString() << QStringLiteral(" a.volkov@GMAIL.com ")
                                             << QStringLiteral("same e-mail a.volkov@gmail.com");
}

void TestCandidateDialog::exactDuplicateHoldsTheSave()
{
    QFETCH(QString, existing);
    QFETCH(QString, phone);
    QFETCH(QString, email);
    QFETCH(QString, shown);
    const qint64 existingId = idOf(existing);
    QVERIFY(existingId);
    const CandidateRecord other = *m_repository->load(existingId);
    const qint64 before = count();

    CandidateDialog dialog(m_context);
    dialog.newCandidate(other.vacancyId);
    QCOMPARE(dialog.candidateId(), 0);
    child<QLineEdit>(&dialog, QStringLiteral("nameEdit"))->setText(QStringLiteral("Новый Человек"));
    child<QLineEdit>(&dialog, QStringLiteral("phoneEdit_0"))->setText(phone);
    child<QLineEdit>(&dialog, QStringLiteral("emailEdit_0"))->setText(email);
    saveButton(dialog)->click();

    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(count(), before);
    auto *panel = child<QFrame>(&dialog, QStringLiteral("duplicatePanel"));
    QVERIFY(!panel->isHidden());
    const QString text = child<QLabel>(&dialog, QStringLiteral("duplicateLabel"))->text();
    QVERIFY2(text.contains(existing), qPrintable(text));
    QVERIFY2(text.contains(shown), qPrintable(text));
    QVERIFY(!child<QPushButton>(&dialog, QStringLiteral("mergeButton"))->isHidden());
    auto *saveAnyway = child<QPushButton>(&dialog, QStringLiteral("saveAnywayButton"));
    QVERIFY(!saveAnyway->isHidden());

    // "Open that card" shows the other candidate; the new one stays as typed.
    child<QPushButton>(&dialog, QStringLiteral("openDuplicateButton"))->click();
    const QList<CandidateDialog *> opened = dialog.findChildren<CandidateDialog *>();
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.first()->candidateId(), existingId);
    QVERIFY(opened.first()->isVisible());
    opened.first()->reject();
    QCOMPARE(child<QLineEdit>(&dialog, QStringLiteral("nameEdit"))->text(),
             QStringLiteral("Новый Человек"));

    // Save anyway keeps both, and nothing is merged.
    saveAnyway->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(count(), before + 1);
    QVERIFY(dialog.candidateId() != 0);
    QCOMPARE(dialog.mergeId(), 0);
    QCOMPARE(m_repository->load(existingId)->mergedIntoId, 0);
    QCOMPARE(m_repository->load(dialog.candidateId())->fullName, QStringLiteral("Новый Человек"));
}

void TestCandidateDialog::likelyDuplicateIsOnlyAHint()
{
    const qint64 before = count();
    CandidateDialog dialog(m_context);
    dialog.newCandidate(0);
    child<QLineEdit>(&dialog, QStringLiteral("nameEdit"))
        ->setText(QStringLiteral("Фёдоров Никита Олегович"));
    child<QLineEdit>(&dialog, QStringLiteral("phoneEdit_0"))
        ->setText(QStringLiteral("8 999 794-47-06"));
    auto *panel = child<QFrame>(&dialog, QStringLiteral("duplicatePanel"));
    QTRY_VERIFY(!panel->isHidden());
    QVERIFY(child<QLabel>(&dialog, QStringLiteral("duplicateLabel"))
                ->text()
                .contains(QStringLiteral("Possibly")));
    QVERIFY(child<QPushButton>(&dialog, QStringLiteral("saveAnywayButton"))->isHidden());
    saveButton(dialog)->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(count(), before + 1);
}

void TestCandidateDialog::notesAreAdded()
{
    const qint64 id = idOf(QStringLiteral("Медведев Кирилл Андреевич"));
    CandidateDialog dialog(m_context);
    QVERIFY(dialog.openCandidate(id));
    auto *timeline = child<QListWidget>(&dialog, QStringLiteral("timelineList"));
    auto *note = child<QPlainTextEdit>(&dialog, QStringLiteral("noteEdit"));
    auto *add = child<QPushButton>(&dialog, QStringLiteral("addNoteButton"));
    const int before = timeline->count();
    QVERIFY(!add->isEnabled());
    note->setPlainText(QStringLiteral("Звонил, просит перезвонить завтра"));
    QVERIFY(add->isEnabled());
    add->click();
    QCOMPARE(timeline->count(), before + 1);
    QVERIFY(timeline->item(0)->text().contains(QStringLiteral("просит перезвонить")));
    QVERIFY(note->toPlainText().isEmpty());
    QCOMPARE(m_repository->timeline(id).first().kind, CandidateEvent::Kind::Note);

    // Ctrl+Enter in the note field does the same.
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    child<QTabWidget>(&dialog, QStringLiteral("tabs"))->setCurrentIndex(1);
    note->setFocus();
    QTest::keyClicks(note, QStringLiteral("Second call"));
    QTest::keyClick(note, Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE(timeline->count(), before + 2);
    QCOMPARE(m_repository->timeline(id).first().text, QStringLiteral("Second call"));
    // Notes do not make the card "modified".
    QVERIFY(!dialog.isModified());
}

void TestCandidateDialog::editConflictKeepsTheEdits()
{
    const qint64 id = idOf(QStringLiteral("Ершов Станислав Павлович"));
    CandidateDialog dialog(m_context);
    QVERIFY(dialog.openCandidate(id));
    // Someone else saves the same candidate meanwhile.
    CandidateRecord elsewhere = *m_repository->load(id);
    elsewhere.rating = 1;
    QVERIFY(m_repository->update(elsewhere));

    auto *notes = child<QPlainTextEdit>(&dialog, QStringLiteral("notesEdit"));
    notes->setPlainText(QStringLiteral("Мои правки"));
    saveButton(dialog)->click();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    auto *problems = child<QLabel>(&dialog, QStringLiteral("problemLabel"));
    QVERIFY(!problems->isHidden());
    QVERIFY(problems->text().contains(QStringLiteral("changed this candidate")));
    QCOMPARE(notes->toPlainText(), QStringLiteral("Мои правки"));
    QCOMPARE(m_repository->load(id)->rating, 1);
    QVERIFY(m_repository->load(id)->notes.isEmpty());
}

void TestCandidateDialog::escapeAsksBeforeDiscarding()
{
    const qint64 id = idOf(QStringLiteral("Лебедев Георгий Максимович"));
    CandidateDialog dialog(m_context);
    QVERIFY(dialog.openCandidate(id));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    child<QLineEdit>(&dialog, QStringLiteral("nameEdit"))->setText(QStringLiteral("Лебедев Г."));

    answerNextMessageBox(QMessageBox::Cancel);
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QVERIFY(dialog.isVisible());
    QCOMPARE(child<QLineEdit>(&dialog, QStringLiteral("nameEdit"))->text(),
             QStringLiteral("Лебедев Г."));

    answerNextMessageBox(QMessageBox::Discard);
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(m_repository->load(id)->fullName, QStringLiteral("Лебедев Георгий Максимович"));

    // Without edits Escape closes at once.
    CandidateDialog untouched(m_context);
    QVERIFY(untouched.openCandidate(id));
    untouched.show();
    QVERIFY(QTest::qWaitForWindowExposed(&untouched));
    QTest::keyClick(&untouched, Qt::Key_Escape);
    QVERIFY(!untouched.isVisible());
}

void TestCandidateDialog::attachmentsAddAndRemove()
{
    const qint64 id = idOf(QStringLiteral("Морозова Екатерина Юрьевна"));
    const QString file = m_dir.filePath(QStringLiteral("Резюме.txt"));
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("Резюме\n");
    }
    CandidateDialog dialog(m_context);
    QVERIFY(dialog.openCandidate(id));
    auto *list = child<QListWidget>(&dialog, QStringLiteral("attachmentList"));
    auto *remove = child<QPushButton>(&dialog, QStringLiteral("removeAttachmentButton"));
    QCOMPARE(list->count(), 0);
    QVERIFY(child<QPushButton>(&dialog, QStringLiteral("addAttachmentButton"))->isEnabled());
    QVERIFY(!remove->isEnabled());
    dialog.addAttachments({file, m_dir.filePath(QStringLiteral("missing.pdf"))});
    QCOMPARE(list->count(), 1);
    QVERIFY(list->item(0)->text().contains(QStringLiteral("Резюме.txt")));
    // The one that could not be read is reported, not skipped in silence.
    QVERIFY(child<QLabel>(&dialog, QStringLiteral("problemLabel"))
                ->text()
                .contains(QStringLiteral("missing.pdf")));
    QCOMPARE(m_repository->timeline(id).first().kind, CandidateEvent::Kind::Attachment);
    const AttachmentStore store(*m_db);
    const CandidateAttachment stored = store.list(id).first();
    QVERIFY(QFile::exists(store.absolutePath(stored)));

    list->setCurrentRow(0);
    QVERIFY(remove->isEnabled());
    answerNextMessageBox(QMessageBox::Cancel);
    remove->click();
    QCOMPARE(list->count(), 1);
    answerNextMessageBox(QMessageBox::Yes);
    remove->click();
    QCOMPARE(list->count(), 0);
    QVERIFY(!QFile::exists(store.absolutePath(stored)));
    QVERIFY(m_repository->timeline(id).first().text.contains(QStringLiteral("Removed")));

    // A new card has nowhere to keep files yet.
    CandidateDialog fresh(m_context);
    fresh.newCandidate(0);
    QVERIFY(!child<QPushButton>(&fresh, QStringLiteral("addAttachmentButton"))->isEnabled());
    QVERIFY(!child<QPushButton>(&fresh, QStringLiteral("addNoteButton"))->isEnabled());
}

void TestCandidateDialog::mergeDialogMergesAndUndoRestores()
{
    const qint64 left = idOf(QStringLiteral("Крылова Валерия Андреевна"));
    const qint64 right = idOf(QStringLiteral("Романова Полина Викторовна"));
    QVERIFY(left && right);
    const CandidateRecord leftBefore = *m_repository->load(left);
    const CandidateRecord rightBefore = *m_repository->load(right);
    const int leftEvents = int(m_repository->timeline(left).size());
    const int rightEvents = int(m_repository->timeline(right).size());

    MergeDialog dialog(m_context, left, right);
    QVERIFY(dialog.isReady());
    for (const QString &field : MergeDialog::fields()) {
        QVERIFY2(child<QRadioButton>(&dialog, QStringLiteral("leftRadio_") + field),
                 qPrintable(field));
        QVERIFY2(child<QRadioButton>(&dialog, QStringLiteral("rightRadio_") + field),
                 qPrintable(field));
    }
    // Two different tag lists are kept together unless the user says otherwise.
    QVERIFY(child<QRadioButton>(&dialog, QStringLiteral("bothRadio_tags"))->isChecked());
    QVERIFY(child<QRadioButton>(&dialog, QStringLiteral("bothRadio_emails"))->isChecked());
    QVERIFY(child<QRadioButton>(&dialog, QStringLiteral("leftRadio_source"))->isChecked());
    child<QRadioButton>(&dialog, QStringLiteral("rightRadio_name"))->click();
    child<QRadioButton>(&dialog, QStringLiteral("bothRadio_phones"))->click();
    child<QRadioButton>(&dialog, QStringLiteral("rightRadio_rating"))->click();
    child<QRadioButton>(&dialog, QStringLiteral("leftRadio_tags"))->click();
    QVERIFY(child<QLabel>(&dialog, QStringLiteral("previewLabel"))
                ->text()
                .contains(QStringLiteral("Романова Полина Викторовна")));

    QSignalSpy merged(&dialog, &MergeDialog::merged);
    child<QPushButton>(&dialog, QStringLiteral("mergeButton"))->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(merged.count(), 1);
    const qint64 mergeId = dialog.mergeId();
    QVERIFY(mergeId);

    const CandidateRecord survivor = *m_repository->load(left);
    QCOMPARE(survivor.fullName, rightBefore.fullName);
    QCOMPARE(survivor.phones, leftBefore.phones + rightBefore.phones);
    QCOMPARE(survivor.rating, rightBefore.rating);
    QCOMPARE(survivor.tags, leftBefore.tags);
    QCOMPARE(survivor.emails, leftBefore.emails + rightBefore.emails);
    QCOMPARE(survivor.source, leftBefore.source);
    QCOMPARE(m_repository->load(right)->mergedIntoId, left);
    QCOMPARE(m_repository->timeline(left).size(), leftEvents + rightEvents + 1);

    MergeService service(*m_db, m_phones);
    QVERIFY2(service.undoMerge(mergeId), qPrintable(service.lastError()));
    QCOMPARE(comparable(*m_repository->load(left)), comparable(leftBefore));
    QCOMPARE(comparable(*m_repository->load(right)), comparable(rightBefore));
    QCOMPARE(m_repository->timeline(left).size(), leftEvents);
    QCOMPARE(m_repository->timeline(right).size(), rightEvents);
    QCOMPARE(service.history(left).size(), 1);
    QVERIFY(service.history(left).first().isUndone());
}

void TestCandidateDialog::mergeFromTheDuplicatePanel()
{
    const qint64 existing = idOf(QStringLiteral("Григорьев Илья Владимирович"));
    const CandidateRecord existingBefore = *m_repository->load(existing);
    const qint64 before = count();

    CandidateDialog dialog(m_context);
    dialog.newCandidate(existingBefore.vacancyId);
    child<QLineEdit>(&dialog, QStringLiteral("nameEdit"))
        ->setText(QStringLiteral("Григорьев Илья"));
    child<QLineEdit>(&dialog, QStringLiteral("phoneEdit_0"))
        ->setText(QStringLiteral("8 929 730 12 31"));
    child<QLineEdit>(&dialog, QStringLiteral("emailEdit_0"))
        ->setText(QStringLiteral("ilya@work.ru"));
    saveButton(dialog)->click();
    QVERIFY(!child<QFrame>(&dialog, QStringLiteral("duplicatePanel"))->isHidden());

    // The merge dialog comes up modal; keep the existing card, add the new address.
    bool sawMergeDialog = false;
    QTimer::singleShot(0, qApp, [&sawMergeDialog] {
        auto *merge = qobject_cast<MergeDialog *>(QApplication::activeModalWidget());
        if (!merge) {
            return;
        }
        sawMergeDialog = true;
        merge->findChild<QRadioButton *>(QStringLiteral("bothRadio_emails"))->click();
        merge->findChild<QRadioButton *>(QStringLiteral("leftRadio_name"))->click();
        merge->findChild<QPushButton *>(QStringLiteral("mergeButton"))->click();
    });
    QSignalSpy mergedSpy(&dialog, &CandidateDialog::candidateMerged);
    child<QPushButton>(&dialog, QStringLiteral("mergeButton"))->click();
    QVERIFY(sawMergeDialog);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(mergedSpy.count(), 1);
    QCOMPARE(mergedSpy.first().at(1).toLongLong(), existing);
    const qint64 mergeId = dialog.mergeId();
    QVERIFY(mergeId);
    const qint64 newId = dialog.candidateId();
    QVERIFY(newId);
    QCOMPARE(count(), before + 1); // the new card is kept, folded into the existing one
    QCOMPARE(m_repository->load(newId)->mergedIntoId, existing);
    const CandidateRecord survivor = *m_repository->load(existing);
    QCOMPARE(survivor.fullName, existingBefore.fullName);
    QCOMPARE(survivor.emails, existingBefore.emails + QStringList{QStringLiteral("ilya@work.ru")});

    MergeService service(*m_db, m_phones);
    QVERIFY(service.undoMerge(mergeId));
    QCOMPARE(comparable(*m_repository->load(existing)), comparable(existingBefore));
    QCOMPARE(m_repository->load(newId)->mergedIntoId, 0);
}

void TestCandidateDialog::undoMergeFromTheTimeline()
{
    const qint64 left = idOf(QStringLiteral("Никитин Артур Ренатович"));
    const qint64 right = idOf(QStringLiteral("Соловьёва Дарья Алексеевна"));
    const CandidateRecord leftBefore = *m_repository->load(left);
    const CandidateRecord rightBefore = *m_repository->load(right);
    MergeService service(*m_db, m_phones);
    const qint64 mergeId = service.merge(left, right, rightBefore);
    QVERIFY2(mergeId, qPrintable(service.lastError()));

    CandidateDialog dialog(m_context);
    QVERIFY(dialog.openCandidate(left));
    QCOMPARE(child<QLineEdit>(&dialog, QStringLiteral("nameEdit"))->text(), rightBefore.fullName);
    auto *timeline = child<QListWidget>(&dialog, QStringLiteral("timelineList"));
    auto *undo = child<QPushButton>(&dialog, QStringLiteral("undoMergeButton"));
    QVERIFY(!undo->isEnabled());
    int mergeRow = -1;
    for (int i = 0; i < timeline->count(); ++i) {
        if (timeline->item(i)->text().contains(QStringLiteral("Merged"))) {
            mergeRow = i;
        }
    }
    QVERIFY(mergeRow >= 0);
    timeline->setCurrentRow(mergeRow);
    QVERIFY(undo->isEnabled());

    QSignalSpy undone(&dialog, &CandidateDialog::mergeUndone);
    answerNextMessageBox(QMessageBox::Yes);
    undo->click();
    QCOMPARE(undone.count(), 1);
    QCOMPARE(undone.first().first().toLongLong(), mergeId);
    QCOMPARE(comparable(*m_repository->load(left)), comparable(leftBefore));
    QCOMPARE(comparable(*m_repository->load(right)), comparable(rightBefore));
    // The card shows the restored candidate at once.
    QCOMPARE(child<QLineEdit>(&dialog, QStringLiteral("nameEdit"))->text(), leftBefore.fullName);
    QVERIFY(!dialog.isModified());
}

QTEST_MAIN(TestCandidateDialog)
#include "tst_candidatedialog.moc"
