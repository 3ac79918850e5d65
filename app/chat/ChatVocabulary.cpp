#include "app/chat/ChatVocabulary.h"

#include "app/chat/Stemmer.h"

#include <algorithm>

namespace bbd {
namespace {

// Words a question is made of that say nothing about its topic ("как", "где", "how do I"),
// Russian then English, separated by blanks. Stemmed like the text, so "какой", "какая" and
// "каких" all go.
constexpr char16_t kStopWords[] =
    u"и в во не что он на я с со как а то все всё она так его но да ты к у же вы за бы по "
    u"только ее мне было вот от меня еще нет о об из ему теперь когда даже ну ли если уже или "
    u"ни быть был него до вас нибудь уж вам ведь там потом себя ей может они тут где есть "
    u"надо ней для мы тебя их чем была сам чтоб чтобы без чего раз тоже себе под будет ж "
    u"тогда кто этот того потому этого какой какая какие каком ним здесь этом мой моя мою мои "
    u"тем нее сейчас были куда зачем всех можно при про над тот эти нас всего них эту свой "
    u"свою этой том им кому кем чей нужно нужен нужна надо должен хочу хотел сделать делать "
    u"скажите подскажите пожалуйста узнать найти это такое ли каков сколько почему зачем "
    u"откуда здравствуйте привет спасибо номер стоит должна должны должно бывает бывают "
    u"a an the and or but if of at by for with about to from in on into is are was were be "
    u"been being am do does did have has had i me my we our you your he she it its they them "
    u"their what which who whom whose this that these those how where when why can could "
    u"should would will shall may might must need want there here not no so than too very "
    u"just any some get find tell please know hello hi thanks s t ll d m re ve number happen "
    u"happens ";

// Topics the assistant hands to a person without searching (seed 000: the bot is not for
// them): pay, health, complaints, dismissal. Several forms of a word where Snowball gives
// them different stems (зарплата/зарплатный, уволить/увольнение).
constexpr char16_t kConfidential[] =
    u"зарплата зарплатный зарплатная зп оклад окладе премия премиальные премировать "
    u"больничный больничного больничные болезнь болеть болею заболел заболела заболеть "
    u"здоровье медицинский медицинская медсправка диагноз беременность жалоба жаловаться "
    u"пожаловаться домогательство домогательства домогается харассмент травля увольнение "
    u"уволить уволиться увольнять увольняют уволят уволили salary salaries pay paid payroll "
    u"paycheck payslip wage wages bonus sick sickness illness ill health medical pregnancy "
    u"complaint complain harassment harass bullying dismissal dismiss fired layoff redundancy ";

// Health in the sense of a system's state ("platform health", "статус здоровья интеграций"):
// the words of kConfidential that stop being personal beside one of kTechnical.
constexpr char16_t kAmbiguousConfidential[] = u"здоровье health ";
constexpr char16_t kTechnical[] =
    u"платформа интеграция сервис сервер система синхронизация api статус мониторинг "
    u"platform integration service server system sync synchronization status monitoring "
    u"check endpoint ";

// Groups of words and phrases that mean the same to a question, one a line, members separated
// by "|": a question word from a group matches a passage with any member, and the group counts
// as one word. Russian and English members side by side, so that an English question finds a
// Russian article.
constexpr const char16_t *kSynonymGroups[] = {
    u"hr|эйчар|эйчары|отдел кадров|кадры|кадровик|кадровичка|кадровый отдел|кадровая "
    u"служба|hr-отдел|hr-служба|human resources|personnel|отдел персонала",
    u"телефон|телефонный|позвонить|звонить|звонок|phone|telephone|call",
    u"почта|почтовый|электронная почта|email|e-mail|mail|письмо|outlook",
    u"встреча|встретиться|meeting|meet",
    u"руководитель|начальник|руководство|manager|boss|supervisor",
    u"отпуск|отгул|vacation|holiday|day off|time off",
    u"анкета|опрос|survey|questionnaire|feedback form",
    u"обратная связь|отзыв|feedback",
    u"сбой|авария|недоступна|недоступен|упал|outage|unavailable|down|failure",
    u"платформа|platform",
    u"ключ|key|token|токен",
    u"канал|channel",
    u"сценарий|scenario",
    u"сотрудник|работник|employee|staff",
    u"новичок|новый сотрудник|new hire|newcomer",
    u"задача|task|ticket|тикет",
    u"документ|document",
    u"график|расписание|schedule",
    u"ошибка|error",
    u"неделя|week",
    u"первый|first",
    u"день|day",
    u"месяц|month",
    u"записаться|запись|book|booking|sign up",
    u"поддержка|служба поддержки|support|helpdesk|help desk",
    u"интеграция|integration",
    u"файл|file",
    u"импорт|импортировать|import",
    u"кандидат|candidate|applicant",
    u"вакансия|vacancy|opening",
    u"1:1|one on one|one-on-one|один на один",
    u"еженедельный|еженедельно|weekly",
    u"срочно|срочный|urgent|urgently",
    u"ссылка|link",
    u"доступ|access",
    u"настроить|настройка|set up|setup|configure",
};

QString joined(const QStringList &stems)
{
    return stems.join(u' ');
}

} // namespace

ChatVocabulary::ChatVocabulary(Stemmer &stemmer)
{
    const QStringList stopWords = QString::fromUtf16(kStopWords).split(u' ', Qt::SkipEmptyParts);
    for (const QString &word : stopWords) {
        m_stopWords.insert(stemmer.stem(word));
    }
    const QStringList confidential =
        QString::fromUtf16(kConfidential).split(u' ', Qt::SkipEmptyParts);
    for (const QString &word : confidential) {
        m_confidential.insert(stemmer.stem(word));
    }
    const auto stemAll = [&stemmer](const char16_t *words, QSet<QString> *into) {
        const QStringList list = QString::fromUtf16(words).split(u' ', Qt::SkipEmptyParts);
        for (const QString &word : list) {
            into->insert(stemmer.stem(word));
        }
    };
    stemAll(kAmbiguousConfidential, &m_ambiguousConfidential);
    stemAll(kTechnical, &m_technical);
    for (const char16_t *group : kSynonymGroups) {
        Term term;
        const QStringList members = QString::fromUtf16(group).split(u'|');
        for (const QString &member : members) {
            const QStringList stems = stemmer.stems(member);
            if (stems.isEmpty() || term.alternatives.contains(stems)) {
                continue;
            }
            term.alternatives.append(stems);
            // A word in two groups belongs to the first: the lists stay small enough to read.
            if (!m_groupOfPhrase.contains(joined(stems))) {
                m_groupOfPhrase.insert(joined(stems), int(m_groups.size()));
            }
            m_longestPhrase = std::max(m_longestPhrase, int(stems.size()));
        }
        if (term.alternatives.contains(QStringList{stemmer.stem(QStringLiteral("phone"))})) {
            m_phoneGroup = int(m_groups.size());
        }
        m_groups.append(term);
    }
}

bool ChatVocabulary::asksForPhone(const QList<Term> &terms) const
{
    return m_phoneGroup >= 0 && terms.contains(m_groups.at(m_phoneGroup));
}

bool ChatVocabulary::isConfidential(const QStringList &stems) const
{
    const bool technical = std::any_of(
        stems.cbegin(), stems.cend(), [this](const QString &s) { return m_technical.contains(s); });
    return std::any_of(stems.cbegin(), stems.cend(), [&](const QString &stem) {
        return m_confidential.contains(stem) &&
               !(technical && m_ambiguousConfidential.contains(stem));
    });
}

QList<ChatVocabulary::Term> ChatVocabulary::terms(const QStringList &stems) const
{
    QList<Term> result;
    const auto add = [&result](const Term &term) {
        if (!result.contains(term)) {
            result.append(term);
        }
    };
    qsizetype i = 0;
    while (i < stems.size()) {
        // The longest synonym phrase starting here wins ("отдел кадр" before "отдел"); phrases
        // may hold stop words ("one on one").
        int taken = 0;
        for (int length = std::min<qsizetype>(m_longestPhrase, stems.size() - i); length > 0;
             --length) {
            const auto group = m_groupOfPhrase.constFind(joined(stems.mid(i, length)));
            if (group != m_groupOfPhrase.cend()) {
                add(m_groups.at(*group));
                taken = length;
                break;
            }
        }
        if (taken == 0) {
            const QString &stem = stems.at(i);
            if (!m_stopWords.contains(stem)) {
                add(Term{{QStringList{stem}}});
            }
            taken = 1;
        }
        i += taken;
    }
    return result;
}

} // namespace bbd
