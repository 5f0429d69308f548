// ZipJob: real archives, written here with libzip (and patched byte by byte where no honest writer would go),
// for every way a job zip is refused and the shapes in which good jobs arrive.
#include "import/ZipJob.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <optional>
#include <utility>

#include <zip.h>

using tc::ZipJob;

Q_DECLARE_METATYPE(tc::ZipJob::Limits)

namespace {

using Files = QMap<QString, QByteArray>;

// Unix file types as zip writers store them (upper half of the external attributes).
constexpr zip_uint32_t unixRegular = 0100000;
constexpr zip_uint32_t unixLink = 0120000;
constexpr zip_uint32_t unixFifo = 0010000;
constexpr zip_uint32_t unixCharDevice = 0020000;

struct Entry
{
    QByteArray name = {}; // UTF-8, or CP437 bytes when cp437 is set
    QByteArray data = {};
    bool cp437 = false;
    bool stored = false;
    zip_uint16_t encryption = ZIP_EM_NONE;
    std::optional<std::pair<zip_uint8_t, zip_uint32_t>> attributes = {}; // system, external attributes
};

Entry file(const QString &name, const QByteArray &data)
{
    return Entry { .name = name.toUtf8(), .data = data };
}

Entry folder(const QString &name)
{
    return Entry { .name = name.toUtf8() };
}

Entry withUnixMode(Entry e, zip_uint32_t mode)
{
    e.attributes = std::pair<zip_uint8_t, zip_uint32_t>(ZIP_OPSYS_UNIX, mode << 16);
    return e;
}

Entry stored(Entry e)
{
    e.stored = true;
    return e;
}

Entry encrypted(Entry e, zip_uint16_t method)
{
    e.encryption = method;
    return e;
}

QByteArray manifest()
{
    return QByteArrayLiteral("{\"autoImport\": false, \"locale\": \"de_CH\"}\n");
}

QByteArray agents()
{
    return QByteArrayLiteral("importType,id,email,lastName,firstName\n"
                             "insert,0b6f5c1e-2f7a-4c1e-9d2a-3f1b2c4d5e6f,anna.meier@verwaltung.ch,Meier,Anna\n");
}

// CSV rows that compress like real exports do (a few to one), from a fixed seed.
QByteArray tenantRows(int rows)
{
    QRandomGenerator random(20240501);
    QByteArray out = QByteArrayLiteral("importType,id,registrationCode,email,phone,name\n");
    for (int i = 0; i < rows; ++i) {
        const QByteArray id = QByteArray::number(random.generate64(), 16).rightJustified(16, '0');
        out += "insert," + id + ',' + QByteArray::number(random.bounded(100000000), 36) + ",tenant"
            + QByteArray::number(i) + "@example.ch,+4179" + QByteArray::number(random.bounded(1000000, 9999999))
            + ",Tenant " + QByteArray::number(i) + '\n';
    }
    return out;
}

bool writeZip(const QString &path, const QList<Entry> &entries)
{
    int code = 0;
    zip_t *zip = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &code);
    if (!zip) {
        qWarning("zip_open(%s) failed: %d", qPrintable(path), code);
        return false;
    }
    const auto fail = [zip](const char *what) {
        qWarning("%s: %s", what, zip_strerror(zip));
        zip_discard(zip);
        return false;
    };
    for (const Entry &e : entries) {
        const zip_flags_t encoding = e.cp437 ? ZIP_FL_ENC_CP437 : ZIP_FL_ENC_UTF_8;
        zip_int64_t index = -1;
        if (e.name.endsWith('/') && e.data.isEmpty() && !e.attributes) {
            index = zip_dir_add(zip, e.name.constData(), encoding);
        } else {
            // The entries outlive zip_close, so libzip may read the bytes where they are.
            zip_source_t *source
                = zip_source_buffer(zip, e.data.constData(), static_cast<zip_uint64_t>(e.data.size()), 0);
            if (!source)
                return fail("zip_source_buffer");
            index = zip_file_add(zip, e.name.constData(), source, encoding);
            if (index < 0)
                zip_source_free(source);
        }
        if (index < 0)
            return fail(e.name.constData());
        const auto at = static_cast<zip_uint64_t>(index);
        if (e.stored && zip_set_file_compression(zip, at, ZIP_CM_STORE, 0) != 0)
            return fail("zip_set_file_compression");
        if (e.encryption != ZIP_EM_NONE && zip_file_set_encryption(zip, at, e.encryption, "geheim") != 0)
            return fail("zip_file_set_encryption");
        if (e.attributes
            && zip_file_set_external_attributes(zip, at, 0, e.attributes->first, e.attributes->second) != 0)
            return fail("zip_file_set_external_attributes");
    }
    if (zip_close(zip) != 0)
        return fail("zip_close");
    return true;
}

