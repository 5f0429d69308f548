// The languages at run time: the rules that choose one, every translation of every .ts file as the
// programs see it (the contexts lupdate wrote are the ones the code asks for), Qt's own strings, the
// locale that formats dates, and cockpitctl speaking the shell's language.
#include "CliProcess.h"
#include "Translations.h"
#include "domain/Languages.h"
#include "services/Tickets.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace tc;

namespace {

struct TsMessage
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QStringList forms; // one for a plain message, the plural forms for a numerus one
};

QList<TsMessage> readTs(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("cannot open %s", qPrintable(path));
        return {};
    }
    QList<TsMessage> messages;
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    bool finished = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == u"name")
                context = xml.readElementText();
            else if (name == u"message") {
                message = TsMessage{context, {}, {}, xml.attributes().value(QLatin1StringView("numerus")) == u"yes", {}};
            } else if (name == u"source")
                message.source = xml.readElementText();
            else if (name == u"comment")
                message.comment = xml.readElementText();
            else if (name == u"translation") {
                finished = xml.attributes().value(QLatin1StringView("type")).isEmpty();
                if (!message.numerus)
                    message.forms << xml.readElementText();
            } else if (name == u"numerusform")
                message.forms << xml.readElementText();
        } else if (xml.isEndElement() && xml.name() == u"message" && finished) {
            messages << message;
        }
    }
    if (xml.hasError())
        qWarning("%s: %s", qPrintable(path), qPrintable(xml.errorString()));
    return messages;
}

QString tsPath(const QString &language)
{
    return QDir(qEnvironmentVariable("TC_SOURCE_DIR"))
        .filePath(QStringLiteral("translations/tenant-cockpit_%1.ts").arg(language));
}

