#pragma once

#include "app/storage/Database.h"

#include <QCoreApplication>

class QWidget;

namespace bbd {

class DatabaseProblemDialog
{
    Q_DECLARE_TR_FUNCTIONS(bbd::DatabaseProblemDialog)

public:
    // Tells the user why the database cannot be used and, when the file itself is the problem,
    // offers to start on a fresh one while keeping the old file beside it. Returns true when
    // the user chose to start afresh.
    static bool askToStartFresh(const Database::OpenResult &result, const QString &path,
                                QWidget *parent = nullptr);
};

} // namespace bbd
