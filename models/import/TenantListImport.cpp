#include "import/TenantListImport.h"

#include "domain/EmailAddress.h"
#include "domain/NameFolding.h"
#include "domain/PhoneNumber.h"
#include "domain/TextChecks.h"
#include "import/CsvReader.h"
#include "import/ImportDate.h"
#include "import/PersonChanges.h"
#include "import/TenantListProfile.h"
#include "import/TextEncoding.h"
#include "storage/Database.h"
#include "storage/IndexDeferral.h"
#include "storage/PreparedStatement.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <openssl/evp.h>

#include <memory>
#include <QScopeGuard>
#include <QSqlError>

namespace tc {

namespace {

using F = TenantListField;

// Longest values a row may hold, per kind of field: far above anything an ERP writes, far below what
// would make the tables unwieldy.
constexpr qsizetype kMaxRefLength = 100;
constexpr qsizetype kMaxNameLength = 200;
constexpr qsizetype kMaxTextLength = 500;

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

// One row of the file, checked and in the form it is stored in.
struct RowValues
{
    qint64 line = 0;
    QString propertyRef, propertyName, street, zip, city, unitRef, unitLabel, tenantRef;
    PersonFields person;
    QDate moveIn, moveOut;
};

QString tenancyKey(const QString &unitRef, QDate moveIn)
{
    return unitRef + u'@' + isoDateText(moveIn);
}

// Which records of a table this run has already met, by database id: the first row that names a
// record decides what is stored; a later row that says something else about it contradicts it.
class SeenIds
{
public:
    bool contains(qint64 id) const { return id >= 0 && size_t(id) < m_bits.size() && m_bits[size_t(id)]; }
    void insert(qint64 id)
    {
        if (size_t(id) >= m_bits.size())
            m_bits.resize(std::max(size_t(id) + 1, m_bits.size() * 2), false);
        m_bits[size_t(id)] = true;
    }

private:
    std::vector<bool> m_bits;
};

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
        if (auto s = loadSmallTables(); !s)
            return s;
        auto deferral = deferIndexes();
        if (!deferral)
            return deferral.error();
        // The rows are applied as they are read. Rows that contradict each other (one tenant with two
        // sets of data, one unit in two properties) only show up later in the file; then the pass is
        // undone and made again without them, so all their rows are rejected alike.
        const ImportReport before = m_ctx.report;
        if (auto s = m_db.exec(QStringLiteral("SAVEPOINT tc_tenant_list")); !s)
            return s.error();
        if (auto s = pass(); !s || rejected())
            return s;
        lap("pass");
        if (!m_conflictTenants.isEmpty() || !m_conflictUnits.isEmpty() || !m_conflictTenancies.isEmpty()) {
            if (auto s = m_db.exec(QStringLiteral("ROLLBACK TO SAVEPOINT tc_tenant_list")); !s)
                return s.error();
            m_ctx.report = before;
            if (auto s = loadSmallTables(); !s)
                return s;
            m_secondPass = true;
            if (auto s = pass(); !s || rejected())
                return s;
            rejectConflicts();
            lap("second pass");
        }
        if (auto s = m_db.exec(QStringLiteral("RELEASE SAVEPOINT tc_tenant_list")); !s)
            return s.error();
        // Strict: one bad row and nothing applies. And a file none of whose rows could be used has
        // applied nothing either, whatever the mode (a snapshot of nothing must not end anything).
        if (!m_ctx.report.rejected.isEmpty() && (m_ctx.options.strict || m_appliedRows == 0)) {
            m_ctx.report.status = ImportReport::Status::Rejected;
            return {};
        }
        if (!step(950))
            return cancelled();
        if (auto s = endMissingTenancies(); !s)
            return s;
        lap("end missing");
        if (*deferral) {
            if (auto s = (*deferral)->restore(); !s)
                return s;
            lap("indexes");
        }
        for (ImportChange &change : m_added)
            m_ctx.report.addChange(std::move(change));
        if (m_addedTruncated)
            m_ctx.report.changesTruncated = true;
        return {};
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
        // OpenSSL's SHA-256 runs several times faster than QCryptographicHash's, and every byte passes here.
        std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> hash(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
        if (!hash || EVP_DigestInit_ex(hash.get(), EVP_sha256(), nullptr) != 1)
            return Error::internal(TenantListImport::tr("SHA-256 is not available."));
        text::Utf8Validator utf8;
        QByteArray chunk(1 << 20, Qt::Uninitialized);
        for (;;) {
            const qint64 n = file.read(chunk.data(), chunk.size());
            if (n < 0)
                return rejectFile(TenantListImport::tr("Cannot read the file: %1").arg(file.errorString()));
            if (n == 0)
                break;
            const QByteArrayView view(chunk.constData(), n);
            EVP_DigestUpdate(hash.get(), view.data(), size_t(view.size()));
            utf8.feed(view);
        }
        const bool validUtf8 = utf8.finish();
        unsigned char digest[EVP_MAX_MD_SIZE];
        unsigned int digestSize = 0;
        EVP_DigestFinal_ex(hash.get(), digest, &digestSize);
        m_ctx.report.sourceSha256 = QString::fromLatin1(
            QByteArray(reinterpret_cast<const char *>(digest), int(digestSize)).toHex());
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

    void rejectRow(qint64 line, F field, const QString &reason)
    {
        m_ctx.report.reject(m_file, line, m_columns.headerOf(field), reason);
    }

    // Reads, decodes and checks every row, and applies the good ones.
    Status pass()
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
        m_people.emplace(m_ctx);
        m_rejectedUnits.clear();
        m_rejectedWithoutUnit = false;
        m_noPhoneNumber = 0;
        m_added.clear();
        m_addedTruncated = false;
        m_seenPersons = {};
        m_seenUnits = {};
        m_seenTenancies = {};
        m_warnedUnits.clear();
        m_warnedProperties.clear();
        qint64 rows = 0;
        m_appliedRows = 0;
        while (reader.next(record)) {
            ++rows;
            if (!record.error.isEmpty()) {
                const int index = record.errorField;
                m_ctx.report.reject(m_file, record.line,
                                    index >= 0 && index < m_columns.headers.size() ? m_columns.headers.at(index) : QString(),
                                    record.error);
                m_rejectedWithoutUnit = true; // the row could not be read: which unit it names is unknown
            } else if (auto values = parseRow(record)) {
                if (!skipConflicting(*values)) {
                    if (auto s = applyRow(*values); !s)
                        return s;
                    ++m_appliedRows;
                }
            }
            if ((rows & 1023) == 0
                && !step(m_secondPass ? 900 + int(reader.bytesRead() * 40 / std::max<qint64>(m_size, 1))
                                      : int(reader.bytesRead() * 900 / std::max<qint64>(m_size, 1))))
                return cancelled();
        }
        if (reader.hasFatalError())
            return rejectFile(reader.fatalError(), reader.fatalLine());
        if (auto s = m_people->flush(); !s)
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

    std::optional<RowValues> parseRow(const CsvRecord &record)
    {
        const qint64 line = record.line;
        if (record.fields.size() > m_columns.headers.size()) {
            m_ctx.report.reject(m_file, line, {},
                                TenantListImport::tr("The row has %1 fields but the header only %2: a value holds "
                                                     "the delimiter without quotes.")
                                    .arg(record.fields.size())
                                    .arg(m_columns.headers.size()));
            // The values have shifted: the unit column may hold another field's value.
            m_rejectedWithoutUnit = true;
            return std::nullopt;
        }
        std::array<QString, kTenantListFieldCount> v;
        for (int i = 0; i < kTenantListFieldCount; ++i) {
            v[size_t(i)] = field(record, F(i));
            if (v[size_t(i)].isNull())
                v[size_t(i)] = QStringLiteral(""); // an absent column is an empty value, never SQL NULL
        }
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
                return std::nullopt;
            }
        }
        for (F f : {F::PropertyRef, F::UnitRef, F::TenantRef}) {
            if (at(f).size() > kMaxRefLength || hasControlCharacter(at(f))) {
                bad(f, TenantListImport::tr("A reference has at most %1 characters and no line breaks.").arg(kMaxRefLength));
                return std::nullopt;
            }
        }
        for (F f : {F::FirstName, F::LastName}) {
            if (at(f).size() > kMaxNameLength || hasControlCharacter(at(f))) {
                bad(f, TenantListImport::tr("A name has at most %1 characters and no line breaks.").arg(kMaxNameLength));
                return std::nullopt;
            }
        }
        for (F f : {F::PropertyName, F::Street, F::Zip, F::City, F::UnitLabel}) {
            at(f) = simplifiedText(at(f));
            if (at(f).size() > kMaxTextLength) {
                bad(f, TenantListImport::tr("The value is longer than %1 characters.").arg(kMaxTextLength));
                return std::nullopt;
            }
        }
        const QDate moveIn = parseImportDate(at(F::MoveIn), m_profile.dateFormat());
        if (!moveIn.isValid()) {
            bad(F::MoveIn, TenantListImport::tr("\"%1\" is not a date (YYYY-MM-DD or DD.MM.YYYY).").arg(at(F::MoveIn)));
            return std::nullopt;
        }
        QDate moveOut;
        if (!at(F::MoveOut).isEmpty()) {
            moveOut = parseImportDate(at(F::MoveOut), m_profile.dateFormat());
            if (!moveOut.isValid()) {
                bad(F::MoveOut, TenantListImport::tr("\"%1\" is not a date (YYYY-MM-DD or DD.MM.YYYY).").arg(at(F::MoveOut)));
                return std::nullopt;
            }
            if (moveOut < moveIn) {
                bad(F::MoveOut, TenantListImport::tr("The move-out date %1 lies before the move-in date %2.")
                                    .arg(moveOut.toString(Qt::ISODate), moveIn.toString(Qt::ISODate)));
                return std::nullopt;
            }
        }
        QString email;
        if (!at(F::Email).isEmpty()) {
            auto normalized = EmailAddress::normalize(at(F::Email));
            if (!normalized) {
                bad(F::Email, TenantListImport::tr("\"%1\" is not an e-mail address: %2")
                                  .arg(at(F::Email).left(kMaxNameLength), normalized.error().message));
                return std::nullopt;
            }
            email = std::move(*normalized);
        }
        QString language;
        if (!at(F::Language).isEmpty()) {
            const auto parsed = parseLanguage(at(F::Language));
            if (!parsed) {
                bad(F::Language, TenantListImport::tr("\"%1\" is not a language the Cockpit writes in (de, fr, it, en).")
                                     .arg(at(F::Language).left(kMaxNameLength)));
                return std::nullopt;
            }
            language = *parsed;
        }
        QString phone = at(F::Phone);
        QString e164;
        if (!phone.isEmpty()) {
            if (phone.size() > kMaxNameLength || hasControlCharacter(phone)) {
                bad(F::Phone, TenantListImport::tr("A phone number has at most %1 characters and no line breaks.")
                                  .arg(kMaxNameLength));
                return std::nullopt;
            }
            e164 = m_phones.toE164(phone);
            if (e164.isEmpty() && m_noPhoneNumber++ == 0)
                m_firstBadPhoneLine = line;
        }
        RowValues row;
        row.line = line;
        row.propertyRef = at(F::PropertyRef);
        row.propertyName = at(F::PropertyName);
        row.street = at(F::Street);
        row.zip = at(F::Zip);
        row.city = at(F::City);
        row.unitRef = at(F::UnitRef);
        row.unitLabel = at(F::UnitLabel);
        row.tenantRef = at(F::TenantRef);
        row.person = {at(F::FirstName), at(F::LastName), email, phone, e164, language};
        row.moveIn = moveIn;
        row.moveOut = moveOut;
        return row;
    }

