// Parsing throughput of bbd::PhoneNumbers on one thread, over generated numbers written the
// ways they turn up in imported spreadsheets and CVs. For comparison it also times bare
// libphonenumber (Parse + IsValidNumber) on the same texts, which shows what the wrapper's
// clean-up and second readings cost.
//
// Usage: bench_phonenumbers [count] [rounds]    (defaults: 100000 numbers, 3 rounds)
// Pin it to one core for stable figures: taskset -c 0 bench_phonenumbers

#include "app/phones/PhoneNumbers.h"

#include <QElapsedTimer>
#include <QList>
#include <QRandomGenerator>
#include <QString>

#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

namespace {

using bbd::PhoneNumber;
using bbd::PhoneNumbers;

QString digits(QRandomGenerator &random, int count)
{
    QString out;
    for (int i = 0; i < count; ++i)
        out += QChar(u'0' + random.bounded(10));
    return out;
}

// A national significant number of a Russian mobile, landline or toll-free line.
QString russianNsn(QRandomGenerator &random)
{
    static const std::array<const char16_t *, 12> codes = {
        u"916", u"903", u"926", u"985", u"999", u"912", // mobiles
        u"495", u"499", u"812", u"343", u"383",         // landlines
        u"800"};                                        // toll-free
    return QString::fromUtf16(codes[std::size_t(random.bounded(int(codes.size())))]) +
           digits(random, 7);
}

// "9161112233" written one of the ways people write it.
QString writeRussian(QRandomGenerator &random, const QString &n)
{
    const QString a = n.left(3), b = n.mid(3, 3), c = n.mid(6, 2), d = n.mid(8, 2);
    switch (random.bounded(14)) {
    case 0:
        return u"+7 " + a + u' ' + b + u'-' + c + u'-' + d;
    case 1:
        return u"8 (" + a + u") " + b + u'-' + c + u'-' + d;
    case 2:
        return u'8' + n;
    case 3:
        return u'7' + n;
    case 4:
        return u"+7" + n;
    case 5:
        return n;
    case 6:
        return a + u' ' + b + u' ' + c + u' ' + d;
    case 7:
        return a + u'.' + b + u'.' + c + u'.' + d;
    case 8:
        return u"+7(" + a + u')' + b + c + d;
    case 9:
        return u"8\u00A0" + a + u'\u00A0' + b + u'\u2013' + c + u'\u2013' + d;
    case 10:
        return u"  тел.: 8-" + a + u'-' + b + u'-' + c + u'-' + d + u"  ";
    case 11:
        return u"+7 " + a + u' ' + b + c + d + u" (моб.)";
    case 12:
        return u"8 (" + a + u") " + b + u'-' + c + u'-' + d + u" доб. " + digits(random, 3);
    default:
        return u"\u202A+7 " + a + u' ' + b + u' ' + c + u' ' + d + u'\u202C';
    }
}

QString foreignNumber(QRandomGenerator &random)
{
    switch (random.bounded(5)) {
    case 0:
        return u"+375 29 " + digits(random, 3) + u'-' + digits(random, 2) + u'-' +
               digits(random, 2);
    case 1:
        return u"+1 (650) " + digits(random, 3) + u'-' + digits(random, 4);
    case 2:
        return u"+49 30 " + digits(random, 6);
    case 3:
        return u"0049 151 " + digits(random, 8);
    default:
        return u"8 10 375 17 " + digits(random, 7);
    }
}

QString brokenNumber(QRandomGenerator &random)
{
    switch (random.bounded(8)) {
    case 0:
        return digits(random, 1 + random.bounded(6)); // too short
    case 1:
        return u"8 916 " + digits(random, 9); // too long
    case 2:
        return QStringLiteral("нет телефона");
    case 3:
        return QStringLiteral("  ");
    case 4:
        return u"+999 " + digits(random, 8);
    case 5:
        return u"375 29 " + digits(random, 7); // foreign without "+"
    case 6:
        return u"8 916 " + digits(random, 3) + u" O" + digits(random, 3); // letter O
    default:
        return u"+7 1" + digits(random, 9); // no such range
    }
}

QList<QString> generate(int count)
{
    QRandomGenerator random(42); // fixed, so that runs are comparable
    QList<QString> out;
    out.reserve(count);
    for (int i = 0; i < count; ++i) {
        const int kind = random.bounded(100);
        if (kind < 80)
            out.append(writeRussian(random, russianNsn(random)));
        else if (kind < 92)
            out.append(foreignNumber(random));
        else
            out.append(brokenNumber(random));
    }
    return out;
}

const char *problemName(PhoneNumber::Problem problem)
{
    switch (problem) {
    case PhoneNumber::Problem::None:
        return "valid";
    case PhoneNumber::Problem::Empty:
        return "empty";
    case PhoneNumber::Problem::NotANumber:
        return "not a number";
    case PhoneNumber::Problem::InvalidCountryCode:
        return "invalid country code";
    case PhoneNumber::Problem::TooShort:
        return "too short";
    case PhoneNumber::Problem::TooLong:
        return "too long";
    case PhoneNumber::Problem::NotValidForRegion:
        return "not valid for region";
    }
    return "?";
}

void report(const char *what, const std::vector<double> &seconds, int count)
{
    const double best = *std::min_element(seconds.begin(), seconds.end());
    std::vector<double> sorted = seconds;
    std::sort(sorted.begin(), sorted.end());
    const double median = sorted[sorted.size() / 2];
    std::printf("%-34s best %9.0f numbers/s (%6.2f us each), median %9.0f numbers/s\n", what,
                count / best, best * 1e6 / count, count / median);
}

} // namespace

