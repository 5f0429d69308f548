// CsvReader: line ends, quoting, delimiter detection, malformed records, fatal errors and limits,
// each read once in big chunks and again with a chunk boundary at every position.
#include "import/CsvReader.h"
#include "import/TextEncoding.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>

using tc::CsvReader;
using tc::CsvRecord;

namespace {

struct Parsed
{
    QList<CsvRecord> records;
    bool fatal = false;
    QString fatalError;
    qint64 fatalLine = 0;
    char delimiter = 0;
    bool byteOrderMark = false;
    qint64 bytesRead = 0;
};

enum class RecordUse { Reused, Fresh };

Parsed parse(QIODevice *device, const CsvReader::Options &options, RecordUse use = RecordUse::Reused)
{
    CsvReader reader(device, options);
    Parsed parsed;
    CsvRecord record;
    for (;;) {
        if (use == RecordUse::Fresh)
            record = CsvRecord{};
        if (!reader.next(record))
            break;
        parsed.records.append(record);
    }
    parsed.fatal = reader.hasFatalError();
    parsed.fatalError = reader.fatalError();
    parsed.fatalLine = reader.fatalLine();
    parsed.delimiter = reader.delimiter();
    parsed.byteOrderMark = reader.hadByteOrderMark();
    parsed.bytesRead = reader.bytesRead();
    return parsed;
}

Parsed parse(const QByteArray &input, const CsvReader::Options &options = {}, RecordUse use = RecordUse::Reused)
{
    QBuffer buffer;
    buffer.setData(input);
    buffer.open(QIODevice::ReadOnly);
    return parse(&buffer, options, use);
}

// A field in a form the tables can spell: \r \n \t | and bytes outside ASCII escaped.
QString renderField(const QByteArray &field)
{
    QString text;
    for (const char c : field) {
        const auto byte = static_cast<unsigned char>(c);
        if (c == '\r') {
            text += QStringLiteral("\\r");
        } else if (c == '\n') {
            text += QStringLiteral("\\n");
        } else if (c == '\t') {
            text += QStringLiteral("\\t");
        } else if (c == '|' || c == '\\') {
            text += QLatin1Char('\\');
            text += QLatin1Char(c);
        } else if (byte < 0x20 || byte >= 0x7F) {
            text += QStringLiteral("\\x") + QString::number(byte, 16).toUpper().rightJustified(2, QLatin1Char('0'));
        } else {
            text += QLatin1Char(c);
        }
    }
    return text;
}

// "LINE:field|field !ERRORFIELD / ... / FATAL LINE"
QString render(const Parsed &parsed)
{
    QStringList records;
    for (const CsvRecord &record : parsed.records) {
        QStringList fields;
        for (const QByteArray &field : record.fields)
            fields.append(renderField(field));
        QString text = QString::number(record.line) + QLatin1Char(':') + fields.join(QLatin1Char('|'));
        if (!record.error.isEmpty())
            text += QStringLiteral(" !") + QString::number(record.errorField);
        records.append(text);
    }
    if (parsed.fatal)
        records.append(QStringLiteral("FATAL ") + QString::number(parsed.fatalLine));
    return records.join(QStringLiteral(" / "));
}

QString describe(const Parsed &parsed)
{
    QStringList errors;
    for (const CsvRecord &record : parsed.records) {
        if (!record.error.isEmpty())
            errors.append(record.error);
    }
    // After a fatal error, how far the reader had read depends on the chunks.
    const qint64 bytesRead = parsed.fatal ? -1 : parsed.bytesRead;
    return render(parsed) + QStringLiteral(" [delimiter ") + QString::number(parsed.delimiter)
        + QStringLiteral(", bom ") + QString::number(parsed.byteOrderMark) + QStringLiteral(", bytes ")
        + QString::number(bytesRead) + QStringLiteral("] ") + errors.join(QStringLiteral("; ")) + QLatin1Char(' ')
        + parsed.fatalError;
}

// Peak resident memory of this process, and a way to start measuring it afresh (Linux).
qint64 peakRssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

bool resetPeakRss()
{
    QFile clearRefs(QStringLiteral("/proc/self/clear_refs"));
    return clearRefs.open(QIODevice::WriteOnly) && clearRefs.write("5") == 1;
}

// A CSV file made up as it is read: a head, then `repeat` copies of `pattern`, then a tail. The
// middle can be many megabytes without the test holding it.
class GeneratedCsv : public QIODevice
{
public:
    GeneratedCsv(QByteArray head, QByteArray pattern, qint64 repeat, QByteArray tail)
        : m_head(std::move(head)), m_pattern(std::move(pattern)), m_tail(std::move(tail)),
          m_size(m_head.size() + m_pattern.size() * repeat + m_tail.size())
    {
    }
    bool isSequential() const override { return true; }
    qint64 produced() const { return m_offset; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        qint64 written = 0;
        while (written < maxSize && m_offset < m_size) {
            const qint64 patternEnd = m_size - m_tail.size();
            qint64 n = 0;
            if (m_offset < m_head.size()) {
                n = std::min<qint64>(maxSize - written, m_head.size() - m_offset);
                std::memcpy(data + written, m_head.constData() + m_offset, static_cast<size_t>(n));
            } else if (m_offset < patternEnd) {
                const qint64 at = (m_offset - m_head.size()) % m_pattern.size();
                n = std::min<qint64>({maxSize - written, m_pattern.size() - at, patternEnd - m_offset});
                std::memcpy(data + written, m_pattern.constData() + at, static_cast<size_t>(n));
            } else {
                n = std::min<qint64>(maxSize - written, m_size - m_offset);
                std::memcpy(data + written, m_tail.constData() + (m_offset - patternEnd), static_cast<size_t>(n));
            }
            written += n;
            m_offset += n;
        }
        return written;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_head;
    QByteArray m_pattern;
    QByteArray m_tail;
    qint64 m_size;
    qint64 m_offset = 0;
};

// Delivers its data in small pieces with empty reads in between, as a pipe does.
class TricklingDevice : public QIODevice
{
public:
    explicit TricklingDevice(QByteArray data) : m_data(std::move(data)) {}
    bool isSequential() const override { return true; }
    bool waitForReadyRead(int) override
    {
        m_ready = m_offset < m_data.size();
        ++m_waits;
        return m_ready;
    }
    int waits() const { return m_waits; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        if (!m_ready)
            return 0;
        m_ready = false;
        const qint64 n = std::min<qint64>({maxSize, 3, m_data.size() - m_offset});
        std::memcpy(data, m_data.constData() + m_offset, static_cast<size_t>(n));
        m_offset += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_offset = 0;
    bool m_ready = false;
    int m_waits = 0;
};

// Fails with an error after delivering some bytes, as a file on a vanished network share does.
class FailingDevice : public QIODevice
{
public:
    explicit FailingDevice(QByteArray data) : m_data(std::move(data)) {}
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        if (m_delivered) {
            setErrorString(QStringLiteral("Input/output error"));
            return -1;
        }
        m_delivered = true;
        const qint64 n = std::min<qint64>(maxSize, m_data.size());
        std::memcpy(data, m_data.constData(), static_cast<size_t>(n));
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    bool m_delivered = false;
};

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void records_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<char>("delimiterOption");
        QTest::addColumn<qsizetype>("maxFieldBytes");
        QTest::addColumn<int>("maxFields");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<char>("delimiter");

