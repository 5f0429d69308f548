// tc_bench_startup: how long tenant-cockpit takes from exec to the first frame with tenant rows,
// next to an empty QMainWindow built the same way (tc_bench_empty_window) as the baseline.
//
// Usage: tc_bench_startup --cockpit PATH --empty PATH --db URL [--runs N] [--timeout S] [--no-budget]
//
// Each program runs N times (default 7), alternating, the cockpit as `PATH --db URL --startup-probe`.
// Per run two numbers: the wall time from QProcess::start() until the "first-frame-ms" line arrives
// on its stdout, and the number the program reports itself (counted from the start of its main()).
// The first (cold) run of each program is discarded. The budget: the cockpit's median warm wall
// time is at most 400 ms. Exit code 0 within budget, 1 over budget or a run failed, 2 usage.
//
// The children get the environment of this process (so QT_QPA_PLATFORM decides offscreen, xcb, ...)
// with XDG_CONFIG_HOME pointing to an empty temporary directory: the user's saved window geometry
// and section do not change what is measured.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <optional>
#include <vector>

namespace {

constexpr double kBudgetMs = 400.0;

struct Run
{
    double wallMs = 0;
    double selfMs = 0;
};

struct Program
{
    QString label;
    QString path;
    QStringList arguments;
    std::vector<Run> runs; // warm runs only
    int failures = 0;
};

struct Stats
{
    double p50 = 0;
    double min = 0;
    double max = 0;
};

Stats stats(std::vector<double> values)
{
    Stats s;
    if (values.empty())
        return s;
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    s.p50 = n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
    s.min = values.front();
    s.max = values.back();
    return s;
}

std::vector<double> wallTimes(const Program &p)
{
    std::vector<double> v;
    for (const Run &r : p.runs)
        v.push_back(r.wallMs);
    return v;
}

std::vector<double> selfTimes(const Program &p)
{
    std::vector<double> v;
    for (const Run &r : p.runs)
        v.push_back(r.selfMs);
    return v;
}

void printErr(const QString &text)
{
    std::fprintf(stderr, "%s\n", qPrintable(text));
    std::fflush(stderr);
}

// Starts the program once and waits for its "first-frame-ms N" line; nullopt when it fails.
std::optional<Run> runOnce(const Program &program, const QProcessEnvironment &env, int timeoutMs)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.setProgram(program.path);
    process.setArguments(program.arguments);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.setReadChannel(QProcess::StandardOutput);

    QElapsedTimer deadline;
    QElapsedTimer wall;
    deadline.start();
    wall.start();
    process.start();
    if (!process.waitForStarted(timeoutMs)) {
        printErr(QStringLiteral("  %1: could not start %2: %3").arg(program.label, program.path, process.errorString()));
        return std::nullopt;
    }

    std::optional<Run> run;
    QByteArray otherOutput;
    while (!run) {
        while (!run && process.canReadLine()) {
            const QByteArray line = process.readLine().trimmed();
            if (line.startsWith("first-frame-ms ")) {
                const double wallMs = static_cast<double>(wall.nsecsElapsed()) / 1e6;
                bool ok = false;
                const qlonglong self = line.mid(15).toLongLong(&ok);
                if (!ok) {
                    printErr(QStringLiteral("  %1: unreadable line \"%2\"").arg(program.label, QString::fromUtf8(line)));
                    break;
                }
                run = Run{wallMs, static_cast<double>(self)};
            } else {
                otherOutput += line + '\n';
            }
        }
        if (run || process.state() == QProcess::NotRunning)
            break;
        const qint64 left = timeoutMs - deadline.elapsed();
        if (left <= 0)
            break;
        // waitForReadyRead() is false when the process ends; the loop then reads what is left.
        if (!process.waitForReadyRead(static_cast<int>(left)) && process.state() == QProcess::NotRunning
            && !process.canReadLine())
            break;
    }

