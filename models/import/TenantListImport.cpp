#include "import/TenantListImport.h"

#include "domain/EmailAddress.h"
#include "domain/NameFolding.h"
#include "domain/PhoneNumber.h"
#include "import/CsvReader.h"
#include "import/ImportDate.h"
#include "import/PersonChanges.h"
#include "import/TenantListProfile.h"
#include "import/TextEncoding.h"
#include "storage/BulkInserter.h"
#include "storage/Database.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSqlError>

namespace tc {

namespace {

using F = TenantListField;

// Longest values a row may hold, per kind of field: far above anything an ERP writes, far below what
// would make the tables unwieldy.
constexpr qsizetype kMaxRefLength = 100;
constexpr qsizetype kMaxNameLength = 200;
constexpr qsizetype kMaxTextLength = 500;

bool hasControlCharacter(QStringView text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 || (u >= 0x7f && u <= 0x9f) || u == 0x2028 || u == 0x2029)
            return true;
    }
    return false;
}

// Addresses and labels may come from spreadsheet cells with line breaks in them: one space instead.
QString simplifiedText(const QString &text)
{
    return hasControlCharacter(text) ? text.simplified() : text.trimmed();
}

std::optional<QString> parseLanguage(QString text)
{
    text = text.trimmed().toLower();
    if (text.size() > 2 && (text.at(2) == u'_' || text.at(2) == u'-'))
        text.truncate(2); // de_CH, fr-CH
    static const QHash<QString, QString> names{
        {QStringLiteral("de"), QStringLiteral("de")},       {QStringLiteral("d"), QStringLiteral("de")},
        {QStringLiteral("deu"), QStringLiteral("de")},      {QStringLiteral("ger"), QStringLiteral("de")},
        {QStringLiteral("deutsch"), QStringLiteral("de")},  {QStringLiteral("german"), QStringLiteral("de")},
        {QStringLiteral("fr"), QStringLiteral("fr")},       {QStringLiteral("f"), QStringLiteral("fr")},
        {QStringLiteral("fra"), QStringLiteral("fr")},      {QStringLiteral("fre"), QStringLiteral("fr")},
        {QStringLiteral("français"), QStringLiteral("fr")}, {QStringLiteral("francais"), QStringLiteral("fr")},
        {QStringLiteral("französisch"), QStringLiteral("fr")}, {QStringLiteral("french"), QStringLiteral("fr")},
        {QStringLiteral("it"), QStringLiteral("it")},       {QStringLiteral("i"), QStringLiteral("it")},
        {QStringLiteral("ita"), QStringLiteral("it")},      {QStringLiteral("italiano"), QStringLiteral("it")},
        {QStringLiteral("italienisch"), QStringLiteral("it")}, {QStringLiteral("italian"), QStringLiteral("it")},
        {QStringLiteral("en"), QStringLiteral("en")},       {QStringLiteral("e"), QStringLiteral("en")},
        {QStringLiteral("eng"), QStringLiteral("en")},      {QStringLiteral("english"), QStringLiteral("en")},
        {QStringLiteral("englisch"), QStringLiteral("en")},
    };
    const auto it = names.constFind(text);
    if (it == names.cend())
        return std::nullopt;
    return *it;
}

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QVariant dateOrNull(QDate date)
{
    return date.isValid() ? QVariant(date) : QVariant(QMetaType::fromType<QDate>());
}

class Importer
{
public:
    Importer(ImportContext &ctx, const QString &path)
        : m_ctx(ctx), m_db(ctx.db), m_path(path), m_file(QFileInfo(path).fileName()), m_phones(ctx.region)
    {
    }

    Status run()
    {
        m_clock.start();
        auto profile = TenantListProfile::load(m_ctx.options.profile);
        if (!profile)
            return rejectFile(profile.error().message);
        m_profile = std::move(*profile);
        if (auto s = scanFile(); !s || rejected())
            return s;
        lap("scan");
        if (auto s = stageRows(); !s || rejected())
            return s;
        lap("stage");
        if (!step(720))
            return cancelled();
        if (auto s = checkRowsAgainstEachOther(); !s)
            return s;
        lap("check");
        if (!m_ctx.report.rejected.isEmpty() && m_ctx.options.strict) {
            m_ctx.report.status = ImportReport::Status::Rejected;
            return {};
        }
        for (auto stepFunction : {&Importer::applyProperties, &Importer::applyUnits, &Importer::applyPersons,
                                  &Importer::applyTenancies, &Importer::endMissingTenancies, &Importer::listAdded}) {
            if (auto s = (this->*stepFunction)(); !s)
                return s;
            lap("step");
            if (!step(m_permille + 40))
                return cancelled();
        }
        if (auto s = m_personChanges.flush(); !s)
            return s;
        return dropStaging();
    }

private:
    // TC_IMPORT_PROFILE=1 prints how long each phase took, for the benchmark's sake.
    void lap(const char *phase)
    {
        static const bool enabled = qEnvironmentVariableIntValue("TC_IMPORT_PROFILE") != 0;
        if (enabled)
            qInfo("import %s: %lld ms", phase, m_clock.restart());
    }

    bool rejected() const { return m_ctx.report.status == ImportReport::Status::Rejected; }

    Status rejectFile(const QString &reason, qint64 line = 0, const QString &column = {})
    {
        m_ctx.report.reject(m_file, line, column, reason);
        m_ctx.report.status = ImportReport::Status::Rejected;
        return {};
    }

    static Status cancelled() { return Error::refused(TenantListImport::tr("Cancelled: nothing was imported.")); }

    bool step(int permille)
    {
        m_permille = std::min(permille, 1000);
        return !m_ctx.progress || m_ctx.progress(m_permille);
    }

    // One pass over the bytes before parsing: the run is recorded with the file's hash, and the
    // encoding must be known before the first field is decoded.
    Status scanFile()
    {
        QFile file(m_path);
        if (!file.open(QIODevice::ReadOnly))
            return rejectFile(TenantListImport::tr("Cannot read the file: %1").arg(file.errorString()));
        m_size = file.size();
        QCryptographicHash hash(QCryptographicHash::Sha256);
        text::Utf8Validator utf8;
        QByteArray chunk(1 << 20, Qt::Uninitialized);
        for (;;) {
            const qint64 n = file.read(chunk.data(), chunk.size());
            if (n < 0)
                return rejectFile(TenantListImport::tr("Cannot read the file: %1").arg(file.errorString()));
            if (n == 0)
                break;
            const QByteArrayView view(chunk.constData(), n);
            hash.addData(view);
            utf8.feed(view);
        }
        const bool validUtf8 = utf8.finish();
        m_ctx.report.sourceSha256 = QString::fromLatin1(hash.result().toHex());
        if (m_size == 0)
            return rejectFile(TenantListImport::tr("The file is empty."));
        m_encoding = m_profile.encoding();
        if (m_encoding == text::Encoding::Auto) {
            m_encoding = validUtf8 ? text::Encoding::Utf8 : text::Encoding::Windows1252;
            if (!validUtf8) {
                m_ctx.report.warnings << TenantListImport::tr("The file is not UTF-8; it was read as Windows-1252.");
            }
        } else if (m_encoding == text::Encoding::Utf8 && !validUtf8) {
            return rejectFile(TenantListImport::tr("The file is not valid UTF-8 (byte %1), but the profile says "
                                                   "it is.").arg(utf8.firstInvalidOffset()));
        }
        return {};
    }

