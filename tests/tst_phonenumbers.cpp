#include "app/phones/PhoneNumbers.h"

#include <QList>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>
#include <QTranslator>

#include <algorithm>
#include <atomic>
#include <latch>
#include <thread>
#include <vector>

using bbd::PhoneNumber;
using bbd::PhoneNumbers;
using Problem = PhoneNumber::Problem;
using Type = PhoneNumber::Type;

Q_DECLARE_METATYPE(PhoneNumber::Problem)
Q_DECLARE_METATYPE(PhoneNumber::Type)

namespace {

// Names instead of numbers in failure messages.
QString name(Problem problem)
{
    switch (problem) {
    case Problem::None:
        return QStringLiteral("None");
    case Problem::Empty:
        return QStringLiteral("Empty");
    case Problem::NotANumber:
        return QStringLiteral("NotANumber");
    case Problem::InvalidCountryCode:
        return QStringLiteral("InvalidCountryCode");
    case Problem::TooShort:
        return QStringLiteral("TooShort");
    case Problem::TooLong:
        return QStringLiteral("TooLong");
    case Problem::NotValidForRegion:
        return QStringLiteral("NotValidForRegion");
    }
    return QStringLiteral("?");
}

QString name(Type type)
{
    switch (type) {
    case Type::Unknown:
        return QStringLiteral("Unknown");
    case Type::Mobile:
        return QStringLiteral("Mobile");
    case Type::FixedLine:
        return QStringLiteral("FixedLine");
    case Type::FixedLineOrMobile:
        return QStringLiteral("FixedLineOrMobile");
    case Type::TollFree:
        return QStringLiteral("TollFree");
    case Type::PremiumRate:
        return QStringLiteral("PremiumRate");
    case Type::SharedCost:
        return QStringLiteral("SharedCost");
    case Type::Voip:
        return QStringLiteral("Voip");
    case Type::PersonalNumber:
        return QStringLiteral("PersonalNumber");
    case Type::Pager:
        return QStringLiteral("Pager");
    case Type::Uan:
        return QStringLiteral("Uan");
    case Type::Voicemail:
        return QStringLiteral("Voicemail");
    }
    return QStringLiteral("?");
}

const QList<Problem> allProblems = {
    Problem::None,     Problem::Empty,   Problem::NotANumber,       Problem::InvalidCountryCode,
    Problem::TooShort, Problem::TooLong, Problem::NotValidForRegion};

const QList<Type> allTypes = {
    Type::Unknown,        Type::Mobile,      Type::FixedLine,  Type::FixedLineOrMobile,
    Type::TollFree,       Type::PremiumRate, Type::SharedCost, Type::Voip,
    Type::PersonalNumber, Type::Pager,       Type::Uan,        Type::Voicemail};

QString fromUcs4(std::initializer_list<char32_t> codePoints)
{
    return QString::fromUcs4(codePoints.begin(), qsizetype(codePoints.size()));
}

bool sameNumber(const PhoneNumber &a, const PhoneNumber &b)
{
    return a.raw == b.raw && a.e164 == b.e164 && a.national == b.national &&
           a.international == b.international && a.regionCode == b.regionCode &&
           a.extension == b.extension && a.type == b.type && a.problem == b.problem;
}

// Marks every string it is asked for, so that a test can see which texts go through tr()
// and under which context.
class MarkingTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *disambiguation,
                      int n) const override
    {
        Q_UNUSED(disambiguation)
        Q_UNUSED(n)
        if (qstrcmp(context, "bbd::PhoneNumbers") != 0)
            return QString();
        return QStringLiteral("«") + QString::fromUtf8(sourceText) + QStringLiteral("»");
    }
    bool isEmpty() const override { return false; }
};

} // namespace

class TestPhoneNumbers : public QObject
{
    Q_OBJECT

private slots:
    void concurrentParsing(); // first: see there
    void parse_data();
    void parse();
    void parseFillsFormats();
    void parseKeepsRawText();
    void defaultRegion();
    void otherDefaultRegion();
    void unknownDefaultRegion();
    void formatForDisplay_data();
    void formatForDisplay();
    void formatForDisplayInOtherRegion();
    void toE164_data();
    void toE164();
    void problemTextIsDistinct();
    void typeTextIsDistinct();
    void textsAreTranslatable();
    void survivesHostileInput();
    void randomInputKeepsInvariants();
};

