#include "ui/ats/CandidateDialog.h"

#include "app/ats/CandidateChoices.h"
#include "app/ats/MergeService.h"
#include "app/ats/VacancyRepository.h"
#include "app/phones/PhoneNumbers.h"
#include "app/storage/Database.h"
#include "ui/ats/ContactListEditor.h"
#include "ui/ats/MergeDialog.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QStringListModel>
#include <QStyle>
#include <QTabWidget>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

namespace bbd {
namespace {

constexpr int kStageKindRole = Qt::UserRole + 1;
constexpr int kIdRole = Qt::UserRole;
constexpr int kMergeRole = Qt::UserRole + 2;

// Completes the tag being typed after the last comma, keeping the ones before it.
class TagCompleter : public QCompleter
{
public:
    using QCompleter::QCompleter;

    QStringList splitPath(const QString &path) const override
    {
        return {path.section(u',', -1).trimmed()};
    }

    QString pathFromIndex(const QModelIndex &index) const override
    {
        const QString typed = widget() ? static_cast<QLineEdit *>(widget())->text() : QString();
        const int comma = typed.lastIndexOf(u',');
        const QString before = comma < 0 ? QString() : typed.left(comma + 1) + u' ';
        return before + QCompleter::pathFromIndex(index);
    }
};

QStringList splitTags(const QString &text)
{
    QStringList tags;
    for (const QString &part : text.split(u',')) {
        if (!part.trimmed().isEmpty()) {
            tags << part.trimmed();
        }
    }
    return tags;
}

QString eventLabel(CandidateEvent::Kind kind)
{
    switch (kind) {
    case CandidateEvent::Kind::Created:
        return CandidateDialog::tr("Added");
    case CandidateEvent::Kind::StageMove:
        return CandidateDialog::tr("Stage");
    case CandidateEvent::Kind::Note:
        return CandidateDialog::tr("Note");
    case CandidateEvent::Kind::Message:
        return CandidateDialog::tr("Message");
    case CandidateEvent::Kind::Import:
        return CandidateDialog::tr("Imported");
    case CandidateEvent::Kind::Merge:
        return CandidateDialog::tr("Merged");
    case CandidateEvent::Kind::Edit:
        return CandidateDialog::tr("Edited");
    case CandidateEvent::Kind::Attachment:
        return CandidateDialog::tr("File");
    }
    return {};
}

QStyle::StandardPixmap eventIcon(CandidateEvent::Kind kind)
{
    switch (kind) {
    case CandidateEvent::Kind::Created:
        return QStyle::SP_FileIcon;
    case CandidateEvent::Kind::StageMove:
        return QStyle::SP_ArrowRight;
    case CandidateEvent::Kind::Note:
        return QStyle::SP_FileDialogDetailedView;
    case CandidateEvent::Kind::Message:
        return QStyle::SP_MessageBoxInformation;
    case CandidateEvent::Kind::Import:
        return QStyle::SP_DialogOpenButton;
    case CandidateEvent::Kind::Merge:
        return QStyle::SP_DialogApplyButton;
    case CandidateEvent::Kind::Edit:
        return QStyle::SP_FileDialogContentsView;
    case CandidateEvent::Kind::Attachment:
        return QStyle::SP_FileLinkIcon;
    }
    return QStyle::SP_FileIcon;
}

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes);
}

} // namespace

