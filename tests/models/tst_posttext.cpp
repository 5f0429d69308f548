// PostText: what a pinboard post's simple formatting becomes in HTML and in plain text, and that
// nothing typed into a post turns into markup or a link of another kind.
#include "domain/PostText.h"

#include <QTest>

using namespace tc;

class TestPostText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formatting_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("plain");
        QTest::newRow("one paragraph") << QStringLiteral("Die Waschküche ist geschlossen.")
                                       << QStringLiteral("<p>Die Waschküche ist geschlossen.</p>\n")
                                       << QStringLiteral("Die Waschküche ist geschlossen.");
        QTest::newRow("paragraphs and a line break")
            << QStringLiteral("Liebe Mieterinnen\nund Mieter\n\n\n  \nBis bald.")
            << QStringLiteral("<p>Liebe Mieterinnen<br>\nund Mieter</p>\n<p>Bis bald.</p>\n")
            << QStringLiteral("Liebe Mieterinnen\nund Mieter\n\nBis bald.");
        QTest::newRow("Windows and old Mac line ends") << QStringLiteral("a\r\nb\r\rc")
                                                       << QStringLiteral("<p>a<br>\nb</p>\n<p>c</p>\n")
                                                       << QStringLiteral("a\nb\n\nc");
        QTest::newRow("bold") << QStringLiteral("Am **Montag, 3. März** ab 8 Uhr")
                              << QStringLiteral("<p>Am <strong>Montag, 3. März</strong> ab 8 Uhr</p>\n")
                              << QStringLiteral("Am Montag, 3. März ab 8 Uhr");
        QTest::newRow("unpaired bold marks stay") << QStringLiteral("5 ** 3 and **open")
                                                  << QStringLiteral("<p>5 ** 3 and **open</p>\n")
                                                  << QStringLiteral("5 ** 3 and **open");
        QTest::newRow("bullets after a line, three markers")
            << QStringLiteral("Bitte beachten:\n- Fenster schliessen\n* Velos wegräumen\n•  Keller leeren")
            << QStringLiteral("<p>Bitte beachten:</p>\n<ul>\n<li>Fenster schliessen</li>\n<li>Velos wegräumen</li>\n"
                              "<li>Keller leeren</li>\n</ul>\n")
            << QStringLiteral("Bitte beachten:\n• Fenster schliessen\n• Velos wegräumen\n• Keller leeren");
        QTest::newRow("a bold line is no bullet") << QStringLiteral("**Wichtig**")
                                                  << QStringLiteral("<p><strong>Wichtig</strong></p>\n")
                                                  << QStringLiteral("Wichtig");
        QTest::newRow("numbers from the first one") << QStringLiteral("3. trois\n4) quatre\n\n1. un")
                                                    << QStringLiteral("<ol start=\"3\">\n<li>trois</li>\n<li>quatre</li>\n</ol>\n"
                                                                      "<ol>\n<li>un</li>\n</ol>\n")
                                                    << QStringLiteral("3. trois\n4. quatre\n\n1. un");
        QTest::newRow("web and mail addresses")
            << QStringLiteral("Details: https://regie.example.ch/info?a=1&b=2. Fragen an hauswart@example.ch oder www.example.ch!")
            << QStringLiteral("<p>Details: <a href=\"https://regie.example.ch/info?a=1&amp;b=2\">https://regie.example.ch/info?a=1&amp;b=2</a>. "
                              "Fragen an <a href=\"mailto:hauswart@example.ch\">hauswart@example.ch</a> oder "
                              "<a href=\"https://www.example.ch\">www.example.ch</a>!</p>\n")
            << QStringLiteral("Details: https://regie.example.ch/info?a=1&b=2. Fragen an hauswart@example.ch oder www.example.ch!");
        QTest::newRow("a link with words, in bold")
            << QStringLiteral("**[Formular](https://example.ch/f.pdf)** and [mail us](mailto:info@example.ch)")
            << QStringLiteral("<p><strong><a href=\"https://example.ch/f.pdf\">Formular</a></strong> and "
                              "<a href=\"mailto:info@example.ch\">mail us</a></p>\n")
            << QStringLiteral("Formular (https://example.ch/f.pdf) and mail us (info@example.ch)");
        QTest::newRow("markup and scripts are text")
            << QStringLiteral("<script>alert(1)</script> & <b>\"x\"</b>")
            << QStringLiteral("<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;&quot;x&quot;&lt;/b&gt;</p>\n")
            << QStringLiteral("<script>alert(1)</script> & <b>\"x\"</b>");
        QTest::newRow("no javascript link") << QStringLiteral("[click](javascript:alert(1))")
                                            << QStringLiteral("<p>[click](javascript:alert(1))</p>\n")
                                            << QStringLiteral("[click](javascript:alert(1))");
        QTest::newRow("a quote cannot leave the address")
            << QStringLiteral("https://example.ch/\"onmouseover=\"x")
            << QStringLiteral("<p><a href=\"https://example.ch/\">https://example.ch/</a>&quot;onmouseover=&quot;x</p>\n")
            << QStringLiteral("https://example.ch/\"onmouseover=\"x");
        QTest::newRow("empty") << QStringLiteral(" \n\n ") << QString() << QString();
    }
    void formatting()
    {
        QFETCH(QString, source);
        QFETCH(QString, html);
        QFETCH(QString, plain);
        QCOMPARE(posttext::toHtml(source), html);
        QCOMPARE(posttext::toPlainText(source), plain);
    }

    // A template's words: only web addresses become links; bold marks and e-mail addresses stay text.
    void templateWords()
    {
        QCOMPARE(posttext::escapedWithLinks(QStringLiteral("See https://app.example.ch/x, <ok> **a** b@example.ch")),
                 QStringLiteral("See <a href=\"https://app.example.ch/x\">https://app.example.ch/x</a>, &lt;ok&gt; **a** b@example.ch"));
    }
};

QTEST_GUILESS_MAIN(TestPostText)
#include "tst_posttext.moc"
