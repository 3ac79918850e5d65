#include "app/cli/AskCommand.h"

#include "app/chat/ChatEngine.h"
#include "app/cli/CommandLine.h"
#include "app/phones/PhoneNumbers.h"
#include "app/storage/Database.h"
#include "app/storage/DemoData.h"

#include <QDir>
#include <QJsonDocument>
#include <QTextStream>

namespace bbd {

static_assert(int(AskCommand::Answered) == HeadlessCommand::Ok &&
              int(AskCommand::Failed) == HeadlessCommand::Failed &&
              int(AskCommand::Usage) == HeadlessCommand::Usage);

namespace {

QString confidenceText(ChatConfidence confidence)
{
    switch (confidence) {
    case ChatConfidence::High:
        return AskCommand::tr("high");
    case ChatConfidence::Medium:
        return AskCommand::tr("medium");
    case ChatConfidence::Low:
        return AskCommand::tr("low");
    case ChatConfidence::None:
        break;
    }
    return AskCommand::tr("none");
}

QString sourceText(const ChatSource &source)
{
    return source.heading.isEmpty()
               ? source.articleTitle
               : AskCommand::tr("%1 › %2").arg(source.articleTitle, source.heading);
}

} // namespace

bool AskCommand::matches(const QStringList &arguments)
{
    return CommandLine::commandIndex(arguments, u"ask") > 0;
}

int AskCommand::run(QCoreApplication &app)
{
    return HeadlessCommand::runOnConsole(app, run);
}

QString AskCommand::plainText(const ChatAnswer &answer)
{
    QStringList lines{answer.text, QString()};
    if (!answer.isHandover()) {
        for (qsizetype i = 0; i < answer.sources.size(); ++i) {
            lines << (i == 0 ? tr("Source: %1") : tr("See also: %1"))
                         .arg(sourceText(answer.sources.at(i)));
        }
        const double score = answer.sources.value(0).score;
        lines << tr("Confidence: %1 (%2% of the question's words found)")
                     .arg(confidenceText(answer.confidence))
                     .arg(qRound(score * 100));
        if (answer.confidence == ChatConfidence::Medium && score >= 0.8) {
            lines << tr("Other articles match the question almost as well.");
        }
        return lines.join(u'\n');
    }
    if (!answer.contact) {
        lines << tr("Nobody is listed in the fallback contacts yet.");
        return lines.join(u'\n');
    }
    const ChatContact &contact = *answer.contact;
    if (contact.contactId != 0) {
        lines << (contact.contactRole.isEmpty()
                      ? tr("Contact: %1").arg(contact.contactName)
                      : tr("Contact: %1, %2").arg(contact.contactName, contact.contactRole));
        const PhoneNumbers phones;
        for (const QString &number : QStringList{contact.phoneE164} + contact.otherPhones) {
            if (!number.isEmpty()) {
                const PhoneNumber phone = phones.parse(number);
                lines << tr("  Phone: %1")
                             .arg(phone.international.isEmpty() ? number : phone.international);
            }
        }
        for (const QString &email : QStringList{contact.email} + contact.otherEmails) {
            if (!email.isEmpty()) {
                lines << tr("  E-mail: %1").arg(email);
            }
        }
        if (!contact.slackHandle.isEmpty()) {
            lines << tr("  Slack: %1").arg(contact.slackHandle);
        }
    }
    if (contact.channelId != 0) {
        lines << (contact.channelAddress.isEmpty()
                      ? tr("Channel: %1").arg(contact.channelName)
                      : tr("Channel: %1, %2").arg(contact.channelName, contact.channelAddress));
    }
    return lines.join(u'\n');
}

int AskCommand::run(QCoreApplication &app, const QStringList &arguments, QTextStream &out,
                    QTextStream &err)
{
    HeadlessCommand cli(app, arguments, CommandLine::commandIndex(arguments, u"ask"), out, err);
    QCommandLineParser &parser = cli.parser();
    parser.setApplicationDescription(
        tr("Asks the offline assistant a question, in Russian or English.\n\n"
           "  ask \"QUESTION\" [--json]\n\n"
           "The answer is a passage of a knowledge-base article, quoted, with the article and "
           "section it comes from and how sure the assistant is (high, medium, low). Personal "
           "and confidential questions (salary, health, complaints, dismissal), and questions "
           "no article answers well enough, are not answered: the assistant says so and names "
           "the person to turn to from the fallback contacts. A new database is created with "
           "the demo data, as the application does.\n\n"
           "Exit codes: 0 when the question was answered; 1 when the database cannot be "
           "used; 2 for wrong arguments; 3 when the question was handed over to a person."));
    parser.addPositionalArgument(QStringLiteral("question"), tr("The question to ask."),
                                 tr("\"QUESTION\""));
    const QCommandLineOption databaseOption(
        QStringLiteral("database"),
        tr("Use the SQLite database at <path> instead of the default one."), tr("path"));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        tr("Print the answer as JSON (the format of the README)."));
    const QCommandLineOption langOption(QStringLiteral("lang"), tr("Language: ru or en."),
                                        tr("language"));
    parser.addOptions({databaseOption, jsonOption, langOption});

    if (const std::optional<int> done = cli.parse()) {
        return *done;
    }
    const QString language = parser.value(langOption).toLower();
    if (parser.isSet(langOption) && language != u"ru" && language != u"en") {
        err << tr("Unknown language \"%1\": use ru or en.").arg(parser.value(langOption))
            << Qt::endl;
        return Usage;
    }
    // Unquoted words are one question too: `butterdesk ask где анкета`.
    const QString question = parser.positionalArguments().join(u' ').trimmed();
    if (question.isEmpty()) {
        err << tr("Usage: butterdesk ask \"QUESTION\" [--json]; see butterdesk ask --help.")
            << Qt::endl;
        return Usage;
    }

    bool created = false;
    Database *database = cli.openDatabase(&created);
    if (!database) {
        return Failed;
    }
    if (created) {
        // As on the application's first start, so that a first question has something to
        // be answered from.
        PhoneNumbers phones;
        const DemoLoadResult demo = DemoData::load(*database, phones);
        if (!demo.ok) {
            err << demo.error << Qt::endl;
            return Failed;
        }
        err << tr("Created %1 with the demo data.")
                   .arg(QDir::toNativeSeparators(cli.databasePath()))
            << Qt::endl;
    }

    ChatEngine engine(database->connection());
    const ChatAnswer answer = engine.answer(question);
    if (!engine.errorString().isEmpty()) {
        err << engine.errorString() << Qt::endl;
        return Failed;
    }
    // A question asked from a script is a question all the same: the statistics count it.
    if (!engine.logUnanswered(answer)) {
        err << engine.errorString() << Qt::endl;
    }
    if (parser.isSet(jsonOption)) {
        out << QString::fromUtf8(
            QJsonDocument(chatjson::toJson(answer)).toJson(QJsonDocument::Indented));
    } else {
        out << plainText(answer) << Qt::endl;
    }
    out.flush();
    return answer.isHandover() ? HandedOver : Answered;
}

} // namespace bbd