        const auto row = [](const char *name, const QByteArray &input, const char *expected, char delimiter = ',',
                            char option = 0, qsizetype maxFieldBytes = 64 * 1024, int maxFields = 1024) {
            QTest::newRow(name) << input << option << maxFieldBytes << maxFields << QString::fromUtf8(expected)
                                << delimiter;
        };
        const auto bytes = [](const char *data, qsizetype size) { return QByteArray(data, size); };

        // Line ends and blank lines
        row("LF", "a,b,c\nd,e,f\n", "1:a|b|c / 2:d|e|f");
        row("CRLF", "a,b\r\nc,d\r\n", "1:a|b / 2:c|d");
        row("lone CR", "a,b\rc,d\r", "1:a|b / 2:c|d");
        row("mixed line ends", "a\r\nb\nc\rd", "1:a / 2:b / 3:c / 4:d");
        row("no line end at the end", "a,b\nc,d", "1:a|b / 2:c|d");
        row("blank lines skipped but counted", "\n\r\n\ra,b\n\n\nc\r\n\r\nd\n", "4:a|b / 7:c / 9:d");
        row("CR CR is two lines", "a\r\rb", "1:a / 3:b");
        row("LF CR is two lines", "a\n\rb", "1:a / 3:b");
        row("spaces make a record", "a\n \nb\n", "1:a / 2:  / 3:b");
        row("empty input", "", "", 0);
        row("only blank lines", "\n\r\n\r\n\r", "", 0);
        row("byte order mark only", "\xEF\xBB\xBF", "", 0);
        row("byte order mark then blank lines", "\xEF\xBB\xBF\r\n\r\n", "", 0);
        row("byte order mark", "\xEF\xBB\xBF" "a;b\n", "1:a|b", ';');
        row("byte order mark then blank line", "\xEF\xBB\xBF\nx\n", "2:x");
        row("half a byte order mark is data", "\xEF\xBB", "1:\\xEF\\xBB");
        row("byte order mark later is data", "a\n\xEF\xBB\xBF" "b\n", "1:a / 2:\\xEF\\xBB\\xBFb");

