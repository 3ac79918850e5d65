#pragma once

#include "app/AppContext.h"
#include "app/ats/CandidateSearch.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace bbd {

// Writes the candidates of the current view (the condition the list or board shows) to a CSV
// file that Excel opens and CandidateImporter reads back.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    // `rowsHint`: how many candidates the view shows, for the caption (negative: unknown).
    ExportDialog(const AppContext &context, SqlCondition currentView, int rowsHint,
                 QWidget *parent = nullptr);

    void setFile(const QString &path);

public slots:
    // Writes the file; false with the reason in the result label.
    bool exportNow();

signals:
    void exported(const QString &path, qint64 rows);

private:
    void chooseFile();

    AppContext m_context;
    SqlCondition m_view;
    bool m_confirmedByDialog = false; // the save dialog already asked about overwriting
    QLineEdit *m_fileEdit = nullptr;
    QComboBox *m_delimiterCombo = nullptr;
    QComboBox *m_encodingCombo = nullptr;
    QPushButton *m_exportButton = nullptr;
    QLabel *m_resultLabel = nullptr;
};

} // namespace bbd
