// tc_bench_import: the ERP import against the floor for "bytes into SQLite", sqlite3's own .import of
// the same file into one flat table.
//
// Usage: tc_bench_import --cockpitctl PATH [--rows N] [--big-rows N] [--runs R] [--dir DIR] [--sqlite3 PATH]
//        tc_bench_import --postgres ADMIN_URL [--psql PATH] [--rows N] [--runs R] [--dir DIR]
//
// With --postgres (issue 7) the same file goes into a PostgreSQL server over loopback instead: the
// baseline is psql's "\copy" of the file into one flat table of text columns in a new database, the
// import ImportService::run() into a new, empty office database on the same server (COPY through libpq
// on the connection Qt opened). Budget: first <= 3x the baseline. For reference it also measures the
// schema floor: psql's \copy of exactly the rows the import wrote into a new office database, with
// its secondary indexes and foreign keys dropped for the load and made again (floor_ms, floor_ratio
// against the baseline, first_to_floor). Prints "pg_summary key=value ..." last.
//
// Writes (or reuses) a deterministic tenant-list CSV of N rows (default 100,000) and measures, as the
// median of R runs (default 9: sqlite3's time alone varies by half from one run to the next here):
//   import_ms    sqlite3 FILE ".import --csv CSV flat" into a new file (the baseline)
//   first_ms     ImportService::run() of the CSV into a new, empty office database
//   reimport_ms  the same file imported again into that database (nothing changes)
// and, once, `cockpitctl import` of a BIG-row file (default 1,000,000) into a new database in a child
// process, whose peak resident memory (getrusage of the children) shows that the file streams.
// Budgets (issue 3): first <= 3x, re-import <= 1.5x the baseline, big-file peak < 250 MB.
// Also prints the CPU time of each (a "cpu ..." line): sqlite3's wall time on this machine varies
// with its disk, and the import uses both cores. Prints one "summary key=value ..." line last. Exit code: 0 within budget, 1 over, 2 usage, 3 failed.
#include "domain/Actor.h"
#include "domain/DatabaseUrl.h"
#include "services/ImportService.h"
#include "services/Office.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <optional>
#include <sys/resource.h>