void TestPhoneNumbers::parse_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<Problem>("problem");
    QTest::addColumn<QString>("e164");
    QTest::addColumn<QString>("region");
    QTest::addColumn<Type>("type");
    QTest::addColumn<QString>("extension");

    const QString mobile = QStringLiteral("+79161112233");
    const QString moscow = QStringLiteral("+74951234567");
    const QString ru = QStringLiteral("RU");

    // Russian mobiles in every way people write them.
    QTest::newRow("8, digits only")
        << "89161112233" << Problem::None << mobile << ru << Type::Mobile << "";
    QTest::newRow("8, brackets and dashes")
        << "8 (916) 111-22-33" << Problem::None << mobile << ru << Type::Mobile << "";
    QTest::newRow("8, then ten digits")
        << "8 9161112233" << Problem::None << mobile << ru << Type::Mobile << "";
    QTest::newRow("+7, spaces and dashes")
        << "+7 916 111-22-33" << Problem::None << mobile << ru << Type::Mobile << "";
    QTest::newRow("+7, digits only")
        << "+79161112233" << Problem::None << mobile << ru << Type::Mobile << "";
    QTest::newRow("+7, brackets, no spaces")
        << "+7(916)111-22-33" << Problem::None << mobile << ru << Type::Mobile << "";
    QTest::newRow("7 without plus")
        << "79161112233" << Problem::None << mobile << ru << Type::Mobile << "";
    QTest::newRow("no prefix, digits only")
        << "9161112233" << Problem::None << mobile << ru << Type::Mobile << "";
    QTest::newRow("no prefix, spaced")
        << "916 111-22-33" << Problem::None << mobile << ru << Type::Mobile << "";
    QTest::newRow("no prefix, brackets")
        << "(916) 111 22 33" << Problem::None << mobile << ru << Type::Mobile << "";
    QTest::newRow("dots") << "916.111.22.33" << Problem::None << mobile << ru << Type::Mobile << "";
    QTest::newRow("surrounding blanks")
        << "   +7 916 111 22 33   " << Problem::None << mobile << ru << Type::Mobile << "";
    QTest::newRow("no-break spaces and en dashes")
        << QStringLiteral("8\u00A0916\u00A0111\u201322\u201333") << Problem::None << mobile << ru
        << Type::Mobile << "";
    QTest::newRow("tabs and line breaks")
        << "8\t916\n111 22\r\n33" << Problem::None << mobile << ru << Type::Mobile << "";
    QTest::newRow("bidi marks from a messenger")
        << QStringLiteral("\u202A+7\u00A0916\u200E 111\u200B-22-33\u202C") << Problem::None
        << mobile << ru << Type::Mobile << "";
    QTest::newRow("full-width digits") << QStringLiteral("８９１６１１１２２３３") << Problem::None
                                       << mobile << ru << Type::Mobile << "";
    QTest::newRow("Arabic-Indic digits")
        << QStringLiteral("٨٩١٦١١١٢٢٣٣") << Problem::None << mobile << ru << Type::Mobile << "";
    QTest::newRow("Devanagari digits")
        << QStringLiteral("९१६१११२२३३") << Problem::None << mobile << ru << Type::Mobile << "";
    QTest::newRow("mathematical digits outside the BMP")
        << fromUcs4({U'\U0001D7D6', U'\U0001D7D7', U'\U0001D7CF', U'\U0001D7D4', U'\U0001D7CF',
                     U'\U0001D7CF', U'\U0001D7CF', U'\U0001D7D0', U'\U0001D7D0', U'\U0001D7D1',
                     U'\U0001D7D1'})
        << Problem::None << mobile << ru << Type::Mobile << "";
    QTest::newRow("label before") << "тел.: 8 916 111-22-33" << Problem::None << mobile << ru
                                  << Type::Mobile << "";
    QTest::newRow("label after") << "8 916 111-22-33 (моб.)" << Problem::None << mobile << ru
                                 << Type::Mobile << "";
    QTest::newRow("tel: URI") << "tel:+7-916-111-22-33" << Problem::None << mobile << ru
                              << Type::Mobile << "";

    // Landlines and toll-free numbers.
    QTest::newRow("Moscow landline, +7")
        << "+7 (495) 123-45-67" << Problem::None << moscow << ru << Type::FixedLine << "";
    QTest::newRow("Moscow landline, 8")
        << "8 495 123 45 67" << Problem::None << moscow << ru << Type::FixedLine << "";
    QTest::newRow("St Petersburg landline")
        << "(812) 123-45-67" << Problem::None << "+78121234567" << ru << Type::FixedLine << "";
    QTest::newRow("Izhevsk, four-digit area code")
        << "8 (3412) 12-34-56" << Problem::None << "+73412123456" << ru << Type::FixedLine << "";
    QTest::newRow("8-800 toll-free")
        << "8-800-555-35-35" << Problem::None << "+78005553535" << ru << Type::TollFree << "";
    QTest::newRow("8-800 toll-free, digits only")
        << "88005553535" << Problem::None << "+78005553535" << ru << Type::TollFree << "";
    QTest::newRow("vanity toll-free")
        << "8-800-FLOWERS" << Problem::None << "+78003569377" << ru << Type::TollFree << "";

    // Extensions.
    QTest::newRow("доб.") << "+7 495 123-45-67 доб. 123" << Problem::None << moscow << ru
                          << Type::FixedLine << "123";
    QTest::newRow("ДОБ without dot")
        << "8 (495) 123-45-67 ДОБ 45" << Problem::None << moscow << ru << Type::FixedLine << "45";
    QTest::newRow("доб in brackets") << "8 495 123-45-67 (доб. 4567)" << Problem::None << moscow
                                     << ru << Type::FixedLine << "4567";
    QTest::newRow("добавочный") << "+7 495 123-45-67, добавочный 7" << Problem::None << moscow << ru
                                << Type::FixedLine << "7";
    QTest::newRow("доп.") << "+7 495 123-45-67 доп. 89" << Problem::None << moscow << ru
                          << Type::FixedLine << "89";
    QTest::newRow("ext.") << "+7 495 123-45-67 ext. 123" << Problem::None << moscow << ru
                          << Type::FixedLine << "123";
    QTest::newRow("x") << "+7 495 123-45-67 x123" << Problem::None << moscow << ru
                       << Type::FixedLine << "123";

    // Foreign numbers keep their region.
    QTest::newRow("Belarus mobile") << "+375 29 123-45-67" << Problem::None << "+375291234567"
                                    << "BY" << Type::Mobile << "";
    QTest::newRow("Belarus, dialled through 8~10")
        << "8 10 375 29 123 45 67" << Problem::None << "+375291234567"
        << "BY" << Type::Mobile << "";
    QTest::newRow("Belarus, dialled through 00")
        << "00 375 29 123 45 67" << Problem::None << "+375291234567"
        << "BY" << Type::Mobile << "";
    QTest::newRow("US") << "+1 (650) 253-0000" << Problem::None << "+16502530000"
                        << "US" << Type::FixedLineOrMobile << "";
    QTest::newRow("US toll-free vanity") << "+1-800-FLOWERS" << Problem::None << "+18003569377"
                                         << "US" << Type::TollFree << "";
    QTest::newRow("Germany landline") << "+49 30 123456" << Problem::None << "+4930123456"
                                      << "DE" << Type::FixedLine << "";
    QTest::newRow("Germany mobile") << "+49 151 12345678" << Problem::None << "+4915112345678"
                                    << "DE" << Type::Mobile << "";
    QTest::newRow("Kazakhstan shares +7") << "+7 701 123 4567" << Problem::None << "+77011234567"
                                          << "KZ" << Type::Mobile << "";

    // Blank and non-numbers.
    QTest::newRow("empty") << "" << Problem::Empty << ""
                           << "" << Type::Unknown << "";
    QTest::newRow("spaces") << "    " << Problem::Empty << ""
                            << "" << Type::Unknown << "";
    QTest::newRow("tabs, line breaks, no-break space")
        << QStringLiteral("\t\n\u00A0 \r") << Problem::Empty << ""
        << "" << Type::Unknown << "";
    QTest::newRow("letters") << "abc" << Problem::NotANumber << ""
                             << "" << Type::Unknown << "";
    QTest::newRow("Cyrillic word") << "телефон" << Problem::NotANumber << ""
                                   << "" << Type::Unknown << "";
    QTest::newRow("punctuation only") << "(--) ..+ /" << Problem::NotANumber << ""
                                      << "" << Type::Unknown << "";
    QTest::newRow("name after the number") << "+7 916 111-22-33 Иван" << Problem::NotANumber << ""
                                           << "" << Type::Unknown << "";
    QTest::newRow("letter O for a zero") << "8 916 111 22 O3" << Problem::NotANumber << ""
                                         << "" << Type::Unknown << "";
    QTest::newRow("mobile spelled in letters") << "8 916 ABC-DEFG" << Problem::NotANumber << ""
                                               << "" << Type::Unknown << "";
    QTest::newRow("two numbers") << "89161112233, 89162223344" << Problem::NotANumber << ""
                                 << "" << Type::Unknown << "";

    // Wrong lengths.
    QTest::newRow("one digit") << "7" << Problem::TooShort << ""
                               << "" << Type::Unknown << "";
    QTest::newRow("plus and country code only") << "+7" << Problem::TooShort << ""
                                                << "" << Type::Unknown << "";
    QTest::newRow("five digits") << "12345" << Problem::TooShort << "" << ru << Type::Unknown << "";
    QTest::newRow("local number without area code")
        << "123-45-67" << Problem::TooShort << "" << ru << Type::Unknown << "";
    QTest::newRow("one digit missing")
        << "+7 916 111-22-3" << Problem::TooShort << "" << ru << Type::Unknown << "";
    QTest::newRow("one digit too many")
        << "8 916 111-22-334" << Problem::TooLong << "" << ru << Type::Unknown << "";
    QTest::newRow("four digits too many")
        << "+7 916 111-22-33 44 55" << Problem::TooLong << "" << ru << Type::Unknown << "";
    // Lengths that fall into a gap between valid lengths of a country.
    QTest::newRow("Iceland, one digit too many") << "+354 611 12345" << Problem::TooLong << ""
                                                 << "IS" << Type::Unknown << "";
    QTest::newRow("Romania, one digit missing") << "+40 21 123 456" << Problem::TooShort << ""
                                                << "RO" << Type::Unknown << "";
    QTest::newRow("twenty digits") << "12345678901234567890" << Problem::TooLong << ""
                                   << "" << Type::Unknown << "";
    QTest::newRow("thousands of digits") << QString(5000, u'9') << Problem::TooLong << ""
                                         << "" << Type::Unknown << "";

    // Country codes.
    QTest::newRow("no such country code") << "+999 123 456 789" << Problem::InvalidCountryCode << ""
                                          << "" << Type::Unknown << "";
    QTest::newRow("Belarus without the plus")
        << "375 29 123-45-67" << Problem::InvalidCountryCode << ""
        << "" << Type::Unknown << "";
    QTest::newRow("+8 instead of 8") << "+8 800 555-35-35" << Problem::InvalidCountryCode << ""
                                     << "" << Type::Unknown << "";

    // The right length but no such numbering range.
    QTest::newRow("no such area code")
        << "+7 123 456-78-90" << Problem::NotValidForRegion << "" << ru << Type::Unknown << "";
    QTest::newRow("all zeros") << "8 000 000-00-00" << Problem::NotValidForRegion << "" << ru
                               << Type::Unknown << "";
    QTest::newRow("Belarus, no such operator")
        << "+375 11 123-45-67" << Problem::NotValidForRegion << ""
        << "BY" << Type::Unknown << "";
}

