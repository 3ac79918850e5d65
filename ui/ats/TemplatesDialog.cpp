#include "ui/ats/TemplatesDialog.h"

#include "app/settings/Settings.h"
#include "ui/ViewHelpers.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace bbd {
namespace {

constexpr int kIdRole = Qt::UserRole;

QString channelTitle(MessageTemplate::Channel channel)
{
    return channel == MessageTemplate::Channel::Sms ? TemplatesDialog::tr("SMS")
                                                    : TemplatesDialog::tr("E-mail");
}

// Lines a QPlainTextEdit shows without scrolling, to keep short fields short.
void setVisibleLines(QPlainTextEdit *edit, int lines)
{
    const int height = edit->fontMetrics().lineSpacing() * lines +
                       int(edit->document()->documentMargin() * 2) + edit->frameWidth() * 2;
    edit->setMinimumHeight(height);
    edit->setMaximumHeight(height);
}

QLabel *makeErrorLabel(const QString &objectName)
{
    auto *label = new QLabel;
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // The palette has no "error" role; a dark red reads on light and dark themes alike.
    label->setStyleSheet(QStringLiteral("color: #c62828;"));
    label->hide();
    return label;
}

} // namespace

TemplatesDialog::TemplatesDialog(const AppContext &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_service(*context.database, *context.settings)
{
    setWindowTitle(tr("Message templates"));

    // The list of templates.
    m_list = new QTreeWidget;
    m_list->setObjectName(QStringLiteral("templateList"));
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Template"), tr("Channel")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_newButton = new QPushButton(tr("&New"));
    m_newButton->setObjectName(QStringLiteral("newTemplateButton"));
    m_deleteButton = new QPushButton(tr("&Delete…"));
    m_deleteButton->setObjectName(QStringLiteral("deleteTemplateButton"));
    // Enter in the editor saves; it must never create or delete.
    m_newButton->setAutoDefault(false);
    m_deleteButton->setAutoDefault(false);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_newButton);
    listButtons->addWidget(m_deleteButton);
    listButtons->addStretch(1);
    auto *listPane = new QWidget;
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 6, 0);
    listLayout->addWidget(ui::makeHeading(tr("Templates")));
    listLayout->addWidget(m_list, 1);
    listLayout->addLayout(listButtons);

    // The editor.
    m_nameEdit = new QLineEdit;
    m_nameEdit->setObjectName(QStringLiteral("templateNameEdit"));
    m_channelCombo = new QComboBox;
    m_channelCombo->setObjectName(QStringLiteral("templateChannelCombo"));
    m_channelCombo->addItem(channelTitle(MessageTemplate::Channel::Email),
                            QVariant::fromValue(int(MessageTemplate::Channel::Email)));
    m_channelCombo->addItem(channelTitle(MessageTemplate::Channel::Sms),
                            QVariant::fromValue(int(MessageTemplate::Channel::Sms)));
    m_subjectEdit = new QLineEdit;
    m_subjectEdit->setObjectName(QStringLiteral("templateSubjectEdit"));
    m_bodyEdit = new QPlainTextEdit;
    m_bodyEdit->setObjectName(QStringLiteral("templateBodyEdit"));
    m_bodyEdit->setTabChangesFocus(true);
    m_bodyEdit->setMinimumHeight(m_bodyEdit->fontMetrics().lineSpacing() * 6);
    m_signatureEdit = new QPlainTextEdit;
    m_signatureEdit->setObjectName(QStringLiteral("templateSignatureEdit"));
    m_signatureEdit->setTabChangesFocus(true);
    m_signatureEdit->setPlaceholderText(tr("Used when the sender has no signature of their own"));
    setVisibleLines(m_signatureEdit, 4);

    m_insertButton = new QPushButton(tr("Insert &placeholder"));
    m_insertButton->setObjectName(QStringLiteral("insertPlaceholderButton"));
    m_insertButton->setAutoDefault(false);
    auto *menu = new QMenu(m_insertButton);
    for (const QString &name : MessageService::placeholders()) {
        QAction *action = menu->addAction(tr("%1\t{%2}").arg(placeholderTitle(name), name));
        action->setData(name);
        connect(action, &QAction::triggered, this, [this, name] { insertPlaceholder(name); });
    }
    m_insertButton->setMenu(menu);
    m_insertButton->setToolTip(tr("Inserts a placeholder at the cursor of the subject, text or "
                                  "signature, whichever you edited last"));

    m_errorLabel = makeErrorLabel(QStringLiteral("templateErrorLabel"));
    m_saveButton = new QPushButton(tr("&Save"));
    m_saveButton->setObjectName(QStringLiteral("saveTemplateButton"));
    m_saveButton->setDefault(true);

    auto *bodyLabelBox = new QVBoxLayout;
    auto *bodyLabel = new QLabel(tr("&Text:"));
    bodyLabel->setBuddy(m_bodyEdit);
    bodyLabelBox->addWidget(bodyLabel);
    bodyLabelBox->addStretch(1);
    auto *form = new QFormLayout;
    m_form = form;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Name:"), m_nameEdit);
    form->addRow(tr("C&hannel:"), m_channelCombo);
    form->addRow(tr("S&ubject:"), m_subjectEdit);
    form->addRow(QString(), m_insertButton);
    form->addRow(bodyLabel, m_bodyEdit);
    form->addRow(tr("Si&gnature:"), m_signatureEdit);
    auto *saveRow = new QHBoxLayout;
    saveRow->addWidget(m_errorLabel, 1);
    saveRow->addStretch(0);
    saveRow->addWidget(m_saveButton, 0, Qt::AlignTop | Qt::AlignRight);
    auto *editorPane = new QWidget;
    auto *editorLayout = new QVBoxLayout(editorPane);
    editorLayout->setContentsMargins(6, 0, 6, 0);
    editorLayout->addWidget(ui::makeHeading(tr("Template")));
    editorLayout->addLayout(form, 1);
    editorLayout->addLayout(saveRow);

    // The preview.
    m_preview = new QPlainTextEdit;
    m_preview->setObjectName(QStringLiteral("templatePreview"));
    m_preview->setReadOnly(true);
    m_preview->setBackgroundRole(QPalette::AlternateBase);
    m_previewProblems = new QLabel;
    m_previewProblems->setObjectName(QStringLiteral("templatePreviewProblems"));
    m_previewProblems->setWordWrap(true);
    m_previewProblems->setForegroundRole(QPalette::PlaceholderText);
    auto *previewPane = new QWidget;
    auto *previewLayout = new QVBoxLayout(previewPane);
    previewLayout->setContentsMargins(6, 0, 0, 0);
    previewLayout->addWidget(ui::makeHeading(tr("Preview with sample values")));
    previewLayout->addWidget(m_preview, 1);
    previewLayout->addWidget(m_previewProblems);

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(listPane);
    splitter->addWidget(editorPane);
    splitter->addWidget(previewPane);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 4);
    splitter->setStretchFactor(2, 3);

    // The sender's own details.
    auto *senderBox = new QGroupBox(tr("Your signature"));
    m_senderNameEdit = new QLineEdit(m_context.settings->senderName());
    m_senderNameEdit->setObjectName(QStringLiteral("senderNameEdit"));
    m_senderNameEdit->setPlaceholderText(tr("Fills {recruiter}"));
    m_companyEdit = new QLineEdit(m_context.settings->companyName());
    m_companyEdit->setObjectName(QStringLiteral("companyNameEdit"));
    m_companyEdit->setPlaceholderText(tr("Fills {company}"));
    m_senderSignatureEdit = new QPlainTextEdit(m_context.settings->senderSignature());
    m_senderSignatureEdit->setObjectName(QStringLiteral("senderSignatureEdit"));
    m_senderSignatureEdit->setTabChangesFocus(true);
    m_senderSignatureEdit->setPlaceholderText(
        tr("Goes under every message you send, instead of the template's signature"));
    setVisibleLines(m_senderSignatureEdit, 3);
    auto *senderLeft = new QFormLayout;
    senderLeft->addRow(tr("Your na&me:"), m_senderNameEdit);
    senderLeft->addRow(tr("Co&mpany:"), m_companyEdit);
    auto *senderRight = new QFormLayout;
    senderRight->addRow(tr("Your signa&ture:"), m_senderSignatureEdit);
    auto *senderLayout = new QHBoxLayout(senderBox);
    senderLayout->addLayout(senderLeft, 2);
    senderLayout->addSpacing(12);
    senderLayout->addLayout(senderRight, 3);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(senderBox);
    layout->addWidget(buttons);
    resize(1080, 640);

    for (QWidget *field :
         {static_cast<QWidget *>(m_subjectEdit), static_cast<QWidget *>(m_bodyEdit),
          static_cast<QWidget *>(m_signatureEdit)}) {
        field->installEventFilter(this);
    }
    m_lastTextField = m_bodyEdit;

    connect(m_list, &QTreeWidget::currentItemChanged, this, &TemplatesDialog::currentItemChanged);
    connect(m_nameEdit, &QLineEdit::textChanged, this, &TemplatesDialog::markDirty);
    connect(m_subjectEdit, &QLineEdit::textChanged, this, &TemplatesDialog::markDirty);
    connect(m_bodyEdit, &QPlainTextEdit::textChanged, this, &TemplatesDialog::markDirty);
    connect(m_signatureEdit, &QPlainTextEdit::textChanged, this, &TemplatesDialog::markDirty);
    connect(m_channelCombo, &QComboBox::currentIndexChanged, this, [this] {
        markDirty();
        updateChannel();
    });
    connect(m_senderNameEdit, &QLineEdit::textChanged, this, &TemplatesDialog::updatePreview);
    connect(m_companyEdit, &QLineEdit::textChanged, this, &TemplatesDialog::updatePreview);
    connect(m_senderSignatureEdit, &QPlainTextEdit::textChanged, this,
            &TemplatesDialog::updatePreview);
    connect(m_saveButton, &QPushButton::clicked, this, &TemplatesDialog::save);
    connect(m_newButton, &QPushButton::clicked, this, &TemplatesDialog::newTemplate);
    connect(m_deleteButton, &QPushButton::clicked, this, &TemplatesDialog::deleteTemplate);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    reloadList(0);
    if (m_templates.isEmpty()) {
        showTemplate({});
    }
}

