// libFuzzer target for CsvReader, the text decoders and the import's format detection. Whatever the bytes: no crash, no undefined
// behaviour, no unbounded memory; the same records however the input is cut into chunks; records
// written out again read back the same; and the streaming UTF-8 check agrees with the one-piece
// check and with Qt's decoder. Any disagreement aborts, which libFuzzer reports as a crash.
//
// tr() runs without a QCoreApplication: QCoreApplication::translate() then returns the source text.
#include "import/CsvReader.h"
#include "import/FormatDetection.h"
#include "import/TextEncoding.h"

#include <QBuffer>
#include <QHash>
#include <QRandomGenerator>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using tc::CsvReader;
using tc::CsvRecord;
namespace text = tc::text;

namespace {

void require(bool ok, const char *what)
{
    if (ok)
        return;
    std::fprintf(stderr, "fuzz_csvreader: broken promise: %s\n", what);
    std::abort();
}

struct Outcome
{
    QList<CsvRecord> records;
    bool fatal = false;
    QString fatalError;
    qint64 fatalLine = 0;
    char delimiter = 0;
    bool byteOrderMark = false;
    qint64 bytesRead = 0;
};

Outcome read(const QByteArray &input, const CsvReader::Options &options)
{
    QBuffer buffer;
    buffer.setData(input);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, options);
    Outcome outcome;
    CsvRecord record;
    while (reader.next(record))
        outcome.records.append(record);
    outcome.fatal = reader.hasFatalError();
    outcome.fatalError = reader.fatalError();
    outcome.fatalLine = reader.fatalLine();
    outcome.delimiter = reader.delimiter();
    outcome.byteOrderMark = reader.hadByteOrderMark();
    outcome.bytesRead = reader.bytesRead();
    return outcome;
}

bool sameRecords(const QList<CsvRecord> &a, const QList<CsvRecord> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        const CsvRecord &x = a.at(i);
        const CsvRecord &y = b.at(i);
        if (x.line != y.line || x.fields != y.fields || x.error != y.error || x.errorField != y.errorField)
            return false;
    }
    return true;
}

bool sameOutcome(const Outcome &a, const Outcome &b)
{
    // After a fatal error, how far the reader got depends on the chunks.
    return sameRecords(a.records, b.records) && a.fatal == b.fatal && a.fatalError == b.fatalError
        && a.fatalLine == b.fatalLine && a.delimiter == b.delimiter && a.byteOrderMark == b.byteOrderMark
        && (a.fatal || a.bytesRead == b.bytesRead);
}

void checkInvariants(const Outcome &outcome, const CsvReader::Options &options, qsizetype inputSize)
{
    qint64 lastLine = 0;
    for (const CsvRecord &record : outcome.records) {
        require(record.line > lastLine, "records start on increasing lines");
        lastLine = record.line;
        require(!record.fields.isEmpty(), "a record has a field");
        require(record.fields.size() <= options.maxFields, "no more fields than maxFields");
        require(record.errorField >= -1 && record.errorField < record.fields.size(), "errorField names a field");
        require(!record.error.isEmpty() || record.errorField == -1, "errorField only with an error");
        for (const QByteArray &field : record.fields) {
            require(field.size() <= options.maxFieldBytes, "no field over maxFieldBytes");
            require(!field.contains('\0'), "no NUL in a field");
        }
    }
    require(outcome.fatal == !outcome.fatalError.isEmpty(), "a fatal error has a message");
    require(!outcome.fatal || outcome.fatalLine >= lastLine, "the fatal error is not before the last record");
    require(outcome.fatal || outcome.bytesRead == inputSize, "without a fatal error, the whole input is read");
    if (!outcome.records.isEmpty()) {
        if (options.delimiter == ',' || options.delimiter == ';' || options.delimiter == '|')
            require(outcome.delimiter == options.delimiter, "a given delimiter is used");
        else
            require(outcome.delimiter == ',' || outcome.delimiter == ';' || outcome.delimiter == '\t',
                    "a detected delimiter is one of , ; TAB");
    }
}

// Reads the input in big chunks and in tiny ones: both must give the same.
Outcome readBothWays(const QByteArray &input, CsvReader::Options options, qsizetype smallChunk)
{
    options.chunkBytes = qsizetype(64) * 1024;
    Outcome whole = read(input, options);
    checkInvariants(whole, options, input.size());
    options.chunkBytes = smallChunk;
    require(sameOutcome(whole, read(input, options)), "the same records whatever the chunk size");
    return whole;
}