    // ---- applying ---------------------------------------------------------------------------------

    // A file that brings many more tenants than the office has (the first import, typically) is
    // loaded faster without the secondary indexes, which are built once at the end. Only on SQLite:
    // on a shared PostgreSQL server dropping an index would lock the table for every other agent.
    // The indexes the import looks rows up by are unique constraints and stay.
    Result<std::optional<IndexDeferral>> deferIndexes()
    {
        if (!m_db.isSQLite() || m_size < 2'000'000)
            return std::optional<IndexDeferral>();
        auto persons = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM persons"));
        if (!persons)
            return persons.error();
        const qint64 estimatedRows = m_size / 120;
        if (estimatedRows < 2 * persons->toLongLong())
            return std::optional<IndexDeferral>();
        auto deferral = IndexDeferral::dropIndexes(
            m_db, {QStringLiteral("persons"), QStringLiteral("units"), QStringLiteral("tenancy_persons")});
        if (!deferral)
            return deferral.error();
        return std::optional<IndexDeferral>(std::move(*deferral));
    }

    struct PropertyState
    {
        qint64 id = 0;
        QString name;
        bool seen = false;
    };

    // Properties and buildings are few (one per 20 tenants or so): kept in memory. Units, tenants and
    // tenancies are looked up through their indexes, so a million rows need no more memory than ten.
    Status loadSmallTables()
    {
        m_properties.clear();
        m_buildings.clear();
        m_seenBuildings.clear();
        PreparedStatement properties(m_db, QStringLiteral("SELECT id, erp_ref, name FROM properties WHERE erp_ref IS NOT NULL"));
        auto row = properties.exec();
        while (row && *row) {
            m_properties.insert(properties.text(1), PropertyState{properties.integer(0), properties.text(2), false});
            row = properties.next();
        }
        if (!row)
            return row.error();
        PreparedStatement buildings(m_db, QStringLiteral("SELECT id, property_id, street, postal_code, city FROM buildings "
                                                         "ORDER BY id DESC"));
        row = buildings.exec();
        while (row && *row) {
            // Descending ids: the oldest building with an address wins, as in every later lookup.
            m_buildings.insert(buildingKey(buildings.integer(1), buildings.text(2), buildings.text(3), buildings.text(4)),
                               buildings.integer(0));
            row = buildings.next();
        }
        if (!row)
            return row.error();
        return {};
    }