CandidateDialog::CandidateDialog(const AppContext &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_repository(*context.database, *context.phones)
    , m_attachments(*context.database)
{
    setWindowTitle(tr("Candidate"));
    auto *layout = new QVBoxLayout(this);
    m_problemLabel = new QLabel(this);
    m_problemLabel->setObjectName(QStringLiteral("problemLabel"));
    m_problemLabel->setWordWrap(true);
    m_problemLabel->hide();
    layout->addWidget(m_problemLabel);
    buildDuplicatePanel();
    layout->addWidget(m_duplicatePanel);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("tabs"));
    auto *details = new QWidget;
    auto *timeline = new QWidget;
    auto *attachments = new QWidget;
    buildDetailsTab(details);
    buildTimelineTab(timeline);
    buildAttachmentsTab(attachments);
    m_tabs->addTab(details, tr("Details"));
    m_tabs->addTab(timeline, tr("Timeline"));
    m_tabs->addTab(attachments, tr("Attachments"));
    layout->addWidget(m_tabs);

    m_buttonBox = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttonBox->setObjectName(QStringLiteral("buttonBox"));
    layout->addWidget(m_buttonBox);
    connect(m_buttonBox, &QDialogButtonBox::accepted, this, &CandidateDialog::accept);
    connect(m_buttonBox, &QDialogButtonBox::rejected, this, &CandidateDialog::reject);
    auto *saveShortcut = new QShortcut(QKeySequence::Save, this);
    connect(saveShortcut, &QShortcut::activated, this, &CandidateDialog::accept);

    // Duplicates are looked up once typing pauses, not on every keystroke.
    m_duplicateTimer = new QTimer(this);
    m_duplicateTimer->setSingleShot(true);
    m_duplicateTimer->setInterval(300);
    connect(m_duplicateTimer, &QTimer::timeout, this, &CandidateDialog::refreshDuplicates);
    const auto later = [this] {
        if (!m_loading) {
            m_duplicateTimer->start();
        }
    };
    connect(m_nameEdit, &QLineEdit::textChanged, this, later);
    connect(m_phonesEditor, &ContactListEditor::changed, this, later);
    connect(m_emailsEditor, &ContactListEditor::changed, this, later);
    resize(640, 680);
    updateButtons();
}

CandidateDialog::~CandidateDialog() = default;

void CandidateDialog::buildDuplicatePanel()
{
    m_duplicatePanel = new QFrame(this);
    m_duplicatePanel->setObjectName(QStringLiteral("duplicatePanel"));
    m_duplicatePanel->setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(m_duplicatePanel);
    m_duplicateLabel = new QLabel(m_duplicatePanel);
    m_duplicateLabel->setObjectName(QStringLiteral("duplicateLabel"));
    m_duplicateLabel->setWordWrap(true);
    m_duplicateLabel->setTextFormat(Qt::RichText);
    layout->addWidget(m_duplicateLabel);
    auto *buttons = new QHBoxLayout;
    m_openDuplicateButton = new QPushButton(tr("Open that card"), m_duplicatePanel);
    m_openDuplicateButton->setObjectName(QStringLiteral("openDuplicateButton"));
    m_mergeButton = new QPushButton(tr("Save and merge…"), m_duplicatePanel);
    m_mergeButton->setObjectName(QStringLiteral("mergeButton"));
    m_mergeButton->setToolTip(tr("Saves this card, then lets you pick, field by field, what the "
                                 "merged card keeps. The merge can be undone."));
    m_saveAnywayButton = new QPushButton(tr("Save anyway"), m_duplicatePanel);
    m_saveAnywayButton->setObjectName(QStringLiteral("saveAnywayButton"));
    m_saveAnywayButton->setToolTip(tr("Keeps both candidates; nothing is merged."));
    buttons->addWidget(m_openDuplicateButton);
    buttons->addWidget(m_mergeButton);
    buttons->addWidget(m_saveAnywayButton);
    buttons->addStretch();
    layout->addLayout(buttons);
    m_duplicatePanel->hide();
    connect(m_openDuplicateButton, &QPushButton::clicked, this, &CandidateDialog::openDuplicate);
    connect(m_mergeButton, &QPushButton::clicked, this, &CandidateDialog::mergeWithDuplicate);
    connect(m_saveAnywayButton, &QPushButton::clicked, this, &CandidateDialog::saveAnyway);
}

