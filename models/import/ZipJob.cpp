#include "import/ZipJob.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QList>
#include <QLocale>
#include <QSaveFile>
#include <QSet>
#include <QStringList>

#include <algorithm>
#include <limits>
#include <memory>
#include <optional>
#include <vector>

#include <zip.h>

namespace tc {

namespace {

struct ZipDiscard
{
    void operator()(zip_t *zip) const { zip_discard(zip); }
};
struct ZipFileClose
{
    void operator()(zip_file_t *file) const { zip_fclose(file); }
};
using ZipArchive = std::unique_ptr<zip_t, ZipDiscard>;
using ZipEntryReader = std::unique_ptr<zip_file_t, ZipFileClose>;

// Below this size an entry cannot fill a disk whatever its ratio, and tiny files compress oddly.
constexpr zip_uint64_t ratioCheckFromBytes = 1U << 20;
constexpr std::size_t chunkBytes = std::size_t{64} * 1024;

// The file type bits of a Unix mode, as zip writers store them in the upper half of the external attributes.
// Spelled out rather than taken from <sys/stat.h>: they describe the archive format, not this system.
constexpr zip_uint32_t unixTypeMask = 0170000;
constexpr zip_uint32_t unixRegular = 0100000;
constexpr zip_uint32_t unixFolder = 0040000;
// The MS-DOS attribute byte that most non-Unix writers use: this bit marks a folder.
constexpr zip_uint32_t dosFolder = 0x10;

const QString &macFolder()
{
    static const QString name = QStringLiteral("__MACOSX");
    return name;
}

const QString &finderFile()
{
    static const QString name = QStringLiteral(".DS_Store");
    return name;
}

QString libzipText(zip_error_t *error)
{
    return QString::fromUtf8(zip_error_strerror(error));
}

QString libzipText(int code)
{
    zip_error_t error;
    zip_error_init_with_code(&error, code);
    QString text = libzipText(&error);
    zip_error_fini(&error);
    return text;
}

bool isInvisible(QChar c)
{
    switch (c.category()) {
    case QChar::Other_Control:
    case QChar::Other_Format: // bidi overrides could make a name in a message read differently than it is
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return true;
    default:
        return false;
    }
}

// An entry name fit to quote in a message: what cannot be seen is shown as a replacement character.
QString quoted(const QString &name)
{
    QString shown = name;
    for (QChar &c : shown) {
        if (isInvisible(c))
            c = QChar::ReplacementCharacter;
    }
    return shown;
}

bool isFinderNoise(const QStringList &parts)
{
    return parts.first() == macFolder() || parts.last() == finderFile();
}

enum class EntryKind { File, Folder, Other };

EntryKind entryKind(zip_t *zip, zip_uint64_t index, const QString &name)
{
    const EntryKind byName = name.endsWith(u'/') ? EntryKind::Folder : EntryKind::File;
    zip_uint8_t system = 0;
    zip_uint32_t attributes = 0;
    if (zip_file_get_external_attributes(zip, index, 0, &system, &attributes) != 0)
        return byName;
    if (system == ZIP_OPSYS_UNIX) {
        switch ((attributes >> 16) & unixTypeMask) {
        case 0: // some writers store only the permission bits
        case unixRegular:
            return byName;
        case unixFolder:
            return EntryKind::Folder;
        default: // link, device, pipe, socket
            return EntryKind::Other;
        }
    }
    return (attributes & dosFolder) != 0 ? EntryKind::Folder : byName;
}

// An entry that passed the checks on its own; where it lands is decided once all are known.
struct Candidate
{
    zip_uint64_t index = 0;
    QString name; // as in the archive, for messages
    QStringList parts; // the path, without a folder's trailing "/"
    bool folder = false;
    qint64 size = 0;
};

struct Planned
{
    zip_uint64_t index = 0;
    QString name;
    QString fileName; // inside targetDir
    qint64 size = 0;
};

// Removes the files written so far unless the whole job made it.
class WrittenFiles
{
public:
    WrittenFiles() = default;
    WrittenFiles(const WrittenFiles &) = delete;
    WrittenFiles &operator=(const WrittenFiles &) = delete;
    ~WrittenFiles()
    {
        for (const QString &path : std::as_const(m_paths))
            QFile::remove(path);
    }
    void add(const QString &path) { m_paths.append(path); }
    void keep() { m_paths.clear(); }

private:
    QStringList m_paths;
};

class Extraction
{
public:
    Extraction(const QString &zipPath, const QString &targetDir, const ZipJob::Limits &limits)
        : m_zipPath(zipPath)
        , m_shown(QDir::toNativeSeparators(zipPath))
        , m_target(targetDir)
        , m_limits(limits)
    {
    }

