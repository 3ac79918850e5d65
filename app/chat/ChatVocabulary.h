#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace bbd {

class Stemmer;

// What the assistant knows about words, beyond the knowledge base itself: the stop words of
// Russian and English questions, the groups of words that mean the same thing (HR, эйчар,
// отдел кадров; отпуск, vacation…), and the topics it never answers (salary, health,
// complaints, dismissal). Every list is written as plain words and stemmed once, here, so
// that any inflection of them counts.
class ChatVocabulary
{
public:
    // One word of a question, or one group of synonyms standing for it: the passage matches
    // the term when it holds every stem of one of the alternatives.
    struct Term
    {
        QList<QStringList> alternatives;
        bool operator==(const Term &) const = default;
    };

    explicit ChatVocabulary(Stemmer &stemmer);

    // True when a stem of the question is one of a personal or confidential topic; "health"
    // beside a word of systems (platform, integration, status…) is not.
    bool isConfidential(const QStringList &stems) const;
    // The question's stems as terms: stop words dropped, a synonym (or a phrase of one, like
    // "отдел кадр") replaced by its whole group, each term once.
    QList<Term> terms(const QStringList &stems) const;
    // True when one of the terms is the group of "phone": the question asks for a number.
    bool asksForPhone(const QList<Term> &terms) const;

private:
    QSet<QString> m_stopWords;
    QSet<QString> m_confidential;
    QSet<QString> m_ambiguousConfidential; // stems of m_confidential that kTechnical cancels
    QSet<QString> m_technical;
    QList<Term> m_groups;
    QHash<QString, int> m_groupOfPhrase; // the stems of a synonym, joined by ' ' -> group
    int m_longestPhrase = 1;
    int m_phoneGroup = -1;
};

} // namespace bbd
