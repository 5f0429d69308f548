// cockpitctl pinboard: posts for the tenants (post, list); an important post is e-mailed through
// the outbox to every addressable tenant of its audience.
#include "cli/Cockpitctl.h"

#include "import/ImportDate.h"
#include "import/TextEncoding.h"
#include "services/Office.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QStringDecoder>

namespace tc {

namespace {

QJsonValue dateJson(QDate date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

QJsonObject recipientJson(const PinboardRecipient &r)
{
    return {{QStringLiteral("tenant"), r.ref.isEmpty() ? QJsonValue() : QJsonValue(r.ref)},
            {QStringLiteral("id"), r.personId},
            {QStringLiteral("name"), r.name},
            {QStringLiteral("email"), r.email.isEmpty() ? QJsonValue() : QJsonValue(r.email)},
            {QStringLiteral("reason"), r.reason}};
}

QJsonObject postJson(const PinboardPost &post)
{
    QJsonArray audience;
    for (const QString &name : post.audienceNames)
        audience << name;
    QJsonArray properties;
    for (qint64 id : post.audience.propertyIds)
        properties << id;
    QJsonArray buildings;
    for (qint64 id : post.audience.buildingIds)
        buildings << id;
    return {{QStringLiteral("id"), post.id},
            {QStringLiteral("title"), post.title},
            {QStringLiteral("body"), post.body},
            {QStringLiteral("important"), post.important},
            {QStringLiteral("include_future_tenants"), post.includeFutureTenants},
            {QStringLiteral("audience"), audience},
            {QStringLiteral("whole_company"), post.audience.company},
            {QStringLiteral("property_ids"), properties},
            {QStringLiteral("building_ids"), buildings},
            {QStringLiteral("valid_from"), dateJson(post.validFrom)},
            {QStringLiteral("valid_to"), dateJson(post.validTo)},
            {QStringLiteral("author"), post.author},
            {QStringLiteral("published_at"), post.publishedAt.toString(Qt::ISODateWithMs)},
            {QStringLiteral("updated_at"), post.updatedAt.toString(Qt::ISODateWithMs)},
            {QStringLiteral("mails"), QJsonObject{{QStringLiteral("sent"), post.mails.sent},
                                                  {QStringLiteral("failed"), post.mails.failed},
                                                  {QStringLiteral("waiting"), post.mails.waiting}}}};
}

} // namespace

Result<QString> Cockpitctl::readTextFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::refused(tr("%1 cannot be read: %2").arg(path, file.errorString()));
    if (file.size() > 1'000'000)
        return Error::refused(tr("%1 is larger than a post can be (%2 bytes).").arg(path).arg(file.size()));
    const QByteArray bytes = file.readAll();
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        auto decoder = QStringDecoder(bytes.startsWith("\xFF\xFE") ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE,
                                      QStringDecoder::Flag::ConvertInitialBom);
        QString text = decoder.decode(bytes.mid(2));
        if (decoder.hasError())
            return Error::refused(tr("%1 is not readable UTF-16 text.").arg(path));
        return text;
    }
    if (bytes.contains('\0'))
        return Error::refused(tr("%1 is not a text file (it holds NUL bytes).").arg(path));
    const QByteArrayView content = bytes.startsWith("\xEF\xBB\xBF") ? QByteArrayView(bytes).sliced(3) : QByteArrayView(bytes);
    if (text::isValidUtf8(content))
        return QString::fromUtf8(content);
    m_err << tr("cockpitctl: %1 is not UTF-8; read as Windows-1252.").arg(path) << '\n';
    m_err.flush();
    return text::fromWindows1252(content);
}