void CandidateDialog::buildDetailsTab(QWidget *page)
{
    auto *form = new QFormLayout(page);
    m_nameEdit = new QLineEdit(page);
    m_nameEdit->setObjectName(QStringLiteral("nameEdit"));
    form->addRow(tr("&Name:"), m_nameEdit);

    const PhoneNumbers *phones = m_context.phones;
    m_phonesEditor = new ContactListEditor(
        QStringLiteral("phone"), tr("Add phone"),
        [phones](const QString &text) {
            const PhoneNumber parsed = phones->parse(text);
            return parsed.isValid() ? QString()
                                    : CandidateDialog::tr("kept as typed: %1")
                                          .arg(PhoneNumbers::problemText(parsed.problem));
        },
        page);
    m_phonesEditor->setObjectName(QStringLiteral("phonesEditor"));
    form->addRow(tr("Phones:"), m_phonesEditor);
    m_emailsEditor = new ContactListEditor(
        QStringLiteral("email"), tr("Add e-mail"),
        [](const QString &text) {
            return CandidateRepository::isValidEmail(CandidateRepository::normalizeEmail(text))
                       ? QString()
                       : CandidateDialog::tr("not an e-mail address; correct it before saving");
        },
        page);
    m_emailsEditor->setObjectName(QStringLiteral("emailsEditor"));
    form->addRow(tr("E-mails:"), m_emailsEditor);

    m_sourceCombo = new QComboBox(page);
    m_sourceCombo->setObjectName(QStringLiteral("sourceCombo"));
    m_sourceCombo->setEditable(true);
    m_sourceCombo->setInsertPolicy(QComboBox::NoInsert);
    m_sourceCombo->addItems(candidateChoices::knownSources(*m_context.database));
    form->addRow(tr("&Source:"), m_sourceCombo);

    m_vacancyCombo = new QComboBox(page);
    m_vacancyCombo->setObjectName(QStringLiteral("vacancyCombo"));
    form->addRow(tr("&Vacancy:"), m_vacancyCombo);
    m_stageCombo = new QComboBox(page);
    m_stageCombo->setObjectName(QStringLiteral("stageCombo"));
    form->addRow(tr("S&tage:"), m_stageCombo);
    m_rejectionEdit = new QLineEdit(page);
    m_rejectionEdit->setObjectName(QStringLiteral("rejectionEdit"));
    m_rejectionEdit->setPlaceholderText(tr("Why the candidate was turned down"));
    m_rejectionLabel = new QLabel(tr("Rejection reason:"), page);
    form->addRow(m_rejectionLabel, m_rejectionEdit);
    fillVacancies();
    connect(m_vacancyCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_loading) {
            fillStages(m_vacancyCombo->currentData().toLongLong(), 0);
        }
    });
    connect(m_stageCombo, &QComboBox::currentIndexChanged, this,
            &CandidateDialog::updateRejectionField);

    m_ratingSpin = new QSpinBox(page);
    m_ratingSpin->setObjectName(QStringLiteral("ratingSpin"));
    m_ratingSpin->setRange(0, 5);
    m_ratingSpin->setSpecialValueText(tr("not rated"));
    m_ratingSpin->setSuffix(QStringLiteral(" ★"));
    form->addRow(tr("&Rating:"), m_ratingSpin);

    m_tagsEdit = new QLineEdit(page);
    m_tagsEdit->setObjectName(QStringLiteral("tagsEdit"));
    m_tagsEdit->setPlaceholderText(tr("Comma-separated, e.g. middle, Python"));
    auto *completer = new TagCompleter(
        new QStringListModel(candidateChoices::knownTags(*m_context.database), this), this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_tagsEdit->setCompleter(completer);
    form->addRow(tr("T&ags:"), m_tagsEdit);

    m_consentCombo = new QComboBox(page);
    m_consentCombo->setObjectName(QStringLiteral("consentCombo"));
    m_consentCombo->addItem(tr("Not asked"), consentKey(Consent::NotAsked));
    m_consentCombo->addItem(tr("Asked"), consentKey(Consent::Asked));
    m_consentCombo->addItem(tr("Given"), consentKey(Consent::Given));
    m_consentCombo->addItem(tr("Refused"), consentKey(Consent::Refused));
    m_consentDate = new QDateEdit(page);
    m_consentDate->setObjectName(QStringLiteral("consentDate"));
    m_consentDate->setCalendarPopup(true);
    m_consentDate->setDate(QDate::currentDate());
    auto *consentRow = new QHBoxLayout;
    consentRow->addWidget(m_consentCombo);
    consentRow->addWidget(new QLabel(tr("on"), page));
    consentRow->addWidget(m_consentDate);
    consentRow->addStretch();
    form->addRow(tr("Personal data consent:"), consentRow);
    connect(m_consentCombo, &QComboBox::currentIndexChanged, this,
            &CandidateDialog::updateConsentDate);

    m_notesEdit = new QPlainTextEdit(page);
    m_notesEdit->setObjectName(QStringLiteral("notesEdit"));
    m_notesEdit->setTabChangesFocus(true);
    form->addRow(tr("N&otes:"), m_notesEdit);
    updateConsentDate();
    updateRejectionField();
}

