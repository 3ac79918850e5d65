// HR's list of employees and the dialog that puts them on an onboarding scenario, on the demo
// company: search that folds Russian case, the assignment written with dated stages, and the
// people who cannot be assigned shown as such.
#include "app/phones/PhoneNumbers.h"
#include "app/settings/Settings.h"
#include "app/storage/Database.h"
#include "app/storage/DemoData.h"
#include "app/storage/SqlHelpers.h"
#include "models/EmployeeTableModel.h"
#include "ui/scenarios/AssignDialog.h"
#include "ui/scenarios/EmployeesPane.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace bbd;

class TestEmployeesPane : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void listsEveryEmployeeWithTheirScenarios();
    void search_data();
    void search();
    void assignsTheSelectedPeople();
    void dialogDisablesWhoCannotBeAssigned();

private:
    int scalar(const QString &sql, const QVariantList &values = {});
    qint64 employeeId(const QString &lastName, const QString &firstName);
    int rowOf(const QString &name);
    AppContext context();

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    PhoneNumbers m_phones;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<EmployeesPane> m_pane;
};

void TestEmployeesPane::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestEmployeesPane::init()
{
    const QString file = m_dir.filePath(
        QStringLiteral("%1.sqlite").arg(QString::fromLatin1(QTest::currentTestFunction())));
    QFile::remove(file);
    m_db = std::make_unique<Database>(QStringLiteral("employees"));
    QVERIFY(m_db->open(file).ok());
    QVERIFY(DemoData::load(*m_db, m_phones).ok);
    m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("employees.ini")));
    m_pane = std::make_unique<EmployeesPane>(context());
    m_pane->resize(1100, 600);
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
}

void TestEmployeesPane::cleanup()
{
    m_pane.reset();
    m_settings.reset();
    m_db.reset();
}

AppContext TestEmployeesPane::context()
{
    return AppContext{m_db.get(), &m_phones, m_settings.get(), nullptr};
}

int TestEmployeesPane::scalar(const QString &sql, const QVariantList &values)
{
    QSqlQuery query(m_db->connection());
    return sql::run(query, sql, values) && query.next() ? query.value(0).toInt() : -1;
}

qint64 TestEmployeesPane::employeeId(const QString &lastName, const QString &firstName)
{
    return scalar(QStringLiteral("SELECT id FROM employees WHERE last_name = ? AND first_name = ?"),
                  {lastName, firstName});
}

int TestEmployeesPane::rowOf(const QString &name)
{
    const EmployeeTableModel *model = m_pane->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, EmployeeTableModel::Name).data().toString() == name) {
            return row;
        }
    }
    return -1;
}

void TestEmployeesPane::listsEveryEmployeeWithTheirScenarios()
{
    QAbstractItemModelTester tester(m_pane->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int total = scalar(QStringLiteral("SELECT count(*) FROM employees WHERE deleted = 0"));
    QVERIFY(total > 5);
    QCOMPARE(m_pane->model()->rowCount(), total);
    // Ordered by last name.
    const QString first = m_pane->model()->index(0, EmployeeTableModel::Name).data().toString();
    const QString last =
        m_pane->model()->index(total - 1, EmployeeTableModel::Name).data().toString();
    QVERIFY2(first.section(u' ', 1) <= last.section(u' ', 1), qPrintable(first + " / " + last));

    // Мария Орлова follows two demo scenarios; the CEO none.
    const int orlova = rowOf(QStringLiteral("Мария Орлова"));
    QVERIFY(orlova >= 0);
    const QString scenarios =
        m_pane->model()->index(orlova, EmployeeTableModel::Scenarios).data().toString();
    QVERIFY2(scenarios.contains(u", "), qPrintable(scenarios));
    const int ceo = rowOf(QStringLiteral("Олег Иванов"));
    QVERIFY(ceo >= 0);
    QCOMPARE(m_pane->model()->index(ceo, EmployeeTableModel::Scenarios).data().toString(),
             QStringLiteral("—"));
    QCOMPARE(m_pane->model()->index(ceo, EmployeeTableModel::Manager).data().toString(), QString());
    const int hr = rowOf(QStringLiteral("Антон Эйчаров"));
    QCOMPARE(m_pane->model()->index(hr, EmployeeTableModel::Manager).data().toString(),
             QStringLiteral("Олег Иванов"));
    // Nothing selected: nothing to assign.
    QVERIFY(
        !m_pane->findChild<QPushButton *>(QStringLiteral("assignEmployeesButton"))->isEnabled());
}

void TestEmployeesPane::search_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("lower-case Russian name")
        << "петров" << QStringList{"Екатерина Петрова", "Елена Петрова", "Илья Петров"};
    QTest::newRow("as written") << "Сидоров" << QStringList{"Владимир Сидоров", "Ольга Сидорова"};
    QTest::newRow("department") << "Маркетинг" << QStringList{"Ксения Захарова"};
    QTest::newRow("job title, ASCII any case") << "jira" << QStringList{"Владимир Сидоров"};
    QTest::newRow("LIKE wildcards are literal") << "%" << QStringList{};
    QTest::newRow("nobody") << "Чебурашка" << QStringList{};
}

