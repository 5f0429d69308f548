// CsvReader: splits a CSV file into records of raw byte fields, the way RFC 4180 and the files
// Excel and the ERPs really write, in bounded memory, for the importers to interpret.
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <array>

class QIODevice;

namespace tc {

// One record (row) of a CSV file. The fields are bytes as they stand in the file: the importer
// decodes them, once it knows the file's encoding.
struct CsvRecord
{
    qint64 line = 0;          // 1-based physical line where the record starts
    QList<QByteArray> fields; // raw bytes, enclosing quotes removed, "" unescaped
    QString error;            // non-empty when this record is malformed but reading can go on
    int errorField = -1;      // 0-based field at fault, -1 for the whole record
};

// Reads records one at a time from a device opened for reading. Works on bytes: quotes,
// delimiters and line ends are ASCII, and so the same in UTF-8 and Windows-1252.
//
// - LF, CRLF and a lone CR end a record; inside quotes they belong to the field as they are.
//   Lines holding nothing but a line end are skipped, but counted.
// - A quote inside an unquoted field is kept (as Excel does). Text between a closing quote and
//   the next delimiter or line end (`"ab"c`) makes the record malformed; the text is kept in the
//   field and reading goes on with the next record.
// - A field over maxFieldBytes or fields beyond maxFields make the record malformed; their bytes
//   are skipped, never held (an over-long field comes back empty).
// - A quoted field still open at the end of the input, a NUL byte (binary data or UTF-16) and a
//   read error are fatal: next() returns false and fatalError() says what happened where.
// Errors are sentences for a user; field numbers in them count from 1.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    struct Options
    {
        // Any byte but a quote, CR or LF; 0: detect from the first record (its first MiB): the
        // most frequent of ',', ';' and TAB outside quotes (ties in that order), ',' if none occurs.
        char delimiter = 0;
        qsizetype maxFieldBytes = qsizetype(64) * 1024;
        int maxFields = 1024;
        // How much is read from the device at a time; the tests use a few bytes to put a chunk
        // boundary at every position.
        qsizetype chunkBytes = qsizetype(1024) * 1024;
    };

    // The device must be open for reading and stay alive while the reader is used. A pipe or a
    // socket is waited for when it has no data yet.
    explicit CsvReader(QIODevice *device);
    CsvReader(QIODevice *device, Options options);

    // The next record; false at the end of the input or after a fatal error (the record is then
    // cleared). Passing the same record every time lets its field buffers be reused, which
    // saves an allocation per field.
    bool next(CsvRecord &record);

    bool hasFatalError() const { return m_fatal; }
    QString fatalError() const { return m_fatalError; } // translated, names the line
    qint64 fatalLine() const { return m_fatalLine; }

    char delimiter() const { return m_delimiter; }          // 0 until the first record was read
    bool hadByteOrderMark() const { return m_byteOrderMark; } // a UTF-8 BOM at the very start
    qint64 bytesRead() const { return m_bytesRead; }        // from the device, for progress bars

private:
    enum class FieldEnd { Delimiter, RecordEnd, Fatal };

    bool start();
    bool skipBlankLines();
    bool detectDelimiter();
    void useDelimiter(char delimiter);
    FieldEnd readField(CsvRecord &record, QByteArray *field, int index);
    void append(CsvRecord &record, QByteArray *&field, int index, const char *bytes, qsizetype size);
    bool available() { return m_pos < m_end || fill(); }
    bool fill();
    qsizetype appendChunk();
    qint64 readDevice(char *into, qint64 maxSize);
    FieldEnd fail(qint64 line, QString message);
    FieldEnd failOnNul();

    QIODevice *m_device;
    Options m_options;

    QByteArray m_buffer;
    const char *m_pos = nullptr;
    const char *m_end = nullptr;
    // The bytes that end a run of field text outside quotes and inside.
    std::array<char, 4> m_unquotedStop{};
    std::array<char, 4> m_quotedStop{};

    qint64 m_line = 1;     // the line of the next byte
    qint64 m_bytesRead = 0;
    char m_delimiter = 0;
    bool m_skipLf = false; // the last record ended with CR: an LF right after it is the same line end
    // The field being read has been written to; until then it may hold the caller's old value.
    bool m_fieldHasBytes = false;
    bool m_started = false;
    bool m_atEnd = false;  // the device has no more data
    bool m_done = false;   // next() has returned false and will again
    bool m_byteOrderMark = false;
    bool m_utf16ByteOrderMark = false;
    bool m_fatal = false;
    qint64 m_fatalLine = 0;
    QString m_fatalError;
};

} // namespace tc
