// OfficeSetup: setting up an office database (the company row, its name) and reporting on one.
#pragma once

#include "domain/Actor.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>

namespace tc {

class Database;

struct DatabaseStatus
{
    QString url;      // display form, never with a password
    QString dialect;  // "sqlite" or "postgresql"
    int schemaVersion = 0;
    int latestSchemaVersion = 0;
    QList<QPair<QString, qint64>> counts; // per table, in schema order; empty before the first migration
};

class OfficeSetup
{
    Q_DECLARE_TR_FUNCTIONS(OfficeSetup)

public:
    explicit OfficeSetup(const Database &db) : m_db(db) {}

    // Creates the company record if missing and, when given, sets the company's name. Idempotent.
    Status initializeCompany(const Actor &actor, const QString &companyName) const;
    Result<DatabaseStatus> status() const;
    Result<qint64> count(const QString &table) const;
    // True while the office holds no properties and no persons: demo data may go in.
    Result<bool> isEmpty() const;

private:
    const Database &m_db;
};

} // namespace tc
