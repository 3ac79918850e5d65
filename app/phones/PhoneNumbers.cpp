#include "app/phones/PhoneNumbers.h"

#include <QStringView>

#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

#include <array>
#include <set>
#include <string>
#include <utility>

namespace bbd {

namespace {

using i18n::phonenumbers::PhoneNumberUtil;
using LibNumber = i18n::phonenumbers::PhoneNumber;

// libphonenumber refuses longer input anyway (kMaxInputStringLength, in UTF-8 bytes); cutting
// earlier spares converting megabytes of pasted text for nothing.
constexpr qsizetype kMaxInputLength = 250;

// Fewer digits than this and libphonenumber calls the text "not a number"; the user has
// simply not finished typing, so that is reported as too short instead.
constexpr int kMinDigitsForParsing = 3;

enum class Letters {
    None,  // only digits, punctuation and extension labels
    Latin, // ASCII letters: maybe a vanity number such as 8-800-FLOWERS
    Other  // anything else, e.g. a name or a Cyrillic note after the number
};

// What parse() needs to know about the cleaned text before handing it to libphonenumber.
struct Scan
{
    qsizetype start = -1; // first '+' or digit: libphonenumber ignores everything before it
    bool hasPlus = false;
    int digits = 0;
    Letters letters = Letters::None;
};

bool isPlus(char32_t c)
{
    return c == U'+' || c == U'\uFF0B';
}

bool isAsciiLetter(char32_t c)
{
    return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z');
}

// Calls f(codePoint, index, length) for every code point, so that digits and letters outside
// the BMP (mathematical digits, for instance) are classified like the rest.
template <typename F>
void forEachCodePoint(QStringView text, F f)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            f(QChar::surrogateToUcs4(c, text[i + 1]), i, qsizetype(2));
            ++i;
        } else {
            f(char32_t(c.unicode()), i, qsizetype(1));
        }
    }
}

template <std::size_t N>
bool isOneOf(const QString &word, const std::array<const char16_t *, N> &words)
{
    for (const char16_t *candidate : words) {
        if (word == QStringView(candidate))
            return true;
    }
    return false;
}

// Labels libphonenumber itself accepts before an extension (see CreateExtnPattern in
// phonenumberutil.cc); letters that form one of them are not part of the number.
constexpr std::array<const char16_t *, 16> kExtensionLabels = {
    u"ext", u"xt", u"extn", u"xtn", u"extension", u"extensión", u"x", u"int", u"anexo", u"доб",
    // full-width forms: ｘ, ｘｔ, ｅｘｔ, ｘｔｎ, ｅｘｔｎ, ｉｎｔ
    u"\uFF58", u"\uFF58\uFF54", u"\uFF45\uFF58\uFF54", u"\uFF58\uFF54\uFF4E",
    u"\uFF45\uFF58\uFF54\uFF4E", u"\uFF49\uFF4E\uFF54"};

// Russian ways of writing an extension that libphonenumber does not know; they are rewritten
// to "доб", which it does.
constexpr std::array<const char16_t *, 6> kRussianExtensionWords = {
    u"добавочный", u"добавочного", u"доп", u"вн", u"внутр", u"внутренний"};

// Notes people put around a number in Russian CVs and spreadsheets ("+7 916 … (моб.)").
// libphonenumber skips such text before a number but rejects it after one. Only Cyrillic
// words are dropped: Latin letters might be a vanity number.
constexpr std::array<const char16_t *, 16> kRussianLabelWords = {
    u"т",   u"тел",     u"телефон", u"моб",      u"мобильный",  u"мобильного", u"сот",  u"сотовый",
    u"раб", u"рабочий", u"дом",     u"домашний", u"контактный", u"личный",     u"факс", u"номер"};

