#include "ui/ats/ExportDialog.h"

#include "app/ats/CandidateExporter.h"
#include "app/storage/Database.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace bbd {

ExportDialog::ExportDialog(const AppContext &context, SqlCondition currentView, int rowsHint,
                           QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_view(std::move(currentView))
{
    setWindowTitle(tr("Export candidates"));

    auto *intro = new QLabel(
        rowsHint >= 0
            ? tr("Export the %n candidate(s) of the current view to a CSV file.", nullptr, rowsHint)
            : tr("Export the candidates of the current view to a CSV file."));
    intro->setWordWrap(true);

    m_fileEdit = new QLineEdit;
    m_fileEdit->setObjectName(QStringLiteral("exportFileEdit"));
    m_fileEdit->setPlaceholderText(tr("Path to a .csv file"));
    auto *chooseButton = new QPushButton(tr("&Choose…"));
    chooseButton->setObjectName(QStringLiteral("exportChooseButton"));
    chooseButton->setAutoDefault(false);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_fileEdit, 1);
    fileRow->addWidget(chooseButton);

    m_delimiterCombo = new QComboBox;
    m_delimiterCombo->setObjectName(QStringLiteral("exportDelimiterCombo"));
    // Russian Excel splits on ';' because ',' is its decimal separator.
    m_delimiterCombo->addItem(tr("Semicolon ( ; ), for Excel in Russian"), QChar(u';'));
    m_delimiterCombo->addItem(tr("Comma ( , )"), QChar(u','));
    m_delimiterCombo->addItem(tr("Tab"), QChar(u'\t'));

    m_encodingCombo = new QComboBox;
    m_encodingCombo->setObjectName(QStringLiteral("exportEncodingCombo"));
    m_encodingCombo->addItem(tr("UTF-8 with BOM (Excel)"), int(csv::Encoding::Utf8Bom));
    m_encodingCombo->addItem(tr("UTF-8"), int(csv::Encoding::Utf8));
    m_encodingCombo->addItem(tr("Windows-1251 (old programs)"), int(csv::Encoding::Windows1251));

    auto *form = new QFormLayout;
    form->addRow(tr("&File:"), fileRow);
    form->addRow(tr("&Delimiter:"), m_delimiterCombo);
    form->addRow(tr("&Encoding:"), m_encodingCombo);

    m_resultLabel = new QLabel;
    m_resultLabel->setObjectName(QStringLiteral("exportResultLabel"));
    m_resultLabel->setWordWrap(true);
    m_resultLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_resultLabel->hide();

    m_exportButton = new QPushButton(tr("&Export"));
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_exportButton->setDefault(true);
    m_exportButton->setEnabled(false);
    auto *closeButton = new QPushButton(tr("Close"));
    closeButton->setAutoDefault(false);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_exportButton);
    buttons->addWidget(closeButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_resultLabel);
    layout->addStretch(1);
    layout->addLayout(buttons);
    resize(560, layout->sizeHint().height());

    connect(chooseButton, &QPushButton::clicked, this, &ExportDialog::chooseFile);
    connect(m_fileEdit, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_confirmedByDialog = false;
        m_exportButton->setEnabled(!text.trimmed().isEmpty());
    });
    connect(m_exportButton, &QPushButton::clicked, this, &ExportDialog::exportNow);
    connect(closeButton, &QPushButton::clicked, this, &QDialog::accept);
}

void ExportDialog::setFile(const QString &path)
{
    m_fileEdit->setText(QDir::toNativeSeparators(path));
    m_exportButton->setEnabled(!path.trimmed().isEmpty());
    m_confirmedByDialog = false;
}

void ExportDialog::chooseFile()
{
    QString start = m_fileEdit->text().trimmed();
    if (start.isEmpty()) {
        start = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                    .filePath(tr("candidates") + QStringLiteral(".csv"));
    }
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export candidates"), start, tr("CSV files (*.csv)"));
    if (!path.isEmpty()) {
        setFile(path);
        m_confirmedByDialog = true;
    }
}

bool ExportDialog::exportNow()
{
    const QString path = QDir::fromNativeSeparators(m_fileEdit->text().trimmed());
    if (path.isEmpty() || !m_context.database) {
        return false;
    }
    if (!m_confirmedByDialog && QFileInfo::exists(path) &&
        QMessageBox::question(
            this, tr("Export candidates"),
            tr("%1 already exists. Replace it?").arg(QDir::toNativeSeparators(path))) !=
            QMessageBox::Yes) {
        return false;
    }

    CandidateExporter exporter(*m_context.database);
    exporter.setDelimiter(m_delimiterCombo->currentData().toChar());
    const auto encoding = csv::Encoding(m_encodingCombo->currentData().toInt());
    exporter.setEncoding(encoding);
    ExportResult result;
    {
        // One query and a file write: quick enough to do here, but not instant on a big base.
        QApplication::setOverrideCursor(Qt::BusyCursor);
        result = exporter.exportWhere(path, m_view.sql, m_view.binds);
        QApplication::restoreOverrideCursor();
    }

    QString text;
    if (!result.ok) {
        text = tr("The file was not written: %1").arg(result.error);
    } else {
        text = tr("%n candidate(s) written to %1.", nullptr, int(result.rows))
                   .arg(QDir::toNativeSeparators(path));
        if (result.unmappable > 0) {
            text += u' ';
            text += tr("%n character(s) have no place in Windows-1251 and were written as "
                       "\"?\"; choose UTF-8 to keep them.",
                       nullptr, int(result.unmappable));
        }
        m_confirmedByDialog = true; // exporting again overwrites the file it just wrote
        emit exported(path, result.rows);
    }
    m_resultLabel->setText(text);
    m_resultLabel->show();
    return result.ok;
}

} // namespace bbd