void TestPhoneNumbers::parse()
{
    QFETCH(QString, input);
    QFETCH(Problem, problem);
    QFETCH(QString, e164);
    QFETCH(QString, region);
    QFETCH(Type, type);
    QFETCH(QString, extension);

    const PhoneNumber number = PhoneNumbers().parse(input);
    QCOMPARE(name(number.problem), name(problem));
    QCOMPARE(number.isValid(), problem == Problem::None);
    QCOMPARE(number.e164, e164);
    QCOMPARE(number.regionCode, region);
    QCOMPARE(name(number.type), name(type));
    QCOMPARE(number.extension, extension);
    QCOMPARE(number.raw, input);
}

void TestPhoneNumbers::parseFillsFormats()
{
    const PhoneNumbers phones;

    const PhoneNumber mobile = phones.parse(QStringLiteral("89161112233"));
    QCOMPARE(mobile.national, QStringLiteral("8 (916) 111-22-33"));
    QCOMPARE(mobile.international, QStringLiteral("+7 916 111-22-33"));

    // The extension is kept out of the formatted forms: it has a field of its own.
    const PhoneNumber office = phones.parse(QStringLiteral("+7 495 123-45-67 доб. 12"));
    QCOMPARE(office.national, QStringLiteral("8 (495) 123-45-67"));
    QCOMPARE(office.international, QStringLiteral("+7 495 123-45-67"));
    QCOMPARE(office.e164, QStringLiteral("+74951234567"));

    const PhoneNumber minsk = phones.parse(QStringLiteral("+375 17 123-45-67"));
    QVERIFY2(minsk.isValid(), qPrintable(name(minsk.problem)));
    QCOMPARE(minsk.international, QStringLiteral("+375 17 123-45-67"));
    QCOMPARE(name(minsk.type), name(Type::FixedLine));

    // What libphonenumber made of an invalid number stays visible; only e164 is withheld.
    const PhoneNumber tooShort = phones.parse(QStringLiteral("+7 916 111-22-3"));
    QCOMPARE(tooShort.international, QStringLiteral("+7 916111223"));
    QVERIFY(tooShort.e164.isEmpty());

    // Nothing is guessed for text that is not a number at all.
    const PhoneNumber letters = phones.parse(QStringLiteral("8 916 111 22 O3"));
    QVERIFY(letters.national.isEmpty());
    QVERIFY(letters.international.isEmpty());
}

