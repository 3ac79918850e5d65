#include "ui/ats/PipelineDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSpinBox>
#include <QVBoxLayout>

namespace bbd {

PipelineDialog::PipelineDialog(VacancyRepository &repository, qint64 vacancyId, QWidget *parent)
    : QDialog(parent)
    , m_repository(repository)
    , m_vacancyId(vacancyId)
{
    setWindowTitle(vacancyId == 0 ? tr("New vacancy") : tr("Vacancy and pipeline"));
    resize(620, 480);

    m_title = new QLineEdit;
    m_title->setObjectName(QStringLiteral("vacancyTitleEdit"));
    m_department = new QLineEdit;
    m_department->setObjectName(QStringLiteral("vacancyDepartmentEdit"));
    m_status = new QComboBox;
    m_status->setObjectName(QStringLiteral("vacancyStatusCombo"));
    m_status->addItem(tr("Open"), int(Vacancy::Status::Open));
    m_status->addItem(tr("Draft"), int(Vacancy::Status::Draft));
    m_status->addItem(tr("Paused"), int(Vacancy::Status::Paused));
    m_status->addItem(tr("Closed"), int(Vacancy::Status::Closed));
    if (vacancyId != 0) {
        if (const auto vacancy = repository.load(vacancyId)) {
            m_title->setText(vacancy->title);
            m_department->setText(vacancy->department);
            m_status->setCurrentIndex(m_status->findData(int(vacancy->status)));
        }
    }
    auto *vacancyForm = new QFormLayout;
    vacancyForm->addRow(tr("&Title:"), m_title);
    vacancyForm->addRow(tr("&Department:"), m_department);
    vacancyForm->addRow(tr("&Status:"), m_status);

    m_stageList = new QListWidget;
    m_stageList->setObjectName(QStringLiteral("stageList"));
    auto *addButton = new QPushButton(tr("&Add…"));
    addButton->setObjectName(QStringLiteral("addStageButton"));
    m_renameButton = new QPushButton(tr("&Rename…"));
    m_renameButton->setObjectName(QStringLiteral("renameStageButton"));
    m_upButton = new QPushButton(tr("Move &up"));
    m_upButton->setObjectName(QStringLiteral("stageUpButton"));
    m_downButton = new QPushButton(tr("Move do&wn"));
    m_downButton->setObjectName(QStringLiteral("stageDownButton"));
    m_removeButton = new QPushButton(tr("Re&move"));
    m_removeButton->setObjectName(QStringLiteral("removeStageButton"));
    auto *stageButtons = new QVBoxLayout;
    for (QPushButton *button :
         {addButton, m_renameButton, m_upButton, m_downButton, m_removeButton}) {
        stageButtons->addWidget(button);
    }
    stageButtons->addStretch();

    m_kind = new QComboBox;
    m_kind->setObjectName(QStringLiteral("stageKindCombo"));
    m_kind->addItem(tr("In progress"), int(PipelineStage::Kind::Normal));
    m_kind->addItem(tr("Final: hired"), int(PipelineStage::Kind::Hired));
    m_kind->addItem(tr("Final: rejected (asks for a reason)"), int(PipelineStage::Kind::Rejected));
    m_stuckDays = new QSpinBox;
    m_stuckDays->setObjectName(QStringLiteral("stuckDaysSpin"));
    m_stuckDays->setRange(0, 365);
    m_stuckDays->setSpecialValueText(tr("never"));
    m_stuckDays->setSuffix(tr(" days"));
    m_folded = new QCheckBox(tr("&Folded on the board"));
    m_folded->setObjectName(QStringLiteral("foldedCheck"));
    auto *stageForm = new QFormLayout;
    stageForm->addRow(tr("&Kind:"), m_kind);
    stageForm->addRow(tr("Stuck &after:"), m_stuckDays);
    stageForm->addRow(QString(), m_folded);

    auto *stageRow = new QHBoxLayout;
    stageRow->addWidget(m_stageList, 1);
    stageRow->addLayout(stageButtons);
    auto *stageBox = new QGroupBox(tr("Pipeline (the columns of the board)"));
    auto *stageLayout = new QVBoxLayout(stageBox);
    stageLayout->addLayout(stageRow);
    stageLayout->addLayout(stageForm);
    stageBox->setEnabled(vacancyId != 0);
    if (vacancyId == 0) {
        stageBox->setToolTip(tr("A new vacancy starts with the usual pipeline; edit it "
                                "after creating the vacancy."));
    }

    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("pipelineErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b01c1c;"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PipelineDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(vacancyForm);
    layout->addWidget(stageBox, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(m_stageList, &QListWidget::currentRowChanged, this, &PipelineDialog::showStage);
    connect(m_stageList, &QListWidget::itemDoubleClicked, this, &PipelineDialog::renameStage);
    connect(addButton, &QPushButton::clicked, this, &PipelineDialog::addStage);
    connect(m_renameButton, &QPushButton::clicked, this, &PipelineDialog::renameStage);
    connect(m_upButton, &QPushButton::clicked, this, [this] { moveStage(-1); });
    connect(m_downButton, &QPushButton::clicked, this, [this] { moveStage(+1); });
    connect(m_removeButton, &QPushButton::clicked, this, &PipelineDialog::removeStage);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updating && currentStageId() != 0) {
            check(m_repository.setStageKind(currentStageId(),
                                            PipelineStage::Kind(m_kind->currentData().toInt())));
            reloadStages(currentStageId());
        }
    });
    connect(m_stuckDays, &QSpinBox::valueChanged, this, [this](int days) {
        if (!m_updating && currentStageId() != 0) {
            check(m_repository.setStuckAfterDays(currentStageId(), days));
        }
    });
    connect(m_folded, &QCheckBox::toggled, this, [this](bool folded) {
        if (!m_updating && currentStageId() != 0) {
            check(m_repository.setFolded(currentStageId(), folded));
            reloadStages(currentStageId());
        }
    });
    reloadStages();
}