void CandidateDialog::buildTimelineTab(QWidget *page)
{
    auto *layout = new QVBoxLayout(page);
    m_timelineList = new QListWidget(page);
    m_timelineList->setObjectName(QStringLiteral("timelineList"));
    m_timelineList->setWordWrap(true);
    m_timelineList->setSelectionMode(QAbstractItemView::SingleSelection);
    layout->addWidget(m_timelineList, 1);
    m_undoMergeButton = new QPushButton(tr("Undo merge…"), page);
    m_undoMergeButton->setObjectName(QStringLiteral("undoMergeButton"));
    m_undoMergeButton->setToolTip(tr("Select a merge in the timeline to split the cards again."));
    auto *timelineButtons = new QHBoxLayout;
    timelineButtons->addWidget(m_undoMergeButton);
    timelineButtons->addStretch();
    layout->addLayout(timelineButtons);
    connect(m_undoMergeButton, &QPushButton::clicked, this, &CandidateDialog::undoSelectedMerge);
    connect(m_timelineList, &QListWidget::currentRowChanged, this, &CandidateDialog::updateButtons);
    m_noteEdit = new QPlainTextEdit(page);
    m_noteEdit->setObjectName(QStringLiteral("noteEdit"));
    m_noteEdit->setPlaceholderText(tr("Write a note; Ctrl+Enter adds it"));
    m_noteEdit->setMaximumHeight(80);
    m_noteEdit->setTabChangesFocus(true);
    layout->addWidget(m_noteEdit);
    m_addNoteButton = new QPushButton(tr("Add note"), page);
    m_addNoteButton->setObjectName(QStringLiteral("addNoteButton"));
    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(m_addNoteButton);
    layout->addLayout(row);
    connect(m_addNoteButton, &QPushButton::clicked, this, &CandidateDialog::addNote);
    for (const QKeySequence &keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, m_noteEdit, nullptr, nullptr, Qt::WidgetShortcut);
        connect(shortcut, &QShortcut::activated, this, &CandidateDialog::addNote);
    }
    connect(m_noteEdit, &QPlainTextEdit::textChanged, this, &CandidateDialog::updateButtons);
}

void CandidateDialog::buildAttachmentsTab(QWidget *page)
{
    auto *layout = new QVBoxLayout(page);
    m_attachmentList = new QListWidget(page);
    m_attachmentList->setObjectName(QStringLiteral("attachmentList"));
    layout->addWidget(m_attachmentList, 1);
    auto *row = new QHBoxLayout;
    m_addAttachmentButton = new QPushButton(tr("Add…"), page);
    m_addAttachmentButton->setObjectName(QStringLiteral("addAttachmentButton"));
    m_openAttachmentButton = new QPushButton(tr("Open"), page);
    m_openAttachmentButton->setObjectName(QStringLiteral("openAttachmentButton"));
    m_removeAttachmentButton = new QPushButton(tr("Remove…"), page);
    m_removeAttachmentButton->setObjectName(QStringLiteral("removeAttachmentButton"));
    row->addWidget(m_addAttachmentButton);
    row->addWidget(m_openAttachmentButton);
    row->addWidget(m_removeAttachmentButton);
    row->addStretch();
    layout->addLayout(row);
    connect(m_addAttachmentButton, &QPushButton::clicked, this,
            &CandidateDialog::chooseAttachments);
    connect(m_openAttachmentButton, &QPushButton::clicked, this, &CandidateDialog::openAttachment);
    connect(m_removeAttachmentButton, &QPushButton::clicked, this,
            &CandidateDialog::removeAttachment);
    connect(m_attachmentList, &QListWidget::itemActivated, this, &CandidateDialog::openAttachment);
    connect(m_attachmentList, &QListWidget::currentRowChanged, this,
            &CandidateDialog::updateButtons);
}

void CandidateDialog::fillVacancies()
{
    m_vacancyCombo->clear();
    m_vacancyCombo->addItem(tr("No vacancy"), qint64(0));
    for (const Vacancy &vacancy : candidateChoices::vacancies(*m_context.database)) {
        m_vacancyCombo->addItem(vacancy.department.isEmpty()
                                    ? vacancy.title
                                    : tr("%1 (%2)").arg(vacancy.title, vacancy.department),
                                vacancy.id);
    }
}

