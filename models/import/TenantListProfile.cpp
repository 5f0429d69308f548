#include "import/TenantListProfile.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace tc {

namespace {

struct FieldInfo
{
    TenantListField field;
    const char *english;
    const char *german;
    bool required;
};

constexpr std::array<FieldInfo, kTenantListFieldCount> kFields{{
    {TenantListField::PropertyRef, "property_ref", "Liegenschaft-Nr", true},
    {TenantListField::PropertyName, "property_name", "Liegenschaft", false},
    {TenantListField::Street, "street", "Strasse", false},
    {TenantListField::Zip, "zip", "PLZ", false},
    {TenantListField::City, "city", "Ort", false},
    {TenantListField::UnitRef, "unit_ref", "Objekt-Nr", true},
    {TenantListField::UnitLabel, "unit_label", "Objekt", false},
    {TenantListField::TenantRef, "tenant_ref", "Mieter-Nr", true},
    {TenantListField::FirstName, "first_name", "Vorname", false},
    {TenantListField::LastName, "last_name", "Nachname", true},
    {TenantListField::Email, "email", "E-Mail", false},
    {TenantListField::Phone, "phone", "Telefon", false},
    {TenantListField::Language, "language", "Sprache", false},
    {TenantListField::MoveIn, "move_in", "Einzug", true},
    {TenantListField::MoveOut, "move_out", "Auszug", false},
}};

const FieldInfo &info(TenantListField field)
{
    return kFields[static_cast<size_t>(field)];
}

// Headers are matched case-insensitively after trimming, as the format says.
QString foldHeader(QStringView header)
{
    return header.trimmed().toString().toCaseFolded();
}

} // namespace

QString tenantListFieldKey(TenantListField field)
{
    return QString::fromLatin1(info(field).english);
}

std::optional<TenantListField> tenantListFieldFromKey(QStringView key)
{
    for (const FieldInfo &f : kFields) {
        if (key == QLatin1StringView(f.english))
            return f.field;
    }
    return std::nullopt;
}

bool isRequired(TenantListField field)
{
    return info(field).required;
}

QString TenantListColumns::headerOf(TenantListField field) const
{
    const int i = of(field);
    return i >= 0 && i < headers.size() ? headers.at(i) : tenantListFieldKey(field);
}

void TenantListProfile::add(const QString &header, TenantListField field)
{
    m_columns.insert(foldHeader(header), field);
}

TenantListProfile TenantListProfile::english()
{
    TenantListProfile profile;
    profile.m_name = QStringLiteral("en");
    for (const FieldInfo &f : kFields)
        profile.add(QString::fromLatin1(f.english), f.field);
    return profile;
}

TenantListProfile TenantListProfile::german()
{
    TenantListProfile profile;
    profile.m_name = QStringLiteral("de");
    for (const FieldInfo &f : kFields)
        profile.add(QString::fromUtf8(f.german), f.field);
    return profile;
}

TenantListProfile TenantListProfile::automatic()
{
    TenantListProfile profile = english();
    profile.m_name = QStringLiteral("auto");
    for (const FieldInfo &f : kFields)
        profile.add(QString::fromUtf8(f.german), f.field);
    return profile;
}

QStringList TenantListProfile::builtinNames()
{
    return {QStringLiteral("en"), QStringLiteral("de")};
}

Result<TenantListProfile> TenantListProfile::load(const QString &nameOrPath)
{
    const QString name = nameOrPath.trimmed().toLower();
    if (name == u"en" || name == u"english")
        return english();
    if (name == u"de" || name == u"german" || name == u"deutsch")
        return german();
    if (name.isEmpty() || name == u"auto")
        return automatic();
    QFile file(nameOrPath);
    if (!file.exists()) {
        return Error::refused(tr("There is no import profile \"%1\": give en, de or the path of a profile file.")
                                  .arg(nameOrPath));
    }
    if (file.size() > 1024 * 1024)
        return Error::refused(tr("The profile file %1 is too large to be a profile.").arg(nameOrPath));
    if (!file.open(QIODevice::ReadOnly))
        return Error::refused(tr("Cannot read the profile file %1: %2").arg(nameOrPath, file.errorString()));
    return fromJson(file.readAll(), QFileInfo(nameOrPath).fileName());
}