// Produces what libphonenumber gets to see. Format characters (bidi marks that come with
// numbers copied from messengers and contact cards, BOMs) break its parsing, tabs and line
// breaks are not among the separators it accepts, and Russian labels and extension words
// are normalised as described above.
QString clean(const QString &text)
{
    QString out;
    out.reserve(text.size());
    QString word;
    auto flushWord = [&out, &word] {
        if (word.isEmpty())
            return;
        const QString lower = word.toLower();
        if (isOneOf(lower, kRussianExtensionWords))
            out += u"доб";
        else if (!isOneOf(lower, kRussianLabelWords))
            out += word;
        word.clear();
    };
    forEachCodePoint(text, [&](char32_t c, qsizetype index, qsizetype length) {
        if (QChar::isLetter(c)) {
            word += QStringView(text).mid(index, length);
            return;
        }
        flushWord();
        if (QChar::category(c) == QChar::Other_Format)
            return;
        if (QChar::isSpace(c))
            out += QLatin1Char(' ');
        else
            out += QStringView(text).mid(index, length);
    });
    flushWord();
    return out.simplified();
}

// Blank means nothing a user could see: spaces of any kind and invisible format characters.
bool isBlank(QStringView text)
{
    bool blank = true;
    forEachCodePoint(text, [&blank](char32_t c, qsizetype, qsizetype) {
        blank = blank && (QChar::isSpace(c) || QChar::category(c) == QChar::Other_Format);
    });
    return blank;
}

Scan scan(QStringView text)
{
    Scan result;
    QString word;
    auto flushWord = [&result, &word] {
        if (word.isEmpty())
            return;
        if (result.start >= 0 && !isOneOf(word.toLower(), kExtensionLabels)) {
            bool latin = true;
            for (const QChar c : std::as_const(word))
                latin = latin && isAsciiLetter(c.unicode());
            if (!latin)
                result.letters = Letters::Other;
            else if (result.letters == Letters::None)
                result.letters = Letters::Latin;
        }
        word.clear();
    };
    forEachCodePoint(text, [&](char32_t c, qsizetype index, qsizetype length) {
        if (QChar::isLetter(c)) {
            word += text.mid(index, length);
            return;
        }
        flushWord();
        const bool digit = QChar::isDigit(c);
        if (digit)
            ++result.digits;
        if (result.start < 0 && (digit || isPlus(c))) {
            result.start = index;
            result.hasPlus = isPlus(c);
        }
    });
    flushWord();
    return result;
}

PhoneNumber::Type toType(PhoneNumberUtil::PhoneNumberType type)
{
    using T = PhoneNumber::Type;
    switch (type) {
    case PhoneNumberUtil::FIXED_LINE:
        return T::FixedLine;
    case PhoneNumberUtil::MOBILE:
        return T::Mobile;
    case PhoneNumberUtil::FIXED_LINE_OR_MOBILE:
        return T::FixedLineOrMobile;
    case PhoneNumberUtil::TOLL_FREE:
        return T::TollFree;
    case PhoneNumberUtil::PREMIUM_RATE:
        return T::PremiumRate;
    case PhoneNumberUtil::SHARED_COST:
        return T::SharedCost;
    case PhoneNumberUtil::VOIP:
        return T::Voip;
    case PhoneNumberUtil::PERSONAL_NUMBER:
        return T::PersonalNumber;
    case PhoneNumberUtil::PAGER:
        return T::Pager;
    case PhoneNumberUtil::UAN:
        return T::Uan;
    case PhoneNumberUtil::VOICEMAIL:
        return T::Voicemail;
    case PhoneNumberUtil::UNKNOWN:
        break;
    }
    return T::Unknown;
}

// Businesses buy words for their free and service numbers; a mobile or a landline spelled
// with letters is far more likely an "O" typed for a zero than a real vanity number.
bool isVanityType(PhoneNumberUtil::PhoneNumberType type)
{
    return type == PhoneNumberUtil::TOLL_FREE || type == PhoneNumberUtil::PREMIUM_RATE ||
           type == PhoneNumberUtil::SHARED_COST || type == PhoneNumberUtil::UAN;
}

