// Transaction: an RAII guard; what is not committed is rolled back when the guard goes away.
#pragma once

#include "domain/Result.h"

#include <QCoreApplication>

namespace tc {

class Database;

class [[nodiscard]] Transaction
{
    Q_DECLARE_TR_FUNCTIONS(Transaction)

public:
    // Write transactions take SQLite's write lock at once (BEGIN IMMEDIATE), so two writers queue
    // up behind the busy timeout instead of failing half-way with "database is locked".
    enum class Mode { Read, Write };

    static Result<Transaction> begin(const Database &db, Mode mode = Mode::Write);

    Transaction(Transaction &&other) noexcept;
    Transaction &operator=(Transaction &&) = delete;
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    ~Transaction();

    Status commit();
    void rollback();

private:
    explicit Transaction(const Database &db) : m_db(&db) {}
    const Database *m_db = nullptr;
};

} // namespace tc
