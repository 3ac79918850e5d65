#include "ui/ats/ContactListEditor.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace bbd {

ContactListEditor::ContactListEditor(const QString &prefix, const QString &addText, Check check,
                                     QWidget *parent)
    : QWidget(parent)
    , m_prefix(prefix)
    , m_check(std::move(check))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_rowsLayout = new QVBoxLayout;
    m_rowsLayout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_rowsLayout);
    m_addButton = new QPushButton(addText, this);
    m_addButton->setObjectName(prefix + QStringLiteral("AddButton"));
    auto *addRowLayout = new QHBoxLayout;
    addRowLayout->addWidget(m_addButton);
    addRowLayout->addStretch();
    layout->addLayout(addRowLayout);
    connect(m_addButton, &QPushButton::clicked, this, [this] {
        addRow();
        m_rows.last().edit->setFocus();
    });
    addRow();
}

void ContactListEditor::setValues(const QStringList &values)
{
    while (!m_rows.isEmpty()) {
        delete m_rows.takeLast().widget;
    }
    for (const QString &value : values) {
        addRow(value);
    }
    if (m_rows.isEmpty()) {
        addRow();
    }
}

QStringList ContactListEditor::values() const
{
    QStringList list;
    for (const Row &row : m_rows) {
        const QString text = row.edit->text().trimmed();
        if (!text.isEmpty()) {
            list << text;
        }
    }
    return list;
}

QLineEdit *ContactListEditor::edit(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).edit : nullptr;
}

QLabel *ContactListEditor::problemLabel(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).problem : nullptr;
}

bool ContactListEditor::hasProblems() const
{
    for (const Row &row : m_rows) {
        if (!row.problem->isHidden()) {
            return true;
        }
    }
    return false;
}

void ContactListEditor::addRow(const QString &text)
{
    Row row;
    row.widget = new QWidget(this);
    auto *layout = new QGridLayout(row.widget);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setVerticalSpacing(0);
    row.edit = new QLineEdit(text, row.widget);
    row.remove = new QPushButton(tr("Remove"), row.widget);
    row.remove->setToolTip(tr("Remove this entry"));
    row.problem = new QLabel(row.widget);
    row.problem->setWordWrap(true);
    row.problem->setStyleSheet(QStringLiteral("color: #c62828;"));
    row.problem->hide();
    layout->addWidget(row.edit, 0, 0);
    layout->addWidget(row.remove, 0, 1);
    layout->addWidget(row.problem, 1, 0, 1, 2);
    m_rowsLayout->addWidget(row.widget);
    m_rows.append(row);
    QLineEdit *edit = row.edit;
    connect(edit, &QLineEdit::textChanged, this, [this, edit] {
        for (const Row &each : std::as_const(m_rows)) {
            if (each.edit == edit) {
                check(each);
            }
        }
        emit changed();
    });
    QPushButton *remove = row.remove;
    connect(remove, &QPushButton::clicked, this, [this, remove] {
        for (int i = 0; i < m_rows.size(); ++i) {
            if (m_rows.at(i).remove == remove) {
                removeRow(i);
                return;
            }
        }
    });
    check(row);
    renumber();
    emit changed();
}

void ContactListEditor::removeRow(int row)
{
    if (row < 0 || row >= m_rows.size()) {
        return;
    }
    // The last row is cleared rather than removed, so there is always a place to type.
    if (m_rows.size() == 1) {
        m_rows.first().edit->clear();
        return;
    }
    // Out of the tree at once, so that the rows' names stay unique; deleted once the click
    // that asked for it has returned.
    QWidget *widget = m_rows.takeAt(row).widget;
    widget->hide();
    widget->setParent(nullptr);
    widget->deleteLater();
    renumber();
    emit changed();
}

void ContactListEditor::check(const Row &row)
{
    const QString text = row.edit->text();
    const QString problem = text.trimmed().isEmpty() ? QString() : m_check(text);
    row.problem->setText(problem);
    row.problem->setVisible(!problem.isEmpty());
}

void ContactListEditor::renumber()
{
    for (int i = 0; i < m_rows.size(); ++i) {
        m_rows[i].edit->setObjectName(m_prefix + QStringLiteral("Edit_%1").arg(i));
        m_rows[i].problem->setObjectName(m_prefix + QStringLiteral("Problem_%1").arg(i));
        m_rows[i].remove->setObjectName(m_prefix + QStringLiteral("Remove_%1").arg(i));
    }
}

} // namespace bbd