PhoneNumber::Problem fromParseError(PhoneNumberUtil::ErrorType error, const Scan &scanned)
{
    using P = PhoneNumber::Problem;
    switch (error) {
    case PhoneNumberUtil::NO_PARSING_ERROR:
        return P::None;
    case PhoneNumberUtil::INVALID_COUNTRY_CODE_ERROR:
        return P::InvalidCountryCode;
    case PhoneNumberUtil::NOT_A_NUMBER:
        return scanned.digits < kMinDigitsForParsing && scanned.letters == Letters::None
                   ? P::TooShort
                   : P::NotANumber;
    case PhoneNumberUtil::TOO_SHORT_AFTER_IDD:
    case PhoneNumberUtil::TOO_SHORT_NSN:
        return P::TooShort;
    case PhoneNumberUtil::TOO_LONG_NSN:
        return P::TooLong;
    }
    return P::NotANumber;
}

PhoneNumber::Problem fromValidationResult(PhoneNumberUtil::ValidationResult result)
{
    using P = PhoneNumber::Problem;
    switch (result) {
    case PhoneNumberUtil::TOO_SHORT:
    case PhoneNumberUtil::IS_POSSIBLE_LOCAL_ONLY: // the area code is missing
        return P::TooShort;
    case PhoneNumberUtil::TOO_LONG:
        return P::TooLong;
    case PhoneNumberUtil::INVALID_COUNTRY_CODE:
        return P::InvalidCountryCode;
    case PhoneNumberUtil::IS_POSSIBLE:
        return P::NotValidForRegion;
    case PhoneNumberUtil::INVALID_LENGTH:
        break;
    }
    return P::None; // undecided
}

// Why a parsed number is not valid. The length checks are run against mobiles and landlines
// first: nearly everybody types one of those, and some countries have service numbers of odd
// lengths (Russian toll-free numbers may have 14 digits), which would otherwise make
// "+7 916 111-22-33 44 55" look like the right length for a number that does not exist.
PhoneNumber::Problem invalidReason(const PhoneNumberUtil &util, const LibNumber &number)
{
    using P = PhoneNumber::Problem;
    const auto general = util.IsPossibleNumberWithReason(number);
    if (general != PhoneNumberUtil::IS_POSSIBLE && general != PhoneNumberUtil::INVALID_LENGTH)
        return fromValidationResult(general);

    const P typed = fromValidationResult(
        util.IsPossibleNumberForTypeWithReason(number, PhoneNumberUtil::FIXED_LINE_OR_MOBILE));
    if (typed == P::TooShort || typed == P::TooLong)
        return typed;
    if (general == PhoneNumberUtil::IS_POSSIBLE || typed == P::NotValidForRegion)
        return P::NotValidForRegion;

    // A length in a gap between valid lengths: say which way the typical number lies.
    std::string region;
    util.GetRegionCodeForCountryCode(number.country_code(), &region);
    LibNumber example;
    if (!util.GetExampleNumberForType(region, PhoneNumberUtil::MOBILE, &example) &&
        !util.GetExampleNumber(region, &example))
        return P::NotValidForRegion;
    std::string nsn;
    std::string exampleNsn;
    util.GetNationalSignificantNumber(number, &nsn);
    util.GetNationalSignificantNumber(example, &exampleNsn);
    return nsn.size() > exampleNsn.size() ? P::TooLong : P::TooShort;
}

