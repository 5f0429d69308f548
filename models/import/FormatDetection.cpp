#include "import/FormatDetection.h"

namespace tc {

ImportFormat detectImportFormatFromHead(const QByteArray &head)
{
    // The header row ends at the first line break outside quotes; headers never hold line breaks in
    // either format, so the first physical line is enough.
    qsizetype end = head.indexOf('\n');
    if (end < 0)
        end = head.size();
    const QByteArray header = head.left(end);
    for (const QByteArray &name : header.split(',')) {
        QByteArray field = name.trimmed();
        if (field.startsWith("\xEF\xBB\xBF"))
            field.remove(0, 3);
        if (field.startsWith('"') && field.endsWith('"') && field.size() >= 2)
            field = field.mid(1, field.size() - 2);
        if (field == "importType")
            return ImportFormat::DataExchange;
    }
    return ImportFormat::TenantList;
}

} // namespace tc
