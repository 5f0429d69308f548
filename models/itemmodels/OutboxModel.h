// OutboxModel: the outbox's e-mails, newest first, for the Outbox view: status, kind, recipient,
// subject, attempts, when (next attempt or sent) and the server's last words.
#pragma once

#include "domain/Result.h"
#include "mail/Outbox.h"

#include <QAbstractTableModel>

namespace tc {

class Database;

class OutboxModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Status, Kind, Recipient, Subject, Attempts, When, LastError, ColumnCount };
    enum Roles { OutboxIdRole = Qt::UserRole + 1, StatusKeyRole };

    explicit OutboxModel(const Database &db, QObject *parent = nullptr);

    // Reads the newest `limit` e-mails (all statuses, or one) and the counts again.
    tc::Status reload(const QString &status = {}, int limit = 1000);
    const OutboxCounts &counts() const { return m_counts; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString statusText(const QString &status);
    static QString kindText(const QString &kind);

private:
    const Database &m_db;
    QList<OutboxEntry> m_entries;
    OutboxCounts m_counts;
};

} // namespace tc
