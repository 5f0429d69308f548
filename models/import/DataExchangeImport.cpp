#include "import/DataExchangeImport.h"

#include "domain/EmailAddress.h"
#include "domain/NameFolding.h"
#include "domain/PhoneNumber.h"
#include "domain/SearchKeys.h"
#include "domain/TextChecks.h"
#include "import/CsvReader.h"
#include "import/ImportDate.h"
#include "import/PersonChanges.h"
#include "import/TextEncoding.h"
#include "storage/Database.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <optional>

namespace tc {

namespace {

// The kinds of record a job holds, in the order they are applied (parents before children).
enum class Kind { Property, Group, Unit, Period, Tenant, CheckIn, Agent, Team, Remapping };

struct FileSpec
{
    Kind kind;
    const char *file;
    QStringList importTypes;
    QStringList ids;      // identify the row; required on every row
    QStringList required; // required on insert
    QStringList optional;
};

const QList<FileSpec> &fileSpecs()
{
    const auto L = [](std::initializer_list<const char *> names) {
        QStringList list;
        for (const char *name : names)
            list << QString::fromLatin1(name);
        return list;
    };
    static const QList<FileSpec> specs{
        {Kind::Property, "properties.csv", L({"insert", "update"}), L({"id"}), L({"name"}),
         L({"propertyOwner", "billingPeriodStartDate", "billingPeriodEndDate"})},
        {Kind::Group, "groups.csv", L({"insert", "update"}), L({"id"}),
         L({"propertyId", "name", "country", "city", "streetName", "houseNumber", "zipCode"}),
         L({"propertyOwner", "billingPeriodStartDate", "billingPeriodEndDate"})},
        {Kind::Unit, "units.csv", L({"insert", "update"}), L({"id"}), L({"groupId", "name"}),
         L({"propertyOwner", "billingPeriodStartDate", "billingPeriodEndDate"})},
        {Kind::Period, "utilisationPeriods.csv", L({"insert", "update", "delete"}), L({"id"}), L({"unitId", "startDate"}),
         L({"endDate"})},
        {Kind::Tenant, "tenants.csv", L({"insert", "update"}), L({"id"}), L({"registrationCode"}),
         L({"email", "phone", "name"})},
        {Kind::CheckIn, "tenantCheckIns.csv", L({"insert", "update"}), L({"tenantId", "utilisationPeriodId"}), {}, {}},
        {Kind::Agent, "agents.csv", L({"insert", "update"}), L({"id"}), L({"email", "lastName"}),
         L({"firstName", "phone", "serviceProviderId"})},
        {Kind::Team, "propertyTeams.csv", L({"insert", "delete"}), L({"agentId", "propertyId"}), {},
         L({"validFromDate", "validToDate"})},
        {Kind::Remapping, "uuidRemappings.csv", L({"update"}), L({"resource", "oldUuid", "newUuid"}), {}, {}},
    };
    return specs;
}

// Files of the published format the Cockpit has no use for: the job is accepted and they are skipped.
const QStringList &outOfScopeFiles()
{
    static const QStringList files{QStringLiteral("userRelations.csv"), QStringLiteral("agentPermissions.csv"),
                                   QStringLiteral("serviceProviders.csv"), QStringLiteral("collections.csv"),
                                   QStringLiteral("collectionAssignments.csv")};
    return files;
}

// Columns whose value is a record's id (checked as a UUID and stored lower-case).
bool isIdColumn(const QString &column)
{
    return column == u"id" || column.endsWith(QStringLiteral("Id")) || column == u"oldUuid" || column == u"newUuid";
}

bool isDateColumn(const QString &column)
{
    return column.endsWith(QStringLiteral("Date"));
}

bool isUuid(QStringView text)
{
    if (text.size() != 36)
        return false;
    for (qsizetype i = 0; i < 36; ++i) {
        const char16_t c = text[i].unicode();
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (c != u'-')
                return false;
        } else if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F'))) {
            return false;
        }
    }
    return true;
}

// The drivers bind a null QString (what clear() and an empty cell give) as NULL; the NOT NULL name columns
// take an empty text instead.
QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

QVariant dateValueOrNull(QDate date)
{
    return date.isValid() ? QVariant(date) : QVariant(QMetaType::fromType<QDate>());
}

struct Row
{
    qint64 line = 0;
    QString type; // insert, update, delete
    QHash<QString, QString> values;
    // A row with a bad field stays in its file: the ids it defines still count as "in this job", so one typo
    // is reported once and not again on every row that refers to the record. Nothing of a job with such a
    // row is ever applied.
    bool valid = true;
    QSet<QString> badColumns;

    QString value(const QString &column) const { return values.value(column); }
    bool has(const QString &column) const { return !values.value(column).isEmpty(); }
    // A usable id in `column`: present and a well-formed UUID.
    bool hasGood(const QString &column) const { return has(column) && !badColumns.contains(column); }
};

struct JobFile
{
    const FileSpec *spec = nullptr;
    QList<Row> rows;
    // Not all of the file could be read (not UTF-8, a broken header, an unclosed quote): which ids it defines
    // is unknown, so references to its records are not judged (the file's own problem is reported).
    bool incomplete = false;
};

class Importer
{
public:
    Importer(ImportContext &ctx, const QString &folder)
        : m_ctx(ctx), m_db(ctx.db), m_folder(folder), m_phones(ctx.region), m_people(ctx)
    {
    }

    Status run()
    {
        m_ctx.report.format = ImportFormat::DataExchange;
        m_ctx.report.mode = ImportMode::Delta;
        if (m_ctx.options.mode == ImportMode::Snapshot) {
            m_ctx.report.warnings << DataExchangeImport::tr("A data-exchange job says row by row what to insert, update "
                                                            "and delete; --mode snapshot does not apply to it.");
        }
        if (auto s = readManifest(); !s)
            return s;
        if (auto s = readFiles(); !s)
            return s;
        if (!step(300))
            return cancelled();
        if (m_files.isEmpty() && !m_skippedFiles && m_ctx.report.rejected.isEmpty())
            problem(QStringLiteral("manifest.json"), 0, {}, DataExchangeImport::tr("The job holds no CSV file to import."));
        if (auto s = resolveReferences(); !s)
            return s;
        if (auto s = checkRemappings(); !s)
            return s;
        if (!m_ctx.report.rejected.isEmpty()) {
            // All or nothing: one problem anywhere and no part of the job is applied.
            m_ctx.report.status = ImportReport::Status::Rejected;
            return {};
        }
        if (!step(400))
            return cancelled();
        if (auto s = apply(); !s)
            return s;
        if (auto s = m_people.flush(); !s)
            return s;
        // The whole job was applied inside the caller's transaction, so the report is the exact preview; the
        // import service rolls it back.
        if (m_autoImport == false && !m_ctx.options.confirmed)
            m_ctx.report.status = ImportReport::Status::AwaitingConfirmation;
        return {};
    }

private:
    static Status cancelled() { return Error::refused(DataExchangeImport::tr("Cancelled: nothing was imported.")); }

    bool step(int permille) { return !m_ctx.progress || m_ctx.progress(std::min(permille, 1000)); }

    void problem(const QString &file, qint64 line, const QString &column, const QString &reason)
    {
        m_ctx.report.reject(file, line, column, reason);
    }

    // ---- reading ----------------------------------------------------------------------------------

