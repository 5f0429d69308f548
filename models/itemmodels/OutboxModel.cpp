#include "itemmodels/OutboxModel.h"

#include "mail/MailTemplates.h"

#include <QLocale>

namespace tc {

OutboxModel::OutboxModel(const Database &db, QObject *parent) : QAbstractTableModel(parent), m_db(db)
{
}

tc::Status OutboxModel::reload(const QString &status, int limit)
{
    const Outbox outbox(m_db);
    auto entries = outbox.list(limit, status);
    if (!entries)
        return entries.error();
    auto counts = outbox.counts();
    if (!counts)
        return counts.error();
    beginResetModel();
    m_entries = *entries;
    m_counts = *counts;
    endResetModel();
    return {};
}

int OutboxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int OutboxModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString OutboxModel::statusText(const QString &status)
{
    if (status == u"queued")
        return tr("Waiting");
    if (status == u"sending")
        return tr("Being sent");
    if (status == u"sent")
        return tr("Sent");
    if (status == u"failed")
        return tr("Failed");
    return status;
}

QString OutboxModel::kindText(const QString &kind)
{
    if (auto mailKind = mailtemplates::kindFromKey(kind))
        return mailtemplates::kindDisplayName(*mailKind);
    return kind;
}

QVariant OutboxModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const OutboxEntry &e = m_entries.at(index.row());
    if (role == OutboxIdRole)
        return e.id;
    if (role == StatusKeyRole)
        return e.status;
    if (role == Qt::ToolTipRole && index.column() == LastError)
        return e.lastError.isEmpty() ? QVariant() : QVariant(e.lastError);
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (Column(index.column())) {
    case Status:
        return statusText(e.status);
    case Kind:
        return kindText(e.kind);
    case Recipient:
        return e.recipientName.isEmpty() ? e.recipient : QStringLiteral("%1 <%2>").arg(e.recipientName, e.recipient);
    case Subject:
        return e.subject;
    case Attempts:
        return e.attempts;
    case When: {
        const QDateTime at = e.status == u"sent" ? e.sentAt : e.status == u"failed" ? QDateTime() : e.nextAttemptAt;
        return at.isValid() ? locale.toString(at.toLocalTime(), QLocale::ShortFormat) : QString();
    }
    case LastError:
        return e.lastError.section(u'\n', 0, 0);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant OutboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Status:
        return tr("Status");
    case Kind:
        return tr("E-mail");
    case Recipient:
        return tr("To");
    case Subject:
        return tr("Subject");
    case Attempts:
        return tr("Attempts");
    case When:
        return tr("Next attempt / sent");
    case LastError:
        return tr("Server's answer");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace tc
