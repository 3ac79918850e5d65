#pragma once

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
};

} // namespace bbd