    Status run()
    {
        if (auto s = checkTarget(); !s)
            return s;
        if (auto s = open(); !s)
            return s;
        auto candidates = inspectEntries();
        if (!candidates)
            return candidates.error();
        auto planned = place(*candidates);
        if (!planned)
            return planned.error();
        WrittenFiles written;
        std::vector<char> buffer(chunkBytes);
        for (const Planned &entry : std::as_const(*planned)) {
            if (auto s = write(entry, buffer, written); !s)
                return s;
        }
        written.keep();
        return {};
    }

private:
    Status checkTarget() const
    {
        const QString shownTarget = QDir::toNativeSeparators(m_target);
        if (!QFileInfo(m_target).isDir())
            return Error::internal(
                ZipJob::tr("Cannot extract %1: %2 is not an existing folder.").arg(m_shown, shownTarget));
        // An empty folder is what lets a failure leave nothing behind: everything in it is ours.
        if (!QDir(m_target).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot))
            return Error::internal(
                ZipJob::tr("Cannot extract %1: the folder %2 is not empty.").arg(m_shown, shownTarget));
        return {};
    }

    Status open()
    {
        const QFileInfo info(m_zipPath);
        if (!info.isFile())
            return Error::refused(ZipJob::tr("%1 does not exist or is not a file.").arg(m_shown));
        m_fileSize = static_cast<zip_uint64_t>(info.size());
        // libzip opens a file of no bytes as an empty archive; for a job it means a transfer that never happened.
        if (m_fileSize == 0)
            return Error::refused(
                ZipJob::tr("%1 is empty, not a zip archive. Was the transfer interrupted?").arg(m_shown));

        const QByteArray path = QFile::encodeName(m_zipPath);
        int code = ZIP_ER_OK;
        // Without ZIP_CHECKCONS: it refuses archives Info-ZIP writes to a pipe (data descriptors), and what it
        // compares, the local headers, is not what is extracted here: the central directory is, checked below.
        m_zip.reset(zip_open(path.constData(), ZIP_RDONLY, &code));
        if (m_zip)
            return {};
        switch (code) {
        case ZIP_ER_NOZIP:
            if (ZipJob::looksLikeZip(m_zipPath))
                return Error::refused(ZipJob::tr("%1 is incomplete or damaged: its table of contents is missing. "
                                                 "Was it copied completely?")
                                          .arg(m_shown));
            return Error::refused(ZipJob::tr("%1 is not a zip archive.").arg(m_shown));
        case ZIP_ER_INCONS:
        case ZIP_ER_EOF:
        case ZIP_ER_MULTIDISK:
            return Error::refused(ZipJob::tr("%1 is damaged (%2).").arg(m_shown, libzipText(code)));
        default:
            return Error::refused(ZipJob::tr("%1 cannot be read (%2).").arg(m_shown, libzipText(code)));
        }
    }

