#include "ui/ats/RetentionDialog.h"

#include "app/ats/HiringAnalytics.h"
#include "app/settings/Settings.h"
#include "ui/ViewHelpers.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace bbd {
namespace {

constexpr int kIdRole = Qt::UserRole;

} // namespace

RetentionDialog::RetentionDialog(const AppContext &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_attachmentsDir(QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                           .filePath(QStringLiteral("attachments")))
    , m_model(new QStandardItemModel(this))
{
    setWindowTitle(tr("Personal data past the retention period"));

    auto *intro = new QLabel(tr("Candidates who were not hired and whose cards have not changed "
                                "for longer than the retention period. Anonymising erases their "
                                "personal data and keeps what the hiring figures need."));
    intro->setWordWrap(true);

    m_monthsSpin = new QSpinBox;
    m_monthsSpin->setObjectName(QStringLiteral("retentionMonthsSpin"));
    m_monthsSpin->setRange(0, 240);
    m_monthsSpin->setSpecialValueText(tr("off"));
    m_monthsSpin->setValue(m_context.settings ? m_context.settings->retentionMonths()
                                              : Settings::defaultRetentionMonths());
    m_monthsSpin->setToolTip(tr("For this review only; the usual period is set in Settings."));
    auto *monthsLabel = new QLabel(tr("&Unchanged for longer than:"));
    monthsLabel->setBuddy(m_monthsSpin);
    auto *monthsRow = new QHBoxLayout;
    monthsRow->addWidget(monthsLabel);
    monthsRow->addWidget(m_monthsSpin);
    monthsRow->addStretch(1);

    m_stateLabel = ui::makeEmptyHint(QString());
    m_stateLabel->setObjectName(QStringLiteral("retentionStateLabel"));

    m_view = new QTableView;
    m_view->setObjectName(QStringLiteral("retentionList"));
    ui::configureTableView(m_view);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setModel(m_model);

    m_resultLabel = new QLabel;
    m_resultLabel->setObjectName(QStringLiteral("retentionResultLabel"));
    m_resultLabel->setWordWrap(true);
    m_resultLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_resultLabel->hide();

    m_selectAllButton = new QPushButton(tr("Select &all"));
    m_selectAllButton->setObjectName(QStringLiteral("selectAllButton"));
    m_selectNoneButton = new QPushButton(tr("Select &none"));
    m_selectNoneButton->setObjectName(QStringLiteral("selectNoneButton"));
    m_anonymizeButton = new QPushButton;
    m_anonymizeButton->setObjectName(QStringLiteral("anonymizeButton"));
    for (QPushButton *button : {m_selectAllButton, m_selectNoneButton, m_anonymizeButton}) {
        button->setAutoDefault(false);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    auto *actionRow = new QHBoxLayout;
    actionRow->addWidget(m_selectAllButton);
    actionRow->addWidget(m_selectNoneButton);
    actionRow->addStretch(1);
    actionRow->addWidget(m_anonymizeButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(monthsRow);
    layout->addWidget(m_stateLabel, 1);
    layout->addWidget(m_view, 1);
    layout->addLayout(actionRow);
    layout->addWidget(m_resultLabel);
    layout->addWidget(buttons);
    resize(760, 480);

    connect(m_monthsSpin, &QSpinBox::valueChanged, this, &RetentionDialog::reload);
    connect(m_selectAllButton, &QPushButton::clicked, this, [this] { setAllChecked(true); });
    connect(m_selectNoneButton, &QPushButton::clicked, this, [this] { setAllChecked(false); });
    connect(m_anonymizeButton, &QPushButton::clicked, this, &RetentionDialog::anonymizeChecked);
    connect(m_model, &QStandardItemModel::itemChanged, this, &RetentionDialog::updateButton);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    reload();
}

void RetentionDialog::reload()
{
    const int months = m_monthsSpin->value();
    // Russian needs three plural forms; the translation can use one abbreviation for all.
    m_monthsSpin->setSuffix(months == 1 ? tr(" month") : tr(" months"));
    RetentionService service(*m_context.database);
    const QList<RetentionCandidate> due = service.pastRetention(months);

    m_model->clear();
    m_model->setHorizontalHeaderLabels(
        {tr("Candidate"), tr("Vacancy"), tr("Stage"), tr("Last change")});
    for (const RetentionCandidate &candidate : due) {
        auto *name = new QStandardItem(candidate.fullName);
        name->setData(candidate.id, kIdRole);
        name->setCheckable(true);
        name->setCheckState(Qt::Checked);
        name->setEditable(false);
        auto *vacancy = new QStandardItem(candidate.vacancyTitle);
        vacancy->setEditable(false);
        auto *stage = new QStandardItem(candidate.stageName);
        stage->setEditable(false);
        const QDate date = QDate::fromString(candidate.lastActivity, Qt::ISODate);
        auto *changed =
            new QStandardItem(date.isValid() ? QLocale().toString(date, QLocale::ShortFormat)
                                             : candidate.lastActivity);
        changed->setData(candidate.lastActivity, kIdRole);
        changed->setEditable(false);
        m_model->appendRow({name, vacancy, stage, changed});
    }
    ui::fitColumns(m_view, 0);

    QString state;
    if (months == 0) {
        state = tr("The review is off (0 months): no candidate is offered for anonymisation. "
                   "Set a period to see whose data has been kept longer.");
    } else if (!service.lastError().isEmpty()) {
        state = tr("The candidates could not be read: %1").arg(service.lastError());
    } else if (due.isEmpty()) {
        state = tr("Nothing is due: no candidate's data has been kept unchanged for longer than "
                   "%n months.",
                   nullptr, months);
    }
    m_stateLabel->setText(state);
    m_stateLabel->setVisible(!state.isEmpty());
    m_view->setVisible(!due.isEmpty());
    m_selectAllButton->setEnabled(!due.isEmpty());
    m_selectNoneButton->setEnabled(!due.isEmpty());
    updateButton();
}

QList<qint64> RetentionDialog::checkedIds() const
{
    QList<qint64> ids;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QStandardItem *item = m_model->item(row, 0);
        if (item->checkState() == Qt::Checked) {
            ids << item->data(kIdRole).toLongLong();
        }
    }
    return ids;
}

void RetentionDialog::setAllChecked(bool checked)
{
    const QSignalBlocker blocker(m_model);
    for (int row = 0; row < m_model->rowCount(); ++row) {
        m_model->item(row, 0)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    }
    // The blocker kept the view from repainting row by row; one refresh for all.
    if (m_model->rowCount() > 0) {
        emit m_model->dataChanged(m_model->index(0, 0), m_model->index(m_model->rowCount() - 1, 0),
                                  {Qt::CheckStateRole});
    }
    updateButton();
}

void RetentionDialog::updateButton()
{
    const qsizetype count = checkedIds().size();
    m_anonymizeButton->setText(tr("Anonymise %n…", nullptr, int(count)));
    m_anonymizeButton->setEnabled(count > 0);
}

void RetentionDialog::anonymizeChecked()
{
    const QList<qint64> ids = checkedIds();
    if (ids.isEmpty()) {
        return;
    }
    QMessageBox box(
        QMessageBox::Warning, tr("Anonymise candidates"),
        tr("Anonymise %n candidate(s)? This cannot be undone.", nullptr, int(ids.size())),
        QMessageBox::Cancel, this);
    box.setInformativeText(
        tr("Erased: names, phone numbers, e-mail addresses, notes, tags, rejection reasons, "
           "attached files and the texts of timeline entries.\n\nKept for the hiring figures: "
           "vacancy, stage, source and dates."));
    QPushButton *confirm = box.addButton(tr("Anonymise"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != confirm) {
        return;
    }
    RetentionService service(*m_context.database);
    const int done = service.anonymize(ids, m_attachmentsDir);
    if (done == 0 && !service.lastError().isEmpty()) {
        m_resultLabel->setText(tr("Nothing was anonymised: %1").arg(service.lastError()));
    } else {
        m_resultLabel->setText(tr("%n candidate(s) anonymised.", nullptr, done));
        emit candidatesAnonymized(ids);
    }
    m_resultLabel->show();
    reload();
}

} // namespace bbd
