#include "TicketConflictDialog.h"

#include "TicketHistoryList.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace tc {

TicketConflictDialog::TicketConflictDialog(const TicketConflict &conflict, const QStringList &mine, QWidget *parent)
    : QDialog(parent), m_conflict(conflict)
{
    setObjectName(QStringLiteral("ticketConflictDialog"));
    setWindowTitle(tr("Ticket #%1 was changed meanwhile").arg(conflict.ticketId));
    setAccessibleName(windowTitle());

    QStringList who;
    for (const TicketHistoryEntry &change : conflict.changes) {
        const QString name = change.who.isEmpty() ? tr("someone") : change.who;
        if (!who.contains(name))
            who << name;
    }
    if (who.isEmpty())
        who << tr("someone");
    auto *intro = new QLabel(tr("<b>%1 saved ticket #%2 after you opened it.</b> Nothing of yours has been saved "
                                "yet. Choose which version to keep.")
                                 .arg(who.join(QStringLiteral(", ")).toHtmlEscaped())
                                 .arg(conflict.ticketId));
    intro->setObjectName(QStringLiteral("conflictIntro"));
    intro->setTextFormat(Qt::RichText);
    intro->setWordWrap(true);

    // The service's sentence names every change and who made it, for screen readers in one piece.
    setAccessibleDescription(conflict.message());

    auto *theirsLabel = new QLabel(tr("T&heir changes:"));
    auto *theirs = new TicketHistoryList;
    theirs->setObjectName(QStringLiteral("conflictChanges"));
    theirs->setAccessibleName(tr("Their changes"));
    theirs->setEntries(conflict.changes);
    theirsLabel->setBuddy(theirs);

    auto *mineLabel = new QLabel(tr("&Your unsaved changes:"));
    auto *mineList = new QListWidget;
    mineList->setObjectName(QStringLiteral("conflictMine"));
    mineList->setAccessibleName(tr("Your unsaved changes"));
    mineList->addItems(mine);
    mineList->setMaximumHeight(mineList->fontMetrics().height() * 7);
    mineLabel->setBuddy(mineList);

    auto *hint = new QLabel(tr("Keep my changes: yours are saved on top of theirs; where you both changed a field, "
                               "yours wins. Take theirs: the ticket is shown as they left it and your edits are "
                               "dropped."));
    hint->setObjectName(QStringLiteral("conflictHint"));
    hint->setWordWrap(true);

    auto *buttons = new QDialogButtonBox;
    m_keepMine = buttons->addButton(tr("&Keep my changes"), QDialogButtonBox::AcceptRole);
    m_keepMine->setObjectName(QStringLiteral("keepMineButton"));
    m_keepMine->setAccessibleName(tr("Keep my changes"));
    m_takeTheirs = buttons->addButton(tr("&Take theirs"), QDialogButtonBox::DestructiveRole);
    m_takeTheirs->setObjectName(QStringLiteral("takeTheirsButton"));
    m_takeTheirs->setAccessibleName(tr("Take theirs"));
    QPushButton *later = buttons->addButton(tr("Back to editing"), QDialogButtonBox::RejectRole);
    later->setObjectName(QStringLiteral("backToEditingButton"));
    later->setAccessibleName(tr("Back to editing, nothing saved"));
    // Neither choice is the default: Enter must not decide for the agent.
    m_keepMine->setAutoDefault(false);
    m_takeTheirs->setAutoDefault(false);
    later->setAutoDefault(false);
    connect(m_keepMine, &QPushButton::clicked, this, [this] {
        m_choice = Choice::KeepMine;
        accept();
    });
    connect(m_takeTheirs, &QPushButton::clicked, this, [this] {
        m_choice = Choice::TakeTheirs;
        accept();
    });
    connect(later, &QPushButton::clicked, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(theirsLabel);
    layout->addWidget(theirs, 1);
    layout->addWidget(mineLabel);
    layout->addWidget(mineList);
    layout->addWidget(hint);
    layout->addWidget(buttons);
    resize(720, 420);
    theirs->setFocus();
}

} // namespace tc
