#pragma once

#include "models/KbArticle.h"
#include "models/PagedTableModel.h"

namespace bbd {

class KbArticleListModel : public PagedTableModel<KbArticle>
{
    Q_OBJECT

public:
    enum Column { Title, Department, Updated, ColumnCount };
    enum Role { BodyRole = FirstCustomRole, TagsRole, AuthorRole };

    using PagedTableModel::PagedTableModel;

    QStringList columnTitles() const override;

protected:
    QVariant cellData(const KbArticle &article, int column, int role) const override;
};

} // namespace bbd
