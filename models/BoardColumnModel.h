#pragma once

#include "models/Candidate.h"
#include "models/PagedTableModel.h"

#include <QDateTime>

namespace bbd {

// One column of a vacancy's board: the cards of one stage, loaded page by page, with the
// roles the card delegate paints from.
//
// Cards can be dragged out of and dropped into the column, but the model never writes: it has
// no storage. A drop is announced with dropRequested() and whoever owns the board turns it
// into an undoable command and reloads the columns it changed.
class BoardColumnModel : public PagedTableModel<Candidate>
{
    Q_OBJECT

public:
    enum Role {
        NameRole = FirstCustomRole,
        SourceRole,
        PhoneDisplayRole,
        PhoneValidRole, // false only for a number that was given and could not be recognised
        RatingRole,
        TagsRole, // QStringList
        DaysInStageRole,
        StuckRole, // past the column's stuck_after_days
        StageEnteredRole,
    };

    static QString mimeType() { return QStringLiteral("application/x-butterdesk-candidate-ids"); }

    explicit BoardColumnModel(QObject *parent = nullptr);

    QStringList columnTitles() const override;
    QHash<int, QByteArray> roleNames() const override;

    qint64 stageId() const { return m_stageId; }
    void setStageId(qint64 stageId) { m_stageId = stageId; }
    // 0 switches the stuck mark off.
    int stuckAfterDays() const { return m_stuckAfterDays; }
    void setStuckAfterDays(int days);
    // "Now" for days in stage; the current time unless set (tests pin it).
    void setReferenceTime(const QDateTime &now) { m_now = now; }
    QDateTime referenceTime() const;

    // Row of the card with this id among the loaded rows, or -1.
    int rowOf(qint64 id) const;

    Qt::ItemFlags flags(const QModelIndex &index) const override;
    Qt::DropActions supportedDragActions() const override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

    // What a drag of this model's cards carries, and how to read it back.
    static QByteArray encodeIds(const QList<qint64> &ids, qint64 fromStageId);
    static bool decodeIds(const QByteArray &data, QList<qint64> *ids, qint64 *fromStageId);

signals:
    // Cards `ids` from stage `fromStageId` were dropped before `row` of this column (-1: at the
    // end). Nothing has been written yet.
    void dropRequested(const QList<qint64> &ids, qint64 fromStageId, int row);

protected:
    QVariant cellData(const Candidate &candidate, int column, int role) const override;

private:
    int daysInStage(const Candidate &candidate) const;

    qint64 m_stageId = 0;
    int m_stuckAfterDays = 0;
    QDateTime m_now;
};

} // namespace bbd