void removeTranslators()
{
    for (QTranslator *t : QCoreApplication::instance()->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup()
    {
        removeTranslators();
        QLocale::setDefault(QLocale::c());
    }

    void resolvesTheLanguage_data()
    {
        QTest::addColumn<QString>("preferred");
        QTest::addColumn<QStringList>("system");
        QTest::addColumn<QString>("spoken");
        QTest::newRow("a choice wins") << QStringLiteral("fr") << QStringList{QStringLiteral("de-CH"), QStringLiteral("de")} << QStringLiteral("fr");
        QTest::newRow("a choice with a country") << QStringLiteral("it_CH") << QStringList{QStringLiteral("en-US")} << QStringLiteral("it");
        QTest::newRow("the system's") << QStringLiteral("") << QStringList{QStringLiteral("de-CH"), QStringLiteral("de")} << QStringLiteral("de");
        QTest::newRow("the first supported") << QStringLiteral("") << QStringList{QStringLiteral("ja-JP"), QStringLiteral("fr-CH"), QStringLiteral("de")} << QStringLiteral("fr");
        QTest::newRow("an unsupported choice") << QStringLiteral("ja") << QStringList{QStringLiteral("it-CH")} << QStringLiteral("it");
        QTest::newRow("nothing supported") << QStringLiteral("") << QStringList{QStringLiteral("ja-JP")} << QStringLiteral("en");
        QTest::newRow("Swiss German reads German") << QStringLiteral("") << QStringList{QStringLiteral("gsw-CH"), QStringLiteral("gsw")} << QStringLiteral("de");
        QTest::newRow("Romansh reads German") << QStringLiteral("") << QStringList{QStringLiteral("rm-CH")} << QStringLiteral("de");
        QTest::newRow("the C locale") << QStringLiteral("") << QStringList{QStringLiteral("C")} << QStringLiteral("en");
    }
    void resolvesTheLanguage()
    {
        QFETCH(QString, preferred);
        QFETCH(QStringList, system);
        QFETCH(QString, spoken);
        QCOMPARE(languages::resolve(preferred, system), spoken);
    }

    void localeFollowsTheLanguage()
    {
        // A system in that language keeps its country's formats; otherwise Switzerland's.
        QCOMPARE(languages::localeFor(QStringLiteral("de"), QLocale(QStringLiteral("de_AT"))).name(), QStringLiteral("de_AT"));
        QCOMPARE(languages::localeFor(QStringLiteral("fr"), QLocale(QStringLiteral("de_CH"))).name(), QStringLiteral("fr_CH"));
        QCOMPARE(languages::localeFor(QStringLiteral("en"), QLocale::c()).name(), QStringLiteral("en_CH"));

        // The programs' default locale: dates and numbers as a Swiss German office writes them.
        QCOMPARE(installTranslations(*QCoreApplication::instance(), QStringLiteral("de")), QStringLiteral("de"));
        QCOMPARE(QLocale().name(), QStringLiteral("de_CH"));
        QCOMPARE(QLocale().toString(QDate(2026, 11, 27), QLocale::ShortFormat), QStringLiteral("27.11.26"));
        QCOMPARE(QLocale().toString(1234567), QStringLiteral("1’234’567"));
    }

    void namesSortAsTheLanguageReadsThem()
    {
        installTranslations(*QCoreApplication::instance(), QStringLiteral("de"));
        QStringList names{QStringLiteral("Zora Keller"), QStringLiteral("Élise Favre"), QStringLiteral("anna Meier"),
                          QStringLiteral("Ärni Huber"), QStringLiteral("Haus 10"), QStringLiteral("Haus 2"),
                          QStringLiteral("Emil Brunner")};
        languages::sortByName(names, [](const QString &n) { return n; });
        const QStringList expected{QStringLiteral("anna Meier"), QStringLiteral("Ärni Huber"), QStringLiteral("Élise Favre"),
                                   QStringLiteral("Emil Brunner"), QStringLiteral("Haus 2"), QStringLiteral("Haus 10"),
                                   QStringLiteral("Zora Keller")};
        QCOMPARE(names, expected);
        // Plain code-point order, which the database's ORDER BY gives, puts them elsewhere.
        QStringList binary = expected;
        std::sort(binary.begin(), binary.end());
        QVERIFY(binary != expected);
    }

    // A German desk and a French one file a ticket under the same category, and each reads it in its
    // own language; a category typed by hand stays as typed.
    void categoriesAreStoredAlikeInEveryLanguage()
    {
        for (const QString &language : {QStringLiteral("de"), QStringLiteral("fr")}) {
            installTranslations(*QCoreApplication::instance(), language);
            const QString shown = tickets::categoryText(QStringLiteral("Repairs"));
            QVERIFY2(shown != u"Repairs" && !shown.isEmpty(), qPrintable(shown));
            QCOMPARE(tickets::categoryToStore(shown), QStringLiteral("Repairs"));
            QCOMPARE(tickets::categoryToStore(shown.toUpper() + u' '), QStringLiteral("Repairs"));
            QCOMPARE(tickets::categoryToStore(QStringLiteral("Repairs")), QStringLiteral("Repairs"));
            QCOMPARE(tickets::categoryToStore(QStringLiteral(" Lift ")), QStringLiteral("Lift"));
            QCOMPARE(tickets::categoryText(QStringLiteral("Lift")), QStringLiteral("Lift"));
            removeTranslators();
        }
        QCOMPARE(tickets::suggestedCategories().size(), 10);
    }

    void everyMessageReachesTheProgram_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString &language : languages::supported())
            QTest::newRow(qPrintable(language)) << language;
    }
    void everyMessageReachesTheProgram()
    {
        QFETCH(QString, language);
        const QList<TsMessage> messages = readTs(tsPath(language));
        QVERIFY2(messages.size() > (language == u"en" ? 20 : 1000), qPrintable(QString::number(messages.size())));
        QCOMPARE(installTranslations(*QCoreApplication::instance(), language), language);
        int checked = 0;
        for (const TsMessage &m : messages) {
            const QByteArray context = m.context.toUtf8();
            const QByteArray source = m.source.toUtf8();
            const QByteArray comment = m.comment.toUtf8();
            const char *disambiguation = comment.isEmpty() ? nullptr : comment.constData();
            if (m.numerus) {
                QCOMPARE(m.forms.size(), 2);
                // translate() puts the count in place of %n.
                for (const int n : {1, 2}) {
                    const QString expected = QString(m.forms.at(n == 1 ? 0 : 1))
                                                 .replace(QStringLiteral("%Ln"), QLocale().toString(n))
                                                 .replace(QStringLiteral("%n"), QString::number(n));
                    QCOMPARE(QCoreApplication::translate(context.constData(), source.constData(), disambiguation, n), expected);
                }
            } else {
                QCOMPARE(QCoreApplication::translate(context.constData(), source.constData(), disambiguation), m.forms.at(0));
            }
            ++checked;
        }
        QCOMPARE(checked, messages.size());
    }

    void qtsOwnStringsAreTranslated_data() { everyMessageReachesTheProgram_data(); }
    void qtsOwnStringsAreTranslated()
    {
        QFETCH(QString, language);
        installTranslations(*QCoreApplication::instance(), language);
        // The buttons of Qt's standard dialogs.
        const QString cancel = QCoreApplication::translate("QPlatformTheme", "Cancel");
        if (language == u"en")
            QCOMPARE(cancel, QStringLiteral("Cancel"));
        else
            QVERIFY2(cancel != u"Cancel" && !cancel.isEmpty(), qPrintable(cancel));
        // Qt's German is respelled the Swiss way, as the product's own: "Schliessen", not "Schließen";
        // a string Qt has no translation for stays as written.
        const QString close = QCoreApplication::translate("QPlatformTheme", "Close");
        const QString finish = QCoreApplication::translate("QWizard", "&Finish");
        if (language == u"de") {
            QCOMPARE(close, QStringLiteral("Schliessen"));
            QCOMPARE(finish, QStringLiteral("Ab&schliessen"));
            QCOMPARE(QCoreApplication::translate("QCommandLineParser", "Displays help including Qt specific options."),
                     QStringLiteral("Zeigt Hilfe einschliesslich Qt-spezifischer Optionen an."));
        }
        QVERIFY2(!close.contains(QChar(0x00DF)) && !finish.contains(QChar(0x00DF)), qPrintable(close + u' ' + finish));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "No such Qt string"), QStringLiteral("No such Qt string"));
    }

    // cockpitctl installs the office's language over the shell's: the first call's translators go.
    void installingAgainReplacesTheTranslators()
    {
        const auto translators = [] { return QCoreApplication::instance()->findChildren<QTranslator *>().size(); };
        installTranslations(*QCoreApplication::instance(), QStringLiteral("fr"));
        const qsizetype once = translators();
        QVERIFY(once >= 1);
        installTranslations(*QCoreApplication::instance(), QStringLiteral("de"));
        QCOMPARE(translators(), once);
        QCOMPARE(QCoreApplication::translate("Tenants", "Tickets moved"), QStringLiteral("Übertragene Tickets"));
    }

    void cockpitctlSpeaksTheShellsLanguage_data()
    {
        QTest::addColumn<QString>("variable");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("language");
        QTest::newRow("LANG de_CH") << QStringLiteral("LANG") << QStringLiteral("de_CH.UTF-8") << QStringLiteral("de");
        QTest::newRow("LC_ALL fr_CH") << QStringLiteral("LC_ALL") << QStringLiteral("fr_CH.UTF-8") << QStringLiteral("fr");
        QTest::newRow("LC_MESSAGES it_CH") << QStringLiteral("LC_MESSAGES") << QStringLiteral("it_CH.UTF-8") << QStringLiteral("it");
        QTest::newRow("LANG en_GB") << QStringLiteral("LANG") << QStringLiteral("en_GB.UTF-8") << QStringLiteral("en");
        QTest::newRow("LANG ja_JP") << QStringLiteral("LANG") << QStringLiteral("ja_JP.UTF-8") << QStringLiteral("en");
    }
    void cockpitctlSpeaksTheShellsLanguage()
    {
        QFETCH(QString, variable);
        QFETCH(QString, value);
        QFETCH(QString, language);
        QTemporaryDir home;
        QVERIFY(home.isValid());
        QProcessEnvironment env = test::sandboxEnvironment(home.path());
        env.remove(QStringLiteral("LANGUAGE")); // the suite's own choice of English
        env.insert(variable, value);
        const test::CliRun run = test::runCli({QStringLiteral("no-such-command")}, env);
        QVERIFY2(run.finished, qPrintable(run.describe()));
        QCOMPARE(run.exitCode, 2);

        installTranslations(*QCoreApplication::instance(), language);
        const QString expected = QCoreApplication::translate("Cockpitctl", "Unknown command \"%1\".")
                                     .arg(QStringLiteral("no-such-command"));
        if (language != u"en")
            QVERIFY(expected != QStringLiteral("Unknown command \"no-such-command\"."));
        QVERIFY2(run.errText().contains(expected), qPrintable(run.describe()));
    }

    // Under cron, systemd or a bare container the environment names no language (the C locale):
    // cockpitctl then speaks the office's (company.language) once it has opened it, in what it prints
    // and in what an import stores for the people who read its report later. A language the
    // environment names still wins.
    void cockpitctlWithoutALanguageSpeaksTheOffices_data()
    {
        QTest::addColumn<QStringList>("environment");
        QTest::addColumn<QString>("language");
        QTest::newRow("LANG C.UTF-8") << QStringList{QStringLiteral("LANG=C.UTF-8")} << QStringLiteral("fr");
        QTest::newRow("nothing set") << QStringList{} << QStringLiteral("fr");
        QTest::newRow("LC_ALL POSIX") << QStringList{QStringLiteral("LC_ALL=POSIX"), QStringLiteral("LANG=de_CH.UTF-8")}
                                      << QStringLiteral("fr");
        QTest::newRow("LANG en_GB") << QStringList{QStringLiteral("LANG=en_GB.UTF-8")} << QStringLiteral("en");
        QTest::newRow("LANGUAGE it") << QStringList{QStringLiteral("LANG=C.UTF-8"), QStringLiteral("LANGUAGE=it")}
                                     << QStringLiteral("it");
        QTest::newRow("LANGUAGE C") << QStringList{QStringLiteral("LANG=C.UTF-8"), QStringLiteral("LANGUAGE=C")}
                                    << QStringLiteral("fr");
        QTest::newRow("LANGUAGE ':'") << QStringList{QStringLiteral("LANGUAGE=:")} << QStringLiteral("fr");
        QTest::newRow("LANG C@euro") << QStringList{QStringLiteral("LANG=C@euro")} << QStringLiteral("fr");
    }
    void cockpitctlWithoutALanguageSpeaksTheOffices()
    {
        QFETCH(QStringList, environment);
        QFETCH(QString, language);
        QTemporaryDir home;
        QVERIFY(home.isValid());
        const QProcessEnvironment english = test::sandboxEnvironment(home.path());
        QProcessEnvironment env = english;
        for (const char *variable : {"LANG", "LC_ALL", "LC_MESSAGES", "LANGUAGE"})
            env.remove(QString::fromLatin1(variable));
        for (const QString &assignment : std::as_const(environment))
            env.insert(assignment.section(u'=', 0, 0), assignment.section(u'=', 1));
        const QString db = QStringLiteral("sqlite:") + QDir(home.path()).filePath(QStringLiteral("office.db"));
        const auto cli = [&](QStringList arguments, const QProcessEnvironment &in) {
            return test::runCli(QStringList{QStringLiteral("--db"), db} + arguments, in);
        };
        const test::CliRun init = cli({QStringLiteral("init")}, english);
        QCOMPARE(init.exitCode, 0);
        const test::CliRun set = cli({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("company.language"),
                                      QStringLiteral("fr")},
                                     english);
        QVERIFY2(set.exitCode == 0, qPrintable(set.describe()));

        // A message from the services, after the office was opened.
        const test::CliRun unknown = cli({QStringLiteral("tenant"), QStringLiteral("show"), QStringLiteral("T-404")}, env);
        QCOMPARE(unknown.exitCode, 1);
        installTranslations(*QCoreApplication::instance(), language);
        const QString noTenant = QCoreApplication::translate("Tenants", "There is no tenant with the reference %1.")
                                     .arg(QStringLiteral("T-404"));
        const QString badLanguage = QCoreApplication::translate("TenantListImport", "\"%1\" is not a language the Cockpit "
                                                                                    "writes in (de, fr, it, en).")
                                        .arg(QStringLiteral("xx"));
        installTranslations(*QCoreApplication::instance(), QStringLiteral("en"));
        if (language != u"en")
            QVERIFY(!noTenant.startsWith(QStringLiteral("There is no tenant")));
        QVERIFY2(unknown.errText().contains(noTenant), qPrintable(unknown.describe()));

        // An import's reasons are stored as written: read back in English, they stay in the office's language.
        const QString csv = QDir(home.path()).filePath(QStringLiteral("tenants.csv"));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("property_ref,property_name,street,zip,city,unit_ref,unit_label,tenant_ref,first_name,last_name,email,"
                   "phone,language,move_in,move_out\n"
                   "P1,Seeblick,Seestrasse 1,8001,Zürich,U1,1.OG,T1,Anna,Muster,anna@example.ch,,de,2024-01-01,\n"
                   "P1,Seeblick,Seestrasse 1,8001,Zürich,U2,2.OG,T2,Marco,Rossi,marco@example.ch,,xx,2024-01-01,\n");
        file.close();
        const test::CliRun imported = cli({QStringLiteral("import"), csv, QStringLiteral("--json")}, env);
        QVERIFY2(imported.exitCode == 0 || imported.exitCode == 1, qPrintable(imported.describe()));
        QString error;
        const QJsonObject report = test::jsonOf(imported, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const qint64 runId = report.value(QStringLiteral("run_id")).toInteger();
        QVERIFY2(runId > 0, qPrintable(imported.describe()));
        const test::CliRun shown = cli({QStringLiteral("imports"), QStringLiteral("show"), QString::number(runId),
                                        QStringLiteral("--json")},
                                       english);
        const QJsonObject stored = test::jsonOf(shown, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QJsonArray rejected = stored.value(QStringLiteral("rejected")).toArray();
        QCOMPARE(rejected.size(), 1);
        QCOMPARE(rejected.first().toObject().value(QStringLiteral("reason")).toString(), badLanguage);
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
