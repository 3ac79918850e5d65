#include "models/KbArticleListModel.h"

#include <QLocale>

namespace bbd {

QStringList KbArticleListModel::columnTitles() const
{
    return {tr("Article"), tr("Department"), tr("Updated"), tr("Views")};
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
    case Views:
        return article.views;
    }
    return {};
}

int KbArticleListModel::rowOf(qint64 articleId) const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (rowAt(row)->id == articleId) {
            return row;
        }
    }
    return -1;
}

} // namespace bbd
