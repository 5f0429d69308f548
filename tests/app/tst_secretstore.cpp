// tst_secretstore: secrets go into the real keychain and come back out (a throw-away GNOME keyring
// that tests/support/keyring-session.sh starts; secret-tool, a separate libsecret client, confirms
// each one is really stored there, and gone after removal), non-ASCII secrets survive, keys of two
// offices don't mix, and without a secret service every operation says quickly, with a reason,
// that the keychain cannot be used. SessionSecrets, the in-memory stand-in, behaves the same way.
#include "SecretStore.h"
#include "domain/DatabaseUrl.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace tc;

namespace {

const int kTimeoutMs = 10000;

// A session bus like the desktop's, minus the directories of services it may start on demand: a
// desktop without a keyring. The policy is the standard session bus's: with a narrower one the bus
// did not even answer a client's Hello.
const char kBusWithoutServices[]
    = "<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-BUS Bus Configuration 1.0//EN\"\n"
      " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
      "<busconfig>\n"
      "  <type>session</type>\n"
      "  <listen>unix:dir=%1</listen>\n"
      "  <auth>EXTERNAL</auth>\n"
      "  <policy context=\"default\">\n"
      "    <allow send_destination=\"*\" eavesdrop=\"true\"/>\n"
      "    <allow eavesdrop=\"true\"/>\n"
      "    <allow own=\"*\"/>\n"
      "  </policy>\n"
      "</busconfig>\n";

QString describe(const Result<std::optional<QString>> &value)
{
    if (!value)
        return QStringLiteral("unavailable: ") + value.error().message;
    return *value ? QStringLiteral("found: ") + **value : QStringLiteral("not found");
}

QString describe(const Status &status)
{
    return status ? QStringLiteral("ok") : QStringLiteral("unavailable: ") + status.error().message;
}

QString keyOf(const QString &databaseUrl)
{
    auto url = DatabaseUrl::parse(databaseUrl);
    return url ? SecretStore::keyFor(secrets::smtpPassword, *url) : QStringLiteral("<bad url>");
}

// What secret-tool, another process, finds in the keychain under `key`: proof that a value is really
// stored there and not merely remembered by this process.
QString lookupWithSecretTool(const QString &key)
{
    QProcess tool;
    tool.start(QStringLiteral("secret-tool"),
        { QStringLiteral("lookup"), QStringLiteral("user"), key, QStringLiteral("server"),
            KeychainSecretStore::serviceName(), QStringLiteral("type"), QStringLiteral("plaintext") });
    if (!tool.waitForFinished(kTimeoutMs))
        return QStringLiteral("secret-tool did not finish: ") + tool.errorString();
    // Exit code 1 and no output: nothing stored under these attributes.
    if (tool.exitCode() != 0)
        return tool.readAllStandardError().isEmpty() ? QStringLiteral("not found")
                                                     : QString::fromUtf8(tool.readAllStandardError());
    return QStringLiteral("found: ") + QString::fromUtf8(tool.readAllStandardOutput());
}

bool storeWithSecretTool(const QString &key, const QString &value)
{
    QProcess tool;
    tool.start(QStringLiteral("secret-tool"),
        { QStringLiteral("store"), QStringLiteral("--label=tst_secretstore"), QStringLiteral("user"), key,
            QStringLiteral("server"), KeychainSecretStore::serviceName(), QStringLiteral("type"),
            QStringLiteral("plaintext") });
    tool.write(value.toUtf8());
    tool.closeWriteChannel();
    return tool.waitForFinished(kTimeoutMs) && tool.exitStatus() == QProcess::NormalExit && tool.exitCode() == 0;
}

bool haveThrowAwayKeyring()
{
    return qEnvironmentVariable("TC_KEYRING_SESSION") == u"1";
}

// Run as a child of unavailableWithoutSecretService, on a bus without a secret service: one line
// per operation on stdout.
int probeWithoutKeychain()
{
    KeychainSecretStore store;
    const QString key = keyOf(QStringLiteral("sqlite:/tmp/probe.db"));
    QTextStream out(stdout);
    out << "write " << describe(writeSecretBlocking(store, key, QStringLiteral("secret"), kTimeoutMs)) << '\n';
    out << "read " << describe(readSecretBlocking(store, key, kTimeoutMs)) << '\n';
    out << "remove " << describe(removeSecretBlocking(store, key, kTimeoutMs)) << '\n';
    return 0;
}

} // namespace

