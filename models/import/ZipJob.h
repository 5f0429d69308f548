// ZipJob: turns an ERP data-exchange job delivered as a .zip into the folder the importer reads,
// refusing anything that could write outside that folder, exhaust the disk or smuggle in more than the ERP sent.
#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QString>

namespace tc {

// A real job is a few CSV files of some megabytes; these bounds only stop archives built to do harm.
struct ZipJobLimits
{
    qint64 maxTotalBytes = 2LL << 30; // all extracted files together
    qint64 maxEntryBytes = 1LL << 30; // one extracted file
    int maxEntries = 1000; // entries in the archive, the skipped Finder ones included
    // Uncompressed to compressed size of one entry above 1 MiB. CSV compresses about 5 to 20 to 1;
    // deflate reaches 1000 to 1 only on repeated bytes, the stuff of zip bombs.
    double maxRatio = 200.0;
};

class ZipJob
{
    Q_DECLARE_TR_FUNCTIONS(ZipJob)

public:
    // Declared outside the class only because GCC refuses a nested struct's default member initializers
    // in a default argument of the enclosing class.
    using Limits = ZipJobLimits;

    // Extracts the job in zipPath into targetDir (which must exist and be empty). A zip whose entries all sit in one
    // top-level folder is extracted without that folder, so targetDir then holds manifest.json and the CSVs directly.
    // Only regular files of the top level of the job are written (the format has no subfolders: anything deeper is
    // refused with its name), so the importer sees exactly what the ERP sent.
    // Names, types and declared sizes of all entries are checked before the first byte is written, the data itself
    // (checksum, real size) while it is written. Each file is written under a temporary name and renamed when
    // complete; on any failure the files already written are removed again, so targetDir is left empty.
    // macOS "__MACOSX/" entries and ".DS_Store" files are skipped silently (Finder adds them).
    static Status extract(const QString &zipPath, const QString &targetDir, const Limits &limits = Limits());
    static bool looksLikeZip(const QString &path); // "PK\3\4" (or an empty zip's "PK\5\6") at the start
};

} // namespace tc
