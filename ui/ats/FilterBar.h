#pragma once

#include "app/ats/SavedFilters.h"
#include "models/CandidateFilter.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTimer;

namespace bbd {

class Database;

// The search field and the filters above the candidate list and board. Typing is debounced
// (DebounceMs) so that a burst of keystrokes costs one query; every other control applies at
// once. Saved filters are listed in a drop-down; choosing one applies it. Ctrl+F anywhere in
// the window focuses the search field.
//
// Object names for tests: searchEdit, vacancyCombo, stageCombo, sourceCombo, tagCombo,
// ratingSpin, anyDateCheck, fromDate, toDate, savedFilterCombo, saveFilterButton,
// deleteFilterButton, resetFilterButton.
class FilterBar : public QWidget
{
    Q_OBJECT

public:
    static constexpr int DebounceMs = 120;

    // `db` must outlive the bar. The drop-downs are filled at once (reloadChoices()).
    explicit FilterBar(const Database &db, QWidget *parent = nullptr);

    CandidateFilter filter() const;
    // Shows `filter` in the controls and emits filterChanged() once if it differs. Values the
    // drop-downs do not list (a vacancy deleted since) are added, so nothing is lost.
    void setFilter(const CandidateFilter &filter);

    // Refills vacancies, stages and saved filters from the database, keeping the current
    // choices. Sources and tags are listed when their drop-down is first opened or focused
    // (reading them scans every candidate), and again after this call.
    void reloadChoices();

    // Saves the current filter under `name` and selects it in the drop-down. A name in use
    // gives NameTaken unless `overwrite`; lastError() then says why (no dialog is shown).
    SavedFilters::SaveResult saveCurrentFilter(const QString &name, bool overwrite = false);
    bool deleteSavedFilter(qint64 id);
    QString lastError() const { return m_lastError; }

public slots:
    // Puts the cursor in the search field with its text selected (Ctrl+F).
    void focusSearch();
    // Clears the text and every filter.
    void reset();

signals:
    void filterChanged(const bbd::CandidateFilter &filter);
    // A database read or write failed; the message is for the user.
    void errorOccurred(const QString &message);

private:
    void buildUi();
    void emitIfChanged();
    void applySavedFilter(int index);
    void askToSave();
    void askToDelete();
    void fillStages(qint64 vacancyId);
    void reloadSavedFilters();
    void fail(const QString &message);

    const Database &m_db;
    QLineEdit *m_search = nullptr;
    QComboBox *m_vacancy = nullptr;
    QComboBox *m_stage = nullptr;
    QComboBox *m_source = nullptr;
    QComboBox *m_tag = nullptr;
    QSpinBox *m_rating = nullptr;
    QCheckBox *m_anyDate = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_saved = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_reset = nullptr;
    QTimer *m_debounce = nullptr;
    CandidateFilter m_emitted;
    bool m_updating = false; // controls are being set from code: one signal at the end
    QString m_lastError;
};

} // namespace bbd
