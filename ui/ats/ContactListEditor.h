#pragma once

#include <QStringList>
#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;
class QVBoxLayout;

namespace bbd {

// A list of phone numbers or e-mail addresses edited as rows of line edits, each checked as
// it is typed. A problem is shown under its row and never removes what was typed.
// Row edits are named <prefix>Edit_<n> and their messages <prefix>Problem_<n>, n from 0.
class ContactListEditor : public QWidget
{
    Q_OBJECT

public:
    // Returns the problem with one entry, or an empty string when it is fine.
    using Check = std::function<QString(const QString &)>;

    ContactListEditor(const QString &prefix, const QString &addText, Check check,
                      QWidget *parent = nullptr);

    // Replaces the rows; an empty list leaves one empty row to type into.
    void setValues(const QStringList &values);
    // The non-blank entries as typed, trimmed, in order.
    QStringList values() const;

    int rowCount() const { return int(m_rows.size()); }
    QLineEdit *edit(int row) const;
    QLabel *problemLabel(int row) const;
    // Whether any row currently shows a problem.
    bool hasProblems() const;

    void addRow(const QString &text = {});
    void removeRow(int row);

signals:
    void changed();

private:
    struct Row
    {
        QWidget *widget = nullptr;
        QLineEdit *edit = nullptr;
        QPushButton *remove = nullptr;
        QLabel *problem = nullptr;
    };

    void check(const Row &row);
    void renumber();

    QString m_prefix;
    Check m_check;
    QList<Row> m_rows;
    QVBoxLayout *m_rowsLayout = nullptr;
    QPushButton *m_addButton = nullptr;
};

} // namespace bbd
