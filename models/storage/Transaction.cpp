#include "storage/Transaction.h"

#include "storage/Database.h"

namespace tc {

Result<Transaction> Transaction::begin(const Database &db, Mode mode)
{
    const QString sql = (db.isSQLite() && mode == Mode::Write) ? QStringLiteral("BEGIN IMMEDIATE")
                                                               : QStringLiteral("BEGIN");
    if (auto r = db.exec(sql); !r)
        return r.error();
    return Transaction(db);
}

Transaction::Transaction(Transaction &&other) noexcept : m_db(other.m_db)
{
    other.m_db = nullptr;
}

Transaction::~Transaction()
{
    rollback();
}

Status Transaction::commit()
{
    if (!m_db)
        return Error::internal(Transaction::tr("The transaction has already ended."));
    auto r = m_db->exec(QStringLiteral("COMMIT"));
    if (!r) {
        rollback();
        return r.error();
    }
    m_db = nullptr;
    return {};
}

void Transaction::rollback()
{
    if (!m_db)
        return;
    // A failed rollback leaves nothing to do: the connection drops the transaction when it closes.
    (void)m_db->exec(QStringLiteral("ROLLBACK"));
    m_db = nullptr;
}

} // namespace tc
