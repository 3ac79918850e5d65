#include "app/scenarios/ScenarioJson.h"
#include "models/ScenarioDocument.h"
#include "ui/scenarios/ScenarioEditor.h"
#include "ui/scenarios/ScenarioScene.h"
#include "ui/scenarios/ScenarioView.h"

#include <QFile>
#include <QFileDialog>
#include <QMessageBox>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QPrintDialog>
#include <QPrinter>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUndoStack>

// The editor's file actions: the scenario as JSON (export and import), as a PNG image, as a
// PDF and on paper.
namespace bbd {
namespace {

QString suggestedFileName(const QString &name, const QString &suffix)
{
    QString base = name.trimmed();
    static const QString unsafe = QStringLiteral("\\/:*?\"<>|");
    for (QChar &c : base) {
        if (unsafe.contains(c)) {
            c = u'_';
        }
    }
    if (base.isEmpty()) {
        base = QStringLiteral("scenario");
    }
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return dir + u'/' + base + suffix;
}

} // namespace

bool ScenarioEditor::exportJson(QString path)
{
    if (path.isEmpty()) {
        path = QFileDialog::getSaveFileName(
            this, tr("Export Scenario"),
            suggestedFileName(m_document->name(), QStringLiteral(".json")),
            tr("Butterboard scenario (*.json)"));
        if (path.isEmpty()) {
            return false;
        }
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(ScenarioJson::write(*m_document)) < 0 ||
        !file.commit()) {
        QMessageBox::warning(this, tr("Export Scenario"),
                             tr("Could not write %1: %2").arg(path, file.errorString()));
        return false;
    }
    emit message(tr("Scenario exported to %1.").arg(path));
    return true;
}

bool ScenarioEditor::importJson(QString path)
{
    if (!maybeSave()) {
        return false;
    }
    if (path.isEmpty()) {
        path = QFileDialog::getOpenFileName(this, tr("Import Scenario"), QString(),
                                            tr("Butterboard scenario (*.json);;All files (*)"));
        if (path.isEmpty()) {
            return false;
        }
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(this, tr("Import Scenario"),
                             tr("Could not read %1: %2").arg(path, file.errorString()));
        return false;
    }
    ScenarioContents contents;
    QString error;
    if (!ScenarioJson::read(file.readAll(), &contents, &error)) {
        QMessageBox::warning(this, tr("Import Scenario"),
                             tr("%1 is not a scenario this version can read: %2").arg(path, error));
        return false;
    }
    contents.resetDocument(m_document);
    m_undoStack->clear();
    // Imported and not saved yet: no state of the stack is the saved one.
    m_undoStack->resetClean();
    m_document->setModified(true);
    updateTitle();
    validateNow();
    m_view->fitToView();
    emit message(
        tr("Imported “%1” (%n stage(s)); save it to keep it.", nullptr, int(contents.stages.size()))
            .arg(contents.name));
    return true;
}

bool ScenarioEditor::exportImage(QString path)
{
    const QImage image = m_scene->renderImage(2.0);
    if (image.isNull()) {
        QMessageBox::information(this, tr("Export as Image"),
                                 tr("The scenario has no stages to draw yet."));
        return false;
    }
    if (path.isEmpty()) {
        path = QFileDialog::getSaveFileName(
            this, tr("Export as Image"),
            suggestedFileName(m_document->name(), QStringLiteral(".png")), tr("PNG image (*.png)"));
        if (path.isEmpty()) {
            return false;
        }
    }
    if (!image.save(path, "PNG")) {
        QMessageBox::warning(this, tr("Export as Image"), tr("Could not write %1.").arg(path));
        return false;
    }
    emit message(tr("Image saved to %1.").arg(path));
    return true;
}

bool ScenarioEditor::exportPdf(QString path)
{
    if (m_document->stages().isEmpty()) {
        QMessageBox::information(this, tr("Export as PDF"),
                                 tr("The scenario has no stages to draw yet."));
        return false;
    }
    if (path.isEmpty()) {
        path = QFileDialog::getSaveFileName(
            this, tr("Export as PDF"),
            suggestedFileName(m_document->name(), QStringLiteral(".pdf")),
            tr("PDF document (*.pdf)"));
        if (path.isEmpty()) {
            return false;
        }
    }
    QPdfWriter writer(path);
    writer.setTitle(m_document->name());
    writer.setCreator(QStringLiteral("Butterboard Desk"));
    const QRectF contents = m_scene->contentsRect();
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4),
                                     contents.width() > contents.height() ? QPageLayout::Landscape
                                                                          : QPageLayout::Portrait,
                                     QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter));
    QPainter painter;
    if (!painter.begin(&writer)) {
        QMessageBox::warning(this, tr("Export as PDF"), tr("Could not write %1.").arg(path));
        return false;
    }
    renderPage(&painter, QRectF(QPointF(0, 0), QSizeF(writer.width(), writer.height())));
    painter.end();
    emit message(tr("PDF saved to %1.").arg(path));
    return true;
}

void ScenarioEditor::renderPage(QPainter *painter, const QRectF &page)
{
    // The scenario's name over the diagram, the diagram scaled to what is left.
    QFont font = painter->font();
    font.setPixelSize(std::max(12, int(page.height() / 40)));
    font.setBold(true);
    painter->setFont(font);
    const QRectF titleRect(page.left(), page.top(), page.width(), font.pixelSize() * 1.8);
    painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter, m_document->name());
    m_scene->renderScenario(painter, page.adjusted(0, titleRect.height(), 0, 0));
}

void ScenarioEditor::print()
{
    if (m_document->stages().isEmpty()) {
        QMessageBox::information(this, tr("Print"), tr("The scenario has no stages to print."));
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(m_document->name());
    const QRectF contents = m_scene->contentsRect();
    printer.setPageOrientation(contents.width() > contents.height() ? QPageLayout::Landscape
                                                                    : QPageLayout::Portrait);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    QPainter painter;
    if (!painter.begin(&printer)) {
        QMessageBox::warning(this, tr("Print"), tr("The printer could not be opened."));
        return;
    }
    renderPage(
        &painter,
        printer.pageLayout()
            .paintRectPixels(printer.resolution())
            .toRectF()
            .translated(-printer.pageLayout().paintRectPixels(printer.resolution()).topLeft()));
    painter.end();
}

} // namespace bbd