QString toQString(const std::string &s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

// Formatting costs about as much as validation (several µs per format), so each caller only
// pays for the forms it uses; bulk imports want nothing but E.164.
enum class Formats {
    None,       // e164 only
    ForDisplay, // and the one form formatForDisplay() shows
    All
};

// One reading of the text with one default region.
PhoneNumber interpret(const QString &text, const std::string &defaultRegion, const Scan &scanned,
                      Formats formats)
{
    PhoneNumber out;
    const PhoneNumberUtil &util = *PhoneNumberUtil::GetInstance();
    const QByteArray utf8 = text.toUtf8();
    LibNumber number;
    const auto error =
        util.Parse(std::string(utf8.constData(), std::size_t(utf8.size())), defaultRegion, &number);
    out.problem = fromParseError(error, scanned);
    if (out.problem != PhoneNumber::Problem::None)
        return out;

    // IsValidNumber() is GetNumberType() != UNKNOWN done a second time (both find the region
    // and match the number against every type's pattern), so one call serves for both.
    const auto type = util.GetNumberType(number);
    const bool valid = type != PhoneNumberUtil::UNKNOWN;
    // libphonenumber converts Latin letters to keypad digits and silently drops other
    // letters it meets; either way the digits stored would not be the ones meant.
    if (scanned.letters == Letters::Other ||
        (scanned.letters == Letters::Latin && !(valid && isVanityType(type)))) {
        out.problem = PhoneNumber::Problem::NotANumber;
        return out;
    }

    out.problem = valid ? PhoneNumber::Problem::None : invalidReason(util, number);
    if (out.problem == PhoneNumber::Problem::InvalidCountryCode)
        return out;

    out.extension = toQString(number.extension());
    out.type = toType(type);
    std::string regionCode;
    if (valid)
        util.GetRegionCodeForNumber(number, &regionCode);
    else // invalid numbers have no region of their own; report whose rules were applied
        util.GetRegionCodeForCountryCode(number.country_code(), &regionCode);
    if (regionCode != "ZZ") // libphonenumber's "unknown"
        out.regionCode = toQString(regionCode);

    // The extension has a field of its own and libphonenumber would append it as " ext. 12"
    // in English whatever the UI language.
    LibNumber withoutExtension = number;
    withoutExtension.clear_extension();
    std::string formatted;
    if (valid) {
        util.Format(withoutExtension, PhoneNumberUtil::E164, &formatted);
        out.e164 = toQString(formatted);
    }
    const bool shown = formats == Formats::ForDisplay && valid;
    if (formats == Formats::All || (shown && regionCode == defaultRegion)) {
        util.Format(withoutExtension, PhoneNumberUtil::NATIONAL, &formatted);
        out.national = toQString(formatted);
    }
    if (formats == Formats::All || (shown && regionCode != defaultRegion)) {
        util.Format(withoutExtension, PhoneNumberUtil::INTERNATIONAL, &formatted);
        out.international = toQString(formatted);
    }
    return out;
}

// parse() with a choice of the formatted forms to fill.
PhoneNumber read(const QString &text, const QString &defaultRegion, Formats formats)
{
    PhoneNumber result;
    result.raw = text;
    if (isBlank(text))
        return result; // Problem::Empty
    const QString cleaned = clean(text);
    const Scan scanned = scan(cleaned);
    if (scanned.digits == 0) {
        result.problem = PhoneNumber::Problem::NotANumber;
        return result;
    }
    if (cleaned.size() > kMaxInputLength) {
        result.problem = PhoneNumber::Problem::TooLong;
        return result;
    }

    const std::string region = defaultRegion.toStdString();
    result = interpret(cleaned, region, scanned, formats);
    result.raw = text;
    if (result.isValid())
        return result;

    // Second readings, each tried only after the text failed as typed, so that they can
    // never change the meaning of a valid number.
    PhoneNumber hint; // what is returned when a second reading explains the failure
    hint.raw = text;
    hint.problem = PhoneNumber::Problem::InvalidCountryCode;
    const QStringView number = QStringView(cleaned).mid(scanned.start);
    if (!scanned.hasPlus) {
        // "00" is the international prefix in most of the world and CVs written abroad use
        // it, but libphonenumber only knows a region's own prefix (810 for Russia). No
        // Russian national number starts with 0, so nothing valid is lost.
        if (number.startsWith(u"00")) {
            PhoneNumber international =
                interpret(QStringLiteral("+") + number.mid(2), region, scanned, formats);
            if (international.isValid()) {
                international.raw = text;
                return international;
            }
        }
        // "375291234567" is a Belarusian number without its "+": tell the user rather than
        // guess, since the same digits may be a mistyped local number. Not for text that
        // starts with the trunk prefix: "8 000 …" would turn into a valid +800 freephone.
        std::string trunkPrefix;
        PhoneNumberUtil::GetInstance()->GetNddPrefixForRegion(region, true, &trunkPrefix);
        const bool startsWithTrunkPrefix =
            !trunkPrefix.empty() && number.startsWith(QLatin1StringView(trunkPrefix.c_str()));
        if (!startsWithTrunkPrefix &&
            interpret(QStringLiteral("+") + number, region, scanned, Formats::None).isValid())
            return hint;
    } else if (interpret(number.mid(1).toString(), region, scanned, Formats::None).isValid()) {
        // "+8 800 555-35-35": the trunk prefix written as if it were a country code. It
        // parses as Bangladesh (+880), which is no help to anybody.
        return hint;
    }
    return result;
}

} // namespace

