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
                                    QStringLiteral("import.drop_folder")}));
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