    QString decode(const QByteArray &bytes) const { return text::decode(bytes, m_encoding); }

    Status createStaging()
    {
        const QString temp = m_db.isSQLite() ? QStringLiteral("CREATE TEMP TABLE %1 (%2)")
                                             : QStringLiteral("CREATE TEMP TABLE %1 (%2) ON COMMIT DROP");
        if (auto s = dropStaging(); !s)
            return s;
        const QList<QPair<QString, QString>> tables{
            {QStringLiteral("tc_import_rows"),
             QStringLiteral("line BIGINT NOT NULL, property_ref TEXT NOT NULL, property_name TEXT NOT NULL, "
                            "street TEXT NOT NULL, zip TEXT NOT NULL, city TEXT NOT NULL, unit_ref TEXT NOT NULL, "
                            "unit_label TEXT NOT NULL, tenant_ref TEXT NOT NULL, first_name TEXT NOT NULL, "
                            "last_name TEXT NOT NULL, sort_name TEXT NOT NULL, email TEXT, email_key TEXT, phone TEXT, "
                            "phone_e164 TEXT, language TEXT, move_in DATE NOT NULL, move_out DATE, "
                            "bad INTEGER NOT NULL DEFAULT 0")},
            {QStringLiteral("tc_import_properties"),
             QStringLiteral("ref TEXT PRIMARY KEY, name TEXT NOT NULL, id BIGINT, is_new INTEGER NOT NULL DEFAULT 0")},
            {QStringLiteral("tc_import_buildings"),
             QStringLiteral("property_ref TEXT NOT NULL, street TEXT NOT NULL, zip TEXT NOT NULL, city TEXT NOT NULL, "
                            "property_id BIGINT, id BIGINT, is_new INTEGER NOT NULL DEFAULT 0, "
                            "PRIMARY KEY (property_ref, street, zip, city)")},
            {QStringLiteral("tc_import_units"),
             QStringLiteral("ref TEXT PRIMARY KEY, property_ref TEXT NOT NULL, label TEXT NOT NULL, street TEXT NOT NULL, "
                            "zip TEXT NOT NULL, city TEXT NOT NULL, building_id BIGINT, id BIGINT, "
                            "is_new INTEGER NOT NULL DEFAULT 0")},
            {QStringLiteral("tc_import_persons"),
             QStringLiteral("ref TEXT PRIMARY KEY, first_name TEXT NOT NULL, last_name TEXT NOT NULL, "
                            "sort_name TEXT NOT NULL, email TEXT, email_key TEXT, phone TEXT, phone_e164 TEXT, "
                            "language TEXT, id BIGINT, is_new INTEGER NOT NULL DEFAULT 0")},
            {QStringLiteral("tc_import_tenancies"),
             QStringLiteral("unit_ref TEXT NOT NULL, move_in DATE NOT NULL, move_out DATE, unit_id BIGINT, id BIGINT, "
                            "is_new INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (unit_ref, move_in)")},
        };
        for (const auto &[name, columns] : tables) {
            if (auto r = m_db.exec(temp.arg(name, columns)); !r)
                return r.error();
        }
        return {};
    }

    Status dropStaging()
    {
        const QString drop = m_db.isSQLite() ? QStringLiteral("DROP TABLE IF EXISTS temp.%1")
                                             : QStringLiteral("DROP TABLE IF EXISTS pg_temp.%1");
        for (const char *name : {"tc_import_rows", "tc_import_properties", "tc_import_buildings", "tc_import_units",
                                 "tc_import_persons", "tc_import_tenancies"}) {
            if (auto r = m_db.exec(drop.arg(QLatin1StringView(name))); !r)
                return r.error();
        }
        return {};
    }

    void rejectRow(qint64 line, F field, const QString &reason)
    {
        m_ctx.report.reject(m_file, line, m_columns.headerOf(field), reason);
    }

    // Reads, decodes and checks every row; good ones go to the staging table.
    Status stageRows()
    {
        QFile file(m_path);
        if (!file.open(QIODevice::ReadOnly))
            return rejectFile(TenantListImport::tr("Cannot read the file: %1").arg(file.errorString()));
        CsvReader::Options readerOptions;
        readerOptions.delimiter = m_profile.delimiter();
        CsvReader reader(&file, readerOptions);
        CsvRecord record;
        if (!reader.next(record)) {
            if (reader.hasFatalError())
                return rejectFile(reader.fatalError(), reader.fatalLine());
            return rejectFile(TenantListImport::tr("The file holds no header row: it is empty."));
        }
        if (!record.error.isEmpty())
            return rejectFile(TenantListImport::tr("The header row is malformed: %1").arg(record.error), record.line);
        QStringList headers;
        for (const QByteArray &field : std::as_const(record.fields))
            headers << decode(field).trimmed();
        if (headers.contains(QStringLiteral("importType"))) {
            return rejectFile(TenantListImport::tr("This is one file of an ERP data-exchange job, not a tenant list: "
                                                   "import the job's folder (with its manifest.json) instead."),
                              record.line);
        }
        QStringList unknown;
        auto columns = m_profile.mapHeader(headers, &unknown);
        if (!columns)
            return rejectFile(columns.error().message, record.line);
        m_columns = std::move(*columns);
        for (const QString &header : std::as_const(unknown)) {
            if (!header.isEmpty())
                m_ctx.report.warnings << TenantListImport::tr("The column \"%1\" is not known and was ignored.").arg(header);
        }
        if (auto s = createStaging(); !s)
            return s;

        BulkInserter staging(m_db, QStringLiteral("tc_import_rows"),
                             {QStringLiteral("line"), QStringLiteral("property_ref"), QStringLiteral("property_name"),
                              QStringLiteral("street"), QStringLiteral("zip"), QStringLiteral("city"),
                              QStringLiteral("unit_ref"), QStringLiteral("unit_label"), QStringLiteral("tenant_ref"),
                              QStringLiteral("first_name"), QStringLiteral("last_name"), QStringLiteral("sort_name"),
                              QStringLiteral("email"), QStringLiteral("email_key"), QStringLiteral("phone"),
                              QStringLiteral("phone_e164"), QStringLiteral("language"), QStringLiteral("move_in"),
                              QStringLiteral("move_out")});
        qint64 rows = 0;
        while (reader.next(record)) {
            ++rows;
            if (!record.error.isEmpty()) {
                const int index = record.errorField;
                m_ctx.report.reject(m_file, record.line,
                                    index >= 0 && index < m_columns.headers.size() ? m_columns.headers.at(index) : QString(),
                                    record.error);
                m_rejectedWithoutUnit = true; // the row could not be read: which unit it names is unknown
            } else {
                stageRow(record, staging);
            }
            if (staging.isFull()) {
                if (auto s = staging.flush(); !s)
                    return s;
            }
            if ((rows & 1023) == 0 && !step(int(reader.bytesRead() * 700 / std::max<qint64>(m_size, 1))))
                return cancelled();
        }
        if (reader.hasFatalError())
            return rejectFile(reader.fatalError(), reader.fatalLine());
        if (auto s = staging.flush(); !s)
            return s;
        m_ctx.report.rowsRead = rows;
        if (rows == 0)
            return rejectFile(TenantListImport::tr("The file holds a header row but no tenants."));
        if (m_noPhoneNumber > 0) {
            m_ctx.report.warnings << TenantListImport::tr("%n phone number(s) could not be read as numbers and were kept "
                                                          "as written (first on line %1).", nullptr, int(m_noPhoneNumber))
                                         .arg(m_firstBadPhoneLine);
        }
        return {};
    }

