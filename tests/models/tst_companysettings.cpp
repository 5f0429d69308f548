// CompanySettings on both databases: defaults, canonical values, refusals that change nothing,
// the manager-only rule and the audit trail.
#include "TestDatabases.h"
#include "services/Office.h"
#include "storage/Database.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace tc;

class TestCompanySettings : public QObject
{
    Q_OBJECT

    static std::unique_ptr<Office> open(const test::ScratchDatabase &scratch, Role role = Role::Manager)
    {
        auto office = Office::open(scratch.url(), SchemaPolicy::Migrate, Actor{std::nullopt, QStringLiteral("tester"), role});
        if (!office) {
            qWarning("%s", qPrintable(office.error().message));
            return nullptr;
        }
        return std::move(*office);
    }

    static qint64 auditCount(const Office &office)
    {
        return office.database().scalar(QStringLiteral("SELECT count(*) FROM audit_log"))->toLongLong();
    }

private Q_SLOTS:
    void defaults_data() { test::addBackendColumn(); test::addBackendRows(); }
    void defaults()
    {
        TC_SCRATCH_DATABASE(scratch);
        auto office = open(scratch);
        QVERIFY(office);
        const CompanySettings settings = office->settings();
        QCOMPARE(settings.value(QStringLiteral("company.country")).value(), QStringLiteral("CH"));
        QCOMPARE(settings.value(QStringLiteral("company.language")).value(), QStringLiteral("de"));
        QCOMPARE(settings.value(QStringLiteral("company.name")).value(), QString());
        auto list = settings.list();
        QVERIFY(list.ok());
        QCOMPARE(list->size(), SettingsCatalog::all().size());
        for (const auto &entry : *list)
            QVERIFY(entry.isDefault);
    }

    void setAndRead_data() { test::addBackendColumn(); test::addBackendRows(); }
    void setAndRead()
    {
        TC_SCRATCH_DATABASE(scratch);
        {
            auto office = open(scratch);
            QVERIFY(office);
            const CompanySettings settings = office->settings();
            QCOMPARE(settings.set(office->actor(), QStringLiteral("company.country"), QStringLiteral("fr")).value(),
                     QStringLiteral("FR"));
            QCOMPARE(settings.set(office->actor(), QStringLiteral("company.name"), QStringLiteral(" Gérance L'Étoile SA ")).value(),
                     QStringLiteral("Gérance L'Étoile SA"));
            QCOMPARE(auditCount(*office), 2);
            // Setting the same value again is no change and leaves no audit entry.
            QVERIFY(settings.set(office->actor(), QStringLiteral("company.country"), QStringLiteral("FR")).ok());
            QCOMPARE(auditCount(*office), 2);
        }
        // A new connection reads what was stored.
        auto office = open(scratch);
        QVERIFY(office);
        QCOMPARE(office->settings().value(QStringLiteral("company.country")).value(), QStringLiteral("FR"));
        QCOMPARE(office->settings().value(QStringLiteral("company.name")).value(), QStringLiteral("Gérance L'Étoile SA"));
        auto list = office->settings().list();
        QVERIFY(list.ok());
        for (const auto &entry : *list)
            QCOMPARE(entry.isDefault, entry.definition->key != u"company.country" && entry.definition->key != u"company.name");

        auto audit = office->database().exec(QStringLiteral(
            "SELECT actor, action, entity, before_json, after_json FROM audit_log ORDER BY id"));
        QVERIFY(audit.ok() && audit->next());
        QCOMPARE(audit->value(0).toString(), QStringLiteral("tester"));
        QCOMPARE(audit->value(1).toString(), QStringLiteral("setting.changed"));
        QCOMPARE(audit->value(2).toString(), QStringLiteral("company_settings"));
        QVERIFY(audit->value(3).isNull()); // nothing before: it was the default
        QCOMPARE(QJsonDocument::fromJson(audit->value(4).toString().toUtf8()).object().value(QStringLiteral("company.country")).toString(),
                 QStringLiteral("FR"));
    }

