// FormatDetection: which import format a file's first bytes belong to. Kept apart from the import
// service so the fuzzer can run it on any bytes without a database.
#pragma once

#include "import/ImportReport.h"

#include <QByteArray>

namespace tc {

// A data-exchange CSV names an importType column in its header; everything else is read as a
// tenant list (whose own checks then say what is wrong with it).
ImportFormat detectImportFormatFromHead(const QByteArray &head);

} // namespace tc