    if (!run) {
        if (process.state() != QProcess::NotRunning) {
            printErr(QStringLiteral("  %1: no \"first-frame-ms\" line within %2 s, killing it")
                         .arg(program.label)
                         .arg(timeoutMs / 1000));
            process.kill();
            process.waitForFinished(5000);
        } else {
            printErr(QStringLiteral("  %1: ended (exit code %2) without a \"first-frame-ms\" line")
                         .arg(program.label)
                         .arg(process.exitCode()));
        }
    } else if (!process.waitForFinished(30000)) {
        printErr(QStringLiteral("  %1: reported its first frame but did not quit within 30 s").arg(program.label));
        process.kill();
        process.waitForFinished(5000);
        run.reset();
    } else if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        printErr(QStringLiteral("  %1: exit code %2 after reporting its first frame")
                     .arg(program.label)
                     .arg(process.exitCode()));
        run.reset();
    }
    if (!run) {
        const QByteArray err = process.readAllStandardError().trimmed();
        otherOutput += process.readAllStandardOutput();
        if (!otherOutput.trimmed().isEmpty())
            printErr(QStringLiteral("  stdout: %1").arg(QString::fromUtf8(otherOutput.trimmed())));
        if (!err.isEmpty())
            printErr(QStringLiteral("  stderr: %1").arg(QString::fromUtf8(err)));
    }
    return run;
}