    static QString buildingKey(qint64 propertyId, const QString &street, const QString &zip, const QString &city)
    {
        return QString::number(propertyId) + QChar(0x1f) + street + QChar(0x1f) + zip + QChar(0x1f) + city;
    }

    void added(const QString &entity, const QString &ref, const QString &name)
    {
        if (m_added.size() >= ImportReport::kMaxChanges) {
            m_addedTruncated = true;
            return;
        }
        m_added << ImportChange{ImportChange::Kind::Added, entity, ref, name, {}, {}, {}};
    }

    void changed(const QString &entity, const QString &ref, const QString &name, const QString &field,
                 const QString &before, const QString &after)
    {
        m_ctx.report.addChange({ImportChange::Kind::Changed, entity, ref, name, field, before, after});
    }

    bool skipConflicting(const RowValues &row)
    {
        if (!m_secondPass)
            return false;
        const QString tenancy = tenancyKey(row.unitRef, row.moveIn);
        QString key;
        if (m_conflictTenants.contains(row.tenantRef))
            key = QStringLiteral("t:") + row.tenantRef;
        else if (m_conflictUnits.contains(row.unitRef))
            key = QStringLiteral("u:") + row.unitRef;
        else if (m_conflictTenancies.contains(tenancy))
            key = QStringLiteral("y:") + tenancy;
        else
            return false;
        m_conflictLines[key] << row.line;
        m_rejectedUnits.insert(row.unitRef);
        return true;
    }

