#include "PinboardPublisher.h"

#include "services/Office.h"

namespace tc {

PinboardPublisher::PinboardPublisher(DatabaseUrl url, Actor actor, QObject *parent)
    : QObject(parent), m_url(std::move(url)), m_actor(std::move(actor))
{
}

PinboardPublisher::~PinboardPublisher()
{
    {
        std::lock_guard lock(m_mutex);
        m_pendingReach.reset();
    }
    wait();
    delete m_reaching;
    delete m_publishing;
}

void PinboardPublisher::wait()
{
    if (m_reaching)
        m_reaching->wait();
    if (m_publishing)
        m_publishing->wait();
}

void PinboardPublisher::askReach(const PinboardAudience &audience, bool includeFutureTenants)
{
    {
        std::lock_guard lock(m_mutex);
        m_pendingReach = std::pair(audience, includeFutureTenants);
        if (m_reachRunning)
            return; // it takes the newest question when it has answered the one before
        m_reachRunning = true;
    }
    runReach();
}

void PinboardPublisher::runReach()
{
    if (m_reaching) {
        m_reaching->wait();
        delete m_reaching;
    }
    // The thread opens its own connection: a Qt SQL connection belongs to the thread that made it.
    m_reaching = QThread::create([this] {
        auto office = Office::open(m_url, SchemaPolicy::RequireCurrent, m_actor, QStringLiteral("pinboard"));
        for (;;) {
            std::optional<std::pair<PinboardAudience, bool>> question;
            {
                std::lock_guard lock(m_mutex);
                question.swap(m_pendingReach);
                if (!question) {
                    m_reachRunning = false;
                    return;
                }
            }
            if (!office) {
                Q_EMIT reached(question->first, question->second, {}, office.error().message);
                continue;
            }
            auto reach = (*office)->pinboard().reach(question->first, question->second);
            Q_EMIT reached(question->first, question->second, reach ? *reach : PinboardReach(),
                           reach ? QString() : reach.error().message);
        }
    });
    m_reaching->start();
}

bool PinboardPublisher::publish(const PinboardPostInput &post, std::optional<qint64> postId, int rowVersion, bool notifyAgain)
{
    if (isPublishing())
        return false;
    if (m_publishing) {
        m_publishing->wait();
        delete m_publishing;
    }
    m_publishing = QThread::create([this, post, postId, rowVersion, notifyAgain] {
        auto office = Office::open(m_url, SchemaPolicy::RequireCurrent, m_actor, QStringLiteral("pinboard"));
        if (!office) {
            Q_EMIT published({}, office.error().message);
            return;
        }
        const auto report = [this](qint64 done, qint64 total) { Q_EMIT progress(done, total); };
        const Pinboard pinboard = (*office)->pinboard();
        auto result = postId ? pinboard.edit(*postId, rowVersion, post, notifyAgain, report) : pinboard.publish(post, report);
        Q_EMIT published(result ? *result : PinboardPublication(), result ? QString() : result.error().message);
    });
    m_publishing->start();
    return true;
}

} // namespace tc
