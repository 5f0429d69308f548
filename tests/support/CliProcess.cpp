#include "CliProcess.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>

namespace tc::test {

QString CliRun::describe() const
{
    return QStringLiteral("cockpitctl %1\n  finished: %2, normal exit: %3, exit code: %4%5\n  stdout: %6\n  stderr: %7")
        .arg(arguments.join(u' '))
        .arg(finished ? QStringLiteral("yes") : QStringLiteral("no"))
        .arg(exitStatus == QProcess::NormalExit ? QStringLiteral("yes") : QStringLiteral("no"))
        .arg(exitCode)
        .arg(startError.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(startError))
        .arg(QString::fromUtf8(out.left(4000)), QString::fromUtf8(err.left(4000)));
}

QString cockpitctlPath()
{
    return QDir(qEnvironmentVariable("TC_BIN_DIR")).filePath(QStringLiteral("cockpitctl"));
}

void startCli(QProcess &process, const QStringList &arguments, const QProcessEnvironment &environment)
{
    process.setProgram(cockpitctlPath());
    process.setArguments(arguments);
    process.setProcessEnvironment(environment);
    process.start();
}

CliRun collect(QProcess &process, const QStringList &arguments, int timeoutMs)
{
    CliRun run;
    run.arguments = arguments;
    run.finished = process.waitForFinished(timeoutMs);
    if (!run.finished) {
        run.startError = process.errorString();
        process.kill();
        process.waitForFinished(5000);
    }
    run.exitStatus = process.exitStatus();
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

CliRun runCli(const QStringList &arguments, const QProcessEnvironment &environment, int timeoutMs)
{
    return runCliWithInput(arguments, environment, {}, timeoutMs);
}

CliRun runCliWithInput(const QStringList &arguments, const QProcessEnvironment &environment, const QByteArray &input,
                       int timeoutMs)
{
    QProcess process;
    startCli(process, arguments, environment);
    if (process.waitForStarted(timeoutMs)) {
        process.write(input);
        process.closeWriteChannel(); // the end of stdin: nothing more comes
    }
    return collect(process, arguments, timeoutMs);
}

QProcessEnvironment sandboxEnvironment(const QString &home)
{
    QDir().mkpath(QDir(home).filePath(QStringLiteral(".local/share")));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("TENANT_COCKPIT_DB"));
    env.remove(QStringLiteral("TC_IMPORT_PROFILE"));
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_DATA_HOME"), QDir(home).filePath(QStringLiteral(".local/share")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), QDir(home).filePath(QStringLiteral(".config")));
    return env;
}

QString cockpitctlMissing()
{
    if (qEnvironmentVariable("TC_BIN_DIR").isEmpty())
        return QStringLiteral("TC_BIN_DIR is not set: run the test through ctest (tc_add_test sets it)");
    const QFileInfo binary(cockpitctlPath());
    if (!binary.isFile() || !binary.isExecutable())
        return binary.filePath() + QStringLiteral(" is missing");
    return {};
}

QJsonObject jsonOf(const CliRun &run, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(run.out, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = QStringLiteral("stdout is not one JSON document (%1 at byte %2)")
                     .arg(parseError.errorString())
                     .arg(parseError.offset);
        return {};
    }
    if (!document.isObject()) {
        *error = QStringLiteral("stdout is JSON but not an object");
        return {};
    }
    error->clear();
    return document.object();
}

} // namespace tc::test