bool PipelineDialog::check(bool ok)
{
    m_error->setText(ok ? QString() : m_repository.lastError());
    return ok;
}

qint64 PipelineDialog::currentStageId() const
{
    const int row = m_stageList->currentRow();
    return row >= 0 && row < m_stages.size() ? m_stages.at(row).id : 0;
}

void PipelineDialog::reloadStages(qint64 selectId)
{
    const QScopedValueRollback updating(m_updating, true);
    m_stages = m_vacancyId != 0 ? m_repository.stages(m_vacancyId) : QList<PipelineStage>{};
    m_stageList->clear();
    int selectRow = m_stages.isEmpty() ? -1 : 0;
    for (int i = 0; i < m_stages.size(); ++i) {
        const PipelineStage &stage = m_stages.at(i);
        QString label = stage.name;
        if (stage.kind == PipelineStage::Kind::Hired) {
            label += tr(" — hired");
        } else if (stage.kind == PipelineStage::Kind::Rejected) {
            label += tr(" — rejected");
        }
        if (stage.folded) {
            label += tr(" (folded)");
        }
        label += tr(" · %n candidate(s)", nullptr, stage.candidateCount);
        m_stageList->addItem(label);
        if (stage.id == selectId) {
            selectRow = i;
        }
    }
    m_stageList->setCurrentRow(selectRow);
    showStage();
}

void PipelineDialog::showStage()
{
    if (m_updating && m_stageList->count() != m_stages.size()) {
        return; // mid-rebuild
    }
    const QScopedValueRollback updating(m_updating, true);
    const int row = m_stageList->currentRow();
    const bool has = row >= 0 && row < m_stages.size();
    for (QWidget *widget :
         {static_cast<QWidget *>(m_kind), static_cast<QWidget *>(m_stuckDays),
          static_cast<QWidget *>(m_folded), static_cast<QWidget *>(m_renameButton),
          static_cast<QWidget *>(m_removeButton)}) {
        widget->setEnabled(has);
    }
    m_upButton->setEnabled(has && row > 0);
    m_downButton->setEnabled(has && row + 1 < m_stages.size());
    if (!has) {
        return;
    }
    const PipelineStage &stage = m_stages.at(row);
    m_kind->setCurrentIndex(m_kind->findData(int(stage.kind)));
    m_stuckDays->setValue(stage.stuckAfterDays);
    m_folded->setChecked(stage.folded);
}

void PipelineDialog::addStage()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Add a stage"), tr("Stage name:"),
                                               QLineEdit::Normal, QString(), &ok);
    if (!ok) {
        return;
    }
    // New stages go before the final ones, where work in progress belongs.
    int position = int(m_stages.size());
    for (int i = 0; i < m_stages.size(); ++i) {
        if (m_stages.at(i).isFinal()) {
            position = i;
            break;
        }
    }
    const qint64 id =
        m_repository.addStage(m_vacancyId, name, PipelineStage::Kind::Normal, position);
    if (check(id != 0)) {
        reloadStages(id);
    }
}

void PipelineDialog::renameStage()
{
    const int row = m_stageList->currentRow();
    if (row < 0 || row >= m_stages.size()) {
        return;
    }
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename the stage"), tr("Stage name:"),
                                               QLineEdit::Normal, m_stages.at(row).name, &ok);
    if (ok && check(m_repository.renameStage(m_stages.at(row).id, name))) {
        reloadStages(m_stages.at(row).id);
    }
}

void PipelineDialog::moveStage(int delta)
{
    const int row = m_stageList->currentRow();
    if (row < 0 || row >= m_stages.size()) {
        return;
    }
    const qint64 id = m_stages.at(row).id;
    if (check(m_repository.moveStage(id, row + delta))) {
        reloadStages(id);
    }
}

void PipelineDialog::removeStage()
{
    const int row = m_stageList->currentRow();
    if (row < 0 || row >= m_stages.size()) {
        return;
    }
    const PipelineStage stage = m_stages.at(row);
    if (stage.candidateCount == 0 &&
        QMessageBox::question(this, tr("Remove the stage"),
                              tr("Remove the stage \"%1\" from the pipeline?").arg(stage.name)) !=
            QMessageBox::Yes) {
        return;
    }
    if (check(m_repository.removeStage(stage.id))) {
        reloadStages();
    }
}

void PipelineDialog::accept()
{
    Vacancy vacancy;
    vacancy.id = m_vacancyId;
    vacancy.title = m_title->text();
    vacancy.department = m_department->text();
    vacancy.status = Vacancy::Status(m_status->currentData().toInt());
    if (m_vacancyId == 0) {
        m_vacancyId = m_repository.create(vacancy);
        if (!check(m_vacancyId != 0)) {
            return;
        }
    } else if (!check(m_repository.update(vacancy))) {
        return;
    }
    QDialog::accept();
}

} // namespace bbd
