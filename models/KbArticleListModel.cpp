#include "models/KbArticleListModel.h"

#include <QLocale>

namespace bbd {

QStringList KbArticleListModel::columnTitles() const
{
    return {tr("Article"), tr("Department"), tr("Updated")};
}

QVariant KbArticleListModel::cellData(const KbArticle &article, int column, int role) const
{
    switch (role) {
    case IdRole:
        return article.id;
    case BodyRole:
        return article.body;
    case TagsRole:
        return article.tags;
    case AuthorRole:
        return article.author;
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (column) {
    case Title:
        return article.title;
    case Department:
        return article.department;
    case Updated:
        return QLocale().toString(article.updatedAt.toLocalTime().date(), QLocale::ShortFormat);
    }
    return {};
}

} // namespace bbd
