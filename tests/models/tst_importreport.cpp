// ImportReport's JSON, as the run history stores it: valid JSON whatever the texts hold (quotes,
// backslashes, line breaks, control characters, any script), and read back field for field.
#include "import/ImportReport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <algorithm>

using namespace tc;

class TestImportReport : public QObject
{
    Q_OBJECT

    static const QStringList &hostile()
    {
        static const QStringList texts{
            QStringLiteral("D'Amico \"Quote\""), QStringLiteral("Back\\slash \\u0041"), QStringLiteral("Line\nbreak\r\n"),
            QStringLiteral("Tab\there"),           QString(QChar(0x01)) + QChar(0x1f) + QChar(0x7f),
            QStringLiteral("Ünïcödé – ĳ ß 🏠"),   QStringLiteral("\u2028\u2029"), QStringLiteral(""),
            QStringLiteral("</script>"),
        };
        return texts;
    }

private Q_SLOTS:
    void textRoundTrips_data()
    {
        QTest::addColumn<int>("format");
        QTest::newRow("tenant-list") << int(ImportFormat::TenantList);
        QTest::newRow("data-exchange") << int(ImportFormat::DataExchange);
    }
    void textRoundTrips()
    {
        QFETCH(int, format);
        ImportReport report;
        report.runId = 42;
        report.format = ImportFormat(format);
        report.mode = ImportMode::Delta;
        report.dryRun = true;
        report.sourceName = hostile().at(0);
        report.sourceSha256 = QStringLiteral("ab12");
        report.rowsRead = 1234567890123;
        report.tenants = {1, 2, 3, 4};
        report.tenancies = {5, 6, 7, 8};
        report.agents = {9, 10, 11, 12};
        report.emailChanged = hostile();
        report.warnings = hostile();
        for (const QString &text : hostile()) {
            report.reject(text, 7, text, text);
            report.addChange({ImportChange::Kind::Changed, QStringLiteral("tenant"), text, text, QStringLiteral("email"), text, text});
            report.addChange({ImportChange::Kind::Added, QStringLiteral("unit"), text, text, {}, {}, {}});
        }
        report.reject(QStringLiteral("tenants.csv"), 0, QString(), QStringLiteral("the whole file"));
        report.changesTruncated = true;
        report.manifest = QJsonObject{{QStringLiteral("reportTo"), QJsonArray{hostile().at(1), hostile().at(5)}}};

        const QByteArray text = report.toJsonText();
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(text, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        // Compact, and no control character left raw (JSON forbids them in strings).
        QVERIFY(std::all_of(text.begin(), text.end(), [](char c) { return uchar(c) >= 0x20; }));
        const QJsonObject json = document.object();
        QCOMPARE(json, report.toJson());

        const ImportReport back = ImportReport::fromJson(json);
        QCOMPARE(back.runId, report.runId);
        QCOMPARE(back.format, report.format);
        QCOMPARE(back.mode, report.mode);
        QCOMPARE(back.dryRun, true);
        QCOMPARE(back.sourceName, report.sourceName);
        QCOMPARE(back.rowsRead, report.rowsRead);
        QCOMPARE(back.tenancies.ended, qint64(8));
        QCOMPARE(back.emailChanged, report.emailChanged);
        QCOMPARE(back.warnings, report.warnings);
        QCOMPARE(back.rejected.size(), report.rejected.size());
        for (qsizetype i = 0; i < report.rejected.size(); ++i) {
            QCOMPARE(back.rejected.at(i).file, report.rejected.at(i).file);
            QCOMPARE(back.rejected.at(i).line, report.rejected.at(i).line);
            QCOMPARE(back.rejected.at(i).column, report.rejected.at(i).column);
            QCOMPARE(back.rejected.at(i).reason, report.rejected.at(i).reason);
        }
        QCOMPARE(back.changes.size(), report.changes.size());
        for (qsizetype i = 0; i < report.changes.size(); ++i) {
            const ImportChange &a = back.changes.at(i), &b = report.changes.at(i);
            QCOMPARE(a.kind, b.kind);
            QCOMPARE(a.ref, b.ref);
            QCOMPARE(a.name, b.name);
            QCOMPARE(a.before, b.before);
            QCOMPARE(a.after, b.after);
        }
        QCOMPARE(back.changesTruncated, true);
        if (report.format == ImportFormat::DataExchange) {
            QCOMPARE(back.agents.unchanged, qint64(11));
            QCOMPARE(back.manifest, report.manifest);
        } else {
            QVERIFY(!json.contains(QStringLiteral("manifest")));
        }
        // Absent values are JSON null, as the --json output promises.
        const QJsonObject whole = json.value(QStringLiteral("rejected")).toArray().last().toObject();
        QVERIFY(whole.value(QStringLiteral("line")).isNull());
        QVERIFY(whole.value(QStringLiteral("column")).isNull());
    }
};

QTEST_GUILESS_MAIN(TestImportReport)
#include "tst_importreport.moc"
