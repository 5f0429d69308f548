// TextEncoding: strict UTF-8 validation in pieces of any size, Windows-1252 byte by byte, and the
// encoding names an import profile may use.
#include "import/TextEncoding.h"

#include <QRandomGenerator>
#include <QTest>

using namespace tc::text;

class TestTextEncoding : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void utf8_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<qint64>("firstInvalid"); // -1: valid
        const QByteArray ascii(40, 'a'); // long enough for the sixteen-byte fast path
        QTest::newRow("empty") << QByteArray() << qint64(-1);
        QTest::newRow("ascii") << QByteArray("Liegenschaft-Nr;Objekt-Nr\r\n") << qint64(-1);
        QTest::newRow("umlauts") << QStringLiteral("Müller;Zürich;Strässle").toUtf8() << qint64(-1);
        QTest::newRow("euro, three bytes") << QByteArray("\xE2\x82\xAC") << qint64(-1);
        QTest::newRow("emoji, four bytes") << QByteArray("\xF0\x9F\x98\x80") << qint64(-1);
        QTest::newRow("U+0080 smallest two-byte") << QByteArray("\xC2\x80") << qint64(-1);
        QTest::newRow("U+0800 smallest three-byte") << QByteArray("\xE0\xA0\x80") << qint64(-1);
        QTest::newRow("U+D7FF before the surrogates") << QByteArray("\xED\x9F\xBF") << qint64(-1);
        QTest::newRow("U+E000 after the surrogates") << QByteArray("\xEE\x80\x80") << qint64(-1);
        QTest::newRow("U+FFFF") << QByteArray("\xEF\xBF\xBF") << qint64(-1);
        QTest::newRow("U+10000 smallest four-byte") << QByteArray("\xF0\x90\x80\x80") << qint64(-1);
        QTest::newRow("U+10FFFF largest") << QByteArray("\xF4\x8F\xBF\xBF") << qint64(-1);
        QTest::newRow("BOM") << QByteArray("\xEF\xBB\xBF" "a") << qint64(-1);
        QTest::newRow("ascii then umlaut") << ascii + QStringLiteral("ä").toUtf8() + ascii << qint64(-1);

        QTest::newRow("overlong NUL C0 80") << QByteArray("\xC0\x80") << qint64(0);
        QTest::newRow("overlong C1 BF") << QByteArray("ab\xC1\xBF") << qint64(2);
        QTest::newRow("overlong three-byte E0 80 80") << QByteArray("\xE0\x80\x80") << qint64(0);
        QTest::newRow("overlong three-byte E0 9F BF") << QByteArray("\xE0\x9F\xBF") << qint64(0);
        QTest::newRow("overlong four-byte F0 8F BF BF") << QByteArray("\xF0\x8F\xBF\xBF") << qint64(0);
        QTest::newRow("surrogate ED A0 80") << QByteArray("\xED\xA0\x80") << qint64(0);
        QTest::newRow("surrogate ED BF BF") << QByteArray("x\xED\xBF\xBF") << qint64(1);
        QTest::newRow("above U+10FFFF F4 90 80 80") << QByteArray("\xF4\x90\x80\x80") << qint64(0);
        QTest::newRow("F5 lead") << QByteArray("\xF5\x80\x80\x80") << qint64(0);
        QTest::newRow("FF") << QByteArray("\xFF") << qint64(0);
        QTest::newRow("lone continuation") << QByteArray("ab\x80" "cd") << qint64(2);
        QTest::newRow("continuation after a complete sequence") << QByteArray("\xC3\xA4\xA4") << qint64(2);
        QTest::newRow("lead then ascii") << QByteArray("\xC3" "A") << qint64(0);
        QTest::newRow("three-byte cut by ascii") << QByteArray("ok\xE2\x82" "x") << qint64(2);
        QTest::newRow("windows-1252 umlaut") << QByteArray("M\xFCller") << qint64(1);
        QTest::newRow("after the fast path") << ascii + QByteArray("\x80") << qint64(40);
        QTest::newRow("truncated two-byte at end") << QByteArray("ab\xC3") << qint64(2);
        QTest::newRow("truncated three-byte at end") << QByteArray("\xE2\x82") << qint64(0);
        QTest::newRow("truncated four-byte at end") << ascii + QByteArray("\xF0\x9F\x98") << qint64(40);
    }
    void utf8()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(qint64, firstInvalid);
        QCOMPARE(isValidUtf8(bytes), firstInvalid < 0);

        // Every way of cutting the input in two, and byte by byte, gives the same answer.
        for (qsizetype cut = 0; cut <= bytes.size(); ++cut) {
            Utf8Validator validator;
            validator.feed(QByteArrayView(bytes).first(cut));
            validator.feed(QByteArrayView(bytes).sliced(cut));
            QCOMPARE(validator.finish(), firstInvalid < 0);
            QCOMPARE(validator.firstInvalidOffset(), firstInvalid);
        }
        Utf8Validator validator;
        for (qsizetype i = 0; i < bytes.size(); ++i)
            validator.feed(QByteArrayView(bytes).sliced(i, 1));
        QCOMPARE(validator.finish(), firstInvalid < 0);
        QCOMPARE(validator.isValid(), firstInvalid < 0);
        QCOMPARE(validator.firstInvalidOffset(), firstInvalid);
    }

    void truncationOnlyCountsAtFinish()
    {
        Utf8Validator validator;
        validator.feed("a\xE2\x82");
        QVERIFY(validator.isValid()); // the sequence may go on in the next piece
        QCOMPARE(validator.firstInvalidOffset(), qint64(-1));
        QVERIFY(!validator.finish());
        QCOMPARE(validator.firstInvalidOffset(), qint64(1));
    }

    void invalidStaysInvalid()
    {
        Utf8Validator validator;
        validator.feed("ab\xFF");
        validator.feed("\xC3");
        validator.feed("\xA4 more text");
        QVERIFY(!validator.finish());
        QCOMPARE(validator.firstInvalidOffset(), qint64(2));
    }

    // Qt's own decoder replaces exactly the ill-formed sequences by U+FFFD: valid input, and only
    // valid input, comes back unchanged from a round trip.
    void agreesWithQtOnRandomBytes()
    {
        QRandomGenerator random(1252);
        // Bytes that make sequences likely: ASCII, lead bytes, continuation bytes, the edge values.
        const QByteArray alphabet("a\x7F\x80\x8F\x90\x9F\xA0\xBF\xC0\xC1\xC2\xDF"
                                  "\xE0\xE1\xED\xEE\xEF\xF0\xF1\xF4\xF5\xFF");
        for (int round = 0; round < 20000; ++round) {
            QByteArray bytes(random.bounded(1, 12), Qt::Uninitialized);
            for (char &c : bytes)
                c = alphabet.at(random.bounded(alphabet.size()));
            const QByteArray withoutBom = bytes.startsWith("\xEF\xBB\xBF") ? bytes.sliced(3) : bytes;
            const bool roundTrips = QString::fromUtf8(bytes).toUtf8() == withoutBom;
            QVERIFY2(isValidUtf8(bytes) == roundTrips, bytes.toHex(' ').constData());
        }
    }

    void windows1252_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("text");
        QTest::newRow("ascii") << QByteArray("Objekt-Nr;1") << QStringLiteral("Objekt-Nr;1");
        QTest::newRow("0x80 euro") << QByteArray("\x80") << QStringLiteral("\u20AC");
        QTest::newRow("0x9F Y diaeresis") << QByteArray("\x9F") << QStringLiteral("\u0178");
        QTest::newRow("0xE4 a umlaut") << QByteArray("\xE4") << QStringLiteral("ä");
        QTest::newRow("Latin-1 range") << QByteArray("Gr\xFC\xDF" "e \xE0 B\xE2le, \xA0\xFF")
                                       << QStringLiteral("Grüße à Bâle, \u00A0ÿ");
        QTest::newRow("typographic quotes and dashes") << QByteArray("\x84" "a\x93 \x96 \x97 \x85")
                                                       << QStringLiteral("\u201Ea\u201C \u2013 \u2014 \u2026");
        QTest::newRow("0x81 undefined") << QByteArray("\x81") << QString(QChar(0x81));
        QTest::newRow("0x8D undefined") << QByteArray("\x8D") << QString(QChar(0x8D));
        QTest::newRow("0x8F undefined") << QByteArray("\x8F") << QString(QChar(0x8F));
        QTest::newRow("0x90 undefined") << QByteArray("\x90") << QString(QChar(0x90));
        QTest::newRow("0x9D undefined") << QByteArray("\x9D") << QString(QChar(0x9D));
        QTest::newRow("empty") << QByteArray() << QString();
    }
    void windows1252()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, text);
        QCOMPARE(fromWindows1252(bytes), text);
        QCOMPARE(decode(bytes, Encoding::Windows1252), text);
    }

    void windows1252EveryByteIsOneCharacter()
    {
        QByteArray all(256, Qt::Uninitialized);
        for (int i = 0; i < 256; ++i)
            all[i] = static_cast<char>(i);
        const QString text = fromWindows1252(all);
        QCOMPARE(text.size(), 256);
        for (int i = 0; i < 256; ++i) {
            if (i < 0x80 || i >= 0xA0)
                QCOMPARE(text.at(i).unicode(), char16_t(i)); // Latin-1
            else
                QVERIFY2(text.at(i).unicode() >= 0x80, qPrintable(QString::number(i, 16)));
        }
    }

    void encodingNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("encoding"); // -1: not accepted
        QTest::newRow("auto") << QStringLiteral("auto") << int(Encoding::Auto);
        QTest::newRow("AUTO") << QStringLiteral("AUTO") << int(Encoding::Auto);
        QTest::newRow("utf-8") << QStringLiteral("utf-8") << int(Encoding::Utf8);
        QTest::newRow("UTF-8") << QStringLiteral("UTF-8") << int(Encoding::Utf8);
        QTest::newRow("utf8") << QStringLiteral("utf8") << int(Encoding::Utf8);
        QTest::newRow("windows-1252") << QStringLiteral("windows-1252") << int(Encoding::Windows1252);
        QTest::newRow("Windows-1252") << QStringLiteral("Windows-1252") << int(Encoding::Windows1252);
        QTest::newRow("cp1252") << QStringLiteral("cp1252") << int(Encoding::Windows1252);
        QTest::newRow("CP1252") << QStringLiteral("CP1252") << int(Encoding::Windows1252);
        QTest::newRow("latin1 reads as windows-1252") << QStringLiteral("latin1") << int(Encoding::Windows1252);
        QTest::newRow("ISO-8859-1 reads as windows-1252") << QStringLiteral("ISO-8859-1") << int(Encoding::Windows1252);
        QTest::newRow("utf-16") << QStringLiteral("utf-16") << -1;
        QTest::newRow("iso-8859-15") << QStringLiteral("iso-8859-15") << -1;
        QTest::newRow("empty") << QString() << -1;
        QTest::newRow("prefix") << QStringLiteral("utf") << -1;
    }
    void encodingNames()
    {
        QFETCH(QString, name);
        QFETCH(int, encoding);
        const std::optional<Encoding> parsed = encodingFromName(name);
        QCOMPARE(parsed.has_value(), encoding >= 0);
        if (parsed)
            QCOMPARE(int(*parsed), encoding);
    }

    void encodingNameRoundTrips()
    {
        for (const Encoding e : {Encoding::Auto, Encoding::Utf8, Encoding::Windows1252})
            QCOMPARE(encodingFromName(encodingName(e)), std::optional<Encoding>(e));
        QCOMPARE(encodingName(Encoding::Utf8), QStringLiteral("UTF-8"));
        QCOMPARE(encodingName(Encoding::Windows1252), QStringLiteral("windows-1252"));
    }

    void decodeEach()
    {
        const QByteArray utf8 = QStringLiteral("Müller €").toUtf8();
        const QByteArray cp1252("M\xFCller \x80");
        QCOMPARE(decode(utf8, Encoding::Utf8), QStringLiteral("Müller €"));
        QCOMPARE(decode(cp1252, Encoding::Windows1252), QStringLiteral("Müller €"));
        QCOMPARE(decode(utf8, Encoding::Auto), QStringLiteral("Müller €"));
        QCOMPARE(decode(cp1252, Encoding::Auto), QStringLiteral("Müller €"));
        // Forced UTF-8 on Windows-1252 bytes: the bad bytes show, nothing is dropped silently.
        QCOMPARE(decode(cp1252, Encoding::Utf8), QStringLiteral("M\uFFFDller \uFFFD"));
        // A second byte order mark, left in the first field by a tool that added its own, goes.
        QCOMPARE(decode("\xEF\xBB\xBFimportType", Encoding::Utf8), QStringLiteral("importType"));
        QCOMPARE(decode("a\xEF\xBB\xBF", Encoding::Utf8), QStringLiteral("a\uFEFF"));
        // And the other way round: the mojibake an office would recognise.
        QCOMPARE(decode(utf8, Encoding::Windows1252), QStringLiteral("MÃ¼ller â‚¬"));
    }
};

QTEST_GUILESS_MAIN(TestTextEncoding)
#include "tst_textencoding.moc"