QString TemplatesDialog::placeholderTitle(const QString &name)
{
    static const QHash<QString, const char *> titles{
        {QStringLiteral("first_name"), QT_TR_NOOP("First name")},
        {QStringLiteral("last_name"), QT_TR_NOOP("Last name")},
        {QStringLiteral("full_name"), QT_TR_NOOP("Full name")},
        {QStringLiteral("vacancy"), QT_TR_NOOP("Vacancy")},
        {QStringLiteral("stage"), QT_TR_NOOP("Stage")},
        {QStringLiteral("recruiter"), QT_TR_NOOP("Your name")},
        {QStringLiteral("company"), QT_TR_NOOP("Company")},
        {QStringLiteral("interview_time"), QT_TR_NOOP("Interview time")},
    };
    const char *title = titles.value(name);
    return title ? tr(title) : name;
}

QHash<QString, QString> TemplatesDialog::sampleValues() const
{
    const QString recruiter = m_senderNameEdit->text().trimmed();
    const QString company = m_companyEdit->text().trimmed();
    const QDateTime interview(QDate::currentDate().addDays(1), QTime(14, 0));
    return {
        {QStringLiteral("first_name"), tr("Anna")},
        {QStringLiteral("last_name"), tr("Smirnova")},
        {QStringLiteral("full_name"), tr("Smirnova Anna")},
        {QStringLiteral("vacancy"), tr("Sales manager")},
        {QStringLiteral("stage"), tr("Interview")},
        {QStringLiteral("recruiter"), recruiter.isEmpty() ? tr("Maria Ivanova") : recruiter},
        {QStringLiteral("company"), company.isEmpty() ? tr("Butterboard") : company},
        {QStringLiteral("interview_time"), QLocale().toString(interview, QLocale::ShortFormat)},
    };
}

