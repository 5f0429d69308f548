// MimeMessage, read back by a real MIME parser (Python's email package, tests/support/parse_mail.py):
// names and subjects in German, French, Italian and English, the bodies byte for byte, CR/LF in a
// name or subject never making a header of its own; and the bytes themselves: ASCII, CRLF, short
// lines. Bad addresses are refused.
#include "mail/MimeMessage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace tc;

namespace {

struct Sample
{
    const char *tag;
    MimeMessage message;
};

MimeMessage make(const QString &name, const QString &address, const QString &subject, const QString &text)
{
    MimeMessage m;
    m.from = {QStringLiteral("Régie du Lac SA – Verwaltung"), QStringLiteral("noreply@regie-du-lac.ch")};
    m.to = {name, address};
    m.subject = subject;
    m.text = text;
    m.html = QStringLiteral("<!DOCTYPE html><html><body><p>") + text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"))
             + QStringLiteral("</p></body></html>");
    m.date = QDateTime(QDate(2026, 11, 27), QTime(9, 5, 7), Qt::UTC);
    m.messageId = MimeMessage::newMessageId(m.from.address);
    return m;
}

QList<Sample> samples()
{
    const QString longLine = QStringLiteral("Bitte registrieren Sie sich mit dem folgenden Code, der nicht abläuft, "
                                            "und wählen Sie ein Passwort mit mindestens zehn Zeichen: =?UTF-8?Q?x?=");
    return {
        {"de", make(QStringLiteral("Jürg Müller-Lüdenscheidt"), QStringLiteral("juerg@example.ch"),
                    QStringLiteral("Ihre Einladung zur Mieter-App der Überbauung Zürichstrasse – bitte bis Ende Monat "
                                   "registrieren"),
                    QStringLiteral("Grüezi Herr Müller\n\n") + longLine
                        + QStringLiteral("\nK7QF-M2XD-9RTW-H4PA-3BNE\n.\n. a line with a dot\nTrailing blanks   \n"
                                         "Tab at the end\t\nFrom here on = equals\n"))},
        {"fr", make(QStringLiteral("Renée D'Amico, née Gauthier"), QStringLiteral("renee@example.ch"),
                    QStringLiteral("Votre invitation à l’application des locataires"),
                    QStringLiteral("Bonjour Madame D'Amico,\r\nVoici votre code : « K7QF-M2XD ».\r\nÀ bientôt"))},
        {"it", make(QStringLiteral("Niccolò Sciascia"), QStringLiteral("niccolo@example.ch"),
                    QStringLiteral("Il suo invito all'app degli inquilini"),
                    QStringLiteral("Gentile signor Sciascia,\rcordiali saluti.\r"))},
        {"en", make(QStringLiteral("Smith, John \"Jack\""), QStringLiteral("john@example.com"),
                    QStringLiteral("Your invitation to the tenant app: register with the code below, it never expires, "
                                   "and choose a password"),
                    QStringLiteral("Dear Mr Smith,\n\nWelcome 🏠\n"))},
        {"hostile", make(QStringLiteral("Anna\r\nBcc: evil@example.com\u2028X"), QStringLiteral("anna@müller.ch"),
                         QStringLiteral("Hi\r\nBcc: evil@example.com\nX-Injected: 1"), QStringLiteral("Body\n"))},
    };
}

} // namespace