// Tests that would touch a real keychain skip unless it is a throw-away one: run by hand on a
// desktop, they would otherwise write into the user's own keyring.
#define TC_REQUIRE_THROW_AWAY_KEYRING()                                                                                \
    do {                                                                                                               \
        if (!haveThrowAwayKeyring())                                                                                   \
            QSKIP("needs a throw-away keyring: run through tests/support/keyring-session.sh (ctest does)");            \
    } while (false)

class TestSecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (haveThrowAwayKeyring())
            QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("secret-tool")).isEmpty(),
                "secret-tool not found (apt-get install libsecret-tools)");
    }

    void keyNamesTheOfficeNotTheConnection()
    {
        const QString key = keyOf(QStringLiteral("postgresql://alice:hunter2@DB.Example:5432/office?sslmode=require"));
        QCOMPARE(key, QStringLiteral("smtp.password@postgresql://db.example:5432/office"));
        // Another user, the default port, other options: still the same office.
        QCOMPARE(keyOf(QStringLiteral("postgresql://bob@db.example/office?connect_timeout=3")), key);
        QVERIFY(keyOf(QStringLiteral("postgresql://alice@db.example/office2")) != key);
        QVERIFY(keyOf(QStringLiteral("postgresql://alice@db.example:5433/office")) != key);
        QCOMPARE(keyOf(QStringLiteral("sqlite:/srv/Büro/office.db")),
            QStringLiteral("smtp.password@sqlite:/srv/Büro/office.db"));
    }

    void writeReadOverwriteRemove()
    {
        TC_REQUIRE_THROW_AWAY_KEYRING();
        KeychainSecretStore store;
        const QString key = keyOf(QStringLiteral("sqlite:/srv/office/a.db"));
        QCOMPARE(describe(readSecretBlocking(store, key, kTimeoutMs)), QStringLiteral("not found"));

        QCOMPARE(describe(writeSecretBlocking(store, key, QStringLiteral("first"), kTimeoutMs)), QStringLiteral("ok"));
        QCOMPARE(describe(readSecretBlocking(store, key, kTimeoutMs)), QStringLiteral("found: first"));
        QCOMPARE(lookupWithSecretTool(key), QStringLiteral("found: first"));

        QCOMPARE(describe(writeSecretBlocking(store, key, QStringLiteral("second"), kTimeoutMs)), QStringLiteral("ok"));
        QCOMPARE(describe(readSecretBlocking(store, key, kTimeoutMs)), QStringLiteral("found: second"));
        QCOMPARE(lookupWithSecretTool(key), QStringLiteral("found: second"));

        QCOMPARE(describe(removeSecretBlocking(store, key, kTimeoutMs)), QStringLiteral("ok"));
        QCOMPARE(describe(readSecretBlocking(store, key, kTimeoutMs)), QStringLiteral("not found"));
        QCOMPARE(lookupWithSecretTool(key), QStringLiteral("not found"));
        // Removing what is not there is not a failure: "make sure it is gone" is what callers mean.
        QCOMPARE(describe(removeSecretBlocking(store, key, kTimeoutMs)), QStringLiteral("ok"));
    }

    void nonAsciiSecret()
    {
        TC_REQUIRE_THROW_AWAY_KEYRING();
        KeychainSecretStore store;
        const QString key = keyOf(QStringLiteral("sqlite:/home/zoë/Büro.db"));
        const QString secret = QStringLiteral("Grüezi-ß-€-日本-🔑 \"quoted\" 'x'\ttab;%s\\n");
        QCOMPARE(describe(writeSecretBlocking(store, key, secret, kTimeoutMs)), QStringLiteral("ok"));
        QCOMPARE(describe(readSecretBlocking(store, key, kTimeoutMs)), QStringLiteral("found: ") + secret);
        QCOMPARE(lookupWithSecretTool(key), QStringLiteral("found: ") + secret);
        QCOMPARE(describe(removeSecretBlocking(store, key, kTimeoutMs)), QStringLiteral("ok"));
    }

    void keysOfTwoOfficesDoNotMix()
    {
        TC_REQUIRE_THROW_AWAY_KEYRING();
        KeychainSecretStore store;
        const QString a = keyOf(QStringLiteral("sqlite:/srv/office/a.db"));
        const QString b = keyOf(QStringLiteral("postgresql://alice@db.example/office"));
        QCOMPARE(
            describe(writeSecretBlocking(store, a, QStringLiteral("secret of A"), kTimeoutMs)), QStringLiteral("ok"));
        QCOMPARE(
            describe(writeSecretBlocking(store, b, QStringLiteral("secret of B"), kTimeoutMs)), QStringLiteral("ok"));
        QCOMPARE(describe(readSecretBlocking(store, a, kTimeoutMs)), QStringLiteral("found: secret of A"));
        QCOMPARE(describe(readSecretBlocking(store, b, kTimeoutMs)), QStringLiteral("found: secret of B"));

        QCOMPARE(describe(removeSecretBlocking(store, a, kTimeoutMs)), QStringLiteral("ok"));
        QCOMPARE(describe(readSecretBlocking(store, a, kTimeoutMs)), QStringLiteral("not found"));
        QCOMPARE(describe(readSecretBlocking(store, b, kTimeoutMs)), QStringLiteral("found: secret of B"));
        QCOMPARE(lookupWithSecretTool(b), QStringLiteral("found: secret of B"));
        QCOMPARE(describe(removeSecretBlocking(store, b, kTimeoutMs)), QStringLiteral("ok"));
    }

    void readsWhatAnotherProgramStored()
    {
        TC_REQUIRE_THROW_AWAY_KEYRING();
        const QString key = keyOf(QStringLiteral("sqlite:/srv/office/c.db"));
        QVERIFY(storeWithSecretTool(key, QStringLiteral("from secret-tool")));
        KeychainSecretStore store;
        QCOMPARE(describe(readSecretBlocking(store, key, kTimeoutMs)), QStringLiteral("found: from secret-tool"));
        QCOMPARE(describe(removeSecretBlocking(store, key, kTimeoutMs)), QStringLiteral("ok"));
        QCOMPARE(lookupWithSecretTool(key), QStringLiteral("not found"));
    }

    void answersLaterAndNeverToAGoneContext()
    {
        TC_REQUIRE_THROW_AWAY_KEYRING();
        KeychainSecretStore store;
        const QString key = keyOf(QStringLiteral("sqlite:/srv/office/d.db"));
        QString answer; // empty until answered
        store.write(key, QStringLiteral("async"), this, [&](const Status &s) { answer = describe(s); });
        QVERIFY(answer.isEmpty()); // never from inside the call
        QTRY_COMPARE_WITH_TIMEOUT(answer, QStringLiteral("ok"), kTimeoutMs);

        bool lateAnswer = false;
        auto *gone = new QObject;
        store.read(key, gone, [&](const Result<std::optional<QString>> &) { lateAnswer = true; });
        delete gone;
        // QtKeychain runs one job at a time, in order: once this one has answered, the first has too.
        answer.clear();
        store.remove(key, this, [&](const Status &s) { answer = describe(s); });
        QTRY_COMPARE_WITH_TIMEOUT(answer, QStringLiteral("ok"), kTimeoutMs);
        QVERIFY(!lateAnswer);
    }

    // A session bus that is not there at all, and one that is there but has no secret service (a
    // desktop without a keyring): each operation fails quickly and says why, and a missing entry is
    // never reported instead.
    void unavailableWithoutSecretService_data()
    {
        QTest::addColumn<bool>("withBus");
        QTest::newRow("no session bus") << false;
        QTest::newRow("bus without secret service") << true;
    }
    void unavailableWithoutSecretService()
    {
        QFETCH(bool, withBus);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QString address = QStringLiteral("unix:path=") + dir.filePath(QStringLiteral("no-bus-here"));
        QProcess bus;
        if (withBus) {
            if (QStandardPaths::findExecutable(QStringLiteral("dbus-daemon")).isEmpty())
                QSKIP("dbus-daemon not found (apt-get install dbus-daemon)");
            QFile config(dir.filePath(QStringLiteral("bus.conf")));
            QVERIFY(config.open(QIODevice::WriteOnly));
            config.write(QString::fromLatin1(kBusWithoutServices).arg(dir.path()).toUtf8());
            config.close();
            bus.start(QStringLiteral("dbus-daemon"),
                { QStringLiteral("--config-file=") + config.fileName(), QStringLiteral("--nofork"),
                    QStringLiteral("--print-address=1") });
            QVERIFY2(bus.waitForReadyRead(kTimeoutMs), qPrintable(QString::fromUtf8(bus.readAllStandardError())));
            address = QString::fromUtf8(bus.readLine()).trimmed();
        }

        QProcess probe;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), address);
        env.insert(QStringLiteral("TC_SECRETSTORE_PROBE"), QStringLiteral("1"));
        probe.setProcessEnvironment(env);
        QElapsedTimer clock;
        clock.start();
        probe.start(QCoreApplication::applicationFilePath(), QStringList());
        const bool finished = probe.waitForFinished(3 * kTimeoutMs + 5000);
        const qint64 elapsedMs = clock.elapsed();
        if (bus.state() != QProcess::NotRunning) {
            bus.kill();
            bus.waitForFinished();
        }
        QVERIFY2(finished, "the probe hung");
        QCOMPARE(probe.exitCode(), 0);
        const QStringList lines = QString::fromUtf8(probe.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        const QString prefix = QStringLiteral(" unavailable: The keychain cannot be used: ");
        for (const QString &line : lines) {
            QVERIFY2(line.contains(prefix), qPrintable(line));
            QVERIFY2(line.size() > line.indexOf(prefix) + prefix.size() + 3, qPrintable(line)); // a reason follows
        }
        qInfo("%s", qPrintable(lines.join(u'\n')));
        QVERIFY2(elapsedMs < 5000, qPrintable(QStringLiteral("took %1 ms").arg(elapsedMs)));
    }

    void sessionSecrets()
    {
        SessionSecrets store;
        const QString a = keyOf(QStringLiteral("sqlite:/srv/office/a.db"));
        const QString b = keyOf(QStringLiteral("sqlite:/srv/office/b.db"));
        QCOMPARE(describe(readSecretBlocking(store, a)), QStringLiteral("not found"));
        QCOMPARE(describe(writeSecretBlocking(store, a, QStringLiteral("first"))), QStringLiteral("ok"));
        QCOMPARE(describe(writeSecretBlocking(store, b, QStringLiteral("other"))), QStringLiteral("ok"));
        QCOMPARE(describe(writeSecretBlocking(store, a, QStringLiteral("Grüezi 🔑"))), QStringLiteral("ok"));
        QCOMPARE(describe(readSecretBlocking(store, a)), QStringLiteral("found: Grüezi 🔑"));
        QCOMPARE(describe(removeSecretBlocking(store, a)), QStringLiteral("ok"));
        QCOMPARE(describe(readSecretBlocking(store, a)), QStringLiteral("not found"));
        QCOMPARE(describe(removeSecretBlocking(store, a)), QStringLiteral("ok"));
        QCOMPARE(describe(readSecretBlocking(store, b)), QStringLiteral("found: other"));

        QString answer;
        store.read(b, this, [&](const Result<std::optional<QString>> &r) { answer = describe(r); });
        QVERIFY(answer.isEmpty()); // like the keychain: never from inside the call
        QTRY_COMPARE(answer, QStringLiteral("found: other"));

        bool lateAnswer = false;
        auto *gone = new QObject;
        store.read(b, gone, [&](const Result<std::optional<QString>> &) { lateAnswer = true; });
        delete gone;
        QTest::qWait(50);
        QVERIFY(!lateAnswer);
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet("TC_SECRETSTORE_PROBE"))
        return probeWithoutKeychain();
    TestSecretStore test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_secretstore.moc"