        // Delimiter detection
        row("semicolons", "Liegenschaft-Nr;Objekt-Nr;Nachname\n1;2;M\xC3\xBCller\n",
            "1:Liegenschaft-Nr|Objekt-Nr|Nachname / 2:1|2|M\\xC3\\xBCller", ';');
        row("tabs", "a\tb\tc\n1\t2\t3\n", "1:a|b|c / 2:1|2|3", '\t');
        row("most frequent wins", "a;b,c,d\n1;2,3,4\n", "1:a;b|c|d / 2:1;2|3|4", ',');
        row("delimiters in quotes do not count", "\"a,b,c\";x;y\n", "1:a,b,c|x|y", ';');
        row("tie goes to the comma", "a,b;c\n", "1:a|b;c", ',');
        row("tie of semicolon and tab goes to the semicolon", "a;b\tc\n", "1:a|b\\tc", ';');
        row("none: one column, comma", "name\nM\xC3\xBCller, Hans\n", "1:name / 2:M\\xC3\\xBCller| Hans", ',');
        row("only the first record counts", "a;b\n1,2,3,4\n", "1:a|b / 2:1,2,3,4", ';');
        row("first record after blank lines", "\n\na\tb\n", "3:a|b", '\t');
        row("quoted line break in the first record", "\"x\ny\";z\n1;2\n", "1:x\\ny|z / 3:1|2", ';');
        row("fixed delimiter", "a,b;c\n", "1:a,b|c", ';', ';');
        row("fixed pipe", "a|b,c\n", "1:a|b,c", '|', '|');