void printRow(const char *label, const Stats &wall, const Stats &self, std::size_t n)
{
    std::printf("  %-16s %8.1f %8.1f %8.1f    %8.1f %8.1f %8.1f   %zu\n", label, wall.p50, wall.min, wall.max,
                self.p50, self.min, self.max, n);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tc_bench_startup"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Start-up time of tenant-cockpit to the first frame with rows, against an empty window."));
    parser.addHelpOption();
    const QCommandLineOption cockpitOption(QStringLiteral("cockpit"), QStringLiteral("The tenant-cockpit program."),
                                           QStringLiteral("PATH"));
    const QCommandLineOption emptyOption(QStringLiteral("empty"), QStringLiteral("The tc_bench_empty_window program."),
                                         QStringLiteral("PATH"));
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QStringLiteral("The office database the cockpit opens (it must hold tenants)."),
                                      QStringLiteral("URL"));
    const QCommandLineOption runsOption(QStringLiteral("runs"),
                                        QStringLiteral("Runs per program, the first one discarded (default 7, at least 2)."),
                                        QStringLiteral("N"), QStringLiteral("7"));
    const QCommandLineOption timeoutOption(QStringLiteral("timeout"),
                                           QStringLiteral("Seconds one run may take (default 120)."),
                                           QStringLiteral("S"), QStringLiteral("120"));
    const QCommandLineOption noBudgetOption(QStringLiteral("no-budget"),
                                            QStringLiteral("Report the numbers but do not judge the 400 ms budget "
                                                           "(debug and sanitizer builds)."));
    parser.addOptions({cockpitOption, emptyOption, dbOption, runsOption, timeoutOption, noBudgetOption});
    parser.process(app);

    auto usage = [](const QString &message) {
        printErr(QStringLiteral("tc_bench_startup: %1").arg(message));
        return 2;
    };
    if (!parser.isSet(cockpitOption) || !parser.isSet(emptyOption) || !parser.isSet(dbOption))
        return usage(QStringLiteral("--cockpit, --empty and --db are required (see --help)."));
    bool ok = false;
    const int runs = parser.value(runsOption).toInt(&ok);
    if (!ok || runs < 2)
        return usage(QStringLiteral("--runs takes a number of at least 2 (the first run is discarded)."));
    const int timeoutS = parser.value(timeoutOption).toInt(&ok);
    if (!ok || timeoutS < 1)
        return usage(QStringLiteral("--timeout takes a number of seconds."));
    const bool judge = !parser.isSet(noBudgetOption);

    const QString dbUrl = parser.value(dbOption);
    // A missing SQLite file would be created empty and the probe would wait forever for rows.
    if (dbUrl.startsWith(QLatin1StringView("sqlite:"))) {
        QString path = dbUrl.mid(7);
        while (path.startsWith(QLatin1StringView("//")))
            path.remove(0, 1);
        if (!QFileInfo::exists(path))
            return usage(QStringLiteral("the database file %1 does not exist.").arg(path));
    }

    Program empty{QStringLiteral("empty window"), parser.value(emptyOption), {}, {}, 0};
    Program cockpit{QStringLiteral("tenant-cockpit"),
                    parser.value(cockpitOption),
                    {QStringLiteral("--db"), dbUrl, QStringLiteral("--startup-probe")},
                    {},
                    0};
    for (const Program *p : {&empty, &cockpit}) {
        if (!QFileInfo(p->path).isExecutable())
            return usage(QStringLiteral("%1 is not an executable program.").arg(p->path));
    }

    QTemporaryDir config;
    if (!config.isValid())
        return usage(QStringLiteral("cannot create a temporary directory: %1").arg(config.errorString()));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
    const QString platform = env.value(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("(Qt's default)"));

    std::printf("start-up benchmark: %d runs per program, the first (cold) one discarded; QT_QPA_PLATFORM=%s\n",
                runs, qPrintable(platform));
    std::printf("  cockpit: %s --db %s --startup-probe\n", qPrintable(cockpit.path), qPrintable(dbUrl));
    std::printf("  empty:   %s\n", qPrintable(empty.path));
    std::fflush(stdout);

    for (int i = 0; i < runs; ++i) {
        for (Program *p : {&empty, &cockpit}) {
            const std::optional<Run> run = runOnce(*p, env, timeoutS * 1000);
            if (!run) {
                ++p->failures;
                std::printf("  run %d %-15s FAILED\n", i + 1, qPrintable(p->label));
            } else {
                std::printf("  run %d %-15s wall %7.1f ms   self-reported %5.0f ms%s\n", i + 1, qPrintable(p->label),
                            run->wallMs, run->selfMs, i == 0 ? "   (cold, discarded)" : "");
                if (i > 0)
                    p->runs.push_back(*run);
            }
            std::fflush(stdout);
        }
    }

    const Stats emptyWall = stats(wallTimes(empty));
    const Stats emptySelf = stats(selfTimes(empty));
    const Stats cockpitWall = stats(wallTimes(cockpit));
    const Stats cockpitSelf = stats(selfTimes(cockpit));

    std::printf("\n  wall: QProcess::start() to the line; self: the program's own count from main() to the frame\n");
    std::printf("  %-16s %8s %8s %8s    %8s %8s %8s   %s\n", "warm runs, ms", "wall p50", "min", "max", "self p50",
                "min", "max", "n");
    printRow("empty window", emptyWall, emptySelf, empty.runs.size());
    printRow("tenant-cockpit", cockpitWall, cockpitSelf, cockpit.runs.size());

    const bool failed = empty.failures > 0 || cockpit.failures > 0 || empty.runs.empty() || cockpit.runs.empty();
    const double wallRatio = emptyWall.p50 > 0 ? cockpitWall.p50 / emptyWall.p50 : 0.0;
    const double selfRatio = emptySelf.p50 > 0 ? cockpitSelf.p50 / emptySelf.p50 : 0.0;
    std::printf("  ratio cockpit/empty (p50): wall %.2f, self-reported %.2f\n", wallRatio, selfRatio);
    std::printf("  cockpit over empty window (p50): wall %+.1f ms, self-reported %+.1f ms\n",
                cockpitWall.p50 - emptyWall.p50, cockpitSelf.p50 - emptySelf.p50);

    const char *verdict = "not-judged";
    if (failed) {
        verdict = "FAILED";
        std::printf("  budget: not judged, %d run(s) failed\n", empty.failures + cockpit.failures);
    } else if (!judge) {
        std::printf("  budget: not judged (--no-budget); cockpit warm p50 %.1f ms, budget %.0f ms\n", cockpitWall.p50,
                    kBudgetMs);
    } else {
        const bool within = cockpitWall.p50 <= kBudgetMs;
        verdict = within ? "OK" : "OVER";
        std::printf("  budget: cockpit warm p50 (wall) %.1f ms %s %.0f ms: %s (%.0f%% of the budget)\n",
                    cockpitWall.p50, within ? "<=" : ">", kBudgetMs, verdict, 100.0 * cockpitWall.p50 / kBudgetMs);
    }
    std::printf("summary startup cockpit_p50_ms=%.1f cockpit_self_p50_ms=%.0f empty_p50_ms=%.1f empty_self_p50_ms=%.0f "
                "ratio=%.2f self_ratio=%.2f budget_ms=%.0f verdict=%s\n",
                cockpitWall.p50, cockpitSelf.p50, emptyWall.p50, emptySelf.p50, wallRatio, selfRatio, kBudgetMs,
                verdict);
    std::fflush(stdout);

    if (failed)
        return 1;
    return judge && cockpitWall.p50 > kBudgetMs ? 1 : 0;
}