void CandidateDialog::fillStages(qint64 vacancyId, qint64 stageId)
{
    const bool wasLoading = m_loading;
    m_loading = true;
    m_stageCombo->clear();
    if (vacancyId == 0) {
        m_stageCombo->addItem(tr("No stage"), qint64(0));
    } else {
        const VacancyRepository vacancies(*m_context.database);
        for (const PipelineStage &stage : vacancies.stages(vacancyId)) {
            m_stageCombo->addItem(stage.name, stage.id);
            m_stageCombo->setItemData(m_stageCombo->count() - 1, pipelineStageKindKey(stage.kind),
                                      kStageKindRole);
        }
    }
    const int index = m_stageCombo->findData(stageId);
    m_stageCombo->setCurrentIndex(index >= 0 ? index : 0);
    m_stageCombo->setEnabled(vacancyId != 0);
    m_loading = wasLoading;
    updateRejectionField();
}

void CandidateDialog::updateRejectionField()
{
    const bool rejected =
        pipelineStageKindFromKey(m_stageCombo->currentData(kStageKindRole).toString()) ==
        PipelineStage::Kind::Rejected;
    m_rejectionEdit->setVisible(rejected);
    m_rejectionLabel->setVisible(rejected);
}

void CandidateDialog::updateConsentDate()
{
    const bool asked = m_consentCombo->currentIndex() > 0;
    m_consentDate->setEnabled(asked);
}

void CandidateDialog::newCandidate(qint64 vacancyId, qint64 stageId)
{
    CandidateRecord record;
    record.vacancyId = vacancyId;
    record.stageId = stageId;
    if (vacancyId != 0 && stageId == 0) {
        const QList<PipelineStage> stages =
            VacancyRepository(*m_context.database).stages(vacancyId);
        record.stageId = stages.isEmpty() ? 0 : stages.first().id;
    }
    m_record = record;
    m_confirmedDuplicates.clear();
    m_mergeId = 0;
    showRecord(record);
    setWindowTitle(tr("New candidate"));
    m_nameEdit->setFocus();
}

bool CandidateDialog::openCandidate(qint64 id)
{
    const std::optional<CandidateRecord> record = m_repository.load(id);
    if (!record) {
        showProblems({m_repository.lastError()});
        return false;
    }
    m_record = *record;
    m_confirmedDuplicates.clear();
    m_mergeId = 0;
    showRecord(*record);
    setWindowTitle(tr("Candidate: %1").arg(record->fullName));
    refreshDuplicates();
    return true;
}

void CandidateDialog::showRecord(const CandidateRecord &record)
{
    m_loading = true;
    m_nameEdit->setText(record.fullName);
    QStringList phones;
    for (const PhoneEntry &phone : record.phones) {
        phones << phone.raw;
    }
    m_phonesEditor->setValues(phones);
    m_emailsEditor->setValues(record.emails);
    m_sourceCombo->setCurrentText(record.source);
    int vacancyIndex = m_vacancyCombo->findData(record.vacancyId);
    if (vacancyIndex < 0) {
        m_vacancyCombo->addItem(tr("Vacancy #%1").arg(record.vacancyId), record.vacancyId);
        vacancyIndex = m_vacancyCombo->count() - 1;
    }
    m_vacancyCombo->setCurrentIndex(vacancyIndex);
    fillStages(record.vacancyId, record.stageId);
    m_rejectionEdit->setText(record.rejectionReason);
    m_ratingSpin->setValue(record.rating);
    m_tagsEdit->setText(record.tags.join(QStringLiteral(", ")));
    m_consentCombo->setCurrentIndex(qMax(0, m_consentCombo->findData(consentKey(record.consent))));
    m_consentDate->setDate(record.consentAt.isValid() ? record.consentAt.toLocalTime().date()
                                                      : QDate::currentDate());
    m_notesEdit->setPlainText(record.notes);
    m_loading = false;
    updateConsentDate();
    updateRejectionField();
    showProblems({});
    m_duplicates.clear();
    m_duplicatePanel->hide();
    refreshTimeline();
    refreshAttachments();
    updateButtons();
}