namespace {

void say(const QString &text)
{
    std::printf("%s\n", qPrintable(text));
    std::fflush(stdout);
}

// CPU seconds (user + system) of this process, or of its waited-for children.
double cpuSeconds(int who)
{
    rusage usage{};
    getrusage(who, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0.0 : values.at(values.size() / 2);
}

// A tenant list as an ERP exports it: 20 units per property, a few spellings of phone numbers, some
// tenants without e-mail, a few who moved out, names with accents. Deterministic for a given N.
bool writeTenantList(const QString &path, qint64 rows)
{
    QFile file(path + QStringLiteral(".partial"));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    static const char *const firstNames[] = {"Anna", "Peter", "Jürg", "François", "Zoë", "Luca", "Maria", "Hans",
                                             "Ruth", "Noémie", "Giulia", "Ömer", "Beat", "Chloé", "Marco", "Ursula"};
    static const char *const lastNames[] = {"Müller", "Meier", "Schmid", "Keller", "Weber", "Huber", "Schneider",
                                            "Dell'Acqua", "Steiner", "Fischer", "Rossi", "Dubois", "Brunner",
                                            "Gerber", "Baumann", "Frei", "Zürcher", "Moser"};
    static const char *const streets[] = {"Bahnhofstrasse", "Seestrasse", "Dorfstrasse", "Rue du Lac",
                                          "Via Cantonale", "Hauptstrasse", "Chemin des Vignes", "Kirchweg"};
    static const char *const cities[] = {"Zürich", "Bern", "Genève", "Lugano", "Basel", "Luzern", "Lausanne", "Chur"};
    static const char *const languages[] = {"de", "de", "de", "fr", "fr", "it", "en", ""};
    QRandomGenerator rng(20261126);
    QByteArray out;
    out.reserve(1 << 20);
    out += "property_ref,property_name,street,zip,city,unit_ref,unit_label,tenant_ref,first_name,last_name,email,"
           "phone,language,move_in,move_out\r\n";
    for (qint64 i = 0; i < rows; ++i) {
        const qint64 property = i / 20;
        const int city = int(property % 8);
        const QByteArray first = firstNames[rng.bounded(16)];
        const QByteArray last = lastNames[rng.bounded(18)];
        const QByteArray digits = QByteArray::number(1000000 + i % 9000000).right(7);
        QByteArray phone;
        switch (i % 5) {
        case 0:
            phone = "+41 44 " + digits.left(3) + ' ' + digits.mid(3, 2) + ' ' + digits.right(2);
            break;
        case 1:
            phone = "044 " + digits.left(3) + ' ' + digits.mid(3, 2) + ' ' + digits.right(2);
            break;
        case 2:
            phone = "0041 79 " + digits;
            break;
        case 3:
            phone = "079/" + digits.left(3) + ' ' + digits.mid(3, 2) + ' ' + digits.right(2);
            break;
        default:
            phone = "(031) " + digits.left(3) + '-' + digits.mid(3, 2) + '-' + digits.right(2);
        }
        const bool noEmail = i % 20 == 7;
        const QByteArray email = noEmail ? QByteArray() : "tenant" + QByteArray::number(i) + "@example.ch";
        const QByteArray moveIn = QByteArray::number(2000 + i % 25) + '-' + QByteArray::number(1 + i % 12).rightJustified(2, '0')
                                  + "-01";
        const QByteArray moveOut = i % 33 == 5 ? "31.12.2026" : "";
        out += 'P' + QByteArray::number(100000 + property) + ",\"Überbauung " + cities[city] + ' '
               + QByteArray::number(property) + "\"," + streets[property % 8] + ' ' + QByteArray::number(1 + property % 97)
               + ',' + QByteArray::number(1000 + (property * 7) % 8999) + ',' + cities[city] + ",U"
               + QByteArray::number(1000000 + i) + ",Whg " + QByteArray::number(1 + i % 20) + ",T"
               + QByteArray::number(1000000 + i) + ',' + first + ',' + last + ',' + email + ',' + phone + ','
               + languages[i % 8] + ',' + moveIn + ',' + moveOut + "\r\n";
        if (out.size() > (1 << 20) - 4096) {
            if (file.write(out) != out.size())
                return false;
            out.clear();
        }
    }
    if (file.write(out) != out.size())
        return false;
    file.close();
    QFile::remove(path);
    return QFile::rename(file.fileName(), path);
}

QString ensureTenantList(const QString &dir, qint64 rows)
{
    const QString path = QDir(dir).filePath(QStringLiteral("tenant-list-%1.csv").arg(rows));
    if (!QFileInfo::exists(path)) {
        say(QStringLiteral("writing %1 ...").arg(path));
        if (!writeTenantList(path, rows))
            return {};
    }
    return path;
}

std::unique_ptr<tc::Office> newOffice(const QString &path)
{
    QFile::remove(path);
    auto url = tc::DatabaseUrl::parse(QStringLiteral("sqlite:") + path);
    if (!url)
        return nullptr;
    auto office = tc::Office::open(*url, tc::SchemaPolicy::Migrate, tc::Actor::localOwner(), QStringLiteral("bench"));
    if (!office)
        return nullptr;
    if (!(*office)->setup().initializeCompany((*office)->actor(), QStringLiteral("Bench AG")))
        return nullptr;
    return std::move(*office);
}

void removeDatabase(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1StringView(suffix));
}

// A new database on the server of `admin` (dropped first when it is there).
std::optional<tc::DatabaseUrl> freshPostgresDatabase(const tc::DatabaseUrl &admin, const QString &name)
{
    auto server = tc::Database::open(admin, QStringLiteral("bench-admin"));
    if (!server) {
        std::fprintf(stderr, "%s\n", qPrintable(server.error().message));
        return std::nullopt;
    }
    for (const QString &sql : {QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name),
                               QStringLiteral("CREATE DATABASE %1").arg(name)}) {
        if (auto r = (*server)->exec(sql); !r) {
            std::fprintf(stderr, "%s\n", qPrintable(r.error().message));
            return std::nullopt;
        }
    }
    return admin.withDatabaseName(name);
}