    std::optional<QString> checkName(const QString &name) const
    {
        const QString q = quoted(name);
        if (name.contains(u'\\'))
            return ZipJob::tr("%1: the entry \"%2\" contains a backslash. Zip archives separate folders with \"/\"; "
                              "ask for the job to be packed again.")
                .arg(m_shown, q);
        const bool driveLetter
            = name.size() >= 2 && name.at(1) == u':' && name.at(0).isLetter() && name.at(0).unicode() < 0x80;
        if (name.startsWith(u'/') || driveLetter)
            return ZipJob::tr("%1: the entry \"%2\" has an absolute path; a job holds only files of its own folder.")
                .arg(m_shown, q);
        for (const QChar c : name) {
            if (isInvisible(c))
                return ZipJob::tr("%1: the entry \"%2\" has control or formatting characters in its name.")
                    .arg(m_shown, q);
        }
        QString path = name;
        if (path.endsWith(u'/'))
            path.chop(1);
        const QStringList parts = path.split(u'/');
        if (parts.contains(QStringLiteral("..")))
            return ZipJob::tr("%1: the entry \"%2\" points outside the job folder (\"..\").").arg(m_shown, q);
        if (parts.contains(QString()) || parts.contains(QStringLiteral(".")))
            return ZipJob::tr("%1: the entry \"%2\" has an empty or \".\" part in its path.").arg(m_shown, q);
        return std::nullopt;
    }

    Result<QList<Candidate>> inspectEntries()
    {
        const zip_int64_t count = zip_get_num_entries(m_zip.get(), 0);
        if (count > m_limits.maxEntries)
            return Error::refused(ZipJob::tr("%1 holds %2 entries; a job may have at most %3.")
                                      .arg(m_shown)
                                      .arg(count)
                                      .arg(m_limits.maxEntries));
        const auto maxEntry = static_cast<zip_uint64_t>(std::max<qint64>(0, m_limits.maxEntryBytes));
        const auto maxTotal = static_cast<zip_uint64_t>(std::max<qint64>(0, m_limits.maxTotalBytes));
        zip_uint64_t total = 0;
        zip_uint64_t compressed = 0;
        QSet<QString> names;
        QList<Candidate> candidates;
        for (zip_uint64_t index = 0; index < static_cast<zip_uint64_t>(std::max<zip_int64_t>(0, count)); ++index) {
            zip_stat_t st;
            zip_stat_init(&st);
            const zip_uint64_t needed = ZIP_STAT_NAME | ZIP_STAT_SIZE | ZIP_STAT_COMP_SIZE | ZIP_STAT_COMP_METHOD
                | ZIP_STAT_ENCRYPTION_METHOD;
            if (zip_stat_index(m_zip.get(), index, ZIP_FL_ENC_GUESS, &st) != 0 || (st.valid & needed) != needed)
                return Error::refused(ZipJob::tr("%1: the name or the sizes of entry number %2 cannot be read (%3).")
                                          .arg(m_shown)
                                          .arg(index + 1)
                                          .arg(libzipText(zip_get_error(m_zip.get()))));
            const QString name = QString::fromUtf8(st.name);
            const QString q = quoted(name);
            if (name.isEmpty())
                return Error::refused(ZipJob::tr("%1: entry number %2 has no name.").arg(m_shown).arg(index + 1));
            if (names.contains(name))
                return Error::refused(ZipJob::tr("%1: the entry \"%2\" appears twice.").arg(m_shown, q));
            names.insert(name);

            // Each entry's compressed bytes lie in a part of the file of their own. Entries that claim more than
            // the file holds overlap, which is how the most compact zip bombs reuse one stream many times.
            if (st.comp_size > m_fileSize - compressed)
                return Error::refused(
                    ZipJob::tr("%1 is damaged or forged: up to the entry \"%2\" its entries claim more "
                               "compressed data than the file holds.")
                        .arg(m_shown, q));
            compressed += st.comp_size;

            QString path = name;
            if (path.endsWith(u'/'))
                path.chop(1);
            const QStringList rawParts = path.split(u'/');
            // Finder's resource forks and folder settings: not part of what the ERP sent, and never written.
            if (isFinderNoise(rawParts))
                continue;
            if (auto why = checkName(name))
                return Error::refused(*why);

            const EntryKind kind = entryKind(m_zip.get(), index, name);
            if (kind == EntryKind::Other)
                return Error::refused(
                    ZipJob::tr("%1: the entry \"%2\" is not a regular file (a link, a device or a pipe); "
                               "a job holds only files.")
                        .arg(m_shown, q));
            Candidate candidate;
            candidate.index = index;
            candidate.name = name;
            candidate.parts = rawParts;
            candidate.folder = kind == EntryKind::Folder;
            if (candidate.folder) {
                candidates.append(candidate);
                continue;
            }

            if (st.encryption_method != ZIP_EM_NONE)
                return Error::refused(
                    ZipJob::tr("%1: the entry \"%2\" is encrypted. Ask for the job without a password.")
                        .arg(m_shown, q));
            if (!zip_compression_method_supported(st.comp_method, 0))
                return Error::refused(
                    ZipJob::tr("%1: the entry \"%2\" is compressed with a method this program cannot read "
                               "(number %3). Ask for the job packed with the usual method, deflate.")
                        .arg(m_shown, q)
                        .arg(st.comp_method));
            const QLocale locale;
            if (st.size > maxEntry)
                return Error::refused(
                    ZipJob::tr("%1: the entry \"%2\" unpacks to %3, more than the %4 a job file may have.")
                        .arg(m_shown, q,
                            st.size > static_cast<zip_uint64_t>(std::numeric_limits<qint64>::max())
                                ? ZipJob::tr("an impossible size")
                                : locale.formattedDataSize(static_cast<qint64>(st.size)),
                            locale.formattedDataSize(static_cast<qint64>(maxEntry))));
            total += st.size; // no overflow: each part is at most maxEntry, a qint64
            if (total > maxTotal)
                return Error::refused(
                    ZipJob::tr("%1: with the entry \"%2\" the job unpacks to more than the %3 a job may have.")
                        .arg(m_shown, q, locale.formattedDataSize(static_cast<qint64>(maxTotal))));
            const double ratio
                = static_cast<double>(st.size) / static_cast<double>(std::max<zip_uint64_t>(1, st.comp_size));
            if (st.size > ratioCheckFromBytes && ratio > m_limits.maxRatio)
                return Error::refused(
                    ZipJob::tr("%1: the entry \"%2\" is compressed %3 to 1, where job files reach at most "
                               "%4 to 1. The archive looks built to fill the disk (a zip bomb).")
                        .arg(m_shown, q, locale.toString(ratio, 'f', 0), locale.toString(m_limits.maxRatio, 'f', 0)));
            candidate.size = static_cast<qint64>(st.size);
            candidates.append(candidate);
        }
        return candidates;
    }

