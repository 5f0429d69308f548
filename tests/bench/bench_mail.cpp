// tc_bench_mail: the outbox delivering invitations to an SMTP sink on loopback, against Postfix's
// smtp-source sending the same number of messages of the same size to the same sink (issue 4).
//
// Usage: tc_bench_mail --port PORT [--host 127.0.0.1] [--count N] [--batch B] [--runs R]
//                      [--smtp-source PATH] [--dir DIR] [--no-budget]
//
// Writes N demo tenants with e-mail addresses into a new SQLite office, invites them all with
// Invitations::invite (timed: "queueing N invitations took X s") and then, R times (default 5):
//   outbox       OutboxSender + SmtpClient (no encryption, no login) deliver the whole outbox, batch
//                after batch of B (default 200, the sender's own); every row must end up 'sent'
//   smtp-source  smtp-source -s 1 -d -m N -F SAMPLE: one session, every message over that one
//                connection, each message the bytes of one of ours whose size is closest to the
//                average (so the same size, the same line lengths and the same headers)
// Before every run after the first the outbox is put back to 'queued' (not timed); the runs
// alternate which of the two goes first. The budget: the outbox's throughput at least half of
// smtp-source's, judged on the median of the runs' ratios (each run's pair ran back to back).
// Without --smtp-source only the outbox is timed (the smoke test; any sink will do).
// Prints one "summary key=value ..." line last. Exit code: 0 within budget (or --no-budget, or no
// smtp-source), 1 over budget, 2 usage, 3 failed (a message not sent is a failure).
#include "domain/Actor.h"
#include "domain/DatabaseUrl.h"
#include "domain/Settings.h"
#include "mail/Outbox.h"
#include "mail/OutboxSender.h"
#include "mail/SmtpClient.h"
#include "services/Office.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <sys/resource.h>

