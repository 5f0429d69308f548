// tc_bench_demo: how long DemoData::generate() takes to write N demo tenants into a fresh SQLite file.
//
// Usage: tc_bench_demo [--tenants N] [--file PATH | --dir DIR] [--no-budget]
//
// One timed run (a million rows is one long operation, so no Google Benchmark repetitions): open
// the new file (schema migration) and initialise the company, as `cockpitctl init --demo N` does,
// then generate, then close. Prints the seconds, tenants per second, the peak RSS of this process
// and the ratio to the budget: 60 s for 1,000,000 tenants, scaled linearly for other counts (which
// is generous to small counts: they carry fixed costs). The budget is judged on the whole time,
// open to close. Exit code: 0 done (within budget or --no-budget), 1 over budget (the database is
// complete), 2 usage, 3 failed.
//
// --file PATH keeps the database there (it must not exist yet); otherwise the file goes into a
// temporary directory under --dir (default: the system's temporary directory) and is removed.
#include "domain/Actor.h"
#include "domain/DatabaseUrl.h"
#include "services/Office.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>
#include <optional>
#include <sys/resource.h>
#include <unistd.h>

namespace {

constexpr double kBudgetSeconds = 60.0;
constexpr double kBudgetTenants = 1'000'000.0;

void printErr(const QString &text)
{
    std::fprintf(stderr, "%s\n", qPrintable(text));
    std::fflush(stderr);
}

double seconds(const QElapsedTimer &timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e9;
}

double peakRssMiB()
{
    rusage usage{};
    if (getrusage(RUSAGE_SELF, &usage) != 0)
        return 0.0;
    return static_cast<double>(usage.ru_maxrss) / 1024.0; // Linux: kilobytes
}

qint64 filesSize(const QString &dbPath)
{
    qint64 total = 0;
    for (const char *suffix : {"", "-wal", "-shm", "-journal"}) {
        const QFileInfo info(dbPath + QLatin1StringView(suffix));
        if (info.exists())
            total += info.size();
    }
    return total;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tc_bench_demo"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Time to write N demo tenants into a new SQLite database."));
    parser.addHelpOption();
    const QCommandLineOption tenantsOption(QStringLiteral("tenants"),
                                           QStringLiteral("Demo tenants to write (default 1000000)."),
                                           QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption fileOption(QStringLiteral("file"),
                                        QStringLiteral("Write the database here and keep it (must not exist)."),
                                        QStringLiteral("PATH"));
    const QCommandLineOption dirOption(QStringLiteral("dir"),
                                       QStringLiteral("Directory for the temporary database (default: system temp)."),
                                       QStringLiteral("DIR"));
    const QCommandLineOption noBudgetOption(QStringLiteral("no-budget"),
                                            QStringLiteral("Report the numbers but do not judge the budget."));
    parser.addOptions({tenantsOption, fileOption, dirOption, noBudgetOption});
    parser.process(app);

    auto usage = [](const QString &message) {
        printErr(QStringLiteral("tc_bench_demo: %1").arg(message));
        return 2;
    };
    bool ok = false;
    const qint64 tenants = parser.value(tenantsOption).toLongLong(&ok);
    if (!ok || tenants < 1 || tenants > tc::DemoData::kMaxTenants)
        return usage(QStringLiteral("--tenants takes a number from 1 to %1.").arg(tc::DemoData::kMaxTenants));
    if (parser.isSet(fileOption) && parser.isSet(dirOption))
        return usage(QStringLiteral("--file and --dir exclude each other."));
    const bool judge = !parser.isSet(noBudgetOption);

    std::optional<QTemporaryDir> tempDir;
    QString path;
    if (parser.isSet(fileOption)) {
        path = QFileInfo(parser.value(fileOption)).absoluteFilePath();
        if (QFileInfo::exists(path))
            return usage(QStringLiteral("%1 exists already; demo data goes into a new file.").arg(path));
    } else {
        const QString base = parser.isSet(dirOption) ? parser.value(dirOption) : QDir::tempPath();
        if (!QDir().mkpath(base))
            return usage(QStringLiteral("cannot create the directory %1.").arg(base));
        tempDir.emplace(QDir(base).filePath(QStringLiteral("tc_bench_demo-XXXXXX")));
        if (!tempDir->isValid())
            return usage(QStringLiteral("cannot create a temporary directory in %1: %2").arg(base, tempDir->errorString()));
        path = tempDir->filePath(QStringLiteral("demo.db"));
    }

    std::printf("demo data benchmark: %lld tenants into a new SQLite file %s%s\n", static_cast<long long>(tenants),
                qPrintable(path), tempDir ? " (removed afterwards)" : "");
    std::fflush(stdout);

    const bool interactive = isatty(STDERR_FILENO) != 0;
    double openSeconds = 0;
    double generateSeconds = 0;
    double closeSeconds = 0;
    tc::DemoCounts counts;
    QElapsedTimer total;
    total.start();
    {
        QElapsedTimer phase;
        phase.start();
        auto office = tc::Office::open(tc::DatabaseUrl::sqlite(path), tc::SchemaPolicy::Migrate,
                                       tc::Actor::localOwner(), QStringLiteral("bench"));
        if (!office) {
            printErr(QStringLiteral("tc_bench_demo: cannot open %1: %2").arg(path, office.error().message));
            return 3;
        }
        if (auto s = (*office)->setup().initializeCompany((*office)->actor(), QStringLiteral("Demo Immobilien AG")); !s) {
            printErr(QStringLiteral("tc_bench_demo: cannot initialise the company: %1").arg(s.error().message));
            return 3;
        }
        openSeconds = seconds(phase);

        phase.restart();
        qint64 lastShown = -1;
        auto generated = (*office)->demoData().generate(tenants, QDate::currentDate(), [&](qint64 done, qint64 all) {
            if (interactive && done * 10 / all != lastShown) {
                lastShown = done * 10 / all;
                std::fprintf(stderr, "\r  %lld of %lld tenants", static_cast<long long>(done), static_cast<long long>(all));
                std::fflush(stderr);
            }
            return true;
        });
        if (interactive)
            std::fprintf(stderr, "\n");
        generateSeconds = seconds(phase);
        if (!generated) {
            printErr(QStringLiteral("tc_bench_demo: generating failed: %1").arg(generated.error().message));
            return 3;
        }
        counts = *generated;
        phase.restart();
        office->reset(); // close: a WAL checkpoint, if any, belongs to the cost
        closeSeconds = seconds(phase);
    }
    const double totalSeconds = seconds(total);
    const double rssMiB = peakRssMiB();
    const double sizeMiB = static_cast<double>(filesSize(path)) / (1024.0 * 1024.0);

    const double n = static_cast<double>(tenants);
    const double budget = kBudgetSeconds * n / kBudgetTenants;
    const double ratio = totalSeconds / budget;
    const bool within = totalSeconds <= budget;
    const char *verdict = !judge ? "not-judged" : within ? "OK" : "OVER";

    std::printf("  written: %lld properties, %lld buildings, %lld units, %lld persons, %lld tenancies, %lld agents\n",
                static_cast<long long>(counts.properties), static_cast<long long>(counts.buildings),
                static_cast<long long>(counts.units), static_cast<long long>(counts.persons),
                static_cast<long long>(counts.tenancies), static_cast<long long>(counts.agents));
    std::printf("  open + schema + company  %8.2f s\n", openSeconds);
    std::printf("  generate                 %8.2f s\n", generateSeconds);
    std::printf("  close                    %8.2f s\n", closeSeconds);
    std::printf("  total                    %8.2f s   %.0f tenants/s\n", totalSeconds, n / totalSeconds);
    std::printf("  peak RSS                 %8.1f MiB\n", rssMiB);
    std::printf("  database size            %8.1f MiB\n", sizeMiB);
    if (tenants == 1'000'000) {
        std::printf("  budget: %.0f s for 1,000,000 tenants; total/budget %.2f: %s\n", kBudgetSeconds, ratio, verdict);
    } else {
        std::printf("  budget: %.0f s for 1,000,000 tenants, scaled linearly to %.2f s for %lld; total/budget %.2f: %s\n",
                    kBudgetSeconds, budget, static_cast<long long>(tenants), ratio, verdict);
    }
    std::printf("summary demo tenants=%lld seconds=%.2f generate_seconds=%.2f tenants_per_s=%.0f budget_s=%.2f "
                "ratio=%.2f peak_rss_mib=%.1f db_mib=%.1f verdict=%s\n",
                static_cast<long long>(tenants), totalSeconds, generateSeconds, n / totalSeconds, budget, ratio, rssMiB,
                sizeMiB, verdict);
    std::fflush(stdout);
    return judge && !within ? 1 : 0;
}
