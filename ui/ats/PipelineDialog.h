#pragma once

#include "app/ats/VacancyRepository.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace bbd {

// A vacancy and its pipeline: title, department, status, and the board's columns — added,
// renamed, reordered, folded, flagged as the "hired" or "rejected" end, with the number of
// days after which a card counts as stuck. Column changes are written at once (each is one
// transaction); the vacancy's own fields when the dialog is accepted.
class PipelineDialog : public QDialog
{
    Q_OBJECT

public:
    // `vacancyId` 0 creates a new vacancy (with the usual pipeline) on accept.
    PipelineDialog(VacancyRepository &repository, qint64 vacancyId, QWidget *parent = nullptr);

    qint64 vacancyId() const { return m_vacancyId; }
    void accept() override;

private:
    void reloadStages(qint64 selectId = 0);
    void showStage();
    qint64 currentStageId() const;
    bool check(bool ok);
    void addStage();
    void renameStage();
    void moveStage(int delta);
    void removeStage();

    VacancyRepository &m_repository;
    qint64 m_vacancyId = 0;
    QList<PipelineStage> m_stages;
    bool m_updating = false;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_department = nullptr;
    QComboBox *m_status = nullptr;
    QListWidget *m_stageList = nullptr;
    QComboBox *m_kind = nullptr;
    QSpinBox *m_stuckDays = nullptr;
    QCheckBox *m_folded = nullptr;
    QPushButton *m_upButton = nullptr;
    QPushButton *m_downButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QPushButton *m_renameButton = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace bbd