    Status readManifest()
    {
        QFile file(QDir(m_folder).filePath(QStringLiteral("manifest.json")));
        const QString name = QStringLiteral("manifest.json");
        if (!file.exists()) {
            problem(name, 0, {}, DataExchangeImport::tr("The job has no manifest.json. The ERP writes it last, so "
                                                        "without it the job may be incomplete."));
            return {};
        }
        if (!file.open(QIODevice::ReadOnly) || file.size() > 1024 * 1024) {
            problem(name, 0, {}, DataExchangeImport::tr("manifest.json cannot be read or is far too large."));
            return {};
        }
        const QByteArray bytes = file.readAll();
        m_hashInput << qMakePair(name, bytes);
        QJsonParseError error;
        // fromJson skips a UTF-8 BOM, as Windows tools write one.
        const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
        if (error.error != QJsonParseError::NoError || !document.isObject()) {
            problem(name, 0, {}, DataExchangeImport::tr("manifest.json is not a JSON object (%1 at byte %2).")
                                     .arg(error.errorString())
                                     .arg(error.offset));
            return {};
        }
        const QJsonObject manifest = document.object();
        m_ctx.report.manifest = manifest;
        for (auto it = manifest.begin(); it != manifest.end(); ++it) {
            const QString key = it.key();
            const QJsonValue value = it.value();
            const auto wrongType = [&](const QString &expected) {
                problem(name, 0, key, DataExchangeImport::tr("\"%1\" must be %2.").arg(key, expected));
            };
            if (key == u"autoImport") {
                if (!value.isBool())
                    wrongType(DataExchangeImport::tr("true or false"));
                else
                    m_autoImport = value.toBool();
            } else if (key == u"receiveAdminNotifications") {
                if (!value.isBool())
                    wrongType(DataExchangeImport::tr("true or false"));
            } else if (key == u"locale") {
                const QString locale = value.toString();
                if (!value.isString() || locale.size() < 2) {
                    wrongType(DataExchangeImport::tr("a locale like de_CH"));
                } else {
                    const QString language = locale.left(2).toLower();
                    if (QStringList{QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("it"), QStringLiteral("en")}
                            .contains(language)) {
                        m_language = language;
                    } else {
                        m_ctx.report.warnings << DataExchangeImport::tr("The locale %1 is not a language the Cockpit "
                                                                        "writes in; new tenants get the company's "
                                                                        "default language.").arg(locale);
                    }
                }
            } else if (key == u"unitType") {
                if (value.toString() != u"rented" && value.toString() != u"owned")
                    wrongType(DataExchangeImport::tr("\"rented\" or \"owned\""));
                else
                    m_unitType = value.toString();
            } else if (key == u"reportEmails") {
                checkReportEmails(value);
            } else {
                m_ctx.report.warnings << DataExchangeImport::tr("manifest.json: the key \"%1\" is not known and was "
                                                                "ignored.").arg(key);
            }
        }
        return {};
    }

    void checkReportEmails(const QJsonValue &value)
    {
        const QString name = QStringLiteral("manifest.json");
        const QString key = QStringLiteral("reportEmails");
        if (!value.isArray()) {
            problem(name, 0, key, DataExchangeImport::tr("\"reportEmails\" must be a list of addresses."));
            return;
        }
        for (const QJsonValue &entry : value.toArray()) {
            QStringList addresses;
            if (entry.isString()) {
                addresses << entry.toString();
            } else if (entry.isObject()) {
                const QJsonObject object = entry.toObject();
                for (auto it = object.begin(); it != object.end(); ++it) {
                    addresses << it.key();
                    bool validEvents = it.value().isArray();
                    for (const QJsonValue &event : it.value().toArray())
                        validEvents = validEvents && (event.toString() == u"error" || event.toString() == u"success");
                    if (!validEvents) {
                        problem(name, 0, key, DataExchangeImport::tr("The report address %1 must list \"error\" "
                                                                     "and/or \"success\".").arg(it.key()));
                    }
                }
            } else {
                problem(name, 0, key, DataExchangeImport::tr("Each entry of \"reportEmails\" is an address or an "
                                                             "object {address: [\"error\", \"success\"]}."));
                continue;
            }
            for (const QString &address : std::as_const(addresses)) {
                if (auto normalized = EmailAddress::normalize(address); !normalized) {
                    problem(name, 0, key, DataExchangeImport::tr("\"%1\" is not an e-mail address: %2")
                                              .arg(address.left(200), normalized.error().message));
                }
            }
        }
    }