        // Quoting
        row("quoted delimiter", "\"a,b\",c\n", "1:a,b|c");
        row("doubled quotes", "\"say \"\"hi\"\"\",x\n", "1:say \"hi\"|x");
        row("only a doubled quote", "\"\"\"\"\n", "1:\"");
        row("doubled quote at the end of the input", "\"a\"\"\"", "1:a\"");
        row("empty quoted fields", "\"\",\"\"\n", "1:|");
        row("one empty quoted field is a record", "\"\"\n", "1:");
        row("empty fields", ",,\n", "1:||");
        row("trailing delimiter", "a,b,\n", "1:a|b|");
        row("trailing delimiter at the end of the input", "a,b,", "1:a|b|");
        row("quote inside an unquoted field", "ab\"c,d\"\n", "1:ab\"c|d\"");
        row("closed at the end of the input", "x,\"abc\"", "1:x|abc");
        row("quoted line break", "h1,h2\nx,y\nz,\"a\nb\"\nnext,1\n", "1:h1|h2 / 2:x|y / 3:z|a\\nb / 5:next|1");
        row("quoted CRLF kept", "a,\"1\r\n2\"\r\nb\r\n", "1:a|1\\r\\n2 / 3:b");
        row("quoted CR kept", "a,\"1\r2\"\rb\r", "1:a|1\\r2 / 3:b");
        row("quoted LF LF", "\"1\n\n2\"\nb", "1:1\\n\\n2 / 4:b");
        row("quoted CR CR LF", "\"1\r\r\n2\"\nb", "1:1\\r\\r\\n2 / 4:b");
        row("quoted LF CR", "\"1\n\r2\"\nb", "1:1\\n\\r2 / 4:b");
        row("windows-1252 bytes kept", "M\xFCller;\x80\n", "1:M\\xFCller|\\x80", ';');

        // Malformed records: reported, and reading goes on
        row("text after the closing quote", "\"ab\"c,d\nx,y\n", "1:abc|d !0 / 2:x|y");
        row("space after the closing quote", "a,\"b\" ,c\n", "1:a|b |c !1");
        row("malformed record with a quoted line break", "\"a\"x,\"1\n2\"\nz\n", "1:ax|1\\n2 !0 / 3:z");
        row("first error wins", "\"a\"b,\"c\"d\n", "1:ab|cd !0");
        row("too many fields", "a,b,c,d,e\nf,g,h\n", "1:a|b|c !-1 / 2:f|g|h", ',', 0, 64 * 1024, 3);
        row("as many fields as allowed", "a,b,c\n", "1:a|b|c", ',', 0, 64 * 1024, 3);
        row("too many by a trailing delimiter", "a,b,c,\n", "1:a|b|c !-1", ',', 0, 64 * 1024, 3);
        row("excess fields with a quoted line break", "a,b,\"c\nd\",e\nf\n", "1:a|b !-1 / 3:f", ',', 0, 64 * 1024, 2);
        row("field as long as allowed", "abc,\"d\"\"e\"\n", "1:abc|d\"e", ',', 0, 3);
        row("field too long", "abcd,e\nf\n", "1:|e !0 / 2:f", ',', 0, 3);
        row("quoted field too long", "x,\"ab\ncd\",y\nz\n", "1:x||y !1 / 3:z", ',', 0, 3);
        row("only the first field at fault is named", "abcd,efgh\n", "1:| !0", ',', 0, 3);
        row("earlier error wins over a long field", "\"a\"b,cdef\n", "1:ab| !0", ',', 0, 3);

        // Fatal errors
        row("unterminated quote", "a,b\nc,\"d\ne\n", "1:a|b / FATAL 2");
        row("unterminated quote after blank lines", "\n\n\"abc", "FATAL 3", ',');
        row("unterminated quote in a later field", "a,\"b\n\nc,d\n", "FATAL 1");
        row("lone quote", "\"", "FATAL 1", ',');
        row("NUL byte", bytes("a,b\nc\0d\n", 8), "1:a|b / FATAL 2");
        row("NUL in a quoted field", bytes("a\n\"x\ny\0\"\n", 9), "1:a / FATAL 3");
        row("NUL first", bytes("\0", 1), "FATAL 1", ',');
        row("NUL after a closing quote", bytes("\"a\"\0", 4), "FATAL 1", ',');
        row("NUL in a skipped long field", bytes("abc\0", 4), "FATAL 1", ',', 0, 1);
        row("NUL in a skipped excess field", bytes("a,b\0", 4), "FATAL 1", ',', 0, 64 * 1024, 1);
        row("NUL at the start of a line", bytes("a\n\0", 3), "1:a / FATAL 2");
        row("UTF-16", bytes("\xFF\xFE" "a\0,\0b\0", 8), "FATAL 1", ',');
    }