QByteArray readBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

// The offsets of a field in the local and the central header of the entry `name` (the archive format's layout).
enum class Field { CompressionMethod, CompressedSize, Size };

int localOffset(Field field)
{
    switch (field) {
    case Field::CompressionMethod:
        return 8;
    case Field::CompressedSize:
        return 18;
    case Field::Size:
        return 22;
    }
    return 0;
}

int centralOffset(Field field)
{
    return localOffset(field) + 2;
}

// Sets a field of an entry in both of its headers, so the archive stays self-consistent and only the lie remains.
bool forge(const QString &path, const QByteArray &name, Field field, quint32 value)
{
    QByteArray bytes = readBytes(path);
    int patched = 0;
    for (qsizetype i = 0; i + 46 <= bytes.size(); ++i) {
        const QByteArrayView signature(bytes.constData() + i, 4);
        const bool local = signature == QByteArrayLiteral("PK\x03\x04");
        const bool central = signature == QByteArrayLiteral("PK\x01\x02");
        if (!local && !central)
            continue;
        const auto *header = reinterpret_cast<const uchar *>(bytes.constData() + i);
        const int nameLength = qFromLittleEndian<quint16>(header + (local ? 26 : 28));
        if (bytes.mid(i + (local ? 30 : 46), nameLength) != name)
            continue;
        char *at = bytes.data() + i + (local ? localOffset(field) : centralOffset(field));
        if (field == Field::CompressionMethod)
            qToLittleEndian<quint16>(static_cast<quint16>(value), at);
        else
            qToLittleEndian<quint32>(value, at);
        ++patched;
    }
    return patched == 2 && writeBytes(path, bytes);
}

// Replaces bytes of the same length everywhere in the file (names, stored data).
bool replaceBytes(const QString &path, const QByteArray &from, const QByteArray &to)
{
    QByteArray bytes = readBytes(path);
    if (from.size() != to.size() || !bytes.contains(from))
        return false;
    bytes.replace(from, to);
    return writeBytes(path, bytes);
}

// Builds the core of the compact zip bombs: the stored data of "job/a.csv" is the local header and the data of
// "job/b.csv", so both entries are consistent on their own but share bytes of the file.
bool writeOverlappingZip(const QString &path, const QString &scratch)
{
    const QByteArray data = agents().repeated(10);
    if (!writeZip(scratch, { stored(file(QStringLiteral("job/b.csv"), data)) }))
        return false;
    const QByteArray inner = readBytes(scratch);
    const auto le32 = [](const QByteArray &bytes, qsizetype at) {
        return qFromLittleEndian<quint32>(reinterpret_cast<const uchar *>(bytes.constData() + at));
    };
    const qsizetype innerEnd = inner.size() - 22; // the end record, written without a comment
    if (innerEnd < 0)
        return false;
    const QByteArray innerLocal = inner.left(le32(inner, innerEnd + 16));
    QByteArray innerCentral = inner.mid(innerLocal.size(), innerEnd - innerLocal.size());

    if (!writeZip(path, { stored(file(QStringLiteral("job/a.csv"), innerLocal)) }))
        return false;
    QByteArray outer = readBytes(path);
    const qsizetype outerEnd = outer.size() - 22;
    const qsizetype quoted = outer.indexOf(innerLocal);
    if (outerEnd < 0 || quoted < 0)
        return false;
    // The second central entry points into the first entry's data; the end record counts it.
    qToLittleEndian<quint32>(static_cast<quint32>(quoted), innerCentral.data() + 42);
    outer.insert(outerEnd, innerCentral);
    char *end = outer.data() + outerEnd + innerCentral.size();
    qToLittleEndian<quint16>(2, end + 8);
    qToLittleEndian<quint16>(2, end + 10);
    qToLittleEndian<quint32>(
        le32(outer, outerEnd + innerCentral.size() + 12) + static_cast<quint32>(innerCentral.size()), end + 12);
    return writeBytes(path, outer);
}

QString nfd(const QString &s)
{
    return s.normalized(QString::NormalizationForm_D);
}

} // namespace