PhoneNumbers::PhoneNumbers(const QString &defaultRegion)
    : m_defaultRegion(defaultRegion.trimmed().toUpper())
{}

PhoneNumber PhoneNumbers::parse(const QString &text) const
{
    return read(text, m_defaultRegion, Formats::All);
}

QString PhoneNumbers::toE164(const QString &text) const
{
    return read(text, m_defaultRegion, Formats::None).e164;
}

QString PhoneNumbers::formatForDisplay(const QString &text) const
{
    const PhoneNumber number = read(text, m_defaultRegion, Formats::ForDisplay);
    if (!number.isValid())
        return text;
    QString shown = number.regionCode == m_defaultRegion ? number.national : number.international;
    if (!number.extension.isEmpty()) {
        //: Short label before a phone extension, as in "8 (495) 123-45-67 ext. 12"
        shown += u' ' + tr("ext.") + u' ' + number.extension;
    }
    return shown;
}

QString PhoneNumbers::problemText(PhoneNumber::Problem problem)
{
    using P = PhoneNumber::Problem;
    switch (problem) {
    case P::None:
        return tr("The phone number is valid.");
    case P::Empty:
        return tr("Enter a phone number.");
    case P::NotANumber:
        return tr("This is not a phone number: use digits, optionally with +, spaces, dashes "
                  "and brackets.");
    case P::InvalidCountryCode:
        return tr("The country code is missing or unknown: start a foreign number with + and "
                  "its country code, e.g. +375 for Belarus.");
    case P::TooShort:
        return tr("The number is too short: check for missing digits or a missing area code.");
    case P::TooLong:
        return tr("The number is too long: remove extra digits, or write an extension after "
                  "\"ext.\".");
    case P::NotValidForRegion:
        return tr("This number is not valid: check the digits and the area or operator code.");
    }
    return QString();
}

QString PhoneNumbers::typeText(PhoneNumber::Type type)
{
    using T = PhoneNumber::Type;
    switch (type) {
    case T::Unknown:
        return tr("Unknown");
    case T::Mobile:
        return tr("Mobile");
    case T::FixedLine:
        return tr("Landline");
    case T::FixedLineOrMobile:
        return tr("Landline or mobile");
    case T::TollFree:
        return tr("Toll-free");
    case T::PremiumRate:
        return tr("Premium rate");
    case T::SharedCost:
        return tr("Shared cost");
    case T::Voip:
        return tr("VoIP");
    case T::PersonalNumber:
        return tr("Personal number");
    case T::Pager:
        return tr("Pager");
    case T::Uan:
        //: Universal access number: one number for all offices of a company
        return tr("Company number");
    case T::Voicemail:
        return tr("Voicemail");
    }
    return QString();
}

int PhoneNumbers::callingCodeLength(const QString &e164)
{
    static const std::set<int> codes = [] {
        std::set<int> all;
        PhoneNumberUtil::GetInstance()->GetSupportedCallingCodes(&all);
        return all;
    }();
    if (!e164.startsWith(u'+')) {
        return 0;
    }
    int code = 0;
    for (int length = 1; length <= 3 && length < e164.size(); ++length) {
        const QChar digit = e164.at(length);
        if (!digit.isDigit()) {
            return 0;
        }
        code = code * 10 + digit.digitValue();
        if (codes.count(code) != 0) {
            return length;
        }
    }
    return 0;
}

} // namespace bbd
