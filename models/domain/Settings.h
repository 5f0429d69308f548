// Settings: the company settings every part of the product reads, with their types, defaults and
// who may change them. The keys are the same in the GUI, in cockpitctl and in the README.
#pragma once

#include "domain/Actor.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace tc {

struct SettingDefinition
{
    enum class Type { Text, Bool, Choice, CountryCode, Port, Mailbox, WebAddress };

    QString key;
    Type type = Type::Text;
    QString defaultValue;
    QStringList choices; // for Choice
    Role requiredRole = Role::Manager;
    const char *label = "";       // untranslated; see labelText()
    const char *description = ""; // untranslated; see descriptionText()
    bool mayBeEmpty = false;      // Text: empty means "none" (the drop folder), not a mistake

    QString typeKey() const;  // stable, for scripts: "text", "bool", "choice", "country_code"
    QString typeName() const; // "text", "true or false", "one of de, fr, ...", "ISO country code"
    QString labelText() const;
    QString descriptionText() const;
};

class SettingsCatalog
{
    Q_DECLARE_TR_FUNCTIONS(SettingsCatalog)

public:
    static const QList<SettingDefinition> &all();
    static const SettingDefinition *find(const QString &key);
    static QStringList keys();

    // Checks a value against its definition; returns it in canonical form ("TRUE" -> "true", "ch" -> "CH").
    static Result<QString> normalize(const SettingDefinition &definition, const QString &value);
    static Result<const SettingDefinition *> lookup(const QString &key);
};

namespace settings {
inline const QString companyName = QStringLiteral("company.name");
inline const QString companyCountry = QStringLiteral("company.country");
inline const QString companyLanguage = QStringLiteral("company.language");
inline const QString erpInterface = QStringLiteral("erp.interface");
inline const QString aliasUsers = QStringLiteral("alias_users");
inline const QString importDropFolder = QStringLiteral("import.drop_folder");
inline const QString smtpHost = QStringLiteral("smtp.host");
inline const QString smtpPort = QStringLiteral("smtp.port");
inline const QString smtpSecurity = QStringLiteral("smtp.security");
inline const QString smtpUser = QStringLiteral("smtp.user");
inline const QString smtpFrom = QStringLiteral("smtp.from");
inline const QString smtpCaFile = QStringLiteral("smtp.ca_file");
inline const QString registrationBaseUrl = QStringLiteral("registration.base_url");

// "localhost", 127.0.0.0/8 or ::1: the only hosts mail may go to without encryption.
bool isLoopbackHost(QStringView host);

// A mailbox as people write it ("address", "Name <address>", quotes around the name allowed) split
// into its display name (may be empty) and its address, both trimmed; nothing is checked.
struct MailboxParts
{
    QString name;
    QString address;
};
MailboxParts splitMailbox(QStringView text);
} // namespace settings

} // namespace tc
