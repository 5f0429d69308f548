#include "DropFolderWatcher.h"

#include "domain/Settings.h"
#include "services/CompanySettings.h"
#include "services/DropFolder.h"
#include "services/Office.h"

#include <QTimer>

namespace tc {

namespace {

// Lives on the watcher's thread: owns the connection, the DropFolder and the timer.
class Worker : public QObject
{
public:
    Worker(DropFolderWatcher *watcher, DatabaseUrl url, Actor actor, int intervalMs)
        : m_watcher(watcher), m_url(std::move(url)), m_actor(std::move(actor)), m_intervalMs(intervalMs)
    {
    }

    void begin()
    {
        auto office = Office::open(m_url, SchemaPolicy::RequireCurrent, m_actor, QStringLiteral("drop-folder"));
        if (!office) {
            Q_EMIT m_watcher->unavailable(office.error().message);
            return;
        }
        m_office = std::move(*office);
        m_service.emplace(m_office->imports());
        auto *timer = new QTimer(this);
        connect(timer, &QTimer::timeout, this, [this] { look(); });
        timer->start(m_intervalMs);
        look();
    }

private:
    void look()
    {
        auto setting = m_office->settings().value(settings::importDropFolder);
        if (!setting) {
            complainOnce(setting.error().message);
            return;
        }
        if (const QString folder = setting->trimmed(); folder != m_folder) {
            m_folder = folder;
            m_dropFolder.reset();
            m_complained = false;
        }
        if (m_folder.isEmpty())
            return; // no drop folder set (or no longer)
        if (!m_dropFolder) {
            m_dropFolder.emplace(m_folder, *m_service);
            if (auto s = m_dropFolder->prepare(); !s) {
                m_dropFolder.reset(); // a share that is not mounted yet may be there next time
                complainOnce(s.error().message);
                return;
            }
            m_complained = false;
        }
        for (const DropFolderOutcome &outcome : m_dropFolder->processAll()) {
            Q_EMIT m_watcher->processed(outcome.entry,
                                        outcome.report ? outcome.report->statusKey() : QStringLiteral("failed"),
                                        outcome.movedTo);
        }
    }

    void complainOnce(const QString &message)
    {
        if (!m_complained)
            Q_EMIT m_watcher->unavailable(message);
        m_complained = true;
    }

    DropFolderWatcher *m_watcher;
    DatabaseUrl m_url;
    Actor m_actor;
    QString m_folder; // as last read from the setting
    bool m_complained = false;
    int m_intervalMs;
    std::unique_ptr<Office> m_office;
    std::optional<ImportService> m_service;
    std::optional<DropFolder> m_dropFolder;
};

} // namespace

DropFolderWatcher::DropFolderWatcher(DatabaseUrl url, Actor actor, QObject *parent)
    : QObject(parent), m_url(std::move(url)), m_actor(std::move(actor))
{
    m_thread.setObjectName(QStringLiteral("drop-folder"));
}

DropFolderWatcher::~DropFolderWatcher()
{
    stop();
}

void DropFolderWatcher::start(int intervalMs)
{
    if (m_thread.isRunning())
        return;
    auto *worker = new Worker(this, m_url, m_actor, intervalMs);
    worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::started, worker, [worker] { worker->begin(); });
    connect(&m_thread, &QThread::finished, worker, &QObject::deleteLater);
    m_thread.start();
}

void DropFolderWatcher::stop()
{
    m_thread.quit();
    m_thread.wait();
}

} // namespace tc