void TestPhoneNumbers::parseKeepsRawText()
{
    const QString typed = QStringLiteral("  8 (916) 111-22-33 (моб.)\t");
    QCOMPARE(PhoneNumbers().parse(typed).raw, typed);
    QCOMPARE(PhoneNumbers().parse(QStringLiteral("abc")).raw, QStringLiteral("abc"));
}

void TestPhoneNumbers::defaultRegion()
{
    QCOMPARE(PhoneNumbers().defaultRegion(), QStringLiteral("RU"));
    QCOMPARE(PhoneNumbers(QStringLiteral(" by ")).defaultRegion(), QStringLiteral("BY"));
}

void TestPhoneNumbers::otherDefaultRegion()
{
    const PhoneNumbers belarus(QStringLiteral("BY"));
    const PhoneNumber local = belarus.parse(QStringLiteral("8 029 123-45-67"));
    QCOMPARE(name(local.problem), name(Problem::None));
    QCOMPARE(local.e164, QStringLiteral("+375291234567"));
    QCOMPARE(local.regionCode, QStringLiteral("BY"));

    // Russian numbers still need +7 there, and then keep their own region.
    const PhoneNumber russian = belarus.parse(QStringLiteral("+7 916 111-22-33"));
    QCOMPARE(russian.e164, QStringLiteral("+79161112233"));
    QCOMPARE(russian.regionCode, QStringLiteral("RU"));

    const PhoneNumbers germany(QStringLiteral("DE"));
    QCOMPARE(germany.toE164(QStringLiteral("030 123456")), QStringLiteral("+4930123456"));
    QCOMPARE(germany.toE164(QStringLiteral("0151 12345678")), QStringLiteral("+4915112345678"));
}

