#pragma once

#include "app/sync/OutboxQueue.h"

#include <QDialog>
#include <QJsonObject>
#include <QList>

class QButtonGroup;
class QLabel;

namespace bbd {

// A 412 settled by a person: the local edit and the record as the server has it now, side by
// side, field by field. The user picks a side per field (nothing is taken silently); the
// result is the body written over the server's version. A conflicting delete offers "delete
// anyway" or "keep the server's record".
class ConflictDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Side { Local, Server };

    ConflictDialog(const OutboxQueue::Item &item, QWidget *parent = nullptr);

    // The fields of the local edit, in the order shown.
    QStringList fields() const { return m_fields; }
    void choose(const QString &field, Side side);
    Side choice(const QString &field) const;
    // The body to send: every edited field with the value of the side chosen for it.
    QJsonObject resolvedBody() const;
    int serverVersion() const;
    bool isDelete() const { return m_isDelete; }
    // For a delete: true when the user keeps the server's record (the delete is discarded).
    bool keepsServerRecord() const;

    static QString fieldTitle(const QString &field);
    static QString valueText(const QJsonValue &value);

private:
    void chooseAll(Side side);

    OutboxQueue::Item m_item;
    QJsonObject m_local;
    QStringList m_fields;
    QList<QButtonGroup *> m_groups;
    bool m_isDelete = false;
};

} // namespace bbd
