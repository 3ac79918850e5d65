#include "ui/DatabaseProblemDialog.h"

#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>

namespace bbd {

bool DatabaseProblemDialog::askToStartFresh(const Database::OpenResult &result, const QString &path,
                                            QWidget *parent)
{
    QMessageBox box(QMessageBox::Warning, tr("The database cannot be used"), result.message,
                    QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("databaseProblemBox"));
    if (!result.canStartFresh()) {
        box.setStandardButtons(QMessageBox::Close);
        box.exec();
        return false;
    }
    box.setInformativeText(tr("You can start on a fresh database. The current file is kept, "
                              "unchanged, in the same folder (%1) under a dated name.")
                               .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath())));
    QPushButton *fresh = box.addButton(tr("Start on a Fresh Database"), QMessageBox::AcceptRole);
    fresh->setObjectName(QStringLiteral("startFreshButton"));
    box.addButton(tr("Quit"), QMessageBox::RejectRole);
    box.setDefaultButton(fresh);
    box.exec();
    return box.clickedButton() == fresh;
}

} // namespace bbd