    Status readFiles()
    {
        const QDir dir(m_folder);
        const QStringList entries = dir.entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden,
                                                  QDir::Name);
        QStringList csvFiles;
        for (const QString &entry : entries) {
            if (entry == u"manifest.json")
                continue;
            const QFileInfo info(dir.filePath(entry));
            if (info.isDir()) {
                m_ctx.report.warnings << DataExchangeImport::tr("The folder %1 inside the job was ignored.").arg(entry);
                continue;
            }
            if (outOfScopeFiles().contains(entry)) {
                ++m_skippedFiles;
                m_ctx.report.warnings << DataExchangeImport::tr("%1 is part of the format but not of what the Cockpit "
                                                                "imports; it was skipped.").arg(entry);
                continue;
            }
            const FileSpec *spec = nullptr;
            for (const FileSpec &candidate : fileSpecs()) {
                if (entry == QLatin1StringView(candidate.file))
                    spec = &candidate;
            }
            if (!spec) {
                m_ctx.report.warnings << DataExchangeImport::tr("%1 is not a file of the data-exchange format; it was "
                                                                "ignored.").arg(entry);
                continue;
            }
            csvFiles << entry;
            JobFile jobFile{spec, {}};
            if (auto s = readCsv(dir.filePath(entry), jobFile); !s)
                return s;
            m_files.insert(int(spec->kind), jobFile);
        }
        if (m_files.contains(int(Kind::Remapping)) && csvFiles.size() > 1) {
            csvFiles.removeAll(QStringLiteral("uuidRemappings.csv"));
            problem(QStringLiteral("uuidRemappings.csv"), 0, {},
                    DataExchangeImport::tr("uuidRemappings.csv must be the only CSV file of its job; this job also "
                                           "holds %1.").arg(csvFiles.join(QStringLiteral(", "))));
        }
        QCryptographicHash hash(QCryptographicHash::Sha256);
        std::sort(m_hashInput.begin(), m_hashInput.end(),
                  [](const auto &a, const auto &b) { return a.first < b.first; });
        for (const auto &[name, bytes] : std::as_const(m_hashInput)) {
            hash.addData(name.toUtf8());
            hash.addData(QByteArrayView("\0", 1));
            hash.addData(bytes);
        }
        m_ctx.report.sourceSha256 = QString::fromLatin1(hash.result().toHex());
        return {};
    }

    Status readCsv(const QString &path, JobFile &jobFile)
    {
        const QString name = QFileInfo(path).fileName();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            problem(name, 0, {}, DataExchangeImport::tr("Cannot read the file: %1").arg(file.errorString()));
            jobFile.incomplete = true;
            return {};
        }
        const QByteArray bytes = file.readAll();
        m_hashInput << qMakePair(name, bytes);
        text::Utf8Validator utf8;
        utf8.feed(bytes);
        if (!utf8.finish()) {
            const qint64 offset = utf8.firstInvalidOffset();
            const qint64 line = 1 + bytes.left(offset).count('\n');
            problem(name, line, {}, DataExchangeImport::tr("The file is not UTF-8 (byte %1); the format requires UTF-8.")
                                        .arg(offset));
            jobFile.incomplete = true;
            return {};
        }
        QBuffer buffer;
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        CsvReader::Options options;
        options.delimiter = ',';
        CsvReader reader(&buffer, options);
        CsvRecord record;
        if (!reader.next(record)) {
            if (reader.hasFatalError())
                problem(name, reader.fatalLine(), {}, reader.fatalError());
            else
                problem(name, 0, {}, DataExchangeImport::tr("The file is empty: it has not even a header row."));
            jobFile.incomplete = true;
            return {};
        }
        QStringList headers;
        for (const QByteArray &field : std::as_const(record.fields))
            headers << QString::fromUtf8(field).trimmed();
        const FileSpec &spec = *jobFile.spec;
        QStringList known = QStringList{QStringLiteral("importType")} + spec.ids + spec.required + spec.optional;
        for (const QString &header : std::as_const(headers)) {
            if (!known.contains(header) && !header.isEmpty()) {
                m_ctx.report.warnings << DataExchangeImport::tr("%1: the column \"%2\" is not known and was ignored.")
                                             .arg(name, header);
            }
        }
        bool headerValid = true;
        for (qsizetype i = 0; i < headers.size(); ++i) {
            const QString &header = headers.at(i);
            if (known.contains(header) && headers.indexOf(header) < i && headers.indexOf(header, i + 1) < 0) {
                problem(name, record.line, header, DataExchangeImport::tr("The column appears more than once in the header."));
                headerValid = false;
            }
        }
        bool headerComplete = true;
        for (const QString &column : QStringList{QStringLiteral("importType")} + spec.ids + spec.required) {
            if (!headers.contains(column)) {
                problem(name, record.line, column, DataExchangeImport::tr("The header lacks the required column \"%1\" "
                                                                          "(names are case-sensitive).").arg(column));
                headerComplete = false;
            }
        }
        if (!headerComplete || !headerValid) {
            jobFile.incomplete = true;
            return {};
        }
        while (reader.next(record)) {
            ++m_ctx.report.rowsRead;
            if (!record.error.isEmpty()) {
                problem(name, record.line, record.errorField >= 0 ? headers.value(record.errorField) : QString(),
                        record.error);
                continue;
            }
            // RFC 4180 rows have as many fields as the header: a shorter or longer row is a broken export (a
            // stray comma, a cut line), and guessing which cell moved would import it into the wrong column.
            if (record.fields.size() != headers.size()) {
                problem(name, record.line, {}, DataExchangeImport::tr("The row has %1 fields but the header %2.")
                                                   .arg(record.fields.size())
                                                   .arg(headers.size()));
                continue;
            }
            Row row;
            row.line = record.line;
            for (qsizetype i = 0; i < record.fields.size(); ++i) {
                if (known.contains(headers.at(i)))
                    row.values.insert(headers.at(i), QString::fromUtf8(record.fields.at(i)).trimmed());
            }
            row.type = row.values.take(QStringLiteral("importType"));
            row.valid = checkRow(name, spec, row);
            jobFile.rows << row;
        }
        if (reader.hasFatalError()) {
            problem(name, reader.fatalLine(), {}, reader.fatalError());
            jobFile.incomplete = true;
        }
        return {};
    }

    // Checks one row alone: its import type, required fields and each value's type.
    bool checkRow(const QString &file, const FileSpec &spec, Row &row)
    {
        bool ok = true;
        const auto bad = [&](const QString &column, const QString &reason) {
            problem(file, row.line, column, reason);
            row.badColumns.insert(column);
            ok = false;
        };
        if (!spec.importTypes.contains(row.type)) {
            bad(QStringLiteral("importType"), DataExchangeImport::tr("\"%1\" is not an import type of %2 (allowed: %3).")
                                                  .arg(row.type.left(50), file, spec.importTypes.join(QStringLiteral(", "))));
            return false;
        }
        QStringList needed = spec.ids;
        if (row.type == u"insert")
            needed += spec.required;
        for (const QString &column : std::as_const(needed)) {
            // An empty registration code is allowed: the Cockpit then makes one (our rule).
            if (!row.has(column) && column != u"registrationCode")
                bad(column, DataExchangeImport::tr("%1 is required on %2.").arg(column, row.type));
        }
        for (auto it = row.values.begin(); it != row.values.end(); ++it) {
            const QString &column = it.key();
            QString &value = it.value();
            if (value.isEmpty())
                continue;
            if (value.size() > 500 || (hasControlCharacter(value) && column != u"registrationCode")) {
                bad(column, DataExchangeImport::tr("The value is longer than 500 characters or holds a line break."));
                continue;
            }
            if (column == u"resource") {
                if (!QStringList{QStringLiteral("property"), QStringLiteral("group"), QStringLiteral("unit"),
                                 QStringLiteral("utilisationPeriod")}.contains(value)) {
                    bad(column, DataExchangeImport::tr("\"%1\" is not a resource (property, group, unit, "
                                                       "utilisationPeriod).").arg(value));
                }
            } else if (column == u"serviceProviderId") {
                // Service providers are outside the Cockpit; the id only marks an external agent.
            } else if (isIdColumn(column)) {
                if (!isUuid(value))
                    bad(column, DataExchangeImport::tr("\"%1\" is not a UUID.").arg(value));
                else
                    value = value.toLower(); // our rule: any letter case in, lower case stored
            } else if (isDateColumn(column)) {
                if (!parseIsoDate(value).isValid())
                    bad(column, DataExchangeImport::tr("\"%1\" is not a date (yyyy-mm-dd).").arg(value));
            } else if (column == u"phone") {
                bool digits = value.size() >= 6 && value.size() <= 21 && value.startsWith(u'+');
                for (qsizetype i = 1; digits && i < value.size(); ++i)
                    digits = value.at(i).isDigit() && value.at(i).unicode() < 128;
                if (!digits)
                    bad(column, DataExchangeImport::tr("\"%1\" is not a phone number as the format writes it (+ and "
                                                       "5 to 20 digits, no spaces).").arg(value));
            } else if (column == u"email") {
                auto normalized = EmailAddress::normalize(value);
                if (!normalized)
                    bad(column, DataExchangeImport::tr("\"%1\" is not an e-mail address: %2").arg(value, normalized.error().message));
                else
                    value = *normalized;
            } else if (column == u"country") {
                value = value.toUpper();
                if (value.size() != 2 || !value.at(0).isUpper() || !value.at(1).isUpper() || value.at(0).unicode() > 'Z'
                    || value.at(1).unicode() > 'Z') {
                    bad(column, DataExchangeImport::tr("\"%1\" is not a two-letter country code.").arg(value));
                }
            } else if (column == u"zipCode") {
                bool valid = true;
                for (const QChar c : std::as_const(value))
                    valid = valid && ((c >= u'0' && c <= u'9') || c == u'-');
                if (!valid)
                    bad(column, DataExchangeImport::tr("\"%1\" is not a postal code (digits and hyphens).").arg(value));
            } else if (column == u"registrationCode") {
                // Never echoed: an activation code is a secret.
                if (value.size() > 100 || hasControlCharacter(value))
                    bad(column, DataExchangeImport::tr("The registration code is longer than 100 characters or holds "
                                                       "control characters."));
            }
        }
        const auto pairCheck = [&](const char *fromColumn, const char *toColumn, bool bothOrNeither) {
            const QString from = QString::fromLatin1(fromColumn), to = QString::fromLatin1(toColumn);
            const QDate a = parseIsoDate(row.value(from)), b = parseIsoDate(row.value(to));
            if (bothOrNeither && row.has(from) != row.has(to))
                bad(to, DataExchangeImport::tr("%1 and %2 are given both or neither.").arg(from, to));
            else if (a.isValid() && b.isValid() && b < a)
                bad(to, DataExchangeImport::tr("%1 lies before %2.").arg(to, from));
        };
        pairCheck("startDate", "endDate", false);
        pairCheck("billingPeriodStartDate", "billingPeriodEndDate", false);
        pairCheck("validFromDate", "validToDate", true);
        return ok;
    }

    // ---- references -------------------------------------------------------------------------------

    static QString tableOf(Kind kind)
    {
        switch (kind) {
        case Kind::Property:
            return QStringLiteral("properties");
        case Kind::Group:
            return QStringLiteral("buildings");
        case Kind::Unit:
            return QStringLiteral("units");
        case Kind::Period:
            return QStringLiteral("tenancies");
        case Kind::Tenant:
            return QStringLiteral("persons");
        case Kind::Agent:
            return QStringLiteral("agents");
        default:
            return {};
        }
    }

    static QString fileOf(Kind kind)
    {
        for (const FileSpec &spec : fileSpecs()) {
            if (spec.kind == kind)
                return QString::fromLatin1(spec.file);
        }
        return {};
    }

    // The database id of an ERP id of `kind`, or 0 when the database does not know it.
    Result<qint64> storedId(Kind kind, const QString &erpId)
    {
        const auto key = qMakePair(int(kind), erpId);
        if (const auto it = m_storedIds.constFind(key); it != m_storedIds.cend())
            return *it;
        auto id = m_db.scalar(QStringLiteral("SELECT id FROM %1 WHERE erp_ref = ?").arg(tableOf(kind)), {erpId});
        if (!id)
            return id.error();
        const qint64 value = id->isNull() ? 0 : id->toLongLong();
        m_storedIds.insert(key, value);
        return value;
    }

    // Every id a row names must be known: inserted earlier in this job, or already in the database.
    Status resolveReferences()
    {
        struct Reference
        {
            Kind from;
            const char *column;
            Kind to;
        };
        static const Reference references[]{
            {Kind::Group, "propertyId", Kind::Property},  {Kind::Unit, "groupId", Kind::Group},
            {Kind::Period, "unitId", Kind::Unit},         {Kind::CheckIn, "tenantId", Kind::Tenant},
            {Kind::CheckIn, "utilisationPeriodId", Kind::Period}, {Kind::Team, "agentId", Kind::Agent},
            {Kind::Team, "propertyId", Kind::Property},
        };
        // Which ids each file defines (insert) or deletes, and rows that name the same record twice: which of
        // the two the ERP meant is unknown, and applying both would depend on their order.
        for (auto it = m_files.begin(); it != m_files.end(); ++it) {
            const Kind kind = it->spec->kind;
            if (it->incomplete)
                m_incompleteKinds.insert(int(kind));
            if (kind == Kind::Remapping)
                continue; // see checkRemappings()
            const QStringList &keyColumns = it->spec->ids;
            QHash<QString, qint64> seen;
            for (const Row &row : std::as_const(it->rows)) {
                QStringList parts;
                for (const QString &column : keyColumns) {
                    if (row.hasGood(column))
                        parts << row.value(column);
                }
                if (parts.size() != keyColumns.size())
                    continue;
                const QString key = parts.join(u' ');
                if (const auto previous = seen.constFind(key); previous != seen.cend()) {
                    problem(fileOf(kind), row.line, keyColumns.first(),
                            keyColumns.size() == 1
                                ? DataExchangeImport::tr("The id %1 also appears on line %2 of this file.").arg(key).arg(*previous)
                                : DataExchangeImport::tr("The same %1 and %2 also appear on line %3 of this file.")
                                      .arg(keyColumns.at(0), keyColumns.at(1))
                                      .arg(*previous));
                    continue;
                }
                seen.insert(key, row.line);
                if (tableOf(kind).isEmpty())
                    continue;
                // A row whose import type the file does not allow (already reported) was most likely meant as an
                // insert: its id counts as defined, so its problem is not repeated on every row that refers to it.
                const bool typeAllowed = it->spec->importTypes.contains(row.type);
                if (typeAllowed && row.type == u"delete")
                    m_deletedInJob[int(kind)].insert(key);
                else if (!typeAllowed || row.type == u"insert")
                    m_definedInJob[int(kind)].insert(key);
            }
        }
        for (auto it = m_files.begin(); it != m_files.end(); ++it) {
            const Kind kind = it->spec->kind;
            const QString file = fileOf(kind);
            for (const Row &row : std::as_const(it->rows)) {
                // An update needs the record itself to exist. A delete of a record that is not there changes
                // nothing: the same job may run twice (our rule), so that is worth a warning, not a rejection.
                const QString id = row.value(QStringLiteral("id"));
                if (!tableOf(kind).isEmpty() && (row.type == u"update" || row.type == u"delete")
                    && it->spec->importTypes.contains(row.type) && row.hasGood(QStringLiteral("id"))
                    && !m_definedInJob[int(kind)].contains(id)) {
                    auto stored = storedId(kind, id);
                    if (!stored)
                        return stored.error();
                    if (*stored == 0 && row.type == u"delete") {
                        m_ctx.report.warnings << DataExchangeImport::tr("%1 line %2: there is no record %3 to delete "
                                                                        "(deleted before or never imported); the row "
                                                                        "changes nothing.")
                                                     .arg(file)
                                                     .arg(row.line)
                                                     .arg(id);
                    } else if (*stored == 0) {
                        problem(file, row.line, QStringLiteral("id"),
                                DataExchangeImport::tr("There is no record %1 to update: it is neither in this job "
                                                       "nor imported before.").arg(id));
                    }
                }
                for (const Reference &reference : references) {
                    if (reference.from != kind)
                        continue;
                    const QString column = QString::fromLatin1(reference.column);
                    if (!row.hasGood(column))
                        continue;
                    const QString target = row.value(column);
                    if (m_deletedInJob[int(reference.to)].contains(target)) {
                        problem(file, row.line, column,
                                DataExchangeImport::tr("%1 %2 is deleted by this job (%3).")
                                    .arg(column, target, fileOf(reference.to)));
                        continue;
                    }
                    if (m_definedInJob[int(reference.to)].contains(target))
                        continue;
                    // The file of those records could not be read whole; its own problem is reported already.
                    if (m_incompleteKinds.contains(int(reference.to)))
                        continue;
                    auto stored = storedId(reference.to, target);
                    if (!stored)
                        return stored.error();
                    if (*stored == 0) {
                        problem(file, row.line, column,
                                DataExchangeImport::tr("%1 %2 is neither in this job (%3) nor imported before.")
                                    .arg(column, target, fileOf(reference.to)));
                    }
                }
                if (kind == Kind::Period && row.type == u"update" && row.valid) {
                    if (auto s = checkStoredPeriodDates(row); !s)
                        return s;
                }
            }
        }
        return checkUniqueValues();
    }

    // The database refuses a period that ends before it starts. An update that gives only one of the two
    // dates is checked against the other one as stored, so such a job is rejected with its reason (a
    // row with both dates was checked on its own).
    Status checkStoredPeriodDates(const Row &row)
    {
        const QString startColumn = QStringLiteral("startDate"), endColumn = QStringLiteral("endDate");
        if (row.has(startColumn) == row.has(endColumn))
            return {};
        auto stored = query(QStringLiteral("SELECT start_date, end_date FROM tenancies WHERE erp_ref = ?"),
                            {row.value(QStringLiteral("id"))});
        if (!stored)
            return stored.error();
        if (!stored->next())
            return {}; // not stored: the update was rejected above
        const QDate storedStart = stored->value(0).toDate(), storedEnd = stored->value(1).toDate();
        stored->finish();
        if (row.has(endColumn)) {
            const QDate end = parseIsoDate(row.value(endColumn));
            if (storedStart.isValid() && end < storedStart) {
                problem(fileOf(Kind::Period), row.line, endColumn,
                        DataExchangeImport::tr("endDate %1 lies before the period's start (%2) as imported before.")
                            .arg(end.toString(Qt::ISODate), storedStart.toString(Qt::ISODate)));
            }
        } else {
            const QDate start = parseIsoDate(row.value(startColumn));
            if (storedEnd.isValid() && storedEnd < start) {
                problem(fileOf(Kind::Period), row.line, startColumn,
                        DataExchangeImport::tr("startDate %1 lies after the period's end (%2) as imported before.")
                            .arg(start.toString(Qt::ISODate), storedEnd.toString(Qt::ISODate)));
            }
        }
        return {};
    }

    // Values that must be unique across the office: a tenant's registration code, an agent's e-mail
    // (the agent's login). A registration code is a secret: no message ever shows it.
    Status checkUniqueValues()
    {
        if (const auto tenants = m_files.constFind(int(Kind::Tenant)); tenants != m_files.cend()) {
            QHash<QString, qint64> codes;
            for (const Row &row : tenants->rows) {
                const QString code = row.value(QStringLiteral("registrationCode"));
                if (!row.hasGood(QStringLiteral("registrationCode")) || !row.hasGood(QStringLiteral("id")))
                    continue;
                if (const auto previous = codes.constFind(code); previous != codes.cend()) {
                    problem(fileOf(Kind::Tenant), row.line, QStringLiteral("registrationCode"),
                            DataExchangeImport::tr("The registration code is the same as on line %1; every tenant "
                                                   "needs a code of their own.").arg(*previous));
                    continue;
                }
                codes.insert(code, row.line);
                auto owner = query(QStringLiteral("SELECT p.erp_ref FROM activation_codes c JOIN persons p "
                                                  "ON p.id = c.person_id WHERE c.code = ?"),
                                   {code});
                if (!owner)
                    return owner.error();
                if (owner->next() && owner->value(0).toString() != row.value(QStringLiteral("id"))) {
                    problem(fileOf(Kind::Tenant), row.line, QStringLiteral("registrationCode"),
                            DataExchangeImport::tr("The registration code already belongs to another tenant."));
                }
                owner->finish();
            }
        }
        if (const auto agents = m_files.constFind(int(Kind::Agent)); agents != m_files.cend()) {
            QHash<QString, qint64> logins;
            for (const Row &row : agents->rows) {
                if (!row.hasGood(QStringLiteral("email")) || !row.hasGood(QStringLiteral("id")))
                    continue;
                const QString email = row.value(QStringLiteral("email"));
                const QString key = email.toLower();
                if (const auto previous = logins.constFind(key); previous != logins.cend()) {
                    problem(fileOf(Kind::Agent), row.line, QStringLiteral("email"),
                            DataExchangeImport::tr("Line %1 gives the same e-mail address; each agent signs in with "
                                                   "an address of their own.").arg(*previous));
                    continue;
                }
                logins.insert(key, row.line);
                // Any agent counts, also one created in the Cockpit (no ERP id): the login is theirs. An agent of
                // this job who gives the address up in the same job still holds it here: the rows would have to
                // be applied in a certain order, so such a swap is refused and can come in two jobs.
                auto owner = query(QStringLiteral("SELECT COALESCE(erp_ref, '') FROM agents WHERE lower(login) = lower(?)"),
                                   {email});
                if (!owner)
                    return owner.error();
                if (owner->next() && owner->value(0).toString() != row.value(QStringLiteral("id"))) {
                    problem(fileOf(Kind::Agent), row.line, QStringLiteral("email"),
                            DataExchangeImport::tr("Another agent already signs in as %1.").arg(email));
                }
                owner->finish();
            }
        }
        return {};
    }

    static std::optional<Kind> resourceKind(const QString &resource)
    {
        if (resource == u"property")
            return Kind::Property;
        if (resource == u"group")
            return Kind::Group;
        if (resource == u"unit")
            return Kind::Unit;
        if (resource == u"utilisationPeriod")
            return Kind::Period;
        return std::nullopt;
    }

    // uuidRemappings.csv: every old id must be stored, every new one free, and each named once, so the result
    // does not depend on the order of the rows. (A chain a -> b -> c fails these checks too: b would have to
    // be both free and stored.)
    Status checkRemappings()
    {
        const auto remappings = m_files.constFind(int(Kind::Remapping));
        if (remappings == m_files.cend())
            return {};
        const QString file = fileOf(Kind::Remapping);
        QHash<QPair<int, QString>, qint64> olds, news;
        for (const Row &row : remappings->rows) {
            if (!row.valid)
                continue;
            const QString resource = row.value(QStringLiteral("resource"));
            const Kind kind = *resourceKind(resource);
            const QString oldId = row.value(QStringLiteral("oldUuid"));
            const QString newId = row.value(QStringLiteral("newUuid"));
            if (oldId == newId) {
                problem(file, row.line, QStringLiteral("newUuid"), DataExchangeImport::tr("The new id is the old one."));
                continue;
            }
            if (const auto previous = olds.constFind(qMakePair(int(kind), oldId)); previous != olds.cend()) {
                problem(file, row.line, QStringLiteral("oldUuid"),
                        DataExchangeImport::tr("The %1 %2 already gets a new id on line %3.").arg(resource, oldId).arg(*previous));
                continue;
            }
            if (const auto previous = news.constFind(qMakePair(int(kind), newId)); previous != news.cend()) {
                problem(file, row.line, QStringLiteral("newUuid"),
                        DataExchangeImport::tr("The id %1 is already given to another %2 on line %3.")
                            .arg(newId, resource)
                            .arg(*previous));
                continue;
            }
            olds.insert(qMakePair(int(kind), oldId), row.line);
            news.insert(qMakePair(int(kind), newId), row.line);
            auto oldDb = storedId(kind, oldId);
            auto newDb = storedId(kind, newId);
            if (!oldDb || !newDb)
                return !oldDb ? oldDb.error() : newDb.error();
            if (*oldDb == 0) {
                problem(file, row.line, QStringLiteral("oldUuid"),
                        DataExchangeImport::tr("There is no %1 %2 to give a new id.").arg(resource, oldId));
            }
            if (*newDb != 0) {
                problem(file, row.line, QStringLiteral("newUuid"),
                        DataExchangeImport::tr("The id %1 is already taken by another %2.").arg(newId, resource));
            }
        }
        return {};
    }

    // ---- applying ---------------------------------------------------------------------------------

    Result<QSqlQuery> query(const QString &sql, const QVariantList &bindings = {}) { return m_db.exec(sql, bindings); }

    Status exec(const QString &sql, const QVariantList &bindings = {})
    {
        auto r = m_db.exec(sql, bindings);
        if (!r)
            return r.error();
        r->finish();
        return {};
    }

    Result<qint64> insertReturningId(const QString &sql, const QVariantList &bindings)
    {
        auto r = m_db.exec(sql + QStringLiteral(" RETURNING id"), bindings);
        if (!r)
            return r.error();
        if (!r->next())
            return Error::internal(DataExchangeImport::tr("An insert returned no id."));
        const qint64 id = r->value(0).toLongLong();
        r->finish();
        return id;
    }

    Status apply()
    {
        if (m_files.contains(int(Kind::Remapping)))
            return applyRemappings(m_files.value(int(Kind::Remapping)).rows);
        int permille = 400;
        for (auto it = m_files.begin(); it != m_files.end(); ++it) {
            Status s;
            switch (it->spec->kind) {
            case Kind::Property:
                s = applyProperties(it->rows);
                break;
            case Kind::Group:
                s = applyGroups(it->rows);
                break;
            case Kind::Unit:
                s = applyUnits(it->rows);
                break;
            case Kind::Period:
                s = applyPeriods(it->rows);
                break;
            case Kind::Tenant:
                s = applyTenants(it->rows);
                break;
            case Kind::CheckIn:
                s = applyCheckIns(it->rows);
                break;
            case Kind::Agent:
                s = applyAgents(it->rows);
                break;
            case Kind::Team:
                s = applyTeams(it->rows);
                break;
            case Kind::Remapping:
                break;
            }
            if (!s)
                return s;
            permille += 70;
            if (!step(permille))
                return cancelled();
        }
        return {};
    }

    void change(ImportCounts &counts, const QString &entity, const QString &ref, const QString &name,
                const QList<QPair<QString, QPair<QString, QString>>> &fields, bool isNew)
    {
        if (isNew) {
            ++counts.added;
            m_ctx.report.addChange({ImportChange::Kind::Added, entity, ref, name, {}, {}, {}});
            return;
        }
        if (fields.isEmpty()) {
            ++counts.unchanged;
            return;
        }
        ++counts.updated;
        for (const auto &[field, values] : fields)
            m_ctx.report.addChange({ImportChange::Kind::Changed, entity, ref, name, field, values.first, values.second});
    }

    // Compares stored and new values column by column; returns the differing ones for the preview.
    static QList<QPair<QString, QPair<QString, QString>>> diff(const QStringList &fields, const QVariantList &before,
                                                               const QVariantList &after)
    {
        QList<QPair<QString, QPair<QString, QString>>> result;
        for (int i = 0; i < fields.size(); ++i) {
            const QString a = before.value(i).toString(), b = after.value(i).toString();
            if (a != b)
                result << qMakePair(fields.at(i), qMakePair(a, b));
        }
        return result;
    }

    // Generic upsert of one record of a simple table: reads what is stored, merges the row into it,
    // and writes only when something differs.
    Status upsert(Kind kind, const Row &row, const QString &entity, ImportCounts &counts, const QStringList &columns,
                  const QVariantList &rowValues, const QString &nameColumn, const QStringList &insertExtraColumns = {},
                  const QVariantList &insertExtraValues = {})
    {
        const QString table = tableOf(kind);
        const QString id = row.value(QStringLiteral("id"));
        auto stored = query(QStringLiteral("SELECT id, %1 FROM %2 WHERE erp_ref = ?").arg(columns.join(QStringLiteral(", ")), table),
                            {id});
        if (!stored)
            return stored.error();
        if (!stored->next()) {
            stored->finish();
            QStringList insertColumns = QStringList{QStringLiteral("erp_ref")} + columns + insertExtraColumns
                                        + QStringList{QStringLiteral("created_at"), QStringLiteral("updated_at")};
            QVariantList values = QVariantList{id} + rowValues + insertExtraValues + QVariantList{m_ctx.now, m_ctx.now};
            QStringList marks;
            for (qsizetype i = 0; i < values.size(); ++i)
                marks << QStringLiteral("?");
            auto newId = insertReturningId(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                               .arg(table, insertColumns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))),
                                           values);
            if (!newId)
                return newId.error();
            m_storedIds.insert(qMakePair(int(kind), id), *newId);
            change(counts, entity, id, rowValues.value(columns.indexOf(nameColumn)).toString(), {}, true);
            return storeSearchKeys(kind, *newId);
        }
        const qint64 dbId = stored->value(0).toLongLong();
        QVariantList before;
        for (int i = 0; i < columns.size(); ++i)
            before << stored->value(i + 1);
        stored->finish();
        QVariantList after;
        for (int i = 0; i < columns.size(); ++i)
            after << (rowValues.at(i).isValid() ? rowValues.at(i) : before.at(i));
        const auto differences = diff(columns, before, after);
        change(counts, entity, id, after.value(columns.indexOf(nameColumn)).toString(), differences, false);
        if (differences.isEmpty())
            return {};
        QStringList assignments;
        for (const QString &column : columns)
            assignments << column + QStringLiteral(" = ?");
        if (auto s = exec(QStringLiteral("UPDATE %1 SET %2, updated_at = ? WHERE id = ?").arg(table, assignments.join(QStringLiteral(", "))),
                          after + QVariantList{m_ctx.now, dbId});
            !s)
            return s;
        return storeSearchKeys(kind, dbId);
    }

    // The search keys of a unit or building written by upsert(), from what it stores.
    Status storeSearchKeys(Kind kind, qint64 dbId)
    {
        if (kind == Kind::Unit) {
            auto label = m_db.scalar(QStringLiteral("SELECT label FROM units WHERE id = ?"), {dbId});
            if (!label)
                return label.error();
            return exec(QStringLiteral("UPDATE units SET label_key = ? WHERE id = ?"),
                        {searchkeys::labelKey(label->toString()), dbId});
        }
        if (kind == Kind::Group) {
            auto stored = query(QStringLiteral("SELECT street, house_number, city FROM buildings WHERE id = ?"), {dbId});
            if (!stored)
                return stored.error();
            if (!stored->next())
                return {};
            const QString street = searchkeys::streetKey(stored->value(0).toString(), stored->value(1).toString());
            const QString city = searchkeys::cityKey(stored->value(2).toString());
            stored->finish();
            return exec(QStringLiteral("UPDATE buildings SET street_key = ?, city_key = ? WHERE id = ?"), {street, city, dbId});
        }
        return {};
    }

    // An invalid QVariant in rowValues means "keep what is stored" (an empty cell on update).
    static QVariant cell(const Row &row, const QString &column)
    {
        if (row.type == u"update" && !row.has(column))
            return QVariant();
        return row.value(column);
    }

    // The same for a column that may be NULL: an empty cell on insert stores NULL (an insert of a stored id
    // is the whole record again, so it clears what the ERP no longer has).
    static QVariant optionalCell(const Row &row, const QString &column)
    {
        const QVariant value = cell(row, column);
        return value.isValid() && value.toString().isEmpty() ? QVariant(QMetaType::fromType<QString>()) : value;
    }

    Status applyProperties(const QList<Row> &rows)
    {
        for (const Row &row : rows) {
            if (auto s = upsert(Kind::Property, row, QStringLiteral("property"), m_ctx.report.properties,
                                {QStringLiteral("name"), QStringLiteral("owner")},
                                {cell(row, QStringLiteral("name")), optionalCell(row, QStringLiteral("propertyOwner"))},
                                QStringLiteral("name"));
                !s)
                return s;
        }
        return {};
    }

    Status applyGroups(const QList<Row> &rows)
    {
        for (const Row &row : rows) {
            QVariant propertyId;
            if (row.has(QStringLiteral("propertyId"))) {
                auto id = storedId(Kind::Property, row.value(QStringLiteral("propertyId")));
                if (!id)
                    return id.error();
                propertyId = *id;
            }
            if (auto s = upsert(Kind::Group, row, QStringLiteral("building"), m_ctx.report.buildings,
                                {QStringLiteral("property_id"), QStringLiteral("name"), QStringLiteral("street"),
                                 QStringLiteral("house_number"), QStringLiteral("postal_code"), QStringLiteral("city"),
                                 QStringLiteral("country")},
                                {propertyId, cell(row, QStringLiteral("name")), cell(row, QStringLiteral("streetName")),
                                 cell(row, QStringLiteral("houseNumber")), cell(row, QStringLiteral("zipCode")),
                                 cell(row, QStringLiteral("city")), cell(row, QStringLiteral("country"))},
                                QStringLiteral("name"));
                !s)
                return s;
        }
        return {};
    }

    Status applyUnits(const QList<Row> &rows)
    {
        for (const Row &row : rows) {
            QVariant buildingId;
            if (row.has(QStringLiteral("groupId"))) {
                auto id = storedId(Kind::Group, row.value(QStringLiteral("groupId")));
                if (!id)
                    return id.error();
                buildingId = *id;
            }
            QStringList columns{QStringLiteral("building_id"), QStringLiteral("label")};
            QVariantList values{buildingId, cell(row, QStringLiteral("name"))};
            if (!m_unitType.isEmpty()) {
                columns << QStringLiteral("unit_type");
                values << m_unitType;
            }
            if (auto s = upsert(Kind::Unit, row, QStringLiteral("unit"), m_ctx.report.units, columns, values,
                                QStringLiteral("label"));
                !s)
                return s;
        }
        return {};
    }

    Status applyPeriods(const QList<Row> &rows)
    {
        ImportCounts &counts = m_ctx.report.tenancies;
        for (const Row &row : rows) {
            const QString id = row.value(QStringLiteral("id"));
            if (row.type == u"delete") {
                auto dbId = storedId(Kind::Period, id);
                if (!dbId)
                    return dbId.error();
                if (*dbId == 0) {
                    ++counts.unchanged; // deleted before: a warning says so
                    continue;
                }
                // PostgreSQL takes the types of parameters in a SELECT list from the INSERT's columns only as long
                // as the SELECT stays this simple (a DISTINCT or UNION makes them text); the casts say them outright.
                if (auto s = exec(QStringLiteral("INSERT INTO erp_changes (run_id, person_id, kind, old_value) "
                                                 "SELECT CAST(? AS BIGINT), person_id, 'tenancy_ended', CAST(? AS TEXT) "
                                                 "FROM tenancy_persons WHERE tenancy_id = ?"),
                                  {m_ctx.runId, id, *dbId});
                    !s)
                    return s;
                if (auto s = exec(QStringLiteral("DELETE FROM tenancy_persons WHERE tenancy_id = ?"), {*dbId}); !s)
                    return s;
                if (auto s = exec(QStringLiteral("DELETE FROM tenancies WHERE id = ?"), {*dbId}); !s)
                    return s;
                m_storedIds.insert(qMakePair(int(Kind::Period), id), 0);
                ++counts.ended;
                m_ctx.report.addChange({ImportChange::Kind::Ended, QStringLiteral("tenancy"), id, {},
                                        QStringLiteral("deleted"), {}, {}});
                continue;
            }
            QVariant unitId;
            if (row.has(QStringLiteral("unitId"))) {
                auto unit = storedId(Kind::Unit, row.value(QStringLiteral("unitId")));
                if (!unit)
                    return unit.error();
                unitId = *unit;
            }
            const QVariant start = row.has(QStringLiteral("startDate"))
                                       ? QVariant(parseIsoDate(row.value(QStringLiteral("startDate"))))
                                       : QVariant();
            // An insert without endDate is open-ended; an update without it keeps the stored end.
            const QVariant end = row.has(QStringLiteral("endDate")) ? QVariant(parseIsoDate(row.value(QStringLiteral("endDate"))))
                                 : row.type == u"update"          ? QVariant()
                                                                  : QVariant(QMetaType::fromType<QDate>());
            auto before = query(QStringLiteral("SELECT end_date FROM tenancies WHERE erp_ref = ?"), {id});
            if (!before)
                return before.error();
            const bool existed = before->next();
            const QDate oldEnd = existed ? before->value(0).toDate() : QDate();
            before->finish();
            const qsizetype changesBefore = m_ctx.report.changes.size();
            if (auto s = upsert(Kind::Period, row, QStringLiteral("tenancy"), counts,
                                {QStringLiteral("unit_id"), QStringLiteral("start_date"), QStringLiteral("end_date")},
                                {unitId, start, end}, QStringLiteral("start_date"));
                !s)
                return s;
            // A period that had no end and now has one: the tenancy ends (reported as that, not as an update,
            // whatever else of the row changed too).
            if (existed && !oldEnd.isValid() && end.toDate().isValid()) {
                --counts.updated;
                ++counts.ended;
                for (qsizetype i = changesBefore; i < m_ctx.report.changes.size(); ++i) {
                    if (m_ctx.report.changes.at(i).field == u"end_date")
                        m_ctx.report.changes[i].kind = ImportChange::Kind::Ended;
                }
                auto dbId = storedId(Kind::Period, id);
                if (!dbId)
                    return dbId.error();
                // The casts: see the delete above.
                if (auto s = exec(QStringLiteral("INSERT INTO erp_changes (run_id, person_id, kind, new_value) "
                                                 "SELECT CAST(? AS BIGINT), person_id, 'tenancy_ended', CAST(? AS TEXT) "
                                                 "FROM tenancy_persons WHERE tenancy_id = ?"),
                                  {m_ctx.runId, end.toDate().toString(Qt::ISODate), *dbId});
                    !s)
                    return s;
            }
        }
        return {};
    }

    Status applyTenants(const QList<Row> &rows)
    {
        ImportCounts &counts = m_ctx.report.tenants;
        for (const Row &row : rows) {
            const QString ref = row.value(QStringLiteral("id"));
            auto stored = query(QStringLiteral("SELECT id, first_name, last_name, email, phone, phone_e164, language "
                                               "FROM persons WHERE erp_ref = ?"),
                                {ref});
            if (!stored)
                return stored.error();
            const bool exists = stored->next();
            PersonFields before;
            qint64 personId = 0;
            if (exists) {
                personId = stored->value(0).toLongLong();
                before = {stored->value(1).toString(), stored->value(2).toString(), stored->value(3).toString(),
                          stored->value(4).toString(), stored->value(5).toString(), stored->value(6).toString()};
            }
            stored->finish();
            // The format gives one name string: kept whole as the last name, so nothing is guessed.
            PersonFields after = before;
            const auto take = [&](const char *column, QString &target) {
                const QString name = QString::fromLatin1(column);
                if (row.type == u"insert" || row.has(name))
                    target = row.value(name);
            };
            take("name", after.lastName);
            if (row.type == u"insert" || row.has(QStringLiteral("name")))
                after.firstName.clear();
            take("email", after.email);
            take("phone", after.phone);
            if (after.phone != before.phone || !exists) {
                const QString e164 = after.phone.isEmpty() ? QString() : m_phones.toE164(after.phone);
                after.phoneE164 = e164.isEmpty() ? after.phone : e164;
            }
            if (!exists) {
                after.language = m_language;
                auto id = insertReturningId(
                    QStringLiteral("INSERT INTO persons (erp_ref, first_name, last_name, sort_name, email, phone, "
                                   "phone_e164, language, given_key, phone_suffix, status, is_alias, source, created_at, "
                                   "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'imported', FALSE, 'erp', ?, ?)"),
                    {ref, notNull(after.firstName), notNull(after.lastName),
                     notNull(nameSortKey(after.lastName, after.firstName)),
                     textOrNull(after.email), textOrNull(after.phone), textOrNull(after.phoneE164),
                     textOrNull(after.language), searchkeys::givenKey(after.firstName, after.lastName),
                     textOrNull(searchkeys::phoneSuffix(after.phoneE164)), m_ctx.now, m_ctx.now});
                if (!id)
                    return id.error();
                personId = *id;
                m_storedIds.insert(qMakePair(int(Kind::Tenant), ref), personId);
                ++counts.added;
                m_ctx.report.addChange({ImportChange::Kind::Added, QStringLiteral("tenant"), ref, after.displayName(), {}, {}, {}});
                if (after.email.isEmpty()) {
                    m_people.recordNoContact(personId);
                    ++m_withoutEmail;
                }
            } else {
                if (m_people.record(personId, ref, before, after)) {
                    ++counts.updated;
                    if (auto s = exec(QStringLiteral("UPDATE persons SET first_name = ?, last_name = ?, sort_name = ?, "
                                                     "email = ?, phone = ?, phone_e164 = ?, given_key = ?, phone_suffix = ?, "
                                                     "updated_at = ?, row_version = row_version + 1 WHERE id = ?"),
                                      {notNull(after.firstName), notNull(after.lastName),
                                       notNull(nameSortKey(after.lastName, after.firstName)),
                                       textOrNull(after.email), textOrNull(after.phone), textOrNull(after.phoneE164),
                                       searchkeys::givenKey(after.firstName, after.lastName),
                                       textOrNull(searchkeys::phoneSuffix(after.phoneE164)), m_ctx.now, personId});
                        !s)
                        return s;
                } else {
                    ++counts.unchanged;
                }
            }
            if (auto s = applyRegistrationCode(row, personId); !s)
                return s;
        }
        if (m_withoutEmail > 0) {
            m_ctx.report.warnings << DataExchangeImport::tr("%n new tenant(s) have no e-mail address and cannot be "
                                                            "invited yet.", nullptr, int(m_withoutEmail));
        }
        return {};
    }

    // The ERP's activation code is kept as it is. A code the Cockpit already generated, or one a tenant
    // already used, is never replaced: that would break an invitation already sent.
    Status applyRegistrationCode(const Row &row, qint64 personId)
    {
        const QString code = row.value(QStringLiteral("registrationCode"));
        if (code.isEmpty())
            return {};
        auto stored = query(QStringLiteral("SELECT code, source, redeemed_at FROM activation_codes WHERE person_id = ?"),
                            {personId});
        if (!stored)
            return stored.error();
        if (!stored->next()) {
            stored->finish();
            return exec(QStringLiteral("INSERT INTO activation_codes (person_id, code, source, created_at) "
                                       "VALUES (?, ?, 'erp', ?)"),
                        {personId, code, m_ctx.now});
        }
        const QString current = stored->value(0).toString();
        const QString source = stored->value(1).toString();
        const bool redeemed = !stored->value(2).isNull();
        stored->finish();
        if (current == code)
            return {};
        if (source == u"erp" && !redeemed)
            return exec(QStringLiteral("UPDATE activation_codes SET code = ? WHERE person_id = ?"), {code, personId});
        m_ctx.report.warnings << DataExchangeImport::tr("tenants.csv line %1: the tenant already has an activation "
                                                        "code that was sent or used; the ERP's new code was not taken.")
                                     .arg(row.line);
        return {};
    }

    Status applyCheckIns(const QList<Row> &rows)
    {
        for (const Row &row : rows) {
            auto person = storedId(Kind::Tenant, row.value(QStringLiteral("tenantId")));
            auto tenancy = storedId(Kind::Period, row.value(QStringLiteral("utilisationPeriodId")));
            if (!person || !tenancy)
                return !person ? person.error() : tenancy.error();
            auto exists = m_db.scalar(QStringLiteral("SELECT 1 FROM tenancy_persons WHERE tenancy_id = ? AND person_id = ?"),
                                      {*tenancy, *person});
            if (!exists)
                return exists.error();
            if (!exists->isNull())
                continue;
            if (auto s = exec(QStringLiteral("INSERT INTO tenancy_persons (tenancy_id, person_id) VALUES (?, ?)"),
                              {*tenancy, *person});
                !s)
                return s;
            m_ctx.report.addChange({ImportChange::Kind::Added, QStringLiteral("check-in"),
                                    row.value(QStringLiteral("utilisationPeriodId")),
                                    row.value(QStringLiteral("tenantId")), {}, {}, {}});
        }
        return {};
    }

    // The Cockpit keeps an agent's name as one display name, "firstName lastName". An update changes it when
    // it gives lastName (with firstName; an empty one means none). firstName alone cannot be fitted into a
    // stored display name without guessing where the first name ends, so the name then stays as it is and
    // the report says so.
    Status applyAgents(const QList<Row> &rows)
    {
        for (const Row &row : rows) {
            const QString first = row.value(QStringLiteral("firstName"));
            const QString last = row.value(QStringLiteral("lastName"));
            QVariant displayName;
            if (row.type == u"insert" || row.has(QStringLiteral("lastName"))) {
                displayName = (first + u' ' + last).trimmed();
            } else if (row.has(QStringLiteral("firstName"))) {
                m_ctx.report.warnings << DataExchangeImport::tr("agents.csv line %1: firstName is only taken together "
                                                                "with lastName (the Cockpit keeps one display name); "
                                                                "the agent's name was left as it is.")
                                             .arg(row.line);
            }
            QVariant type;
            if (row.type == u"insert" || row.has(QStringLiteral("serviceProviderId")))
                type = row.has(QStringLiteral("serviceProviderId")) ? QStringLiteral("externalAgent") : QStringLiteral("agent");
            // The e-mail address is the agent's login (checked for uniqueness before anything is applied).
            const QVariant email = cell(row, QStringLiteral("email"));
            if (auto s = upsert(Kind::Agent, row, QStringLiteral("agent"), m_ctx.report.agents,
                                {QStringLiteral("login"), QStringLiteral("display_name"), QStringLiteral("email"),
                                 QStringLiteral("phone"), QStringLiteral("agent_type")},
                                {email, displayName, email, optionalCell(row, QStringLiteral("phone")), type},
                                QStringLiteral("display_name"), {QStringLiteral("role")}, {QStringLiteral("agent")});
                !s)
                return s;
        }
        return {};
    }

    Status applyTeams(const QList<Row> &rows)
    {
        for (const Row &row : rows) {
            auto agent = storedId(Kind::Agent, row.value(QStringLiteral("agentId")));
            auto property = storedId(Kind::Property, row.value(QStringLiteral("propertyId")));
            if (!agent || !property)
                return !agent ? agent.error() : property.error();
            if (auto s = exec(QStringLiteral("DELETE FROM property_teams WHERE agent_id = ? AND property_id = ?"),
                              {*agent, *property});
                !s)
                return s;
            if (row.type == u"delete")
                continue;
            if (auto s = exec(QStringLiteral("INSERT INTO property_teams (agent_id, property_id, valid_from, valid_to) "
                                             "VALUES (?, ?, ?, ?)"),
                              {*agent, *property, dateValueOrNull(parseIsoDate(row.value(QStringLiteral("validFromDate")))),
                               dateValueOrNull(parseIsoDate(row.value(QStringLiteral("validToDate"))))});
                !s)
                return s;
        }
        return {};
    }

    // Checked by checkRemappings() before: every old id is stored, every new one free.
    Status applyRemappings(const QList<Row> &rows)
    {
        for (const Row &row : rows) {
            const QString resource = row.value(QStringLiteral("resource"));
            const Kind kind = *resourceKind(resource);
            const QString oldId = row.value(QStringLiteral("oldUuid"));
            const QString newId = row.value(QStringLiteral("newUuid"));
            if (auto s = exec(QStringLiteral("UPDATE %1 SET erp_ref = ?, updated_at = ? WHERE erp_ref = ?").arg(tableOf(kind)),
                              {newId, m_ctx.now, oldId});
                !s)
                return s;
            ImportCounts &counts = kind == Kind::Property ? m_ctx.report.properties
                                   : kind == Kind::Group  ? m_ctx.report.buildings
                                   : kind == Kind::Unit   ? m_ctx.report.units
                                                          : m_ctx.report.tenancies;
            ++counts.updated;
            m_ctx.report.addChange({ImportChange::Kind::Changed, resource, newId, {}, QStringLiteral("id"), oldId, newId});
        }
        return {};
    }

    ImportContext &m_ctx;
    const Database &m_db;
    QString m_folder;
    PhoneNumberNormalizer m_phones;
    PersonChanges m_people;
    std::optional<bool> m_autoImport;
    QString m_language;
    QString m_unitType;
    QMap<int, JobFile> m_files; // by Kind: the order in which they are applied
    QList<QPair<QString, QByteArray>> m_hashInput;
    QHash<QPair<int, QString>, qint64> m_storedIds;
    QHash<int, QSet<QString>> m_definedInJob; // by Kind: ids inserted by this job
    QHash<int, QSet<QString>> m_deletedInJob; // by Kind: ids deleted by this job
    QSet<int> m_incompleteKinds;              // files that could not be read whole
    int m_skippedFiles = 0;                   // files of the format the Cockpit does not import
    qint64 m_withoutEmail = 0;
};

} // namespace

Status DataExchangeImport::run(ImportContext &ctx, const QString &folder)
{
    Importer importer(ctx, folder);
    return importer.run();
}

} // namespace tc