Result<TenantListProfile> TenantListProfile::fromJson(const QByteArray &json, const QString &origin)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return Error::refused(tr("The profile %1 is not a JSON object (%2 at byte %3).")
                                  .arg(origin, parseError.errorString())
                                  .arg(parseError.offset));
    }
    const QJsonObject object = document.object();
    const QStringList knownKeys{QStringLiteral("name"), QStringLiteral("format"), QStringLiteral("encoding"),
                                QStringLiteral("delimiter"), QStringLiteral("dateFormat"), QStringLiteral("columns")};
    for (const QString &key : object.keys()) {
        if (!knownKeys.contains(key)) {
            return Error::refused(tr("The profile %1 has an unknown key \"%2\" (known: %3).")
                                      .arg(origin, key, knownKeys.join(QStringLiteral(", "))));
        }
    }
    TenantListProfile profile;
    profile.m_name = object.value(QStringLiteral("name")).toString(origin);
    if (const QJsonValue format = object.value(QStringLiteral("format"));
        !format.isUndefined() && format.toString() != u"tenant-list") {
        return Error::refused(tr("The profile %1 is for the format \"%2\"; profiles describe tenant lists.")
                                  .arg(origin, format.toString()));
    }
    if (const QJsonValue encoding = object.value(QStringLiteral("encoding")); !encoding.isUndefined()) {
        const auto parsed = text::encodingFromName(encoding.toString());
        if (!parsed) {
            return Error::refused(tr("The profile %1 names the encoding \"%2\"; use utf-8, windows-1252 or auto.")
                                      .arg(origin, encoding.toString()));
        }
        profile.m_encoding = *parsed;
    }
    if (const QJsonValue delimiter = object.value(QStringLiteral("delimiter")); !delimiter.isUndefined()) {
        const QString d = delimiter.toString();
        if (d == u",")
            profile.m_delimiter = ',';
        else if (d == u";")
            profile.m_delimiter = ';';
        else if (d == u"\t" || d.compare(u"tab", Qt::CaseInsensitive) == 0)
            profile.m_delimiter = '\t';
        else if (d.isEmpty() || d == u"auto")
            profile.m_delimiter = 0;
        else
            return Error::refused(tr("The profile %1 names the delimiter \"%2\"; use \",\", \";\" or \"tab\".").arg(origin, d));
    }
    if (const QJsonValue dateFormat = object.value(QStringLiteral("dateFormat")); !dateFormat.isUndefined()) {
        // Dates are read with four-digit years only (a two-digit year is a guess, see parseImportDate): a format
        // without "yyyy" would match no date, and every row of every file would be rejected.
        if (!dateFormat.isString() || (!dateFormat.toString().isEmpty() && !dateFormat.toString().contains(u"yyyy"))) {
            return Error::refused(tr("The profile %1 has the dateFormat \"%2\", which reads no four-digit year: use "
                                     "a Qt date format with yyyy, such as \"MM/dd/yyyy\".")
                                      .arg(origin, dateFormat.toVariant().toString()));
        }
        profile.m_dateFormat = dateFormat.toString();
    }
    const QJsonValue columns = object.value(QStringLiteral("columns"));
    if (!columns.isObject() || columns.toObject().isEmpty())
        return Error::refused(tr("The profile %1 has no \"columns\" object (header -> field).").arg(origin));
    const QJsonObject map = columns.toObject();
    for (auto it = map.begin(); it != map.end(); ++it) {
        const auto field = tenantListFieldFromKey(it.value().toString());
        if (!field) {
            QStringList keys;
            for (const FieldInfo &f : kFields)
                keys << QString::fromLatin1(f.english);
            return Error::refused(tr("The profile %1 maps the column \"%2\" to \"%3\", which is not a field (fields: %4).")
                                      .arg(origin, it.key(), it.value().toString(), keys.join(QStringLiteral(", "))));
        }
        profile.add(it.key(), *field);
    }
    for (const FieldInfo &f : kFields) {
        if (f.required && profile.expectedHeader(f.field).isEmpty()) {
            return Error::refused(tr("The profile %1 names no column for the required field %2.")
                                      .arg(origin, QString::fromLatin1(f.english)));
        }
    }
    return profile;
}

QString TenantListProfile::expectedHeader(TenantListField field) const
{
    QStringList names;
    // The built-in spellings first, in the order English, German, so messages read the same every time.
    for (const char *candidate : {info(field).english, info(field).german}) {
        const QString header = QString::fromUtf8(candidate);
        if (m_columns.value(foldHeader(header), static_cast<TenantListField>(-1)) == field)
            names << header;
    }
    for (auto it = m_columns.cbegin(); it != m_columns.cend(); ++it) {
        if (it.value() == field && !names.contains(it.key(), Qt::CaseInsensitive))
            names << it.key();
    }
    return names.join(QStringLiteral(" / "));
}

Result<TenantListColumns> TenantListProfile::mapHeader(const QStringList &headers, QStringList *unknown) const
{
    TenantListColumns columns;
    columns.index.fill(-1);
    for (int i = 0; i < headers.size(); ++i) {
        const QString header = headers.at(i).trimmed();
        columns.headers << header;
        const auto it = m_columns.constFind(foldHeader(header));
        if (it == m_columns.cend()) {
            if (unknown)
                *unknown << header;
            continue;
        }
        int &slot = columns.index[static_cast<size_t>(it.value())];
        if (slot >= 0) {
            return Error::refused(tr("The columns \"%1\" (%2) and \"%3\" (%4) both hold %5.")
                                      .arg(headers.at(slot).trimmed())
                                      .arg(slot + 1)
                                      .arg(header)
                                      .arg(i + 1)
                                      .arg(tenantListFieldKey(it.value())));
        }
        slot = i;
    }
    QStringList missing;
    for (const FieldInfo &f : kFields) {
        if (f.required && columns.of(f.field) < 0)
            missing << expectedHeader(f.field);
    }
    if (!missing.isEmpty()) {
        return Error::refused(tr("The header row lacks the required column(s) %1.", nullptr, int(missing.size()))
                                  .arg(missing.join(QStringLiteral(", "))));
    }
    return columns;
}

} // namespace tc
