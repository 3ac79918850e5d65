#pragma once

#include <QUndoCommand>

#include <functional>

namespace bbd {

// One directory edit on the undo stack. The edit itself has already been made (and may have
// failed, then nothing is pushed), so the first redo() that QUndoStack::push() calls does
// nothing; later redo()/undo() run the edit or its reverse, each one transaction with its
// outbox row, and report a refusal through `failed`.
class DirectoryCommand : public QUndoCommand
{
public:
    using Step = std::function<bool()>;

    DirectoryCommand(const QString &text, Step redo, Step undo, std::function<void()> failed,
                     std::function<void()> done)
        : QUndoCommand(text)
        , m_redo(std::move(redo))
        , m_undo(std::move(undo))
        , m_failed(std::move(failed))
        , m_done(std::move(done))
    {}

    void redo() override
    {
        if (m_first) {
            m_first = false;
            return;
        }
        run(m_redo);
    }
    void undo() override { run(m_undo); }

private:
    void run(const Step &step)
    {
        if (!step()) {
            m_failed();
        }
        m_done();
    }

    Step m_redo;
    Step m_undo;
    std::function<void()> m_failed;
    std::function<void()> m_done;
    bool m_first = true;
};

} // namespace bbd