// Runs psql with `arguments` against `url`; its standard output, or nothing when it failed.
std::optional<QByteArray> runPsql(const QString &psql, const tc::DatabaseUrl &url, const QStringList &arguments)
{
    const QString conninfo =
        QStringLiteral("host=%1 port=%2 dbname=%3 user=%4 sslmode=disable").arg(url.host()).arg(url.port()).arg(url.databaseName(), url.user());
    QProcess process;
    process.start(psql, QStringList{QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-A"), QStringLiteral("-t"),
                                    QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-d"), conninfo}
                            + arguments);
    if (!process.waitForFinished(600000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        std::fprintf(stderr, "psql failed: %s\n", process.readAllStandardError().constData());
        return std::nullopt;
    }
    return process.readAllStandardOutput();
}

// The tables a tenant-list import writes, parents first.
const QStringList kImportedTables{QStringLiteral("properties"), QStringLiteral("buildings"),   QStringLiteral("units"),
                                  QStringLiteral("persons"),    QStringLiteral("tenancies"),   QStringLiteral("tenancy_persons"),
                                  QStringLiteral("import_runs"), QStringLiteral("erp_changes")};

// The floor for the rows an import wrote, as the database sees it: psql's \copy of exactly those rows
// (taken from `office`) into a new, empty office database, in one transaction with the secondary
// indexes and the foreign keys dropped first and made again at the end (the fastest way to load them
// that the server offers). Milliseconds, or a negative number when something failed.
double schemaFloorMs(const tc::DatabaseUrl &admin, const QString &psql, const tc::DatabaseUrl &office, const QString &dir)
{
    for (const QString &table : kImportedTables) {
        if (!runPsql(psql, office, {QStringLiteral("-c"), QStringLiteral("\\copy %1 TO '%2/floor-%1.tsv'").arg(table, dir)}))
            return -1;
    }
    auto floor = freshPostgresDatabase(admin, QStringLiteral("tc_bench_floor"));
    if (!floor)
        return -1;
    {
        auto floorOffice = tc::Office::open(*floor, tc::SchemaPolicy::Migrate, tc::Actor::localOwner(), QStringLiteral("bench-floor"));
        if (!floorOffice) {
            std::fprintf(stderr, "cannot set up the floor's database: %s\n", qPrintable(floorOffice.error().message));
            return -1;
        }
    }
    const QString tables = kImportedTables.join(u',');
    auto drops = runPsql(psql, *floor,
                         {QStringLiteral("-c"),
                          QStringLiteral("SELECT format('ALTER TABLE %s DROP CONSTRAINT %I;', conrelid::regclass, conname) "
                                         "FROM pg_constraint WHERE contype = 'f' AND conrelid::regclass::text = ANY(string_to_array('%1', ',')) "
                                         "UNION ALL SELECT format('DROP INDEX %I;', indexname) FROM pg_indexes i "
                                         "WHERE schemaname = current_schema() AND tablename = ANY(string_to_array('%1', ',')) "
                                         "AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)")
                              .arg(tables)});
    auto creates = runPsql(psql, *floor,
                           {QStringLiteral("-c"),
                            QStringLiteral("SELECT indexdef || ';' FROM pg_indexes i WHERE schemaname = current_schema() "
                                           "AND tablename = ANY(string_to_array('%1', ',')) "
                                           "AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname) "
                                           "UNION ALL SELECT format('ALTER TABLE %s ADD CONSTRAINT %I %s;', conrelid::regclass, conname, "
                                           "pg_get_constraintdef(oid)) FROM pg_constraint WHERE contype = 'f' "
                                           "AND conrelid::regclass::text = ANY(string_to_array('%1', ','))")
                                .arg(tables)});
    if (!drops || !creates)
        return -1;
    QByteArray script = "BEGIN;\n" + *drops;
    for (const QString &table : kImportedTables)
        script += QStringLiteral("\\copy %1 FROM '%2/floor-%1.tsv'\n").arg(table, dir).toUtf8();
    script += *creates + "COMMIT;\n";
    QFile file(dir + QStringLiteral("/floor.sql"));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(script) != script.size())
        return -1;
    file.close();
    QElapsedTimer timer;
    timer.start();
    const bool loaded = runPsql(psql, *floor, {QStringLiteral("-f"), file.fileName()}).has_value();
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    file.remove();
    for (const QString &table : kImportedTables)
        QFile::remove(QStringLiteral("%1/floor-%2.tsv").arg(dir, table));
    return loaded ? ms : -1;
}

// psql's \copy of the file into one flat table, and the import into a new office, on one server; and
// the schema floor for the rows the import wrote.
int benchPostgres(const tc::DatabaseUrl &admin, const QString &psql, const QString &csv, const QString &dir, qint64 rows, int runs)
{
    QList<double> baseline, first, floor;
    for (int run = 0; run < runs; ++run) {
        auto flat = freshPostgresDatabase(admin, QStringLiteral("tc_bench_flat"));
        if (!flat)
            return 3;
        QStringList columns;
        for (const char *c : {"property_ref", "property_name", "street", "zip", "city", "unit_ref", "unit_label",
                              "tenant_ref", "first_name", "last_name", "email", "phone", "language", "move_in", "move_out"})
            columns << QString::fromLatin1(c) + QStringLiteral(" TEXT");
        if (!runPsql(psql, *flat, {QStringLiteral("-c"), QStringLiteral("CREATE TABLE flat (%1)").arg(columns.join(QStringLiteral(", ")))}))
            return 3;
        QElapsedTimer timer;
        timer.start();
        if (!runPsql(psql, *flat,
                     {QStringLiteral("-c"), QStringLiteral("\\copy flat FROM '%1' WITH (FORMAT csv, HEADER true)").arg(csv)}))
            return 3;
        baseline << double(timer.nsecsElapsed()) / 1e6;

        auto target = freshPostgresDatabase(admin, QStringLiteral("tc_bench_office"));
        if (!target)
            return 3;
        {
            auto office = tc::Office::open(*target, tc::SchemaPolicy::Migrate, tc::Actor::localOwner(), QStringLiteral("bench"));
            if (!office || !(*office)->setup().initializeCompany((*office)->actor(), QStringLiteral("Bench AG"))) {
                std::fprintf(stderr, "cannot set up the office database\n");
                return 3;
            }
            const tc::ImportService service = (*office)->imports();
            timer.restart();
            auto report = service.run(csv, {});
            first << double(timer.nsecsElapsed()) / 1e6;
            if (!report || !report->applied() || report->tenants.added != rows) {
                std::fprintf(stderr, "first import failed: %s\n",
                             report ? qPrintable(report->summaryText()) : qPrintable(report.error().message));
                return 3;
            }
        }
        floor << schemaFloorMs(admin, psql, *target, dir);
        if (floor.last() < 0)
            return 3;
        say(QStringLiteral("run %1: psql \\copy %2 ms, first import %3 ms, schema floor %4 ms")
                .arg(run + 1)
                .arg(baseline.last(), 0, 'f', 0)
                .arg(first.last(), 0, 'f', 0)
                .arg(floor.last(), 0, 'f', 0));
    }
    const double base = median(baseline), firstMs = median(first), floorMs = median(floor);
    const double ratio = firstMs / base;
    const bool within = ratio <= 3.0;
    say(QStringLiteral("pg_summary rows=%1 runs=%2 copy_ms=%3 first_ms=%4 first_ratio=%5 floor_ms=%6 floor_ratio=%7 "
                       "first_to_floor=%8 verdict=%9")
            .arg(rows)
            .arg(runs)
            .arg(base, 0, 'f', 0)
            .arg(firstMs, 0, 'f', 0)
            .arg(ratio, 0, 'f', 2)
            .arg(floorMs, 0, 'f', 0)
            .arg(floorMs / base, 0, 'f', 2)
            .arg(firstMs / floorMs, 0, 'f', 2)
            .arg(within ? QStringLiteral("within-budget") : QStringLiteral("OVER-BUDGET")));
    return within ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption rowsOption(QStringLiteral("rows"), QStringLiteral("Rows of the timed file."),
                                        QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption bigOption(QStringLiteral("big-rows"), QStringLiteral("Rows of the memory file (0: skip)."),
                                       QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Timed runs (median)."),
                                        QStringLiteral("R"), QStringLiteral("9"));
    const QCommandLineOption dirOption(QStringLiteral("dir"), QStringLiteral("Where the CSV files are kept."),
                                       QStringLiteral("DIR"));
    const QCommandLineOption ctlOption(QStringLiteral("cockpitctl"), QStringLiteral("The cockpitctl binary."),
                                       QStringLiteral("PATH"));
    const QCommandLineOption sqliteOption(QStringLiteral("sqlite3"), QStringLiteral("The sqlite3 shell."),
                                          QStringLiteral("PATH"), QStringLiteral("sqlite3"));
    const QCommandLineOption postgresOption(QStringLiteral("postgres"),
                                            QStringLiteral("A PostgreSQL server's admin URL: measure there instead."),
                                            QStringLiteral("URL"));
    const QCommandLineOption psqlOption(QStringLiteral("psql"), QStringLiteral("The psql client."), QStringLiteral("PATH"),
                                        QStringLiteral("psql"));
    parser.addOptions({rowsOption, bigOption, runsOption, dirOption, ctlOption, sqliteOption, postgresOption, psqlOption});
    parser.process(app);
    const qint64 rows = parser.value(rowsOption).toLongLong();
    const qint64 bigRows = parser.value(bigOption).toLongLong();
    const int runs = std::max(1, parser.value(runsOption).toInt());
    std::optional<tc::DatabaseUrl> postgres;
    if (parser.isSet(postgresOption)) {
        auto admin = tc::DatabaseUrl::parse(parser.value(postgresOption));
        if (!admin || admin->isSQLite() || rows < 1) {
            std::fprintf(stderr, "tc_bench_import: --postgres takes a PostgreSQL URL\n");
            return 2;
        }
        postgres = *admin;
    } else if (rows < 1 || !parser.isSet(ctlOption)) {
        std::fprintf(stderr, "tc_bench_import: --cockpitctl is required and --rows must be positive\n");
        return 2;
    }
    QTemporaryDir scratch;
    const QString dir = parser.isSet(dirOption) ? parser.value(dirOption) : scratch.path();
    QDir().mkpath(dir);
    const QString csv = ensureTenantList(dir, rows);
    if (csv.isEmpty())
        return 3;
    if (postgres)
        return benchPostgres(*postgres, parser.value(psqlOption), csv, dir, rows, runs);
    const QString flat = QDir(dir).filePath(QStringLiteral("flat.db"));
    const QString office = QDir(dir).filePath(QStringLiteral("import-bench.db"));

    QList<double> baseline, first, again, baselineCpu, firstCpu, againCpu;
    for (int run = 0; run < runs; ++run) {
        removeDatabase(flat);
        QProcess sqlite;
        QElapsedTimer timer;
        double cpu = cpuSeconds(RUSAGE_CHILDREN);
        timer.start();
        sqlite.start(parser.value(sqliteOption), {flat, QStringLiteral(".import --csv %1 flat").arg(csv)});
        if (!sqlite.waitForFinished(600000) || sqlite.exitCode() != 0) {
            std::fprintf(stderr, "sqlite3 .import failed: %s\n", sqlite.readAllStandardError().constData());
            return 3;
        }
        baseline << double(timer.nsecsElapsed()) / 1e6;
        baselineCpu << (cpuSeconds(RUSAGE_CHILDREN) - cpu) * 1e3;

        auto db = newOffice(office);
        if (!db)
            return 3;
        const tc::ImportService service = db->imports();
        cpu = cpuSeconds(RUSAGE_SELF);
        timer.restart();
        auto report = service.run(csv, {});
        first << double(timer.nsecsElapsed()) / 1e6;
        firstCpu << (cpuSeconds(RUSAGE_SELF) - cpu) * 1e3;
        if (!report || !report->applied() || report->tenants.added != rows) {
            std::fprintf(stderr, "first import failed: %s\n",
                         report ? qPrintable(report->summaryText()) : qPrintable(report.error().message));
            return 3;
        }
        cpu = cpuSeconds(RUSAGE_SELF);
        timer.restart();
        auto second = service.run(csv, {});
        again << double(timer.nsecsElapsed()) / 1e6;
        againCpu << (cpuSeconds(RUSAGE_SELF) - cpu) * 1e3;
        if (!second || !second->applied() || second->tenants.unchanged != rows) {
            std::fprintf(stderr, "re-import failed: %s\n",
                         second ? qPrintable(second->summaryText()) : qPrintable(second.error().message));
            return 3;
        }
        db.reset();
        removeDatabase(office);
        say(QStringLiteral("run %1: .import %2 ms (cpu %5), first import %3 ms (cpu %6), re-import %4 ms (cpu %7)")
                .arg(run + 1)
                .arg(baseline.last(), 0, 'f', 0)
                .arg(first.last(), 0, 'f', 0)
                .arg(again.last(), 0, 'f', 0)
                .arg(baselineCpu.last(), 0, 'f', 0)
                .arg(firstCpu.last(), 0, 'f', 0)
                .arg(againCpu.last(), 0, 'f', 0));
    }
    removeDatabase(flat);
    const double base = median(baseline), firstMs = median(first), againMs = median(again);
    const double firstRatio = firstMs / base, againRatio = againMs / base;
    bool within = firstRatio <= 3.0 && againRatio <= 1.5;

    double bigPeak = 0, bigSeconds = 0;
    if (bigRows > 0) {
        const QString big = ensureTenantList(dir, bigRows);
        const QString bigDb = QDir(dir).filePath(QStringLiteral("import-big.db"));
        removeDatabase(bigDb);
        const QString ctl = parser.value(ctlOption);
        QProcess init;
        init.start(ctl, {QStringLiteral("--db"), QStringLiteral("sqlite:") + bigDb, QStringLiteral("init"),
                         QStringLiteral("--company"), QStringLiteral("Bench AG")});
        if (big.isEmpty() || !init.waitForFinished(60000) || init.exitCode() != 0)
            return 3;
        QProcess import;
        QElapsedTimer timer;
        timer.start();
        import.start(ctl, {QStringLiteral("--db"), QStringLiteral("sqlite:") + bigDb, QStringLiteral("import"), big});
        if (!import.waitForFinished(1800000) || import.exitCode() != 0) {
            std::fprintf(stderr, "big import failed: %s\n", import.readAllStandardError().constData());
            return 3;
        }
        bigSeconds = double(timer.nsecsElapsed()) / 1e9;
        rusage usage{};
        getrusage(RUSAGE_CHILDREN, &usage); // the largest child waited for: the import (init is small)
        bigPeak = double(usage.ru_maxrss) / 1024.0;
        removeDatabase(bigDb);
        within = within && bigPeak < 250.0;
    }
    // How far single runs stray: each run's first import against that run's sqlite3.
    QList<double> runRatios;
    for (qsizetype i = 0; i < first.size(); ++i)
        runRatios << first.at(i) / baseline.at(i);
    say(QStringLiteral("spread first_ratio of single runs: %1 to %2")
            .arg(*std::min_element(runRatios.cbegin(), runRatios.cend()), 0, 'f', 2)
            .arg(*std::max_element(runRatios.cbegin(), runRatios.cend()), 0, 'f', 2));
    // CPU time beside the wall clock: the import uses both cores, and sqlite3's time on this machine
    // varies with its disk (it syncs the file as it writes); the budgets are on the wall clock.
    const double baseCpu = median(baselineCpu);
    say(QStringLiteral("cpu import_ms=%1 first_ms=%2 first_ratio=%3 reimport_ms=%4 reimport_ratio=%5")
            .arg(baseCpu, 0, 'f', 0)
            .arg(median(firstCpu), 0, 'f', 0)
            .arg(median(firstCpu) / baseCpu, 0, 'f', 2)
            .arg(median(againCpu), 0, 'f', 0)
            .arg(median(againCpu) / baseCpu, 0, 'f', 2));
    say(QStringLiteral("summary rows=%1 runs=%2 import_ms=%3 first_ms=%4 first_ratio=%5 reimport_ms=%6 reimport_ratio=%7 "
                       "big_rows=%8 big_seconds=%9 big_peak_mib=%10 verdict=%11")
            .arg(rows)
            .arg(runs)
            .arg(base, 0, 'f', 0)
            .arg(firstMs, 0, 'f', 0)
            .arg(firstRatio, 0, 'f', 2)
            .arg(againMs, 0, 'f', 0)
            .arg(againRatio, 0, 'f', 2)
            .arg(bigRows)
            .arg(bigSeconds, 0, 'f', 1)
            .arg(bigPeak, 0, 'f', 0)
            .arg(within ? QStringLiteral("within-budget") : QStringLiteral("OVER-BUDGET")));
    return within ? 0 : 1;
}
