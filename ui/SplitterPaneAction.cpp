#include "ui/SplitterPaneAction.h"

#include "app/settings/Settings.h"

#include <QSignalBlocker>
#include <QSplitter>

namespace bbd {

SplitterPaneAction::SplitterPaneAction(QSplitter *splitter, int paneIndex, const QString &text,
                                       QObject *parent)
    : QAction(text, parent)
    , m_splitter(splitter)
    , m_paneIndex(paneIndex)
{
    setCheckable(true);
    setChecked(true);
    splitter->setCollapsible(paneIndex, true);
    connect(this, &QAction::toggled, this, &SplitterPaneAction::setPaneVisible);
    connect(splitter, &QSplitter::splitterMoved, this, [this] {
        syncFromSplitter();
        save();
    });
}

void SplitterPaneAction::persist(Settings *settings, const QString &key)
{
    m_settings = settings;
    m_stateKey = key;
    if (!m_settings || !m_splitter) {
        return;
    }
    const QByteArray state = m_settings->splitterState(key);
    if (!state.isEmpty()) {
        m_splitter->restoreState(state);
    }
    syncFromSplitter();
}

bool SplitterPaneAction::paneVisible() const
{
    return m_splitter && m_splitter->sizes().value(m_paneIndex) > 0;
}

void SplitterPaneAction::setPaneVisible(bool visible)
{
    if (!m_splitter || visible == paneVisible()) {
        const QSignalBlocker blocker(this);
        setChecked(visible);
        return;
    }
    QList<int> sizes = m_splitter->sizes();
    if (m_paneIndex >= sizes.size()) {
        return;
    }
    // The room the pane gives up or takes goes to (or comes from) the widest other pane,
    // which is the working area in every splitter of the app.
    int widest = -1;
    for (int i = 0; i < sizes.size(); ++i) {
        if (i != m_paneIndex && (widest < 0 || sizes[i] > sizes[widest])) {
            widest = i;
        }
    }
    if (visible) {
        const int wanted = m_lastSize > 0
                               ? m_lastSize
                               : qMax(m_splitter->widget(m_paneIndex)->minimumSizeHint().width(),
                                      m_splitter->widget(m_paneIndex)->sizeHint().width());
        sizes[m_paneIndex] = wanted;
        if (widest >= 0) {
            sizes[widest] = qMax(0, sizes[widest] - wanted);
        }
    } else {
        m_lastSize = sizes[m_paneIndex];
        if (widest >= 0) {
            sizes[widest] += sizes[m_paneIndex];
        }
        sizes[m_paneIndex] = 0;
    }
    m_splitter->setSizes(sizes);
    syncFromSplitter();
    save();
}

void SplitterPaneAction::syncFromSplitter()
{
    const QSignalBlocker blocker(this);
    setChecked(paneVisible());
}

void SplitterPaneAction::save()
{
    if (m_settings && m_splitter && !m_stateKey.isEmpty()) {
        m_settings->setSplitterState(m_stateKey, m_splitter->saveState());
    }
}

} // namespace bbd
