#include "ui/ats/MergeDialog.h"

#include "app/ats/CandidateRepository.h"
#include "app/ats/MergeService.h"
#include "app/ats/VacancyRepository.h"
#include "app/phones/PhoneNumbers.h"
#include "app/storage/Database.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace bbd {
namespace {

QString elided(const QString &text)
{
    const QString line = text.simplified();
    return line.size() > 60 ? line.left(59) + u'…' : line;
}

QString consentText(Consent consent)
{
    switch (consent) {
    case Consent::NotAsked:
        return MergeDialog::tr("not asked");
    case Consent::Asked:
        return MergeDialog::tr("asked");
    case Consent::Given:
        return MergeDialog::tr("given");
    case Consent::Refused:
        return MergeDialog::tr("refused");
    }
    return {};
}

// The phones of `extra` that `base` does not have yet, by number (or by text when invalid).
QList<PhoneEntry> unitePhones(const QList<PhoneEntry> &base, const QList<PhoneEntry> &extra)
{
    QList<PhoneEntry> all = base;
    for (const PhoneEntry &phone : extra) {
        const bool known = std::any_of(all.cbegin(), all.cend(), [&phone](const PhoneEntry &e) {
            return phone.isValid() ? e.e164 == phone.e164 : e.raw == phone.raw;
        });
        if (!known) {
            all << phone;
        }
    }
    return all;
}

QStringList unite(const QStringList &base, const QStringList &extra)
{
    QStringList all = base;
    for (const QString &value : extra) {
        if (!all.contains(value, Qt::CaseInsensitive)) {
            all << value;
        }
    }
    return all;
}

} // namespace

MergeDialog::MergeDialog(const AppContext &context, qint64 survivorId, qint64 mergedId,
                         QWidget *parent)
    : QDialog(parent)
    , m_context(context)
{
    setWindowTitle(tr("Merge candidates"));
    auto *layout = new QVBoxLayout(this);
    m_problemLabel = new QLabel(this);
    m_problemLabel->setObjectName(QStringLiteral("problemLabel"));
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_problemLabel->hide();
    layout->addWidget(m_problemLabel);

    const CandidateRepository repository(*context.database, *context.phones);
    const std::optional<CandidateRecord> left = repository.load(survivorId);
    const std::optional<CandidateRecord> right = repository.load(mergedId);
    m_ready = left && right && survivorId != mergedId;
    if (m_ready) {
        m_left = *left;
        m_right = *right;
    } else {
        m_problemLabel->setText(survivorId == mergedId
                                    ? tr("A candidate cannot be merged with itself.")
                                    : repository.lastError());
        m_problemLabel->show();
    }

    auto *grid = new QGridLayout;
    auto *leftHeader = new QLabel(tr("<b>Keeps this card</b><br>%1 (#%2)")
                                      .arg(m_left.fullName.toHtmlEscaped())
                                      .arg(survivorId),
                                  this);
    auto *rightHeader = new QLabel(tr("<b>Folds in this one</b><br>%1 (#%2)")
                                       .arg(m_right.fullName.toHtmlEscaped())
                                       .arg(mergedId),
                                   this);
    grid->addWidget(leftHeader, 0, 1);
    grid->addWidget(rightHeader, 0, 2);
    grid->addWidget(new QLabel(tr("<b>Both</b>"), this), 0, 3);
    layout->addLayout(grid);

    const QList<std::pair<QString, QString>> labels{
        {QStringLiteral("name"), tr("Name")},       {QStringLiteral("phones"), tr("Phones")},
        {QStringLiteral("emails"), tr("E-mails")},  {QStringLiteral("source"), tr("Source")},
        {QStringLiteral("vacancy"), tr("Vacancy")}, {QStringLiteral("rating"), tr("Rating")},
        {QStringLiteral("tags"), tr("Tags")},       {QStringLiteral("consent"), tr("Consent")},
        {QStringLiteral("notes"), tr("Notes")},
    };
    const QStringList unions{QStringLiteral("phones"), QStringLiteral("emails"),
                             QStringLiteral("tags"), QStringLiteral("notes")};
    for (const auto &[field, label] : labels) {
        const int row = grid->rowCount();
        grid->addWidget(new QLabel(label, this), row, 0);
        auto *group = new QButtonGroup(this);
        const QString leftText = describe(m_left, field);
        const QString rightText = describe(m_right, field);
        const auto radio = [&](const QString &name, const QString &text, Side side, int column) {
            auto *button = new QRadioButton(text.isEmpty() ? tr("(empty)") : elided(text), this);
            button->setObjectName(name + u'_' + field);
            button->setToolTip(text);
            group->addButton(button, int(side));
            grid->addWidget(button, row, column);
        };
        radio(QStringLiteral("leftRadio"), leftText, Side::Left, 1);
        radio(QStringLiteral("rightRadio"), rightText, Side::Right, 2);
        if (unions.contains(field)) {
            radio(QStringLiteral("bothRadio"), tr("both"), Side::Both, 3);
        }
        m_groups.insert(field, group);
        // What is there wins over nothing; two different lists are kept together.
        Side side = Side::Left;
        if (leftText.isEmpty() && !rightText.isEmpty()) {
            side = Side::Right;
        } else if (unions.contains(field) && !leftText.isEmpty() && !rightText.isEmpty() &&
                   leftText != rightText) {
            side = Side::Both;
        }
        group->button(int(side))->setChecked(true);
        connect(group, &QButtonGroup::idToggled, this, [this](int, bool checked) {
            if (checked) {
                updatePreview();
            }
        });
    }

    layout->addWidget(new QLabel(tr("<b>Result</b>"), this));
    m_previewLabel = new QLabel(this);
    m_previewLabel->setObjectName(QStringLiteral("previewLabel"));
    m_previewLabel->setTextFormat(Qt::RichText);
    m_previewLabel->setWordWrap(true);
    layout->addWidget(m_previewLabel);
    auto *keepNote = new QLabel(tr("Both timelines and all attachments stay with the merged "
                                   "card. The merge can be undone."),
                                this);
    keepNote->setWordWrap(true);
    layout->addWidget(keepNote);

    m_buttonBox = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_buttonBox->setObjectName(QStringLiteral("buttonBox"));
    m_mergeButton = m_buttonBox->addButton(tr("Merge"), QDialogButtonBox::AcceptRole);
    m_mergeButton->setObjectName(QStringLiteral("mergeButton"));
    m_mergeButton->setEnabled(m_ready);
    layout->addWidget(m_buttonBox);
    connect(m_buttonBox, &QDialogButtonBox::accepted, this, &MergeDialog::accept);
    connect(m_buttonBox, &QDialogButtonBox::rejected, this, &MergeDialog::reject);
    updatePreview();
}