    QString field(const CsvRecord &record, F f) const
    {
        const int i = m_columns.of(f);
        if (i < 0 || i >= record.fields.size())
            return {};
        return decode(record.fields.at(i)).trimmed();
    }

    void stageRow(const CsvRecord &record, BulkInserter &staging)
    {
        const qint64 line = record.line;
        if (record.fields.size() > m_columns.headers.size()) {
            m_ctx.report.reject(m_file, line, {},
                                TenantListImport::tr("The row has %1 fields but the header only %2: a value holds "
                                                     "the delimiter without quotes.")
                                    .arg(record.fields.size())
                                    .arg(m_columns.headers.size()));
            noteRejectedUnit(record);
            return;
        }
        std::array<QString, kTenantListFieldCount> v;
        for (int i = 0; i < kTenantListFieldCount; ++i)
            v[size_t(i)] = field(record, F(i));
        const auto at = [&](F f) -> QString & { return v[size_t(f)]; };

        const auto bad = [&](F f, const QString &reason) {
            rejectRow(line, f, reason);
            if (at(F::UnitRef).isEmpty() || f == F::UnitRef)
                m_rejectedWithoutUnit = true;
            else
                m_rejectedUnits.insert(at(F::UnitRef));
        };
        for (F f : {F::PropertyRef, F::UnitRef, F::TenantRef, F::LastName, F::MoveIn}) {
            if (at(f).isEmpty()) {
                bad(f, TenantListImport::tr("%1 is required.").arg(m_columns.headerOf(f)));
                return;
            }
        }
        for (F f : {F::PropertyRef, F::UnitRef, F::TenantRef}) {
            if (at(f).size() > kMaxRefLength || hasControlCharacter(at(f))) {
                bad(f, TenantListImport::tr("A reference has at most %1 characters and no line breaks.").arg(kMaxRefLength));
                return;
            }
        }
        for (F f : {F::FirstName, F::LastName}) {
            if (at(f).size() > kMaxNameLength || hasControlCharacter(at(f))) {
                bad(f, TenantListImport::tr("A name has at most %1 characters and no line breaks.").arg(kMaxNameLength));
                return;
            }
        }
        for (F f : {F::PropertyName, F::Street, F::Zip, F::City, F::UnitLabel}) {
            at(f) = simplifiedText(at(f));
            if (at(f).size() > kMaxTextLength) {
                bad(f, TenantListImport::tr("The value is longer than %1 characters.").arg(kMaxTextLength));
                return;
            }
        }
        const QDate moveIn = parseImportDate(at(F::MoveIn), m_profile.dateFormat());
        if (!moveIn.isValid()) {
            bad(F::MoveIn, TenantListImport::tr("\"%1\" is not a date (YYYY-MM-DD or DD.MM.YYYY).").arg(at(F::MoveIn)));
            return;
        }
        QDate moveOut;
        if (!at(F::MoveOut).isEmpty()) {
            moveOut = parseImportDate(at(F::MoveOut), m_profile.dateFormat());
            if (!moveOut.isValid()) {
                bad(F::MoveOut, TenantListImport::tr("\"%1\" is not a date (YYYY-MM-DD or DD.MM.YYYY).").arg(at(F::MoveOut)));
                return;
            }
            if (moveOut < moveIn) {
                bad(F::MoveOut, TenantListImport::tr("The move-out date %1 lies before the move-in date %2.")
                                    .arg(moveOut.toString(Qt::ISODate), moveIn.toString(Qt::ISODate)));
                return;
            }
        }
        QString email;
        QString emailKey;
        if (!at(F::Email).isEmpty()) {
            auto normalized = EmailAddress::normalize(at(F::Email));
            if (!normalized) {
                bad(F::Email, TenantListImport::tr("\"%1\" is not an e-mail address: %2")
                                  .arg(at(F::Email).left(kMaxNameLength), normalized.error().message));
                return;
            }
            email = std::move(*normalized);
            emailKey = EmailAddress::comparisonKey(email);
        }
        QString language;
        if (!at(F::Language).isEmpty()) {
            const auto parsed = parseLanguage(at(F::Language));
            if (!parsed) {
                bad(F::Language, TenantListImport::tr("\"%1\" is not a language the Cockpit writes in (de, fr, it, en).")
                                     .arg(at(F::Language).left(kMaxNameLength)));
                return;
            }
            language = *parsed;
        }
        QString phone = at(F::Phone);
        QString e164;
        if (!phone.isEmpty()) {
            if (phone.size() > kMaxNameLength || hasControlCharacter(phone)) {
                bad(F::Phone, TenantListImport::tr("A phone number has at most %1 characters and no line breaks.")
                                  .arg(kMaxNameLength));
                return;
            }
            e164 = m_phones.toE164(phone);
            if (e164.isEmpty() && m_noPhoneNumber++ == 0)
                m_firstBadPhoneLine = line;
        }
        staging.add({line, at(F::PropertyRef), at(F::PropertyName), at(F::Street), at(F::Zip), at(F::City),
                     at(F::UnitRef), at(F::UnitLabel), at(F::TenantRef), at(F::FirstName), at(F::LastName),
                     nameSortKey(at(F::LastName), at(F::FirstName)), textOrNull(email), textOrNull(emailKey),
                     textOrNull(phone), textOrNull(e164), textOrNull(language), moveIn, dateOrNull(moveOut)});
    }

    void noteRejectedUnit(const CsvRecord &record)
    {
        const QString unit = field(record, F::UnitRef);
        if (unit.isEmpty())
            m_rejectedWithoutUnit = true;
        else
            m_rejectedUnits.insert(unit);
    }