CandidateRecord CandidateDialog::currentRecord() const
{
    CandidateRecord record = m_record;
    record.fullName = m_nameEdit->text();
    record.phones.clear();
    for (const QString &raw : m_phonesEditor->values()) {
        record.phones.append({raw, m_context.phones->toE164(raw)});
    }
    record.emails = m_emailsEditor->values();
    record.source = m_sourceCombo->currentText().trimmed();
    record.vacancyId = m_vacancyCombo->currentData().toLongLong();
    record.stageId = m_stageCombo->currentData().toLongLong();
    record.rejectionReason =
        m_rejectionEdit->isHidden() ? QString() : m_rejectionEdit->text().trimmed();
    record.rating = m_ratingSpin->value();
    record.tags = splitTags(m_tagsEdit->text());
    record.consent = consentFromKey(m_consentCombo->currentData().toString());
    if (record.consent == Consent::NotAsked) {
        record.consentAt = {};
    } else {
        const QDate date = m_consentDate->date();
        // The stored moment stays when its day was not changed; a new day is taken at noon,
        // so that no time zone moves it to another date.
        record.consentAt =
            m_record.consentAt.isValid() && m_record.consentAt.toLocalTime().date() == date
                ? m_record.consentAt
                : QDateTime(date, QTime(12, 0)).toUTC();
    }
    record.notes = m_notesEdit->toPlainText();
    return record;
}

bool CandidateDialog::isModified() const
{
    return m_repository.normalized(currentRecord()) != m_repository.normalized(m_record);
}

void CandidateDialog::showProblems(const QStringList &problems)
{
    m_problemLabel->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_problemLabel->setText(problems.join(u'\n'));
    m_problemLabel->setVisible(!problems.isEmpty());
}

void CandidateDialog::refreshDuplicates()
{
    m_duplicateTimer->stop();
    const CandidateRecord record = currentRecord();
    m_duplicates = m_repository.findDuplicates(record, 10);
    if (m_duplicates.isEmpty()) {
        m_duplicatePanel->hide();
        return;
    }
    const DuplicateMatch &first = m_duplicates.first();
    QStringList place;
    for (const QString &part : {first.vacancyTitle, first.stageName}) {
        if (!part.isEmpty()) {
            place << part;
        }
    }
    QString reason;
    switch (first.reason) {
    case DuplicateMatch::Reason::Phone:
        reason = tr("same phone %1").arg(first.matchedValue);
        break;
    case DuplicateMatch::Reason::Email:
        reason = tr("same e-mail %1").arg(first.matchedValue);
        break;
    case DuplicateMatch::Reason::NameAndPhoneTail:
        reason = tr("same name, phone ending in %1").arg(first.matchedValue);
        break;
    }
    const QString who = place.isEmpty()
                            ? QStringLiteral("<b>%1</b>").arg(first.fullName.toHtmlEscaped())
                            : QStringLiteral("<b>%1</b> (%2)")
                                  .arg(first.fullName.toHtmlEscaped(),
                                       place.join(QStringLiteral(", ")).toHtmlEscaped());
    QString text =
        first.isExact()
            ? tr("This looks like %1 — %2.").arg(who, reason.toHtmlEscaped())
            : tr("Possibly the same person as %1 — %2.").arg(who, reason.toHtmlEscaped());
    if (m_duplicates.size() > 1) {
        text += u' ' + tr("%n more similar candidate(s).", nullptr, int(m_duplicates.size() - 1));
    }
    m_duplicateLabel->setText(text);
    // An exact match holds the save until the user decides; a likely one is only a hint.
    m_duplicatePanel->setStyleSheet(
        first.isExact() ? QStringLiteral("#duplicatePanel { background: #fff3cd; }")
                        : QStringLiteral("#duplicatePanel { color: palette(mid); }"));
    m_saveAnywayButton->setVisible(first.isExact());
    m_mergeButton->setText(m_record.id == 0 || isModified() ? tr("Save and merge…") : tr("Merge…"));
    m_duplicatePanel->show();
}

bool CandidateDialog::hasUnconfirmedDuplicates() const
{
    for (const DuplicateMatch &match : m_duplicates) {
        if (match.isExact() && !m_confirmedDuplicates.contains(match.candidateId)) {
            return true;
        }
    }
    return false;
}

bool CandidateDialog::save(bool checkDuplicates)
{
    const CandidateRecord record = currentRecord();
    if (const QStringList problems = m_repository.problems(record); !problems.isEmpty()) {
        showProblems(problems);
        m_tabs->setCurrentIndex(0);
        return false;
    }
    if (checkDuplicates) {
        refreshDuplicates();
        if (hasUnconfirmedDuplicates()) {
            showProblems({tr("This candidate seems to be here already. Open that card, merge the "
                             "two, or save anyway to keep both.")});
            return false;
        }
    }
    qint64 id = record.id;
    if (id == 0) {
        id = m_repository.create(record);
        if (id == 0) {
            showProblems({m_repository.lastError()});
            return false;
        }
    } else if (!m_repository.update(record)) {
        // An edit conflict lands here too; the form keeps what the user typed.
        showProblems({m_repository.lastError()});
        return false;
    }
    if (const std::optional<CandidateRecord> stored = m_repository.load(id)) {
        m_record = *stored;
    } else {
        m_record.id = id;
    }
    setWindowTitle(tr("Candidate: %1").arg(m_record.fullName));
    showProblems({});
    refreshTimeline();
    refreshAttachments();
    updateButtons();
    emit candidateSaved(id);
    return true;
}