int main(int argc, char **argv)
{
    const int count = argc > 1 ? std::max(1, std::atoi(argv[1])) : 100000;
    const int rounds = argc > 2 ? std::max(1, std::atoi(argv[2])) : 3;
    const QList<QString> inputs = generate(count);
    const PhoneNumbers phones;

    // The first call loads libphonenumber's metadata; that is start-up cost, not parsing.
    QElapsedTimer timer;
    timer.start();
    phones.parse(QStringLiteral("+79161112233"));
    std::printf("first parse (metadata load)        %.2f ms\n", double(timer.nsecsElapsed()) / 1e6);

    std::array<int, 7> problems{};
    std::vector<double> seconds;
    for (int round = 0; round < rounds; ++round) {
        problems.fill(0);
        timer.restart();
        for (const QString &input : inputs)
            ++problems[std::size_t(phones.parse(input).problem)];
        seconds.push_back(double(timer.nsecsElapsed()) / 1e9);
    }
    std::printf("%d numbers, %d rounds, one thread\n", count, rounds);
    report("PhoneNumbers::parse", seconds, count);

    // The cheaper entry points: imports only want E.164, lists one display form.
    int nonEmpty = 0; // keeps the calls from being optimised away
    seconds.clear();
    for (int round = 0; round < rounds; ++round) {
        timer.restart();
        for (const QString &input : inputs)
            nonEmpty += phones.toE164(input).isEmpty() ? 0 : 1;
        seconds.push_back(double(timer.nsecsElapsed()) / 1e9);
    }
    report("PhoneNumbers::toE164", seconds, count);
    seconds.clear();
    for (int round = 0; round < rounds; ++round) {
        timer.restart();
        for (const QString &input : inputs)
            nonEmpty += phones.formatForDisplay(input).isEmpty() ? 0 : 1;
        seconds.push_back(double(timer.nsecsElapsed()) / 1e9);
    }
    report("PhoneNumbers::formatForDisplay", seconds, count);

    // Bare libphonenumber on the same texts, already converted to UTF-8.
    std::vector<std::string> utf8;
    utf8.reserve(std::size_t(count));
    for (const QString &input : inputs)
        utf8.push_back(input.toStdString());
    const auto &util = *i18n::phonenumbers::PhoneNumberUtil::GetInstance();
    int libValid = 0;
    seconds.clear();
    for (int round = 0; round < rounds; ++round) {
        libValid = 0;
        timer.restart();
        for (const std::string &input : utf8) {
            i18n::phonenumbers::PhoneNumber number;
            if (util.Parse(input, "RU", &number) ==
                    i18n::phonenumbers::PhoneNumberUtil::NO_PARSING_ERROR &&
                util.IsValidNumber(number))
                ++libValid;
        }
        seconds.push_back(double(timer.nsecsElapsed()) / 1e9);
    }
    report("libphonenumber Parse+IsValidNumber", seconds, count);

    std::printf("outcomes of parse():\n");
    for (std::size_t i = 0; i < problems.size(); ++i)
        std::printf("  %-22s %7d (%5.1f%%)\n", problemName(PhoneNumber::Problem(i)), problems[i],
                    100.0 * problems[i] / count);
    std::printf("  (bare libphonenumber calls %d of them valid; checksum %d)\n", libValid,
                nonEmpty);
    return 0;
}
