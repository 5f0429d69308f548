#include "import/CsvReader.h"

#include <QIODevice>

#include <algorithm>
#include <bit>
#include <cstring>
#include <utility>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace tc {

namespace {

// Delimiter detection looks at no more of the first record than this, so that a header without
// a line end (or a binary file) is not read into memory whole.
constexpr qsizetype detectionWindow = qsizetype(1024) * 1024;

// The first of the four stop bytes at or after p, or end. Most fields are short and most of the
// time goes into finding their ends, so SSE2 (every x86-64 has it) looks at 16 bytes at a time.
inline const char *findStop(const char *p, const char *end, const std::array<char, 4> &stop)
{
#if defined(__SSE2__)
    const __m128i s0 = _mm_set1_epi8(stop[0]);
    const __m128i s1 = _mm_set1_epi8(stop[1]);
    const __m128i s2 = _mm_set1_epi8(stop[2]);
    const __m128i s3 = _mm_set1_epi8(stop[3]);
    while (end - p >= 16) {
        const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        const __m128i hits = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(bytes, s0), _mm_cmpeq_epi8(bytes, s1)),
                                          _mm_or_si128(_mm_cmpeq_epi8(bytes, s2), _mm_cmpeq_epi8(bytes, s3)));
        const auto mask = static_cast<unsigned>(_mm_movemask_epi8(hits));
        if (mask != 0)
            return p + std::countr_zero(mask);
        p += 16;
    }
#endif
    while (p != end && *p != stop[0] && *p != stop[1] && *p != stop[2] && *p != stop[3])
        ++p;
    return p;
}

} // namespace

CsvReader::CsvReader(QIODevice *device) : CsvReader(device, Options{}) {}

CsvReader::CsvReader(QIODevice *device, Options options) : m_device(device), m_options(options)
{
    m_options.maxFieldBytes = std::max<qsizetype>(m_options.maxFieldBytes, 0);
    m_options.maxFields = std::max(m_options.maxFields, 1);
    m_options.chunkBytes = std::max<qsizetype>(m_options.chunkBytes, 1);
    const char d = m_options.delimiter;
    if (d != 0 && d != '"' && d != '\r' && d != '\n')
        useDelimiter(d);
}

void CsvReader::useDelimiter(char delimiter)
{
    m_delimiter = delimiter;
    m_unquotedStop = {delimiter, '\r', '\n', '\0'};
    m_quotedStop = {'"', '\r', '\n', '\0'};
}

bool CsvReader::next(CsvRecord &record)
{
    if (!m_done && !m_started)
        m_done = !start();
    if (!m_done)
        m_done = !skipBlankLines() || (m_delimiter == 0 && !detectDelimiter());
    if (m_done) {
        record.line = 0;
        record.fields.clear();
        record.error.clear();
        record.errorField = -1;
        return false;
    }

    record.line = m_line;
    record.error.clear();
    record.errorField = -1;
    int count = 0;
    for (;;) {
        QByteArray *field = nullptr;
        if (count < m_options.maxFields) {
            // A field handed back by the caller is overwritten by its first bytes, in the capacity it has.
            field = count < record.fields.size() ? &record.fields[count] : &record.fields.emplace_back();
            m_fieldHasBytes = false;
        } else if (count == m_options.maxFields && record.error.isEmpty()) {
            record.error = tr("the record has more than %1 fields").arg(m_options.maxFields);
        }
        const FieldEnd end = readField(record, field, count);
        if (field && !m_fieldHasBytes)
            field->resize(0);
        if (count < m_options.maxFields)
            ++count;
        if (end == FieldEnd::Fatal) {
            m_done = true;
            record = CsvRecord{};
            return false;
        }
        if (end == FieldEnd::RecordEnd)
            break;
    }
    record.fields.resize(count);
    return true;
}

