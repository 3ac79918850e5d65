#include "ui/sync/ConflictDialog.h"

#include "ui/ViewHelpers.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace bbd {
namespace {

// Fields the server keeps for itself: never offered as a choice.
bool isBookkeeping(const QString &field)
{
    return field == u"id" || field == u"version" || field == u"updated_at" ||
           field == u"created_at" || field == u"deleted";
}

} // namespace

ConflictDialog::ConflictDialog(const OutboxQueue::Item &item, QWidget *parent)
    : QDialog(parent)
    , m_item(item)
    , m_local(QJsonDocument::fromJson(item.body).object())
    , m_isDelete(item.method == u"DELETE")
{
    setWindowTitle(tr("Resolve a conflict"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel;
    intro->setWordWrap(true);
    layout->addWidget(intro);

    const QJsonObject &server = m_item.serverRecord;
    if (m_isDelete) {
        intro->setText(tr("You deleted this record here, but someone changed it on the server "
                          "in the meantime. Delete it anyway, or keep the server's version?"));
        auto *group = new QButtonGroup(this);
        auto *deleteAnyway = new QRadioButton(tr("Delete it anyway"));
        deleteAnyway->setObjectName(QStringLiteral("deleteAnyway"));
        auto *keep = new QRadioButton(tr("Keep the server's record and drop my delete"));
        keep->setObjectName(QStringLiteral("keepServer"));
        group->addButton(deleteAnyway, static_cast<int>(Side::Local));
        group->addButton(keep, static_cast<int>(Side::Server));
        keep->setChecked(true);
        m_groups.append(group);
        layout->addWidget(deleteAnyway);
        layout->addWidget(keep);
    } else {
        intro->setText(tr("This record was changed on the server after your edit was made. "
                          "Choose, for each field you changed, which value to keep. The "
                          "result is sent on top of the server's version."));
        for (auto it = m_local.constBegin(); it != m_local.constEnd(); ++it) {
            if (!isBookkeeping(it.key())) {
                m_fields.append(it.key());
            }
        }
        auto *grid = new QGridLayout;
        grid->addWidget(ui::makeHeading(tr("Field")), 0, 0);
        grid->addWidget(ui::makeHeading(tr("Yours")), 0, 1);
        grid->addWidget(ui::makeHeading(tr("On the server")), 0, 2);
        int row = 1;
        for (const QString &field : std::as_const(m_fields)) {
            const QJsonValue mine = m_local.value(field);
            const QJsonValue theirs = server.value(field);
            auto *title = new QLabel(fieldTitle(field));
            auto *localButton = new QRadioButton(valueText(mine));
            localButton->setObjectName(QStringLiteral("local_") + field);
            auto *serverButton = new QRadioButton(
                server.contains(field) ? valueText(theirs) : tr("(not on the server)"));
            serverButton->setObjectName(QStringLiteral("server_") + field);
            auto *group = new QButtonGroup(this);
            group->addButton(localButton, static_cast<int>(Side::Local));
            group->addButton(serverButton, static_cast<int>(Side::Server));
            // Equal values need no decision; different ones start on the user's own edit,
            // which is what they last saw and meant.
            localButton->setChecked(true);
            if (mine == theirs) {
                title->setEnabled(false);
            }
            m_groups.append(group);
            grid->addWidget(title, row, 0);
            grid->addWidget(localButton, row, 1);
            grid->addWidget(serverButton, row, 2);
            ++row;
        }
        // Rows stay together at the top instead of spreading over the dialog's height.
        grid->setRowStretch(row, 1);
        grid->setColumnMinimumWidth(0, 140);
        grid->setColumnStretch(1, 1);
        grid->setColumnStretch(2, 1);
        auto *holder = new QWidget;
        holder->setLayout(grid);
        auto *scroll = new QScrollArea;
        scroll->setWidget(holder);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        layout->addWidget(scroll, 1);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Send my choice"));
    if (!m_isDelete) {
        QPushButton *allMine = buttons->addButton(tr("All mine"), QDialogButtonBox::ActionRole);
        allMine->setObjectName(QStringLiteral("allMine"));
        connect(allMine, &QPushButton::clicked, this, [this] { chooseAll(Side::Local); });
        QPushButton *allServer =
            buttons->addButton(tr("All the server's"), QDialogButtonBox::ActionRole);
        allServer->setObjectName(QStringLiteral("allServer"));
        connect(allServer, &QPushButton::clicked, this, [this] { chooseAll(Side::Server); });
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(720, 360);
}

void ConflictDialog::choose(const QString &field, Side side)
{
    const int index = m_fields.indexOf(field);
    if (index >= 0) {
        m_groups.at(index)->button(static_cast<int>(side))->setChecked(true);
    }
}

ConflictDialog::Side ConflictDialog::choice(const QString &field) const
{
    const int index = m_fields.indexOf(field);
    return index >= 0 && m_groups.at(index)->checkedId() == static_cast<int>(Side::Server)
               ? Side::Server
               : Side::Local;
}

void ConflictDialog::chooseAll(Side side)
{
    for (QButtonGroup *group : std::as_const(m_groups)) {
        group->button(static_cast<int>(side))->setChecked(true);
    }
}

QJsonObject ConflictDialog::resolvedBody() const
{
    QJsonObject body = m_local;
    for (const QString &field : m_fields) {
        if (choice(field) == Side::Server) {
            if (m_item.serverRecord.contains(field)) {
                body.insert(field, m_item.serverRecord.value(field));
            } else {
                body.remove(field);
            }
        }
    }
    return body;
}

int ConflictDialog::serverVersion() const
{
    return m_item.serverRecord.value(QStringLiteral("version")).toInt();
}

bool ConflictDialog::keepsServerRecord() const
{
    return m_isDelete && !m_groups.isEmpty() &&
           m_groups.first()->checkedId() == static_cast<int>(Side::Server);
}

QString ConflictDialog::fieldTitle(const QString &field)
{
    static const QHash<QString, const char *> titles{
        {QStringLiteral("full_name"), QT_TR_NOOP("Name")},
        {QStringLiteral("first_name"), QT_TR_NOOP("First name")},
        {QStringLiteral("last_name"), QT_TR_NOOP("Last name")},
        {QStringLiteral("email"), QT_TR_NOOP("E-mail")},
        {QStringLiteral("phone"), QT_TR_NOOP("Phone")},
        {QStringLiteral("phone_e164"), QT_TR_NOOP("Phone")},
        {QStringLiteral("source"), QT_TR_NOOP("Source")},
        {QStringLiteral("rating"), QT_TR_NOOP("Rating")},
        {QStringLiteral("tags"), QT_TR_NOOP("Tags")},
        {QStringLiteral("notes"), QT_TR_NOOP("Notes")},
        {QStringLiteral("stage_id"), QT_TR_NOOP("Stage")},
        {QStringLiteral("vacancy_id"), QT_TR_NOOP("Vacancy")},
        {QStringLiteral("title"), QT_TR_NOOP("Title")},
        {QStringLiteral("department"), QT_TR_NOOP("Department")},
        {QStringLiteral("status"), QT_TR_NOOP("Status")},
        {QStringLiteral("job_title"), QT_TR_NOOP("Job title")},
        {QStringLiteral("consent"), QT_TR_NOOP("Consent")},
    };
    const auto it = titles.constFind(field);
    if (it != titles.constEnd()) {
        return tr(it.value());
    }
    QString words = field;
    words.replace(u'_', u' ');
    if (!words.isEmpty()) {
        words[0] = words.at(0).toUpper();
    }
    return words;
}

QString ConflictDialog::valueText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return tr("(empty)");
    case QJsonValue::Bool:
        return value.toBool() ? tr("yes") : tr("no");
    case QJsonValue::Double:
        return QString::number(value.toDouble());
    case QJsonValue::String:
        return value.toString().isEmpty() ? tr("(empty)") : value.toString();
    case QJsonValue::Array: {
        QStringList parts;
        const QJsonArray array = value.toArray();
        for (const QJsonValue &element : array) {
            parts.append(
                element.isString()
                    ? element.toString()
                    : QString::fromUtf8(
                          QJsonDocument(QJsonArray{element}).toJson(QJsonDocument::Compact))
                          .mid(1)
                          .chopped(1));
        }
        return parts.isEmpty() ? tr("(empty)") : parts.join(QStringLiteral(", "));
    }
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

} // namespace bbd
