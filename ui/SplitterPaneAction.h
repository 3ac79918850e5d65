#pragma once

#include <QAction>
#include <QPointer>

class QSplitter;

namespace bbd {

class Settings;

// A checkable "show this side pane" action for one pane of a splitter. Hiding collapses the
// pane to zero width rather than hiding the widget, so dragging the handle back brings it
// back too and the action follows. With `settings`, the splitter's sizes survive restarts
// under `stateKey`.
class SplitterPaneAction : public QAction
{
    Q_OBJECT

public:
    SplitterPaneAction(QSplitter *splitter, int paneIndex, const QString &text,
                       QObject *parent = nullptr);

    // Restores the sizes saved under `key` (if any) and saves them whenever they change.
    // Several actions over one splitter may share the key.
    void persist(Settings *settings, const QString &key);

    bool paneVisible() const;
    void setPaneVisible(bool visible);

private:
    void syncFromSplitter();
    void save();

    QPointer<QSplitter> m_splitter;
    int m_paneIndex = 0;
    // The width the pane had before it was collapsed, to give it back.
    int m_lastSize = 0;
    Settings *m_settings = nullptr;
    QString m_stateKey;
};

} // namespace bbd