bool CsvReader::start()
{
    m_started = true;
    if (!m_device || !m_device->isReadable()) {
        fail(1, tr("the file is not open for reading"));
        return false;
    }
    // The byte order mark may come in several tiny reads.
    while (m_buffer.size() < 3 && appendChunk() > 0) {
    }
    if (m_fatal)
        return false;
    qsizetype skip = 0;
    if (m_buffer.startsWith("\xEF\xBB\xBF")) {
        m_byteOrderMark = true;
        skip = 3;
    }
    m_utf16ByteOrderMark = m_buffer.startsWith("\xFF\xFE") || m_buffer.startsWith("\xFE\xFF");
    m_pos = m_buffer.constData() + skip;
    m_end = m_buffer.constData() + m_buffer.size();
    return true;
}

bool CsvReader::skipBlankLines()
{
    while (available()) {
        const char c = *m_pos;
        if (c == '\n') {
            if (!m_skipLf)
                ++m_line;
            m_skipLf = false;
        } else if (c == '\r') {
            ++m_line;
            m_skipLf = true;
        } else {
            m_skipLf = false;
            return true;
        }
        ++m_pos;
    }
    return false;
}

bool CsvReader::detectDelimiter()
{
    // The record is scanned ahead of parsing, so its bytes must stay: move them to the front of
    // the buffer and add chunks until the record's end (or the window's) is in it.
    m_buffer.remove(0, m_pos - m_buffer.constData());
    enum class State { FieldStart, Unquoted, Quoted, QuoteInQuoted };
    State state = State::FieldStart;
    std::array<qint64, 3> counts{}; // ',', ';', TAB
    bool recordEnd = false;
    qsizetype scanned = 0;
    for (;;) {
        const char *data = m_buffer.constData();
        const qsizetype limit = std::min(m_buffer.size(), detectionWindow);
        for (; scanned < limit && !recordEnd; ++scanned) {
            const char c = data[scanned];
            if (state == State::Quoted) {
                if (c == '"')
                    state = State::QuoteInQuoted;
                continue;
            }
            if (state == State::QuoteInQuoted && c == '"') {
                state = State::Quoted; // a doubled quote
                continue;
            }
            if (state == State::FieldStart && c == '"') {
                state = State::Quoted;
                continue;
            }
            state = State::Unquoted;
            if (c == ',' || c == ';' || c == '\t') {
                ++counts[c == ',' ? 0 : c == ';' ? 1 : 2];
                state = State::FieldStart;
            } else if (c == '\r' || c == '\n') {
                recordEnd = true;
            }
        }
        if (recordEnd || scanned >= detectionWindow || appendChunk() <= 0)
            break;
    }
    m_pos = m_buffer.constData();
    m_end = m_pos + m_buffer.size();
    if (m_fatal)
        return false;
    const auto most = std::max_element(counts.begin(), counts.end()); // the first of equals
    useDelimiter(*most == 0 ? ',' : ",;\t"[most - counts.begin()]);
    return true;
}

CsvReader::FieldEnd CsvReader::readField(CsvRecord &record, QByteArray *field, int index)
{
    if (!available())
        return m_fatal ? FieldEnd::Fatal : FieldEnd::RecordEnd; // "a,b," ends with an empty field
    if (*m_pos == '"') {
        const qint64 startLine = m_line;
        ++m_pos;
        bool afterCr = false; // CRLF is one line end, for counting
        for (;;) {
            if (!available()) {
                if (m_fatal)
                    return FieldEnd::Fatal;
                return fail(startLine, tr("the quoted field that starts on line %1 is never closed").arg(startLine));
            }
            const char *run = m_pos;
            m_pos = findStop(m_pos, m_end, m_quotedStop);
            if (m_pos != run) {
                append(record, field, index, run, m_pos - run);
                afterCr = false;
            }
            if (m_pos == m_end)
                continue;
            const char c = *m_pos;
            if (c == '\0')
                return failOnNul();
            ++m_pos;
            if (c == '"') {
                if (!available())
                    return m_fatal ? FieldEnd::Fatal : FieldEnd::RecordEnd;
                if (*m_pos != '"')
                    break;
                append(record, field, index, m_pos, 1);
                ++m_pos;
                afterCr = false;
                continue;
            }
            if (c == '\r' || !afterCr)
                ++m_line;
            afterCr = c == '\r';
            append(record, field, index, &c, 1);
        }
        const char c = *m_pos;
        if (c != m_delimiter && c != '\r' && c != '\n' && c != '\0' && record.error.isEmpty()) {
            record.error = tr("text after the closing quote in field %1").arg(index + 1);
            record.errorField = index;
        }
    }

    // An unquoted field, or what follows a closing quote.
    for (;;) {
        if (!available())
            return m_fatal ? FieldEnd::Fatal : FieldEnd::RecordEnd;
        const char *run = m_pos;
        m_pos = findStop(m_pos, m_end, m_unquotedStop);
        if (m_pos != run)
            append(record, field, index, run, m_pos - run);
        if (m_pos == m_end)
            continue;
        const char c = *m_pos;
        if (c == '\0')
            return failOnNul();
        ++m_pos;
        if (c == m_delimiter)
            return FieldEnd::Delimiter;
        ++m_line;
        m_skipLf = c == '\r';
        return FieldEnd::RecordEnd;
    }
}

