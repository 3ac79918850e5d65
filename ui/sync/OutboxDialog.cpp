#include "ui/sync/OutboxDialog.h"

#include "app/storage/Database.h"
#include "app/sync/OutboxSource.h"
#include "models/OutboxTableModel.h"
#include "ui/ViewHelpers.h"
#include "ui/sync/ConflictDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace bbd {

OutboxDialog::OutboxDialog(Database &database, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_queue(database.connection())
{
    setWindowTitle(tr("Outbox"));
    auto *layout = new QVBoxLayout(this);

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Show:")));
    m_filter = new QComboBox;
    m_filter->setObjectName(QStringLiteral("outboxFilter"));
    m_filter->addItem(tr("Not delivered yet"),
                      static_cast<int>(sources::OutboxFilter::Undelivered));
    m_filter->addItem(tr("Failed"), static_cast<int>(sources::OutboxFilter::Failed));
    m_filter->addItem(tr("Conflicts"), static_cast<int>(sources::OutboxFilter::Conflicts));
    m_filter->addItem(tr("Delivered"), static_cast<int>(sources::OutboxFilter::Delivered));
    top->addWidget(m_filter);
    top->addStretch(1);
    m_counts = new QLabel;
    m_counts->setObjectName(QStringLiteral("outboxCounts"));
    top->addWidget(m_counts);
    layout->addLayout(top);

    m_model = new OutboxTableModel(this);
    m_view = new QTableView;
    m_view->setObjectName(QStringLiteral("outboxView"));
    ui::configureTableView(m_view);
    m_view->setModel(m_model);
    m_emptyHint = ui::makeEmptyHint(
        tr("Nothing is waiting. Changes made here are sent to the platform and the connected "
           "services in the background; anything that cannot be delivered shows up here."));
    m_details = new QPlainTextEdit;
    m_details->setObjectName(QStringLiteral("outboxDetails"));
    m_details->setReadOnly(true);
    m_details->setPlaceholderText(tr("Select a row to see the request and the server's answer."));
    auto *splitter = new QSplitter(Qt::Vertical);
    auto *listHolder = new QWidget;
    auto *listLayout = new QVBoxLayout(listHolder);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_view);
    listLayout->addWidget(m_emptyHint);
    splitter->addWidget(listHolder);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    m_problem = new QLabel;
    m_problem->setObjectName(QStringLiteral("outboxProblem"));
    m_problem->setWordWrap(true);
    QPalette palette = m_problem->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb0, 0x1c, 0x1c));
    m_problem->setPalette(palette);
    m_problem->hide();
    layout->addWidget(m_problem);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_retry = buttons->addButton(tr("&Retry"), QDialogButtonBox::ActionRole);
    m_retry->setObjectName(QStringLiteral("retryButton"));
    m_retry->setToolTip(tr("Put the failed request back in the queue and send it now"));
    m_resolve = buttons->addButton(tr("Re&solve…"), QDialogButtonBox::ActionRole);
    m_resolve->setObjectName(QStringLiteral("resolveButton"));
    m_resolve->setToolTip(tr("Compare your version with the server's and choose field by field"));
    m_discard = buttons->addButton(tr("&Discard…"), QDialogButtonBox::DestructiveRole);
    m_discard->setObjectName(QStringLiteral("discardButton"));
    m_discard->setToolTip(tr("Remove the request: it will never be sent"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_retry, &QPushButton::clicked, this, &OutboxDialog::retrySelected);
    connect(m_resolve, &QPushButton::clicked, this, &OutboxDialog::resolveSelected);
    connect(m_discard, &QPushButton::clicked, this, &OutboxDialog::discardSelected);
    layout->addWidget(buttons);

    connect(m_filter, &QComboBox::currentIndexChanged, this, &OutboxDialog::refresh);
    connect(m_view, &QAbstractItemView::doubleClicked, this, [this] {
        if (m_resolve->isEnabled()) {
            resolveSelected();
        }
    });
    connect(m_model, &PagedTableModelBase::loadFailed, this, &OutboxDialog::showProblem);
    refresh();
    resize(900, 520);
}

OutboxDialog::~OutboxDialog() = default;

void OutboxDialog::showFilter(int index)
{
    m_filter->setCurrentIndex(index);
}

void OutboxDialog::selectRow(int row)
{
    m_view->selectRow(row);
}