void TemplatesDialog::reloadList(qint64 selectId)
{
    const QList<MessageTemplate> list = m_service.templates();
    m_loading = true;
    m_list->clear();
    m_templates.clear();
    QTreeWidgetItem *selected = nullptr;
    for (const MessageTemplate &item : list) {
        m_templates.insert(item.id, item);
        auto *row = new QTreeWidgetItem(m_list, {item.name, channelTitle(item.channel)});
        row->setData(0, kIdRole, item.id);
        if (item.id == selectId || (!selected && selectId == 0)) {
            selected = row;
        }
    }
    if (selected) {
        m_list->setCurrentItem(selected);
    }
    m_loading = false;
    if (!m_service.lastError().isEmpty()) {
        m_errorLabel->setText(tr("The templates could not be read: %1").arg(m_service.lastError()));
        m_errorLabel->show();
    }
    if (selected) {
        showTemplate(m_templates.value(selected->data(0, kIdRole).toLongLong()));
    }
}

void TemplatesDialog::showTemplate(const MessageTemplate &item)
{
    m_loading = true;
    m_currentId = item.id;
    m_nameEdit->setText(item.name);
    m_channelCombo->setCurrentIndex(m_channelCombo->findData(int(item.channel)));
    m_subjectEdit->setText(item.subject);
    m_bodyEdit->setPlainText(item.body);
    m_signatureEdit->setPlainText(item.signature);
    m_loading = false;
    m_dirty = false;
    m_errorLabel->hide();
    m_deleteButton->setEnabled(item.id != 0);
    updateChannel();
    updatePreview();
}