void TestPhoneNumbers::unknownDefaultRegion()
{
    // Without a usable default region only numbers with a country code can be understood.
    for (const QString &region : {QString(), QStringLiteral("XX"), QStringLiteral("Russia")}) {
        const PhoneNumbers phones(region);
        QCOMPARE(name(phones.parse(QStringLiteral("9161112233")).problem),
                 name(Problem::InvalidCountryCode));
        QCOMPARE(phones.toE164(QStringLiteral("+7 916 111-22-33")), QStringLiteral("+79161112233"));
    }
}

void TestPhoneNumbers::formatForDisplay_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("RU mobile") << "+79161112233"
                               << "8 (916) 111-22-33";
    QTest::newRow("RU mobile, typed messily") << "7.916.111.22.33"
                                              << "8 (916) 111-22-33";
    QTest::newRow("RU landline") << "+7 495 1234567"
                                 << "8 (495) 123-45-67";
    QTest::newRow("RU toll-free") << "88005553535"
                                  << "8 (800) 555-35-35";
    QTest::newRow("RU with extension") << "+7 495 123-45-67 доб. 12"
                                       << "8 (495) 123-45-67 ext. 12";
    QTest::newRow("Belarus") << "+375291234567"
                             << "+375 29 123-45-67";
    QTest::newRow("US") << "+16502530000"
                        << "+1 650-253-0000";
    QTest::newRow("Germany") << "+49 (0)30 123456"
                             << "+49 30 123456";
    QTest::newRow("Kazakhstan") << "+77011234567"
                                << "+7 701 123 4567";
    QTest::newRow("too short, unchanged") << " 12-34 "
                                          << " 12-34 ";
    QTest::newRow("letters, unchanged") << "call HR"
                                        << "call HR";
    QTest::newRow("no such range, unchanged") << "+7 123 456-78-90"
                                              << "+7 123 456-78-90";
    QTest::newRow("empty") << ""
                           << "";
}