namespace {

constexpr double kBudgetRatio = 0.5;
constexpr char kFrom[] = "Régie Bench <mieter@regie-bench.example>";

void say(const QString &text)
{
    std::printf("%s\n", qPrintable(text));
    std::fflush(stdout);
}

void complain(const QString &text)
{
    std::fprintf(stderr, "tc_bench_mail: %s\n", qPrintable(text));
    std::fflush(stderr);
}

double cpuSeconds(int who)
{
    rusage usage{};
    getrusage(who, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0.0;
    std::sort(values.begin(), values.end());
    const qsizetype half = values.size() / 2;
    return values.size() % 2 ? values.at(half) : (values.at(half - 1) + values.at(half)) / 2;
}

// The SMTP client as the product uses it, noting the size of every message it is handed (the
// bytes as MimeMessage wrote them, before dot-stuffing) and keeping one of each batch as a sample.
// The bookkeeping is a few additions per batch: nothing next to the SMTP conversation it times.
class MeasuredSmtpClient : public tc::SmtpClient
{
public:
    using tc::SmtpClient::SmtpClient;

    void send(const QList<tc::OutgoingMail> &batch) override
    {
        for (const tc::OutgoingMail &mail : batch) {
            m_bytes += mail.bytes.size();
            ++m_messages;
        }
        if (!batch.isEmpty())
            m_samples << batch.constFirst().bytes;
        tc::SmtpClient::send(batch);
    }

    qint64 messages() const { return m_messages; }
    double averageSize() const { return m_messages ? double(m_bytes) / double(m_messages) : 0.0; }
    // The kept message closest to the average size.
    QByteArray sample() const
    {
        const double average = averageSize();
        QByteArray best;
        for (const QByteArray &bytes : m_samples) {
            if (best.isEmpty() || std::abs(double(bytes.size()) - average) < std::abs(double(best.size()) - average))
                best = bytes;
        }
        return best;
    }
    void reset()
    {
        m_bytes = 0;
        m_messages = 0;
        m_samples.clear();
    }

private:
    qint64 m_bytes = 0;
    qint64 m_messages = 0;
    QList<QByteArray> m_samples;
};

std::unique_ptr<tc::Office> newOffice(const QString &path)
{
    auto url = tc::DatabaseUrl::parse(QStringLiteral("sqlite:") + path);
    if (!url)
        return nullptr;
    auto office = tc::Office::open(*url, tc::SchemaPolicy::Migrate, tc::Actor::localOwner(), QStringLiteral("bench"));
    if (!office) {
        complain(office.error().message);
        return nullptr;
    }
    const tc::Actor &actor = (*office)->actor();
    if (auto s = (*office)->setup().initializeCompany(actor, QStringLiteral("Régie Bench SA")); !s) {
        complain(s.error().message);
        return nullptr;
    }
    if (auto s = (*office)->settings().set(actor, {{tc::settings::smtpFrom, QString::fromUtf8(kFrom)},
                                                  {tc::settings::registrationBaseUrl,
                                                   QStringLiteral("https://app.regie-bench.example/register")}});
        !s) {
        complain(s.error().message);
        return nullptr;
    }
    return std::move(*office);
}

// N tenants who can be invited: demo data (nine in ten have an e-mail address), then the first N
// with one.
std::optional<QList<qint64>> writeTenants(const tc::Office &office, qint64 count)
{
    auto demo = office.demoData().generate(count + count / 4 + 100);
    if (!demo) {
        complain(demo.error().message);
        return std::nullopt;
    }
    auto q = office.database().exec(QStringLiteral("SELECT id FROM persons WHERE email IS NOT NULL AND email <> '' "
                                                   "AND retired_at IS NULL AND status = 'imported' ORDER BY id LIMIT ?"),
                                    {count});
    if (!q) {
        complain(q.error().message);
        return std::nullopt;
    }
    QList<qint64> ids;
    while (q->next())
        ids << q->value(0).toLongLong();
    if (ids.size() != count) {
        complain(QStringLiteral("the demo data has only %1 tenants with an e-mail address").arg(ids.size()));
        return std::nullopt;
    }
    return ids;
}

qint64 countWhere(const tc::Database &db, const QString &status)
{
    auto n = db.scalar(QStringLiteral("SELECT COUNT(*) FROM mail_outbox WHERE status = ?"), {status});
    return n ? n->toLongLong() : -1;
}

// One delivery of the whole outbox; the seconds it took, or a negative number when it failed.
double deliverAll(const tc::Office &office, MeasuredSmtpClient &client, int batch, qint64 count)
{
    tc::OutboxSender sender(office.database(), &client);
    sender.setFrom(tc::mailboxFromSetting(QString::fromUtf8(kFrom)));
    sender.setBatchSize(batch);
    tc::OutboxRun run;
    QEventLoop loop;
    QObject::connect(&sender, &tc::OutboxSender::finished, &loop, [&](const tc::OutboxRun &result) {
        run = result;
        loop.quit();
    });
    QElapsedTimer timer;
    timer.start();
    sender.sendDue();
    if (sender.isBusy())
        loop.exec();
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    const qint64 sent = countWhere(office.database(), QStringLiteral("sent"));
    if (!run.error.isEmpty() || run.sent != count || sent != count) {
        complain(QStringLiteral("the outbox did not deliver everything: %1 sent, %2 failed, %3 deferred (%4 rows 'sent' "
                                "of %5)%6")
                     .arg(run.sent)
                     .arg(run.failed)
                     .arg(run.deferred)
                     .arg(sent)
                     .arg(count)
                     .arg(run.error.isEmpty() ? QString() : QStringLiteral(": ") + run.error));
        auto q = office.database().exec(
            QStringLiteral("SELECT recipient, last_error FROM mail_outbox WHERE status <> 'sent' LIMIT 5"));
        while (q && q->next())
            complain(QStringLiteral("  %1: %2").arg(q->value(0).toString(), q->value(1).toString()));
        return -1;
    }
    return seconds;
}

// The same mails due again, as if never sent: the next run does the same work.
bool requeue(const tc::Office &office)
{
    auto r = office.database().exec(QStringLiteral("UPDATE mail_outbox SET status = 'queued', attempts = 0, "
                                                   "next_attempt_at = ?, sent_at = NULL, last_error = NULL"),
                                    {QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)});
    if (!r)
        complain(r.error().message);
    return bool(r);
}

// smtp-source sending `count` copies of the sample; the seconds it took, or a negative number.
double runSmtpSource(const QString &program, const QString &host, quint16 port, qint64 count, const QString &sample,
                     const QString &recipient)
{
    // -s 1 -d: one session that sends every message over one connection, as the outbox does with a
    // batch (it opens one connection per 200; 50 connects on loopback are noise). -F: our message's
    // bytes exactly. smtp-source does not pipeline; the outbox does (MAIL, RCPT and DATA in one
    // write), which is how the product talks to every server that offers it.
    const QStringList args{QStringLiteral("-s"), QStringLiteral("1"), QStringLiteral("-d"), QStringLiteral("-m"),
                           QString::number(count), QStringLiteral("-F"), sample, QStringLiteral("-f"),
                           tc::mailboxFromSetting(QString::fromUtf8(kFrom)).address, QStringLiteral("-t"), recipient,
                           QStringLiteral("%1:%2").arg(host).arg(port)};
    QProcess source;
    QElapsedTimer timer;
    timer.start();
    source.start(program, args);
    if (!source.waitForFinished(600000) || source.exitStatus() != QProcess::NormalExit || source.exitCode() != 0) {
        complain(QStringLiteral("%1 failed: %2 %3")
                     .arg(program, source.errorString(), QString::fromLocal8Bit(source.readAllStandardError())));
        return -1;
    }
    return double(timer.nsecsElapsed()) / 1e9;
}

QString perSecond(qint64 count, double seconds)
{
    return QString::number(seconds > 0 ? double(count) / seconds : 0.0, 'f', 0);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tc_bench_mail"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("The outbox's SMTP throughput against smtp-source's."));
    parser.addHelpOption();
    const QCommandLineOption hostOption(QStringLiteral("host"), QStringLiteral("The sink's address (loopback)."),
                                        QStringLiteral("HOST"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption portOption(QStringLiteral("port"), QStringLiteral("The sink's port."), QStringLiteral("PORT"));
    const QCommandLineOption countOption(QStringLiteral("count"), QStringLiteral("Invitations to send (default 10000)."),
                                         QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption batchOption(QStringLiteral("batch"),
                                         QStringLiteral("Messages per claim and connection (default 200)."),
                                         QStringLiteral("B"), QStringLiteral("200"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Timed runs (median, default 5)."),
                                        QStringLiteral("R"), QStringLiteral("5"));
    const QCommandLineOption sourceOption(QStringLiteral("smtp-source"),
                                          QStringLiteral("Postfix's smtp-source, the baseline (none: no ratio)."),
                                          QStringLiteral("PATH"));
    const QCommandLineOption dirOption(QStringLiteral("dir"), QStringLiteral("Where the temporary office goes."),
                                       QStringLiteral("DIR"));
    const QCommandLineOption noBudgetOption(QStringLiteral("no-budget"), QStringLiteral("Judge no budget."));
    parser.addOptions({hostOption, portOption, countOption, batchOption, runsOption, sourceOption, dirOption, noBudgetOption});
    parser.process(app);
    const qint64 count = parser.value(countOption).toLongLong();
    const int batch = parser.value(batchOption).toInt();
    const int runs = std::max(1, parser.value(runsOption).toInt());
    const uint port = parser.value(portOption).toUInt();
    if (count < 1 || batch < 1 || port < 1 || port > 65535) {
        complain(QStringLiteral("--port is required; --count and --batch must be positive"));
        return 2;
    }
    const QString host = parser.value(hostOption);
    const QString source = parser.value(sourceOption);

    const QString base = parser.isSet(dirOption) ? parser.value(dirOption) : QDir::tempPath();
    QDir().mkpath(base);
    QTemporaryDir scratch(QDir(base).filePath(QStringLiteral("tc_bench_mail-XXXXXX")));
    if (!scratch.isValid()) {
        complain(QStringLiteral("no temporary directory under %1").arg(base));
        return 3;
    }
    auto office = newOffice(scratch.filePath(QStringLiteral("office.db")));
    if (!office)
        return 3;
    auto ids = writeTenants(*office, count);
    if (!ids)
        return 3;

    QElapsedTimer timer;
    timer.start();
    auto report = office->invitations().invite(*ids);
    const double inviteSeconds = double(timer.nsecsElapsed()) / 1e9;
    if (!report || report->queued.size() != count) {
        complain(report ? QStringLiteral("%1 of %2 invitations queued").arg(report->queued.size()).arg(count)
                        : report.error().message);
        return 3;
    }
    say(QStringLiteral("queueing %1 invitations took %2 s (%3/s)")
            .arg(count)
            .arg(inviteSeconds, 0, 'f', 2)
            .arg(perSecond(count, inviteSeconds)));

    tc::SmtpSettings smtp;
    smtp.host = host;
    smtp.port = quint16(port);
    smtp.security = tc::SmtpSettings::Security::None;
    smtp.heloName = QStringLiteral("bench.localdomain");
    MeasuredSmtpClient client(smtp);
    const QString samplePath = scratch.filePath(QStringLiteral("sample.eml"));
    // smtp-source's envelope recipient: an address of the batch without an international domain.
    QString sampleRecipient = QStringLiteral("tenant@example.ch");
    for (const tc::InvitationQueued &queued : std::as_const(report->queued)) {
        if (std::all_of(queued.email.begin(), queued.email.end(), [](QChar c) { return c.unicode() < 0x80; })) {
            sampleRecipient = queued.email;
            break;
        }
    }

    QList<double> ours, theirs, ratios, oursCpu, theirsCpu;
    double messageBytes = 0;
    // The runs alternate which client goes first: this machine's speed drifts within seconds. The
    // first run is the outbox's (smtp-source needs one of its messages).
    const auto timeOutbox = [&](int run) {
        if (run > 0 && !requeue(*office))
            return false;
        client.reset();
        const double cpu = cpuSeconds(RUSAGE_SELF);
        const double seconds = deliverAll(*office, client, batch, count);
        if (seconds < 0)
            return false;
        ours << seconds;
        oursCpu << cpuSeconds(RUSAGE_SELF) - cpu;
        messageBytes = client.averageSize();
        if (run == 0 && !source.isEmpty()) {
            QFile file(samplePath);
            const QByteArray sample = client.sample();
            if (!file.open(QIODevice::WriteOnly) || file.write(sample) != sample.size()) {
                complain(QStringLiteral("cannot write %1").arg(samplePath));
                return false;
            }
        }
        return true;
    };
    const auto timeSmtpSource = [&] {
        const double cpu = cpuSeconds(RUSAGE_CHILDREN);
        const double seconds = runSmtpSource(source, host, quint16(port), count, samplePath, sampleRecipient);
        if (seconds < 0)
            return false;
        theirs << seconds;
        theirsCpu << cpuSeconds(RUSAGE_CHILDREN) - cpu;
        return true;
    };
    for (int run = 0; run < runs; ++run) {
        const bool sourceFirst = !source.isEmpty() && run % 2 == 1;
        if (sourceFirst && !timeSmtpSource())
            return 3;
        if (!timeOutbox(run))
            return 3;
        if (!source.isEmpty() && !sourceFirst && !timeSmtpSource())
            return 3;
        QString line = QStringLiteral("run %1: outbox %2 in %3 s (%4/s, cpu %5 s)")
                           .arg(run + 1)
                           .arg(count)
                           .arg(ours.last(), 0, 'f', 2)
                           .arg(perSecond(count, ours.last()))
                           .arg(oursCpu.last(), 0, 'f', 2);
        if (!source.isEmpty()) {
            ratios << theirs.last() / ours.last(); // of the throughputs: ours per second over theirs
            line += QStringLiteral(", smtp-source %1 in %2 s (%3/s, cpu %4 s), ratio %5%6")
                        .arg(count)
                        .arg(theirs.last(), 0, 'f', 2)
                        .arg(perSecond(count, theirs.last()))
                        .arg(theirsCpu.last(), 0, 'f', 2)
                        .arg(ratios.last(), 0, 'f', 2)
                        .arg(sourceFirst ? QStringLiteral(" (smtp-source first)") : QString());
        }
        say(line);
    }

    const double oursMedian = median(ours);
    say(QStringLiteral("average message %1 bytes").arg(messageBytes, 0, 'f', 0)
        + (source.isEmpty() ? QString()
                            : QStringLiteral(" (smtp-source sends one of %1 bytes)").arg(QFileInfo(samplePath).size())));
    if (source.isEmpty()) {
        say(QStringLiteral("summary count=%1 runs=%2 batch=%3 message_bytes=%4 invite_seconds=%5 outbox_seconds=%6 "
                           "outbox_per_s=%7 verdict=no-baseline")
                .arg(count)
                .arg(runs)
                .arg(batch)
                .arg(messageBytes, 0, 'f', 0)
                .arg(inviteSeconds, 0, 'f', 2)
                .arg(oursMedian, 0, 'f', 2)
                .arg(perSecond(count, oursMedian)));
        return 0;
    }
    const double theirsMedian = median(theirs);
    const double ratio = median(ratios);
    const bool within = ratio >= kBudgetRatio;
    say(QStringLiteral("cpu outbox_seconds=%1 source_seconds=%2 (the sink shares the two cores with both)")
            .arg(median(oursCpu), 0, 'f', 2)
            .arg(median(theirsCpu), 0, 'f', 2));
    say(QStringLiteral("summary count=%1 runs=%2 batch=%3 message_bytes=%4 sample_bytes=%5 invite_seconds=%6 "
                       "outbox_seconds=%7 outbox_per_s=%8 source_seconds=%9 source_per_s=%10 ratio=%11 verdict=%12")
            .arg(count)
            .arg(runs)
            .arg(batch)
            .arg(messageBytes, 0, 'f', 0)
            .arg(QFileInfo(samplePath).size())
            .arg(inviteSeconds, 0, 'f', 2)
            .arg(oursMedian, 0, 'f', 2)
            .arg(perSecond(count, oursMedian))
            .arg(theirsMedian, 0, 'f', 2)
            .arg(perSecond(count, theirsMedian))
            .arg(ratio, 0, 'f', 2)
            .arg(parser.isSet(noBudgetOption) ? QStringLiteral("no-budget")
                                              : within ? QStringLiteral("within-budget") : QStringLiteral("OVER-BUDGET")));
    return within || parser.isSet(noBudgetOption) ? 0 : 1;
}
