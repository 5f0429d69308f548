// Pinboard: posts for the tenants of the whole company, of properties or of buildings. Administrators
// write them; everyone reads them. Publishing an important post e-mails every addressable tenant of
// its audience once (invited or registered, with an e-mail address, renting in the audience on the
// day of publication; future tenants only when the author asks), in the tenant's language, through
// the outbox, in the transaction that publishes it. Editing sends nothing unless the author asks to
// notify again; deleting withdraws what has not gone out yet and is recorded in the audit log.
#pragma once

#include "domain/Actor.h"
#include "domain/Result.h"
#include "mail/Outbox.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <functional>
#include <optional>

namespace tc {

class Database;

// Whom a post is for: the whole company, or any mix of properties and buildings.
struct PinboardAudience
{
    bool company = false;
    QList<qint64> propertyIds;
    QList<qint64> buildingIds;

    bool isEmpty() const { return !company && propertyIds.isEmpty() && buildingIds.isEmpty(); }
    bool operator==(const PinboardAudience &) const = default;
};

// What an administrator writes.
struct PinboardPostInput
{
    QString title;
    QString body; // PostText's simple formatting
    PinboardAudience audience;
    QDate validFrom; // invalid: from publication
    QDate validTo;   // invalid: until deleted
    bool important = false;
    bool includeFutureTenants = false; // an important post's mail also to tenants who move in later
};

// One tenant of an audience.
struct PinboardRecipient
{
    qint64 personId = 0;
    QString ref;
    QString name;
    QString email;
    QString language;
    QString reason; // why they cannot be e-mailed (translated); empty for those who can
};

// What publishing would do: how many are e-mailed and who cannot be, with the reason.
struct PinboardReach
{
    qint64 reachable = 0;
    QList<PinboardRecipient> unreachable;
};

// A post's e-mails by their state in the outbox.
using PinboardMailCounts = OutboxCounts;

struct PinboardPost
{
    qint64 id = 0;
    QString title;
    QString body;
    bool important = false;
    bool includeFutureTenants = false;
    QDate validFrom;
    QDate validTo;
    PinboardAudience audience;
    QStringList audienceNames; // "Whole company", "Seepark", "Seepark: Haus A"
    QHash<qint64, qint64> buildingProperties; // the property of each building of the audience
    QString author;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime publishedAt;
    int rowVersion = 0;
    PinboardMailCounts mails;
};

// What publishing (or notifying again) did.
struct PinboardPublication
{
    qint64 postId = 0;
    int rowVersion = 0;
    qint64 mailsQueued = 0;
    QList<PinboardRecipient> unreachable;
};

class Pinboard
{
    Q_DECLARE_TR_FUNCTIONS(Pinboard)

public:
    Pinboard(const Database &db, const Actor &actor) : m_db(db), m_actor(actor) {}

    // Who an important post to `audience` would reach today (administrators).
    Result<PinboardReach> reach(const PinboardAudience &audience, bool includeFutureTenants) const;

    // Publishes a new post; an important one queues its mails in the same transaction. `progress`
    // (optional) hears how many of the mails are written, between groups of rows.
    using Progress = std::function<void(qint64 done, qint64 total)>;
    Result<PinboardPublication> publish(const PinboardPostInput &post, const Progress &progress = {}) const;

    // Changes a post read at `rowVersion` (a newer version is refused with who changed it). Sends
    // nothing unless `notifyAgain` (only for an important post): then the audience as it is today
    // gets the post as it is now.
    Result<PinboardPublication> edit(qint64 postId, int rowVersion, const PinboardPostInput &post, bool notifyAgain,
                                     const Progress &progress = {}) const;

    // Deletes a post: its mails not yet sent are withdrawn; the audit log keeps what it was and how
    // many mails had gone out.
    Status remove(qint64 postId) const;

    // Posts newest first: of one property (those for the whole company, the property or one of its
    // buildings), or all. Agents may read.
    Result<QList<PinboardPost>> list(std::optional<qint64> propertyId = std::nullopt, int limit = 500) const;
    Result<std::optional<PinboardPost>> get(qint64 postId) const;
    // The properties that posts not deleted are for (directly or through a building), by name: what
    // the pinboard view offers to choose from.
    Result<QList<QPair<qint64, QString>>> properties() const;

    static Status check(const PinboardPostInput &post);
    static constexpr qsizetype kMaxTitle = 200;
    static constexpr qsizetype kMaxBody = 20'000;

private:
    Result<PinboardPublication> queueMails(qint64 postId, const PinboardPostInput &post, const Progress &progress) const;
    Status writeAudience(qint64 postId, const PinboardAudience &audience) const;
    // Posts not deleted, newest first, with their audience and mail counts; `condition` on posts `p`.
    Result<QList<PinboardPost>> read(const QString &condition, QVariantList bindings, int limit) const;

    const Database &m_db;
    const Actor &m_actor;
};

} // namespace tc