class TestZipJob : public QObject
{
    Q_OBJECT

public:
    TestZipJob() { qRegisterMetaType<ZipJob::Limits>(); }

private:
    QString zipPath(const QString &name)
    {
        return m_dir.filePath(QStringLiteral("%1-%2.zip").arg(++m_count).arg(name));
    }

    QString emptyTarget()
    {
        const QString path = m_dir.filePath(QStringLiteral("target-%1").arg(++m_count));
        return QDir().mkpath(path) ? path : QString();
    }

    static QStringList contents(const QString &dir)
    {
        QStringList names = QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
        names.sort(); // the order of QMap's keys
        return names;
    }

    // Adds a row that expects `zip` to be refused with a message naming the zip, `entry` (when given) and `why`.
    void refusal(const char *row, const QString &zip, const QString &why, const QString &entry = {},
        const ZipJob::Limits &limits = {})
    {
        QTest::newRow(row) << zip << limits << why << entry;
    }

    QTemporaryDir m_dir;
    int m_count = 0;
    QString m_bomb;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // 100 MB of zeros deflate to about 100 KB: the classic zip bomb, behind a harmless manifest.
        m_bomb = m_dir.filePath(QStringLiteral("bomb.zip"));
        QVERIFY(writeZip(m_bomb,
            { file(QStringLiteral("job/manifest.json"), manifest()),
                file(QStringLiteral("job/tenants.csv"), QByteArray(100'000'000, '\0')) }));
        QVERIFY(QFileInfo(m_bomb).size() < 1'000'000);
    }

    void extractsGoodJobs_data()
    {
        QTest::addColumn<QString>("zip");
        QTest::addColumn<Files>("files");

        const Files job { { QStringLiteral("manifest.json"), manifest() }, { QStringLiteral("agents.csv"), agents() } };

        QString zip = zipPath(QStringLiteral("flat"));
        QVERIFY(writeZip(
            zip, { file(QStringLiteral("manifest.json"), manifest()), file(QStringLiteral("agents.csv"), agents()) }));
        QTest::newRow("flat") << zip << job;

        zip = zipPath(QStringLiteral("top-folder"));
        QVERIFY(writeZip(zip,
            { folder(QStringLiteral("Export 2024-05-01/")),
                file(QStringLiteral("Export 2024-05-01/manifest.json"), manifest()),
                file(QStringLiteral("Export 2024-05-01/agents.csv"), agents()) }));
        QTest::newRow("one top folder") << zip << job;

        zip = zipPath(QStringLiteral("implicit-folder"));
        QVERIFY(writeZip(zip,
            { file(QStringLiteral("job/manifest.json"), manifest()),
                file(QStringLiteral("job/agents.csv"), agents()) }));
        QTest::newRow("top folder without an entry of its own") << zip << job;

        zip = zipPath(QStringLiteral("finder"));
        QVERIFY(writeZip(zip,
            { folder(QStringLiteral("job/")), file(QStringLiteral("job/manifest.json"), manifest()),
                file(QStringLiteral("job/.DS_Store"), "Bud1"), file(QStringLiteral(".DS_Store"), "Bud1"),
                folder(QStringLiteral("__MACOSX/")), folder(QStringLiteral("__MACOSX/job/")),
                file(QStringLiteral("__MACOSX/job/._manifest.json"), QByteArrayLiteral("\x00\x05\x16\x07")),
                file(QStringLiteral("__MACOSX/._job"), QByteArrayLiteral("\x00\x05\x16\x07")),
                file(QStringLiteral("job/agents.csv"), agents()) }));
        QTest::newRow("macOS Finder noise") << zip << job;

        zip = zipPath(QStringLiteral("finder-flat"));
        QVERIFY(writeZip(zip,
            { file(QStringLiteral("manifest.json"), manifest()), file(QStringLiteral(".DS_Store"), "Bud1"),
                file(QStringLiteral("__MACOSX/._manifest.json"), QByteArrayLiteral("\x00\x05\x16\x07")),
                file(QStringLiteral("agents.csv"), agents()) }));
        QTest::newRow("macOS Finder noise, flat") << zip << job;

        zip = zipPath(QStringLiteral("utf8"));
        QVERIFY(writeZip(zip,
            { file(QStringLiteral("Übergabe Zürich/manifest.json"), manifest()),
                file(QStringLiteral("Übergabe Zürich/Mieterinnen – Genève.csv"), agents()) }));
        QTest::newRow("UTF-8 names") << zip
                                     << Files { { QStringLiteral("manifest.json"), manifest() },
                                            { QStringLiteral("Mieterinnen – Genève.csv"), agents() } };

        zip = zipPath(QStringLiteral("cp437"));
        // Windows Explorer writes names in the OEM code page, without the UTF-8 flag.
        const Entry windows { .name = QByteArrayLiteral("Gr\x81nau.csv"), .data = agents(), .cp437 = true };
        QVERIFY(writeZip(zip, { file(QStringLiteral("manifest.json"), manifest()), windows }));
        QTest::newRow("CP437 name from Windows")
            << zip
            << Files { { QStringLiteral("manifest.json"), manifest() }, { QStringLiteral("Grünau.csv"), agents() } };

        zip = zipPath(QStringLiteral("stored"));
        QVERIFY(writeZip(zip,
            { stored(file(QStringLiteral("manifest.json"), manifest())),
                stored(file(QStringLiteral("agents.csv"), agents())) }));
        QTest::newRow("stored without compression") << zip << job;

        const QByteArray tenants = tenantRows(40000); // a few megabytes: many reads, and the ratio check applies
        QVERIFY(tenants.size() > 3'000'000);
        zip = zipPath(QStringLiteral("big"));
        QVERIFY(writeZip(zip,
            { file(QStringLiteral("job/manifest.json"), manifest()),
                file(QStringLiteral("job/tenants.csv"), tenants) }));
        QTest::newRow("a few megabytes") << zip
                                         << Files { { QStringLiteral("manifest.json"), manifest() },
                                                { QStringLiteral("tenants.csv"), tenants } };

        zip = zipPath(QStringLiteral("modes"));
        Entry dos = file(QStringLiteral("agents.csv"), agents());
        dos.attributes = std::pair<zip_uint8_t, zip_uint32_t>(ZIP_OPSYS_DOS, 0x20); // the archive bit
        QVERIFY(writeZip(zip, { withUnixMode(file(QStringLiteral("manifest.json"), manifest()), 0644), dos }));
        QTest::newRow("permission bits only, MS-DOS attributes") << zip << job;

        zip = zipPath(QStringLiteral("executable"));
        QVERIFY(writeZip(zip,
            { withUnixMode(file(QStringLiteral("manifest.json"), manifest()), unixRegular | 04755),
                file(QStringLiteral("agents.csv"), agents()) }));
        QTest::newRow("modes are not carried over") << zip << job;

        // What "zip -X -r - job" writes to a pipe: sizes and checksums in data descriptors after the data.
        zip = zipPath(QStringLiteral("streamed"));
        QVERIFY(writeBytes(zip,
            QByteArray::fromBase64(
                "UEsDBAoAAAAAAABgoVgAAAAAAAAAAAAAAAAEAAAAam9iL1BLAwQUAAgACAAAYKFYAAAAAAAAAABoAAAADgAAAGpvYi9hZ2VudHMu"
                "Y3N2FchBDoMgEAXQvWcZTKGocecFdNULjPCpkwAaxDa9fePu5Uk69lJfvwMknpBYIkU+68IJjeQTpdJj7UPnNJQJAyt7a/SG1TPo"
                "1TjrO/SBOGduEwRl+qB8OdYrv1u30Xxf8wdQSwcIinzCF2IAAABoAAAAUEsDBBQACAAIAABgoVgAAAAAAAAAAAMAAAARAAAAam9i"
                "L21hbmlmZXN0Lmpzb26rruUCAFBLBwgGsKHdBQAAAAMAAABQSwECHgMKAAAAAAAAYKFYAAAAAAAAAAAAAAAABAAAAAAAAAAAABAA"
                "7UEAAAAAam9iL1BLAQIeAxQACAAIAABgoViKfMIXYgAAAGgAAAAOAAAAAAAAAAEAAACkgSIAAABqb2IvYWdlbnRzLmNzdlBLAQIe"
                "AxQACAAIAABgoVgGsKHdBQAAAAMAAAARAAAAAAAAAAEAAACkgcAAAABqb2IvbWFuaWZlc3QuanNvblBLBQYAAAAAAwADAK0AAAAE"
                "AQAAAAA=")));
        QTest::newRow("streamed by Info-ZIP")
            << zip
            << Files { { QStringLiteral("manifest.json"), QByteArrayLiteral("{}\n") },
                   { QStringLiteral("agents.csv"),
                       QByteArrayLiteral(
                           "importType,id,email,lastName\n"
                           "insert,0b6f5c1e-2f7a-4c1e-9d2a-3f1b2c4d5e6f,anna.meier@verwaltung.ch,Meier\n") } };

        zip = zipPath(QStringLiteral("empty"));
        QVERIFY(writeBytes(zip, QByteArrayLiteral("PK\x05\x06") + QByteArray(18, '\0')));
        QTest::newRow("empty archive") << zip << Files {};

        zip = zipPath(QStringLiteral("only-folder"));
        QVERIFY(writeZip(zip, { folder(QStringLiteral("job/")) }));
        QTest::newRow("only the folder") << zip << Files {};
    }
    void extractsGoodJobs()
    {
        QFETCH(QString, zip);
        QFETCH(Files, files);
        const QString target = emptyTarget();
        const tc::Status status = ZipJob::extract(zip, target);
        QVERIFY2(status.ok(), status.ok() ? "" : qPrintable(status.error().message));
        QCOMPARE(contents(target), QStringList(files.keys()));
        for (auto it = files.cbegin(); it != files.cend(); ++it) {
            const QString path = QDir(target).filePath(it.key());
            QVERIFY2(readBytes(path) == it.value(), qPrintable(it.key()));
            const QFileDevice::Permissions exec
                = QFileDevice::ExeOwner | QFileDevice::ExeGroup | QFileDevice::ExeOther | QFileDevice::ExeUser;
            QVERIFY(!(QFile::permissions(path) & exec));
        }
    }

    void refuses_data()
    {
        QTest::addColumn<QString>("zip");
        QTest::addColumn<ZipJob::Limits>("limits");
        QTest::addColumn<QString>("why");
        QTest::addColumn<QString>("entry");

        const Entry goodManifest = file(QStringLiteral("job/manifest.json"), manifest());

        // Not a zip, or not all of one.
        QString zip = zipPath(QStringLiteral("csv"));
        QVERIFY(writeBytes(zip, agents()));
        refusal("not a zip", zip, QStringLiteral("is not a zip archive"));

        zip = zipPath(QStringLiteral("nothing"));
        QVERIFY(writeBytes(zip, {}));
        refusal("empty file", zip, QStringLiteral("is empty"));

        refusal("missing file", m_dir.filePath(QStringLiteral("no-such.zip")), QStringLiteral("does not exist"));

        const QString good = zipPath(QStringLiteral("good"));
        QVERIFY(writeZip(good, { goodManifest, file(QStringLiteral("job/tenants.csv"), tenantRows(2000)) }));
        const QByteArray goodBytes = readBytes(good);

        zip = zipPath(QStringLiteral("half"));
        QVERIFY(writeBytes(zip, goodBytes.left(goodBytes.size() / 2)));
        refusal("truncated to half", zip, QStringLiteral("incomplete"));

        zip = zipPath(QStringLiteral("one-byte-short"));
        QVERIFY(writeBytes(zip, goodBytes.chopped(1)));
        refusal("one byte short", zip, QStringLiteral("incomplete"));

        zip = zipPath(QStringLiteral("garbled"));
        QByteArray garbled = goodBytes;
        const qsizetype middle = garbled.indexOf("PK\x01\x02") / 2; // inside the deflated tenants.csv
        for (qsizetype i = middle; i < middle + 64; ++i)
            garbled[i] = static_cast<char>(garbled.at(i) ^ 0x5a);
        QVERIFY(writeBytes(zip, garbled));
        refusal("damaged compressed data", zip, QStringLiteral("is damaged"), QStringLiteral("job/tenants.csv"));

        zip = zipPath(QStringLiteral("crc"));
        QVERIFY(writeZip(zip, { goodManifest, stored(file(QStringLiteral("job/agents.csv"), agents())) }));
        QVERIFY(replaceBytes(zip, "Meier,Anna", "Meier,Anja"));
        refusal("CRC mismatch", zip, QStringLiteral("checksum"), QStringLiteral("job/agents.csv"));

        zip = zipPath(QStringLiteral("method"));
        QVERIFY(writeZip(zip, { goodManifest, file(QStringLiteral("job/agents.csv"), agents()) }));
        QVERIFY(forge(zip, "job/agents.csv", Field::CompressionMethod, 98)); // PPMd
        refusal("unknown compression method", zip, QStringLiteral("method"), QStringLiteral("job/agents.csv"));

        // Encryption.
        zip = zipPath(QStringLiteral("aes"));
        QVERIFY(writeZip(
            zip, { goodManifest, encrypted(file(QStringLiteral("job/agents.csv"), agents()), ZIP_EM_AES_256) }));
        refusal("AES encrypted", zip, QStringLiteral("encrypted"), QStringLiteral("job/agents.csv"));

        zip = zipPath(QStringLiteral("pkware"));
        QVERIFY(writeZip(
            zip, { goodManifest, encrypted(file(QStringLiteral("job/agents.csv"), agents()), ZIP_EM_TRAD_PKWARE) }));
        refusal("PKWARE encrypted", zip, QStringLiteral("encrypted"), QStringLiteral("job/agents.csv"));

        // Paths that lead elsewhere.
        const auto pathRow = [this](const char *row, const QString &name, const QString &why) {
            const QString path = zipPath(QStringLiteral("path"));
            QVERIFY(writeZip(path, { file(QStringLiteral("manifest.json"), manifest()), file(name, agents()) }));
            refusal(row, path, why, name);
        };
        pathRow("absolute path", QStringLiteral("/etc/cron.d/tenants"), QStringLiteral("absolute path"));
        pathRow("drive letter", QStringLiteral("C:/Export/agents.csv"), QStringLiteral("absolute path"));
        pathRow("parent folder", QStringLiteral("../agents.csv"), QStringLiteral("outside the job folder"));
        pathRow(
            "parent folder inside", QStringLiteral("job/../../agents.csv"), QStringLiteral("outside the job folder"));
        pathRow("backslash", QStringLiteral("job\\agents.csv"), QStringLiteral("backslash"));
        pathRow("backslash parent", QStringLiteral("..\\..\\agents.csv"), QStringLiteral("backslash"));
        pathRow("dot part", QStringLiteral("./agents.csv"), QStringLiteral("empty or \".\" part"));
        pathRow("empty part", QStringLiteral("job//agents.csv"), QStringLiteral("empty or \".\" part"));
        zip = zipPath(QStringLiteral("line-break"));
        QVERIFY(writeZip(zip,
            { file(QStringLiteral("manifest.json"), manifest()), file(QStringLiteral("agents\n.csv"), agents()) }));
        // What cannot be seen is quoted as a replacement character.
        refusal("line break", zip, QStringLiteral("control or formatting"), QStringLiteral("agents\uFFFD.csv"));
        zip = zipPath(QStringLiteral("bidi"));
        QVERIFY(writeZip(zip,
            { file(QStringLiteral("manifest.json"), manifest()),
                file(QStringLiteral("agents\u202Evsc.exe"), agents()) }));
        refusal("right-to-left override", zip, QStringLiteral("control or formatting"),
            QStringLiteral("agents\uFFFDvsc.exe"));

        // Entries that are no regular files.
        const auto typeRow = [this, &goodManifest](const char *row, zip_uint32_t type, const QByteArray &data) {
            const QString path = zipPath(QStringLiteral("type"));
            QVERIFY(writeZip(
                path, { goodManifest, withUnixMode(file(QStringLiteral("job/agents.csv"), data), type | 0777) }));
            refusal(row, path, QStringLiteral("not a regular file"), QStringLiteral("job/agents.csv"));
        };
        typeRow("symbolic link", unixLink, "/etc/passwd");
        typeRow("symbolic link to a parent", unixLink, "../../.bashrc");
        typeRow("named pipe", unixFifo, {});
        typeRow("device", unixCharDevice, {});

        // Names that clash.
        zip = zipPath(QStringLiteral("twice"));
        QVERIFY(writeZip(zip,
            { goodManifest, file(QStringLiteral("job/agents.csv"), agents()),
                file(QStringLiteral("job/agentX.csv"), "importType,id\n") }));
        QVERIFY(replaceBytes(zip, "job/agentX.csv", "job/agents.csv")); // libzip will not write a name twice
        refusal("same name twice", zip, QStringLiteral("appears twice"), QStringLiteral("job/agents.csv"));

        const auto clashRow = [this](const char *row, const QString &first, const QString &second) {
            const QString path = zipPath(QStringLiteral("clash"));
            const QString folder = first.left(first.lastIndexOf(u'/') + 1);
            QVERIFY(writeZip(path,
                { file(folder + QStringLiteral("manifest.json"), manifest()), file(first, agents()),
                    file(second, agents()) }));
            refusal(row, path, QStringLiteral("would be the same file"), second);
        };
        clashRow("names differing in case", QStringLiteral("agents.csv"), QStringLiteral("Agents.csv"));
        clashRow("names differing in composition", QStringLiteral("Müller.csv"), nfd(QStringLiteral("Müller.csv")));
        clashRow("names differing in case inside a folder", QStringLiteral("job/units.csv"),
            QStringLiteral("job/UNITS.CSV"));

        // The shape of the job.
        const auto shapeRow
            = [this](const char *row, const QList<Entry> &entries, const QString &why, const QString &entry) {
                  const QString path = zipPath(QStringLiteral("shape"));
                  QVERIFY(writeZip(path, entries));
                  refusal(row, path, why, entry);
              };
        shapeRow("file in a subfolder", { goodManifest, file(QStringLiteral("job/archive/agents.csv"), agents()) },
            QStringLiteral("is in a subfolder"), QStringLiteral("job/archive/agents.csv"));
        shapeRow("subfolder entry",
            { folder(QStringLiteral("job/")), goodManifest, folder(QStringLiteral("job/old/")) },
            QStringLiteral("is a subfolder"), QStringLiteral("job/old/"));
        shapeRow("subfolder of a flat job",
            { file(QStringLiteral("manifest.json"), manifest()), file(QStringLiteral("old/agents.csv"), agents()) },
            QStringLiteral("is in a subfolder"), QStringLiteral("old/agents.csv"));
        Entry dosFolder = folder(QStringLiteral("job/old"));
        dosFolder.attributes = std::pair<zip_uint8_t, zip_uint32_t>(ZIP_OPSYS_DOS, 0x10);
        shapeRow("subfolder marked by MS-DOS attributes", { goodManifest, dosFolder }, QStringLiteral("is a subfolder"),
            QStringLiteral("job/old"));
        shapeRow("two top folders",
            { file(QStringLiteral("may/manifest.json"), manifest()),
                file(QStringLiteral("june/agents.csv"), agents()) },
            QStringLiteral("two folders, \"may\" and \"june\""), {});
        shapeRow("top folders differing in case",
            { file(QStringLiteral("Job/manifest.json"), manifest()), file(QStringLiteral("job/agents.csv"), agents()) },
            QStringLiteral("two folders, \"Job\" and \"job\""), {});

        // Limits.
        zip = zipPath(QStringLiteral("many"));
        QVERIFY(writeZip(zip,
            { file(QStringLiteral("a.csv"), "a"), file(QStringLiteral("b.csv"), "b"),
                file(QStringLiteral("c.csv"), "c"), file(QStringLiteral("__MACOSX/._c.csv"), "d") }));
        refusal("more entries than allowed, Finder's counted", zip, QStringLiteral("holds 4 entries"), {},
            ZipJob::Limits { .maxEntries = 3 });

        const QByteArray rows = tenantRows(20000); // over 1 MB
        zip = zipPath(QStringLiteral("entry-size"));
        QVERIFY(writeZip(zip, { goodManifest, file(QStringLiteral("job/tenants.csv"), rows) }));
        refusal("declared file size over the limit", zip, QStringLiteral("unpacks to"),
            QStringLiteral("job/tenants.csv"), ZipJob::Limits { .maxEntryBytes = 1'000'000 });

        zip = zipPath(QStringLiteral("total-size"));
        QVERIFY(writeZip(zip,
            { goodManifest, file(QStringLiteral("job/tenants.csv"), rows),
                file(QStringLiteral("job/agents.csv"), rows) }));
        refusal("declared job size over the limit", zip, QStringLiteral("the job unpacks to more than"),
            QStringLiteral("job/agents.csv"), ZipJob::Limits { .maxTotalBytes = rows.size() + 1000 });

        refusal("zip bomb", m_bomb, QStringLiteral("zip bomb"), QStringLiteral("job/tenants.csv"));
        refusal("zip bomb where the ratio is allowed", m_bomb, QStringLiteral("unpacks to"),
            QStringLiteral("job/tenants.csv"), ZipJob::Limits { .maxEntryBytes = 10'000'000, .maxRatio = 1e9 });

        zip = zipPath(QStringLiteral("forged-bomb"));
        QVERIFY(QFile::copy(m_bomb, zip));
        QVERIFY(forge(zip, "job/tenants.csv", Field::Size, 1000));
        refusal("zip bomb declaring a small size", zip, QStringLiteral("more data than its header declares"),
            QStringLiteral("job/tenants.csv"));

        zip = zipPath(QStringLiteral("forged-short"));
        QVERIFY(writeZip(zip, { goodManifest, stored(file(QStringLiteral("job/agents.csv"), agents())) }));
        QVERIFY(forge(zip, "job/agents.csv", Field::Size, 5000));
        refusal("less data than declared", zip, QStringLiteral("is damaged"), QStringLiteral("job/agents.csv"));

        zip = zipPath(QStringLiteral("beyond-the-end"));
        QVERIFY(writeZip(zip, { goodManifest, file(QStringLiteral("job/agents.csv"), agents()) }));
        QVERIFY(forge(zip, "job/agents.csv", Field::CompressedSize, 50'000));
        refusal("compressed data past the end of the file", zip, QStringLiteral("damaged"));

        zip = zipPath(QStringLiteral("overlap"));
        QVERIFY(writeOverlappingZip(zip, zipPath(QStringLiteral("overlap-inner"))));
        refusal("entries sharing compressed data", zip,
            QStringLiteral("claim more compressed data than the file holds"), QStringLiteral("job/b.csv"));
    }
    void refuses()
    {
        QFETCH(QString, zip);
        QFETCH(ZipJob::Limits, limits);
        QFETCH(QString, why);
        QFETCH(QString, entry);
        const QString target = emptyTarget();
        const tc::Status status = ZipJob::extract(zip, target, limits);
        QVERIFY(!status.ok());
        const QString message = status.error().message;
        QCOMPARE(status.error().kind, tc::Error::Kind::Refused);
        QVERIFY2(message.contains(QDir::toNativeSeparators(zip)), qPrintable(message));
        QVERIFY2(message.contains(why), qPrintable(message));
        if (!entry.isEmpty())
            QVERIFY2(message.contains(QStringLiteral("\"%1\"").arg(entry)), qPrintable(message));
        // Nothing stays behind: no file written before the failure, no temporary file.
        QCOMPARE(contents(target), QStringList());
    }

    void refusesATargetThatIsNotEmpty()
    {
        const QString zip = zipPath(QStringLiteral("good"));
        QVERIFY(writeZip(zip, { file(QStringLiteral("manifest.json"), manifest()) }));
        const QString target = emptyTarget();
        QVERIFY(writeBytes(QDir(target).filePath(QStringLiteral(".hidden")), "x"));
        const tc::Status status = ZipJob::extract(zip, target);
        QVERIFY(!status.ok());
        QVERIFY2(status.error().message.contains(QStringLiteral("not empty")), qPrintable(status.error().message));
        QCOMPARE(contents(target), QStringList { QStringLiteral(".hidden") });

        const tc::Status missing = ZipJob::extract(zip, m_dir.filePath(QStringLiteral("no-such-folder")));
        QVERIFY(!missing.ok());
        QVERIFY2(missing.error().message.contains(QStringLiteral("not an existing folder")),
            qPrintable(missing.error().message));
    }

    void looksLikeZip_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("zip");
        QString path = zipPath(QStringLiteral("sniff"));
        QVERIFY(writeZip(path, { file(QStringLiteral("manifest.json"), manifest()) }));
        const QByteArray bytes = readBytes(path);
        QTest::newRow("zip") << path << true;
        path = zipPath(QStringLiteral("sniff-truncated"));
        QVERIFY(writeBytes(path, bytes.left(20)));
        QTest::newRow("truncated zip") << path << true;
        path = zipPath(QStringLiteral("sniff-empty-zip"));
        QVERIFY(writeBytes(path, QByteArrayLiteral("PK\x05\x06") + QByteArray(18, '\0')));
        QTest::newRow("empty zip") << path << true;
        path = zipPath(QStringLiteral("sniff-csv"));
        QVERIFY(writeBytes(path, agents()));
        QTest::newRow("CSV") << path << false;
        path = zipPath(QStringLiteral("sniff-pk"));
        QVERIFY(writeBytes(path, "PK"));
        QTest::newRow("two bytes") << path << false;
        path = zipPath(QStringLiteral("sniff-nothing"));
        QVERIFY(writeBytes(path, {}));
        QTest::newRow("empty file") << path << false;
        QTest::newRow("missing") << m_dir.filePath(QStringLiteral("no-such.zip")) << false;
        QTest::newRow("folder") << m_dir.path() << false;
    }
    void looksLikeZip()
    {
        QFETCH(QString, path);
        QFETCH(bool, zip);
        QCOMPARE(ZipJob::looksLikeZip(path), zip);
    }
};

QTEST_GUILESS_MAIN(TestZipJob)
#include "tst_zipjob.moc"