    // Decides the file name of each entry: the job's files sit at the top of the archive or in one folder there.
    Result<QList<Planned>> place(const QList<Candidate> &candidates) const
    {
        const auto inFolder = [](const Candidate &c) { return c.folder || c.parts.size() > 1; };
        std::optional<QString> top;
        if (!candidates.isEmpty() && std::all_of(candidates.cbegin(), candidates.cend(), inFolder)) {
            const Candidate &first = candidates.first();
            for (const Candidate &c : candidates) {
                if (c.parts.first() != first.parts.first())
                    return Error::refused(ZipJob::tr("%1 holds two folders, \"%2\" and \"%3\"; a job is one folder.")
                                              .arg(m_shown, quoted(first.parts.first()), quoted(c.parts.first())));
            }
            top = first.parts.first();
        }
        QList<Planned> planned;
        QHash<QString, QString> byFoldedName; // folded file name -> entry name
        for (const Candidate &c : candidates) {
            const qsizetype depth = c.parts.size() - (top ? 1 : 0);
            if (c.folder) {
                if (depth > 0)
                    return Error::refused(
                        ZipJob::tr("%1: the entry \"%2\" is a subfolder; a job has its files side by side in one "
                                   "folder.")
                            .arg(m_shown, quoted(c.name)));
                continue;
            }
            if (depth != 1)
                return Error::refused(
                    ZipJob::tr("%1: the entry \"%2\" is in a subfolder; a job has its files side by side "
                               "in one folder.")
                        .arg(m_shown, quoted(c.name)));
            const QString fileName = c.parts.last();
            // Names that differ only in case or in Unicode composition are one file on Windows and macOS, and
            // which one wins would depend on the order of the entries.
            const QString folded = fileName.normalized(QString::NormalizationForm_C).toCaseFolded();
            if (const auto other = byFoldedName.constFind(folded); other != byFoldedName.cend())
                return Error::refused(ZipJob::tr("%1: the entries \"%2\" and \"%3\" would be the same file.")
                                          .arg(m_shown, quoted(*other), quoted(c.name)));
            byFoldedName.insert(folded, c.name);
            planned.append(Planned { c.index, c.name, fileName, c.size });
        }
        return planned;
    }

