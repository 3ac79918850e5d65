#pragma once

#include <QCoreApplication>

class QWidget;

namespace bbd {

class PlatformSync;

// Asks whether to receive everything from the platform again and starts it; shared by the
// Sync menu and the Settings dialog.
class FullResync
{
    Q_DECLARE_TR_FUNCTIONS(bbd::FullResync)

public:
    // False when the user declined, nothing is synchronised yet, or the database refused.
    static bool confirmAndStart(QWidget *parent, PlatformSync *sync);
};

} // namespace bbd
