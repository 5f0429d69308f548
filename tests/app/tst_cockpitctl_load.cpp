// tst_cockpitctl_load: eight agents at once on one PostgreSQL office, each a cockpitctl process after
// another acting as their own database role (--as), creating, assigning and commenting tickets for
// 60 s ($TC_LOAD_SECONDS). Every run must end in success or in a reported conflict (exit 1, "was changed
// since you opened it"): nothing else. Then the counts must add up: every ticket and comment reported is
// stored once; every assignment that reported a change made exactly one new row version, and every
// row version of every ticket was made by one writer: no update was lost.
#include "CliProcess.h"
#include "TestDatabases.h"

#include "../models/TicketFixtures.h"
#include "storage/Database.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace tc;
using namespace tc::test;

namespace {

constexpr int kLanes = 8;
const QString kPassword = QStringLiteral("Lastprobe-Zuerich-2026");

struct Tally
{
    QSet<qint64> created;
    QSet<qint64> comments;
    int assignsChanged = 0;
    int assignsUnchanged = 0;
    int conflicts = 0;
    int runs = 0;
    QStringList failures; // anything but success and a reported conflict
};

} // namespace

class TestCockpitctlLoad : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eightAgentsAtOnce()
    {
        QVERIFY2(cockpitctlMissing().isEmpty(), qPrintable(cockpitctlMissing()));
        ScratchDatabase scratch(Backend::PostgreSQL);
        QVERIFY2(scratch.isValid(), qPrintable(scratch.error()));
        auto office = openTicketOffice(scratch);
        QVERIFY(office);
        const QString suffix = QString::number(QRandomGenerator::global()->bounded(100000, 999999));
        QStringList logins;
        for (int lane = 0; lane < kLanes; ++lane) {
            const QString login = QStringLiteral("load%1-%2").arg(lane).arg(suffix);
            QVERIFY(addAgent(*office, login, QStringLiteral("Load Agent %1").arg(lane)));
            auto s = office->logins().setPassword(office->actor(), login, kPassword);
            QVERIFY2(s, qPrintable(s ? QString() : s.error().message));
            logins << login;
        }
        QStringList tenants;
        {
            auto q = office->database().exec(QStringLiteral("SELECT erp_ref FROM persons WHERE erp_ref IS NOT NULL ORDER BY erp_ref"));
            QVERIFY(q);
            while (q->next())
                tenants << q->value(0).toString();
        }
        QVERIFY(!tenants.isEmpty());
        // A few tickets to start with, so that assigning and commenting have something from the first run on.
        QList<qint64> known;
        for (int i = 0; i < 8; ++i) {
            TicketDraft draft;
            draft.personId = personIdOf(*office, tenants.at(i % tenants.size()));
            draft.title = QStringLiteral("Seed %1").arg(i);
            auto id = office->tickets().create(draft);
            QVERIFY(id);
            known << *id;
        }
        const int seeded = int(known.size());

        const int seconds = qEnvironmentVariableIntValue("TC_LOAD_SECONDS") > 0 ? qEnvironmentVariableIntValue("TC_LOAD_SECONDS") : 60;
        QTemporaryDir home;
        const QProcessEnvironment environment = sandboxEnvironment(home.filePath(QStringLiteral("home")));
        Tally tally;
        QElapsedTimer clock;
        clock.start();
        QEventLoop loop;
        int running = 0;
        QList<QProcess *> processes;
        std::function<void(int, int)> next = [&](int lane, int step) {
            if (clock.elapsed() >= seconds * 1000LL) {
                if (--running == 0)
                    loop.quit();
                return;
            }
            auto *random = QRandomGenerator::global();
            QStringList arguments{QStringLiteral("--db"), scratch.urlText(), QStringLiteral("--as"), logins.at(lane),
                                  QStringLiteral("--json"), QStringLiteral("tickets")};
            const int kind = step % 3;
            if (kind == 0) {
                arguments << QStringLiteral("create") << QStringLiteral("--tenant")
                          << tenants.at(random->bounded(int(tenants.size()))) << QStringLiteral("--title")
                          << QStringLiteral("Lane %1 step %2").arg(lane).arg(step);
            } else if (kind == 1) {
                arguments << QStringLiteral("assign") << QString::number(known.at(random->bounded(int(known.size()))))
                          << logins.at(random->bounded(kLanes));
            } else {
                arguments << QStringLiteral("comment") << QString::number(known.at(random->bounded(int(known.size()))))
                          << QStringLiteral("lane %1 step %2").arg(lane).arg(step);
            }
            QProcess *process = processes.at(lane);
            QObject::disconnect(process, &QProcess::finished, nullptr, nullptr);
            QObject::connect(process, &QProcess::finished, &loop, [&, lane, step, kind, arguments, process](int code, QProcess::ExitStatus status) {
                ++tally.runs;
                const QByteArray out = process->readAllStandardOutput();
                const QString err = QString::fromUtf8(process->readAllStandardError());
                const QJsonObject json = QJsonDocument::fromJson(out).object();
                if (status == QProcess::NormalExit && code == 0 && !json.isEmpty()) {
                    if (kind == 0) {
                        tally.created.insert(json.value(QStringLiteral("id")).toInteger());
                        known << json.value(QStringLiteral("id")).toInteger();
                    } else if (kind == 1) {
                        (json.value(QStringLiteral("changed")).toBool() ? tally.assignsChanged : tally.assignsUnchanged)++;
                    } else {
                        tally.comments.insert(json.value(QStringLiteral("comment_id")).toInteger());
                    }
                } else if (status == QProcess::NormalExit && code == 1 && err.contains(QStringLiteral("was changed since"))) {
                    ++tally.conflicts; // a reported conflict: nothing saved
                } else {
                    tally.failures << QStringLiteral("%1 -> exit %2: %3").arg(arguments.join(u' ')).arg(code).arg(err.trimmed());
                }
                QTimer::singleShot(0, &loop, [&next, lane, step] { next(lane, step + 1); });
            });
            process->setProcessEnvironment(environment);
            process->start(cockpitctlPath(), arguments);
            process->write(kPassword.toUtf8() + '\n');
            process->closeWriteChannel();
        };
        for (int lane = 0; lane < kLanes; ++lane) {
            processes << new QProcess(this);
            ++running;
            next(lane, lane);
        }
        QTimer::singleShot((seconds + 120) * 1000, &loop, &QEventLoop::quit); // never hang the suite
        loop.exec();
        QCOMPARE(running, 0);
        qInfo("%d runs in %lld ms: %lld tickets, %lld comments, %d assignments that changed, %d that did not, %d conflicts",
              tally.runs, clock.elapsed(), qint64(tally.created.size()), qint64(tally.comments.size()), tally.assignsChanged,
              tally.assignsUnchanged, tally.conflicts);
        QVERIFY2(tally.failures.isEmpty(), qPrintable(tally.failures.mid(0, 10).join(u'\n')));
        QVERIFY(tally.runs > kLanes * 10);
        QVERIFY(tally.created.size() > 0 && tally.comments.size() > 0 && tally.assignsChanged > 0);

        const Database &db = office->database();
        // Every ticket and comment reported is there, once; nothing else is.
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM tickets"))->toInt(), seeded + int(tally.created.size()));
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM ticket_comments"))->toInt(), int(tally.comments.size()));
        {
            auto q = db.exec(QStringLiteral("SELECT id FROM ticket_comments"));
            QVERIFY(q);
            QSet<qint64> stored;
            while (q->next())
                stored.insert(q->value(0).toLongLong());
            QCOMPARE(stored, tally.comments);
        }
        // Every change that was reported made one new version; no version was made twice.
        QCOMPARE(db.scalar(QStringLiteral("SELECT COALESCE(sum(row_version - 1), 0) FROM tickets"))->toInt(), tally.assignsChanged);
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM (SELECT ticket_id, row_version FROM ticket_events "
                                          "WHERE row_version > 1 GROUP BY ticket_id, row_version "
                                          "HAVING count(DISTINCT actor_name) > 1) twice"))
                     ->toInt(),
                 0);
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM tickets t WHERE t.row_version - 1 <> "
                                          "(SELECT count(DISTINCT e.row_version) FROM ticket_events e "
                                          "WHERE e.ticket_id = t.id AND e.row_version > 1)"))
                     ->toInt(),
                 0);
        // Each ticket was created by the agent who said so, in their own name (the server checks it too).
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM tickets t JOIN agents a ON a.id = t.created_by "
                                          "WHERE t.title LIKE 'Lane %' AND a.display_name <> 'Load Agent ' || "
                                          "split_part(split_part(t.title, ' ', 2), ' ', 1)"))
                     ->toInt(),
                 0);
    }
};

QTEST_GUILESS_MAIN(TestCockpitctlLoad)
#include "tst_cockpitctl_load.moc"
