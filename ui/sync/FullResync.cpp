#include "ui/sync/FullResync.h"

#include "app/sync/PlatformSync.h"

#include <QMessageBox>

namespace bbd {

bool FullResync::confirmAndStart(QWidget *parent, PlatformSync *sync)
{
    if (!sync || sync->setup() != PlatformSync::Setup::Ready) {
        QMessageBox::information(parent, tr("Full resync"),
                                 tr("Nothing is synchronised yet: enter the platform's API key "
                                    "first."));
        return false;
    }
    const auto answer = QMessageBox::question(
        parent, tr("Full resync"),
        tr("Receive every record from %1 again? Local changes that are not sent yet stay in the "
           "outbox and are sent first. For a large company this can take a few minutes; you can "
           "keep working meanwhile.")
            .arg(sync->serverUrl().toDisplayString()));
    if (answer != QMessageBox::Yes) {
        return false;
    }
    if (!sync->fullResync()) {
        QMessageBox::warning(parent, tr("Full resync"),
                             tr("The local database refused to forget what was received."));
        return false;
    }
    return true;
}

} // namespace bbd
