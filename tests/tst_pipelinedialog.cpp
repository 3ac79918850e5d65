#include "app/ats/VacancyRepository.h"
#include "app/storage/Database.h"
#include "ui/ats/PipelineDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace bbd;

namespace {

// Answers the next modal dialog (an input or a question) once it is up.
void answerNextDialog(const QString &text)
{
    QTimer::singleShot(0, [text] {
        QWidget *modal = QApplication::activeModalWidget();
        if (auto *input = qobject_cast<QInputDialog *>(modal)) {
            input->setTextValue(text);
            input->accept();
        } else if (auto *box = qobject_cast<QMessageBox *>(modal)) {
            box->button(QMessageBox::Yes)->click();
        }
    });
}

} // namespace

class TestPipelineDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void createsVacancyWithPipeline();
    void editsStages();
    void emptyTitleKeepsDialogOpen();

private:
    QTemporaryDir m_dir;
    Database m_db{QStringLiteral("pipeline")};
    std::unique_ptr<VacancyRepository> m_repo;
    qint64 m_vacancyId = 0;
};

void TestPipelineDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_db.open(m_dir.filePath(QStringLiteral("p.sqlite"))).ok());
    m_repo = std::make_unique<VacancyRepository>(m_db);
}

void TestPipelineDialog::createsVacancyWithPipeline()
{
    PipelineDialog dialog(*m_repo, 0);
    dialog.findChild<QLineEdit *>(QStringLiteral("vacancyTitleEdit"))
        ->setText(QStringLiteral("Бухгалтер"));
    dialog.findChild<QLineEdit *>(QStringLiteral("vacancyDepartmentEdit"))
        ->setText(QStringLiteral("Финансы"));
    dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))
        ->button(QDialogButtonBox::Ok)
        ->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    m_vacancyId = dialog.vacancyId();
    QVERIFY(m_vacancyId > 0);
    QCOMPARE(m_repo->load(m_vacancyId)->department, QStringLiteral("Финансы"));
    QCOMPARE(m_repo->stages(m_vacancyId).size(), 6);
}

void TestPipelineDialog::editsStages()
{
    PipelineDialog dialog(*m_repo, m_vacancyId);
    auto *list = dialog.findChild<QListWidget *>(QStringLiteral("stageList"));
    QCOMPARE(list->count(), 6);

    answerNextDialog(QStringLiteral("Тестовое задание"));
    dialog.findChild<QPushButton *>(QStringLiteral("addStageButton"))->click();
    auto stages = m_repo->stages(m_vacancyId);
    QCOMPARE(stages.size(), 7);
    // Added before the final stages, and selected.
    QCOMPARE(stages.at(4).name, QStringLiteral("Тестовое задание"));
    QCOMPARE(list->currentRow(), 4);

    dialog.findChild<QPushButton *>(QStringLiteral("stageUpButton"))->click();
    QCOMPARE(m_repo->stages(m_vacancyId).at(3).name, QStringLiteral("Тестовое задание"));
    dialog.findChild<QSpinBox *>(QStringLiteral("stuckDaysSpin"))->setValue(4);
    dialog.findChild<QCheckBox *>(QStringLiteral("foldedCheck"))->setChecked(true);
    const PipelineStage stage = m_repo->stages(m_vacancyId).at(3);
    QCOMPARE(stage.stuckAfterDays, 4);
    QVERIFY(stage.folded);

    answerNextDialog(QStringLiteral("Задание"));
    dialog.findChild<QPushButton *>(QStringLiteral("renameStageButton"))->click();
    QCOMPARE(m_repo->stage(stage.id)->name, QStringLiteral("Задание"));

    auto *kind = dialog.findChild<QComboBox *>(QStringLiteral("stageKindCombo"));
    kind->setCurrentIndex(kind->findData(int(PipelineStage::Kind::Rejected)));
    QCOMPARE(m_repo->stage(stage.id)->kind, PipelineStage::Kind::Rejected);

    answerNextDialog(QString());
    dialog.findChild<QPushButton *>(QStringLiteral("removeStageButton"))->click();
    QCOMPARE(m_repo->stages(m_vacancyId).size(), 6);
    QVERIFY(!m_repo->stage(stage.id));
}

void TestPipelineDialog::emptyTitleKeepsDialogOpen()
{
    PipelineDialog dialog(*m_repo, m_vacancyId);
    dialog.show();
    dialog.findChild<QLineEdit *>(QStringLiteral("vacancyTitleEdit"))->setText(QStringLiteral(" "));
    dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))
        ->button(QDialogButtonBox::Ok)
        ->click();
    QVERIFY(dialog.isVisible());
    QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("pipelineErrorLabel"))->text().isEmpty());
    QCOMPARE(m_repo->load(m_vacancyId)->title, QStringLiteral("Бухгалтер"));
}

QTEST_MAIN(TestPipelineDialog)
#include "tst_pipelinedialog.moc"