void TestPhoneNumbers::formatForDisplay()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(PhoneNumbers().formatForDisplay(input), expected);
}

void TestPhoneNumbers::formatForDisplayInOtherRegion()
{
    const PhoneNumbers belarus(QStringLiteral("BY"));
    QCOMPARE(belarus.formatForDisplay(QStringLiteral("+375291234567")),
             QStringLiteral("8 029 123-45-67"));
    QCOMPARE(belarus.formatForDisplay(QStringLiteral("+79161112233")),
             QStringLiteral("+7 916 111-22-33"));
}

void TestPhoneNumbers::toE164_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("8") << "8 (916) 111-22-33"
                       << "+79161112233";
    QTest::newRow("7") << "7 916 111 22 33"
                       << "+79161112233";
    QTest::newRow("no prefix") << "916-111-22-33"
                               << "+79161112233";
    QTest::newRow("landline") << "8 (812) 123-45-67"
                              << "+78121234567";
    QTest::newRow("extension is dropped") << "+7 495 123-45-67 ext. 5"
                                          << "+74951234567";
    QTest::newRow("Belarus") << "+375 (29) 123-45-67"
                             << "+375291234567";
    QTest::newRow("Germany, 00") << "0049 30 123456"
                                 << "+4930123456";
    QTest::newRow("too short") << "916 111"
                               << "";
    QTest::newRow("too long") << "8 916 111 22 33 4"
                              << "";
    QTest::newRow("no such range") << "+7 000 000-00-00"
                                   << "";
    QTest::newRow("unknown country code") << "+999 123 456 789"
                                          << "";
    QTest::newRow("letters") << "not known"
                             << "";
    QTest::newRow("blank") << "  "
                           << "";
}

void TestPhoneNumbers::toE164()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const PhoneNumbers phones;
    QCOMPARE(phones.toE164(input), expected);
    QCOMPARE(phones.toE164(input), phones.parse(input).e164);
}

void TestPhoneNumbers::problemTextIsDistinct()
{
    QSet<QString> texts;
    for (const Problem problem : allProblems) {
        const QString text = PhoneNumbers::problemText(problem);
        QVERIFY2(!text.trimmed().isEmpty(), qPrintable(name(problem)));
        QVERIFY2(text.endsWith(u'.'), qPrintable(text)); // a sentence
        texts.insert(text);
    }
    QCOMPARE(texts.size(), allProblems.size());
}