    // Rows that are fine alone but contradict each other: one tenant with two sets of personal data,
    // one unit in two properties, one tenancy with two move-out dates. All rows involved are rejected.
    Status checkRowsAgainstEachOther()
    {
        if (auto r = m_db.exec(QStringLiteral("CREATE INDEX tc_import_rows_tenant_idx ON tc_import_rows (tenant_ref)")); !r)
            return r.error();
        if (auto r = m_db.exec(QStringLiteral("CREATE INDEX tc_import_rows_unit_idx ON tc_import_rows (unit_ref, move_in)")); !r)
            return r.error();
        struct Check
        {
            const char *sql;
            QList<F> fields; // one flag column per field, in this order
            const char *reason;
        };
        const QList<Check> checks{
            {"SELECT tenant_ref, COUNT(DISTINCT first_name) > 1, COUNT(DISTINCT last_name) > 1, "
             "COUNT(DISTINCT COALESCE(email_key, '')) > 1, COUNT(DISTINCT COALESCE(phone_e164, phone, '')) > 1, "
             "COUNT(DISTINCT COALESCE(language, '')) > 1 FROM tc_import_rows GROUP BY tenant_ref "
             "HAVING COUNT(*) > 1 AND (COUNT(DISTINCT first_name) > 1 OR COUNT(DISTINCT last_name) > 1 "
             "OR COUNT(DISTINCT COALESCE(email_key, '')) > 1 OR COUNT(DISTINCT COALESCE(phone_e164, phone, '')) > 1 "
             "OR COUNT(DISTINCT COALESCE(language, '')) > 1)",
             {F::FirstName, F::LastName, F::Email, F::Phone, F::Language},
             QT_TRANSLATE_NOOP("TenantListImport", "The tenant %1 appears on lines %2 with different data (%3).")},
            {"SELECT unit_ref, COUNT(DISTINCT property_ref) > 1 FROM tc_import_rows WHERE bad = 0 GROUP BY unit_ref "
             "HAVING COUNT(DISTINCT property_ref) > 1",
             {F::PropertyRef},
             QT_TRANSLATE_NOOP("TenantListImport", "The unit %1 appears on lines %2 in different properties (%3).")},
        };
        for (const Check &check : checks) {
            auto query = m_db.exec(QString::fromLatin1(check.sql));
            if (!query)
                return query.error();
            QList<QPair<QString, QList<F>>> conflicts;
            while (query->next()) {
                QList<F> differing;
                for (int i = 0; i < check.fields.size(); ++i) {
                    if (query->value(i + 1).toBool())
                        differing << check.fields.at(i);
                }
                conflicts << qMakePair(query->value(0).toString(), differing);
            }
            query->finish();
            const bool byTenant = check.fields.first() == F::FirstName;
            for (const auto &[ref, differing] : std::as_const(conflicts)) {
                if (auto s = rejectConflict(byTenant ? QStringLiteral("tenant_ref") : QStringLiteral("unit_ref"), ref,
                                            differing, check.reason);
                    !s)
                    return s;
            }
        }
        // A tenancy (unit and move-in date) whose rows disagree on the move-out date.
        auto query = m_db.exec(QStringLiteral(
            "SELECT unit_ref, move_in FROM tc_import_rows WHERE bad = 0 GROUP BY unit_ref, move_in "
            "HAVING COUNT(DISTINCT move_out) + MAX(CASE WHEN move_out IS NULL THEN 1 ELSE 0 END) > 1"));
        if (!query)
            return query.error();
        QList<QPair<QString, QVariant>> tenancies;
        while (query->next())
            tenancies << qMakePair(query->value(0).toString(), query->value(1));
        query->finish();
        for (const auto &[unit, moveIn] : std::as_const(tenancies)) {
            auto rows = m_db.exec(QStringLiteral("SELECT line FROM tc_import_rows WHERE unit_ref = ? AND move_in = ? "
                                                 "ORDER BY line"),
                                  {unit, moveIn});
            if (!rows)
                return rows.error();
            QList<qint64> lines;
            while (rows->next())
                lines << rows->value(0).toLongLong();
            rows->finish();
            const QString reason = TenantListImport::tr("The tenancy of unit %1 from %2 appears on lines %3 with "
                                                        "different move-out dates.")
                                       .arg(unit, moveIn.toDate().toString(Qt::ISODate), joinLines(lines));
            for (qint64 line : std::as_const(lines))
                rejectRow(line, F::MoveOut, reason);
            m_rejectedUnits.insert(unit);
            if (auto r = m_db.exec(QStringLiteral("UPDATE tc_import_rows SET bad = 1 WHERE unit_ref = ? AND move_in = ?"),
                                   {unit, moveIn});
                !r)
                return r.error();
        }
        return {};
    }

    static QString joinLines(const QList<qint64> &lines)
    {
        QStringList text;
        for (qint64 line : lines)
            text << QString::number(line);
        return text.join(QStringLiteral(", "));
    }

    Status rejectConflict(const QString &column, const QString &ref, const QList<F> &differing, const char *reasonText)
    {
        auto rows = m_db.exec(QStringLiteral("SELECT line, unit_ref FROM tc_import_rows WHERE %1 = ? ORDER BY line").arg(column),
                              {ref});
        if (!rows)
            return rows.error();
        QList<qint64> lines;
        while (rows->next()) {
            lines << rows->value(0).toLongLong();
            m_rejectedUnits.insert(rows->value(1).toString());
        }
        rows->finish();
        QStringList fields;
        for (F f : differing)
            fields << m_columns.headerOf(f);
        const QString reason = TenantListImport::tr(reasonText).arg(ref, joinLines(lines), fields.join(QStringLiteral(", ")));
        for (qint64 line : std::as_const(lines))
            rejectRow(line, differing.value(0, F::TenantRef), reason);
        if (auto r = m_db.exec(QStringLiteral("UPDATE tc_import_rows SET bad = 1 WHERE %1 = ?").arg(column), {ref}); !r)
            return r.error();
        return {};
    }

    Result<qint64> count(const QString &sql, const QVariantList &bindings = {})
    {
        auto value = m_db.scalar(sql, bindings);
        if (!value)
            return value.error();
        return value->toLongLong();
    }

    Status exec(const QString &sql, const QVariantList &bindings = {})
    {
        auto r = m_db.exec(sql, bindings);
        if (!r)
            return r.error();
        r->finish();
        return {};
    }

