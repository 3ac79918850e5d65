#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;

namespace bbd {

// Asks why candidates are being rejected before they move to a "rejected" stage. The reason
// is picked from common ones or typed; OK stays disabled until there is one.
class RejectionReasonDialog : public QDialog
{
    Q_OBJECT

public:
    RejectionReasonDialog(int count, const QString &stageName, QWidget *parent = nullptr);

    QString reason() const;
    void setReason(const QString &reason);

    static QStringList commonReasons();

private:
    void updateButtons();

    QComboBox *m_reason = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace bbd
