#pragma once

#include "app/AppContext.h"
#include "models/Candidate.h"

#include <QDialog>
#include <QMap>

class QButtonGroup;
class QDialogButtonBox;
class QLabel;
class QPushButton;

namespace bbd {

// Two cards of the same person side by side, one row per field: the user picks the left or
// the right value (or both, for phones, e-mails, tags and notes) and sees the result before
// merging. The left card survives; the right one is folded into it and can be brought back
// with MergeService::undoMerge(mergeId()).
//
// Object names: leftRadio_<field>, rightRadio_<field>, bothRadio_<field> (phones, emails,
// tags, notes), previewLabel, problemLabel, mergeButton, buttonBox; fields are name, phones,
// emails, source, vacancy (with its stage), rating, tags, consent, notes.
class MergeDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Side { Left, Right, Both };

    MergeDialog(const AppContext &context, qint64 survivorId, qint64 mergedId,
                QWidget *parent = nullptr);
    ~MergeDialog() override;

    static QStringList fields();

    // Whether both cards could be read (otherwise the reason is shown and Merge is off).
    bool isReady() const { return m_ready; }
    void choose(const QString &field, Side side);
    Side choice(const QString &field) const;
    // The survivor as it will be after the merge.
    CandidateRecord chosenRecord() const;
    // The merge done by accept(), 0 before.
    qint64 mergeId() const { return m_mergeId; }

    // Merge: runs MergeService::merge; stays open with the reason when it fails.
    void accept() override;

signals:
    void merged(qint64 mergeId);

private:
    void addRow(const QString &field, const QString &label, const QString &left,
                const QString &right, bool canUnion);
    QString describe(const CandidateRecord &record, const QString &field) const;
    void updatePreview();

    AppContext m_context;
    CandidateRecord m_left;
    CandidateRecord m_right;
    bool m_ready = false;
    qint64 m_mergeId = 0;
    QMap<QString, QButtonGroup *> m_groups;
    QLabel *m_previewLabel = nullptr;
    QLabel *m_problemLabel = nullptr;
    QDialogButtonBox *m_buttonBox = nullptr;
    QPushButton *m_mergeButton = nullptr;
};

} // namespace bbd
