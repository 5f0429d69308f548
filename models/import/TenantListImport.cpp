#include "import/TenantListImport.h"

#include "domain/EmailAddress.h"
#include "domain/NameFolding.h"
#include "domain/PhoneNumber.h"
#include "domain/SearchKeys.h"
#include "domain/TextChecks.h"
#include "import/CsvReader.h"
#include "import/ImportIndex.h"
#include "import/ImportDate.h"
#include "import/PersonChanges.h"
#include "import/TenantListProfile.h"
#include "import/TextEncoding.h"
#include "storage/Database.h"
#include "storage/BulkInserter.h"
#include "storage/IndexDeferral.h"
#include "storage/PreparedStatement.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <openssl/evp.h>

#include <condition_variable>
#include <deque>
#include <functional>
#include <future>
#include <mutex>
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

// What QChar::isSpace() says of ASCII.
bool isAsciiSpace(char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}

// Written over `to`, in the buffer it has when that is its own.
void setBytes(QByteArray &to, QByteArrayView from)
{
    to.resize(from.size());
    std::copy(from.begin(), from.end(), to.begin());
}

// The same for text known to be ASCII (an E.164 number, a language code).
void setAscii(QByteArray &to, QStringView from)
{
    to.resize(from.size());
    std::transform(from.begin(), from.end(), to.begin(), [](QChar c) { return char(c.unicode()); });
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

// One row of the file, checked and in the form it is stored in.
struct RowValues
{
    qint64 line = 0;
    QString propertyRef, propertyName, street, zip, city, unitRef, unitLabel, tenantRef;
    PersonFields person;
    QDate moveIn, moveOut;
    // The same as stored, in UTF-8.
    struct
    {
        QByteArray unitRef, unitLabel, tenantRef, first, last, email, phone, e164, language;
    } utf8;
    // Worked out while reading, on the reading thread (importHash and personFieldsHash of the above).
    quint64 unitRefHash = 0, tenantRefHash = 0, labelHash = 0;
    quint64 ownHash = 0;  // the person's fields as the row gives them, its own language included
    QByteArray sortKey;   // nameSortKeyUtf8
    QByteArray givenKey;  // searchkeys::givenKeyUtf8
    QByteArray phoneSuffix; // searchkeys::phoneSuffix of the E.164 number
    QByteArray labelKey;    // searchkeys::labelKey of the label (the reference when there is none)
    QByteArray moveInIso, moveOutIso; // as stored (empty: none)

};

QString tenancyKey(const QString &unitRef, QDate moveIn)
{
    return unitRef + u'@' + isoDateText(moveIn);
}

// Flags of the records a run meets.
constexpr quint8 kSeen = 1;        // a row of this run named it
constexpr quint8 kNew = 2;         // this run created it
constexpr quint8 kMorePersons = 4; // a tenancy with more than one person (see m_moreLinks)

// Ids are kept in 32 bits in the run's indexes: four billion records are far beyond any office.
constexpr qint64 kMaxCompactId = 0xfffffffeLL;

Result<quint32> compactId(qint64 id)
{
    if (id <= 0 || id > kMaxCompactId)
        return Error::internal(TenantListImport::tr("A record id (%1) is outside what the import can handle.").arg(id));
    return quint32(id);
}

struct UnitEntry
{
    ByteArena::Span ref;
    quint32 id = 0;
    quint32 buildingId = 0;
    quint32 propertyId = 0;
    quint8 flags = 0;
    quint64 labelHash = 0;
};

struct PersonEntry
{
    ByteArena::Span ref;
    quint32 id = 0;
    quint8 language = 0;      // stored (languageCode)
    quint8 firstLanguage = 0; // as the run's first row of this person wrote it
    quint8 flags = 0;
    quint64 storedHash = 0; // personFieldsHash of what is stored
};

struct TenancyEntry
{
    quint32 keyA = 0; // unit id
    qint32 keyB = 0;  // first day (Julian day)
    quint32 id = 0;
    qint32 endDay = 0; // 0: open
    quint32 firstPerson = 0;
    quint8 flags = 0;
};

quint8 languageCode(QByteArrayView language)
{
    if (language.isEmpty())
        return 0;
    static constexpr const char *kCodes[] = {"de", "fr", "it", "en"};
    for (quint8 i = 0; i < 4; ++i) {
        if (language == kCodes[i])
            return quint8(i + 1);
    }
    return 5;
}

QByteArrayView languageBytes(quint8 code)
{
    static constexpr const char *kBytes[] = {"", "de", "fr", "it", "en", ""};
    return kBytes[std::min<quint8>(code, 5)];
}

QString languageText(quint8 code)
{
    static const QString kTexts[] = {QString(), QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("it"),
                                     QStringLiteral("en"), QString()};
    return kTexts[std::min<quint8>(code, 5)];
}

// One number for a person's stored fields; NULL and empty are the same.
quint64 personFieldsHash(QByteArrayView first, QByteArrayView last, QByteArrayView email, QByteArrayView phone,
                         QByteArrayView e164, QByteArrayView language)
{
    quint64 h = importHash(first);
    for (const QByteArrayView field : {last, email, phone, e164, language})
        h = importHash(field, h ^ 0x9e3779b97f4a7c15ULL);
    return h;
}

// A stored ISO date as a Julian day.
qint32 dayOf(QByteArrayView iso)
{
    const auto digits = [&](int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; ++i) {
            const char c = iso.at(i);
            if (c < '0' || c > '9')
                return -1;
            value = value * 10 + (c - '0');
        }
        return value;
    };
    if (iso.size() >= 10 && iso.at(4) == '-' && iso.at(7) == '-') {
        const QDate date(digits(0, 4), digits(5, 2), digits(8, 2));
        if (date.isValid())
            return qint32(date.toJulianDay());
    }
    return qint32(QDate::fromString(QString::fromLatin1(iso.first(std::min<qsizetype>(iso.size(), 10))), Qt::ISODate).toJulianDay());
}

// Ids for new rows, handed out by the run so rows can be written many at a time and still be
// referred to at once. SQLite: the run holds the write lock, so the ids above the largest are free.
// PostgreSQL: drawn from the table's identity sequence a block at a time, so an agent adding a row
// meanwhile never collides with them; or, while the run holds the tables locked against every
// other writer, a whole range is taken in one step (nobody else can be drawing from the sequence).
class IdSource
{
public:
    IdSource(const Database &db, QString table) : m_db(db), m_table(std::move(table)) {}

    // After a rollback: SQLite's free ids are read again; drawn sequence values simply stay unused.
    void reset()
    {
        if (m_db.isSQLite())
            m_next = m_end = 0;
    }
    // PostgreSQL: the run has locked the table in a mode that keeps other writers out.
    void setTableLocked() { m_tableLocked = true; }

    Result<quint32> next()
    {
        if (m_db.isSQLite()) {
            if (m_next == 0) {
                auto max = m_db.scalar(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM %1").arg(m_table));
                if (!max)
                    return max.error();
                m_next = max->toLongLong() + 1;
            }
            return compactId(m_next++);
        }
        if (m_next < m_end)
            return compactId(m_next++);
        if (m_tableLocked) {
            // Takes [first, first + block) by moving the sequence past it.
            auto first = m_db.scalar(QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), "
                                                    "nextval(pg_get_serial_sequence('%1', 'id')) + %2 - 1) - %2 + 1")
                                         .arg(m_table)
                                         .arg(m_block));
            if (!first)
                return first.error();
            m_next = first->toLongLong();
            m_end = m_next + m_block;
            m_block = std::min(m_block * 2, 65'536);
            return compactId(m_next++);
        }
        if (m_pool.isEmpty()) {
            // Blocks grow with the run: a small import wastes few ids, a large one makes few trips.
            auto drawn = m_db.exec(QStringLiteral("SELECT nextval(pg_get_serial_sequence('%1', 'id')) FROM "
                                                  "generate_series(1, %2)").arg(m_table).arg(m_block));
            if (!drawn)
                return drawn.error();
            m_block = std::min(m_block * 2, 8'192);
            while (drawn->next())
                m_pool.prepend(drawn->value(0).toLongLong());
            if (m_pool.isEmpty())
                return Error::internal(TenantListImport::tr("No ids could be drawn for %1.").arg(m_table));
        }
        return compactId(m_pool.takeLast());
    }

private:
    const Database &m_db;
    QString m_table;
    qint64 m_next = 0; // SQLite: the next free id; PostgreSQL: the next of a taken range
    qint64 m_end = 0;  // PostgreSQL: the end of the taken range
    QList<qint64> m_pool; // PostgreSQL, drawn one by one, the next id last
    int m_block = 512;
    bool m_tableLocked = false;
};

// TC_IMPORT_PROFILE=1 prints where an import spends its time and memory, for the benchmark's sake.
bool profiling()
{
    static const bool enabled = qEnvironmentVariableIntValue("TC_IMPORT_PROFILE") != 0;
    return enabled;
}

// A file beyond this many bytes (some 200,000 rows) is read with less memory to spare.
constexpr qint64 kLargeFileBytes = 25'000'000;

// Batches of read rows on their way from the reading thread to the applying one; bounded, so a
// large file never sits in memory.
template <typename Row>
class BoundedRowQueue
{
public:
    static constexpr size_t kBatchRows = 256;

