#include "ui/kb/KbStatsView.h"

#include "app/kb/KbStore.h"
#include "ui/ViewHelpers.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace bbd {
namespace {

QTableWidgetItem *numberItem(const QString &text, const QVariant &sortValue)
{
    auto *item = new QTableWidgetItem(text);
    item->setData(Qt::UserRole + 1, sortValue);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

KbStatsView::KbStatsView(KbStore &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
{
    setObjectName(QStringLiteral("kbStatsView"));
    m_tables = new QVBoxLayout(this);
    m_tables->addWidget(ui::makeHeading(tr("Most viewed articles")));
    m_mostViewed = makeTable(QStringLiteral("kbMostViewed"),
                             {tr("Article"), tr("Department"), tr("Views"), tr("Useful")});
    m_tables->addWidget(m_mostViewed, 1);
    m_tables->addWidget(ui::makeHeading(tr("Least useful articles")));
    auto *hint = new QLabel(tr("By the share of readers who answered \"No\" to \"Was this "
                               "useful?\", among articles with at least %1 answers.")
                                .arg(MinimumVotes));
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    m_tables->addWidget(hint);
    m_worstRated = makeTable(QStringLiteral("kbWorstRated"),
                             {tr("Article"), tr("Department"), tr("Not useful"), tr("Answers")});
    m_tables->addWidget(m_worstRated, 1);
    reload();
}

QTableWidget *KbStatsView::makeTable(const QString &objectName, const QStringList &headers)
{
    auto *table = new QTableWidget(0, int(headers.size()));
    table->setObjectName(objectName);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    connect(table, &QTableWidget::itemActivated, this, [this](QTableWidgetItem *item) {
        const QTableWidgetItem *first = item->tableWidget()->item(item->row(), 0);
        if (first) {
            emit articleActivated(first->data(Qt::UserRole).toLongLong());
        }
    });
    return table;
}

void KbStatsView::reload()
{
    const QLocale locale;
    const auto fill = [&locale](QTableWidget *table, const QList<KbStore::ArticleStat> &stats,
                                bool byRating) {
        table->setRowCount(int(stats.size()));
        int row = 0;
        for (const KbStore::ArticleStat &stat : stats) {
            auto *title = new QTableWidgetItem(stat.title);
            title->setData(Qt::UserRole, stat.id);
            table->setItem(row, 0, title);
            table->setItem(row, 1, new QTableWidgetItem(stat.department));
            const int votes = stat.ratingUp + stat.ratingDown;
            if (byRating) {
                table->setItem(row, 2,
                               numberItem(locale.toString(stat.downShare() * 100, 'f', 0) +
                                              QStringLiteral(" %"),
                                          stat.downShare()));
                table->setItem(row, 3, numberItem(locale.toString(votes), votes));
            } else {
                table->setItem(row, 2, numberItem(locale.toString(stat.views), stat.views));
                table->setItem(
                    row, 3,
                    numberItem(votes > 0 ? locale.toString((1.0 - stat.downShare()) * 100, 'f', 0) +
                                               QStringLiteral(" %")
                                         : QStringLiteral("—"),
                               1.0 - stat.downShare()));
            }
            ++row;
        }
        table->resizeColumnsToContents();
        table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    };
    fill(m_mostViewed, m_store.mostViewed(20), false);
    fill(m_worstRated, m_store.worstRated(MinimumVotes, 20), true);
}

} // namespace bbd