void TestPhoneNumbers::typeTextIsDistinct()
{
    QSet<QString> texts;
    for (const Type type : allTypes) {
        const QString text = PhoneNumbers::typeText(type);
        QVERIFY2(!text.trimmed().isEmpty(), qPrintable(name(type)));
        texts.insert(text);
    }
    QCOMPARE(texts.size(), allTypes.size());
}

void TestPhoneNumbers::textsAreTranslatable()
{
    MarkingTranslator translator;
    QVERIFY(QCoreApplication::installTranslator(&translator));
    const auto marked = [](const QString &text) {
        return text.startsWith(u'«') && text.endsWith(u'»');
    };
    for (const Problem problem : allProblems)
        QVERIFY2(marked(PhoneNumbers::problemText(problem)), qPrintable(name(problem)));
    for (const Type type : allTypes)
        QVERIFY2(marked(PhoneNumbers::typeText(type)), qPrintable(name(type)));
    const QString shown =
        PhoneNumbers().formatForDisplay(QStringLiteral("+7 495 123-45-67 доб. 12"));
    QCoreApplication::removeTranslator(&translator);
    QCOMPARE(shown, QStringLiteral("8 (495) 123-45-67 «ext.» 12"));
}

void TestPhoneNumbers::survivesHostileInput()
{
    const PhoneNumbers phones;
    const QList<QString> inputs = {
        QString(1 << 20, u'8'),
        QString(1 << 20, u'-'),
        QString(1 << 20, u' '),
        QStringLiteral("+").repeated(300),
        QStringLiteral("доб. 1 ").repeated(100),
        QString(QChar(0xD800)) + QStringLiteral("9161112233"),             // lone high surrogate
        QStringLiteral("916111") + QChar(0xDC00) + QStringLiteral("2233"), // lone low one
        QStringLiteral("8916") + QChar(0) + QStringLiteral("1112233"),     // embedded NUL
        fromUcs4({U'\U0001D7D6', U'\U0001D7D7', U'\U0001D7CF', U'\U0001D7D4', U'\U0001D7CF',
                  U'\U0001D7CF', U'\U0001D7CF', U'\U0001D7D0', U'\U0001D7D0', U'\U0001D7D1',
                  U'\U0001D7D1'}), // mathematical bold "89161112233"
        fromUcs4({U'\U0001F4DE', U' ', U'8', U'9', U'1', U'6', U'1', U'1', U'1', U'2', U'2', U'3',
                  U'3'}),             // emoji label
        QStringLiteral("९१६१११२२३३"), // Devanagari
        QStringLiteral("+7 ext. ext. x x # ; ,,"),
        QStringLiteral("tel:;ext=;phone-context=+7"),
        QStringLiteral("++++7--(((916)))---111"),
        QStringLiteral("+7 916 111-22-33 доб. 123456789012345678901234567890"),
        QStringLiteral("٫٬؛"),
    };
    for (const QString &input : inputs) {
        const PhoneNumber number = phones.parse(input);
        QCOMPARE(number.raw, input);
        QCOMPARE(number.isValid(), !number.e164.isEmpty());
        // Must not crash either.
        QCOMPARE(phones.formatForDisplay(input).isEmpty(), input.isEmpty());
    }
    QCOMPARE(name(phones.parse(inputs.at(0)).problem), name(Problem::TooLong));
    QCOMPARE(name(phones.parse(inputs.at(1)).problem), name(Problem::NotANumber));
    QCOMPARE(name(phones.parse(inputs.at(2)).problem), name(Problem::Empty));
}