void CandidateDialog::accept()
{
    if (save(true)) {
        QDialog::accept();
    }
}

void CandidateDialog::reject()
{
    if (isModified()) {
        const auto answer =
            QMessageBox::question(this, tr("Discard changes?"),
                                  tr("The changes to this candidate are not saved. Discard them?"),
                                  QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard) {
            return;
        }
    }
    QDialog::reject();
}

void CandidateDialog::saveAnyway()
{
    for (const DuplicateMatch &match : std::as_const(m_duplicates)) {
        if (match.isExact()) {
            m_confirmedDuplicates.insert(match.candidateId);
        }
    }
    accept();
}

void CandidateDialog::openDuplicate()
{
    if (m_duplicates.isEmpty()) {
        return;
    }
    auto *other = new CandidateDialog(m_context, this);
    other->setAttribute(Qt::WA_DeleteOnClose);
    if (!other->openCandidate(m_duplicates.first().candidateId)) {
        showProblems({tr("That card cannot be opened: %1").arg(m_repository.lastError())});
        delete other;
        return;
    }
    other->open();
}

void CandidateDialog::mergeWithDuplicate()
{
    if (m_duplicates.isEmpty()) {
        return;
    }
    const qint64 survivorId = m_duplicates.first().candidateId;
    // Only stored cards can be merged, so what is in the form is saved first.
    if (isModified() || m_record.id == 0) {
        if (!save(false)) {
            return;
        }
    }
    MergeDialog dialog(m_context, survivorId, m_record.id, this);
    if (dialog.exec() != QDialog::Accepted) {
        m_problemLabel->setStyleSheet(QString());
        m_problemLabel->setText(
            tr("%1 is saved as a card of its own; nothing was merged.").arg(m_record.fullName));
        m_problemLabel->show();
        refreshDuplicates();
        return;
    }
    m_mergeId = dialog.mergeId();
    emit candidateMerged(m_mergeId, survivorId);
    QDialog::accept();
}

void CandidateDialog::refreshTimeline()
{
    m_timelineList->clear();
    if (m_record.id == 0) {
        auto *hint = new QListWidgetItem(tr("The timeline starts when the candidate is saved."));
        hint->setFlags(Qt::NoItemFlags);
        m_timelineList->addItem(hint);
        return;
    }
    const QLocale locale;
    for (const CandidateEvent &event : m_repository.timeline(m_record.id)) {
        QString text = event.text;
        if (event.kind == CandidateEvent::Kind::StageMove) {
            const QString move = event.fromStageName.isEmpty()
                                     ? event.toStageName
                                     : tr("%1 → %2").arg(event.fromStageName, event.toStageName);
            text = event.text.isEmpty() ? move : tr("%1 (%2)").arg(move, event.text);
        }
        auto *item = new QListWidgetItem(
            style()->standardIcon(eventIcon(event.kind)),
            tr("%1 · %2: %3")
                .arg(locale.toString(event.at.toLocalTime(), QLocale::ShortFormat),
                     eventLabel(event.kind), text));
        item->setData(kIdRole, event.id);
        item->setData(kStageKindRole, candidateEventKindKey(event.kind));
        if (event.kind == CandidateEvent::Kind::Merge) {
            // An undone merge takes its event with it, so every one listed still stands.
            item->setData(kMergeRole, QJsonDocument::fromJson(event.payload.toUtf8())
                                          .object()
                                          .value(u"merge_id")
                                          .toInteger());
        }
        m_timelineList->addItem(item);
    }
}