MessageTemplate TemplatesDialog::editedTemplate() const
{
    MessageTemplate item;
    item.id = m_currentId;
    item.name = m_nameEdit->text();
    item.channel = MessageTemplate::Channel(m_channelCombo->currentData().toInt());
    item.subject =
        item.channel == MessageTemplate::Channel::Email ? m_subjectEdit->text() : QString();
    item.body = m_bodyEdit->toPlainText();
    item.signature = m_signatureEdit->toPlainText();
    return item;
}

void TemplatesDialog::markDirty()
{
    if (!m_loading) {
        m_dirty = true;
        updatePreview();
    }
}

void TemplatesDialog::updateChannel()
{
    const bool email =
        m_channelCombo->currentData().toInt() == int(MessageTemplate::Channel::Email);
    m_form->setRowVisible(m_subjectEdit, email);
    if (!email && m_lastTextField == m_subjectEdit) {
        m_lastTextField = m_bodyEdit;
    }
    updatePreview();
}

void TemplatesDialog::updatePreview()
{
    const MessageTemplate item = editedTemplate();
    const bool email = item.channel == MessageTemplate::Channel::Email;
    const ComposedMessage message = MessageService::fill(
        item, sampleValues(),
        email ? QStringLiteral("anna.smirnova@example.com") : QStringLiteral("+79161112233"),
        m_senderSignatureEdit->toPlainText());
    QString text;
    if (email) {
        text = tr("Subject: %1").arg(message.subject) + QStringLiteral("\n\n");
    }
    text += message.body;
    if (!email) {
        text += QStringLiteral("\n\n") + tr("%n character(s)", nullptr, int(message.body.size()));
    }
    m_preview->setPlainText(text);
    QStringList problems = message.problems;
    if (item.body.trimmed().isEmpty()) {
        problems.prepend(tr("The text is empty."));
    }
    m_previewProblems->setText(problems.join(u'\n'));
    m_previewProblems->setVisible(!problems.isEmpty());
}