// Random text built from the characters phone fields actually contain; checks properties
// that must hold for any input.
void TestPhoneNumbers::randomInputKeepsInvariants()
{
    const QString alphabet = QStringLiteral("0123456789+()-. /#,;x"
                                            "abcEXTдобДОБтелмоб\u00A0\t\u202A\u2013"
                                            "０１٢");
    QRandomGenerator random(20240611);
    const PhoneNumbers phones;
    for (int i = 0; i < 20000; ++i) {
        QString input;
        const int length = random.bounded(24);
        for (int j = 0; j < length; ++j)
            input += alphabet.at(random.bounded(alphabet.size()));
        const PhoneNumber number = phones.parse(input);
        QCOMPARE(number.raw, input);
        QCOMPARE(number.isValid(), !number.e164.isEmpty());
        // toE164() and formatForDisplay() take shortcuts; they must agree with parse().
        QCOMPARE(phones.toE164(input), number.e164);
        const QString shown = phones.formatForDisplay(input);
        if (!number.isValid())
            QCOMPARE(shown, input);
        else if (number.regionCode == QLatin1String("RU"))
            QVERIFY2(shown.startsWith(number.national), qPrintable(input));
        else
            QVERIFY2(shown.startsWith(number.international), qPrintable(input));
        if (number.isValid()) {
            QVERIFY2(number.e164.startsWith(u'+'), qPrintable(input));
            for (const QChar c : number.e164.mid(1))
                QVERIFY2(c >= u'0' && c <= u'9', qPrintable(input));
            QVERIFY2(!number.regionCode.isEmpty(), qPrintable(input));
            // Valid numbers are stable: their E.164 form reads back as the same number.
            QCOMPARE(phones.toE164(number.e164), number.e164);
        } else {
            QVERIFY2(number.type == Type::Unknown, qPrintable(input));
        }
        const bool blank = std::all_of(input.cbegin(), input.cend(), [](QChar c) {
            return c.isSpace() || c.category() == QChar::Other_Format;
        });
        QCOMPARE(number.problem == Problem::Empty, blank);
    }
}

// Runs first (see the slot list), so that libphonenumber's one-time set-up also happens
// under contention. The threads keep what they got and it is checked against single-threaded
// results afterwards.
void TestPhoneNumbers::concurrentParsing()
{
    const QList<QString> samples = {
        QStringLiteral("8 (916) 111-22-33"),
        QStringLiteral("+7 495 123-45-67 доб. 12"),
        QStringLiteral("+375 29 123-45-67"),
        QStringLiteral("+1 650 253 0000"),
        QStringLiteral("8-800-FLOWERS"),
        QStringLiteral("abc"),
        QStringLiteral("12345"),
        QStringLiteral("0049 30 123456"),
        QStringLiteral("+999 1"),
        QStringLiteral("+7 123 456-78-90"),
        QStringLiteral("375291234567"),
        QStringLiteral(""),
    };
    QList<QString> inputs;
    for (int i = 0; i < 100; ++i) {
        for (const QString &sample : samples)
            inputs.append(sample + QString::number(i % 3).left(i % 2));
    }
    const auto count = std::size_t(inputs.size());

    const PhoneNumbers phones;
    constexpr int threadCount = 8;
    constexpr int rounds = 5;
    std::vector<std::vector<PhoneNumber>> results(threadCount, std::vector<PhoneNumber>(count));
    std::atomic<int> unstable{0};
    std::latch start(threadCount);
    std::vector<std::thread> threads;
    for (int t = 0; t < threadCount; ++t) {
        threads.emplace_back([&, t] {
            std::vector<PhoneNumber> &mine = results[std::size_t(t)];
            start.arrive_and_wait();
            for (int round = 0; round < rounds; ++round) {
                // Each thread walks the list from a different place so that different
                // inputs are parsed at the same moment.
                for (std::size_t k = 0; k < count; ++k) {
                    const std::size_t i = (k + std::size_t(t) * 37) % count;
                    const PhoneNumber number = phones.parse(inputs.at(qsizetype(i)));
                    if (round == 0)
                        mine[i] = number;
                    else if (!sameNumber(number, mine[i]))
                        ++unstable;
                }
            }
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    QCOMPARE(unstable.load(), 0);

    int mismatches = 0;
    for (std::size_t i = 0; i < count; ++i) {
        const PhoneNumber expected = phones.parse(inputs.at(qsizetype(i)));
        for (const std::vector<PhoneNumber> &got : results)
            mismatches += sameNumber(got[i], expected) ? 0 : 1;
    }
    QCOMPARE(mismatches, 0);
    // The results themselves must be meaningful, or the comparison proves nothing.
    QCOMPARE(results.back().front().e164, QStringLiteral("+79161112233"));
    QCOMPARE(results.back().at(5).problem, Problem::NotANumber);
}

QTEST_GUILESS_MAIN(TestPhoneNumbers)
#include "tst_phonenumbers.moc"
