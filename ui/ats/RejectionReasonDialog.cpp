#include "ui/ats/RejectionReasonDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace bbd {

RejectionReasonDialog::RejectionReasonDialog(int count, const QString &stageName, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("rejectionReasonDialog"));
    setWindowTitle(tr("Rejection reason"));
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(
        tr("Why are %n candidate(s) moved to \"%1\"?", nullptr, count).arg(stageName), this);
    label->setWordWrap(true);
    layout->addWidget(label);
    m_reason = new QComboBox(this);
    m_reason->setObjectName(QStringLiteral("rejectionReason"));
    m_reason->setEditable(true);
    m_reason->setInsertPolicy(QComboBox::NoInsert);
    m_reason->addItems(commonReasons());
    m_reason->setCurrentIndex(-1);
    m_reason->lineEdit()->setPlaceholderText(tr("Pick or type a reason"));
    label->setBuddy(m_reason);
    layout->addWidget(m_reason);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Reject"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QComboBox::currentTextChanged, this, &RejectionReasonDialog::updateButtons);
    updateButtons();
}

QStringList RejectionReasonDialog::commonReasons()
{
    return {tr("Not enough experience"),
            tr("Salary expectations too high"),
            tr("Did not pass the interview"),
            tr("Declined our offer"),
            tr("Stopped responding"),
            tr("Position already filled"),
            tr("Did not show up")};
}

QString RejectionReasonDialog::reason() const
{
    return m_reason->currentText().simplified();
}

void RejectionReasonDialog::setReason(const QString &reason)
{
    m_reason->setEditText(reason);
}

void RejectionReasonDialog::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!reason().isEmpty());
}

} // namespace bbd
