#pragma once

#include <QCoreApplication>
#include <QString>

namespace bbd {

// A phone number as the user typed it and as libphonenumber understood it.
struct PhoneNumber
{
    enum class Type {
        Unknown,
        Mobile,
        FixedLine,
        FixedLineOrMobile,
        TollFree,
        PremiumRate,
        SharedCost,
        Voip,
        PersonalNumber,
        Pager,
        Uan,
        Voicemail
    };
    enum class Problem {
        None,
        Empty,              // nothing but blanks
        NotANumber,         // letters or no digits where a number should be
        InvalidCountryCode, // "+999 …" or a foreign number without its country code
        TooShort,
        TooLong,
        NotValidForRegion // the right length, but no such numbering range exists
    };

    QString raw;
    QString e164;          // "+79161112233"; empty unless valid
    QString national;      // "8 (916) 111-22-33"
    QString international; // "+7 916 111-22-33"
    QString regionCode;    // "RU", "BY", "US"…
    QString extension;     // "123" from "… доб. 123" / "… ext. 123"
    Type type = Type::Unknown;
    Problem problem = Problem::Empty;

    bool isValid() const { return problem == Problem::None; }
};

// Parsing, validation and formatting over libphonenumber. Thread-safe: parse() may be called
// from import threads concurrently.
class PhoneNumbers
{
    Q_DECLARE_TR_FUNCTIONS(bbd::PhoneNumbers)

public:
    // Numbers written without a country code are read as numbers of this region.
    explicit PhoneNumbers(const QString &defaultRegion = QStringLiteral("RU"));

    QString defaultRegion() const { return m_defaultRegion; }

    PhoneNumber parse(const QString &text) const;
    // E.164 form for storage, or an empty string when the text is not a valid number.
    QString toE164(const QString &text) const;
    // What a list shows: the national format for numbers of the default region, the
    // international format for others, and the text unchanged when it is not a valid number.
    QString formatForDisplay(const QString &text) const;

    // Length of the country calling code at the start of an E.164 number ("+7…" -> 1,
    // "+375…" -> 3), or 0 when it starts with no known code. Calling codes form a prefix
    // code, so the first match is the only one; no parsing is needed.
    static int callingCodeLength(const QString &e164);

    // One sentence a user can act on ("The number is too short: …").
    static QString problemText(PhoneNumber::Problem problem);
    static QString typeText(PhoneNumber::Type type);

private:
    QString m_defaultRegion;
};

} // namespace bbd