void OutboxDialog::refresh()
{
    const qint64 keep = selectedId();
    const auto filter = static_cast<sources::OutboxFilter>(m_filter->currentData().toInt());
    m_model->setSource(sources::outbox(m_database, filter));
    const OutboxQueue::Counts counts = m_queue.counts();
    m_counts->setText(tr("Waiting: %1 · Failed: %2 · Conflicts: %3")
                          .arg(counts.pending)
                          .arg(counts.failed)
                          .arg(counts.conflict));
    const bool empty = m_model->rowCount() == 0;
    m_view->setVisible(!empty);
    m_emptyHint->setVisible(empty);
    ui::fitColumns(m_view, OutboxTableModel::Message);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &OutboxDialog::updateDetails, Qt::UniqueConnection);
    for (int row = 0; row < m_model->rowCount() && keep != 0; ++row) {
        if (m_model->index(row, 0).data(PagedTableModelBase::IdRole).toLongLong() == keep) {
            m_view->selectRow(row);
            break;
        }
    }
    updateDetails();
}

qint64 OutboxDialog::selectedId() const
{
    // The current row, as the selection follows it (single row selection).
    const QModelIndex current =
        m_view->selectionModel() ? m_view->selectionModel()->currentIndex() : QModelIndex();
    return current.isValid()
               ? current.siblingAtColumn(0).data(PagedTableModelBase::IdRole).toLongLong()
               : 0;
}

void OutboxDialog::updateDetails()
{
    OutboxQueue::Item item;
    const qint64 id = selectedId();
    if (id == 0 || !m_queue.item(id, &item)) {
        m_details->clear();
        m_retry->setEnabled(false);
        m_resolve->setEnabled(false);
        m_discard->setEnabled(false);
        return;
    }
    QString text = item.method + u' ' + item.path + u'\n';
    if (!item.body.isEmpty()) {
        const QJsonDocument body = QJsonDocument::fromJson(item.body);
        text += body.isNull() ? QString::fromUtf8(item.body)
                              : QString::fromUtf8(body.toJson(QJsonDocument::Indented));
    }
    if (!item.lastError.isEmpty()) {
        text += u'\n' + tr("Server's answer: %1").arg(item.lastError);
    }
    m_details->setPlainText(text);
    m_retry->setEnabled(item.status == u"failed");
    m_resolve->setEnabled(item.status == u"conflict");
    m_discard->setEnabled(item.status == u"pending" || item.status == u"failed" ||
                          item.status == u"conflict");
}

void OutboxDialog::showProblem(const QString &message)
{
    m_problem->setText(message);
    m_problem->setVisible(!message.isEmpty());
}

void OutboxDialog::retrySelected()
{
    const qint64 id = selectedId();
    if (id == 0) {
        return;
    }
    if (!m_queue.retry(id)) {
        showProblem(m_queue.lastError());
        refresh();
        return;
    }
    showProblem(QString());
    refresh();
    emit sendRequested();
}

void OutboxDialog::discardSelected()
{
    const qint64 id = selectedId();
    OutboxQueue::Item item;
    if (id == 0 || !m_queue.item(id, &item)) {
        return;
    }
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    const QString change = current.siblingAtColumn(OutboxTableModel::Change).data().toString();
    const QString service = OutboxTableModel::serviceText(item.service);
    QString question = tr("Discard \"%1\"? It will never reach %2, and this cannot be undone.")
                           .arg(change, service);
    const int later = m_queue.laterRowsOfEntity(id);
    if (later > 0) {
        question += u"\n\n" + tr("%n later change(s) of the same record stay in the outbox and "
                                 "will be sent without this one.",
                                 nullptr, later);
    }
    if (item.method == u"POST" && item.service == u"platform") {
        question +=
            u"\n\n" + tr("The record was never created on the server, so the later changes of it "
                         "will fail too.");
    }
    const auto answer =
        QMessageBox::question(this, tr("Discard a change"), question,
                              QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Discard) {
        return;
    }
    if (!m_queue.discard(id)) {
        showProblem(m_queue.lastError());
    } else {
        showProblem(QString());
    }
    refresh();
}

void OutboxDialog::resolveSelected()
{
    const qint64 id = selectedId();
    OutboxQueue::Item item;
    if (id == 0 || !m_queue.item(id, &item) || item.status != u"conflict") {
        return;
    }
    ConflictDialog dialog(item, this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    bool ok = false;
    if (dialog.isDelete() && dialog.keepsServerRecord()) {
        ok = m_queue.discard(id);
    } else {
        const QByteArray body =
            dialog.isDelete() ? QByteArray()
                              : QJsonDocument(dialog.resolvedBody()).toJson(QJsonDocument::Compact);
        ok = m_queue.resolveConflict(id, body, dialog.serverVersion());
    }
    showProblem(ok ? QString() : m_queue.lastError());
    refresh();
    if (ok) {
        emit sendRequested();
    }
}

} // namespace bbd
