#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace bbd {

// Which column of a CSV file holds which candidate field. guess() recognises the headers
// people write in Russian and English spreadsheets; the import preview shows the result and
// lets the user change any of it with setColumn().
class HeaderMapping
{
    Q_DECLARE_TR_FUNCTIONS(bbd::HeaderMapping)

public:
    enum class Field {
        FullName, // "ФИО", "Full name"
        LastName, // used with FirstName/MiddleName when there is no FullName column
        FirstName,
        MiddleName,
        Phone, // one or more numbers separated by commas or semicolons
        Email, // one or more addresses
        Source,
        Vacancy,
        Stage,
        AppliedAt,
        Tags,   // separated by commas or semicolons
        Rating, // 0..5
        Notes,
        Consent, // not_asked / asked / given / refused (or Russian words)
        ConsentAt,
    };
    static constexpr int kFieldCount = int(Field::ConsentAt) + 1;

    HeaderMapping();

    static QList<Field> allFields();
    // The header the exporter writes for the field; guess() always recognises it.
    static QString fieldTitle(Field field);
    // The field a header cell names, if any.
    static std::optional<Field> recognise(const QString &header);
    // Each field gets the first column whose header names it.
    static HeaderMapping guess(const QStringList &header);

    int column(Field field) const { return m_columns[std::size_t(field)]; } // -1: not mapped
    // Maps the field to the column (-1 unmaps it). A column feeds one field only: a field
    // that had this column before loses it.
    void setColumn(Field field, int column);
    std::optional<Field> fieldOf(int column) const;

    // The name can be read: a full-name column or at least a last or first name column.
    bool hasName() const;

    friend bool operator==(const HeaderMapping &, const HeaderMapping &) = default;

private:
    std::array<int, kFieldCount> m_columns;
};

} // namespace bbd