    // Batches the producer may run ahead by (each row takes some 1.5 KB).
    explicit BoundedRowQueue(size_t capacity) : m_capacity(capacity) {}

    // False when the consumer stopped.
    bool push(std::vector<Row> batch, qint64 bytesRead)
    {
        std::unique_lock lock(m_mutex);
        QElapsedTimer waited;
        waited.start();
        m_changed.wait(lock, [&] { return m_stopped || m_batches.size() < m_capacity; });
        producerWaitedNs += waited.nsecsElapsed();
        if (m_stopped)
            return false;
        m_batches.push_back({std::move(batch), bytesRead});
        m_changed.notify_all();
        return true;
    }
    // False when the producer has finished and everything was taken.
    bool pop(std::vector<Row> &batch, qint64 &bytesRead)
    {
        std::unique_lock lock(m_mutex);
        QElapsedTimer waited;
        waited.start();
        m_changed.wait(lock, [&] { return m_stopped || m_finished || !m_batches.empty(); });
        consumerWaitedNs += waited.nsecsElapsed();
        if (m_stopped || m_batches.empty())
            return false;
        batch = std::move(m_batches.front().first);
        bytesRead = m_batches.front().second;
        m_batches.pop_front();
        m_changed.notify_all();
        return true;
    }
    void finish()
    {
        std::lock_guard lock(m_mutex);
        m_finished = true;
        m_changed.notify_all();
    }
    // A consumed batch goes back to the producer, which frees its rows: memory is freed by the thread
    // that allocated it (freeing another thread's allocations makes both wait on the allocator).
    void recycle(std::vector<Row> batch)
    {
        std::lock_guard lock(m_mutex);
        m_recycled.push_back(std::move(batch));
        m_changed.notify_all();
    }
    // The consumer has taken and given back everything it will.
    void consumed()
    {
        std::lock_guard lock(m_mutex);
        m_consumed = true;
        m_changed.notify_all();
    }
    // For the producer once it has finished: waits for a batch to come back and hands it over, to
    // be freed; false once the consumer is done (or stopped) and nothing is left.
    bool takeBack(std::vector<Row> &batch)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return m_stopped || m_consumed || !m_recycled.empty(); });
        if (m_recycled.empty())
            return false;
        batch = std::move(m_recycled.back());
        m_recycled.pop_back();
        return true;
    }
    // A consumed batch to refill (empty when there is none yet).
    std::vector<Row> reuse()
    {
        std::vector<Row> batch;
        std::lock_guard lock(m_mutex);
        if (!m_recycled.empty()) {
            batch = std::move(m_recycled.back());
            m_recycled.pop_back();
        }
        return batch;
    }
    void stop()
    {
        std::lock_guard lock(m_mutex);
        m_stopped = true;
        m_changed.notify_all();
    }

private:
public:
    qint64 producerWaitedNs = 0, consumerWaitedNs = 0; // for TC_IMPORT_PROFILE

private:
    const size_t m_capacity;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::pair<std::vector<Row>, qint64>> m_batches;
    std::vector<std::vector<Row>> m_recycled;
    bool m_finished = false;
    bool m_consumed = false;
    bool m_stopped = false;
};