MergeDialog::~MergeDialog() = default;

QStringList MergeDialog::fields()
{
    return {QStringLiteral("name"),   QStringLiteral("phones"),  QStringLiteral("emails"),
            QStringLiteral("source"), QStringLiteral("vacancy"), QStringLiteral("rating"),
            QStringLiteral("tags"),   QStringLiteral("consent"), QStringLiteral("notes")};
}

void MergeDialog::choose(const QString &field, Side side)
{
    if (QButtonGroup *group = m_groups.value(field)) {
        if (QAbstractButton *button = group->button(int(side))) {
            button->setChecked(true);
        }
    }
}

MergeDialog::Side MergeDialog::choice(const QString &field) const
{
    const QButtonGroup *group = m_groups.value(field);
    return group ? Side(group->checkedId()) : Side::Left;
}

QString MergeDialog::describe(const CandidateRecord &record, const QString &field) const
{
    if (field == u"name") {
        return record.fullName;
    }
    if (field == u"phones") {
        QStringList phones;
        for (const PhoneEntry &phone : record.phones) {
            phones << m_context.phones->formatForDisplay(phone.raw);
        }
        return phones.join(QStringLiteral("; "));
    }
    if (field == u"emails") {
        return record.emails.join(QStringLiteral(", "));
    }
    if (field == u"source") {
        return record.source;
    }
    if (field == u"vacancy") {
        if (record.vacancyId == 0) {
            return {};
        }
        const VacancyRepository vacancies(*m_context.database);
        const std::optional<Vacancy> vacancy = vacancies.load(record.vacancyId);
        const std::optional<PipelineStage> stage = vacancies.stage(record.stageId);
        const QString title = vacancy ? vacancy->title : tr("vacancy #%1").arg(record.vacancyId);
        return stage ? tr("%1, %2").arg(title, stage->name) : title;
    }
    if (field == u"rating") {
        return record.rating == 0 ? QString() : tr("%1 of 5").arg(record.rating);
    }
    if (field == u"tags") {
        return record.tags.join(QStringLiteral(", "));
    }
    if (field == u"consent") {
        if (record.consent == Consent::NotAsked) {
            return {};
        }
        return record.consentAt.isValid()
                   ? tr("%1 on %2")
                         .arg(consentText(record.consent),
                              QLocale().toString(record.consentAt.toLocalTime().date(),
                                                 QLocale::ShortFormat))
                   : consentText(record.consent);
    }
    if (field == u"notes") {
        return record.notes;
    }
    return {};
}

