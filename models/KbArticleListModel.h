#pragma once

#include "models/KbArticle.h"
#include "models/PagedTableModel.h"

namespace bbd {

class KbArticleListModel : public PagedTableModel<KbArticle>
{
    Q_OBJECT

public:
    enum Column { Title, Department, Updated, Views, ColumnCount };
    enum Role { BodyRole = FirstCustomRole, TagsRole, AuthorRole };

    // The row showing `articleId` among those loaded, -1 when it is not (yet) loaded.
    int rowOf(qint64 articleId) const;

    using PagedTableModel::PagedTableModel;

    QStringList columnTitles() const override;

protected:
    QVariant cellData(const KbArticle &article, int column, int role) const override;
};

} // namespace bbd