    void records()
    {
        QFETCH(QByteArray, input);
        QFETCH(char, delimiterOption);
        QFETCH(qsizetype, maxFieldBytes);
        QFETCH(int, maxFields);
        QFETCH(QString, expected);
        QFETCH(char, delimiter);

        CsvReader::Options options;
        options.delimiter = delimiterOption;
        options.maxFieldBytes = maxFieldBytes;
        options.maxFields = maxFields;
        const Parsed whole = parse(input, options);
        QCOMPARE(render(whole), expected);
        QCOMPARE(whole.delimiter, delimiter);
        QCOMPARE(whole.fatal, !whole.fatalError.isEmpty());
        if (!whole.fatal)
            QCOMPARE(whole.bytesRead, qint64(input.size()));
        for (const CsvRecord &record : whole.records) {
            if (record.error.isEmpty())
                QCOMPARE(record.errorField, -1);
            QVERIFY(record.fields.size() <= maxFields);
            for (const QByteArray &field : record.fields)
                QVERIFY(field.size() <= maxFieldBytes);
        }

        // The same, however the input is cut into chunks, and with a new record each time.
        const QString reference = describe(whole);
        for (qsizetype chunk = 1; chunk <= 7; ++chunk) {
            options.chunkBytes = chunk;
            QCOMPARE(describe(parse(input, options)), reference);
        }
        QCOMPARE(describe(parse(input, options, RecordUse::Fresh)), reference);
    }

    void errorMessages_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<qsizetype>("maxFieldBytes");
        QTest::addColumn<QString>("message");
        QTest::newRow("text after the closing quote") << QByteArray("a,\"b\"c\n") << qsizetype(100)
                                                      << QStringLiteral("text after the closing quote in field 2");
        QTest::newRow("too long") << QByteArray("a,b,cdef\n") << qsizetype(3)
                                  << QStringLiteral("field 3 is longer than 3 bytes");
        QTest::newRow("unterminated")
            << QByteArray("a\nb\n\"c\n\n") << qsizetype(100)
            << QStringLiteral("the quoted field that starts on line 3 is never closed");
        QTest::newRow("NUL") << QByteArray("a\nb\0", 4) << qsizetype(100)
                             << QStringLiteral("line 2 holds binary data (a NUL byte): this is not a text file");
        QTest::newRow("UTF-16")
            << QByteArray("\xFF\xFE" "a\0", 4) << qsizetype(100)
            << QStringLiteral("line 1 holds binary data (a NUL byte): this is UTF-16 text, save the file as UTF-8 CSV");
    }
    void errorMessages()
    {
        QFETCH(QByteArray, input);
        QFETCH(qsizetype, maxFieldBytes);
        QFETCH(QString, message);
        CsvReader::Options options;
        options.maxFieldBytes = maxFieldBytes;
        const Parsed parsed = parse(input, options);
        QStringList messages;
        for (const CsvRecord &record : parsed.records) {
            if (!record.error.isEmpty())
                messages.append(record.error);
        }
        if (parsed.fatal)
            messages.append(parsed.fatalError);
        QCOMPARE(messages, QStringList{message});
    }

    void tooManyFieldsMessage()
    {
        CsvReader::Options options;
        options.maxFields = 2;
        const Parsed parsed = parse("a,b,c\n", options);
        QCOMPARE(parsed.records.size(), 1);
        QCOMPARE(parsed.records.at(0).error, QStringLiteral("the record has more than 2 fields"));
        QCOMPARE(parsed.records.at(0).errorField, -1);
    }