void CsvReader::append(CsvRecord &record, QByteArray *&field, int index, const char *bytes, qsizetype size)
{
    if (!field)
        return;
    const qsizetype old = m_fieldHasBytes ? field->size() : 0;
    if (old + size > m_options.maxFieldBytes) {
        if (record.error.isEmpty()) {
            record.error = tr("field %1 is longer than %2 bytes").arg(index + 1).arg(m_options.maxFieldBytes);
            record.errorField = index;
        }
        // The rest of the field is skipped; a truncated value must not pass for the real one.
        field->clear();
        field = nullptr;
        return;
    }
    // QByteArray::append() goes through insert(); growing and copying by hand is faster.
    field->resize(old + size);
    m_fieldHasBytes = true;
    std::memcpy(field->data() + old, bytes, static_cast<size_t>(size));
}

bool CsvReader::fill()
{
    if (m_atEnd || m_fatal)
        return false;
    m_buffer.resize(m_options.chunkBytes);
    const qint64 n = readDevice(m_buffer.data(), m_options.chunkBytes);
    m_buffer.resize(std::max<qint64>(n, 0));
    m_pos = m_buffer.constData();
    m_end = m_pos + m_buffer.size();
    return n > 0;
}

qsizetype CsvReader::appendChunk()
{
    if (m_atEnd || m_fatal)
        return 0;
    const qsizetype old = m_buffer.size();
    m_buffer.resize(old + m_options.chunkBytes);
    const qint64 n = readDevice(m_buffer.data() + old, m_options.chunkBytes);
    m_buffer.resize(old + std::max<qint64>(n, 0));
    return n;
}

qint64 CsvReader::readDevice(char *into, qint64 maxSize)
{
    for (;;) {
        const qint64 n = m_device->read(into, maxSize);
        if (n > 0) {
            m_bytesRead += n;
            return n;
        }
        if (n < 0) {
            fail(m_line, tr("could not read line %1: %2").arg(m_line).arg(m_device->errorString()));
            return -1;
        }
        // A pipe or socket can be empty for now without being at its end.
        if (m_device->isSequential() && m_device->waitForReadyRead(-1))
            continue;
        m_atEnd = true;
        return 0;
    }
}

CsvReader::FieldEnd CsvReader::fail(qint64 line, QString message)
{
    m_fatal = true;
    m_fatalLine = line;
    m_fatalError = std::move(message);
    return FieldEnd::Fatal;
}

CsvReader::FieldEnd CsvReader::failOnNul()
{
    // Excel's "Unicode text" is UTF-16: its NUL bytes deserve a hint the user can act on.
    if (m_utf16ByteOrderMark) {
        return fail(m_line,
                    tr("line %1 holds binary data (a NUL byte): this is UTF-16 text, save the file as UTF-8 CSV")
                        .arg(m_line));
    }
    return fail(m_line, tr("line %1 holds binary data (a NUL byte): this is not a text file").arg(m_line));
}

} // namespace tc
