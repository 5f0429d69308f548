// SettingsCatalog: every key has a definition, and values are checked and put in canonical form.
#include "domain/Settings.h"

#include <QTest>

using tc::SettingsCatalog;

class TestSettingsCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keysSoFar()
    {
        const QStringList keys = SettingsCatalog::keys();
        QCOMPARE(keys, (QStringList{QStringLiteral("company.name"), QStringLiteral("company.country"),
                                    QStringLiteral("company.language"), QStringLiteral("erp.interface"),
                                    QStringLiteral("alias_users"),
                                    QStringLiteral("smtp.host"), QStringLiteral("smtp.port"),
                                    QStringLiteral("smtp.security"), QStringLiteral("smtp.user"),
                                    QStringLiteral("smtp.from"), QStringLiteral("smtp.ca_file"),
                                    QStringLiteral("registration.base_url"), QStringLiteral("import.drop_folder")}));
        for (const auto &definition : SettingsCatalog::all()) {
            QVERIFY(!definition.descriptionText().isEmpty());
            QVERIFY(!definition.typeName().isEmpty());
            if (!definition.defaultValue.isEmpty())
                QVERIFY(SettingsCatalog::normalize(definition, definition.defaultValue).ok());
        }
    }

    void normalize_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected"); // null: refused
        QTest::newRow("country lower") << QStringLiteral("company.country") << QStringLiteral("de") << QStringLiteral("DE");
        QTest::newRow("country spaces") << QStringLiteral("company.country") << QStringLiteral(" ch ") << QStringLiteral("CH");
        QTest::newRow("country Liechtenstein") << QStringLiteral("company.country") << QStringLiteral("LI") << QStringLiteral("LI");
        QTest::newRow("country unknown") << QStringLiteral("company.country") << QStringLiteral("XX") << QString();
        QTest::newRow("country three letters") << QStringLiteral("company.country") << QStringLiteral("CHE") << QString();
        QTest::newRow("country name") << QStringLiteral("company.country") << QStringLiteral("Switzerland") << QString();
        QTest::newRow("language upper") << QStringLiteral("company.language") << QStringLiteral("FR") << QStringLiteral("fr");
        QTest::newRow("language it") << QStringLiteral("company.language") << QStringLiteral("it") << QStringLiteral("it");
        QTest::newRow("language rm") << QStringLiteral("company.language") << QStringLiteral("rm") << QString();
        QTest::newRow("language empty") << QStringLiteral("company.language") << QString() << QString();
        QTest::newRow("name trimmed") << QStringLiteral("company.name") << QStringLiteral("  Régie du Lac SA ")
                                      << QStringLiteral("Régie du Lac SA");
        QTest::newRow("name apostrophe") << QStringLiteral("company.name") << QStringLiteral("Immobilien D'Amico AG")
                                         << QStringLiteral("Immobilien D'Amico AG");
        QTest::newRow("name empty") << QStringLiteral("company.name") << QStringLiteral("   ") << QString();
        QTest::newRow("drop folder emptied") << QStringLiteral("import.drop_folder") << QStringLiteral("  ") << QStringLiteral("");
        QTest::newRow("drop folder none") << QStringLiteral("import.drop_folder") << QString() << QStringLiteral("");
        QTest::newRow("port") << QStringLiteral("smtp.port") << QStringLiteral(" 465 ") << QStringLiteral("465");
        QTest::newRow("port too high") << QStringLiteral("smtp.port") << QStringLiteral("65536") << QString();
        QTest::newRow("port not a number") << QStringLiteral("smtp.port") << QStringLiteral("smtp") << QString();
        QTest::newRow("security upper case") << QStringLiteral("smtp.security") << QStringLiteral("STARTTLS") << QStringLiteral("starttls");
        QTest::newRow("security ssl") << QStringLiteral("smtp.security") << QStringLiteral("ssl") << QString();
        QTest::newRow("sender address") << QStringLiteral("smtp.from") << QStringLiteral("mieter@regie.ch") << QStringLiteral("mieter@regie.ch");
        QTest::newRow("sender with name") << QStringLiteral("smtp.from") << QStringLiteral("Régie du Lac <mieter@regie.ch>")
                                          << QStringLiteral("Régie du Lac <mieter@regie.ch>");
        QTest::newRow("sender two addresses") << QStringLiteral("smtp.from") << QStringLiteral("a@x.ch, b@x.ch") << QString();
        QTest::newRow("sender none") << QStringLiteral("smtp.from") << QString() << QStringLiteral("");
        QTest::newRow("link https") << QStringLiteral("registration.base_url") << QStringLiteral("https://app.regie.ch/register")
                                    << QStringLiteral("https://app.regie.ch/register");
        QTest::newRow("link http localhost") << QStringLiteral("registration.base_url") << QStringLiteral("http://localhost:8080/r")
                                             << QStringLiteral("http://localhost:8080/r");
        QTest::newRow("link http") << QStringLiteral("registration.base_url") << QStringLiteral("http://app.regie.ch") << QString();
        QTest::newRow("link ftp") << QStringLiteral("registration.base_url") << QStringLiteral("ftp://app.regie.ch") << QString();
        QTest::newRow("link without host") << QStringLiteral("registration.base_url") << QStringLiteral("https:///r") << QString();
        QTest::newRow("link with login") << QStringLiteral("registration.base_url") << QStringLiteral("https://u:p@app.regie.ch") << QString();
        QTest::newRow("drop folder trimmed") << QStringLiteral("import.drop_folder") << QStringLiteral(" /srv/erp ")
                                             << QStringLiteral("/srv/erp");
        QTest::newRow("name with newline") << QStringLiteral("company.name") << QStringLiteral("A\r\nBcc: x@y") << QString();
        QTest::newRow("name with line separator") << QStringLiteral("company.name") << QStringLiteral("Evil\u2028Line") << QString();
        QTest::newRow("name with bidi override") << QStringLiteral("company.name") << QStringLiteral("Immo \u202EGA") << QString();
        QTest::newRow("country EU") << QStringLiteral("company.country") << QStringLiteral("EU") << QString();
        QTest::newRow("country QO") << QStringLiteral("company.country") << QStringLiteral("qo") << QString();
        QTest::newRow("name with tab") << QStringLiteral("company.name") << QStringLiteral("A\tB") << QString();
    }
    void normalize()
    {
        QFETCH(QString, key);
        QFETCH(QString, input);
        QFETCH(QString, expected);
        auto definition = SettingsCatalog::lookup(key);
        QVERIFY(definition.ok());
        auto result = SettingsCatalog::normalize(**definition, input);
        if (expected.isNull()) {
            QVERIFY(!result.ok());
            QVERIFY(result.error().message.contains(key));
        } else {
            QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().message));
            QCOMPARE(*result, expected);
            QVERIFY(!result->isNull()); // a value, stored as text, never SQL NULL
        }
    }

    void loopbackHosts_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("loopback");
        QTest::newRow("localhost") << QStringLiteral("localhost") << true;
        QTest::newRow("LOCALHOST.") << QStringLiteral("LOCALHOST.") << true;
        QTest::newRow("127.0.0.1") << QStringLiteral("127.0.0.1") << true;
        QTest::newRow("127.1.2.3") << QStringLiteral("127.1.2.3") << true;
        QTest::newRow("::1") << QStringLiteral("::1") << true;
        QTest::newRow("[::1]") << QStringLiteral("[::1]") << true;
        QTest::newRow("127.0.0.1.evil.example") << QStringLiteral("127.0.0.1.evil.example") << false;
        QTest::newRow("localhost.evil.example") << QStringLiteral("localhost.evil.example") << false;
        QTest::newRow("128.0.0.1") << QStringLiteral("128.0.0.1") << false;
        QTest::newRow("127.0.0.256") << QStringLiteral("127.0.0.256") << false;
        QTest::newRow("mail.regie.ch") << QStringLiteral("mail.regie.ch") << false;
        QTest::newRow("empty") << QString() << false;
    }
    void loopbackHosts()
    {
        QFETCH(QString, host);
        QFETCH(bool, loopback);
        QCOMPARE(tc::settings::isLoopbackHost(host), loopback);
    }

    void unknownKeyListsValidOnes()
    {
        auto definition = SettingsCatalog::lookup(QStringLiteral("company.colour"));
        QVERIFY(!definition.ok());
        for (const QString &key : SettingsCatalog::keys())
            QVERIFY(definition.error().message.contains(key));
    }
};

QTEST_GUILESS_MAIN(TestSettingsCatalog)
#include "tst_settingscatalog.moc"
