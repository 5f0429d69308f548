// PinboardPublisher: the pinboard's slow calls on a thread of their own, with a database connection
// of their own, so the window keeps painting while 100,000 e-mails are queued: who a post would
// reach (asked again as the author changes the audience: only the newest question is answered) and
// publishing or changing a post. Answers arrive through queued signals.
#pragma once

#include "domain/Actor.h"
#include "domain/DatabaseUrl.h"
#include "services/Pinboard.h"

#include <QObject>
#include <QThread>

#include <mutex>
#include <optional>

namespace tc {

class PinboardPublisher : public QObject
{
    Q_OBJECT

public:
    PinboardPublisher(DatabaseUrl url, Actor actor, QObject *parent = nullptr);
    ~PinboardPublisher() override;

    // Who an important post to `audience` would reach; reached() answers. A question asked while
    // another is being answered waits, and only the newest waiting one is asked.
    void askReach(const PinboardAudience &audience, bool includeFutureTenants);
    // Publishes a new post (postId empty) or saves a changed one; published() answers. False while
    // a publication runs.
    bool publish(const PinboardPostInput &post, std::optional<qint64> postId = std::nullopt, int rowVersion = 0,
                 bool notifyAgain = false);
    bool isPublishing() const { return m_publishing && m_publishing->isRunning(); }
    // Blocks until what runs has ended (for closing the window).
    void wait();

Q_SIGNALS:
    void reached(const tc::PinboardAudience &audience, bool includeFutureTenants, const tc::PinboardReach &reach,
                 const QString &error);
    void progress(qint64 done, qint64 total);
    void published(const tc::PinboardPublication &publication, const QString &error);

private:
    void runReach();

    DatabaseUrl m_url;
    Actor m_actor;
    QThread *m_reaching = nullptr;
    QThread *m_publishing = nullptr;
    std::mutex m_mutex;
    std::optional<std::pair<PinboardAudience, bool>> m_pendingReach; // guarded by m_mutex
    bool m_reachRunning = false;                                      // guarded by m_mutex
};

} // namespace tc