    Error entryError(const QString &name, zip_error_t *error) const
    {
        const QString q = quoted(name);
        switch (zip_error_code_zip(error)) {
        case ZIP_ER_CRC:
            return Error::refused(
                ZipJob::tr("%1: the entry \"%2\" is damaged (its checksum does not match).").arg(m_shown, q));
        case ZIP_ER_NOPASSWD:
        case ZIP_ER_WRONGPASSWD:
        case ZIP_ER_ENCRNOTSUPP:
            return Error::refused(
                ZipJob::tr("%1: the entry \"%2\" is encrypted. Ask for the job without a password.").arg(m_shown, q));
        default:
            return Error::refused(
                ZipJob::tr("%1: the entry \"%2\" is damaged (%3).").arg(m_shown, q, libzipText(error)));
        }
    }

    Status write(const Planned &entry, std::vector<char> &buffer, WrittenFiles &written) const
    {
        const QString q = quoted(entry.name);
        ZipEntryReader reader(zip_fopen_index(m_zip.get(), entry.index, 0));
        if (!reader)
            return entryError(entry.name, zip_get_error(m_zip.get()));
        const QString path = QDir(m_target).filePath(entry.fileName);
        // Written under a temporary name and renamed when complete: a reader of the folder never sees half a file.
        QSaveFile out(path);
        if (!out.open(QIODevice::WriteOnly))
            return Error::storage(ZipJob::tr("Cannot write %1 from %2: %3")
                                      .arg(QDir::toNativeSeparators(path), m_shown, out.errorString()));
        qint64 done = 0;
        for (;;) {
            const zip_int64_t n = zip_fread(reader.get(), buffer.data(), buffer.size());
            if (n < 0)
                return entryError(entry.name, zip_file_get_error(reader.get()));
            if (n == 0)
                break;
            // The declared size passed the limits; stopping at it keeps a forged header from writing past them.
            if (n > entry.size - done)
                return Error::refused(
                    ZipJob::tr("%1: the entry \"%2\" holds more data than its header declares; the archive "
                               "is damaged or forged.")
                        .arg(m_shown, q));
            if (out.write(buffer.data(), n) != n)
                return Error::storage(ZipJob::tr("Cannot write %1 from %2: %3")
                                          .arg(QDir::toNativeSeparators(path), m_shown, out.errorString()));
            done += n;
        }
        if (done != entry.size)
            return Error::refused(
                ZipJob::tr("%1: the entry \"%2\" holds less data than its header declares; the archive is damaged.")
                    .arg(m_shown, q));
        if (!out.commit())
            return Error::storage(ZipJob::tr("Cannot write %1 from %2: %3")
                                      .arg(QDir::toNativeSeparators(path), m_shown, out.errorString()));
        written.add(path);
        return {};
    }

    QString m_zipPath;
    QString m_shown;
    QString m_target;
    ZipJob::Limits m_limits;
    ZipArchive m_zip;
    zip_uint64_t m_fileSize = 0;
};

} // namespace

Status ZipJob::extract(const QString &zipPath, const QString &targetDir, const Limits &limits)
{
    return Extraction(zipPath, targetDir, limits).run();
}

bool ZipJob::looksLikeZip(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray start = file.read(4);
    return start == QByteArrayLiteral("PK\x03\x04") || start == QByteArrayLiteral("PK\x05\x06");
}

} // namespace tc