int Cockpitctl::cmdPinboard(const QStringList &args, const PinboardArguments &pin)
{
    const QString sub = args.value(0);
    const bool posting = sub == u"post";
    if (sub != u"post" && sub != u"list")
        return usageError(tr("\"pinboard\" takes post or list."));
    // "--property A B" and "--property A --property B" both name several properties.
    QStringList properties = pin.properties;
    if (args.size() > 1) {
        if (properties.isEmpty())
            return usageError(tr("\"pinboard %1\" takes no further arguments (put a text with spaces in quotes).").arg(sub));
        properties += args.mid(1);
    }
    if (!posting && (pin.titleSet || pin.bodySet || pin.bodyFileSet || pin.important || pin.includeFuture
                     || pin.validFromSet || pin.validToSet)) {
        return usageError(tr("\"pinboard list\" takes only --property REF."));
    }
    if (!posting && properties.size() > 1)
        return usageError(tr("\"pinboard list\" takes one --property."));

    PinboardPostInput post;
    if (posting) {
        if (!pin.titleSet)
            return usageError(tr("\"pinboard post\" needs --title TEXT."));
        if (pin.bodySet == pin.bodyFileSet)
            return usageError(tr("\"pinboard post\" needs the text: --body TEXT or --body-file FILE (one of them)."));
        post.title = pin.title;
        post.important = pin.important;
        post.includeFutureTenants = pin.includeFuture;
        for (auto [set, text, date, option] : {std::tuple{pin.validFromSet, pin.validFrom, &post.validFrom, "valid-from"},
                                               std::tuple{pin.validToSet, pin.validTo, &post.validTo, "valid-to"}}) {
            if (!set)
                continue;
            *date = parseIsoDate(text);
            if (!date->isValid())
                return usageError(tr("--%1 takes a date as YYYY-MM-DD, not \"%2\".").arg(QLatin1StringView(option), text));
        }
        if (pin.includeFuture && !pin.important)
            return usageError(tr("--include-future-tenants is about the e-mails of an --important post."));
        // Usage first, then the file.
        if (pin.bodySet) {
            post.body = pin.body;
        } else {
            auto text = readTextFile(pin.bodyFile);
            if (!text)
                return refused(text.error());
            post.body = *text;
        }
        // A post checked before the database is opened: a typo costs no connection.
        if (properties.isEmpty())
            post.audience.company = true;
        else
            post.audience.propertyIds = {0}; // a placeholder until the references are looked up
        if (auto s = Pinboard::check(post); !s)
            return refused(s.error());
    }

    auto office = openOffice(SchemaPolicy::Migrate);
    if (!office)
        return refused(office.error());
    QList<qint64> propertyIds;
    for (const QString &ref : std::as_const(properties)) {
        auto id = (*office)->masterData().propertyIdOf(ref);
        if (!id)
            return refused(id.error());
        propertyIds << *id;
    }
    const Pinboard pinboard = (*office)->pinboard();

    if (!posting) {
        auto posts = pinboard.list(propertyIds.isEmpty() ? std::nullopt : std::optional<qint64>(propertyIds.first()));
        if (!posts)
            return refused(posts.error());
        QJsonArray json;
        QString text;
        for (const PinboardPost &p : std::as_const(*posts)) {
            json << postJson(p);
            text += QStringLiteral("%1  %2  %3%4  (%5)  %6\n")
                        .arg(p.id)
                        .arg(QLocale().toString(p.publishedAt.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm")),
                             p.important ? tr("IMPORTANT ") : QString(), p.title, p.audienceNames.join(QStringLiteral(", ")),
                             p.author);
            if (p.mails.total() > 0) {
                text += tr("      e-mails: %1 sent, %2 failed, %3 waiting\n").arg(p.mails.sent).arg(p.mails.failed).arg(p.mails.waiting);
            }
        }
        if (posts->isEmpty())
            text = tr("No posts.\n");
        return printResult({{QStringLiteral("posts"), json}}, text);
    }

    post.audience.propertyIds = propertyIds;
    auto done = pinboard.publish(post);
    if (!done)
        return refused(done.error());
    QJsonArray unreachable;
    for (const PinboardRecipient &r : std::as_const(done->unreachable))
        unreachable << recipientJson(r);
    QString text = post.important ? tr("Post %1 published; %2 e-mail(s) queued.\n").arg(done->postId).arg(done->mailsQueued)
                                  : tr("Post %1 published (not important: no e-mails).\n").arg(done->postId);
    if (!done->unreachable.isEmpty()) {
        text += tr("%1 tenant(s) of the audience cannot be e-mailed:\n").arg(done->unreachable.size());
        for (const PinboardRecipient &r : std::as_const(done->unreachable))
            text += QStringLiteral("  %1  %2: %3\n").arg(r.ref.isEmpty() ? QString::number(r.personId) : r.ref, r.name, r.reason);
    }
    return printResult({{QStringLiteral("post_id"), done->postId},
                        {QStringLiteral("mails_queued"), done->mailsQueued},
                        {QStringLiteral("unreachable"), unreachable}},
                       text);
}

} // namespace tc