    Status applyProperties()
    {
        ImportCounts &counts = m_ctx.report.properties;
        if (auto s = exec(QStringLiteral(
                "INSERT INTO tc_import_properties (ref, name) SELECT property_ref, MAX(property_name) "
                "FROM tc_import_rows WHERE bad = 0 GROUP BY property_ref"));
            !s)
            return s;
        if (auto s = exec(QStringLiteral("UPDATE tc_import_properties SET id = (SELECT p.id FROM properties p "
                                         "WHERE p.erp_ref = tc_import_properties.ref)"));
            !s)
            return s;
        auto changed = m_db.exec(QStringLiteral(
            "SELECT s.ref, p.name, s.name FROM tc_import_properties s JOIN properties p ON p.id = s.id "
            "WHERE s.name <> '' AND p.name <> s.name ORDER BY s.ref"));
        if (!changed)
            return changed.error();
        while (changed->next()) {
            ++counts.updated;
            m_ctx.report.addChange({ImportChange::Kind::Changed, QStringLiteral("property"), changed->value(0).toString(),
                                    changed->value(2).toString(), QStringLiteral("name"), changed->value(1).toString(),
                                    changed->value(2).toString()});
        }
        changed->finish();
        auto added = count(QStringLiteral("SELECT COUNT(*) FROM tc_import_properties WHERE id IS NULL"));
        auto all = count(QStringLiteral("SELECT COUNT(*) FROM tc_import_properties"));
        if (!added || !all)
            return !added ? added.error() : all.error();
        counts.added = *added;
        counts.unchanged = *all - *added - counts.updated;
        const QVariantList now{m_ctx.now, m_ctx.now};
        if (auto s = exec(QStringLiteral("UPDATE properties SET name = s.name, updated_at = ? FROM tc_import_properties s "
                                         "WHERE properties.id = s.id AND s.name <> '' AND properties.name <> s.name"),
                          {m_ctx.now});
            !s)
            return s;
        if (auto s = exec(QStringLiteral("INSERT INTO properties (erp_ref, name, created_at, updated_at) "
                                         "SELECT ref, CASE WHEN name = '' THEN ref ELSE name END, ?, ? "
                                         "FROM tc_import_properties WHERE id IS NULL ORDER BY ref"),
                          now);
            !s)
            return s;
        return exec(QStringLiteral("UPDATE tc_import_properties SET is_new = 1, id = (SELECT p.id FROM properties p "
                                   "WHERE p.erp_ref = tc_import_properties.ref) WHERE id IS NULL"));
    }

    // Units, and the buildings they stand in: a tenant list names a building only by its address, so
    // one property's units at one address share a building.
    Status applyUnits()
    {
        if (auto s = exec(QStringLiteral(
                "INSERT INTO tc_import_units (ref, property_ref, label, street, zip, city) "
                "SELECT unit_ref, MAX(property_ref), MAX(unit_label), MAX(street), MAX(zip), MAX(city) "
                "FROM tc_import_rows WHERE bad = 0 GROUP BY unit_ref"));
            !s)
            return s;
        if (auto s = warnAboutDisagreements(); !s)
            return s;
        if (auto s = exec(QStringLiteral(
                "INSERT INTO tc_import_buildings (property_ref, street, zip, city, property_id) "
                "SELECT DISTINCT u.property_ref, u.street, u.zip, u.city, p.id FROM tc_import_units u "
                "JOIN tc_import_properties p ON p.ref = u.property_ref"));
            !s)
            return s;
        if (auto s = exec(QStringLiteral(
                "UPDATE tc_import_buildings SET id = (SELECT MIN(b.id) FROM buildings b "
                "WHERE b.property_id = tc_import_buildings.property_id AND b.street = tc_import_buildings.street "
                "AND b.postal_code = tc_import_buildings.zip AND b.city = tc_import_buildings.city)"));
            !s)
            return s;
        auto addedBuildings = count(QStringLiteral("SELECT COUNT(*) FROM tc_import_buildings WHERE id IS NULL"));
        auto allBuildings = count(QStringLiteral("SELECT COUNT(*) FROM tc_import_buildings"));
        if (!addedBuildings || !allBuildings)
            return !addedBuildings ? addedBuildings.error() : allBuildings.error();
        m_ctx.report.buildings.added = *addedBuildings;
        m_ctx.report.buildings.unchanged = *allBuildings - *addedBuildings;
        if (auto s = exec(QStringLiteral(
                "INSERT INTO buildings (property_id, erp_ref, name, street, house_number, postal_code, city, country, "
                "created_at, updated_at) SELECT b.property_id, NULL, "
                "CASE WHEN b.street <> '' THEN b.street WHEN b.city <> '' THEN b.city ELSE p.name END, "
                "b.street, '', b.zip, b.city, ?, ?, ? FROM tc_import_buildings b JOIN properties p ON p.id = b.property_id "
                "WHERE b.id IS NULL ORDER BY b.property_ref, b.street, b.zip, b.city"),
                          {m_ctx.region, m_ctx.now, m_ctx.now});
            !s)
            return s;
        if (auto s = exec(QStringLiteral(
                "UPDATE tc_import_buildings SET is_new = 1, id = (SELECT MAX(b.id) FROM buildings b "
                "WHERE b.property_id = tc_import_buildings.property_id AND b.street = tc_import_buildings.street "
                "AND b.postal_code = tc_import_buildings.zip AND b.city = tc_import_buildings.city) WHERE id IS NULL"));
            !s)
            return s;

        if (auto s = exec(QStringLiteral(
                "UPDATE tc_import_units SET id = (SELECT x.id FROM units x WHERE x.erp_ref = tc_import_units.ref), "
                "building_id = (SELECT b.id FROM tc_import_buildings b WHERE b.property_ref = tc_import_units.property_ref "
                "AND b.street = tc_import_units.street AND b.zip = tc_import_units.zip AND b.city = tc_import_units.city)"));
            !s)
            return s;
        ImportCounts &counts = m_ctx.report.units;
        auto changed = m_db.exec(QStringLiteral(
            "SELECT s.ref, x.label, s.label, s.label <> '' AND x.label <> s.label, x.building_id <> s.building_id, "
            "ob.street, ob.postal_code, ob.city, s.street, s.zip, s.city, op.erp_ref, s.property_ref "
            "FROM tc_import_units s JOIN units x ON x.id = s.id JOIN buildings ob ON ob.id = x.building_id "
            "JOIN properties op ON op.id = ob.property_id "
            "WHERE (s.label <> '' AND x.label <> s.label) OR x.building_id <> s.building_id ORDER BY s.ref"));
        if (!changed)
            return changed.error();
        while (changed->next()) {
            ++counts.updated;
            const QString ref = changed->value(0).toString();
            const QString label = changed->value(2).toString().isEmpty() ? changed->value(1).toString()
                                                                          : changed->value(2).toString();
            if (changed->value(3).toBool()) {
                m_ctx.report.addChange({ImportChange::Kind::Changed, QStringLiteral("unit"), ref, label,
                                        QStringLiteral("label"), changed->value(1).toString(), changed->value(2).toString()});
            }
            if (changed->value(4).toBool()) {
                const auto address = [&](int first) {
                    return QStringList{changed->value(first).toString(),
                                       (changed->value(first + 1).toString() + u' ' + changed->value(first + 2).toString())
                                           .trimmed()}
                        .join(QStringLiteral(", "));
                };
                const QString before = changed->value(11).toString() + QStringLiteral(": ") + address(5);
                const QString after = changed->value(12).toString() + QStringLiteral(": ") + address(8);
                m_ctx.report.addChange({ImportChange::Kind::Changed, QStringLiteral("unit"), ref, label,
                                        QStringLiteral("address"), before, after});
            }
        }
        changed->finish();
        auto added = count(QStringLiteral("SELECT COUNT(*) FROM tc_import_units WHERE id IS NULL"));
        auto all = count(QStringLiteral("SELECT COUNT(*) FROM tc_import_units"));
        if (!added || !all)
            return !added ? added.error() : all.error();
        counts.added = *added;
        counts.unchanged = *all - *added - counts.updated;
        if (auto s = exec(QStringLiteral(
                "UPDATE units SET label = CASE WHEN s.label = '' THEN units.label ELSE s.label END, "
                "building_id = s.building_id, updated_at = ? FROM tc_import_units s WHERE units.id = s.id "
                "AND ((s.label <> '' AND units.label <> s.label) OR units.building_id <> s.building_id)"),
                          {m_ctx.now});
            !s)
            return s;
        if (auto s = exec(QStringLiteral("INSERT INTO units (building_id, erp_ref, label, created_at, updated_at) "
                                         "SELECT building_id, ref, CASE WHEN label = '' THEN ref ELSE label END, ?, ? "
                                         "FROM tc_import_units WHERE id IS NULL ORDER BY ref"),
                          {m_ctx.now, m_ctx.now});
            !s)
            return s;
        return exec(QStringLiteral("UPDATE tc_import_units SET is_new = 1, id = (SELECT x.id FROM units x "
                                   "WHERE x.erp_ref = tc_import_units.ref) WHERE id IS NULL"));
    }

