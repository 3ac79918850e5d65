#pragma once

#include "app/AppContext.h"

#include <QDialog>
#include <QList>

class QLabel;
class QPushButton;
class QSpinBox;
class QStandardItemModel;
class QTableView;

namespace bbd {

// The review of candidates whose personal data has been kept longer than the retention period
// (Settings::retentionMonths): the user picks whom to anonymise; statistics are kept.
class RetentionDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RetentionDialog(const AppContext &context, QWidget *parent = nullptr);

    // Where candidate attachments live; the default is AppDataLocation + "/attachments".
    void setAttachmentsDir(const QString &path) { m_attachmentsDir = path; }
    QString attachmentsDir() const { return m_attachmentsDir; }

    QStandardItemModel *model() const { return m_model; }
    QList<qint64> checkedIds() const;

public slots:
    void reload();
    void setAllChecked(bool checked);

signals:
    // After candidates were anonymised, so that open views reload them.
    void candidatesAnonymized(const QList<qint64> &ids);

private:
    void updateButton();
    void anonymizeChecked();

    AppContext m_context;
    QString m_attachmentsDir;
    QSpinBox *m_monthsSpin = nullptr;
    QLabel *m_stateLabel = nullptr;
    QLabel *m_resultLabel = nullptr;
    QTableView *m_view = nullptr;
    QStandardItemModel *m_model = nullptr;
    QPushButton *m_selectAllButton = nullptr;
    QPushButton *m_selectNoneButton = nullptr;
    QPushButton *m_anonymizeButton = nullptr;
};

} // namespace bbd
