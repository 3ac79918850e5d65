#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace bbd {

struct KbArticle
{
    qint64 id = 0;
    QString title;
    QString body; // Markdown
    QStringList tags;
    QString department;
    QString author;
    QDateTime updatedAt;
    // How readers found it: times opened, and "was this useful" answers.
    int views = 0;
    int ratingUp = 0;
    int ratingDown = 0;
    // The file it was imported from (absolute, canonical), empty for one written in the app.
    QString sourcePath;
};

// Which articles a list or a search shows. Empty members do not filter.
struct KbArticleFilter
{
    QString text; // words, each matched as a prefix (FTS5), all of them required
    QString tag;
    QString department;
    QDate updatedFrom; // local dates, both inclusive
    QDate updatedTo;

    bool isEmpty() const
    {
        return text.trimmed().isEmpty() && tag.isEmpty() && department.isEmpty() &&
               !updatedFrom.isValid() && !updatedTo.isValid();
    }
};

} // namespace bbd
