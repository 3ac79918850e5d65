#include "ui/scenarios/StagePalette.h"

#include "ui/scenarios/ScenarioScene.h"
#include "ui/scenarios/ScenarioView.h"
#include "ui/scenarios/StageInspector.h"

#include <QHash>
#include <QJsonArray>
#include <QMimeData>
#include <QPainter>
#include <QPixmap>

namespace bbd {
namespace {

constexpr int KindRole = Qt::UserRole;

QPainterPath makeGlyph(const QString &kind)
{
    QPainterPath path;
    if (kind == u"meeting") { // a video camera
        path.addRoundedRect(QRectF(-6, -4, 8.5, 8), 1.5, 1.5);
        path.moveTo(2.5, -1);
        path.lineTo(6, -3.5);
        path.lineTo(6, 3.5);
        path.lineTo(2.5, 1);
    } else if (kind == u"training") { // an open book
        path.moveTo(0, -3.5);
        path.lineTo(-6, -5);
        path.lineTo(-6, 4);
        path.lineTo(0, 5.5);
        path.lineTo(6, 4);
        path.lineTo(6, -5);
        path.lineTo(0, -3.5);
        path.lineTo(0, 5.5);
    } else if (kind == u"one_on_one") { // two people
        path.addEllipse(QPointF(-3, -2.5), 2.2, 2.2);
        path.addEllipse(QPointF(3, -2.5), 2.2, 2.2);
        path.moveTo(-6.5, 5.5);
        path.quadTo(-3, 0, 0, 5.5);
        path.quadTo(3, 0, 6.5, 5.5);
    } else if (kind == u"document") { // a page with a folded corner
        path.moveTo(-4.5, -6);
        path.lineTo(1.5, -6);
        path.lineTo(4.5, -3);
        path.lineTo(4.5, 6);
        path.lineTo(-4.5, 6);
        path.closeSubpath();
        path.moveTo(-2, 0);
        path.lineTo(2, 0);
        path.moveTo(-2, 3);
        path.lineTo(2, 3);
    } else if (kind == u"task") { // a tick
        path.moveTo(-5.5, 0);
        path.lineTo(-1.5, 4);
        path.lineTo(5.5, -4);
    } else if (kind == u"survey") { // a bar chart
        path.moveTo(-4, 5.5);
        path.lineTo(-4, 1);
        path.moveTo(0, 5.5);
        path.lineTo(0, -5.5);
        path.moveTo(4, 5.5);
        path.lineTo(4, -2);
    } else { // anything else: a ring
        path.addEllipse(QPointF(0, 0), 3.5, 3.5);
    }
    return path;
}

} // namespace

StagePalette::StagePalette(QWidget *parent)
    : QListWidget(parent)
{
    setIconSize(QSize(24, 24));
    setSelectionMode(QAbstractItemView::SingleSelection);
    setDragEnabled(true);
    setDragDropMode(QAbstractItemView::DragOnly);
    setDefaultDropAction(Qt::CopyAction);
    setUniformItemSizes(true);
    setSpacing(1);
    for (const QString &kind : StageData::kinds()) {
        auto *item = new QListWidgetItem(kindIcon(kind), kindName(kind), this);
        item->setData(KindRole, kind);
        item->setToolTip(
            tr("%1\nDrag it onto the canvas, or double-click to add it.").arg(kindHint(kind)));
    }
    setCurrentRow(0);
    connect(this, &QListWidget::itemActivated, this, &StagePalette::activate);
}

void StagePalette::attach(ScenarioView *view)
{
    m_view = view;
}

ScenarioView *StagePalette::view() const
{
    return m_view;
}

QString StagePalette::mimeType()
{
    return QStringLiteral("application/x-butterboard-stage-kind");
}

QString StagePalette::kindName(const QString &kind)
{
    // The inspector's "Kind" choices say the same.
    if (kind == u"meeting") {
        return tr("Video meeting");
    }
    if (kind == u"training") {
        return tr("Training");
    }
    if (kind == u"one_on_one") {
        return tr("One-to-one");
    }
    if (kind == u"document") {
        return tr("Document to read");
    }
    if (kind == u"task") {
        return tr("Task");
    }
    if (kind == u"survey") {
        return tr("Survey");
    }
    return tr("Other");
}

QString StagePalette::kindHint(const QString &kind)
{
    if (kind == u"meeting") {
        return tr("A video meeting (Zoom) set up when the stage starts.");
    }
    if (kind == u"training") {
        return tr("A course or a session the new hire attends.");
    }
    if (kind == u"one_on_one") {
        return tr("A weekly talk of the new hire with their manager.");
    }
    if (kind == u"document") {
        return tr("A document sent to the new hire to read.");
    }
    if (kind == u"task") {
        return tr("Something the new hire has to do.");
    }
    if (kind == u"survey") {
        return tr("A feedback survey sent when the stage is done.");
    }
    return tr("A stage you describe yourself.");
}

QColor StagePalette::kindColor(const QString &kind)
{
    if (kind == u"meeting") {
        return QColor(0x1a, 0x73, 0xe8);
    }
    if (kind == u"training") {
        return QColor(0x18, 0x80, 0x38);
    }
    if (kind == u"one_on_one") {
        return QColor(0x93, 0x34, 0xe6);
    }
    if (kind == u"document") {
        return QColor(0x00, 0x7b, 0x83);
    }
    if (kind == u"task") {
        return QColor(0xe8, 0x71, 0x0a);
    }
    if (kind == u"survey") {
        return QColor(0xd0, 0x18, 0x84);
    }
    return QColor(0x5f, 0x63, 0x68);
}

const QPainterPath &StagePalette::kindGlyph(const QString &kind)
{
    // Built once per kind: the cards stroke these on every paint.
    static QHash<QString, QPainterPath> glyphs;
    auto it = glyphs.find(kind);
    if (it == glyphs.end()) {
        it = glyphs.insert(kind, makeGlyph(kind));
    }
    return *it;
}

QIcon StagePalette::kindIcon(const QString &kind)
{
    QIcon icon;
    for (const int size : {24, 48}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        const qreal scale = size / 24.0;
        painter.scale(scale, scale);
        painter.setPen(Qt::NoPen);
        painter.setBrush(kindColor(kind));
        painter.drawEllipse(QRectF(1, 1, 22, 22));
        painter.translate(12, 12);
        painter.setPen(QPen(Qt::white, 1.6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(kindGlyph(kind));
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

StageData StagePalette::newStage(const QString &kind)
{
    StageData stage;
    stage.kind = StageData::kinds().contains(kind) ? kind : QStringLiteral("custom");
    stage.ownerRole = ScenarioStage::OwnerRole::HrManager;
    if (stage.kind == u"meeting") {
        stage.title = tr("Video meeting");
        stage.durationMinutes = 45;
        stage.actions.append(StageInspector::newAction(QStringLiteral("meeting")));
    } else if (stage.kind == u"training") {
        stage.title = tr("Training");
        stage.durationMinutes = 60;
    } else if (stage.kind == u"one_on_one") {
        stage.title = tr("One-to-one with the manager");
        stage.timingUnit = ScenarioStage::TimingUnit::Week;
        stage.recurrence = ScenarioStage::Recurrence::Weekly;
        stage.durationMinutes = 30;
        stage.ownerRole = ScenarioStage::OwnerRole::Manager;
        stage.participants = {QStringLiteral("manager")};
        QJsonObject meeting = StageInspector::newAction(QStringLiteral("meeting"));
        meeting.insert(QStringLiteral("duration"), 30);
        meeting.insert(QStringLiteral("participants"), QJsonArray{QStringLiteral("manager")});
        stage.actions.append(meeting);
    } else if (stage.kind == u"document") {
        stage.title = tr("Read the document");
        stage.ownerRole = ScenarioStage::OwnerRole::NewHire;
        stage.actions.append(StageInspector::newAction(QStringLiteral("document")));
    } else if (stage.kind == u"task") {
        stage.title = tr("Task");
        stage.ownerRole = ScenarioStage::OwnerRole::NewHire;
    } else if (stage.kind == u"survey") {
        stage.title = tr("Feedback survey");
        stage.timingUnit = ScenarioStage::TimingUnit::Week;
        stage.durationMinutes = 10;
        stage.ownerRole = ScenarioStage::OwnerRole::NewHire;
        // The address is left for the user; the validator asks for it.
        QJsonObject survey = StageInspector::newAction(QStringLiteral("survey"));
        survey.insert(QStringLiteral("url"), QString());
        stage.actions.append(survey);
    } else {
        stage.title = tr("New stage");
    }
    return stage;
}

QStringList StagePalette::mimeTypes() const
{
    return {mimeType()};
}

QMimeData *StagePalette::mimeData(const QList<QListWidgetItem *> &items) const
{
    if (items.isEmpty()) {
        return nullptr;
    }
    auto *mime = new QMimeData;
    mime->setData(mimeType(), items.first()->data(KindRole).toString().toUtf8());
    return mime;
}

void StagePalette::activate(QListWidgetItem *item)
{
    if (!item || !m_view) {
        return;
    }
    m_view->scenarioScene()->addStage(item->data(KindRole).toString(),
                                      m_view->visibleSceneRect().center());
    m_view->setFocus();
}

} // namespace bbd