bool TemplatesDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusIn) {
        m_lastTextField = qobject_cast<QWidget *>(watched);
    }
    return QDialog::eventFilter(watched, event);
}

void TemplatesDialog::insertPlaceholder(const QString &name)
{
    const QString text = u'{' + name + u'}';
    if (auto *line = qobject_cast<QLineEdit *>(m_lastTextField)) {
        line->insert(text);
        line->setFocus();
    } else if (auto *edit = qobject_cast<QPlainTextEdit *>(m_lastTextField)) {
        edit->insertPlainText(text);
        edit->setFocus();
    }
}

void TemplatesDialog::currentItemChanged(QTreeWidgetItem *current, QTreeWidgetItem *)
{
    if (m_loading) {
        return;
    }
    const qint64 target = current ? current->data(0, kIdRole).toLongLong() : 0;
    if (target == m_currentId) {
        return;
    }
    const bool mayGo = maySwitch();
    // Saving reloads the list; put the selection where it belongs either way.
    const qint64 selectId = mayGo ? target : m_currentId;
    m_loading = true;
    m_list->setCurrentItem(nullptr);
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = m_list->topLevelItem(row);
        if (item->data(0, kIdRole).toLongLong() == selectId) {
            m_list->setCurrentItem(item);
        }
    }
    m_loading = false;
    if (mayGo) {
        showTemplate(m_templates.value(target));
    }
}

bool TemplatesDialog::maySwitch()
{
    if (!m_dirty) {
        return true;
    }
    const auto answer = QMessageBox::question(
        this, tr("Unsaved template"),
        tr("The template “%1” has unsaved changes. Save them?")
            .arg(m_nameEdit->text().simplified().isEmpty() ? tr("new template")
                                                           : m_nameEdit->text().simplified()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save) {
        return save();
    }
    return answer == QMessageBox::Discard;
}

bool TemplatesDialog::save()
{
    saveSender();
    if (!m_dirty) {
        return true;
    }
    const qint64 id = m_service.saveTemplate(editedTemplate());
    if (id == 0) {
        m_errorLabel->setText(m_service.lastError());
        m_errorLabel->show();
        return false;
    }
    m_dirty = false;
    reloadList(id);
    emit templatesChanged();
    return true;
}

void TemplatesDialog::newTemplate()
{
    if (!maySwitch()) {
        return;
    }
    m_loading = true;
    m_list->setCurrentItem(nullptr);
    m_list->clearSelection();
    m_loading = false;
    showTemplate({});
    m_nameEdit->setFocus();
}

void TemplatesDialog::deleteTemplate()
{
    if (m_currentId == 0) {
        return;
    }
    const auto answer =
        QMessageBox::question(this, tr("Delete template"),
                              tr("Delete the template “%1”? Messages already sent keep their text.")
                                  .arg(m_templates.value(m_currentId).name),
                              QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes) {
        return;
    }
    if (!m_service.removeTemplate(m_currentId)) {
        m_errorLabel->setText(
            tr("The template could not be deleted: %1").arg(m_service.lastError()));
        m_errorLabel->show();
        return;
    }
    m_dirty = false;
    reloadList(0);
    if (m_templates.isEmpty()) {
        showTemplate({});
    }
    emit templatesChanged();
}

void TemplatesDialog::saveSender()
{
    Settings &settings = *m_context.settings;
    settings.setSenderName(m_senderNameEdit->text().trimmed());
    settings.setCompanyName(m_companyEdit->text().trimmed());
    settings.setSenderSignature(m_senderSignatureEdit->toPlainText().trimmed());
    settings.sync();
}

void TemplatesDialog::done(int result)
{
    if (!maySwitch()) {
        return;
    }
    saveSender();
    QDialog::done(result);
}

} // namespace bbd