    // After the second pass: every row of a contradicting tenant, unit or tenancy is rejected, with
    // the lines that contradict each other named.
    void rejectConflicts()
    {
        QList<ImportRejection> rejections;
        for (auto it = m_conflictLines.cbegin(); it != m_conflictLines.cend(); ++it) {
            QStringList lines;
            for (qint64 line : it.value())
                lines << QString::number(line);
            const QString ref = it.key().mid(2);
            QString reason;
            QString column;
            switch (it.key().at(0).unicode()) {
            case u't':
                column = m_columns.headerOf(m_conflictTenants.value(ref));
                reason = TenantListImport::tr("The tenant %1 appears on lines %2 with different data (%3).")
                             .arg(ref, lines.join(QStringLiteral(", ")), column);
                break;
            case u'u':
                column = m_columns.headerOf(F::PropertyRef);
                reason = TenantListImport::tr("The unit %1 appears on lines %2 in different properties.")
                             .arg(ref, lines.join(QStringLiteral(", ")));
                break;
            default:
                column = m_columns.headerOf(F::MoveOut);
                reason = TenantListImport::tr("The tenancy %1 appears on lines %2 with different move-out dates.")
                             .arg(ref, lines.join(QStringLiteral(", ")));
                break;
            }
            for (qint64 line : it.value())
                rejections << ImportRejection{m_file, line, column, reason};
        }
        m_ctx.report.rejected << rejections;
        std::stable_sort(m_ctx.report.rejected.begin(), m_ctx.report.rejected.end(),
                         [](const ImportRejection &a, const ImportRejection &b) { return a.line < b.line; });
    }

    Status applyRow(const RowValues &row)
    {
        auto propertyId = applyProperty(row);
        if (!propertyId)
            return propertyId.error();
        auto buildingId = applyBuilding(row, *propertyId);
        if (!buildingId)
            return buildingId.error();
        auto unitId = applyUnit(row, *propertyId, *buildingId);
        if (!unitId)
            return unitId.error();
        if (*unitId == 0)
            return {}; // the unit contradicts an earlier row: the second pass rejects the rows
        auto person = applyPerson(row);
        if (!person)
            return person.error();
        auto tenancyId = applyTenancy(row, *unitId);
        if (!tenancyId)
            return tenancyId.error();
        if (person->first == 0 || *tenancyId == 0)
            return {};
        return applyLink(row, *tenancyId, person->first, person->second);
    }

    Result<qint64> applyProperty(const RowValues &row)
    {
        ImportCounts &counts = m_ctx.report.properties;
        auto it = m_properties.find(row.propertyRef);
        if (it == m_properties.end()) {
            const QString name = row.propertyName.isEmpty() ? row.propertyRef : row.propertyName;
            m_insertProperty.bind(0, row.propertyRef);
            m_insertProperty.bind(1, name);
            m_insertProperty.bind(2, m_ctx.now);
            m_insertProperty.bind(3, m_ctx.now);
            auto id = insertedId(m_insertProperty);
            if (!id)
                return id.error();
            m_properties.insert(row.propertyRef, PropertyState{*id, name, true});
            ++counts.added;
            added(QStringLiteral("property"), row.propertyRef, name);
            return *id;
        }
        if (!it->seen) {
            it->seen = true;
            if (!row.propertyName.isEmpty() && row.propertyName != it->name) {
                m_updateProperty.bind(0, row.propertyName);
                m_updateProperty.bind(1, m_ctx.now);
                m_updateProperty.bind(2, it->id);
                if (auto r = m_updateProperty.exec(); !r)
                    return r.error();
                changed(QStringLiteral("property"), row.propertyRef, row.propertyName, QStringLiteral("name"), it->name,
                        row.propertyName);
                it->name = row.propertyName;
                ++counts.updated;
            } else {
                ++counts.unchanged;
            }
        } else if (!row.propertyName.isEmpty() && row.propertyName != it->name && !m_warnedProperties.contains(row.propertyRef)) {
            m_warnedProperties.insert(row.propertyRef);
            m_ctx.report.warnings << TenantListImport::tr("The rows of property %1 disagree on its name (line %2); "
                                                          "kept: %3.")
                                         .arg(row.propertyRef)
                                         .arg(row.line)
                                         .arg(it->name);
        }
        return it->id;
    }

