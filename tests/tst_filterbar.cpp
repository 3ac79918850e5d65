#include "app/ats/CandidateRepository.h"
#include "app/ats/VacancyRepository.h"
#include "app/phones/PhoneNumbers.h"
#include "app/storage/Database.h"
#include "ui/ats/FilterBar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace bbd;

class TestFilterBar : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void typingIsDebounced();
    void controlsApplyAtOnce_data();
    void controlsApplyAtOnce();
    void stagesFollowTheVacancy();
    void dateRange();
    void saveAndReapply();
    void unknownValuesAreKept();
    void resetAndFocus();

private:
    template <typename T>
    T *child(const char *name)
    {
        T *widget = m_bar->findChild<T *>(QLatin1String(name));
        if (!widget) {
            qWarning("no child %s", name);
        }
        return widget;
    }
    CandidateFilter lastEmitted(const QSignalSpy &spy)
    {
        return spy.last().at(0).value<CandidateFilter>();
    }

    QTemporaryDir m_dir;
    PhoneNumbers m_phones;
    Database m_db{QStringLiteral("tst-filterbar")};
    std::unique_ptr<FilterBar> m_bar;
    qint64 m_vacancy = 0;
    qint64 m_stage = 0;
};

void TestFilterBar::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qRegisterMetaType<CandidateFilter>("bbd::CandidateFilter");
    QVERIFY(m_db.open(m_dir.filePath(QStringLiteral("bar.sqlite"))).ok());
    VacancyRepository vacancies(m_db);
    Vacancy vacancy;
    vacancy.title = QStringLiteral("Кладовщик");
    m_vacancy = vacancies.create(vacancy);
    QVERIFY(m_vacancy != 0);
    m_stage = vacancies.stages(m_vacancy).at(1).id;
    CandidateRepository repository(m_db, m_phones);
    CandidateRecord record;
    record.fullName = QStringLiteral("Иван Петров");
    record.source = QStringLiteral("hh.ru");
    record.tags = {QStringLiteral("склад")};
    record.vacancyId = m_vacancy;
    record.stageId = m_stage;
    QVERIFY(repository.create(record) != 0);
}

void TestFilterBar::init()
{
    m_bar = std::make_unique<FilterBar>(m_db);
    m_bar->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_bar.get()));
}

void TestFilterBar::typingIsDebounced()
{
    QSignalSpy spy(m_bar.get(), &FilterBar::filterChanged);
    auto *edit = child<QLineEdit>("searchEdit");
    QVERIFY(edit);
    QVERIFY(edit->isClearButtonEnabled());
    QVERIFY(!edit->placeholderText().isEmpty());
    QTest::keyClicks(edit, QStringLiteral("Iva"));
    QCOMPARE(spy.count(), 0); // not per keystroke
    QTRY_COMPARE(spy.count(), 1);
    QCOMPARE(lastEmitted(spy).text, u"Iva"_qs);
    // Nothing new after the pause.
    QTest::qWait(2 * FilterBar::DebounceMs);
    QCOMPARE(spy.count(), 1);
    // Enter applies at once.
    QTest::keyClick(edit, Qt::Key_N);
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(spy.count(), 2);
    QCOMPARE(lastEmitted(spy).text, u"Ivan"_qs);
}

void TestFilterBar::controlsApplyAtOnce_data()
{
    QTest::addColumn<QString>("combo");
    QTest::addColumn<QString>("itemText");
    QTest::newRow("vacancy") << u"vacancyCombo"_qs << u"Кладовщик"_qs;
    QTest::newRow("source") << u"sourceCombo"_qs << u"hh.ru"_qs;
    QTest::newRow("tag") << u"tagCombo"_qs << u"склад"_qs;
}

void TestFilterBar::controlsApplyAtOnce()
{
    QFETCH(QString, combo);
    QFETCH(QString, itemText);
    QSignalSpy spy(m_bar.get(), &FilterBar::filterChanged);
    auto *box = m_bar->findChild<QComboBox *>(combo);
    QVERIFY(box);
    box->showPopup(); // sources and tags are read when the list is first opened
    box->hidePopup();
    QCOMPARE(spy.count(), 0);
    const int index = box->findText(itemText);
    QVERIFY(index > 0);
    box->setCurrentIndex(index);
    QCOMPARE(spy.count(), 1);
    const CandidateFilter filter = lastEmitted(spy);
    if (combo == u"vacancyCombo") {
        QCOMPARE(filter.vacancyId, m_vacancy);
    } else if (combo == u"sourceCombo") {
        QCOMPARE(filter.source, itemText);
    } else {
        QCOMPARE(filter.tag, itemText);
    }
    child<QSpinBox>("ratingSpin")->setValue(3);
    QCOMPARE(spy.count(), 2);
    QCOMPARE(lastEmitted(spy).minRating, 3);
}

void TestFilterBar::stagesFollowTheVacancy()
{
    auto *vacancy = child<QComboBox>("vacancyCombo");
    auto *stage = child<QComboBox>("stageCombo");
    QVERIFY(!stage->isEnabled());
    QCOMPARE(stage->count(), 1);
    QSignalSpy spy(m_bar.get(), &FilterBar::filterChanged);
    vacancy->setCurrentIndex(vacancy->findData(m_vacancy));
    QVERIFY(stage->isEnabled());
    QVERIFY(stage->count() > 2);
    stage->setCurrentIndex(stage->findData(m_stage));
    QCOMPARE(spy.count(), 2);
    QCOMPARE(lastEmitted(spy).stageId, m_stage);
    // Another vacancy drops the stage of the first one.
    vacancy->setCurrentIndex(0);
    QCOMPARE(lastEmitted(spy).stageId, 0);
    QCOMPARE(lastEmitted(spy).vacancyId, 0);
}