void TestEmployeesPane::search()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    m_pane->searchField()->setText(text);
    QTRY_COMPARE(m_pane->model()->rowCount(), int(expected.size()));
    QStringList names;
    for (int row = 0; row < m_pane->model()->rowCount(); ++row) {
        names << m_pane->model()->index(row, EmployeeTableModel::Name).data().toString();
    }
    names.sort();
    expected.sort();
    QCOMPARE(names, expected);
    auto *count = m_pane->findChild<QLabel *>(QStringLiteral("employeeCount"));
    if (expected.isEmpty()) {
        QVERIFY2(count->text().contains(text), qPrintable(count->text()));
        // A search with no result keeps the table (and the search field) on screen.
        QVERIFY(m_pane->view()->isVisible());
    }
}

void TestEmployeesPane::assignsTheSelectedPeople()
{
    const int row = rowOf(QStringLiteral("Михаил Смирнов"));
    QVERIFY(row >= 0);
    const qint64 smirnov = employeeId(QStringLiteral("Смирнов"), QStringLiteral("Михаил"));
    QCOMPARE(
        scalar(QStringLiteral("SELECT count(*) FROM assignments WHERE employee_id = ?"), {smirnov}),
        0);
    m_pane->view()->selectRow(row);
    auto *button = m_pane->findChild<QPushButton *>(QStringLiteral("assignEmployeesButton"));
    QVERIFY(button->isEnabled());

    // The dialog is modal: drive it once it is up.
    QString chosen;
    bool okWasEnabled = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<AssignDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        auto *combo = dialog->findChild<QComboBox *>(QStringLiteral("assignScenarioCombo"));
        QVERIFY(combo->isEnabled());
        combo->setCurrentIndex(combo->findText(QStringLiteral("Обучение продукту — первый месяц")));
        chosen = combo->currentText();
        // The person selected in the list comes ticked.
        QCOMPARE(dialog->checkedEmployees(), QList<qint64>{smirnov});
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        okWasEnabled = buttons->button(QDialogButtonBox::Ok)->isEnabled();
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    });
    QSignalSpy assigned(m_pane.get(), &EmployeesPane::assigned);
    QSignalSpy message(m_pane.get(), &EmployeesPane::message);
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(okWasEnabled);
    QCOMPARE(assigned.count(), 1);
    QCOMPARE(message.count(), 1);
    QVERIFY(!message.first().first().toString().isEmpty());

    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM assignments a JOIN scenarios s ON "
                                   "s.id = a.scenario_id WHERE a.employee_id = ? AND s.name = ? "
                                   "AND a.status = 'active'"),
                    {smirnov, chosen}),
             1);
    // Every stage dated on a working day.
    QSqlQuery query(m_db->connection());
    QVERIFY(sql::run(query,
                     QStringLiteral("SELECT s.due_date FROM assignment_stages s JOIN assignments a "
                                    "ON a.id = s.assignment_id WHERE a.employee_id = ?"),
                     {smirnov}));
    int stages = 0;
    while (query.next()) {
        ++stages;
        const QDate due = QDate::fromString(query.value(0).toString(), Qt::ISODate);
        QVERIFY(due.isValid());
        QVERIFY2(due.dayOfWeek() <= 5, qPrintable(due.toString(Qt::ISODate)));
    }
    QVERIFY(stages > 0);
    // The list shows the new scenario.
    const int after = rowOf(QStringLiteral("Михаил Смирнов"));
    QCOMPARE(m_pane->model()->index(after, EmployeeTableModel::Scenarios).data().toString(),
             chosen);
}

void TestEmployeesPane::dialogDisablesWhoCannotBeAssigned()
{
    const qint64 scenario = scalar(QStringLiteral("SELECT id FROM scenarios WHERE name = ?"),
                                   {QStringLiteral("Знакомство с командой — первая неделя")});
    QVERIFY(scenario > 0);
    const qint64 noDate = employeeId(QStringLiteral("Смирнов"), QStringLiteral("Михаил"));
    QSqlQuery query(m_db->connection());
    QVERIFY(sql::run(query, QStringLiteral("UPDATE employees SET start_date = NULL WHERE id = ?"),
                     {noDate}));
    const qint64 onIt = employeeId(QStringLiteral("Кузнецова"), QStringLiteral("Алина"));

    AssignDialog dialog(context(), scenario, nullptr, {noDate, onIt});
    auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("assignScenarioCombo"));
    QVERIFY(!combo->isEnabled());
    QCOMPARE(combo->currentData().toLongLong(), scenario);
    // Neither can be ticked: one has no start date to count from, one follows it already.
    QVERIFY(dialog.checkedEmployees().isEmpty());
    dialog.setChecked(noDate, true);
    dialog.setChecked(onIt, true);
    QVERIFY(dialog.checkedEmployees().isEmpty());
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    QVERIFY(!buttons->button(QDialogButtonBox::Ok)->isEnabled());

    const qint64 free = employeeId(QStringLiteral("Захарова"), QStringLiteral("Ксения"));
    dialog.setChecked(free, true);
    QCOMPARE(dialog.checkedEmployees(), QList<qint64>{free});
    QVERIFY(buttons->button(QDialogButtonBox::Ok)->isEnabled());
    // The filter narrows the list without losing the tick.
    auto *filter = dialog.findChild<QLineEdit *>(QStringLiteral("assignFilter"));
    filter->setText(QStringLiteral("кузнецова"));
    auto *list = dialog.findChild<QListView *>(QStringLiteral("assignEmployees"));
    QCOMPARE(list->model()->rowCount(), 1);
    QCOMPARE(dialog.checkedEmployees(), QList<qint64>{free});
}

QTEST_MAIN(TestEmployeesPane)
#include "tst_employeespane.moc"