    // A tenant list names a building only by its address: one property's units at one address share one.
    Result<qint64> applyBuilding(const RowValues &row, qint64 propertyId)
    {
        const QString key = buildingKey(propertyId, row.street, row.zip, row.city);
        ImportCounts &counts = m_ctx.report.buildings;
        if (const auto it = m_buildings.constFind(key); it != m_buildings.cend()) {
            if (!m_seenBuildings.contains(*it)) {
                m_seenBuildings.insert(*it);
                ++counts.unchanged;
            }
            return *it;
        }
        const QString name = !row.street.isEmpty() ? row.street
                             : !row.city.isEmpty() ? row.city
                                                   : m_properties.value(row.propertyRef).name;
        m_insertBuilding.bind(0, propertyId);
        m_insertBuilding.bind(1, name);
        m_insertBuilding.bind(2, row.street);
        m_insertBuilding.bind(3, row.zip);
        m_insertBuilding.bind(4, row.city);
        m_insertBuilding.bind(5, m_ctx.region);
        m_insertBuilding.bind(6, m_ctx.now);
        m_insertBuilding.bind(7, m_ctx.now);
        auto id = insertedId(m_insertBuilding);
        if (!id)
            return id.error();
        m_buildings.insert(key, *id);
        m_seenBuildings.insert(*id);
        ++counts.added;
        added(QStringLiteral("building"), row.propertyRef,
              QStringList{row.street, (row.zip + u' ' + row.city).trimmed()}.join(QStringLiteral(", ")));
        return *id;
    }

    // The unit's id, or 0 when this row puts it into another property than an earlier row did.
    Result<qint64> applyUnit(const RowValues &row, qint64 propertyId, qint64 buildingId)
    {
        ImportCounts &counts = m_ctx.report.units;
        m_findUnit.bind(0, row.unitRef);
        auto found = m_findUnit.exec();
        if (!found)
            return found.error();
        if (!*found) {
            const QString label = row.unitLabel.isEmpty() ? row.unitRef : row.unitLabel;
            m_insertUnit.bind(0, buildingId);
            m_insertUnit.bind(1, row.unitRef);
            m_insertUnit.bind(2, label);
            m_insertUnit.bind(3, m_ctx.now);
            m_insertUnit.bind(4, m_ctx.now);
            auto id = insertedId(m_insertUnit);
            if (!id)
                return id.error();
            m_seenUnits.insert(*id);
            ++counts.added;
            added(QStringLiteral("unit"), row.unitRef, label);
            return *id;
        }
        const qint64 id = m_findUnit.integer(0);
        const qint64 storedBuilding = m_findUnit.integer(1);
        const QString storedLabel = m_findUnit.text(2);
        const qint64 storedProperty = m_findUnit.integer(3);
        const bool labelDiffers = !row.unitLabel.isEmpty() && row.unitLabel != storedLabel;
        if (m_seenUnits.contains(id)) {
            if (storedProperty != propertyId) {
                m_conflictUnits.insert(row.unitRef);
                return qint64(0);
            }
            if ((labelDiffers || storedBuilding != buildingId) && !m_warnedUnits.contains(row.unitRef)) {
                m_warnedUnits.insert(row.unitRef);
                m_ctx.report.warnings << TenantListImport::tr("The rows of unit %1 disagree on its label or address "
                                                              "(line %2); the first row was kept.")
                                             .arg(row.unitRef)
                                             .arg(row.line);
            }
            return id;
        }
        m_seenUnits.insert(id);
        if (!labelDiffers && storedBuilding == buildingId) {
            ++counts.unchanged;
            return id;
        }
        const QString label = labelDiffers ? row.unitLabel : storedLabel;
        if (labelDiffers)
            changed(QStringLiteral("unit"), row.unitRef, label, QStringLiteral("label"), storedLabel, row.unitLabel);
        if (storedBuilding != buildingId) {
            changed(QStringLiteral("unit"), row.unitRef, label, QStringLiteral("address"), m_findUnit.text(4),
                    QStringList{row.street, (row.zip + u' ' + row.city).trimmed()}.join(QStringLiteral(", ")));
        }
        m_updateUnit.bind(0, buildingId);
        m_updateUnit.bind(1, label);
        m_updateUnit.bind(2, m_ctx.now);
        m_updateUnit.bind(3, id);
        if (auto r = m_updateUnit.exec(); !r)
            return r.error();
        ++counts.updated;
        return id;
    }

