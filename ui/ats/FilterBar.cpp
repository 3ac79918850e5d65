#include "ui/ats/FilterBar.h"

#include "app/ats/CandidateSearch.h"
#include "app/ats/SavedFilters.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QShortcut>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

#include <functional>

namespace bbd {
namespace {

// Selects the item holding `value`; a value the list does not hold (a vacancy deleted since
// the filter was saved) is added under `missingText`, so the filter still shows what it does.
void selectData(QComboBox *combo, const QVariant &value, const QString &missingText)
{
    if (!value.isValid()) {
        combo->setCurrentIndex(0);
        return;
    }
    int index = combo->findData(value);
    if (index < 0) {
        combo->addItem(missingText, value);
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(index);
}

// A drop-down that fills itself when it is first opened or focused: listing the sources and
// tags in use reads every candidate (seconds over a million rows), which must not hold up
// showing the list.
class LazyComboBox : public QComboBox
{
public:
    using QComboBox::QComboBox;

    std::function<void()> fill; // called once before the items are first needed
    bool filled = false;

    void ensureFilled()
    {
        if (!filled && fill) {
            filled = true;
            fill();
        }
    }
    void showPopup() override
    {
        ensureFilled();
        QComboBox::showPopup();
    }

protected:
    void focusInEvent(QFocusEvent *event) override
    {
        ensureFilled(); // arrow keys choose without opening the list
        QComboBox::focusInEvent(event);
    }
};

QVariant idOrNothing(qint64 id)
{
    return id != 0 ? QVariant(id) : QVariant();
}

QVariant textOrNothing(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

} // namespace

FilterBar::FilterBar(const Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
{
    buildUi();
    reloadChoices();
    m_emitted = filter();
}

void FilterBar::buildUi()
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setPlaceholderText(tr("Search name, phone, e-mail, tag…"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(220);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(DebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &FilterBar::emitIfChanged);
    connect(m_search, &QLineEdit::textChanged, this, [this] {
        if (!m_updating) {
            m_debounce->start();
        }
    });
    // Enter does not wait for the pause.
    connect(m_search, &QLineEdit::returnPressed, this, &FilterBar::emitIfChanged);

    const auto combo = [this](const char *name, const QString &tooltip) {
        auto *box = new QComboBox(this);
        box->setObjectName(QLatin1String(name));
        box->setToolTip(tooltip);
        // Long vacancy titles must not widen the whole window.
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(3);
        return box;
    };
    m_vacancy = combo("vacancyCombo", tr("Vacancy"));
    m_stage = combo("stageCombo", tr("Stage of the vacancy's pipeline"));
    const auto lazyCombo = [this](const char *name, const QString &tooltip, const QString &any,
                                  QStringList (*list)(const Database &, QString *)) {
        auto *box = new LazyComboBox(this);
        box->setObjectName(QLatin1String(name));
        box->setToolTip(tooltip);
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(3);
        box->addItem(any);
        box->fill = [this, box, any, list] {
            const QScopedValueRollback updating(m_updating, true);
            const QVariant current = box->currentData();
            const QString currentText = box->currentText();
            QString error;
            const QStringList values = list(m_db, &error);
            box->clear();
            box->addItem(any);
            for (const QString &value : values) {
                box->addItem(value, value);
            }
            selectData(box, current, currentText);
            if (!error.isEmpty()) {
                fail(tr("Could not read the filter choices: %1").arg(error));
            }
        };
        return box;
    };
    m_source = lazyCombo("sourceCombo", tr("Where the candidate came from"), tr("Any source"),
                         &CandidateSearch::distinctSources);
    m_tag = lazyCombo("tagCombo", tr("Tag"), tr("Any tag"), &CandidateSearch::distinctTags);

    m_rating = new QSpinBox(this);
    m_rating->setObjectName(QStringLiteral("ratingSpin"));
    m_rating->setRange(0, 5);
    m_rating->setPrefix(tr("Rating ≥ "));
    m_rating->setSpecialValueText(tr("Any rating"));
    m_rating->setToolTip(tr("Lowest rating shown"));

    m_anyDate = new QCheckBox(tr("Any date"), this);
    m_anyDate->setObjectName(QStringLiteral("anyDateCheck"));
    m_anyDate->setChecked(true);
    m_anyDate->setToolTip(tr("Uncheck to show only candidates who applied between two dates"));
    const QDate today = QDate::currentDate();
    const auto dateEdit = [this](const char *name, const QDate &date, const QString &tooltip) {
        auto *edit = new QDateEdit(date, this);
        edit->setObjectName(QLatin1String(name));
        edit->setCalendarPopup(true);
        edit->setEnabled(false);
        edit->setToolTip(tooltip);
        return edit;
    };
    m_from = dateEdit("fromDate", today.addMonths(-1), tr("Applied on or after"));
    m_to = dateEdit("toDate", today, tr("Applied on or before"));

    m_saved = combo("savedFilterCombo", tr("Apply a saved filter"));
    m_saved->setMinimumContentsLength(14);
    m_save = new QPushButton(tr("Save…"), this);
    m_save->setObjectName(QStringLiteral("saveFilterButton"));
    m_save->setToolTip(tr("Save the search and filters under a name"));
    m_delete = new QPushButton(tr("Delete"), this);
    m_delete->setObjectName(QStringLiteral("deleteFilterButton"));
    m_delete->setToolTip(tr("Delete the chosen saved filter"));
    m_delete->setEnabled(false);
    m_reset = new QPushButton(tr("Reset"), this);
    m_reset->setObjectName(QStringLiteral("resetFilterButton"));
    m_reset->setToolTip(tr("Clear the search and every filter"));

    // Two rows: the search and saved filters above, the narrowing filters below, so the bar
    // fits a 1280-pixel window beside the vacancy list.
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    for (QWidget *widget : {static_cast<QWidget *>(m_saved), static_cast<QWidget *>(m_save),
                            static_cast<QWidget *>(m_delete), static_cast<QWidget *>(m_reset)}) {
        searchRow->addWidget(widget);
    }
    auto *filterRow = new QHBoxLayout;
    filterRow->setSpacing(4);
    // The drop-downs share the room there is (they may shrink to a few letters, never
    // widening the window); the rest keep their natural width.
    for (QComboBox *box : {m_vacancy, m_stage, static_cast<QComboBox *>(m_source),
                           static_cast<QComboBox *>(m_tag)}) {
        box->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        filterRow->addWidget(box, 1);
    }
    for (QWidget *widget : {static_cast<QWidget *>(m_rating), static_cast<QWidget *>(m_anyDate),
                            static_cast<QWidget *>(m_from), static_cast<QWidget *>(m_to)}) {
        filterRow->addWidget(widget);
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(searchRow);
    layout->addLayout(filterRow);

    const auto applyNow = [this] {
        if (!m_updating) {
            emitIfChanged();
        }
    };
    connect(m_vacancy, &QComboBox::currentIndexChanged, this, [this, applyNow] {
        if (!m_updating) {
            const QScopedValueRollback updating(m_updating, true);
            fillStages(m_vacancy->currentData().toLongLong());
        }
        applyNow();
    });
    for (QComboBox *box : {m_stage, m_source, m_tag}) {
        connect(box, &QComboBox::currentIndexChanged, this, applyNow);
    }
    connect(m_rating, &QSpinBox::valueChanged, this, applyNow);
    connect(m_anyDate, &QCheckBox::toggled, this, [this, applyNow](bool any) {
        m_from->setEnabled(!any);
        m_to->setEnabled(!any);
        applyNow();
    });
    connect(m_from, &QDateEdit::dateChanged, this, applyNow);
    connect(m_to, &QDateEdit::dateChanged, this, applyNow);
    connect(m_saved, &QComboBox::activated, this, &FilterBar::applySavedFilter);
    connect(m_saved, &QComboBox::currentIndexChanged, this,
            [this](int index) { m_delete->setEnabled(index > 0); });
    connect(m_save, &QPushButton::clicked, this, &FilterBar::askToSave);
    connect(m_delete, &QPushButton::clicked, this, &FilterBar::askToDelete);
    connect(m_reset, &QPushButton::clicked, this, &FilterBar::reset);

    // Window-wide, so Ctrl+F works from the list or the board too.
    auto *find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WindowShortcut);
    connect(find, &QShortcut::activated, this, &FilterBar::focusSearch);
}

CandidateFilter FilterBar::filter() const
{
    CandidateFilter filter;
    filter.text = m_search->text().trimmed();
    filter.vacancyId = m_vacancy->currentData().toLongLong();
    filter.stageId = m_stage->currentData().toLongLong();
    filter.source = m_source->currentData().toString();
    filter.tag = m_tag->currentData().toString();
    filter.minRating = m_rating->value();
    if (!m_anyDate->isChecked()) {
        filter.appliedFrom = m_from->date();
        filter.appliedTo = m_to->date();
    }
    return filter;
}

void FilterBar::setFilter(const CandidateFilter &filter)
{
    {
        const QScopedValueRollback updating(m_updating, true);
        m_debounce->stop();
        m_search->setText(filter.text);
        selectData(m_vacancy, idOrNothing(filter.vacancyId),
                   tr("Vacancy #%1 (not found)").arg(filter.vacancyId));
        fillStages(filter.vacancyId);
        selectData(m_stage, idOrNothing(filter.stageId),
                   tr("Stage #%1 (not found)").arg(filter.stageId));
        selectData(m_source, textOrNothing(filter.source), filter.source);
        selectData(m_tag, textOrNothing(filter.tag), filter.tag);
        m_rating->setValue(filter.minRating);
        const bool anyDate = !filter.appliedFrom.isValid() && !filter.appliedTo.isValid();
        m_anyDate->setChecked(anyDate);
        if (!anyDate) {
            // An open end of a saved range becomes the widest date the editor offers.
            m_from->setDate(filter.appliedFrom.isValid() ? filter.appliedFrom
                                                         : m_from->minimumDate());
            m_to->setDate(filter.appliedTo.isValid() ? filter.appliedTo : m_to->maximumDate());
        }
    }
    emitIfChanged();
}

void FilterBar::reloadChoices()
{
    const QScopedValueRollback updating(m_updating, true);
    const CandidateFilter current = filter();
    QString error;

    m_vacancy->clear();
    m_vacancy->addItem(tr("Any vacancy"));
    for (const FilterChoice &choice : CandidateSearch::vacancyChoices(m_db, &error)) {
        m_vacancy->addItem(choice.name, choice.id);
    }
    // Sources and tags are read again when next opened (see LazyComboBox).
    for (QComboBox *box : {m_source, m_tag}) {
        auto *lazy = static_cast<LazyComboBox *>(box);
        lazy->filled = false;
        if (lazy->hasFocus() || lazy->view()->isVisible()) {
            lazy->ensureFilled();
        }
    }
    selectData(m_vacancy, idOrNothing(current.vacancyId),
               tr("Vacancy #%1 (not found)").arg(current.vacancyId));
    fillStages(current.vacancyId);
    selectData(m_stage, idOrNothing(current.stageId),
               tr("Stage #%1 (not found)").arg(current.stageId));
    reloadSavedFilters();
    if (!error.isEmpty()) {
        fail(tr("Could not read the filter choices: %1").arg(error));
    }
}

void FilterBar::fillStages(qint64 vacancyId)
{
    m_stage->clear();
    m_stage->addItem(tr("Any stage"));
    // Stages belong to one vacancy's pipeline; without a vacancy there is nothing to pick.
    m_stage->setEnabled(vacancyId != 0);
    if (vacancyId == 0) {
        return;
    }
    QString error;
    for (const FilterChoice &choice : CandidateSearch::stageChoices(m_db, vacancyId, &error)) {
        m_stage->addItem(choice.name, choice.id);
    }
    if (!error.isEmpty()) {
        fail(tr("Could not read the stages: %1").arg(error));
    }
}

void FilterBar::reloadSavedFilters()
{
    const qint64 currentId = m_saved->currentData().toLongLong();
    const QSignalBlocker blocker(m_saved);
    m_saved->clear();
    m_saved->addItem(tr("Saved filters"));
    SavedFilters store(m_db);
    const QList<SavedFilter> filters = store.list();
    if (!store.lastError().isEmpty()) {
        fail(store.lastError());
    }
    for (const SavedFilter &saved : filters) {
        m_saved->addItem(saved.name, saved.id);
    }
    const int index = m_saved->findData(currentId);
    m_saved->setCurrentIndex(currentId != 0 && index > 0 ? index : 0);
    m_delete->setEnabled(m_saved->currentIndex() > 0);
}

void FilterBar::applySavedFilter(int index)
{
    if (index <= 0) {
        return;
    }
    const qint64 id = m_saved->itemData(index).toLongLong();
    SavedFilters store(m_db);
    const QList<SavedFilter> filters = store.list();
    if (!store.lastError().isEmpty()) {
        fail(store.lastError());
        return;
    }
    for (const SavedFilter &saved : filters) {
        if (saved.id == id) {
            setFilter(saved.filter);
            return;
        }
    }
    fail(tr("The saved filter \"%1\" no longer exists.").arg(m_saved->itemText(index)));
    reloadSavedFilters();
}

SavedFilters::SaveResult FilterBar::saveCurrentFilter(const QString &name, bool overwrite)
{
    SavedFilters store(m_db);
    const SavedFilters::SaveResult result = store.save(name, filter(), overwrite);
    if (result != SavedFilters::SaveResult::Saved) {
        m_lastError = store.lastError();
        return result;
    }
    m_lastError.clear();
    reloadSavedFilters();
    const QSignalBlocker blocker(m_saved);
    m_saved->setCurrentIndex(qMax(0, m_saved->findText(name.simplified())));
    m_delete->setEnabled(m_saved->currentIndex() > 0);
    return result;
}

bool FilterBar::deleteSavedFilter(qint64 id)
{
    SavedFilters store(m_db);
    if (!store.remove(id)) {
        fail(store.lastError());
        return false;
    }
    m_lastError.clear();
    reloadSavedFilters();
    return true;
}

void FilterBar::askToSave()
{
    const QString current = m_saved->currentIndex() > 0 ? m_saved->currentText() : QString();
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save Filter"), tr("Name:"),
                                               QLineEdit::Normal, current, &ok);
    if (!ok) {
        return;
    }
    if (name.simplified().isEmpty()) {
        QMessageBox::warning(this, tr("Save Filter"), tr("A saved filter needs a name."));
        return;
    }
    SavedFilters::SaveResult result = saveCurrentFilter(name);
    if (result == SavedFilters::SaveResult::NameTaken) {
        const auto answer = QMessageBox::question(
            this, tr("Save Filter"),
            tr("A saved filter named \"%1\" already exists. Replace it?").arg(name.simplified()));
        if (answer != QMessageBox::Yes) {
            return;
        }
        result = saveCurrentFilter(name, true);
    }
    if (result == SavedFilters::SaveResult::Failed) {
        QMessageBox::warning(this, tr("Save Filter"), m_lastError);
    }
}

void FilterBar::askToDelete()
{
    const int index = m_saved->currentIndex();
    if (index <= 0) {
        return;
    }
    const auto answer =
        QMessageBox::question(this, tr("Delete Saved Filter"),
                              tr("Delete the saved filter \"%1\"? The candidates are not affected.")
                                  .arg(m_saved->itemText(index)));
    if (answer == QMessageBox::Yes && !deleteSavedFilter(m_saved->itemData(index).toLongLong())) {
        QMessageBox::warning(this, tr("Delete Saved Filter"), m_lastError);
    }
}

void FilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void FilterBar::reset()
{
    {
        const QSignalBlocker blocker(m_saved);
        m_saved->setCurrentIndex(0);
        m_delete->setEnabled(false);
    }
    setFilter(CandidateFilter{});
}

void FilterBar::emitIfChanged()
{
    m_debounce->stop();
    const CandidateFilter current = filter();
    if (current == m_emitted) {
        return;
    }
    m_emitted = current;
    emit filterChanged(current);
}

void FilterBar::fail(const QString &message)
{
    m_lastError = message;
    emit errorOccurred(message);
}

} // namespace bbd
