#include "app/io/HeaderMapping.h"

#include <QHash>

namespace bbd {
namespace {

// Lower-cased, 'ё' read as 'е', and only letters and digits kept, so that "Эл. почта",
// "E-mail" and "e_mail" compare by their letters.
QString key(const QString &header)
{
    QString out;
    out.reserve(header.size());
    for (const QChar c : header.toLower()) {
        if (c == u'ё') {
            out += u'е';
        } else if (c.isLetterOrNumber()) {
            out += c;
        }
    }
    return out;
}

using Field = HeaderMapping::Field;

const QHash<QString, Field> &synonyms()
{
    static const QHash<QString, Field> map = [] {
        QHash<QString, Field> m;
        const auto add = [&m](Field field, std::initializer_list<const char16_t *> words) {
            for (const char16_t *word : words) {
                m.insert(key(QString::fromUtf16(word)), field);
            }
        };
        add(Field::FullName,
            {u"ФИО", u"Ф.И.О.", u"Фамилия Имя Отчество", u"Фамилия и имя", u"Фамилия Имя",
             u"Имя Фамилия", u"Полное имя", u"Кандидат", u"Соискатель", u"Имя кандидата", u"Name",
             u"Full name", u"Fullname", u"Candidate", u"Candidate name"});
        add(Field::LastName, {u"Фамилия", u"Last name", u"Surname", u"Family name"});
        add(Field::FirstName, {u"Имя", u"First name", u"Given name"});
        add(Field::MiddleName, {u"Отчество", u"Middle name", u"Patronymic"});
        add(Field::Phone,
            {u"Телефон", u"Телефоны", u"Тел", u"Тел.", u"Мобильный", u"Мобильный телефон",
             u"Моб. телефон", u"Номер телефона", u"Контактный телефон", u"Phone", u"Phones",
             u"Phone number", u"Mobile", u"Mobile phone", u"Tel", u"Telephone"});
        add(Field::Email,
            {u"E-mail", u"Email", u"E-mails", u"Mail", u"Почта", u"Эл. почта", u"Электронная почта",
             u"Адрес электронной почты", u"Емейл", u"Емэйл", u"Имейл", u"Email address"});
        add(Field::Source, {u"Источник", u"Источник резюме", u"Откуда", u"Канал", u"Source"});
        add(Field::Vacancy, {u"Вакансия", u"Vacancy", u"Job", u"Position", u"Job title"});
        add(Field::Stage, {u"Этап", u"Стадия", u"Статус", u"Stage", u"Status"});
        add(Field::AppliedAt,
            {u"Дата отклика", u"Дата", u"Дата подачи", u"Откликнулся", u"Applied", u"Applied at",
             u"Applied on", u"Date", u"Date applied", u"Application date"});
        add(Field::Tags, {u"Теги", u"Тег", u"Метки", u"Tags", u"Tag", u"Labels"});
        add(Field::Rating, {u"Рейтинг", u"Оценка", u"Rating", u"Score"});
        add(Field::Notes, {u"Комментарий", u"Комментарии", u"Заметки", u"Заметка", u"Примечание",
                           u"Примечания", u"Notes", u"Note", u"Comment", u"Comments"});
        add(Field::Consent, {u"Согласие", u"Согласие на обработку ПД",
                             u"Согласие на обработку персональных данных", u"Consent"});
        add(Field::ConsentAt, {u"Дата согласия", u"Consent date", u"Consent at"});
        return m;
    }();
    return map;
}

} // namespace

HeaderMapping::HeaderMapping()
{
    m_columns.fill(-1);
}

QList<HeaderMapping::Field> HeaderMapping::allFields()
{
    QList<Field> list;
    for (int i = 0; i < kFieldCount; ++i) {
        list << Field(i);
    }
    return list;
}

QString HeaderMapping::fieldTitle(Field field)
{
    switch (field) {
    case Field::FullName:
        return tr("Full name");
    case Field::LastName:
        return tr("Last name");
    case Field::FirstName:
        return tr("First name");
    case Field::MiddleName:
        return tr("Middle name");
    case Field::Phone:
        return tr("Phone");
    case Field::Email:
        return tr("E-mail");
    case Field::Source:
        return tr("Source");
    case Field::Vacancy:
        return tr("Vacancy");
    case Field::Stage:
        return tr("Stage");
    case Field::AppliedAt:
        return tr("Applied");
    case Field::Tags:
        return tr("Tags");
    case Field::Rating:
        return tr("Rating");
    case Field::Notes:
        return tr("Notes");
    case Field::Consent:
        return tr("Consent");
    case Field::ConsentAt:
        return tr("Consent date");
    }
    return {};
}

std::optional<HeaderMapping::Field> HeaderMapping::recognise(const QString &header)
{
    const QString k = key(header);
    if (k.isEmpty()) {
        return std::nullopt;
    }
    const auto found = synonyms().constFind(k);
    if (found != synonyms().constEnd()) {
        return *found;
    }
    // The exporter's headers in the current language, whatever the translation says.
    for (const Field field : allFields()) {
        if (key(fieldTitle(field)) == k) {
            return field;
        }
    }
    return std::nullopt;
}

HeaderMapping HeaderMapping::guess(const QStringList &header)
{
    HeaderMapping mapping;
    for (int column = 0; column < header.size(); ++column) {
        const std::optional<Field> field = recognise(header.at(column));
        if (field && mapping.column(*field) < 0) {
            mapping.setColumn(*field, column);
        }
    }
    return mapping;
}

void HeaderMapping::setColumn(Field field, int column)
{
    if (column >= 0) {
        for (int &other : m_columns) {
            if (other == column) {
                other = -1;
            }
        }
    }
    m_columns[std::size_t(field)] = column < 0 ? -1 : column;
}

std::optional<HeaderMapping::Field> HeaderMapping::fieldOf(int column) const
{
    for (int i = 0; i < kFieldCount; ++i) {
        if (m_columns[std::size_t(i)] == column && column >= 0) {
            return Field(i);
        }
    }
    return std::nullopt;
}

bool HeaderMapping::hasName() const
{
    return column(Field::FullName) >= 0 || column(Field::LastName) >= 0 ||
           column(Field::FirstName) >= 0;
}

} // namespace bbd