    // The person's id and whether they were new in this run; id 0 when this row contradicts an earlier one.
    Result<QPair<qint64, bool>> applyPerson(const RowValues &row)
    {
        ImportCounts &counts = m_ctx.report.tenants;
        const PersonFields &after = row.person;
        m_findPerson.bind(0, row.tenantRef);
        auto found = m_findPerson.exec();
        if (!found)
            return found.error();
        if (!*found) {
            m_insertPerson.bind(0, row.tenantRef);
            m_insertPerson.bind(1, after.firstName);
            m_insertPerson.bind(2, after.lastName);
            m_insertPerson.bind(3, nameSortKey(after.lastName, after.firstName));
            m_insertPerson.bind(4, after.email.isEmpty() ? QString() : after.email);
            m_insertPerson.bind(5, after.phone.isEmpty() ? QString() : after.phone);
            m_insertPerson.bind(6, after.phoneE164.isEmpty() ? QString() : after.phoneE164);
            m_insertPerson.bind(7, after.language.isEmpty() ? QString() : after.language);
            m_insertPerson.bind(8, m_ctx.now);
            m_insertPerson.bind(9, m_ctx.now);
            auto id = insertedId(m_insertPerson);
            if (!id)
                return id.error();
            m_seenPersons.insert(*id);
            m_newPersons.insert(*id);
            ++counts.added;
            added(QStringLiteral("tenant"), row.tenantRef, after.displayName());
            if (after.email.isEmpty()) {
                m_people->recordNoContact(*id);
                ++m_newWithoutEmail;
            }
            return qMakePair(*id, true);
        }
        const qint64 id = m_findPerson.integer(0);
        const PersonFields before{m_findPerson.text(1), m_findPerson.text(2), m_findPerson.text(3),
                                  m_findPerson.text(4), m_findPerson.text(5), m_findPerson.text(6)};
        const bool isNew = m_newPersons.contains(id);
        if (m_seenPersons.contains(id)) {
            // What is stored is what the first row of this person said.
            const auto differing = [&]() -> std::optional<F> {
                if (before.firstName != after.firstName)
                    return F::FirstName;
                if (before.lastName != after.lastName)
                    return F::LastName;
                if (EmailAddress::comparisonKey(before.email) != EmailAddress::comparisonKey(after.email))
                    return F::Email;
                const bool samePhone = !before.phoneE164.isEmpty() || !after.phoneE164.isEmpty()
                                           ? before.phoneE164 == after.phoneE164
                                           : before.phone == after.phone;
                if (!samePhone)
                    return F::Phone;
                if (after.language != m_firstLanguage.value(id, after.language))
                    return F::Language;
                return std::nullopt;
            }();
            if (differing) {
                if (!m_conflictTenants.contains(row.tenantRef))
                    m_conflictTenants.insert(row.tenantRef, *differing);
                return qMakePair(qint64(0), false);
            }
            return qMakePair(id, isNew);
        }
        m_seenPersons.insert(id);
        m_firstLanguage.insert(id, after.language);
        PersonFields stored = after;
        if (stored.language.isEmpty())
            stored.language = before.language; // an empty cell keeps a language set in the Cockpit
        const bool same = before.firstName == stored.firstName && before.lastName == stored.lastName
                          && before.email == stored.email && before.phone == stored.phone
                          && before.phoneE164 == stored.phoneE164 && before.language == stored.language;
        if (same) {
            ++counts.unchanged;
            return qMakePair(id, false);
        }
        if (m_people->record(id, row.tenantRef, before, stored))
            ++counts.updated;
        else
            ++counts.unchanged;
        m_updatePerson.bind(0, stored.firstName);
        m_updatePerson.bind(1, stored.lastName);
        m_updatePerson.bind(2, nameSortKey(stored.lastName, stored.firstName));
        m_updatePerson.bind(3, stored.email.isEmpty() ? QString() : stored.email);
        m_updatePerson.bind(4, stored.phone.isEmpty() ? QString() : stored.phone);
        m_updatePerson.bind(5, stored.phoneE164.isEmpty() ? QString() : stored.phoneE164);
        m_updatePerson.bind(6, stored.language.isEmpty() ? QString() : stored.language);
        m_updatePerson.bind(7, m_ctx.now);
        m_updatePerson.bind(8, id);
        if (auto r = m_updatePerson.exec(); !r)
            return r.error();
        return qMakePair(id, false);
    }

    // Tenancies from a tenant list have no ERP reference: the unit and the move-in date are their identity.
    // Returns 0 when this row gives the tenancy another move-out date than an earlier row did.
    Result<qint64> applyTenancy(const RowValues &row, qint64 unitId)
    {
        ImportCounts &counts = m_ctx.report.tenancies;
        m_findTenancy.bind(0, unitId);
        m_findTenancy.bind(1, row.moveIn);
        auto found = m_findTenancy.exec();
        if (!found)
            return found.error();
        const auto key = [&] { return tenancyKey(row.unitRef, row.moveIn); };
        if (!*found) {
            m_insertTenancy.bind(0, unitId);
            m_insertTenancy.bind(1, row.moveIn);
            m_insertTenancy.bind(2, row.moveOut);
            m_insertTenancy.bind(3, m_ctx.now);
            m_insertTenancy.bind(4, m_ctx.now);
            auto id = insertedId(m_insertTenancy);
            if (!id)
                return id.error();
            m_seenTenancies.insert(*id);
            ++counts.added;
            added(QStringLiteral("tenancy"), key(), row.unitLabel.isEmpty() ? row.unitRef : row.unitLabel);
            return *id;
        }
        const qint64 id = m_findTenancy.integer(0);
        const QDate storedEnd = m_findTenancy.date(1);
        if (m_seenTenancies.contains(id)) {
            if (storedEnd != row.moveOut) {
                m_conflictTenancies.insert(key());
                return qint64(0);
            }
            return id;
        }
        m_seenTenancies.insert(id);
        if (storedEnd == row.moveOut) {
            ++counts.unchanged;
            return id;
        }
        const bool endsNow = !storedEnd.isValid() && row.moveOut.isValid();
        if (endsNow)
            ++counts.ended;
        else
            ++counts.updated;
        m_ctx.report.addChange({endsNow ? ImportChange::Kind::Ended : ImportChange::Kind::Changed, QStringLiteral("tenancy"),
                                key(), row.unitLabel.isEmpty() ? row.unitRef : row.unitLabel, QStringLiteral("end_date"),
                                storedEnd.toString(Qt::ISODate), row.moveOut.toString(Qt::ISODate)});
        m_updateTenancyEnd.bind(0, row.moveOut);
        m_updateTenancyEnd.bind(1, m_ctx.now);
        m_updateTenancyEnd.bind(2, id);
        if (auto r = m_updateTenancyEnd.exec(); !r)
            return r.error();
        if (endsNow) {
            if (auto s = recordEnded(id, row.moveOut); !s)
                return s.error();
        }
        return id;
    }

