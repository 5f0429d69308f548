// Times CsvReader and the UTF-8 check on a made-up tenant list of 100,000 rows (about 15 MB) held in
// memory, so that only parsing is measured. Not a ctest test: run it on the release preset.
// Usage: tc_bench_csvreader [ROWS] [RUNS]
#include "import/CsvReader.h"
#include "import/TextEncoding.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <limits>

namespace {

// CPU time of this thread: the machine may be shared, and wall time then measures the others too.
qint64 cpuNanoseconds()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
}

QByteArray makeTenantList(int rows)
{
    QByteArray csv("property_ref,property_name,street,zip,city,unit_ref,unit_label,tenant_ref,first_name,"
                   "last_name,email,phone,language,move_in,move_out\r\n");
    const char *const firstNames[] = {"Hans", "J\xC3\xA9r\xC3\xB4me", "Anna-Lena", "Nicol\xC3\xB2",
                                      "Z\xC3\xB6\xC3\xAB"};
    const char *const lastNames[] = {"M\xC3\xBCller", "\"Dell'Acqua, Sohn\"", "de Rham", "Str\xC3\xA4ssle-Wei\xC3\x9F",
                                     "Meier"};
    for (int i = 0; i < rows; ++i) {
        const QByteArray p = QByteArray::number(i / 40);
        csv += "L-" + p + ",\"Wohnanlage Sonnenhof " + p + "\",Bahnhofstrasse " + QByteArray::number(i % 97 + 1)
            + ",80" + QByteArray::number(10 + i / 40 % 90) + ",Z\xC3\xBCrich," + p + "." + QByteArray::number(i % 40)
            + ",\"3.5-Zimmer-Wohnung, " + QByteArray::number(i % 6) + ". OG\",M-" + QByteArray::number(500000 + i)
            + "," + firstNames[i % 5] + "," + lastNames[i % 5] + ",tenant" + QByteArray::number(i)
            + "@example.ch,+41 44 " + QByteArray::number(100 + i % 900) + " 45 67," + (i % 3 ? "de" : "fr")
            + ",2019-04-01," + (i % 7 ? "" : "2025-03-31") + "\r\n";
    }
    return csv;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const int rows = args.size() > 1 ? args.at(1).toInt() : 100000;
    const int runs = args.size() > 2 ? args.at(2).toInt() : 10;
    const QByteArray csv = makeTenantList(rows);
    const double mb = static_cast<double>(csv.size()) / 1e6;

    qint64 bestParse = std::numeric_limits<qint64>::max();
    qint64 bestParseCpu = std::numeric_limits<qint64>::max();
    qint64 bestDecode = std::numeric_limits<qint64>::max();
    qint64 records = 0;
    qint64 fields = 0;
    for (int run = 0; run < runs; ++run) {
        QBuffer buffer;
        buffer.setData(csv);
        buffer.open(QIODevice::ReadOnly);
        tc::CsvReader reader(&buffer);
        tc::CsvRecord record;
        QElapsedTimer timer;
        timer.start();
        const qint64 cpuStart = cpuNanoseconds();
        records = 0;
        fields = 0;
        while (reader.next(record)) {
            ++records;
            fields += record.fields.size();
        }
        bestParse = std::min(bestParse, timer.nsecsElapsed());
        bestParseCpu = std::min(bestParseCpu, cpuNanoseconds() - cpuStart);
        if (reader.hasFatalError()) {
            std::fprintf(stderr, "%s\n", qPrintable(reader.fatalError()));
            return 1;
        }

        // Parsing plus what an importer does next: check the encoding and decode every field.
        buffer.seek(0);
        tc::CsvReader decodingReader(&buffer);
        qint64 characters = 0;
        timer.start();
        while (decodingReader.next(record)) {
            for (const QByteArray &field : std::as_const(record.fields))
                characters += tc::text::decode(field, tc::text::Encoding::Utf8).size();
        }
        bestDecode = std::min(bestDecode, timer.nsecsElapsed());
        Q_UNUSED(characters);
    }

    QElapsedTimer timer;
    qint64 bestValidate = std::numeric_limits<qint64>::max();
    bool valid = false;
    for (int run = 0; run < runs; ++run) {
        timer.start();
        valid = tc::text::isValidUtf8(csv);
        bestValidate = std::min(bestValidate, timer.nsecsElapsed());
    }
    const QByteArray ascii(64 * 1024 * 1024, 'a');
    qint64 bestAscii = std::numeric_limits<qint64>::max();
    for (int run = 0; run < runs; ++run) {
        timer.start();
        valid = tc::text::isValidUtf8(ascii) && valid;
        bestAscii = std::min(bestAscii, timer.nsecsElapsed());
    }

    const auto perSecond = [](double megabytes, qint64 ns) { return megabytes / (static_cast<double>(ns) / 1e9); };
    std::printf("input        %.1f MB, %lld records, %lld fields (best of %d runs)\n", mb, records, fields, runs);
    std::printf("parse        %.1f ms, %.0f MB/s (CPU time %.1f ms, %.0f MB/s)\n", static_cast<double>(bestParse) / 1e6,
                perSecond(mb, bestParse), static_cast<double>(bestParseCpu) / 1e6, perSecond(mb, bestParseCpu));
    std::printf("parse+decode %.1f ms, %.0f MB/s\n", static_cast<double>(bestDecode) / 1e6, perSecond(mb, bestDecode));
    std::printf("utf-8 check  %.1f ms, %.0f MB/s (this file); %.0f MB/s (64 MiB ASCII)%s\n",
                static_cast<double>(bestValidate) / 1e6, perSecond(mb, bestValidate),
                perSecond(static_cast<double>(ascii.size()) / 1e6, bestAscii), valid ? "" : " INVALID?");
    return 0;
}
