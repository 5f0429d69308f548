// CompanySettings: reads and changes the company settings, checking each value and the actor's role.
#pragma once

#include "domain/Actor.h"
#include "domain/Result.h"
#include "domain/Settings.h"

#include <QCoreApplication>

namespace tc {

class Database;

class CompanySettings
{
    Q_DECLARE_TR_FUNCTIONS(CompanySettings)

public:
    struct Entry
    {
        const SettingDefinition *definition = nullptr;
        QString value;
        bool isDefault = true;
    };

    explicit CompanySettings(const Database &db) : m_db(db) {}

    Result<QList<Entry>> list() const;
    Result<QString> value(const QString &key) const;
    // Validates, stores and records the change in the audit log; returns the canonical value stored.
    Result<QString> set(const Actor &actor, const QString &key, const QString &value) const;
    // Several settings at once, all or nothing: every value is checked before any is stored.
    // Returns the canonical values, in the order given.
    Result<QStringList> set(const Actor &actor, const QList<QPair<QString, QString>> &changes) const;

private:
    Result<QString> validate(const Actor &actor, const QString &key, const QString &value) const;
    Status store(const Actor &actor, const QString &key, const QString &canonical) const;
    Status checkMailSecurity(const QList<QPair<QString, QString>> &changes, const QStringList &canonical) const;

    const Database &m_db;
};

} // namespace tc