class Importer
{
public:
    Importer(ImportContext &ctx, const QString &path)
        : m_ctx(ctx), m_db(ctx.db), m_path(path), m_file(QFileInfo(path).fileName()), m_phones(ctx.region)
    {
        m_buildingWriter.setConstant(QStringLiteral("country"), ctx.region);
        for (BulkInserter *writer : m_writers) {
            if (writer != &m_linkWriter) {
                writer->setConstant(QStringLiteral("created_at"), ctx.now);
                writer->setConstant(QStringLiteral("updated_at"), ctx.now);
                writer->setAscendingIds(); // IdSource counts on from MAX(id) on SQLite
            }
        }
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
        if (auto s = chooseStrategy(); !s)
            return s;
        // The rows are applied as they are read. Rows that contradict each other (one tenant with two
        // sets of data, one unit in two properties) only show up later in the file; then the pass is
        // undone and made again without them, so all their rows are rejected alike. What the office
        // holds is read while the first rows are being read.
        const ImportReport before = m_ctx.report;
        std::optional<IndexDeferral> deferral;
        const auto prepare = [&]() -> Status {
            if (auto s = resetState(); !s)
                return s;
            lap("load");
            auto deferred = deferIndexes();
            if (!deferred)
                return deferred.error();
            deferral = std::move(*deferred);
            if (auto s = m_db.exec(QStringLiteral("SAVEPOINT tc_tenant_list")); !s)
                return s.error();
            return {};
        };
        if (auto s = pass(prepare); !s || rejected())
            return s;
        lap("pass");
        if (!m_conflictTenants.isEmpty() || !m_conflictUnits.isEmpty() || !m_conflictTenancies.isEmpty()) {
            if (auto s = m_db.exec(QStringLiteral("ROLLBACK TO SAVEPOINT tc_tenant_list")); !s)
                return s.error();
            m_ctx.report = before;
            m_secondPass = true;
            if (auto s = pass([this] { return resetState(); }); !s || rejected())
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
        if (deferral) {
            // What the run knew of the office is not needed any more; the sorts need the memory.
            m_units.clear();
            m_persons.clear();
            m_tenancies.clear();
            m_moreLinks.clear();
            if (auto s = deferral->restore(); !s)
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
    // With profiling() on: how long each phase took, and the memory at its end.
    void lap(const char *phase)
    {
        if (!profiling())
            return;
        // Resident memory now and at its peak, where the system says (Linux).
        QFile status(QStringLiteral("/proc/self/status"));
        QByteArray memory;
        if (status.open(QIODevice::ReadOnly)) {
            for (const QByteArray &line : status.readAll().split('\n')) {
                if (line.startsWith("VmRSS:") || line.startsWith("VmHWM:"))
                    memory += ", " + line.simplified();
            }
        }
        qInfo("import %s: %lld ms%s", phase, m_clock.restart(), memory.constData());
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
        m_hash = std::async(std::launch::async, fileSha256, m_path);
        text::Utf8Validator utf8;
        QByteArray chunk(1 << 20, Qt::Uninitialized);
        for (;;) {
            const qint64 n = file.read(chunk.data(), chunk.size());
            if (n < 0)
                return rejectFile(TenantListImport::tr("Cannot read the file: %1").arg(file.errorString()));
            if (n == 0)
                break;
            utf8.feed(QByteArrayView(chunk.constData(), n));
        }
        const bool validUtf8 = utf8.finish();
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

public:
    // The run is recorded with the file's SHA-256, computed on the other core while this one reads the
    // rows; waits for it.
    Status finishHash(Status status)
    {
        if (!m_hash.valid())
            return status;
        auto hash = m_hash.get();
        if (!hash)
            return status ? Status(hash.error()) : status;
        m_ctx.report.sourceSha256 = *hash;
        return status;
    }

private:
    // OpenSSL's SHA-256 runs several times faster than QCryptographicHash's, and every byte passes here.
    static Result<QString> fileSha256(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error::refused(TenantListImport::tr("Cannot read the file: %1").arg(file.errorString()));
        std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> hash(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
        if (!hash || EVP_DigestInit_ex(hash.get(), EVP_sha256(), nullptr) != 1)
            return Error::internal(TenantListImport::tr("SHA-256 is not available."));
        QByteArray chunk(1 << 20, Qt::Uninitialized);
        for (;;) {
            const qint64 n = file.read(chunk.data(), chunk.size());
            if (n < 0)
                return Error::refused(TenantListImport::tr("Cannot read the file: %1").arg(file.errorString()));
            if (n == 0)
                break;
            EVP_DigestUpdate(hash.get(), chunk.constData(), size_t(n));
        }
        unsigned char digest[EVP_MAX_MD_SIZE];
        unsigned int digestSize = 0;
        EVP_DigestFinal_ex(hash.get(), digest, &digestSize);
        return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(digest), int(digestSize)).toHex());
    }

    QString decode(const QByteArray &bytes) const { return text::decode(bytes, m_encoding); }

    // Reads, decodes and checks every row, and applies the good ones.
    // `prepare` runs once the header is read and the reading thread has started.
    Status pass(const std::function<Status()> &prepare)
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
        m_warnedUnits.clear();
        m_warnedProperties.clear();
        qint64 rows = 0;
        m_appliedRows = 0;
        // Rows are read and checked on one core and applied on the other: the reader runs ahead by a
        // bounded number of batches, and its findings are taken over in file order.
        std::optional<Error> fatal;
        qint64 fatalLine = 0;
        // Reads the next batch of rows; false once the file is read (the batch may still hold rows).
        // A batch that comes back is filled again in place: its rows' strings keep their buffers.
        const auto readBatch = [&](std::vector<ParsedRow> &batch) {
            size_t used = 0;
            while (used < RowQueue::kBatchRows && reader.next(record)) {
                if (used == batch.size())
                    batch.emplace_back();
                ParsedRow &parsed = batch[used++];
                parsed.clear();
                parsed.line = record.line;
                if (!record.error.isEmpty()) {
                    const int index = record.errorField;
                    parsed.rejection = ImportRejection{
                        m_file, record.line,
                        index >= 0 && index < m_columns.headers.size() ? m_columns.headers.at(index) : QString(),
                        record.error};
                    parsed.withoutUnit = true; // the row could not be read: which unit it names is unknown
                } else {
                    parsed.valid = parseRow(record, parsed);
                }
            }
            batch.resize(used);
            if (used == RowQueue::kBatchRows)
                return true;
            if (reader.hasFatalError()) {
                fatal = Error::refused(reader.fatalError());
                fatalLine = reader.fatalLine();
            }
            return false;
        };
        const auto applyBatch = [&](std::vector<ParsedRow> &batch, qint64 bytesRead) -> Status {
            for (ParsedRow &parsed : batch) {
                ++rows;
                absorb(parsed);
                if (parsed.valid && !skipConflicting(parsed.values)) {
                    if (auto s = applyRow(parsed.values); !s)
                        return s;
                    ++m_appliedRows;
                }
            }
            if (!step(m_secondPass ? 900 + int(bytesRead * 40 / std::max<qint64>(m_size, 1))
                                   : int(bytesRead * 900 / std::max<qint64>(m_size, 1))))
                return cancelled();
            return {};
        };
        // The reader runs ahead by 6,000 rows. While a populated office is read (prepare), a file of
        // up to some 200,000 rows may run ahead by 40,000 (about 60 MB); a larger one stays within
        // the memory budget.
        const bool readsOffice = m_preload && m_officePersons > 0 && m_size <= kLargeFileBytes;
        RowQueue queue(readsOffice ? 160 : 24);
        auto reading = std::async(std::launch::async, [&] {
            bool more = true;
            while (more) {
                std::vector<ParsedRow> next = queue.reuse();
                more = readBatch(next);
                if (!next.empty() && !queue.push(std::move(next), reader.bytesRead()))
                    return;
            }
            queue.finish();
            // Rows are freed by the thread that filled them (freeing another thread's allocations
            // makes both wait on the allocator), while the applier goes on.
            for (std::vector<ParsedRow> done; queue.takeBack(done);)
                done = {};
        });
        const auto stopReading = qScopeGuard([&] {
            queue.stop();
            reading.wait();
        });
        if (auto s = prepare(); !s)
            return s;
        std::vector<ParsedRow> batch;
        qint64 bytesRead = 0;
        while (queue.pop(batch, bytesRead)) {
            if (auto s = applyBatch(batch, bytesRead); !s)
                return s;
            queue.recycle(std::move(batch));
            batch = {};
        }
        queue.consumed();
        reading.wait();
        if (profiling()) {
            qInfo("import threads: reader waited %lld ms, applier waited %lld ms", queue.producerWaitedNs / 1000000,
                  queue.consumerWaitedNs / 1000000);
        }
        if (fatal)
            return rejectFile(fatal->message, fatalLine);
        if (auto s = flushWriters(); !s)
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

    // Decodes and trims a field into `out`, in the buffer it already has when that is its own.
    void fieldInto(const CsvRecord &record, F f, QString &out)
    {
        const int i = m_columns.of(f);
        if (i < 0 || i >= record.fields.size()) {
            out = QString();
            return;
        }
        const QByteArray &raw = record.fields.at(i);
        // A property's rows come together: its name and address repeat row after row.
        const bool repeats = f == F::PropertyRef || f == F::PropertyName || f == F::Street || f == F::Zip || f == F::City;
        if (!repeats) {
            decodeInto(out, raw);
            return;
        }
        Previous &previous = m_previous[size_t(f)];
        if (!previous.valid || QByteArrayView(previous.raw) != QByteArrayView(raw)) {
            previous.raw.resize(raw.size());
            std::copy(raw.cbegin(), raw.cend(), previous.raw.begin());
            previous.value = QString();
            decodeInto(previous.value, raw);
            previous.valid = true;
        }
        out = previous.value;
    }

    // decode(raw).trimmed(), written over `out`: ASCII (the same in every encoding the import reads)
    // is widened in place.
    void decodeInto(QString &out, QByteArrayView raw) const
    {
        qsizetype from = 0, to = raw.size();
        while (from < to && isAsciiSpace(raw[from]))
            ++from;
        while (to > from && isAsciiSpace(raw[to - 1]))
            --to;
        const QByteArrayView bytes = raw.sliced(from, to - from);
        if (!std::all_of(bytes.begin(), bytes.end(), [](char c) { return uchar(c) < 0x80; })) {
            out = text::decode(raw, m_encoding).trimmed();
            return;
        }
        out.resize(bytes.size());
        char16_t *into = reinterpret_cast<char16_t *>(out.data());
        for (const char c : bytes)
            *into++ = char16_t(uchar(c));
    }

    // What reading a row found, taken over in file order by absorb().
    struct ParsedRow
    {
        qint64 line = 0;
        RowValues values; // when valid
        bool valid = false;
        std::optional<ImportRejection> rejection;
        QString rejectedUnit;     // the unit a rejected row names
        bool withoutUnit = false; // a rejected row whose unit is unknown
        bool badPhone = false;    // a phone number kept as written

        // For the next row; the values keep their buffers, to be written over.
        void clear()
        {
            line = 0;
            valid = false;
            rejection.reset();
            rejectedUnit.clear();
            withoutUnit = false;
            badPhone = false;
        }
    };

    using RowQueue = BoundedRowQueue<ParsedRow>;

    void absorb(const ParsedRow &parsed)
    {
        if (parsed.rejection)
            m_ctx.report.rejected << *parsed.rejection;
        if (parsed.withoutUnit)
            m_rejectedWithoutUnit = true;
        if (!parsed.rejectedUnit.isEmpty())
            m_rejectedUnits.insert(parsed.rejectedUnit);
        if (parsed.badPhone && m_noPhoneNumber++ == 0)
            m_firstBadPhoneLine = parsed.line;
    }

    // Reads and checks one record; runs on the reading thread, so it touches nothing but `out` and
    // what only that thread uses (m_previous, m_phones).
    bool parseRow(const CsvRecord &record, ParsedRow &out)
    {
        const qint64 line = record.line;
        if (record.fields.size() > m_columns.headers.size()) {
            out.rejection = ImportRejection{m_file, line, {},
                                            TenantListImport::tr("The row has %1 fields but the header only %2: a value "
                                                                 "holds the delimiter without quotes.")
                                                .arg(record.fields.size())
                                                .arg(m_columns.headers.size())};
            // The values have shifted: the unit column may hold another field's value.
            out.withoutUnit = true;
            return false;
        }
        std::array<QString, kTenantListFieldCount> &v = m_texts;
        for (int i = 0; i < kTenantListFieldCount; ++i) {
            fieldInto(record, F(i), v[size_t(i)]);
            if (v[size_t(i)].isNull())
                v[size_t(i)] = QStringLiteral(""); // an absent column is an empty value, never SQL NULL
        }
        const auto at = [&](F f) -> QString & { return v[size_t(f)]; };

        const auto bad = [&](F f, const QString &reason) {
            out.rejection = ImportRejection{m_file, line, m_columns.headerOf(f), reason};
            if (at(F::UnitRef).isEmpty() || f == F::UnitRef)
                out.withoutUnit = true;
            else
                out.rejectedUnit = at(F::UnitRef);
        };
        for (F f : {F::PropertyRef, F::UnitRef, F::TenantRef, F::LastName, F::MoveIn}) {
            if (at(f).isEmpty()) {
                bad(f, TenantListImport::tr("%1 is required.").arg(m_columns.headerOf(f)));
                return false;
            }
        }
        for (F f : {F::PropertyRef, F::UnitRef, F::TenantRef}) {
            if (at(f).size() > kMaxRefLength || hasControlCharacter(at(f))) {
                bad(f, TenantListImport::tr("A reference has at most %1 characters and no line breaks.").arg(kMaxRefLength));
                return false;
            }
        }
        for (F f : {F::FirstName, F::LastName}) {
            if (at(f).size() > kMaxNameLength || hasControlCharacter(at(f))) {
                bad(f, TenantListImport::tr("A name has at most %1 characters and no line breaks.").arg(kMaxNameLength));
                return false;
            }
        }
        for (F f : {F::PropertyName, F::Street, F::Zip, F::City, F::UnitLabel}) {
            at(f) = simplifiedText(at(f));
            if (at(f).size() > kMaxTextLength) {
                bad(f, TenantListImport::tr("The value is longer than %1 characters.").arg(kMaxTextLength));
                return false;
            }
        }
        const QDate moveIn = parseImportDate(at(F::MoveIn), m_profile.dateFormat());
        if (!moveIn.isValid()) {
            bad(F::MoveIn, TenantListImport::tr("\"%1\" is not a date (YYYY-MM-DD or DD.MM.YYYY).").arg(at(F::MoveIn)));
            return false;
        }
        QDate moveOut;
        if (!at(F::MoveOut).isEmpty()) {
            moveOut = parseImportDate(at(F::MoveOut), m_profile.dateFormat());
            if (!moveOut.isValid()) {
                bad(F::MoveOut, TenantListImport::tr("\"%1\" is not a date (YYYY-MM-DD or DD.MM.YYYY).").arg(at(F::MoveOut)));
                return false;
            }
            if (moveOut < moveIn) {
                bad(F::MoveOut, TenantListImport::tr("The move-out date %1 lies before the move-in date %2.")
                                    .arg(moveOut.toString(Qt::ISODate), moveIn.toString(Qt::ISODate)));
                return false;
            }
        }
        QString email;
        if (!at(F::Email).isEmpty()) {
            auto normalized = EmailAddress::normalize(at(F::Email));
            if (!normalized) {
                bad(F::Email, TenantListImport::tr("\"%1\" is not an e-mail address: %2")
                                  .arg(at(F::Email).left(kMaxNameLength), normalized.error().message));
                return false;
            }
            email = std::move(*normalized);
        }
        QString language;
        if (!at(F::Language).isEmpty()) {
            const auto parsed = parseLanguage(at(F::Language));
            if (!parsed) {
                bad(F::Language, TenantListImport::tr("\"%1\" is not a language the Cockpit writes in (de, fr, it, en).")
                                     .arg(at(F::Language).left(kMaxNameLength)));
                return false;
            }
            language = *parsed;
        }
        const QString &phone = at(F::Phone);
        QString e164;
        if (!phone.isEmpty()) {
            if (phone.size() > kMaxNameLength || hasControlCharacter(phone)) {
                bad(F::Phone, TenantListImport::tr("A phone number has at most %1 characters and no line breaks.")
                                  .arg(kMaxNameLength));
                return false;
            }
            e164 = m_phones.toE164(phone);
            out.badPhone = e164.isEmpty();
        }
        // The stored value's UTF-8: the file's own bytes when reading them changed nothing (UTF-8,
        // nothing trimmed at either end, no control characters), else the value encoded again. Written
        // over what the row held before (see ParsedRow::clear).
        RowValues &row = out.values;
        const auto setUtf8 = [&](QByteArray &to, F f, const QString &value) {
            if (value.isEmpty()) {
                to.resize(0);
                return;
            }
            const int i = m_columns.of(f);
            if (m_encoding == text::Encoding::Utf8 && i >= 0 && i < record.fields.size()) {
                const QByteArray &raw = record.fields.at(i);
                const auto plain = [](char c) { return c > 0x20 && c < 0x7f; };
                if (!raw.isEmpty() && plain(raw.front()) && plain(raw.back()) && !hasControlCharacter(value)) {
                    setBytes(to, raw);
                    return;
                }
            }
            to = value.toUtf8();
        };
        setUtf8(row.utf8.unitRef, F::UnitRef, at(F::UnitRef));
        setUtf8(row.utf8.unitLabel, F::UnitLabel, at(F::UnitLabel));
        setUtf8(row.utf8.tenantRef, F::TenantRef, at(F::TenantRef));
        setUtf8(row.utf8.first, F::FirstName, at(F::FirstName));
        setUtf8(row.utf8.last, F::LastName, at(F::LastName));
        setUtf8(row.utf8.phone, F::Phone, phone);
        if (email.isEmpty()) {
            row.utf8.email.resize(0);
        } else {
            const QByteArray &raw = record.fields.at(m_columns.of(F::Email));
            // Equal as Latin-1 only when ASCII, so the same in UTF-8.
            if (m_encoding == text::Encoding::Utf8 && email == QLatin1StringView(raw))
                setBytes(row.utf8.email, raw);
            else
                row.utf8.email = email.toUtf8();
        }
        setAscii(row.utf8.e164, e164);
        setAscii(row.utf8.language, language);
        row.unitRefHash = importHash(row.utf8.unitRef);
        row.tenantRefHash = importHash(row.utf8.tenantRef);
        row.labelHash = importHash(row.utf8.unitLabel.isEmpty() ? row.utf8.unitRef : row.utf8.unitLabel);
        row.ownHash = personFieldsHash(row.utf8.first, row.utf8.last, row.utf8.email, row.utf8.phone, row.utf8.e164,
                                       row.utf8.language);
        row.sortKey = nameSortKeyUtf8(at(F::LastName), at(F::FirstName));
        // The search keys, here on the reading thread: the applying one is the import's bottleneck.
        row.givenKey = searchkeys::givenKeyUtf8(at(F::FirstName), at(F::LastName));
        row.phoneSuffix = searchkeys::phoneSuffix(e164).toLatin1(); // digits only
        row.labelKey = searchkeys::labelKey(at(F::UnitLabel).isEmpty() ? at(F::UnitRef) : at(F::UnitLabel)).toUtf8();
        setIsoDate(row.moveInIso, moveIn);
        setIsoDate(row.moveOutIso, moveOut);
        row.line = line;
        row.moveIn = moveIn;
        row.moveOut = moveOut;
        row.person.email = email;
        row.person.phoneE164 = e164;
        row.person.language = language;
        // The texts move into the row; the row's old ones come back to be written over next.
        row.propertyRef.swap(at(F::PropertyRef));
        row.propertyName.swap(at(F::PropertyName));
        row.street.swap(at(F::Street));
        row.zip.swap(at(F::Zip));
        row.city.swap(at(F::City));
        row.unitRef.swap(at(F::UnitRef));
        row.unitLabel.swap(at(F::UnitLabel));
        row.tenantRef.swap(at(F::TenantRef));
        row.person.firstName.swap(at(F::FirstName));
        row.person.lastName.swap(at(F::LastName));
        row.person.phone.swap(at(F::Phone));
        return true;
    }

    // ---- applying ---------------------------------------------------------------------------------
    //
    // What the run knows about units, tenants and tenancies sits in compact in-memory indexes. When
    // the file is large against the office (a first import, a nightly snapshot) they are filled from
    // the database in one read each, so a row costs no query at all; when a small file meets a large
    // office, each record is looked up once when the run first meets it. New rows get their ids from
    // the run and reach the database many at a time (BulkInserter), in an order that keeps every
    // reference pointing at a row already written.

    // A file that brings many more tenants than the office has (the first import, typically) is
    // loaded faster without the secondary indexes, which are built once at the end. The run reads the
    // office's properties and buildings once and keeps them, so their indexes can wait too. The
    // unique constraints stay (a unique index that is no constraint is made again at the end, and the
    // run fails if its rows broke it), and so do the indexes whose keys this run writes in ascending
    // order (the ids it hands out: a unit's building): appending to an index costs less than sorting
    // it. So does the status index, which new people never enter.
    // On PostgreSQL the foreign keys wait as well (SQLite's are off for the whole run). Dropping them
    // and the indexes locks the master data (and the import history) against every other agent,
    // readers too, until the run ends, so only the first import into an office without tenants is
    // loaded this way, never a dry run, and only by a role that owns the tables (the office's owner;
    // an administrator's own role may not drop anything).
    Result<std::optional<IndexDeferral>> deferIndexes()
    {
        if (m_size < 2'000'000 || estimatedRows() < 2 * m_officePersons)
            return std::optional<IndexDeferral>();
        QStringList tables{QStringLiteral("properties"), QStringLiteral("buildings"), QStringLiteral("persons"),
                           QStringLiteral("units")};
        if (!m_db.isSQLite()) {
            if (m_officePersons > 0 || m_ctx.options.dryRun)
                return std::optional<IndexDeferral>();
            tables << QStringLiteral("tenancies") << QStringLiteral("tenancy_persons") << QStringLiteral("erp_changes");
            // The foreign keys' drops lock the tables they refer to as well.
            auto owner = m_db.scalar(QStringLiteral("SELECT bool_and(pg_has_role(current_user, c.relowner, 'USAGE')) "
                                                    "FROM pg_class c WHERE c.relnamespace = current_schema()::regnamespace "
                                                    "AND c.relname = ANY(string_to_array(?, ','))"),
                                     {(tables + QStringList{QStringLiteral("import_runs")}).join(u',')});
            if (!owner)
                return owner.error();
            if (!owner->toBool())
                return std::optional<IndexDeferral>();
            // Nobody else may write into these tables from here on (every INSERT needs a lock that
            // conflicts), so no identity default draws from their sequences, and the run can take its
            // ids in whole ranges (other imports wait for the import lock).
            if (auto r = m_db.exec(QStringLiteral("LOCK TABLE %1 IN SHARE ROW EXCLUSIVE MODE").arg(tables.join(u','))); !r)
                return r.error();
            for (IdSource *ids : {&m_propertyIds, &m_buildingIds, &m_unitIds, &m_personIds, &m_tenancyIds})
                ids->setTableLocked();
        }
        auto deferral = IndexDeferral::dropIndexes(m_db, tables,
                                                   {QStringLiteral("units_building_idx"),
                                                    // partial, and imported people never enter them:
                                                    // building one afterwards would read every person
                                                    // once more for nothing
                                                    QStringLiteral("persons_status_idx"), QStringLiteral("persons_alias_idx"),
                                                    QStringLiteral("persons_alias_unit_idx"),
                                                    QStringLiteral("persons_merged_into_idx")});
        if (!deferral)
            return deferral.error();
        return std::optional<IndexDeferral>(std::move(*deferral));
    }

    qint64 estimatedRows() const { return m_size / 120 + 1; }

    // Preloading reads every unit, tenant and tenancy the office has: worth it unless the file is
    // small against the office.
    Status chooseStrategy()
    {
        auto persons = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM persons"));
        if (!persons)
            return persons.error();
        m_officePersons = persons->toLongLong();
        m_preload = m_officePersons <= 20'000 || estimatedRows() * 8 >= m_officePersons;
        return {};
    }

    struct PropertyState
    {
        qint64 id = 0;
        QString name;
        bool seen = false;
    };

    // The run's picture of the office, from the database or as this run left it. A later pass (after
    // contradicting rows were found) starts again from the database.
    Status resetState()
    {
        m_properties.clear();
        m_buildings.clear();
        m_propertyOfBuilding.clear();
        m_seenBuildings.clear();
        m_lastBuilding = 0;
        m_lastProperty = 0;
        m_units.clear();
        m_persons.clear();
        m_tenancies.clear();
        m_moreLinks.clear();
        for (BulkInserter *writer : m_writers)
            writer->discard();
        for (IdSource *ids : {&m_propertyIds, &m_buildingIds, &m_unitIds, &m_personIds, &m_tenancyIds})
            ids->reset();
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
            m_propertyOfBuilding.insert(buildings.integer(0), buildings.integer(1));
            row = buildings.next();
        }
        if (!row)
            return row.error();
        if (!m_preload)
            return {};
        // The property comes from the buildings just read: no lookup per unit.
        PreparedStatement units(m_db, QStringLiteral("SELECT id, building_id, NULL, label, erp_ref FROM units "
                                                     "WHERE erp_ref IS NOT NULL"));
        row = units.exec();
        while (row && *row) {
            if (auto s = rememberUnit(units, units.utf8(4), importHash(units.utf8(4))); !s)
                return s.error();
            row = units.next();
        }
        if (!row)
            return row.error();
        PreparedStatement persons(m_db, QStringLiteral("SELECT id, first_name, last_name, email, phone, phone_e164, language, "
                                                       "erp_ref FROM persons WHERE erp_ref IS NOT NULL"));
        row = persons.exec();
        while (row && *row) {
            if (auto s = rememberPerson(persons, persons.utf8(7), importHash(persons.utf8(7))); !s)
                return s.error();
            row = persons.next();
        }
        if (!row)
            return row.error();
        // Tenancies, then their people: two reads in stored order instead of a lookup per tenancy.
        PreparedStatement tenancies(m_db, QStringLiteral(
            "SELECT unit_id, id, start_date, end_date FROM tenancies WHERE COALESCE(erp_ref, '') = '' ORDER BY id"));
        std::vector<quint32> entryOfTenancy; // tenancy id -> index of its entry + 1
        row = tenancies.exec();
        while (row && *row) {
            auto entry = rememberTenancy(tenancies, false);
            if (!entry)
                return entry.error();
            if (*entry != HashSlots::kNone) {
                const size_t id = size_t(tenancies.integer(1));
                if (entryOfTenancy.size() <= id)
                    entryOfTenancy.resize(std::max(id + 1, entryOfTenancy.size() * 2), 0);
                entryOfTenancy[id] = *entry + 1;
            }
            row = tenancies.next();
        }
        if (!row)
            return row.error();
        PreparedStatement links(m_db, QStringLiteral("SELECT tenancy_id, person_id FROM tenancy_persons"));
        row = links.exec();
        while (row && *row) {
            const qint64 tenancy = links.integer(0);
            if (tenancy > 0 && size_t(tenancy) < entryOfTenancy.size() && entryOfTenancy[size_t(tenancy)] != 0) {
                auto person = compactId(links.integer(1));
                if (!person)
                    return person.error();
                addLink(m_tenancies.at(entryOfTenancy[size_t(tenancy)] - 1), *person);
            }
            row = links.next();
        }
        if (!row)
            return row.error();
        return {};
    }

    // Columns: id, building_id, property_id (NULL: the building's), label. Entries never move: the
    // pointer stays valid.
    Result<UnitEntry *> rememberUnit(const PreparedStatement &row, QByteArrayView ref, quint64 hash)
    {
        auto id = compactId(row.integer(0));
        auto building = compactId(row.integer(1));
        auto property = compactId(row.isNull(2) ? m_propertyOfBuilding.value(row.integer(1)) : row.integer(2));
        if (!id || !building || !property)
            return !id ? id.error() : !building ? building.error() : property.error();
        return &m_units.insert(ref, hash, UnitEntry{{}, *id, *building, *property, 0, importHash(row.utf8(3))});
    }

    // Columns: id, first_name, last_name, email, phone, phone_e164, language.
    Result<PersonEntry *> rememberPerson(const PreparedStatement &row, QByteArrayView ref, quint64 hash)
    {
        auto id = compactId(row.integer(0));
        if (!id)
            return id.error();
        const quint8 language = languageCode(row.utf8(6));
        return &m_persons.insert(ref, hash, PersonEntry{{}, *id, language, language, 0,
                                                        personFieldsHash(row.utf8(1), row.utf8(2), row.utf8(3),
                                                                         row.utf8(4), row.utf8(5), row.utf8(6))});
    }

    // Columns: unit_id, id, start_date, end_date and, with `withPerson`, a person linked to it (or NULL).
    // The index of its entry; kNone when another tenancy of the unit from the same day was met first.
    Result<quint32> rememberTenancy(const PreparedStatement &row, bool withPerson)
    {
        auto unit = compactId(row.integer(0));
        auto id = compactId(row.integer(1));
        if (!unit || !id)
            return !unit ? unit.error() : id.error();
        const qint32 start = dayOf(row.utf8(2));
        quint32 index = m_tenancies.indexOf(*unit, start);
        if (index == HashSlots::kNone) {
            index = m_tenancies.insert(TenancyEntry{*unit, start, *id, row.isNull(3) ? 0 : dayOf(row.utf8(3)), 0, 0});
        } else if (m_tenancies.at(index).id != *id) {
            return HashSlots::kNone; // the import keeps to the oldest (rows come by id)
        }
        if (withPerson && !row.isNull(4)) {
            auto person = compactId(row.integer(4));
            if (!person)
                return person.error();
            addLink(m_tenancies.at(index), *person);
        }
        return index;
    }

    // Looks a unit up the first time the run meets it (when nothing was preloaded), with its tenancies.
    Result<UnitEntry *> lookUpUnit(QByteArrayView ref, quint64 hash)
    {
        if (UnitEntry *entry = m_units.find(ref, hash))
            return entry;
        if (m_preload)
            return static_cast<UnitEntry *>(nullptr);
        m_findUnit.bind(0, QString::fromUtf8(ref));
        auto found = m_findUnit.exec();
        if (!found)
            return found.error();
        if (!*found)
            return static_cast<UnitEntry *>(nullptr);
        auto unit = rememberUnit(m_findUnit, ref, hash);
        if (!unit)
            return unit.error();
        m_findUnitTenancies.bind(0, m_findUnit.integer(0));
        auto row = m_findUnitTenancies.exec();
        while (row && *row) {
            if (auto s = rememberTenancy(m_findUnitTenancies, true); !s)
                return s.error();
            row = m_findUnitTenancies.next();
        }
        if (!row)
            return row.error();
        return *unit;
    }

    Result<PersonEntry *> lookUpPerson(QByteArrayView ref, quint64 hash)
    {
        if (PersonEntry *entry = m_persons.find(ref, hash))
            return entry;
        if (m_preload)
            return static_cast<PersonEntry *>(nullptr);
        m_findPerson.bind(0, QString::fromUtf8(ref));
        auto found = m_findPerson.exec();
        if (!found)
            return found.error();
        if (!*found)
            return static_cast<PersonEntry *>(nullptr);
        return rememberPerson(m_findPerson, ref, hash);
    }

    void addLink(TenancyEntry &tenancy, quint32 person)
    {
        if (tenancy.firstPerson == 0) {
            tenancy.firstPerson = person;
        } else if (tenancy.firstPerson != person) {
            tenancy.flags |= kMorePersons;
            m_moreLinks.insert(qMakePair(tenancy.id, person));
        }
    }

    bool hasLink(const TenancyEntry &tenancy, quint32 person) const
    {
        return tenancy.firstPerson == person
               || ((tenancy.flags & kMorePersons) && m_moreLinks.contains(qMakePair(tenancy.id, person)));
    }

    // Everything buffered, parents before children.
    Status flushWriters()
    {
        for (BulkInserter *writer : m_writers) {
            if (auto s = writer->flush(); !s)
                return s;
        }
        return m_people->flush();
    }

    static QString buildingKey(qint64 propertyId, const QString &street, const QString &zip, const QString &city)
    {
        return QString::number(propertyId) + QChar(0x1f) + street + QChar(0x1f) + zip + QChar(0x1f) + city;
    }

    bool reportsAdded() const { return m_added.size() < ImportReport::kMaxChanges; }

    void added(const QString &entity, const QString &ref, const QString &name)
    {
        if (!reportsAdded()) {
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
        auto unit = applyUnit(row, *propertyId, *buildingId);
        if (!unit)
            return unit.error();
        if (!*unit)
            return {}; // the unit contradicts an earlier row: the second pass rejects the rows
        const quint32 unitId = (*unit)->id;
        auto person = applyPerson(row);
        if (!person)
            return person.error();
        auto tenancy = applyTenancy(row, unitId);
        if (!tenancy)
            return tenancy.error();
        if (!*person || !*tenancy)
            return {};
        if (auto s = applyLink(row, **tenancy, **person); !s)
            return s;
        if (std::any_of(m_writers.cbegin(), m_writers.cend(), [](const BulkInserter *w) { return w->isFull(); }))
            return flushWriters();
        return {};
    }

    Result<qint64> applyProperty(const RowValues &row)
    {
        // Rows come grouped by property: most rows repeat the row before.
        if (m_lastProperty > 0 && row.propertyRef == m_lastPropertyRef && row.propertyName == m_lastPropertyName)
            return m_lastProperty;
        auto id = findOrAddProperty(row);
        if (id) {
            m_lastProperty = *id;
            m_lastPropertyRef = row.propertyRef;
            m_lastPropertyName = row.propertyName;
        }
        return id;
    }

    Result<qint64> findOrAddProperty(const RowValues &row)
    {
        ImportCounts &counts = m_ctx.report.properties;
        auto it = m_properties.find(row.propertyRef);
        if (it == m_properties.end()) {
            const QString name = row.propertyName.isEmpty() ? row.propertyRef : row.propertyName;
            auto id = m_propertyIds.next();
            if (!id)
                return id.error();
            m_propertyWriter.add(qint64(*id));
            m_propertyWriter.add(row.propertyRef);
            m_propertyWriter.add(name);
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
        // Rows come grouped by address: most rows name the building of the row before.
        if (m_lastBuilding > 0 && propertyId == m_lastBuildingProperty && row.street == m_lastStreet
            && row.zip == m_lastZip && row.city == m_lastCity) {
            return m_lastBuilding;
        }
        auto id = findOrAddBuilding(row, propertyId);
        if (id) {
            m_lastBuilding = *id;
            m_lastBuildingProperty = propertyId;
            m_lastStreet = row.street;
            m_lastZip = row.zip;
            m_lastCity = row.city;
        }
        return id;
    }

    Result<qint64> findOrAddBuilding(const RowValues &row, qint64 propertyId)
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
        auto id = m_buildingIds.next();
        if (!id)
            return id.error();
        m_buildingWriter.add(qint64(*id));
        m_buildingWriter.add(propertyId);
        m_buildingWriter.add(name);
        m_buildingWriter.add(row.street);
        m_buildingWriter.add(row.zip);
        m_buildingWriter.add(row.city);
        m_buildingWriter.add(searchkeys::streetKey(row.street, {}));
        m_buildingWriter.add(searchkeys::cityKey(row.city));
        m_buildings.insert(key, *id);
        m_seenBuildings.insert(*id);
        ++counts.added;
        added(QStringLiteral("building"), row.propertyRef,
              QStringList{row.street, (row.zip + u' ' + row.city).trimmed()}.join(QStringLiteral(", ")));
        return *id;
    }

    static QString addressText(const RowValues &row)
    {
        return QStringList{row.street, (row.zip + u' ' + row.city).trimmed()}.join(QStringLiteral(", "));
    }

    // The unit, or nullptr when this row puts it into another property than an earlier row did.
    Result<UnitEntry *> applyUnit(const RowValues &row, qint64 propertyId, qint64 buildingId)
    {
        ImportCounts &counts = m_ctx.report.units;
        const QByteArray &ref = row.utf8.unitRef;
        auto found = lookUpUnit(ref, row.unitRefHash);
        if (!found)
            return found.error();
        UnitEntry *unit = *found;
        const bool labelGiven = !row.unitLabel.isEmpty();
        if (!unit) {
            auto id = m_unitIds.next();
            if (!id)
                return id.error();
            auto building = compactId(buildingId);
            auto property = compactId(propertyId);
            if (!building || !property)
                return !building ? building.error() : property.error();
            const QString label = labelGiven ? row.unitLabel : row.unitRef;
            const QByteArray &labelUtf8 = labelGiven ? row.utf8.unitLabel : row.utf8.unitRef;
            m_unitWriter.add(qint64(*id));
            m_unitWriter.add(buildingId);
            m_unitWriter.addUtf8(ref);
            m_unitWriter.addUtf8(labelUtf8);
            m_unitWriter.addUtf8(row.labelKey);
            unit = &m_units.insert(ref, row.unitRefHash, UnitEntry{{}, *id, *building, *property, quint8(kSeen | kNew), row.labelHash});
            ++counts.added;
            if (reportsAdded())
                added(QStringLiteral("unit"), row.unitRef, label);
            else
                m_addedTruncated = true;
            return unit;
        }
        const bool labelDiffers = labelGiven && row.labelHash != unit->labelHash;
        if (unit->flags & kSeen) {
            if (unit->propertyId != propertyId) {
                m_conflictUnits.insert(row.unitRef);
                return static_cast<UnitEntry *>(nullptr);
            }
            if ((labelDiffers || unit->buildingId != buildingId) && !m_warnedUnits.contains(row.unitRef)) {
                m_warnedUnits.insert(row.unitRef);
                m_ctx.report.warnings << TenantListImport::tr("The rows of unit %1 disagree on its label or address "
                                                              "(line %2); the first row was kept.")
                                             .arg(row.unitRef)
                                             .arg(row.line);
            }
            return unit;
        }
        unit->flags |= kSeen;
        if (!labelDiffers && unit->buildingId == buildingId) {
            ++counts.unchanged;
            return unit;
        }
        // Changed: what is stored is read for the report.
        m_unitDetails.bind(0, qint64(unit->id));
        auto stored = m_unitDetails.exec();
        if (!stored)
            return stored.error();
        if (!*stored)
            return Error::internal(TenantListImport::tr("The unit %1 vanished during the import.").arg(row.unitRef));
        const QString storedLabel = m_unitDetails.text(0);
        const QString storedAddress = m_unitDetails.text(1);
        const QString label = labelDiffers ? row.unitLabel : storedLabel;
        if (labelDiffers)
            changed(QStringLiteral("unit"), row.unitRef, label, QStringLiteral("label"), storedLabel, row.unitLabel);
        if (unit->buildingId != buildingId)
            changed(QStringLiteral("unit"), row.unitRef, label, QStringLiteral("address"), storedAddress, addressText(row));
        if (auto s = flushWriters(); !s) // the building may be new, still among the buffered rows
            return s.error();
        m_updateUnit.bind(0, buildingId);
        m_updateUnit.bind(1, label);
        m_updateUnit.bind(2, searchkeys::labelKey(label));
        m_updateUnit.bind(3, m_ctx.now);
        m_updateUnit.bind(4, qint64(unit->id));
        if (auto r = m_updateUnit.exec(); !r)
            return r.error();
        unit->buildingId = quint32(buildingId);
        unit->labelHash = importHash(label.toUtf8());
        ++counts.updated;
        return unit;
    }

    // What a row stores for a person: its own values, but an empty language cell keeps the stored one.
    PersonFields storedFields(const RowValues &row, quint8 storedLanguage) const
    {
        PersonFields stored = row.person;
        if (stored.language.isEmpty())
            stored.language = languageText(storedLanguage);
        return stored;
    }

    // personHash(storedFields(row, storedLanguage)), from the row's UTF-8.
    static quint64 rowHash(const RowValues &row, quint8 storedLanguage)
    {
        if (!row.utf8.language.isEmpty())
            return row.ownHash;
        const auto &u = row.utf8;
        return personFieldsHash(u.first, u.last, u.email, u.phone, u.e164,
                                u.language.isEmpty() ? languageBytes(storedLanguage) : QByteArrayView(u.language));
    }

    static quint64 personHash(const PersonFields &p)
    {
        return personFieldsHash(p.firstName.toUtf8(), p.lastName.toUtf8(), p.email.toUtf8(), p.phone.toUtf8(),
                          p.phoneE164.toUtf8(), p.language.toUtf8());
    }

    Result<PersonFields> readPerson(quint32 id)
    {
        // The person may still be in the buffer of new rows.
        if (auto s = flushWriters(); !s)
            return s.error();
        m_personDetails.bind(0, qint64(id));
        auto found = m_personDetails.exec();
        if (!found)
            return found.error();
        if (!*found)
            return Error::internal(TenantListImport::tr("A tenant vanished during the import."));
        return PersonFields{m_personDetails.text(0), m_personDetails.text(1), m_personDetails.text(2),
                            m_personDetails.text(3), m_personDetails.text(4), m_personDetails.text(5)};
    }

    // The person, new in this run or not; nullptr when this row contradicts an earlier one.
    Result<PersonEntry *> applyPerson(const RowValues &row)
    {
        ImportCounts &counts = m_ctx.report.tenants;
        const PersonFields &after = row.person;
        const QByteArray &ref = row.utf8.tenantRef;
        auto found = lookUpPerson(ref, row.tenantRefHash);
        if (!found)
            return found.error();
        PersonEntry *person = *found;
        const quint8 rowLanguage = languageCode(row.utf8.language);
        if (!person) {
            auto id = m_personIds.next();
            if (!id)
                return id.error();
            const QByteArray &first = row.utf8.first, &last = row.utf8.last, &email = row.utf8.email,
                             &phone = row.utf8.phone, &e164 = row.utf8.e164, &language = row.utf8.language;
            m_personWriter.add(qint64(*id));
            m_personWriter.addUtf8(ref);
            m_personWriter.addUtf8(first);
            m_personWriter.addUtf8(last);
            m_personWriter.addUtf8(row.sortKey);
            for (const QByteArray *optional : {&email, &phone, &e164, &language}) {
                if (optional->isEmpty())
                    m_personWriter.addNull();
                else
                    m_personWriter.addUtf8(*optional);
            }
            m_personWriter.addUtf8(row.givenKey);
            if (e164.isEmpty())
                m_personWriter.addNull();
            else
                m_personWriter.addUtf8(row.phoneSuffix);
            person = &m_persons.insert(ref, row.tenantRefHash,
                                       PersonEntry{{}, *id, rowLanguage, rowLanguage, quint8(kSeen | kNew), row.ownHash});
            ++counts.added;
            if (reportsAdded())
                added(QStringLiteral("tenant"), row.tenantRef, after.displayName());
            else
                m_addedTruncated = true;
            if (after.email.isEmpty()) {
                m_people->recordNoContact(*id);
                ++m_newWithoutEmail;
            }
            return person;
        }
        if (person->flags & kSeen) {
            // What is stored is what the first row of this person said.
            const auto contradiction = [&]() -> Result<std::optional<F>> {
                if (rowLanguage != person->firstLanguage)
                    return std::optional<F>(F::Language);
                if (rowHash(row, person->language) == person->storedHash)
                    return std::optional<F>();
                auto before = readPerson(person->id);
                if (!before)
                    return before.error();
                if (before->firstName != after.firstName)
                    return std::optional<F>(F::FirstName);
                if (before->lastName != after.lastName)
                    return std::optional<F>(F::LastName);
                if (EmailAddress::comparisonKey(before->email) != EmailAddress::comparisonKey(after.email))
                    return std::optional<F>(F::Email);
                const bool samePhone = !before->phoneE164.isEmpty() || !after.phoneE164.isEmpty()
                                           ? before->phoneE164 == after.phoneE164
                                           : before->phone == after.phone;
                if (!samePhone)
                    return std::optional<F>(F::Phone);
                return std::optional<F>();
            }();
            if (!contradiction)
                return contradiction.error();
            if (*contradiction) {
                if (!m_conflictTenants.contains(row.tenantRef))
                    m_conflictTenants.insert(row.tenantRef, **contradiction);
                return static_cast<PersonEntry *>(nullptr);
            }
            return person;
        }
        person->flags |= kSeen;
        person->firstLanguage = rowLanguage;
        const quint64 storedHash = rowHash(row, person->language);
        if (storedHash == person->storedHash) {
            ++counts.unchanged;
            return person;
        }
        const PersonFields stored = storedFields(row, person->language);
        auto before = readPerson(person->id);
        if (!before)
            return before.error();
        person->storedHash = storedHash;
        person->language = languageCode(stored.language.toUtf8());
        const bool same = before->firstName == stored.firstName && before->lastName == stored.lastName
                          && before->email == stored.email && before->phone == stored.phone
                          && before->phoneE164 == stored.phoneE164 && before->language == stored.language;
        if (same) {
            ++counts.unchanged;
            return person;
        }
        if (m_people->record(person->id, row.tenantRef, *before, stored))
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
        m_updatePerson.bind(7, searchkeys::givenKey(stored.firstName, stored.lastName));
        m_updatePerson.bind(8, stored.phoneE164.isEmpty() ? QString() : searchkeys::phoneSuffix(stored.phoneE164));
        m_updatePerson.bind(9, m_ctx.now);
        m_updatePerson.bind(10, qint64(person->id));
        if (auto r = m_updatePerson.exec(); !r)
            return r.error();
        return person;
    }

    // Tenancies from a tenant list have no ERP reference: the unit and the move-in date are their identity.
    // nullptr when this row gives the tenancy another move-out date than an earlier row did.
    Result<TenancyEntry *> applyTenancy(const RowValues &row, quint32 unitId)
    {
        ImportCounts &counts = m_ctx.report.tenancies;
        const qint32 start = qint32(row.moveIn.toJulianDay());
        const qint32 end = row.moveOut.isValid() ? qint32(row.moveOut.toJulianDay()) : 0;
        const auto key = [&] { return tenancyKey(row.unitRef, row.moveIn); };
        TenancyEntry *tenancy = m_tenancies.find(unitId, start);
        if (!tenancy) {
            auto id = m_tenancyIds.next();
            if (!id)
                return id.error();
            m_tenancyWriter.add(qint64(*id));
            m_tenancyWriter.add(qint64(unitId));
            m_tenancyWriter.addUtf8(row.moveInIso);
            if (end == 0)
                m_tenancyWriter.addNull();
            else
                m_tenancyWriter.addUtf8(row.moveOutIso);
            tenancy = &m_tenancies.at(m_tenancies.insert(TenancyEntry{unitId, start, *id, end, 0, quint8(kSeen | kNew)}));
            ++counts.added;
            if (reportsAdded())
                added(QStringLiteral("tenancy"), key(), row.unitLabel.isEmpty() ? row.unitRef : row.unitLabel);
            else
                m_addedTruncated = true;
            return tenancy;
        }
        if (tenancy->flags & kSeen) {
            if (tenancy->endDay != end) {
                m_conflictTenancies.insert(key());
                return static_cast<TenancyEntry *>(nullptr);
            }
            return tenancy;
        }
        tenancy->flags |= kSeen;
        if (tenancy->endDay == end) {
            ++counts.unchanged;
            return tenancy;
        }
        const bool endsNow = tenancy->endDay == 0 && end != 0;
        if (endsNow)
            ++counts.ended;
        else
            ++counts.updated;
        const QDate storedEnd = tenancy->endDay == 0 ? QDate() : QDate::fromJulianDay(tenancy->endDay);
        m_ctx.report.addChange({endsNow ? ImportChange::Kind::Ended : ImportChange::Kind::Changed, QStringLiteral("tenancy"),
                                key(), row.unitLabel.isEmpty() ? row.unitRef : row.unitLabel, QStringLiteral("end_date"),
                                storedEnd.toString(Qt::ISODate), row.moveOut.toString(Qt::ISODate)});
        tenancy->endDay = end;
        if (auto s = flushWriters(); !s) // its links may be among the buffered rows
            return s.error();
        m_updateTenancyEnd.bind(0, row.moveOut);
        m_updateTenancyEnd.bind(1, m_ctx.now);
        m_updateTenancyEnd.bind(2, qint64(tenancy->id));
        if (auto r = m_updateTenancyEnd.exec(); !r)
            return r.error();
        if (endsNow) {
            if (auto s = recordEnded(tenancy->id, row.moveOut); !s)
                return s.error();
        }
        return tenancy;
    }

    Status applyLink(const RowValues &row, TenancyEntry &tenancy, const PersonEntry &person)
    {
        if (hasLink(tenancy, person.id))
            return {};
        m_linkWriter.add(qint64(tenancy.id));
        m_linkWriter.add(qint64(person.id));
        addLink(tenancy, person.id);
        if (!(person.flags & kNew)) {
            // Someone the office already knew moves into another unit: a line in their history.
            m_insertStarted.bind(0, m_ctx.runId);
            m_insertStarted.bind(1, qint64(person.id));
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
        if (m_preload) {
            // Every tenancy of the office is in memory: when the file named each open one, none ends.
            bool anyMissing = false;
            for (quint32 i = 0; i < m_tenancies.size() && !anyMissing; ++i) {
                const TenancyEntry &t = m_tenancies.at(i);
                anyMissing = t.endDay == 0 && !(t.flags & kSeen);
            }
            if (!anyMissing)
                return {};
        }
        if (auto s = flushWriters(); !s)
            return s;
        PreparedStatement open(m_db, QStringLiteral(
            "SELECT t.id, u.erp_ref, t.start_date, u.label, t.unit_id FROM tenancies t JOIN units u ON u.id = t.unit_id "
            "WHERE COALESCE(t.erp_ref, '') = '' AND t.end_date IS NULL ORDER BY u.erp_ref, t.start_date"));
        QList<QPair<qint64, QDate>> toEnd;
        qint64 kept = 0;
        auto row = open.exec();
        while (row && *row) {
            const qint64 id = open.integer(0);
            const QDate start = open.date(2);
            const TenancyEntry *seen = m_tenancies.find(open.integer(4), qint32(start.toJulianDay()));
            if (!seen || seen->id != id || !(seen->flags & kSeen)) {
                const QString unitRef = open.text(1);
                if (m_rejectedUnits.contains(unitRef)) {
                    ++kept;
                } else {
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

    ImportContext &m_ctx;
    const Database &m_db;
    QElapsedTimer m_clock;
    QString m_path;
    QString m_file;
    PhoneNumberNormalizer m_phones;
    TenantListProfile m_profile = TenantListProfile::automatic();
    TenantListColumns m_columns;
    text::Encoding m_encoding = text::Encoding::Utf8;
    struct Previous
    {
        QByteArray raw; // own copy: the reader reuses its buffers
        QString value;
        bool valid = false;
    };
    std::array<Previous, kTenantListFieldCount> m_previous; // fieldInto() of the row before
    std::array<QString, kTenantListFieldCount> m_texts;     // parseRow()'s, their buffers used again
    qint64 m_size = 0;
    std::future<Result<QString>> m_hash;
    int m_permille = 0;
    qint64 m_noPhoneNumber = 0;
    qint64 m_firstBadPhoneLine = 0;
    qint64 m_newWithoutEmail = 0;
    qint64 m_officePersons = 0;
    bool m_preload = true;
    QSet<QString> m_rejectedUnits;
    bool m_rejectedWithoutUnit = false;
    bool m_secondPass = false;
    qint64 m_appliedRows = 0; // rows of the last pass that were applied (contradicting ones not)
    std::optional<PersonChanges> m_people;

    QHash<QString, PropertyState> m_properties;
    QHash<QString, qint64> m_buildings;
    QHash<qint64, qint64> m_propertyOfBuilding;
    qint64 m_lastProperty = 0; // and the reference and name that found it
    QString m_lastPropertyRef, m_lastPropertyName;
    qint64 m_lastBuilding = 0; // and the address that found it
    qint64 m_lastBuildingProperty = 0;
    QString m_lastStreet, m_lastZip, m_lastCity;
    QSet<qint64> m_seenBuildings;
    RefIndex<UnitEntry> m_units;
    RefIndex<PersonEntry> m_persons;
    PairIndex<TenancyEntry> m_tenancies;
    QSet<QPair<quint32, quint32>> m_moreLinks; // (tenancy, person) beyond each tenancy's first person
    QSet<QString> m_warnedUnits, m_warnedProperties;
    QHash<QString, F> m_conflictTenants;
    QSet<QString> m_conflictUnits, m_conflictTenancies;
    QMap<QString, QList<qint64>> m_conflictLines;
    QList<ImportChange> m_added;
    bool m_addedTruncated = false;

    IdSource m_propertyIds{m_db, QStringLiteral("properties")};
    IdSource m_buildingIds{m_db, QStringLiteral("buildings")};
    IdSource m_unitIds{m_db, QStringLiteral("units")};
    IdSource m_personIds{m_db, QStringLiteral("persons")};
    IdSource m_tenancyIds{m_db, QStringLiteral("tenancies")};
    BulkInserter m_propertyWriter{m_db, QStringLiteral("properties"),
                                  {QStringLiteral("id"), QStringLiteral("erp_ref"), QStringLiteral("name")}};
    BulkInserter m_buildingWriter{m_db, QStringLiteral("buildings"),
                                  {QStringLiteral("id"), QStringLiteral("property_id"), QStringLiteral("name"),
                                   QStringLiteral("street"), QStringLiteral("postal_code"), QStringLiteral("city"),
                                   QStringLiteral("street_key"), QStringLiteral("city_key")}};
    BulkInserter m_unitWriter{m_db, QStringLiteral("units"),
                              {QStringLiteral("id"), QStringLiteral("building_id"), QStringLiteral("erp_ref"),
                               QStringLiteral("label"), QStringLiteral("label_key")}};
    BulkInserter m_personWriter{m_db, QStringLiteral("persons"),
                                {QStringLiteral("id"), QStringLiteral("erp_ref"), QStringLiteral("first_name"),
                                 QStringLiteral("last_name"), QStringLiteral("sort_name"), QStringLiteral("email"),
                                 QStringLiteral("phone"), QStringLiteral("phone_e164"), QStringLiteral("language"),
                                 QStringLiteral("given_key"), QStringLiteral("phone_suffix")}};
    BulkInserter m_tenancyWriter{m_db, QStringLiteral("tenancies"),
                                 {QStringLiteral("id"), QStringLiteral("unit_id"), QStringLiteral("start_date"),
                                  QStringLiteral("end_date")}};
    BulkInserter m_linkWriter{m_db, QStringLiteral("tenancy_persons"),
                              {QStringLiteral("tenancy_id"), QStringLiteral("person_id")}};
    // In the order they are written: every row's parents before it.
    const std::array<BulkInserter *, 6> m_writers{&m_propertyWriter, &m_buildingWriter, &m_unitWriter,
                                                  &m_personWriter,   &m_tenancyWriter,  &m_linkWriter};

    PreparedStatement m_updateProperty{m_db, QStringLiteral("UPDATE properties SET name = ?, updated_at = ? WHERE id = ?")};
    // Columns as rememberUnit() reads them.
    PreparedStatement m_findUnit{m_db, QStringLiteral(
        "SELECT u.id, u.building_id, b.property_id, u.label FROM units u JOIN buildings b ON b.id = u.building_id "
        "WHERE u.erp_ref = ?")};
    // Tenancies without an ERP reference (an empty one counts as none): the tenant list's own.
    PreparedStatement m_findUnitTenancies{m_db, QStringLiteral(
        "SELECT t.unit_id, t.id, t.start_date, t.end_date, tp.person_id FROM tenancies t "
        "LEFT JOIN tenancy_persons tp ON tp.tenancy_id = t.id WHERE t.unit_id = ? AND COALESCE(t.erp_ref, '') = '' "
        "ORDER BY t.id")};
    PreparedStatement m_unitDetails{m_db, QStringLiteral(
        "SELECT u.label, b.street || ', ' || b.postal_code || ' ' || b.city FROM units u "
        "JOIN buildings b ON b.id = u.building_id WHERE u.id = ?")};
    PreparedStatement m_updateUnit{m_db, QStringLiteral(
        "UPDATE units SET building_id = ?, label = ?, label_key = ?, updated_at = ? WHERE id = ?")};
    // Columns as rememberPerson() reads them.
    PreparedStatement m_findPerson{m_db, QStringLiteral(
        "SELECT id, first_name, last_name, email, phone, phone_e164, language FROM persons WHERE erp_ref = ?")};
    PreparedStatement m_personDetails{m_db, QStringLiteral(
        "SELECT first_name, last_name, email, phone, phone_e164, language FROM persons WHERE id = ?")};
    PreparedStatement m_updatePerson{m_db, QStringLiteral(
        "UPDATE persons SET first_name = ?, last_name = ?, sort_name = ?, email = ?, phone = ?, phone_e164 = ?, "
        "language = ?, given_key = ?, phone_suffix = ?, updated_at = ?, row_version = row_version + 1 WHERE id = ?")};
    PreparedStatement m_updateTenancyEnd{m_db, QStringLiteral(
        "UPDATE tenancies SET end_date = ?, updated_at = ? WHERE id = ?")};
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
    return importer.finishHash(importer.run());
}

} // namespace tc