    void refusalsChangeNothing_data()
    {
        test::addBackendColumn();
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("mentions");
        for (auto backend : {test::Backend::SQLite, test::Backend::PostgreSQL}) {
            const char *b = backend == test::Backend::SQLite ? "sqlite" : "postgresql";
            QTest::addRow("%s unknown key", b) << backend << QStringLiteral("company.colour") << QStringLiteral("x") << QStringLiteral("company.country");
            QTest::addRow("%s bad country", b) << backend << QStringLiteral("company.country") << QStringLiteral("Schweiz") << QStringLiteral("country code");
            QTest::addRow("%s bad language", b) << backend << QStringLiteral("company.language") << QStringLiteral("rm") << QStringLiteral("de, fr, it, en");
            QTest::addRow("%s empty name", b) << backend << QStringLiteral("company.name") << QStringLiteral(" ") << QStringLiteral("empty");
            QTest::addRow("%s port 0", b) << backend << QStringLiteral("smtp.port") << QStringLiteral("0") << QStringLiteral("1-65535");
            QTest::addRow("%s sender without address", b) << backend << QStringLiteral("smtp.from") << QStringLiteral("Régie <regie>")
                                                          << QStringLiteral("smtp.from");
            QTest::addRow("%s registration link over http", b) << backend << QStringLiteral("registration.base_url")
                                                               << QStringLiteral("http://app.regie.ch/register") << QStringLiteral("https://");
        }
    }
    void refusalsChangeNothing()
    {
        TC_SCRATCH_DATABASE(scratch);
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(QString, mentions);
        auto office = open(scratch);
        QVERIFY(office);
        QVERIFY(office->settings().set(office->actor(), QStringLiteral("company.name"), QStringLiteral("Before AG")).ok());
        const qint64 auditBefore = auditCount(*office);
        auto result = office->settings().set(office->actor(), key, value);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, Error::Kind::Refused);
        QVERIFY2(result.error().message.contains(mentions), qPrintable(result.error().message));
        QCOMPARE(auditCount(*office), auditBefore);
        QCOMPARE(office->settings().value(QStringLiteral("company.name")).value(), QStringLiteral("Before AG"));
        QCOMPARE(office->database().scalar(QStringLiteral("SELECT count(*) FROM company_settings"))->toInt(), 1);
    }

    // Mail without encryption: only to a server on this computer, whichever setting changes first;
    // all or nothing when both change at once.
    void unencryptedMailOnlyToLocalhost_data() { test::addBackendColumn(); test::addBackendRows(); }
    void unencryptedMailOnlyToLocalhost()
    {
        TC_SCRATCH_DATABASE(scratch);
        auto office = open(scratch);
        QVERIFY(office);
        const CompanySettings settings = office->settings();
        const Actor &manager = office->actor();
        QCOMPARE(settings.value(QStringLiteral("smtp.security")).value(), QStringLiteral("starttls"));
        QCOMPARE(settings.value(QStringLiteral("smtp.port")).value(), QStringLiteral("587"));
        QVERIFY(settings.set(manager, QStringLiteral("smtp.host"), QStringLiteral("mail.regie.ch")).ok());
        auto refused = settings.set(manager, QStringLiteral("smtp.security"), QStringLiteral("none"));
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(QStringLiteral("mail.regie.ch")), qPrintable(refused.error().message));
        QCOMPARE(settings.value(QStringLiteral("smtp.security")).value(), QStringLiteral("starttls"));
        // Both at once: to localhost without encryption is fine.
        QVERIFY(settings.set(manager, {{QStringLiteral("smtp.host"), QStringLiteral("127.0.0.1")},
                                       {QStringLiteral("smtp.security"), QStringLiteral("none")}})
                    .ok());
        // ... and then no other host, nor both at once with another host.
        QVERIFY(!settings.set(manager, QStringLiteral("smtp.host"), QStringLiteral("smtp.example.com")).ok());
        QVERIFY(!settings.set(manager, {{QStringLiteral("smtp.security"), QStringLiteral("none")},
                                        {QStringLiteral("smtp.host"), QStringLiteral("10.0.0.5")}})
                     .ok());
        QCOMPARE(settings.value(QStringLiteral("smtp.host")).value(), QStringLiteral("127.0.0.1"));
        QVERIFY(settings.set(manager, QStringLiteral("smtp.host"), QStringLiteral("localhost")).ok());
        QVERIFY(settings.set(manager, {{QStringLiteral("smtp.security"), QStringLiteral("tls")},
                                       {QStringLiteral("smtp.host"), QStringLiteral("smtp.example.com")}})
                    .ok());
        // The sender is stored as "Name <address>", its quotes gone.
        auto from = settings.set(manager, QStringLiteral("smtp.from"), QStringLiteral(" \"Régie du Lac\"  <mieter@regie.ch> "));
        QVERIFY2(from.ok(), from.ok() ? "" : qPrintable(from.error().message));
        QCOMPARE(*from, QStringLiteral("Régie du Lac <mieter@regie.ch>"));
    }

    void onlyManagersChangeSettings_data() { test::addBackendColumn(); test::addBackendRows(); }
    void onlyManagersChangeSettings()
    {
        TC_SCRATCH_DATABASE(scratch);
        for (Role role : {Role::Agent, Role::Administrator}) {
            auto office = open(scratch, role);
            QVERIFY(office);
            auto result = office->settings().set(office->actor(), QStringLiteral("company.country"), QStringLiteral("DE"));
            QVERIFY(!result.ok());
            QVERIFY2(result.error().message.contains(QStringLiteral("Manager")), qPrintable(result.error().message));
            QCOMPARE(office->settings().value(QStringLiteral("company.country")).value(), QStringLiteral("CH"));
        }
    }
};

QTEST_GUILESS_MAIN(TestCompanySettings)
#include "tst_companysettings.moc"