class TestMimeMessage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readBackByPython()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QList<Sample> all = samples();
        QStringList files;
        for (const Sample &sample : all) {
            auto bytes = sample.message.toBytes();
            QVERIFY2(bytes, bytes ? "" : qPrintable(bytes.error().message));
            // ASCII, CRLF only, no line over 78 characters.
            for (const char c : *bytes)
                QVERIFY2(uchar(c) < 0x80, sample.tag);
            const QList<QByteArray> lines = bytes->split('\n');
            QVERIFY(lines.last().isEmpty()); // ends with a line end
            for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
                QVERIFY2(lines.at(i).endsWith('\r'), qPrintable(QStringLiteral("%1: line %2 ends without CR").arg(QLatin1StringView(sample.tag)).arg(i)));
                QVERIFY2(!lines.at(i).chopped(1).contains('\r'), sample.tag);
                QVERIFY2(lines.at(i).size() - 1 <= 78, qPrintable(QString::fromLatin1(lines.at(i))));
            }
            const QString file = dir.filePath(QString::fromLatin1(sample.tag) + QStringLiteral(".eml"));
            QFile out(file);
            QVERIFY(out.open(QIODevice::WriteOnly) && out.write(*bytes) == bytes->size());
            files << file;
        }
        QProcess python;
        python.start(QStringLiteral("python3"),
                     QStringList{qEnvironmentVariable("TC_SOURCE_DIR", QStringLiteral(TC_TEST_SOURCE_DIR))
                                 + QStringLiteral("/tests/support/parse_mail.py")}
                         + files);
        QVERIFY2(python.waitForFinished(30000), "python3 did not finish");
        QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());
        const QJsonArray parsed = QJsonDocument::fromJson(python.readAllStandardOutput()).array();
        QCOMPARE(parsed.size(), all.size());
        for (qsizetype i = 0; i < all.size(); ++i) {
            const MimeMessage &m = all.at(i).message;
            const QJsonObject p = parsed.at(i).toObject();
            const char *tag = all.at(i).tag;
            QVERIFY2(p.value(QStringLiteral("defects")).toArray().isEmpty(), tag);
            QCOMPARE(p.value(QStringLiteral("content_type")).toString(), QStringLiteral("multipart/alternative"));
            QCOMPARE(p.value(QStringLiteral("from_name")).toString(), m.from.name);
            QCOMPARE(p.value(QStringLiteral("from_address")).toString(), m.from.address);
            QCOMPARE(p.value(QStringLiteral("to_name")).toString(), mime::withoutControls(m.to.name));
            QCOMPARE(p.value(QStringLiteral("subject")).toString(), mime::withoutControls(m.subject));
            QCOMPARE(p.value(QStringLiteral("message_id")).toString(), u'<' + m.messageId + u'>');
            QCOMPARE(p.value(QStringLiteral("date")).toString(), QStringLiteral("Fri, 27 Nov 2026 09:05:07 +0000"));
            QString text = m.text;
            text.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(u'\r', u'\n');
            const QJsonObject parts = p.value(QStringLiteral("parts")).toObject();
            const QJsonObject plain = parts.value(QStringLiteral("text/plain")).toObject();
            QCOMPARE(plain.value(QStringLiteral("content")).toString(), text);
            QCOMPARE(plain.value(QStringLiteral("charset")).toString(), QStringLiteral("utf-8"));
            QCOMPARE(plain.value(QStringLiteral("transfer_encoding")).toString(), QStringLiteral("quoted-printable"));
            QVERIFY(parts.value(QStringLiteral("text/html")).toObject().value(QStringLiteral("content")).toString()
                        .startsWith(QStringLiteral("<!DOCTYPE html>")));
            // Only the headers the message writes: nothing a name or a subject smuggled in.
            QStringList names;
            for (const QJsonValue &name : p.value(QStringLiteral("header_names")).toArray())
                names << name.toString();
            QCOMPARE(names, (QStringList{QStringLiteral("content-type"), QStringLiteral("date"), QStringLiteral("from"),
                                         QStringLiteral("message-id"), QStringLiteral("mime-version"),
                                         QStringLiteral("subject"), QStringLiteral("to")}));
        }
        // An internationalised domain goes in its ASCII form.
        QCOMPARE(parsed.last().toObject().value(QStringLiteral("to_address")).toString(), QStringLiteral("anna@xn--mller-kva.ch"));
    }

    void refusesBadAddresses_data()
    {
        QTest::addColumn<QString>("address");
        QTest::newRow("no @") << QStringLiteral("anna.example.ch");
        QTest::newRow("two addresses") << QStringLiteral("a@example.ch, b@example.ch");
        QTest::newRow("line break") << QStringLiteral("a@example.ch\r\nBcc: evil@example.com");
        QTest::newRow("letters before the @ that need SMTPUTF8") << QStringLiteral("jürg@example.ch");
        QTest::newRow("empty") << QString();
    }
    void refusesBadAddresses()
    {
        QFETCH(QString, address);
        MimeMessage m = make(QStringLiteral("Anna"), address, QStringLiteral("Hi"), QStringLiteral("Body"));
        auto bytes = m.toBytes();
        QVERIFY(!bytes);
        QVERIFY(!bytes.error().message.isEmpty());
        m.messageId.clear();
        m.to.address = QStringLiteral("anna@example.ch");
        QVERIFY(!m.toBytes()); // and no message without a Message-ID
    }

    void quotedPrintableLines()
    {
        // A line of 200 multi-byte characters: soft breaks every 76 at most, never inside "=XX".
        const QByteArray qp = mime::quotedPrintable(QString(200, QChar(0x00fc)));
        for (const QByteArray &line : qp.split('\n')) {
            const QByteArray bare = line.endsWith('\r') ? line.chopped(1) : line;
            QVERIFY(bare.size() <= 76);
            const qsizetype equals = bare.lastIndexOf('=');
            QVERIFY(equals < 0 || equals == bare.size() - 1 || equals + 2 < bare.size());
        }
        QCOMPARE(mime::quotedPrintable(QStringLiteral("a = b \nc\t")), QByteArray("a =3D b=20\r\nc=09"));
    }
};

QTEST_GUILESS_MAIN(TestMimeMessage)
#include "tst_mimemessage.moc"
