// Mail templates: the program's own texts in every language pass their own checks and differ by
// language; rendering escapes every value in the HTML version, makes links, keeps control characters
// out of the subject; managers edit and reset a template (on both databases), with checks and audit.
#include "TestDatabases.h"
#include "mail/MailTemplates.h"
#include "services/Office.h"
#include "storage/Database.h"

#include <QTest>

using namespace tc;

class TestMailTemplates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtinsPassTheirChecks_data()
    {
        QTest::addColumn<MailKind>("kind");
        QTest::addColumn<QString>("language");
        for (MailKind kind : mailtemplates::kinds()) {
            for (const QString &language : languages::supported())
                QTest::addRow("%s-%s", qPrintable(mailtemplates::kindKey(kind)), qPrintable(language)) << kind << language;
        }
    }
    void builtinsPassTheirChecks()
    {
        QFETCH(MailKind, kind);
        QFETCH(QString, language);
        const MailTemplate t = mailtemplates::builtin(kind, language);
        QVERIFY(MailTemplates::check(kind, language, t));
        for (const QString &other : languages::supported()) {
            if (other != language)
                QVERIFY(mailtemplates::builtin(kind, other).subject != t.subject);
        }
        const RenderedMail mail = mailtemplates::render(t, mailtemplates::sampleValues(kind, language), language);
        QVERIFY(!mail.subject.contains(u'{'));
        QVERIFY2(!mail.text.contains(u'{'), qPrintable(mail.text));
        QVERIFY(mail.html.contains(QStringLiteral("<html lang=\"%1\">").arg(language)));
        QCOMPARE(mailtemplates::kindFromKey(mailtemplates::kindKey(kind)), std::optional<MailKind>(kind));
    }

    void renderEscapesAndLinks()
    {
        const MailTemplate t{QStringLiteral("Hello {tenant_name}"),
                             QStringLiteral("Dear {tenant_name},\nyour code: {code}\n\nSee {registration_link} or "
                                            "https://example.ch/help.\n\n{company}")};
        const QHash<QString, QString> values{{QStringLiteral("tenant_name"), QStringLiteral("<script>x</script> & Co\r\nBcc: evil@x")},
                                             {QStringLiteral("code"), QStringLiteral("ABCD-EFGH")},
                                             {QStringLiteral("registration_link"), QStringLiteral("https://app.ch/r?code=ABCD-EFGH&x=1")},
                                             {QStringLiteral("company"), QStringLiteral("Müller & Söhne")}};
        const RenderedMail mail = mailtemplates::render(t, values, QStringLiteral("en"));
        QVERIFY(!mail.subject.contains(u'\n'));
        QVERIFY(!mail.subject.contains(u'\r'));
        QCOMPARE(mail.subject, QStringLiteral("Hello <script>x</script> & Co Bcc: evil@x"));
        QVERIFY(mail.text.contains(QStringLiteral("your code: ABCD-EFGH")));
        QVERIFY(!mail.html.contains(QStringLiteral("<script>")));
        QVERIFY(mail.html.contains(QStringLiteral("&lt;script&gt;x&lt;/script&gt; &amp; Co")));
        QVERIFY(mail.html.contains(QStringLiteral("<a href=\"https://app.ch/r?code=ABCD-EFGH&amp;x=1\">")));
        QVERIFY(mail.html.contains(QStringLiteral("<a href=\"https://example.ch/help\">https://example.ch/help</a>.")));
        QVERIFY(mail.html.contains(QStringLiteral(">ABCD-EFGH</strong>")));
        QVERIFY(mail.html.contains(QStringLiteral("<title>Hello &lt;script&gt;")));
        QCOMPARE(mail.html.count(QStringLiteral("<p>")), 3);
        QVERIFY(mail.html.contains(QStringLiteral("Müller &amp; Söhne")));
    }

    // A pinboard post keeps its formatting: paragraphs, bold, lists and links in HTML, their plain form in
    // the text; its own markup is text; it never ends up inside a paragraph of the template.
    void renderPost()
    {
        const MailTemplate t = mailtemplates::builtin(MailKind::PinboardPost, QStringLiteral("de"));
        QHash<QString, QString> values = mailtemplates::sampleValues(MailKind::PinboardPost, QStringLiteral("de"));
        values.insert(QStringLiteral("post"), QStringLiteral("Am **Montag** kein Wasser.\n\n- Flaschen füllen\n- <b>Fragen</b>: "
                                                             "https://regie.example.ch/faq"));
        values.insert(QStringLiteral("title"), QStringLiteral("Wasser & Strom"));
        const RenderedMail mail = mailtemplates::render(t, values, QStringLiteral("de"));
        QCOMPARE(mail.subject, QStringLiteral("Wichtige Mitteilung: Wasser & Strom"));
        QVERIFY2(mail.text.contains(QStringLiteral("Wasser & Strom\n\nAm Montag kein Wasser.\n\n• Flaschen füllen\n"
                                                   "• <b>Fragen</b>: https://regie.example.ch/faq\n\nFreundliche")),
                 qPrintable(mail.text));
        QVERIFY2(mail.html.contains(QStringLiteral("<p><strong>Wasser &amp; Strom</strong></p>\n<p>Am <strong>Montag</strong> kein Wasser.</p>\n"
                                                   "<ul>\n<li>Flaschen füllen</li>\n<li>&lt;b&gt;Fragen&lt;/b&gt;: "
                                                   "<a href=\"https://regie.example.ch/faq\">https://regie.example.ch/faq</a></li>\n</ul>\n"
                                                   "<p>Freundliche")),
                 qPrintable(mail.html));
        QVERIFY(!mail.html.contains(QStringLiteral("<p><p>")));
        QVERIFY(!mail.html.contains(QStringLiteral("<p><ul>")));
    }

    void checks_data()
    {
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("error");
        QTest::newRow("ok") << "Code" << "Your code {code}" << "";
        QTest::newRow("no code") << "Code" << "Hello {tenant_name}" << "{code}";
        QTest::newRow("unknown") << "Code {nme}" << "{code}" << "{nme} is not a placeholder";
        QTest::newRow("other kind's") << "Code" << "{code} {new_address}" << "{new_address}";
        QTest::newRow("empty subject") << " " << "{code}" << "subject";
        QTest::newRow("code in the subject") << "Code {code}" << "{code}" << "may not be in the subject";
        QTest::newRow("link in the subject") << "{registration_link}" << "{code}" << "may not be in the subject";
    }
    void checks()
    {
        QFETCH(QString, subject);
        QFETCH(QString, body);
        QFETCH(QString, error);
        const Status s = MailTemplates::check(MailKind::Invitation, QStringLiteral("de"), {subject, body});
        QCOMPARE(bool(s), error.isEmpty());
        if (!s)
            QVERIFY2(s.error().message.contains(error), qPrintable(s.error().message));
        QVERIFY(!MailTemplates::check(MailKind::Invitation, QStringLiteral("es"), {QStringLiteral("x"), QStringLiteral("{code}")}));
    }

    void editAndReset_data() { test::addBackendColumn(); test::addBackendRows(); }
    void editAndReset()
    {
        TC_SCRATCH_DATABASE(scratch);
        const Actor manager{std::nullopt, QStringLiteral("Manager"), Role::Manager};
        const Actor admin{std::nullopt, QStringLiteral("Admin"), Role::Administrator};
        auto office = Office::open(scratch.url(), SchemaPolicy::Migrate, manager);
        QVERIFY(office);
        const MailTemplates templates = (*office)->mailTemplates();
        const MailTemplate own{QStringLiteral("Willkommen, {tenant_name}"), QStringLiteral("Ihr Code: {code}")};
        QCOMPARE(*templates.get(MailKind::Invitation, QStringLiteral("de")), mailtemplates::builtin(MailKind::Invitation, QStringLiteral("de")));
        QVERIFY(!*templates.isCustom(MailKind::Invitation, QStringLiteral("de")));

        const Status refused = templates.set(admin, MailKind::Invitation, QStringLiteral("de"), own);
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(QStringLiteral("manager")));
        QVERIFY(!templates.set(manager, MailKind::Invitation, QStringLiteral("de"), {QStringLiteral("x"), QStringLiteral("no code")}));

        QVERIFY(templates.set(manager, MailKind::Invitation, QStringLiteral("de"), own));
        QCOMPARE(*templates.get(MailKind::Invitation, QStringLiteral("de")), own);
        QVERIFY(*templates.isCustom(MailKind::Invitation, QStringLiteral("de")));
        // Other languages and kinds keep the program's text.
        QCOMPARE(*templates.get(MailKind::Invitation, QStringLiteral("fr")), mailtemplates::builtin(MailKind::Invitation, QStringLiteral("fr")));
        QCOMPARE(*templates.get(MailKind::Reminder, QStringLiteral("de")), mailtemplates::builtin(MailKind::Reminder, QStringLiteral("de")));
        // Editing twice updates in place.
        const MailTemplate second{QStringLiteral("Hallo"), QStringLiteral("Code {code}")};
        QVERIFY(templates.set(manager, MailKind::Invitation, QStringLiteral("de"), second));
        QCOMPARE(*templates.get(MailKind::Invitation, QStringLiteral("de")), second);
        QCOMPARE((*office)->database().scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'mail_template.changed'"))->toInt(), 2);

        QVERIFY(!templates.reset(admin, MailKind::Invitation, QStringLiteral("de")));
        QVERIFY(templates.reset(manager, MailKind::Invitation, QStringLiteral("de")));
        QCOMPARE(*templates.get(MailKind::Invitation, QStringLiteral("de")), mailtemplates::builtin(MailKind::Invitation, QStringLiteral("de")));
    }
};

QTEST_GUILESS_MAIN(TestMailTemplates)
#include "tst_mailtemplates.moc"