CandidateRecord MergeDialog::chosenRecord() const
{
    CandidateRecord record = m_left;
    const auto side = [this](const char *field) {
        return choice(QLatin1String(field));
    };
    const auto right = [&side](const char *field) {
        return side(field) == Side::Right;
    };
    if (right("name")) {
        record.fullName = m_right.fullName;
    }
    switch (side("phones")) {
    case Side::Left:
        break;
    case Side::Right:
        record.phones = m_right.phones;
        break;
    case Side::Both:
        record.phones = unitePhones(m_left.phones, m_right.phones);
        break;
    }
    switch (side("emails")) {
    case Side::Left:
        break;
    case Side::Right:
        record.emails = m_right.emails;
        break;
    case Side::Both:
        record.emails = unite(m_left.emails, m_right.emails);
        break;
    }
    if (right("source")) {
        record.source = m_right.source;
    }
    if (right("vacancy")) {
        record.vacancyId = m_right.vacancyId;
        record.stageId = m_right.stageId;
        record.rejectionReason = m_right.rejectionReason;
        record.stageEnteredAt = m_right.stageEnteredAt;
    }
    if (right("rating")) {
        record.rating = m_right.rating;
    }
    switch (side("tags")) {
    case Side::Left:
        break;
    case Side::Right:
        record.tags = m_right.tags;
        break;
    case Side::Both:
        record.tags = unite(m_left.tags, m_right.tags);
        break;
    }
    if (right("consent")) {
        record.consent = m_right.consent;
        record.consentAt = m_right.consentAt;
    }
    switch (side("notes")) {
    case Side::Left:
        break;
    case Side::Right:
        record.notes = m_right.notes;
        break;
    case Side::Both:
        record.notes = m_left.notes.isEmpty() ? m_right.notes
                       : m_right.notes.isEmpty()
                           ? m_left.notes
                           : m_left.notes + QStringLiteral("\n\n") + m_right.notes;
        break;
    }
    // The person first reached us with the earlier response.
    if (m_right.appliedAt.isValid() &&
        (!record.appliedAt.isValid() || m_right.appliedAt < record.appliedAt)) {
        record.appliedAt = m_right.appliedAt;
    }
    return record;
}

void MergeDialog::updatePreview()
{
    const CandidateRecord record = chosenRecord();
    QString html = QStringLiteral("<table>");
    const QStringList names{tr("Name"),   tr("Phones"), tr("E-mails"), tr("Source"), tr("Vacancy"),
                            tr("Rating"), tr("Tags"),   tr("Consent"), tr("Notes")};
    const QStringList keys = fields();
    for (int i = 0; i < keys.size(); ++i) {
        const QString value = describe(record, keys.at(i));
        html += QStringLiteral("<tr><td>%1:&nbsp;</td><td>%2</td></tr>")
                    .arg(names.at(i).toHtmlEscaped(),
                         value.isEmpty() ? tr("(empty)") : value.toHtmlEscaped());
    }
    html += QStringLiteral("</table>");
    m_previewLabel->setText(html);
}

void MergeDialog::accept()
{
    if (!m_ready) {
        return;
    }
    MergeService service(*m_context.database, *m_context.phones);
    const qint64 id = service.merge(m_left.id, m_right.id, chosenRecord());
    if (id == 0) {
        m_problemLabel->setText(service.lastError());
        m_problemLabel->show();
        return;
    }
    m_mergeId = id;
    emit merged(id);
    QDialog::accept();
}

} // namespace bbd
