#include "models/KbArticleListModel.h"

#include <QLocale>

namespace bbd {

int KbArticleListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant KbArticleListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Title:
        return tr("Article");
    case Department:
        return tr("Department");
    case Updated:
        return tr("Updated");
    }
    return {};
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
