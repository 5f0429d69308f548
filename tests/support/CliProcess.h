// CliProcess: runs the real cockpitctl binary (from TC_BIN_DIR) as a child process and keeps what a
// script would see: how it ended, its exit code, stdout and stderr. Shared by the tests of the CLI,
// with the macros that turn a run into test failures that show the whole run.
#pragma once

#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTest>

namespace tc::test {

inline constexpr int kCliTimeoutMs = 60000;

// What one cockpitctl run left behind.
struct CliRun
{
    QStringList arguments;
    bool finished = false;
    QProcess::ExitStatus exitStatus = QProcess::CrashExit;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QString startError;

    QString describe() const;
    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }
};

QString cockpitctlPath();
void startCli(QProcess &process, const QStringList &arguments, const QProcessEnvironment &environment);
// Waits for a started run to end (killing it after timeoutMs) and collects what it wrote.
CliRun collect(QProcess &process, const QStringList &arguments, int timeoutMs = kCliTimeoutMs);
// stdin is empty (closed at once), or holds `input`.
CliRun runCli(const QStringList &arguments, const QProcessEnvironment &environment, int timeoutMs = kCliTimeoutMs);
CliRun runCliWithInput(const QStringList &arguments, const QProcessEnvironment &environment, const QByteArray &input,
                       int timeoutMs = kCliTimeoutMs);
// The environment for runs that must never touch the real user's files: home, data and settings
// below `home` (which it creates), no database named by the environment, no import profiling.
QProcessEnvironment sandboxEnvironment(const QString &home);
// Empty when cockpitctl was built where ctest says (TC_BIN_DIR); else what is wrong.
QString cockpitctlMissing();
// Parses all of stdout as one JSON object; an empty object and the reason when it is not exactly one.
QJsonObject jsonOf(const CliRun &run, QString *error);

} // namespace tc::test

// Runs cockpitctl and fails the test unless it ended on its own (no hang, no crash).
#define RUN_CLI(var, arguments, environment)                                                            \
    const tc::test::CliRun var = tc::test::runCli((arguments), (environment));                          \
    QVERIFY2(var.finished && var.exitStatus == QProcess::NormalExit, qPrintable(var.describe()))

#define EXPECT_EXIT(var, code)                                                                          \
    QVERIFY2((var).exitCode == (code),                                                                  \
             qPrintable(QStringLiteral("expected exit code %1\n").arg(code) + (var).describe()))

// Exit 0, nothing on stderr, stdout one JSON object stored in `json`.
#define EXPECT_JSON_OK(var, json)                                                                       \
    EXPECT_EXIT(var, 0);                                                                                \
    QVERIFY2((var).err.isEmpty(), qPrintable(QStringLiteral("unexpected stderr\n") + (var).describe())); \
    QJsonObject json;                                                                                   \
    {                                                                                                   \
        QString jsonError_;                                                                             \
        json = tc::test::jsonOf((var), &jsonError_);                                                    \
        QVERIFY2(jsonError_.isEmpty(), qPrintable(jsonError_ + u'\n' + (var).describe()));              \
    }

// Exit 1 (refused) with a message on stderr and nothing on stdout.
#define EXPECT_REFUSED(var)                                                                             \
    EXPECT_EXIT(var, 1);                                                                                \
    QVERIFY2((var).errText().startsWith(QStringLiteral("cockpitctl: ")), qPrintable((var).describe())); \
    QVERIFY2((var).out.isEmpty(), qPrintable(QStringLiteral("unexpected stdout\n") + (var).describe()))

#define EXPECT_STDERR_CONTAINS(var, text)                                                               \
    QVERIFY2((var).errText().contains(text),                                                            \
             qPrintable(QStringLiteral("stderr should contain \"%1\"\n").arg(text) + (var).describe()))
