#pragma once

#include "app/AppContext.h"
#include "app/ats/AttachmentStore.h"
#include "app/ats/CandidateRepository.h"
#include "models/Candidate.h"

#include <QDialog>
#include <QSet>

#include <memory>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QFrame;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTimer;

namespace bbd {

class ContactListEditor;

// The candidate card: every field with validation as you type, the timeline with notes, the
// attachments, and the duplicate check before saving. The dialog never loses what was typed:
// a problem, an edit conflict or a failed write is shown and the form stays as it is.
//
// Use newCandidate() or openCandidate() before showing it. Object names for tests: nameEdit,
// phonesEditor (phoneEdit_<n>, phoneProblem_<n>), emailsEditor (emailEdit_<n>), sourceCombo,
// vacancyCombo, stageCombo, rejectionEdit, ratingSpin, tagsEdit, consentCombo, consentDate,
// notesEdit, tabs, timelineList, undoMergeButton, noteEdit, addNoteButton, attachmentList,
// addAttachmentButton, openAttachmentButton, removeAttachmentButton, duplicatePanel,
// duplicateLabel, openDuplicateButton, mergeButton, saveAnywayButton, problemLabel, buttonBox.
class CandidateDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CandidateDialog(const AppContext &context, QWidget *parent = nullptr);
    ~CandidateDialog() override;

    // An empty card for a vacancy (0: none), on `stageId` or the vacancy's first stage.
    void newCandidate(qint64 vacancyId, qint64 stageId = 0);
    // Loads a stored candidate; false (with the reason shown) when it cannot be read.
    bool openCandidate(qint64 id);

    // 0 until a new candidate has been saved.
    qint64 candidateId() const { return m_record.id; }
    // The merge this card ended with (for the caller's undo), 0 when none.
    qint64 mergeId() const { return m_mergeId; }
    // The card as the form holds it now.
    CandidateRecord currentRecord() const;
    bool isModified() const;

    // Copies files in as attachments (what Add… does after its file dialog).
    void addAttachments(const QStringList &paths);

    // Save / OK: checks, saves and closes; stays open with the reason when it cannot.
    void accept() override;
    // Escape / Cancel: asks before discarding edits.
    void reject() override;

signals:
    void candidateSaved(qint64 candidateId);
    // This card was merged into `survivorId`; MergeService::undoMerge(mergeId) reverts it.
    void candidateMerged(qint64 mergeId, qint64 survivorId);
    // A merge was undone from this card's timeline; both candidates are back as they were.
    void mergeUndone(qint64 mergeId);

private:
    void buildDetailsTab(QWidget *page);
    void buildTimelineTab(QWidget *page);
    void buildAttachmentsTab(QWidget *page);
    void buildDuplicatePanel();
    void fillVacancies();
    void fillStages(qint64 vacancyId, qint64 stageId);
    void updateRejectionField();
    void updateConsentDate();
    void showRecord(const CandidateRecord &record);
    void refreshTimeline();
    void refreshAttachments();
    void refreshDuplicates();
    void showProblems(const QStringList &problems);
    bool hasUnconfirmedDuplicates() const;
    bool save(bool checkDuplicates);
    void saveAnyway();
    void mergeWithDuplicate();
    void openDuplicate();
    void addNote();
    void undoSelectedMerge();
    void chooseAttachments();
    void openAttachment();
    void removeAttachment();
    void updateButtons();

    AppContext m_context;
    CandidateRepository m_repository;
    AttachmentStore m_attachments;
    CandidateRecord m_record; // as loaded or last saved
    QList<DuplicateMatch> m_duplicates;
    QSet<qint64> m_confirmedDuplicates; // "Save anyway" was chosen for these
    qint64 m_mergeId = 0;
    bool m_loading = false;

    QTabWidget *m_tabs = nullptr;
    QLabel *m_problemLabel = nullptr;
    QFrame *m_duplicatePanel = nullptr;
    QLabel *m_duplicateLabel = nullptr;
    QPushButton *m_openDuplicateButton = nullptr;
    QPushButton *m_mergeButton = nullptr;
    QPushButton *m_saveAnywayButton = nullptr;
    QLineEdit *m_nameEdit = nullptr;
    ContactListEditor *m_phonesEditor = nullptr;
    ContactListEditor *m_emailsEditor = nullptr;
    QComboBox *m_sourceCombo = nullptr;
    QComboBox *m_vacancyCombo = nullptr;
    QComboBox *m_stageCombo = nullptr;
    QLineEdit *m_rejectionEdit = nullptr;
    QLabel *m_rejectionLabel = nullptr;
    QSpinBox *m_ratingSpin = nullptr;
    QLineEdit *m_tagsEdit = nullptr;
    QComboBox *m_consentCombo = nullptr;
    QDateEdit *m_consentDate = nullptr;
    QPlainTextEdit *m_notesEdit = nullptr;
    QListWidget *m_timelineList = nullptr;
    QPushButton *m_undoMergeButton = nullptr;
    QPlainTextEdit *m_noteEdit = nullptr;
    QPushButton *m_addNoteButton = nullptr;
    QListWidget *m_attachmentList = nullptr;
    QPushButton *m_addAttachmentButton = nullptr;
    QPushButton *m_openAttachmentButton = nullptr;
    QPushButton *m_removeAttachmentButton = nullptr;
    QDialogButtonBox *m_buttonBox = nullptr;
    QTimer *m_duplicateTimer = nullptr;
};

} // namespace bbd