    Status applyLink(const RowValues &row, qint64 tenancyId, qint64 personId, bool personIsNew)
    {
        m_findLink.bind(0, tenancyId);
        m_findLink.bind(1, personId);
        auto found = m_findLink.exec();
        if (!found)
            return found.error();
        if (*found)
            return {};
        m_insertLink.bind(0, tenancyId);
        m_insertLink.bind(1, personId);
        if (auto r = m_insertLink.exec(); !r)
            return r.error();
        if (!personIsNew) {
            // Someone the office already knew moves into another unit: a line in their history.
            m_insertStarted.bind(0, m_ctx.runId);
            m_insertStarted.bind(1, personId);
            m_insertStarted.bind(2, row.unitRef);
            if (auto r = m_insertStarted.exec(); !r)
                return r.error();
        }
        return {};
    }

    Status recordEnded(qint64 tenancyId, QDate end)
    {
        m_insertEnded.bind(0, m_ctx.runId);
        m_insertEnded.bind(1, isoDateText(end));
        m_insertEnded.bind(2, tenancyId);
        if (auto r = m_insertEnded.exec(); !r)
            return r.error();
        return {};
    }

    static Result<qint64> insertedId(PreparedStatement &insert) { return insert.insert(); }

    // Snapshot: the file is the ERP's whole current list, so an open tenancy it no longer holds has
    // ended (on the import date). Tenancies of units named by a rejected row are left alone: a typo
    // must not move anybody out.
    Status endMissingTenancies()
    {
        if (m_newWithoutEmail > 0) {
            m_ctx.report.warnings << TenantListImport::tr("%n new tenant(s) have no e-mail address and cannot be "
                                                          "invited yet.", nullptr, int(m_newWithoutEmail));
        }
        if (m_ctx.options.mode.value_or(ImportMode::Snapshot) != ImportMode::Snapshot)
            return {};
        if (m_rejectedWithoutUnit) {
            m_ctx.report.warnings << TenantListImport::tr("Some rejected rows name no readable unit, so no tenancy was "
                                                          "ended for missing from this snapshot.");
            return {};
        }
        PreparedStatement open(m_db, QStringLiteral(
            "SELECT t.id, u.erp_ref, t.start_date, u.label FROM tenancies t JOIN units u ON u.id = t.unit_id "
            "WHERE COALESCE(t.erp_ref, '') = '' AND t.end_date IS NULL ORDER BY u.erp_ref, t.start_date"));
        QList<QPair<qint64, QDate>> toEnd;
        qint64 kept = 0;
        auto row = open.exec();
        while (row && *row) {
            const qint64 id = open.integer(0);
            if (!m_seenTenancies.contains(id)) {
                const QString unitRef = open.text(1);
                if (m_rejectedUnits.contains(unitRef)) {
                    ++kept;
                } else {
                    const QDate start = open.date(2);
                    const QDate end = std::max(start, m_ctx.today); // a move-in that never happened ends on its day
                    toEnd << qMakePair(id, end);
                    m_ctx.report.addChange({ImportChange::Kind::Ended, QStringLiteral("tenancy"), tenancyKey(unitRef, start),
                                            open.text(3), QStringLiteral("end_date"), QString(), end.toString(Qt::ISODate)});
                }
            }
            row = open.next();
        }
        if (!row)
            return row.error();
        if (kept > 0) {
            m_ctx.report.warnings << TenantListImport::tr("%n tenancy(ies) missing from this snapshot were kept open "
                                                          "because rejected rows name their units.", nullptr, int(kept));
        }
        for (const auto &[id, end] : std::as_const(toEnd)) {
            m_updateTenancyEnd.bind(0, end);
            m_updateTenancyEnd.bind(1, m_ctx.now);
            m_updateTenancyEnd.bind(2, id);
            if (auto r = m_updateTenancyEnd.exec(); !r)
                return r.error();
            if (auto s = recordEnded(id, end); !s)
                return s;
        }
        m_ctx.report.tenancies.ended += toEnd.size();
        return {};
    }