    void stateBeforeAndAfter()
    {
        QBuffer buffer;
        buffer.setData("\xEF\xBB\xBFid;name\r\n1;x\r\n");
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        CsvReader reader(&buffer);
        QCOMPARE(reader.delimiter(), '\0');
        QVERIFY(!reader.hadByteOrderMark());
        CsvRecord record;
        QVERIFY(reader.next(record));
        QCOMPARE(reader.delimiter(), ';');
        QVERIFY(reader.hadByteOrderMark());
        QCOMPARE(record.fields, (QList<QByteArray>{"id", "name"}));
        QVERIFY(reader.next(record));
        QVERIFY(!reader.next(record));
        QVERIFY(record.fields.isEmpty());
        QVERIFY(!reader.next(record)); // and it stays at the end
        QVERIFY(!reader.hasFatalError());
        QCOMPARE(reader.bytesRead(), buffer.size());
    }

    // Detection reads no further than the first MiB of a first record that does not end.
    void detectionLooksAtTheFirstMebibyte()
    {
        const QByteArray input = "x,y" + QByteArray(1024 * 1024, 'a') + ";;;;\nb;c\n";
        for (const qsizetype chunk : {qsizetype(1024 * 1024), qsizetype(4096), qsizetype(7)}) {
            CsvReader::Options options;
            options.chunkBytes = chunk;
            const Parsed parsed = parse(input, options);
            QCOMPARE(parsed.delimiter, ',');
            QCOMPARE(render(parsed), QStringLiteral("1:x| !1 / 2:b;c"));
        }
    }

    void noByteOrderMark()
    {
        const Parsed parsed = parse("a\n");
        QVERIFY(!parsed.byteOrderMark);
    }

    // A 5 MB field is skipped, not held: the record says which field, the next one is read as usual,
    // and memory does not grow by the field's size.
    void hugeField_data()
    {
        QTest::addColumn<bool>("quoted");
        QTest::newRow("quoted, with line breaks and doubled quotes") << true;
        QTest::newRow("unquoted") << false;
    }
    void hugeField()
    {
        QFETCH(bool, quoted);
        // Each copy of the quoted pattern holds two line ends (CRLF and LF).
        const QByteArray pattern = quoted
            ? QByteArray("abcdefghij\"\"klmnop\r\nqrstuvwxyz0123456789 ABCDEFGHIJKLMNOPQRS\n")
            : QByteArray("abcdefghijklmnopqrstuvwxyz0123456789 ABCDEFGHIJKLMNOPQRSTUVW!");
        const qint64 repeat = 5 * 1024 * 1024 / pattern.size() + 1;
        const QByteArray open = quoted ? QByteArray("1,\"") : QByteArray("1,");
        const QByteArray close = quoted ? QByteArray("\",3\n4,5,6\n") : QByteArray(",3\n4,5,6\n");
        GeneratedCsv device("id,text,n\n" + open, pattern, repeat, close);
        QVERIFY(device.open(QIODevice::ReadOnly));

        const bool measured = resetPeakRss();
        const qint64 peakBefore = peakRssKiB();
        CsvReader reader(&device);
        CsvRecord record;
        QVERIFY(reader.next(record));
        QCOMPARE(record.fields, (QList<QByteArray>{"id", "text", "n"}));
        QVERIFY(reader.next(record));
        QCOMPARE(record.line, qint64(2));
        QCOMPARE(record.errorField, 1);
        QCOMPARE(record.error, QStringLiteral("field 2 is longer than 65536 bytes"));
        QCOMPARE(record.fields, (QList<QByteArray>{"1", "", "3"}));
        QVERIFY(reader.next(record));
        QCOMPARE(record.line, quoted ? 3 + 2 * repeat : qint64(3));
        QCOMPARE(record.fields, (QList<QByteArray>{"4", "5", "6"}));
        QVERIFY(record.error.isEmpty());
        QVERIFY(!reader.next(record));
        QVERIFY(!reader.hasFatalError());
        QCOMPARE(reader.bytesRead(), device.produced());
        QVERIFY(device.produced() > 5 * 1024 * 1024);

        if (!measured || peakBefore < 0)
            QSKIP("this system cannot reset the peak memory figure (/proc/self/clear_refs)");
        const qint64 grownKiB = peakRssKiB() - peakBefore;
        qInfo("peak memory grew by %lld KiB", grownKiB);
        // The 1 MiB read buffer and a field's 64 KiB, nowhere near the 5 MiB of the field.
        QVERIFY2(grownKiB < 3 * 1024, qPrintable(QStringLiteral("peak memory grew by %1 KiB").arg(grownKiB)));
    }

