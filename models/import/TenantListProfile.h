// TenantListProfile: how one ERP writes the tenant-list CSV (which header means which field, and
// hints on encoding, delimiter and dates). English and German headers are built in; further ERP
// layouts are small JSON files, so a new ERP needs no code.
#pragma once

#include "domain/Result.h"
#include "import/TextEncoding.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <array>
#include <optional>

namespace tc {

enum class TenantListField {
    PropertyRef, PropertyName, Street, Zip, City, UnitRef, UnitLabel, TenantRef,
    FirstName, LastName, Email, Phone, Language, MoveIn, MoveOut,
};
inline constexpr int kTenantListFieldCount = 15;

// The field's key in profile files, which is also its English header: "property_ref", ...
QString tenantListFieldKey(TenantListField field);
std::optional<TenantListField> tenantListFieldFromKey(QStringView key);
bool isRequired(TenantListField field);

// Which column of one file holds which field (-1: the file has no such column).
struct TenantListColumns
{
    std::array<int, kTenantListFieldCount> index{};
    QStringList headers; // as written in the file, trimmed
    int of(TenantListField field) const { return index[static_cast<size_t>(field)]; }
    QString headerOf(TenantListField field) const;
};

class TenantListProfile
{
    Q_DECLARE_TR_FUNCTIONS(TenantListProfile)

public:
    // Accepts the English and the German headers (the default when no profile is named).
    static TenantListProfile automatic();
    static TenantListProfile english();
    static TenantListProfile german();
    static QStringList builtinNames(); // "en", "de"
    // A built-in name, or the path of a profile file (JSON: name, encoding, delimiter, dateFormat, columns).
    static Result<TenantListProfile> load(const QString &nameOrPath);
    static Result<TenantListProfile> fromJson(const QByteArray &json, const QString &origin);

    QString name() const { return m_name; }
    text::Encoding encoding() const { return m_encoding; }
    char delimiter() const { return m_delimiter; } // 0: detect
    QString dateFormat() const { return m_dateFormat; } // extra QDate format; empty: only the standard ones

    // Maps a header row. Refuses (naming the columns) a header without a required field or with two
    // columns for one field; unknown columns are listed in `unknown` and otherwise ignored.
    Result<TenantListColumns> mapHeader(const QStringList &headers, QStringList *unknown) const;
    // The header(s) this profile expects for a field, for messages: "tenant_ref / Mieter-Nr".
    QString expectedHeader(TenantListField field) const;

private:
    void add(const QString &header, TenantListField field);

    QString m_name;
    QHash<QString, TenantListField> m_columns; // folded header -> field
    text::Encoding m_encoding = text::Encoding::Auto;
    char m_delimiter = 0;
    QString m_dateFormat;
};

} // namespace tc
