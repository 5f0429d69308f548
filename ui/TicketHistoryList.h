// TicketHistoryList: a ticket's history as a list the agent reads at a glance (when, who, what, old ->
// new), comments with their text and whether the tenant sees them. The detail pane shows the whole
// history in it, the conflict dialog the changes someone else made.
#pragma once

#include "services/Tickets.h"

#include <QTreeWidget>

namespace tc {

class TicketHistoryList : public QTreeWidget
{
    Q_OBJECT

public:
    enum Column { When, Who, Change, ColumnCount };
    enum Roles { KindRole = Qt::UserRole + 1, InternalRole };

    explicit TicketHistoryList(QWidget *parent = nullptr);

    void setEntries(const QList<TicketHistoryEntry> &entries);

    // A stored value as the agent reads it: status, priority and channel keys translated, ISO dates
    // in the locale's form, "—" for none.
    static QString valueText(const QString &kind, const QString &value);
    // "What" of one entry: the field changed, or the kind of comment.
    static QString whatText(const TicketHistoryEntry &entry);
    // "Details" of one entry: "old → new", the title a ticket was created with, or a comment's text.
    static QString detailsText(const TicketHistoryEntry &entry);
    // The Change column: what, then the details ("Priority: normal → urgent").
    static QString changeText(const TicketHistoryEntry &entry);
};

} // namespace tc