// Records without errors, written out with every field quoted, read back as the same fields.
void checkRoundTrip(const Outcome &outcome, const CsvReader::Options &options)
{
    QByteArray written;
    QList<QList<QByteArray>> expected;
    for (const CsvRecord &record : outcome.records) {
        if (!record.error.isEmpty())
            continue;
        for (qsizetype i = 0; i < record.fields.size(); ++i) {
            if (i > 0)
                written += outcome.delimiter;
            written += '"' + QByteArray(record.fields.at(i)).replace('"', "\"\"") + '"';
        }
        written += "\r\n";
        expected.append(record.fields);
    }
    CsvReader::Options again = options;
    again.delimiter = outcome.delimiter;
    const Outcome reread = read(written, again);
    require(!reread.fatal, "written records read back without a fatal error");
    require(reread.records.size() == expected.size(), "written records read back as many");
    for (qsizetype i = 0; i < expected.size(); ++i) {
        require(reread.records.at(i).error.isEmpty(), "written records read back without errors");
        require(reread.records.at(i).fields == expected.at(i), "written records read back the same");
    }
}

void checkDecoding(const QByteArray &bytes)
{
    const bool valid = text::isValidUtf8(bytes);
    // Qt's decoder turns exactly the ill-formed sequences into U+FFFD, so only valid input survives
    // the round trip unchanged (less a byte order mark at the start, which it drops).
    const QByteArray withoutBom = bytes.startsWith("\xEF\xBB\xBF") ? bytes.sliced(3) : bytes;
    require(valid == (QString::fromUtf8(bytes).toUtf8() == withoutBom), "the UTF-8 check agrees with Qt's decoder");
    const QString latin = text::decode(bytes, text::Encoding::Windows1252);
    require(latin.size() == bytes.size(), "Windows-1252 gives one character per byte");
    const QString utf8 = text::decode(bytes, text::Encoding::Utf8);
    require(text::decode(bytes, text::Encoding::Auto) == (valid ? utf8 : latin), "Auto picks the right decoder");
}

void checkStreamingValidation(const QByteArray &input, QRandomGenerator &random)
{
    text::Utf8Validator whole;
    whole.feed(input);
    const bool wholeValid = whole.finish();
    require(wholeValid == text::isValidUtf8(input), "isValidUtf8 is a one-piece validator");

    text::Utf8Validator pieces;
    for (qsizetype at = 0; at < input.size();) {
        const qsizetype size = std::min<qsizetype>(input.size() - at, random.bounded(0, 20));
        pieces.feed(QByteArrayView(input).sliced(at, size));
        at += size;
    }
    require(pieces.finish() == wholeValid, "the streaming UTF-8 check agrees with the one-piece check");
    require(pieces.firstInvalidOffset() == whole.firstInvalidOffset(), "both find the same first invalid byte");
    require(wholeValid == (whole.firstInvalidOffset() == -1), "an invalid input has an offset");
    require(whole.firstInvalidOffset() < input.size(), "the offset is inside the input");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    // Format detection reads only the first line: a data-exchange header there decides, whatever follows.
    const tc::ImportFormat format = tc::detectImportFormatFromHead(input);
    const qsizetype lineEnd = input.indexOf('\n');
    require(tc::detectImportFormatFromHead(lineEnd < 0 ? input : input.left(lineEnd) + "\nimportType\n") == format,
            "format detection looks past the first line");
    // Chunk sizes and limits come from the input itself, so that every run can be repeated.
    QRandomGenerator random(static_cast<quint32>(qHash(input, 0)));
    const auto smallChunk = static_cast<qsizetype>(random.bounded(1, 17));

    const Outcome detected = readBothWays(input, CsvReader::Options{}, smallChunk);
    for (const CsvRecord &record : detected.records) {
        for (const QByteArray &field : record.fields)
            checkDecoding(field);
    }
    checkRoundTrip(detected, CsvReader::Options{});

    CsvReader::Options tight;
    tight.delimiter = ",;|"[random.bounded(3)];
    tight.maxFieldBytes = random.bounded(0, 9);
    tight.maxFields = random.bounded(1, 5);
    const Outcome limited = readBothWays(input, tight, smallChunk);
    checkRoundTrip(limited, tight);

    checkDecoding(input);
    checkStreamingValidation(input, random);
    return 0;
}