    // Rows of one unit or one property that disagree on a name or an address are not an error (the
    // identity is the reference), but the office should know which spelling was kept.
    Status warnAboutDisagreements()
    {
        auto query = m_db.exec(QStringLiteral(
            "SELECT r.unit_ref, MIN(r.line), MAX(u.label), MAX(u.street), MAX(u.zip), MAX(u.city) "
            "FROM tc_import_rows r JOIN tc_import_units u ON u.ref = r.unit_ref WHERE r.bad = 0 "
            "GROUP BY r.unit_ref HAVING COUNT(DISTINCT r.unit_label) > 1 OR COUNT(DISTINCT r.street) > 1 "
            "OR COUNT(DISTINCT r.zip) > 1 OR COUNT(DISTINCT r.city) > 1 ORDER BY MIN(r.line) LIMIT 20"));
        if (!query)
            return query.error();
        while (query->next()) {
            m_ctx.report.warnings << TenantListImport::tr("The rows of unit %1 (first on line %2) disagree on its label "
                                                          "or address; kept: %3, %4, %5 %6.")
                                         .arg(query->value(0).toString(), query->value(1).toString(),
                                              query->value(2).toString(), query->value(3).toString(),
                                              query->value(4).toString(), query->value(5).toString());
        }
        query->finish();
        auto names = m_db.exec(QStringLiteral(
            "SELECT property_ref, MIN(line), MAX(property_name) FROM tc_import_rows WHERE bad = 0 AND property_name <> '' "
            "GROUP BY property_ref HAVING COUNT(DISTINCT property_name) > 1 ORDER BY MIN(line) LIMIT 20"));
        if (!names)
            return names.error();
        while (names->next()) {
            m_ctx.report.warnings << TenantListImport::tr("The rows of property %1 (first on line %2) disagree on its "
                                                          "name; kept: %3.")
                                         .arg(names->value(0).toString(), names->value(1).toString(),
                                              names->value(2).toString());
        }
        names->finish();
        return {};
    }

    Status applyPersons()
    {
        if (auto s = exec(QStringLiteral(
                "INSERT INTO tc_import_persons (ref, first_name, last_name, sort_name, email, email_key, phone, "
                "phone_e164, language) SELECT tenant_ref, MAX(first_name), MAX(last_name), MAX(sort_name), MAX(email), "
                "MAX(email_key), MAX(phone), MAX(phone_e164), MAX(language) FROM tc_import_rows WHERE bad = 0 "
                "GROUP BY tenant_ref"));
            !s)
            return s;
        if (auto s = exec(QStringLiteral("UPDATE tc_import_persons SET id = (SELECT p.id FROM persons p "
                                         "WHERE p.erp_ref = tc_import_persons.ref)"));
            !s)
            return s;
        if (auto s = updateChangedPersons(); !s)
            return s;
        ImportCounts &counts = m_ctx.report.tenants;
        auto added = count(QStringLiteral("SELECT COUNT(*) FROM tc_import_persons WHERE id IS NULL"));
        auto all = count(QStringLiteral("SELECT COUNT(*) FROM tc_import_persons"));
        if (!added || !all)
            return !added ? added.error() : all.error();
        counts.added = *added;
        counts.unchanged = *all - *added - counts.updated;
        if (auto s = exec(QStringLiteral(
                "INSERT INTO persons (erp_ref, first_name, last_name, sort_name, email, phone, phone_e164, language, "
                "status, is_alias, source, created_at, updated_at) SELECT ref, first_name, last_name, sort_name, email, "
                "phone, phone_e164, language, 'imported', FALSE, 'erp', ?, ? FROM tc_import_persons WHERE id IS NULL "
                "ORDER BY ref"),
                          {m_ctx.now, m_ctx.now});
            !s)
            return s;
        if (auto s = exec(QStringLiteral("UPDATE tc_import_persons SET is_new = 1, id = (SELECT p.id FROM persons p "
                                         "WHERE p.erp_ref = tc_import_persons.ref) WHERE id IS NULL"));
            !s)
            return s;
        // New people the office cannot write to: later issues offer them an alias user or ask for an address.
        auto noContact = count(QStringLiteral("SELECT COUNT(*) FROM tc_import_persons WHERE is_new = 1 AND email IS NULL"));
        if (!noContact)
            return noContact.error();
        if (*noContact > 0) {
            m_ctx.report.warnings << TenantListImport::tr("%n new tenant(s) have no e-mail address and cannot be "
                                                          "invited yet.", nullptr, int(*noContact));
        }
        return exec(QStringLiteral("INSERT INTO erp_changes (run_id, person_id, kind) SELECT ?, id, 'no_contact' "
                                   "FROM tc_import_persons WHERE is_new = 1 AND email IS NULL ORDER BY id"),
                    {m_ctx.runId});
    }

