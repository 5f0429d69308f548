#include "domain/Settings.h"

#include "domain/EmailAddress.h"

#include <QLocale>
#include <QUrl>

namespace tc {

QString SettingDefinition::typeKey() const
{
    switch (type) {
    case Type::Text:
        return QStringLiteral("text");
    case Type::Bool:
        return QStringLiteral("bool");
    case Type::Choice:
        return QStringLiteral("choice");
    case Type::CountryCode:
        return QStringLiteral("country_code");
    case Type::Port:
        return QStringLiteral("port");
    case Type::Mailbox:
        return QStringLiteral("mailbox");
    case Type::WebAddress:
        return QStringLiteral("url");
    }
    return {};
}

QString SettingDefinition::typeName() const
{
    switch (type) {
    case Type::Text:
        return SettingsCatalog::tr("text");
    case Type::Bool:
        return SettingsCatalog::tr("true or false");
    case Type::Choice:
        return SettingsCatalog::tr("one of %1").arg(choices.join(QStringLiteral(", ")));
    case Type::CountryCode:
        return SettingsCatalog::tr("two-letter ISO country code");
    case Type::Port:
        return SettingsCatalog::tr("port number (1-65535)");
    case Type::Mailbox:
        return SettingsCatalog::tr("e-mail address, with a name if wanted: Name <address>");
    case Type::WebAddress:
        return SettingsCatalog::tr("web address (https://...)");
    }
    return {};
}

QString SettingDefinition::labelText() const
{
    return SettingsCatalog::tr(label);
}

QString SettingDefinition::descriptionText() const
{
    return SettingsCatalog::tr(description);
}

const QList<SettingDefinition> &SettingsCatalog::all()
{
    using Type = SettingDefinition::Type;
    static const QList<SettingDefinition> definitions{
        {settings::companyName, Type::Text, QString(), {}, Role::Manager, QT_TR_NOOP("Company name"),
         QT_TR_NOOP("The company's name, shown in the window title and in e-mails.")},
        {settings::companyCountry, Type::CountryCode, QStringLiteral("CH"), {}, Role::Manager, QT_TR_NOOP("Country"),
         QT_TR_NOOP("The company's country: the default region for phone numbers.")},
        {settings::companyLanguage, Type::Choice, QStringLiteral("de"),
         {QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("it"), QStringLiteral("en")}, Role::Manager,
         QT_TR_NOOP("Default language"),
         QT_TR_NOOP("The office's language: for tenants whose language is not known, and for cockpitctl when its "
                    "environment names none (a scheduled import's report).")},
        {settings::erpInterface, Type::Bool, QStringLiteral("false"), {}, Role::Manager, QT_TR_NOOP("ERP interface"),
         QT_TR_NOOP("The office imports its tenants from an ERP: name, e-mail and phone of imported tenants "
                    "then change only through the next import.")},
        {settings::aliasUsers, Type::Bool, QStringLiteral("false"), {}, Role::Manager, QT_TR_NOOP("Alias users"),
         QT_TR_NOOP("Tenants known only by name (no e-mail yet, typically before they move in) become alias users "
                    "at import, and administrators can create alias users for a unit, so tickets can be logged for "
                    "them; their tickets pass to their account when they register. Off: no new alias users.")},
        {settings::smtpHost, Type::Text, QString(), {}, Role::Manager, QT_TR_NOOP("Mail server"),
         QT_TR_NOOP("The SMTP server e-mail leaves through (host name). Empty: none yet."), true},
        {settings::smtpPort, Type::Port, QStringLiteral("587"), {}, Role::Manager, QT_TR_NOOP("Mail server port"),
         QT_TR_NOOP("587 for STARTTLS (the usual), 465 for TLS from the start.")},
        {settings::smtpSecurity, Type::Choice, QStringLiteral("starttls"),
         {QStringLiteral("starttls"), QStringLiteral("tls"), QStringLiteral("none")}, Role::Manager,
         QT_TR_NOOP("Mail server encryption"),
         QT_TR_NOOP("starttls or tls; none only for a server on this computer (localhost).")},
        {settings::smtpUser, Type::Text, QString(), {}, Role::Manager, QT_TR_NOOP("Mail server login"),
         QT_TR_NOOP("The login at the mail server. Its password is never stored here: it belongs in the "
                    "system's keychain. Empty: no login."),
         true},
        {settings::smtpFrom, Type::Mailbox, QString(), {}, Role::Manager, QT_TR_NOOP("Sender"),
         QT_TR_NOOP("Who the office's e-mails come from, e.g. Régie du Lac <mieter@regie.ch>."), true},
        {settings::smtpCaFile, Type::Text, QString(), {}, Role::Manager, QT_TR_NOOP("Mail server CA file"),
         QT_TR_NOOP("A file with the certificate authority the mail server's certificate is checked against. "
                    "Empty: the system's."),
         true},
        {settings::registrationBaseUrl, Type::WebAddress, QString(), {}, Role::Manager,
         QT_TR_NOOP("Registration link"),
         QT_TR_NOOP("The tenant app's registration page; invitations link to it with the tenant's code."), true},
        {settings::importDropFolder, Type::Text, QString(), {}, Role::Manager, QT_TR_NOOP("Import drop folder"),
         QT_TR_NOOP("A folder where ERP exports are left for import. While the Cockpit runs, each complete job "
                    "found there is imported once and moved to done/ or failed/ with its report (awaiting/ when "
                    "it needs a confirmation). Empty: none."),
         true},
    };
    return definitions;
}

const SettingDefinition *SettingsCatalog::find(const QString &key)
{
    for (const SettingDefinition &definition : all()) {
        if (definition.key == key)
            return &definition;
    }
    return nullptr;
}

QStringList SettingsCatalog::keys()
{
    QStringList result;
    for (const SettingDefinition &definition : all())
        result << definition.key;
    return result;
}

Result<const SettingDefinition *> SettingsCatalog::lookup(const QString &key)
{
    if (const SettingDefinition *definition = find(key))
        return definition;
    return Error::refused(tr("Unknown setting \"%1\". Valid settings: %2.").arg(key, keys().join(QStringLiteral(", "))));
}

Result<QString> SettingsCatalog::normalize(const SettingDefinition &definition, const QString &value)
{
    const QString trimmed = value.trimmed();
    auto wrongType = [&] {
        return Error::refused(tr("\"%1\" is not a valid value for %2: expected %3.")
                                  .arg(value, definition.key, definition.typeName()));
    };
    for (const QChar c : value) {
        // Control and format characters (tabs, line breaks, U+2028, bidi overrides) end up in
        // e-mail headers and window titles: none of them belongs in a setting.
        const auto category = c.category();
        if (category == QChar::Other_Control || category == QChar::Other_Format
            || category == QChar::Separator_Line || category == QChar::Separator_Paragraph) {
            return Error::refused(tr("The value for %1 contains a control character (a tab or a line break, say); "
                                     "those are not allowed in settings.")
                                      .arg(definition.key));
        }
    }
    switch (definition.type) {
    case SettingDefinition::Type::Text:
        if (trimmed.isEmpty() && !definition.mayBeEmpty)
            return Error::refused(tr("%1 must not be empty.").arg(definition.key));
        return trimmed.isEmpty() ? QStringLiteral("") : trimmed; // stored as '', never NULL
    case SettingDefinition::Type::Bool: {
        const QString lower = trimmed.toLower();
        if (lower == u"true" || lower == u"1" || lower == u"yes" || lower == u"on")
            return QStringLiteral("true");
        if (lower == u"false" || lower == u"0" || lower == u"no" || lower == u"off")
            return QStringLiteral("false");
        return wrongType();
    }
    case SettingDefinition::Type::Choice:
        if (definition.choices.contains(trimmed.toLower()))
            return trimmed.toLower();
        return wrongType();
    case SettingDefinition::Type::CountryCode: {
        // Qt also knows groupings (EU, UN, QO, EZ) that are no country and no phone region.
        static const QStringList groupings{QStringLiteral("EU"), QStringLiteral("UN"), QStringLiteral("QO"),
                                           QStringLiteral("EZ")};
        const QString upper = trimmed.toUpper();
        if (upper.size() != 2 || groupings.contains(upper) || QLocale::codeToTerritory(upper) == QLocale::AnyTerritory)
            return wrongType();
        return upper;
    }
    case SettingDefinition::Type::Port: {
        bool ok = false;
        const int port = trimmed.toInt(&ok);
        if (!ok || port < 1 || port > 65535)
            return wrongType();
        return QString::number(port);
    }
    case SettingDefinition::Type::Mailbox: {
        if (trimmed.isEmpty() && definition.mayBeEmpty)
            return QStringLiteral("");
        const auto [name, address] = settings::splitMailbox(trimmed);
        auto normalized = EmailAddress::normalize(address);
        if (!normalized) {
            return Error::refused(tr("\"%1\" is not a valid value for %2: %3")
                                      .arg(value, definition.key, normalized.error().message));
        }
        return name.isEmpty() ? *normalized : name + QStringLiteral(" <") + *normalized + u'>';
    }
    case SettingDefinition::Type::WebAddress: {
        if (trimmed.isEmpty() && definition.mayBeEmpty)
            return QStringLiteral("");
        const QUrl url(trimmed, QUrl::StrictMode);
        const QString scheme = url.scheme().toLower();
        if (!url.isValid() || url.host().isEmpty() || !url.userInfo().isEmpty()
            || (scheme != u"https" && !(scheme == u"http" && settings::isLoopbackHost(url.host()))))
            return wrongType();
        return url.toString();
    }
    }
    return wrongType();
}

settings::MailboxParts settings::splitMailbox(QStringView text)
{
    const QString trimmed = text.trimmed().toString();
    if (!(trimmed.endsWith(u'>') && trimmed.contains(u'<')))
        return {QString(), trimmed};
    const qsizetype open = trimmed.lastIndexOf(u'<');
    QString name = trimmed.left(open).trimmed();
    // Quotes around the name are the name's own business.
    if (name.size() >= 2 && name.startsWith(u'"') && name.endsWith(u'"'))
        name = name.mid(1, name.size() - 2).trimmed();
    return {name, trimmed.mid(open + 1, trimmed.size() - open - 2).trimmed()};
}

bool settings::isLoopbackHost(QStringView host)
{
    QString h = host.toString().toLower();
    if (h.endsWith(u'.'))
        h.chop(1);
    if (h.startsWith(u'[') && h.endsWith(u']'))
        h = h.mid(1, h.size() - 2);
    if (h == u"localhost" || h == u"::1" || h == u"0:0:0:0:0:0:0:1")
        return true;
    const QStringList parts = h.split(u'.');
    if (parts.size() != 4 || parts.first() != u"127")
        return false;
    return std::all_of(parts.begin(), parts.end(), [](const QString &part) {
        bool ok = false;
        const int n = part.toInt(&ok);
        return ok && n >= 0 && n <= 255 && part.size() <= 3;
    });
}

} // namespace tc
