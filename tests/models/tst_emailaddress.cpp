// EmailAddress: the addresses an import accepts, the ones it refuses and why, comparison and masking.
#include "domain/EmailAddress.h"

#include <QTest>

class TestEmailAddress : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void accepted_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("normalized");
        const auto same = [](const char *name, const QString &address) { QTest::newRow(name) << address << address; };
        same("plain", QStringLiteral("max.muster@example.ch"));
        same("upper case kept", QStringLiteral("Max.Muster@Example.CH"));
        same("plus tag", QStringLiteral("anna+hausverwaltung@gmail.com"));
        same("subdomains", QStringLiteral("info@mail.verwaltung.example.co.uk"));
        same("digits and hyphen in domain", QStringLiteral("x@mail-2.example.ch"));
        same("one-letter parts", QStringLiteral("a@b.ch"));
        same("all atext specials", QStringLiteral("!#$%&'*+-/=?^_`{|}~@example.ch"));
        same("apostrophe", QStringLiteral("o'brien@example.ie"));
        same("digit-only local part", QStringLiteral("12345@example.ch"));
        same("digits in the TLD label", QStringLiteral("x@example.a1"));
        same("internationalised local part", QStringLiteral("jürg.müller@example.ch"));
        same("decomposed umlaut", QStringLiteral("ju\u0308rg@example.ch"));
        same("Greek", QStringLiteral("δοκιμή@παράδειγμα.δοκιμή"));
        same("Chinese", QStringLiteral("用户@例子.广告"));
        same("IDN domain", QStringLiteral("info@müller-immobilien.ch"));
        same("IDN in upper case", QStringLiteral("info@MÜLLER.ch"));
        same("ACE domain", QStringLiteral("info@xn--mller-kva.ch"));
        same("longest local part", QString(64, u'a') + QStringLiteral("@example.ch"));
        same("longest label", QStringLiteral("x@") + QString(63, u'a') + QStringLiteral(".ch"));
        QTest::newRow("trimmed") << QStringLiteral("  max@example.ch \t") << QStringLiteral("max@example.ch");
        QTest::newRow("no-break space trimmed")
            << QStringLiteral("\u00a0max@example.ch\u00a0") << QStringLiteral("max@example.ch");
        QTest::newRow("line end trimmed") << QStringLiteral("max@example.ch\r\n") << QStringLiteral("max@example.ch");
    }
    void accepted()
    {
        QFETCH(QString, text);
        QFETCH(QString, normalized);
        const tc::Result<QString> result = tc::EmailAddress::normalize(text);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
        QCOMPARE(result.value(), normalized);
    }

    void refused_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("reason");
        const auto row = [](const char *name, const QString &text, const QString &reason) {
            QTest::newRow(name) << text << reason;
        };
        const QString invisible
            = QStringLiteral("it contains a control character or an invisible formatting character");
        const QString brackets = QStringLiteral("it contains a name or angle brackets: enter only the address itself");
        const QString list = QStringLiteral("it contains a comma or semicolon: enter one address only");
        const QString ipLiteral = QStringLiteral("IP addresses are not accepted after the @, only domain names");
        const QString endsInNumber = QStringLiteral("the part after @ is not a domain (it ends in a number)");
        const QString edgeDot = QStringLiteral("the part before @ starts or ends with a dot");
        const QString emptyLabel
            = QStringLiteral("the part after @ has an empty part (two dots in a row or a dot at an end)");
        const QString edgeHyphen = QStringLiteral("a part of the domain starts or ends with a hyphen");
        const QString notADomain = QStringLiteral("the part after @ is not a domain");
        const auto notInLocalPart = [](const QString &c) {
            return QStringLiteral("the part before @ contains \u201c%1\u201d, which an address cannot hold").arg(c);
        };

        row("empty", QString(), QStringLiteral("the address is empty"));
        row("blank", QStringLiteral("   "), QStringLiteral("the address is empty"));
        row("no @", QStringLiteral("max.example.ch"), QStringLiteral("it has no @"));
        row("two @", QStringLiteral("max@muster@example.ch"), QStringLiteral("it contains more than one @"));
        row("space inside", QStringLiteral("max muster@example.ch"), QStringLiteral("it contains a space"));
        row("space before @", QStringLiteral("max @example.ch"), QStringLiteral("it contains a space"));
        row("no-break space inside", QStringLiteral("max\u00a0muster@example.ch"),
            QStringLiteral("it contains a space"));
        row("tab inside", QStringLiteral("max\t@example.ch"), QStringLiteral("it contains a space"));
        row("display name", QStringLiteral("Max Muster <max@example.ch>"), brackets);
        row("angle brackets", QStringLiteral("<max@example.ch>"), brackets);
        row("comma list", QStringLiteral("a@example.ch, b@example.ch"), list);
        row("semicolon list", QStringLiteral("a@example.ch;b@example.ch"), list);
        row("quoted local part", QStringLiteral("\"max muster\"@example.ch"),
            QStringLiteral("quoted parts (\"...\") are not accepted"));
        row("IP literal", QStringLiteral("max@[192.0.2.1]"), ipLiteral);
        row("IPv6 literal", QStringLiteral("max@[IPv6:2001:db8::1]"), ipLiteral);
        row("bare IP", QStringLiteral("max@192.0.2.1"), endsInNumber);
        row("NUL", QStringLiteral("max\u0000x@example.ch"), invisible);
        row("DEL", QStringLiteral("max\u007f@example.ch"), invisible);
        row("C1 control", QStringLiteral("max\u0085@example.ch"), invisible);
        row("bidi override", QStringLiteral("max\u202e@example.ch"), invisible);
        row("zero-width space", QStringLiteral("max@exa\u200bmple.ch"), invisible);
        row("nothing before @", QStringLiteral("@example.ch"), QStringLiteral("there is nothing before the @"));
        row("nothing after @", QStringLiteral("max@"), QStringLiteral("there is nothing after the @"));
        row("leading dot", QStringLiteral(".max@example.ch"), edgeDot);
        row("trailing dot", QStringLiteral("max.@example.ch"), edgeDot);
        row("double dot", QStringLiteral("max..muster@example.ch"),
            QStringLiteral("the part before @ has two dots in a row"));
        row("backslash", QStringLiteral("max\\muster@example.ch"), notInLocalPart(QStringLiteral("\\")));
        row("bracket in local part", QStringLiteral("max(home)@example.ch"), notInLocalPart(QStringLiteral("(")));
        row("full-width at", QStringLiteral("max\uff20example.ch@example.ch"),
            notInLocalPart(QStringLiteral("\uff20")));
        row("typographic apostrophe", QStringLiteral("o\u2019brien@example.ie"),
            notInLocalPart(QStringLiteral("\u2019")));
        row("emoji", QStringLiteral("max\U0001F600@example.ch"), notInLocalPart(QStringLiteral("\U0001F600")));
        row("local part too long", QString(65, u'a') + QStringLiteral("@example.ch"),
            QStringLiteral("the part before @ is too long"));
        row("local part too long in UTF-8", QString(33, u'ü') + QStringLiteral("@example.ch"),
            QStringLiteral("the part before @ is too long"));
        row("no dot in domain", QStringLiteral("max@localhost"),
            QStringLiteral("the part after @ is not a domain (it needs a dot, as in example.ch)"));
        row("trailing dot in domain", QStringLiteral("max@example.ch."), emptyLabel);
        row("leading dot in domain", QStringLiteral("max@.example.ch"), emptyLabel);
        row("double dot in domain", QStringLiteral("max@example..ch"), emptyLabel);
        row("hyphen at label start", QStringLiteral("max@-example.ch"), edgeHyphen);
        row("hyphen at label end", QStringLiteral("max@example-.ch"), edgeHyphen);
        row("underscore in domain", QStringLiteral("max@ex_ample.ch"),
            QStringLiteral("the part after @ contains \u201c_\u201d, which a domain cannot hold"));
        row("label too long", QStringLiteral("x@") + QString(64, u'a') + QStringLiteral(".ch"),
            QStringLiteral("a part of the domain is longer than 63 characters"));
        row("numeric TLD", QStringLiteral("max@example.123"), endsInNumber);
        // IDNA itself refuses these, without saying why.
        row("IDN label too long", QStringLiteral("x@") + QString(60, u'ü') + QStringLiteral(".ch"), notADomain);
        row("IDN that is no domain", QStringLiteral("max@exa\u2024mple.ch"), notADomain);
        QString longDomain;
        for (int i = 0; i < 4; ++i)
            longDomain += QString(62, u'a') + u'.';
        longDomain += QStringLiteral("ch");
        row("domain too long", QStringLiteral("x@") + longDomain, QStringLiteral("the part after @ is too long"));
        const QString longAddress = QString(64, u'a') + u'@' + QString(62, u'b') + u'.' + QString(62, u'c') + u'.'
            + QString(62, u'd') + QStringLiteral(".ch");
        row("address too long", longAddress, QStringLiteral("the address is longer than 254 characters"));
    }
    void refused()
    {
        QFETCH(QString, text);
        QFETCH(QString, reason);
        const tc::Result<QString> result = tc::EmailAddress::normalize(text);
        QVERIFY2(!result.ok(), qPrintable(text));
        QCOMPARE(result.error().kind, tc::Error::Kind::Refused);
        QCOMPARE(result.error().message, reason);
    }

    void comparisonKey_data()
    {
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("second");
        QTest::addColumn<bool>("same");
        QTest::newRow("case") << QStringLiteral("Max.Muster@Example.CH") << QStringLiteral("max.muster@example.ch")
                              << true;
        QTest::newRow("IDN and ACE") << QStringLiteral("info@Müller.ch") << QStringLiteral("info@xn--mller-kva.ch")
                                     << true;
        QTest::newRow("composed and decomposed")
            << QStringLiteral("jürg@example.ch") << QStringLiteral("ju\u0308rg@example.ch") << true;
        QTest::newRow("umlaut case") << QStringLiteral("JÜRG@example.ch") << QStringLiteral("jürg@example.ch") << true;
        QTest::newRow("different local parts")
            << QStringLiteral("max@example.ch") << QStringLiteral("maxi@example.ch") << false;
        QTest::newRow("plus tags differ")
            << QStringLiteral("a+x@example.ch") << QStringLiteral("a@example.ch") << false;
    }
    void comparisonKey()
    {
        QFETCH(QString, first);
        QFETCH(QString, second);
        QFETCH(bool, same);
        QCOMPARE(tc::EmailAddress::comparisonKey(first) == tc::EmailAddress::comparisonKey(second), same);
    }

    void comparisonKeyIsLowerCase()
    {
        QCOMPARE(tc::EmailAddress::comparisonKey(u"Max.Muster@Example.CH"), QStringLiteral("max.muster@example.ch"));
    }

    void masked_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("masked");
        QTest::newRow("plain") << QStringLiteral("max.muster@example.ch") << QStringLiteral("m***@example.ch");
        QTest::newRow("one letter") << QStringLiteral("m@example.ch") << QStringLiteral("m***@example.ch");
        QTest::newRow("umlaut first") << QStringLiteral("ümit@example.ch") << QStringLiteral("ü***@example.ch");
        QTest::newRow("outside the BMP") << QStringLiteral("\U00020000x@example.ch")
                                         << QStringLiteral("\U00020000***@example.ch");
        QTest::newRow("IDN domain") << QStringLiteral("info@müller.ch") << QStringLiteral("i***@müller.ch");
        QTest::newRow("no @") << QStringLiteral("garbage") << QStringLiteral("***");
    }
    void masked()
    {
        QFETCH(QString, address);
        QFETCH(QString, masked);
        QCOMPARE(tc::EmailAddress::masked(address), masked);
    }
};

QTEST_GUILESS_MAIN(TestEmailAddress)
#include "tst_emailaddress.moc"