    Status updateChangedPersons()
    {
        auto changed = m_db.exec(QStringLiteral(
            "SELECT p.id, s.ref, p.first_name, p.last_name, p.email, p.phone, p.phone_e164, p.language, "
            "s.first_name, s.last_name, s.sort_name, s.email, s.email_key, s.phone, s.phone_e164, s.language, p.sort_name "
            "FROM tc_import_persons s JOIN persons p ON p.id = s.id "
            "WHERE p.first_name <> s.first_name OR p.last_name <> s.last_name OR p.sort_name <> s.sort_name "
            "OR p.email IS DISTINCT FROM s.email OR p.phone IS DISTINCT FROM s.phone "
            "OR p.phone_e164 IS DISTINCT FROM s.phone_e164 "
            "OR (s.language IS NOT NULL AND p.language IS DISTINCT FROM s.language) ORDER BY s.ref"));
        if (!changed)
            return changed.error();
        struct Update
        {
            QVariantList values;
        };
        QList<Update> updates;
        while (changed->next()) {
            const auto value = [&](int i) { return changed->value(i).toString(); };
            const qint64 id = changed->value(0).toLongLong();
            const PersonFields before{value(2), value(3), value(4), value(5), value(6), value(7)};
            const PersonFields after{value(8), value(9), value(11), value(13), value(14), value(15)};
            if (m_personChanges.record(id, value(1), before, after))
                ++m_ctx.report.tenants.updated;
            updates << Update{{after.firstName, after.lastName, changed->value(10), textOrNull(after.email),
                               textOrNull(after.phone), textOrNull(after.phoneE164), textOrNull(after.language),
                               m_ctx.now, id}};
        }
        changed->finish();
        if (updates.isEmpty())
            return {};
        QSqlQuery update(m_db.connection());
        if (!update.prepare(QStringLiteral(
                "UPDATE persons SET first_name = ?, last_name = ?, sort_name = ?, email = ?, phone = ?, phone_e164 = ?, "
                "language = COALESCE(?, language), updated_at = ?, row_version = row_version + 1 WHERE id = ?"))) {
            return storageError(update.lastError(), TenantListImport::tr("Cannot update the tenants"));
        }
        for (const Update &u : std::as_const(updates)) {
            for (int i = 0; i < u.values.size(); ++i)
                update.bindValue(i, u.values.at(i));
            if (!update.exec())
                return storageError(update.lastError(), TenantListImport::tr("Cannot update the tenants"));
        }
        return {};
    }

    Status applyTenancies()
    {
        if (auto s = exec(QStringLiteral(
                "INSERT INTO tc_import_tenancies (unit_ref, move_in, move_out, unit_id) "
                "SELECT r.unit_ref, r.move_in, MAX(r.move_out), MAX(u.id) FROM tc_import_rows r "
                "JOIN tc_import_units u ON u.ref = r.unit_ref WHERE r.bad = 0 GROUP BY r.unit_ref, r.move_in"));
            !s)
            return s;
        // Tenancies from a tenant list have no ERP reference: the unit and the move-in date are their identity.
        // (COALESCE, not "erp_ref IS NULL": without statistics SQLite would look the NULLs up in the
        // unique index on erp_ref, which holds every such tenancy, instead of using (unit_id, start_date).)
        if (auto s = exec(QStringLiteral(
                "UPDATE tc_import_tenancies SET id = (SELECT MIN(t.id) FROM tenancies t WHERE t.unit_id = "
                "tc_import_tenancies.unit_id AND t.start_date = tc_import_tenancies.move_in AND COALESCE(t.erp_ref, '') = '')"));
            !s)
            return s;
        if (auto s = exec(QStringLiteral("CREATE INDEX tc_import_tenancies_id_idx ON tc_import_tenancies (id)")); !s)
            return s;
        ImportCounts &counts = m_ctx.report.tenancies;
        auto changed = m_db.exec(QStringLiteral(
            "SELECT t.id, s.unit_ref, s.move_in, t.end_date, s.move_out, u.label "
            "FROM tc_import_tenancies s JOIN tenancies t ON t.id = s.id JOIN units u ON u.id = t.unit_id "
            "WHERE t.end_date IS DISTINCT FROM s.move_out ORDER BY s.unit_ref, s.move_in"));
        if (!changed)
            return changed.error();
        QList<QPair<qint64, QVariant>> endDates;
        QList<qint64> ended;
        while (changed->next()) {
            const qint64 id = changed->value(0).toLongLong();
            const QDate before = changed->value(3).toDate();
            const QDate after = changed->value(4).toDate();
            const QString ref = tenancyRef(changed->value(1).toString(), changed->value(2).toDate());
            const bool endsNow = !before.isValid() && after.isValid();
            if (endsNow) {
                ++counts.ended;
                ended << id;
            } else {
                ++counts.updated;
            }
            m_ctx.report.addChange({endsNow ? ImportChange::Kind::Ended : ImportChange::Kind::Changed,
                                    QStringLiteral("tenancy"), ref, changed->value(5).toString(),
                                    QStringLiteral("end_date"), before.toString(Qt::ISODate), after.toString(Qt::ISODate)});
            endDates << qMakePair(id, dateOrNull(after));
        }
        changed->finish();
        for (const auto &[id, endDate] : std::as_const(endDates)) {
            if (auto s = exec(QStringLiteral("UPDATE tenancies SET end_date = ?, updated_at = ? WHERE id = ?"),
                              {endDate, m_ctx.now, id});
                !s)
                return s;
        }
        if (auto s = recordEnded(ended); !s)
            return s;
        auto added = count(QStringLiteral("SELECT COUNT(*) FROM tc_import_tenancies WHERE id IS NULL"));
        auto all = count(QStringLiteral("SELECT COUNT(*) FROM tc_import_tenancies"));
        if (!added || !all)
            return !added ? added.error() : all.error();
        counts.added = *added;
        counts.unchanged = *all - *added - counts.updated - counts.ended;
        if (auto s = exec(QStringLiteral("INSERT INTO tenancies (unit_id, erp_ref, start_date, end_date, created_at, "
                                         "updated_at) SELECT unit_id, NULL, move_in, move_out, ?, ? "
                                         "FROM tc_import_tenancies WHERE id IS NULL ORDER BY unit_ref, move_in"),
                          {m_ctx.now, m_ctx.now});
            !s)
            return s;
        if (auto s = exec(QStringLiteral(
                "UPDATE tc_import_tenancies SET is_new = 1, id = (SELECT MAX(t.id) FROM tenancies t WHERE t.unit_id = "
                "tc_import_tenancies.unit_id AND t.start_date = tc_import_tenancies.move_in AND COALESCE(t.erp_ref, '') = '') "
                "WHERE id IS NULL"));
            !s)
            return s;
        // A person who already lived with the office and now moves into another unit: worth a line in their history.
        if (auto s = exec(QStringLiteral(
                "INSERT INTO erp_changes (run_id, person_id, kind, new_value) "
                "SELECT DISTINCT ?, p.id, 'tenancy_started', t.unit_ref FROM tc_import_rows r "
                "JOIN tc_import_tenancies t ON t.unit_ref = r.unit_ref AND t.move_in = r.move_in "
                "JOIN tc_import_persons p ON p.ref = r.tenant_ref WHERE r.bad = 0 AND p.is_new = 0 "
                "AND NOT EXISTS (SELECT 1 FROM tenancy_persons x WHERE x.tenancy_id = t.id AND x.person_id = p.id)"),
                          {m_ctx.runId});
            !s)
            return s;
        return exec(QStringLiteral(
            "INSERT INTO tenancy_persons (tenancy_id, person_id) SELECT DISTINCT t.id, p.id FROM tc_import_rows r "
            "JOIN tc_import_tenancies t ON t.unit_ref = r.unit_ref AND t.move_in = r.move_in "
            "JOIN tc_import_persons p ON p.ref = r.tenant_ref WHERE r.bad = 0 "
            "AND NOT EXISTS (SELECT 1 FROM tenancy_persons x WHERE x.tenancy_id = t.id AND x.person_id = p.id)"));
    }