    void realFile()
    {
        // What Excel writes in Western Europe: Windows-1252, semicolons, CRLF, a quoted line break.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile file(dir.filePath(QStringLiteral("mieter.csv")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Liegenschaft-Nr;Objekt-Nr;Mieter-Nr;Vorname;Nachname;Strasse;Einzug\r\n"
                   "L-100;3.01;M-7;J\xE9r\xF4me;M\xFCller;\"Bahnhofstrasse 1\r\nc/o Stra\xDF" "er\";01.04.2024\r\n"
                   "L-100;3.02;M-8;;\"Caf\xE9 \x84" "Zum Stern\x93\";;1.5.2024\r\n");
        file.close();
        QVERIFY(file.open(QIODevice::ReadOnly));
        const Parsed parsed = parse(&file, {});
        QVERIFY(!parsed.fatal);
        QCOMPARE(parsed.delimiter, ';');
        QCOMPARE(parsed.records.size(), 3);
        QCOMPARE(parsed.records.at(2).line, qint64(4));
        const QList<QByteArray> &first = parsed.records.at(1).fields;
        QCOMPARE(first.size(), 7);
        QVERIFY(!tc::text::isValidUtf8(first.at(3)));
        using tc::text::Encoding;
        QCOMPARE(tc::text::decode(first.at(3), Encoding::Windows1252), QStringLiteral("Jérôme"));
        QCOMPARE(tc::text::decode(first.at(4), Encoding::Windows1252), QStringLiteral("Müller"));
        QCOMPARE(tc::text::decode(first.at(5), Encoding::Windows1252),
                 QStringLiteral("Bahnhofstrasse 1\r\nc/o Straßer"));
        QCOMPARE(tc::text::decode(parsed.records.at(2).fields.at(4), Encoding::Windows1252),
                 QStringLiteral("Café \u201EZum Stern\u201C"));
    }

    void pipeThatTrickles()
    {
        const QByteArray input("id,name\n1,\"a\nb\"\n2,c\n");
        TricklingDevice device(input);
        QVERIFY(device.open(QIODevice::ReadOnly));
        const Parsed parsed = parse(&device, {});
        QCOMPARE(render(parsed), QStringLiteral("1:id|name / 2:1|a\\nb / 4:2|c"));
        QVERIFY(device.waits() > 1);
    }

    void readError()
    {
        FailingDevice device("id,name\n1,x\n2,\"y");
        QVERIFY(device.open(QIODevice::ReadOnly));
        const Parsed parsed = parse(&device, {});
        QCOMPARE(render(parsed), QStringLiteral("1:id|name / 2:1|x / FATAL 3"));
        QCOMPARE(parsed.fatalError, QStringLiteral("could not read line 3: Input/output error"));
    }

    void deviceNotOpen()
    {
        QBuffer buffer;
        buffer.setData("a,b\n");
        const Parsed parsed = parse(&buffer, {});
        QVERIFY(parsed.records.isEmpty());
        QVERIFY(parsed.fatal);
        QCOMPARE(parsed.fatalError, QStringLiteral("the file is not open for reading"));
    }

    // Buffers handed back by the caller are reused; buffers the caller kept are not touched.
    void keptRecordsStayIntact()
    {
        QBuffer buffer;
        buffer.setData("aaa,bbb\nc,d\n");
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        CsvReader reader(&buffer);
        CsvRecord record;
        QVERIFY(reader.next(record));
        const CsvRecord kept = record;
        QVERIFY(reader.next(record));
        QCOMPARE(kept.fields, (QList<QByteArray>{"aaa", "bbb"}));
        QCOMPARE(record.fields, (QList<QByteArray>{"c", "d"}));
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
