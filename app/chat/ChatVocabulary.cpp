#include "app/chat/ChatVocabulary.h"

#include "app/chat/Stemmer.h"

#include <algorithm>

namespace bbd {
namespace {

// Words a question is made of that say nothing about its topic ("как", "где", "how do I").
// Stemmed like the text, so "какой", "какая" and "каких" all go.
constexpr const char16_t *kStopWords[] = {
    // Russian
    u"и",
    u"в",
    u"во",
    u"не",
    u"что",
    u"он",
    u"на",
    u"я",
    u"с",
    u"со",
    u"как",
    u"а",
    u"то",
    u"все",
    u"всё",
    u"она",
    u"так",
    u"его",
    u"но",
    u"да",
    u"ты",
    u"к",
    u"у",
    u"же",
    u"вы",
    u"за",
    u"бы",
    u"по",
    u"только",
    u"ее",
    u"мне",
    u"было",
    u"вот",
    u"от",
    u"меня",
    u"еще",
    u"нет",
    u"о",
    u"об",
    u"из",
    u"ему",
    u"теперь",
    u"когда",
    u"даже",
    u"ну",
    u"ли",
    u"если",
    u"уже",
    u"или",
    u"ни",
    u"быть",
    u"был",
    u"него",
    u"до",
    u"вас",
    u"нибудь",
    u"уж",
    u"вам",
    u"ведь",
    u"там",
    u"потом",
    u"себя",
    u"ей",
    u"может",
    u"они",
    u"тут",
    u"где",
    u"есть",
    u"надо",
    u"ней",
    u"для",
    u"мы",
    u"тебя",
    u"их",
    u"чем",
    u"была",
    u"сам",
    u"чтоб",
    u"чтобы",
    u"без",
    u"чего",
    u"раз",
    u"тоже",
    u"себе",
    u"под",
    u"будет",
    u"ж",
    u"тогда",
    u"кто",
    u"этот",
    u"того",
    u"потому",
    u"этого",
    u"какой",
    u"какая",
    u"какие",
    u"каком",
    u"ним",
    u"здесь",
    u"этом",
    u"мой",
    u"моя",
    u"мою",
    u"мои",
    u"тем",
    u"нее",
    u"сейчас",
    u"были",
    u"куда",
    u"зачем",
    u"всех",
    u"можно",
    u"при",
    u"про",
    u"над",
    u"тот",
    u"эти",
    u"нас",
    u"всего",
    u"них",
    u"эту",
    u"свой",
    u"свою",
    u"этой",
    u"том",
    u"им",
    u"кому",
    u"кем",
    u"чей",
    u"нужно",
    u"нужен",
    u"нужна",
    u"надо",
    u"должен",
    u"хочу",
    u"хотел",
    u"сделать",
    u"делать",
    u"скажите",
    u"подскажите",
    u"пожалуйста",
    u"узнать",
    u"найти",
    u"это",
    u"такое",
    u"ли",
    u"каков",
    u"сколько",
    u"почему",
    u"зачем",
    u"откуда",
    u"здравствуйте",
    u"привет",
    u"спасибо",
    u"номер",
    u"стоит",
    u"должна",
    u"должны",
    u"должно",
    u"бывает",
    u"бывают",
    // English
    u"a",
    u"an",
    u"the",
    u"and",
    u"or",
    u"but",
    u"if",
    u"of",
    u"at",
    u"by",
    u"for",
    u"with",
    u"about",
    u"to",
    u"from",
    u"in",
    u"on",
    u"into",
    u"is",
    u"are",
    u"was",
    u"were",
    u"be",
    u"been",
    u"being",
    u"am",
    u"do",
    u"does",
    u"did",
    u"have",
    u"has",
    u"had",
    u"i",
    u"me",
    u"my",
    u"we",
    u"our",
    u"you",
    u"your",
    u"he",
    u"she",
    u"it",
    u"its",
    u"they",
    u"them",
    u"their",
    u"what",
    u"which",
    u"who",
    u"whom",
    u"whose",
    u"this",
    u"that",
    u"these",
    u"those",
    u"how",
    u"where",
    u"when",
    u"why",
    u"can",
    u"could",
    u"should",
    u"would",
    u"will",
    u"shall",
    u"may",
    u"might",
    u"must",
    u"need",
    u"want",
    u"there",
    u"here",
    u"not",
    u"no",
    u"so",
    u"than",
    u"too",
    u"very",
    u"just",
    u"any",
    u"some",
    u"get",
    u"find",
    u"tell",
    u"please",
    u"know",
    u"hello",
    u"hi",
    u"thanks",
    u"s",
    u"t",
    u"ll",
    u"d",
    u"m",
    u"re",
    u"ve",
    u"number",
    u"happen",
    u"happens",
};

// Topics the assistant hands to a person without searching (seed 000: the bot is not for
// them): pay, health, complaints, dismissal. Several forms of a word where Snowball gives
// them different stems (зарплата/зарплатный, уволить/увольнение).
constexpr const char16_t *kConfidential[] = {
    u"зарплата",
    u"зарплатный",
    u"зарплатная",
    u"зп",
    u"оклад",
    u"окладе",
    u"премия",
    u"премиальные",
    u"премировать",
    u"больничный",
    u"больничного",
    u"больничные",
    u"болезнь",
    u"болеть",
    u"болею",
    u"заболел",
    u"заболела",
    u"заболеть",
    u"здоровье",
    u"медицинский",
    u"медицинская",
    u"медсправка",
    u"диагноз",
    u"беременность",
    u"жалоба",
    u"жаловаться",
    u"пожаловаться",
    u"домогательство",
    u"домогательства",
    u"домогается",
    u"харассмент",
    u"травля",
    u"увольнение",
    u"уволить",
    u"уволиться",
    u"увольнять",
    u"увольняют",
    u"уволят",
    u"уволили",
    u"salary",
    u"salaries",
    u"pay",
    u"paid",
    u"payroll",
    u"paycheck",
    u"payslip",
    u"wage",
    u"wages",
    u"bonus",
    u"sick",
    u"sickness",
    u"illness",
    u"ill",
    u"health",
    u"medical",
    u"pregnancy",
    u"complaint",
    u"complain",
    u"harassment",
    u"harass",
    u"bullying",
    u"dismissal",
    u"dismiss",
    u"fired",
    u"layoff",
    u"redundancy",
};

// Groups of words and phrases that mean the same to a question: a question word from a group
// matches a passage with any member, and the group counts as one word. Russian and English
// members side by side, so that an English question finds a Russian article.
const QList<QList<const char16_t *>> &synonymGroups()
{
    static const QList<QList<const char16_t *>> groups = {
        {u"hr", u"эйчар", u"эйчары", u"отдел кадров", u"кадры", u"кадровик", u"кадровичка",
         u"кадровый отдел", u"кадровая служба", u"hr-отдел", u"hr-служба", u"human resources",
         u"personnel", u"отдел персонала"},
        {u"телефон", u"телефонный", u"позвонить", u"звонить", u"звонок", u"phone", u"telephone",
         u"call"},
        {u"почта", u"почтовый", u"электронная почта", u"email", u"e-mail", u"mail", u"письмо",
         u"outlook"},
        {u"встреча", u"встретиться", u"meeting", u"meet"},
        {u"руководитель", u"начальник", u"руководство", u"manager", u"boss", u"supervisor"},
        {u"отпуск", u"отгул", u"vacation", u"holiday", u"day off", u"time off"},
        {u"анкета", u"опрос", u"survey", u"questionnaire", u"feedback form"},
        {u"обратная связь", u"отзыв", u"feedback"},
        {u"сбой", u"авария", u"недоступна", u"недоступен", u"упал", u"outage", u"unavailable",
         u"down", u"failure"},
        {u"платформа", u"platform"},
        {u"ключ", u"key", u"token", u"токен"},
        {u"канал", u"channel"},
        {u"сценарий", u"scenario"},
        {u"сотрудник", u"работник", u"employee", u"staff"},
        {u"новичок", u"новый сотрудник", u"new hire", u"newcomer"},
        {u"задача", u"task", u"ticket", u"тикет"},
        {u"документ", u"document"},
        {u"график", u"расписание", u"schedule"},
        {u"ошибка", u"error"},
        {u"неделя", u"week"},
        {u"первый", u"first"},
        {u"день", u"day"},
        {u"месяц", u"month"},
        {u"записаться", u"запись", u"book", u"booking", u"sign up"},
        {u"поддержка", u"служба поддержки", u"support", u"helpdesk", u"help desk"},
        {u"интеграция", u"integration"},
        {u"файл", u"file"},
        {u"импорт", u"импортировать", u"import"},
        {u"кандидат", u"candidate", u"applicant"},
        {u"вакансия", u"vacancy", u"opening"},
        {u"1:1", u"one on one", u"one-on-one", u"один на один"},
        {u"еженедельный", u"еженедельно", u"weekly"},
        {u"срочно", u"срочный", u"urgent", u"urgently"},
        {u"ссылка", u"link"},
        {u"доступ", u"access"},
        {u"настроить", u"настройка", u"set up", u"setup", u"configure"},
    };
    return groups;
}

QString joined(const QStringList &stems)
{
    return stems.join(u' ');
}

} // namespace

ChatVocabulary::ChatVocabulary(Stemmer &stemmer)
{
    for (const char16_t *word : kStopWords) {
        m_stopWords.insert(stemmer.stem(QString::fromUtf16(word)));
    }
    for (const char16_t *word : kConfidential) {
        m_confidential.insert(stemmer.stem(QString::fromUtf16(word)));
    }
    for (const QList<const char16_t *> &group : synonymGroups()) {
        Term term;
        for (const char16_t *member : group) {
            const QStringList stems = stemmer.stems(QString::fromUtf16(member));
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
        m_groups.append(term);
    }
}

bool ChatVocabulary::isConfidential(const QStringList &stems) const
{
    return std::any_of(stems.cbegin(), stems.cend(),
                       [this](const QString &stem) { return m_confidential.contains(stem); });
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