    static QString tenancyRef(const QString &unitRef, QDate moveIn)
    {
        return unitRef + u'@' + moveIn.toString(Qt::ISODate);
    }

    Status recordEnded(const QList<qint64> &tenancyIds)
    {
        for (qint64 id : tenancyIds) {
            if (auto s = exec(QStringLiteral("INSERT INTO erp_changes (run_id, person_id, kind, new_value) "
                                             "SELECT ?, tp.person_id, 'tenancy_ended', CAST(t.end_date AS TEXT) FROM tenancy_persons tp "
                                             "JOIN tenancies t ON t.id = tp.tenancy_id WHERE tp.tenancy_id = ?"),
                              {m_ctx.runId, id});
                !s)
                return s;
        }
        return {};
    }

    // Snapshot: the file is the ERP's whole current list, so an open tenancy it no longer holds has ended.
    // Tenancies of units named by a rejected row are left alone: a typo must not move anybody out.
    Status endMissingTenancies()
    {
        if (m_ctx.options.mode.value_or(ImportMode::Snapshot) != ImportMode::Snapshot)
            return {};
        if (m_rejectedWithoutUnit) {
            m_ctx.report.warnings << TenantListImport::tr("Some rejected rows name no readable unit, so no tenancy was "
                                                          "ended for missing from this snapshot.");
            return {};
        }
        auto missing = m_db.exec(QStringLiteral(
            "SELECT t.id, u.erp_ref, t.start_date, u.label FROM tenancies t JOIN units u ON u.id = t.unit_id "
            "WHERE t.erp_ref IS NULL AND t.end_date IS NULL "
            "AND NOT EXISTS (SELECT 1 FROM tc_import_tenancies s WHERE s.id = t.id) ORDER BY u.erp_ref, t.start_date"));
        if (!missing)
            return missing.error();
        QList<QPair<qint64, QDate>> toEnd;
        qint64 kept = 0;
        while (missing->next()) {
            const QString unitRef = missing->value(1).toString();
            if (m_rejectedUnits.contains(unitRef)) {
                ++kept;
                continue;
            }
            const QDate start = missing->value(2).toDate();
            const QDate end = std::max(start, m_ctx.today);
            toEnd << qMakePair(missing->value(0).toLongLong(), end);
            m_ctx.report.addChange({ImportChange::Kind::Ended, QStringLiteral("tenancy"), tenancyRef(unitRef, start),
                                    missing->value(3).toString(), QStringLiteral("end_date"), QString(),
                                    end.toString(Qt::ISODate)});
        }
        missing->finish();
        if (kept > 0) {
            m_ctx.report.warnings << TenantListImport::tr("%n tenancy(ies) missing from this snapshot were kept open "
                                                          "because rejected rows name their units.", nullptr, int(kept));
        }
        QList<qint64> ids;
        for (const auto &[id, end] : std::as_const(toEnd)) {
            if (auto s = exec(QStringLiteral("UPDATE tenancies SET end_date = ?, updated_at = ? WHERE id = ?"),
                              {end, m_ctx.now, id});
                !s)
                return s;
            ids << id;
        }
        m_ctx.report.tenancies.ended += ids.size();
        return recordEnded(ids);
    }

    // The preview lists what is new after what changed, so a long list of additions cannot hide a change.
    Status listAdded()
    {
        const qsizetype room = ImportReport::kMaxChanges - m_ctx.report.changes.size();
        if (room <= 0) {
            m_ctx.report.changesTruncated = m_ctx.report.changesTruncated || m_ctx.report.tenants.added > 0
                                            || m_ctx.report.tenancies.added > 0;
            return {};
        }
        struct Listing
        {
            const char *sql;
            const char *entity;
        };
        const QList<Listing> listings{
            {"SELECT ref, CASE WHEN first_name = '' THEN last_name ELSE first_name || ' ' || last_name END "
             "FROM tc_import_persons WHERE is_new = 1 ORDER BY ref",
             "tenant"},
            {"SELECT ref, name FROM tc_import_properties WHERE is_new = 1 ORDER BY ref", "property"},
            {"SELECT property_ref, street || ', ' || zip || ' ' || city FROM tc_import_buildings WHERE is_new = 1 "
             "ORDER BY property_ref, street", "building"},
            {"SELECT ref, label FROM tc_import_units WHERE is_new = 1 ORDER BY ref", "unit"},
            {"SELECT s.unit_ref, s.move_in, u.label FROM tc_import_tenancies s JOIN units u ON u.id = s.unit_id "
             "WHERE s.is_new = 1 ORDER BY s.unit_ref, s.move_in", "tenancy"},
        };
        for (const Listing &listing : listings) {
            auto query = m_db.exec(QString::fromLatin1(listing.sql) + QStringLiteral(" LIMIT %1").arg(ImportReport::kMaxChanges + 1));
            if (!query)
                return query.error();
            const QString entity = QString::fromLatin1(listing.entity);
            const bool tenancy = entity == u"tenancy";
            while (query->next()) {
                const QString ref = tenancy ? tenancyRef(query->value(0).toString(), query->value(1).toDate())
                                            : query->value(0).toString();
                m_ctx.report.addChange({ImportChange::Kind::Added, entity, ref, query->value(tenancy ? 2 : 1).toString(),
                                        {}, {}, {}});
            }
            query->finish();
        }
        return {};
    }

    ImportContext &m_ctx;
    const Database &m_db;
    QElapsedTimer m_clock;
    QString m_path;
    QString m_file;
    PhoneNumberNormalizer m_phones;
    TenantListProfile m_profile = TenantListProfile::automatic();
    TenantListColumns m_columns;
    text::Encoding m_encoding = text::Encoding::Utf8;
    qint64 m_size = 0;
    int m_permille = 0;
    qint64 m_noPhoneNumber = 0;
    qint64 m_firstBadPhoneLine = 0;
    QSet<QString> m_rejectedUnits;
    bool m_rejectedWithoutUnit = false;
    PersonChanges m_personChanges{m_ctx};
};

} // namespace

Status TenantListImport::run(ImportContext &ctx, const QString &path)
{
    ctx.report.format = ImportFormat::TenantList;
    ctx.report.mode = ctx.options.mode.value_or(ImportMode::Snapshot);
    Importer importer(ctx, path);
    return importer.run();
}

} // namespace tc
