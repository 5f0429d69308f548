// TextEncoding: tells whether imported bytes are UTF-8 and turns them into text, as UTF-8 or as the
// Windows-1252 that Excel writes in Western Europe.
#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringView>

#include <optional>

namespace tc::text {

// Strict UTF-8 validation of a stream fed in pieces of any size: a sequence may be split between
// two feed() calls. Overlong forms, surrogates (U+D800..U+DFFF) and code points above U+10FFFF are
// invalid, as the Unicode standard and every browser treat them.
class Utf8Validator
{
public:
    // Checks the next piece of the input; does nothing more once an invalid byte was seen.
    void feed(QByteArrayView chunk);
    // Ends the input: false when it is invalid, including when it ends inside a sequence.
    bool finish();

    // True while no invalid byte has been seen (a sequence still open only counts after finish()).
    bool isValid() const { return m_firstInvalid < 0; }
    // Offset from the start of the stream of the first byte that does not belong to a well-formed
    // sequence (for a broken multi-byte sequence, its lead byte); -1 while valid.
    qint64 firstInvalidOffset() const { return m_firstInvalid; }

private:
    qint64 m_offset = 0;         // bytes fed before the current piece
    qint64 m_sequenceStart = 0;  // offset of the lead byte of the open sequence
    qint64 m_firstInvalid = -1;
    int m_pending = 0;           // continuation bytes the open sequence still needs
    // The range the next continuation byte must fall in; narrower than 80..BF right after the lead
    // bytes that could otherwise start an overlong form, a surrogate or a code point over U+10FFFF.
    unsigned char m_low = 0x80;
    unsigned char m_high = 0xBF;
};

bool isValidUtf8(QByteArrayView bytes);

// Windows-1252: Latin-1 plus printable characters in 0x80..0x9F. The five bytes Windows-1252 leaves
// undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) become the C1 control of the same number, as in browsers,
// so every byte decodes to exactly one character and nothing is lost.
QString fromWindows1252(QByteArrayView bytes);

enum class Encoding {
    Auto, // UTF-8 when the bytes are valid UTF-8, else Windows-1252
    Utf8,
    Windows1252,
};

// "auto", "utf-8"/"utf8", "windows-1252"/"cp1252", and "latin1"/"iso-8859-1" (read as Windows-1252,
// as browsers do: files labelled Latin-1 really use 0x80..0x9F that way); any letter case.
std::optional<Encoding> encodingFromName(QStringView name);
// The name encodingFromName() reads back: "auto", "UTF-8" or "windows-1252".
QString encodingName(Encoding encoding);

// Invalid UTF-8 becomes U+FFFD, and a UTF-8 byte order mark at the start is dropped (as
// QString::fromUtf8 does: a file saved with two of them still has a matching first header).
// Auto decides for these bytes alone: an importer should decide once for a whole file
// (Utf8Validator over all of it) and pass Utf8 or Windows1252 for every field.
QString decode(QByteArrayView bytes, Encoding encoding);

} // namespace tc::text