void TestFilterBar::dateRange()
{
    auto *any = child<QCheckBox>("anyDateCheck");
    auto *from = child<QDateEdit>("fromDate");
    auto *to = child<QDateEdit>("toDate");
    QVERIFY(any->isChecked());
    QVERIFY(!from->isEnabled());
    QSignalSpy spy(m_bar.get(), &FilterBar::filterChanged);
    from->setDate(QDate(2026, 1, 1)); // ignored while "any date" is checked
    QCOMPARE(spy.count(), 0);
    any->setChecked(false);
    QVERIFY(from->isEnabled() && to->isEnabled());
    QCOMPARE(spy.count(), 1);
    QCOMPARE(lastEmitted(spy).appliedFrom, QDate(2026, 1, 1));
    QCOMPARE(lastEmitted(spy).appliedTo, to->date());
    to->setDate(QDate(2026, 2, 1));
    QCOMPARE(lastEmitted(spy).appliedTo, QDate(2026, 2, 1));
}

void TestFilterBar::saveAndReapply()
{
    auto *edit = child<QLineEdit>("searchEdit");
    auto *saved = child<QComboBox>("savedFilterCombo");
    QVERIFY(child<QPushButton>("saveFilterButton"));
    edit->setText(QStringLiteral("Иван 916"));
    auto *sources = child<QComboBox>("sourceCombo");
    QCOMPARE(sources->count(), 1); // not read yet
    sources->setFocus();           // focusing reads them, so arrow keys can choose
    QTRY_COMPARE(sources->count(), 2);
    sources->setCurrentIndex(1);
    const CandidateFilter wanted = m_bar->filter();
    QCOMPARE(m_bar->saveCurrentFilter(QStringLiteral("Мои")), SavedFilters::SaveResult::Saved);
    QCOMPARE(saved->currentText(), u"Мои"_qs);
    QCOMPARE(m_bar->saveCurrentFilter(QStringLiteral("Мои")), SavedFilters::SaveResult::NameTaken);
    QVERIFY(m_bar->lastError().contains(u"Мои"));

    child<QPushButton>("resetFilterButton")->click();
    QVERIFY(m_bar->filter().isEmpty());
    QCOMPARE(saved->currentIndex(), 0);

    QSignalSpy spy(m_bar.get(), &FilterBar::filterChanged);
    const int index = saved->findText(QStringLiteral("Мои"));
    QVERIFY(index > 0);
    saved->setCurrentIndex(index);
    emit saved->activated(index); // what a click on the item does
    QCOMPARE(spy.count(), 1);
    QCOMPARE(lastEmitted(spy), wanted);
    QCOMPARE(edit->text(), u"Иван 916"_qs);
    QVERIFY(child<QPushButton>("deleteFilterButton")->isEnabled());

    // Another bar on the same database lists it too; deleting removes it.
    FilterBar other(m_db);
    auto *otherSaved = other.findChild<QComboBox *>(QStringLiteral("savedFilterCombo"));
    QCOMPARE(otherSaved->count(), 2);
    QVERIFY(m_bar->deleteSavedFilter(saved->itemData(index).toLongLong()));
    QCOMPARE(saved->count(), 1);
}

void TestFilterBar::unknownValuesAreKept()
{
    CandidateFilter filter;
    filter.vacancyId = 999999;
    filter.source = QStringLiteral("Ярмарка вакансий");
    filter.tag = QStringLiteral("нет такого");
    filter.appliedFrom = QDate(2025, 3, 1);
    QSignalSpy spy(m_bar.get(), &FilterBar::filterChanged);
    m_bar->setFilter(filter);
    QCOMPARE(spy.count(), 1);
    const CandidateFilter shown = m_bar->filter();
    QCOMPARE(shown.vacancyId, filter.vacancyId);
    QCOMPARE(shown.source, filter.source);
    QCOMPARE(shown.tag, filter.tag);
    QCOMPARE(shown.appliedFrom, filter.appliedFrom);
    QVERIFY(shown.appliedTo.isValid()); // an open end becomes the widest date
    m_bar->setFilter(shown);
    QCOMPARE(spy.count(), 1); // unchanged: no second signal
}

void TestFilterBar::resetAndFocus()
{
    auto *edit = child<QLineEdit>("searchEdit");
    edit->setText(QStringLiteral("abc"));
    child<QSpinBox>("ratingSpin")->setValue(2);
    QSignalSpy spy(m_bar.get(), &FilterBar::filterChanged);
    child<QPushButton>("resetFilterButton")->click();
    QCOMPARE(spy.count(), 1);
    QVERIFY(lastEmitted(spy).isEmpty());
    QVERIFY(edit->text().isEmpty());

    edit->setText(QStringLiteral("xyz"));
    child<QComboBox>("sourceCombo")->setFocus();
    QTest::keySequence(m_bar.get(), QKeySequence::Find);
    QTRY_VERIFY(edit->hasFocus());
    QCOMPARE(edit->selectedText(), u"xyz"_qs);
}

QTEST_MAIN(TestFilterBar)
#include "tst_filterbar.moc"