void CandidateDialog::refreshAttachments()
{
    m_attachmentList->clear();
    if (m_record.id == 0) {
        return;
    }
    const QLocale locale;
    for (const CandidateAttachment &attachment : m_attachments.list(m_record.id)) {
        auto *item = new QListWidgetItem(
            tr("%1 · %2 · %3")
                .arg(attachment.fileName, sizeText(attachment.sizeBytes),
                     locale.toString(attachment.addedAt.toLocalTime(), QLocale::ShortFormat)));
        item->setData(kIdRole, attachment.id);
        item->setToolTip(QDir::toNativeSeparators(m_attachments.absolutePath(attachment)));
        m_attachmentList->addItem(item);
    }
}

void CandidateDialog::addNote()
{
    const QString text = m_noteEdit->toPlainText().trimmed();
    if (m_record.id == 0 || text.isEmpty()) {
        return;
    }
    if (!m_repository.addNote(m_record.id, text)) {
        showProblems({m_repository.lastError()});
        return;
    }
    m_noteEdit->clear();
    refreshTimeline();
}

void CandidateDialog::undoSelectedMerge()
{
    const QListWidgetItem *item = m_timelineList->currentItem();
    const qint64 mergeId = item ? item->data(kMergeRole).toLongLong() : 0;
    if (mergeId == 0) {
        return;
    }
    if (isModified()) {
        showProblems({tr("Save or discard your edits to this card before undoing a merge.")});
        return;
    }
    const auto answer = QMessageBox::question(
        this, tr("Undo merge"),
        tr("Split the merged card off again and put both candidates back as they were before "
           "the merge?"),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes) {
        return;
    }
    MergeService service(*m_context.database, *m_context.phones);
    if (!service.undoMerge(mergeId)) {
        showProblems({service.lastError()});
        return;
    }
    openCandidate(m_record.id);
    emit mergeUndone(mergeId);
}

void CandidateDialog::chooseAttachments()
{
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Attach files"));
    if (!paths.isEmpty()) {
        addAttachments(paths);
    }
}

void CandidateDialog::addAttachments(const QStringList &paths)
{
    if (m_record.id == 0) {
        showProblems({tr("Save the candidate before attaching files.")});
        return;
    }
    QStringList problems;
    for (const QString &path : paths) {
        if (m_attachments.add(m_record.id, path) == 0) {
            problems << m_attachments.lastError();
        }
    }
    showProblems(problems);
    refreshAttachments();
    refreshTimeline();
    updateButtons();
}

void CandidateDialog::openAttachment()
{
    const QListWidgetItem *item = m_attachmentList->currentItem();
    if (!item) {
        return;
    }
    const std::optional<CandidateAttachment> attachment =
        m_attachments.attachment(item->data(kIdRole).toLongLong());
    if (!attachment) {
        showProblems({m_attachments.lastError()});
        return;
    }
    const QString path = m_attachments.absolutePath(*attachment);
    if (!QFile::exists(path)) {
        showProblems({tr("%1 is missing from %2.")
                          .arg(attachment->fileName, QDir::toNativeSeparators(path))});
        return;
    }
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(path))) {
        showProblems({tr("No program is set up to open %1.").arg(attachment->fileName)});
    }
}

void CandidateDialog::removeAttachment()
{
    const QListWidgetItem *item = m_attachmentList->currentItem();
    if (!item) {
        return;
    }
    const qint64 id = item->data(kIdRole).toLongLong();
    const std::optional<CandidateAttachment> attachment = m_attachments.attachment(id);
    if (!attachment) {
        showProblems({m_attachments.lastError()});
        return;
    }
    const auto answer = QMessageBox::question(
        this, tr("Remove attachment"),
        tr("Remove %1 from this candidate? The copy kept by the app is deleted.")
            .arg(attachment->fileName),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes) {
        return;
    }
    if (!m_attachments.remove(id)) {
        showProblems({m_attachments.lastError()});
    }
    refreshAttachments();
    refreshTimeline();
    updateButtons();
}

void CandidateDialog::updateButtons()
{
    const bool stored = m_record.id != 0;
    m_noteEdit->setEnabled(stored);
    m_addNoteButton->setEnabled(stored && !m_noteEdit->toPlainText().trimmed().isEmpty());
    m_addAttachmentButton->setEnabled(stored);
    const QListWidgetItem *event = m_timelineList->currentItem();
    m_undoMergeButton->setEnabled(stored && event && event->data(kMergeRole).toLongLong() != 0);
    const bool selected = stored && m_attachmentList->currentItem() != nullptr;
    m_openAttachmentButton->setEnabled(selected);
    m_removeAttachmentButton->setEnabled(selected);
}

} // namespace bbd
