#include "app/contacts/ContactDirectory.h"
#include "ui/ContactsArea.h"
#include "ui/contacts/DirectoryCommand.h"
#include "ui/contacts/DirectoryDialogs.h"
#include "ui/contacts/DirectoryModels.h"

#include <QMessageBox>
#include <QTableView>
#include <QUndoStack>

// The HR administrator's edits of the fallback directory, each one transaction and one step on
// the panel's undo stack; the rest of the panel is in ContactsArea.cpp.
namespace bbd {

void ContactsArea::reportFailure()
{
    QMessageBox::warning(this, tr("Fallback contacts"),
                         tr("The change was not saved: %1").arg(m_directory->lastError()));
    reload();
}

void ContactsArea::addChannel()
{
    ChannelDialog dialog(*m_directory, {}, this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    DirectoryChannel channel = dialog.channel();
    if (!m_directory->saveChannel(channel)) {
        reportFailure();
        return;
    }
    const qint64 id = channel.id;
    m_undo->push(new DirectoryCommand(
        tr("Add channel %1").arg(channel.name),
        [this, id] { return m_directory->restoreChannel(id); },
        [this, id] { return m_directory->deleteChannel(id); }, [this] { reportFailure(); },
        [this] { reload(); }));
    reload();
    select(Selected::Channel, id);
}

void ContactsArea::addPerson()
{
    ContactDialog dialog(*m_directory, {}, this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    DirectoryContact person = dialog.contact();
    if (!m_directory->saveContact(person)) {
        reportFailure();
        return;
    }
    const qint64 id = person.id;
    m_undo->push(new DirectoryCommand(
        tr("Add %1").arg(person.fullName), [this, id] { return m_directory->restoreContact(id); },
        [this, id] { return m_directory->deleteContact(id); }, [this] { reportFailure(); },
        [this] { reload(); }));
    reload();
    select(Selected::Person, id);
}

void ContactsArea::editSelected()
{
    if (!canEdit()) {
        return;
    }
    if (m_selected == Selected::Channel && m_channelView->currentIndex().isValid()) {
        DirectoryChannel before = m_channels->channelAt(m_channelView->currentIndex().row());
        ChannelDialog dialog(*m_directory, before, this);
        if (dialog.exec() != QDialog::Accepted) {
            return;
        }
        DirectoryChannel after = dialog.channel();
        if (!m_directory->saveChannel(after)) {
            reportFailure();
            return;
        }
        m_undo->push(new DirectoryCommand(
            tr("Edit channel %1").arg(before.name),
            [this, after]() mutable { return m_directory->saveChannel(after); },
            [this, before]() mutable { return m_directory->saveChannel(before); },
            [this] { reportFailure(); }, [this] { reload(); }));
    } else if (m_selected == Selected::Person && m_personView->currentIndex().isValid()) {
        DirectoryContact before = m_people->personAt(m_personView->currentIndex().row());
        ContactDialog dialog(*m_directory, before, this);
        if (dialog.exec() != QDialog::Accepted) {
            return;
        }
        DirectoryContact after = dialog.contact();
        if (!m_directory->saveContact(after)) {
            reportFailure();
            return;
        }
        for (const QString &warning : m_directory->warnings(after)) {
            emit message(warning);
        }
        m_undo->push(new DirectoryCommand(
            tr("Edit %1").arg(before.fullName),
            [this, after]() mutable { return m_directory->saveContact(after); },
            [this, before]() mutable { return m_directory->saveContact(before); },
            [this] { reportFailure(); }, [this] { reload(); }));
    }
    reload();
}

void ContactsArea::deleteSelected()
{
    const bool channel = m_selected == Selected::Channel && m_channelView->currentIndex().isValid();
    const bool person = m_selected == Selected::Person && m_personView->currentIndex().isValid();
    if (!canEdit() || (!channel && !person)) {
        return;
    }
    const qint64 id = channel ? m_channels->channelAt(m_channelView->currentIndex().row()).id
                              : m_people->personAt(m_personView->currentIndex().row()).id;
    const QString name = channel ? m_channels->channelAt(m_channelView->currentIndex().row()).name
                                 : m_people->personAt(m_personView->currentIndex().row()).fullName;
    if (QMessageBox::question(this, tr("Delete"),
                              tr("Delete \"%1\" from the fallback contacts? Edit > Undo brings "
                                 "it back.")
                                  .arg(name)) != QMessageBox::Yes) {
        return;
    }
    const bool ok = channel ? m_directory->deleteChannel(id) : m_directory->deleteContact(id);
    if (!ok) {
        reportFailure();
        return;
    }
    m_undo->push(new DirectoryCommand(
        tr("Delete %1").arg(name),
        [this, id, channel] {
            return channel ? m_directory->deleteChannel(id) : m_directory->deleteContact(id);
        },
        [this, id, channel] {
            return channel ? m_directory->restoreChannel(id) : m_directory->restoreContact(id);
        },
        [this] { reportFailure(); }, [this] { reload(); }));
    m_selected = Selected::None;
    reload();
}

void ContactsArea::moveSelected(int delta)
{
    const bool channel = m_selected == Selected::Channel;
    QTableView *view = channel ? m_channelView : m_personView;
    if (!canEdit() || !view->currentIndex().isValid()) {
        return;
    }
    const int row = view->currentIndex().row();
    const int count = view->model()->rowCount();
    if (row + delta < 0 || row + delta >= count) {
        return;
    }
    QList<qint64> before;
    for (int i = 0; i < count; ++i) {
        before << (channel ? m_channels->channelAt(i).id : m_people->personAt(i).id);
    }
    QList<qint64> after = before;
    after.swapItemsAt(row, row + delta);
    const auto apply = [this, channel](const QList<qint64> &ids) {
        return channel ? m_directory->setChannelOrder(ids) : m_directory->setContactOrder(ids);
    };
    if (!apply(after)) {
        reportFailure();
        return;
    }
    m_undo->push(new DirectoryCommand(
        channel ? tr("Reorder channels") : tr("Reorder people"),
        [apply, after] { return apply(after); }, [apply, before] { return apply(before); },
        [this] { reportFailure(); }, [this] { reload(); }));
    reload();
    select(channel ? Selected::Channel : Selected::Person, before.at(row));
}

} // namespace bbd