    PreparedStatement statement(const char *sql) { return PreparedStatement(m_db, QString::fromLatin1(sql)); }

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
    qint64 m_newWithoutEmail = 0;
    QSet<QString> m_rejectedUnits;
    bool m_rejectedWithoutUnit = false;
    bool m_secondPass = false;
    qint64 m_appliedRows = 0; // rows of the last pass that were applied (contradicting ones not)
    std::optional<PersonChanges> m_people;

    QHash<QString, PropertyState> m_properties;
    QHash<QString, qint64> m_buildings;
    QSet<qint64> m_seenBuildings;
    SeenIds m_seenUnits, m_seenPersons, m_seenTenancies;
    QSet<qint64> m_newPersons;
    QHash<qint64, QString> m_firstLanguage;
    QSet<QString> m_warnedUnits, m_warnedProperties;
    QHash<QString, F> m_conflictTenants;
    QSet<QString> m_conflictUnits, m_conflictTenancies;
    QMap<QString, QList<qint64>> m_conflictLines;
    QList<ImportChange> m_added;
    bool m_addedTruncated = false;

    PreparedStatement m_insertProperty{m_db, QStringLiteral(
        "INSERT INTO properties (erp_ref, name, created_at, updated_at) VALUES (?, ?, ?, ?)"), PreparedStatement::Kind::InsertReturningId};
    PreparedStatement m_updateProperty{m_db, QStringLiteral("UPDATE properties SET name = ?, updated_at = ? WHERE id = ?")};
    PreparedStatement m_insertBuilding{m_db, QStringLiteral(
        "INSERT INTO buildings (property_id, erp_ref, name, street, house_number, postal_code, city, country, created_at, "
        "updated_at) VALUES (?, NULL, ?, ?, '', ?, ?, ?, ?, ?)"), PreparedStatement::Kind::InsertReturningId};
    PreparedStatement m_findUnit{m_db, QStringLiteral(
        "SELECT u.id, u.building_id, u.label, b.property_id, b.street || ', ' || b.postal_code || ' ' || b.city "
        "FROM units u JOIN buildings b ON b.id = u.building_id WHERE u.erp_ref = ?")};
    PreparedStatement m_insertUnit{m_db, QStringLiteral(
        "INSERT INTO units (building_id, erp_ref, label, created_at, updated_at) VALUES (?, ?, ?, ?, ?)"), PreparedStatement::Kind::InsertReturningId};
    PreparedStatement m_updateUnit{m_db, QStringLiteral(
        "UPDATE units SET building_id = ?, label = ?, updated_at = ? WHERE id = ?")};
    PreparedStatement m_findPerson{m_db, QStringLiteral(
        "SELECT id, first_name, last_name, email, phone, phone_e164, language FROM persons WHERE erp_ref = ?")};
    PreparedStatement m_insertPerson{m_db, QStringLiteral(
        "INSERT INTO persons (erp_ref, first_name, last_name, sort_name, email, phone, phone_e164, language, status, "
        "is_alias, source, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'imported', FALSE, 'erp', ?, ?)"), PreparedStatement::Kind::InsertReturningId};
    PreparedStatement m_updatePerson{m_db, QStringLiteral(
        "UPDATE persons SET first_name = ?, last_name = ?, sort_name = ?, email = ?, phone = ?, phone_e164 = ?, "
        "language = ?, updated_at = ?, row_version = row_version + 1 WHERE id = ?")};
    // COALESCE, not "erp_ref IS NULL": without statistics SQLite would look the NULLs up in the unique
    // index on erp_ref, which holds every such tenancy, instead of using (unit_id, start_date).
    PreparedStatement m_findTenancy{m_db, QStringLiteral(
        "SELECT id, end_date FROM tenancies WHERE unit_id = ? AND start_date = ? AND COALESCE(erp_ref, '') = '' "
        "ORDER BY id LIMIT 1")};
    PreparedStatement m_insertTenancy{m_db, QStringLiteral(
        "INSERT INTO tenancies (unit_id, erp_ref, start_date, end_date, created_at, updated_at) "
        "VALUES (?, NULL, ?, ?, ?, ?)"), PreparedStatement::Kind::InsertReturningId};
    PreparedStatement m_updateTenancyEnd{m_db, QStringLiteral(
        "UPDATE tenancies SET end_date = ?, updated_at = ? WHERE id = ?")};
    PreparedStatement m_findLink{m_db, QStringLiteral(
        "SELECT 1 FROM tenancy_persons WHERE tenancy_id = ? AND person_id = ?")};
    PreparedStatement m_insertLink{m_db, QStringLiteral(
        "INSERT INTO tenancy_persons (tenancy_id, person_id) VALUES (?, ?)")};
    PreparedStatement m_insertStarted{m_db, QStringLiteral(
        "INSERT INTO erp_changes (run_id, person_id, kind, new_value) VALUES (?, ?, 'tenancy_started', ?)")};
    PreparedStatement m_insertEnded{m_db, QStringLiteral(
        "INSERT INTO erp_changes (run_id, person_id, kind, new_value) SELECT ?, person_id, 'tenancy_ended', ? "
        "FROM tenancy_persons WHERE tenancy_id = ?")};
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
