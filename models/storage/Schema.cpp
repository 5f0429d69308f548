// The data model of the whole product, as numbered migrations. A migration, once released, is never
// edited: a change is a new migration appended at the end.
#include "storage/Schema.h"

#include "domain/SearchKeys.h"
#include "storage/Database.h"
#include "storage/Migrator.h"
#include "storage/OfficeRoles.h"
#include "storage/PreparedStatement.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace tc {

namespace {

// Statements end with ";" at the end of a line; comment lines ("-- ...") are dropped first, so a
// comment may say anything.
QStringList splitStatements(const char *sql)
{
    QStringList lines = QString::fromUtf8(sql).split(u'\n');
    lines.removeIf([](const QString &line) { return line.trimmed().startsWith(QStringLiteral("--")); });
    QStringList statements;
    for (const QString &part : lines.join(u'\n').split(QStringLiteral(";\n"))) {
        const QString statement = part.trimmed();
        if (!statement.isEmpty())
            statements << statement;
    }
    return statements;
}

// Conventions: ids are 64-bit; instants are UTC (TIMESTAMPTZ, ISO-8601 text in SQLite); calendar
// dates are DATE; erp_ref is the ERP's identity of a record (never the e-mail); row_version counts
// updates of rows that several agents may edit at once (checked on every update).
const char *const kInitialSchema = R"SQL(
CREATE TABLE company (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    created_at TIMESTAMPTZ NOT NULL
);
CREATE TABLE agents (
    id @PK@,
    login TEXT NOT NULL,
    display_name TEXT NOT NULL,
    email TEXT,
    phone TEXT,
    role TEXT NOT NULL CHECK (role IN ('agent', 'administrator', 'manager')),
    agent_type TEXT NOT NULL DEFAULT 'agent' CHECK (agent_type IN ('agent', 'externalAgent')),
    erp_ref TEXT UNIQUE,
    password_hash TEXT,
    disabled BOOLEAN NOT NULL DEFAULT FALSE,
    created_at TIMESTAMPTZ NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL
);
CREATE UNIQUE INDEX agents_login_idx ON agents (lower(login));
CREATE TABLE company_settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL,
    updated_by BIGINT REFERENCES agents (id)
);
CREATE TABLE properties (
    id @PK@,
    erp_ref TEXT UNIQUE,
    name TEXT NOT NULL,
    owner TEXT,
    created_at TIMESTAMPTZ NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX properties_name_idx ON properties (name);
CREATE TABLE property_teams (
    agent_id BIGINT NOT NULL REFERENCES agents (id),
    property_id BIGINT NOT NULL REFERENCES properties (id),
    valid_from DATE,
    valid_to DATE,
    PRIMARY KEY (agent_id, property_id),
    CHECK ((valid_from IS NULL) = (valid_to IS NULL))
);
CREATE INDEX property_teams_property_idx ON property_teams (property_id);
CREATE TABLE buildings (
    id @PK@,
    property_id BIGINT NOT NULL REFERENCES properties (id),
    erp_ref TEXT UNIQUE,
    name TEXT NOT NULL,
    street TEXT NOT NULL DEFAULT '',
    house_number TEXT NOT NULL DEFAULT '',
    postal_code TEXT NOT NULL DEFAULT '',
    city TEXT NOT NULL DEFAULT '',
    country TEXT NOT NULL DEFAULT 'CH',
    created_at TIMESTAMPTZ NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX buildings_property_idx ON buildings (property_id);
CREATE INDEX buildings_address_idx ON buildings (city, street);
CREATE TABLE units (
    id @PK@,
    building_id BIGINT NOT NULL REFERENCES buildings (id),
    erp_ref TEXT UNIQUE,
    label TEXT NOT NULL,
    unit_type TEXT NOT NULL DEFAULT 'rented' CHECK (unit_type IN ('rented', 'owned')),
    created_at TIMESTAMPTZ NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX units_building_idx ON units (building_id);
CREATE INDEX units_label_idx ON units (label);
CREATE TABLE persons (
    id @PK@,
    erp_ref TEXT @BINARY@ UNIQUE,
    first_name TEXT NOT NULL DEFAULT '',
    last_name TEXT NOT NULL,
    sort_name TEXT @BINARY@ NOT NULL,
    email TEXT,
    phone TEXT,
    phone_e164 TEXT,
    language TEXT CHECK (language IN ('de', 'fr', 'it', 'en')),
    status TEXT NOT NULL DEFAULT 'imported' CHECK (status IN ('imported', 'invited', 'registered')),
    is_alias BOOLEAN NOT NULL DEFAULT FALSE,
    source TEXT NOT NULL DEFAULT 'erp' CHECK (source IN ('erp', 'manual')),
    merged_into_id BIGINT REFERENCES persons (id),
    retired_at TIMESTAMPTZ,
    invited_at TIMESTAMPTZ,
    registered_at TIMESTAMPTZ,
    created_at TIMESTAMPTZ NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1
);
-- The tenant list: people who are not retired aliases, alphabetically (sort_name: see NameFolding,
-- compared byte by byte on both databases, so a server's collation cannot reorder it).
CREATE INDEX persons_listed_idx ON persons (sort_name, id) WHERE retired_at IS NULL;
CREATE INDEX persons_listed_ref_idx ON persons (erp_ref, id) WHERE retired_at IS NULL;
CREATE INDEX persons_email_idx ON persons (lower(email));
CREATE INDEX persons_phone_idx ON persons (phone_e164);
CREATE INDEX persons_status_idx ON persons (status);
CREATE TABLE tenant_credentials (
    person_id BIGINT PRIMARY KEY REFERENCES persons (id),
    password_hash TEXT NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL
);
CREATE TABLE tenancies (
    id @PK@,
    unit_id BIGINT NOT NULL REFERENCES units (id),
    erp_ref TEXT UNIQUE,
    start_date DATE NOT NULL,
    end_date DATE,
    created_at TIMESTAMPTZ NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL,
    CHECK (end_date IS NULL OR end_date >= start_date)
);
CREATE INDEX tenancies_unit_idx ON tenancies (unit_id, start_date);
CREATE TABLE tenancy_persons (
    tenancy_id BIGINT NOT NULL REFERENCES tenancies (id),
    person_id BIGINT NOT NULL REFERENCES persons (id),
    PRIMARY KEY (tenancy_id, person_id)
);
CREATE INDEX tenancy_persons_person_idx ON tenancy_persons (person_id);
CREATE TABLE activation_codes (
    id @PK@,
    person_id BIGINT NOT NULL UNIQUE REFERENCES persons (id),
    code TEXT NOT NULL UNIQUE,
    source TEXT NOT NULL CHECK (source IN ('generated', 'erp')),
    created_at TIMESTAMPTZ NOT NULL,
    redeemed_at TIMESTAMPTZ
);
CREATE TABLE registration_attempts (
    id @PK@,
    attempted_at TIMESTAMPTZ NOT NULL,
    origin TEXT NOT NULL,
    succeeded BOOLEAN NOT NULL
);
CREATE INDEX registration_attempts_time_idx ON registration_attempts (origin, attempted_at);
CREATE TABLE mail_outbox (
    id @PK@,
    message_id TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    person_id BIGINT REFERENCES persons (id),
    recipient TEXT NOT NULL,
    subject TEXT NOT NULL,
    body_text TEXT NOT NULL,
    body_html TEXT,
    language TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'sending', 'sent', 'failed')),
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMPTZ NOT NULL,
    last_error TEXT,
    created_at TIMESTAMPTZ NOT NULL,
    sent_at TIMESTAMPTZ
);
CREATE INDEX mail_outbox_due_idx ON mail_outbox (status, next_attempt_at);
CREATE INDEX mail_outbox_person_idx ON mail_outbox (person_id);
CREATE TABLE invitations (
    id @PK@,
    person_id BIGINT NOT NULL REFERENCES persons (id),
    kind TEXT NOT NULL CHECK (kind IN ('invitation', 'reminder', 'email_changed')),
    sent_to TEXT NOT NULL,
    invited_by BIGINT REFERENCES agents (id),
    outbox_id BIGINT REFERENCES mail_outbox (id),
    created_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX invitations_person_idx ON invitations (person_id);
CREATE TABLE tickets (
    id @PK@,
    person_id BIGINT NOT NULL REFERENCES persons (id),
    unit_id BIGINT REFERENCES units (id),
    channel TEXT NOT NULL CHECK (channel IN ('phone', 'email', 'letter', 'walk_in', 'app')),
    category TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    priority TEXT NOT NULL DEFAULT 'normal' CHECK (priority IN ('low', 'normal', 'high', 'urgent')),
    due_date DATE,
    status TEXT NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'in_progress', 'waiting_tenant',
                                                         'waiting_third_party', 'done', 'closed')),
    assignee_id BIGINT REFERENCES agents (id),
    created_by BIGINT REFERENCES agents (id),
    created_at TIMESTAMPTZ NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX tickets_person_idx ON tickets (person_id, status);
CREATE INDEX tickets_assignee_idx ON tickets (assignee_id, status);
CREATE INDEX tickets_status_idx ON tickets (status, id);
CREATE INDEX tickets_unit_idx ON tickets (unit_id);
CREATE TABLE ticket_events (
    id @PK@,
    ticket_id BIGINT NOT NULL REFERENCES tickets (id),
    agent_id BIGINT REFERENCES agents (id),
    at TIMESTAMPTZ NOT NULL,
    kind TEXT NOT NULL,
    old_value TEXT,
    new_value TEXT
);
CREATE INDEX ticket_events_ticket_idx ON ticket_events (ticket_id, at);
CREATE TABLE ticket_comments (
    id @PK@,
    ticket_id BIGINT NOT NULL REFERENCES tickets (id),
    author_id BIGINT REFERENCES agents (id),
    body TEXT NOT NULL,
    internal BOOLEAN NOT NULL DEFAULT TRUE,
    created_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX ticket_comments_ticket_idx ON ticket_comments (ticket_id, created_at);
CREATE TABLE pinboard_posts (
    id @PK@,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    important BOOLEAN NOT NULL DEFAULT FALSE,
    include_future_tenants BOOLEAN NOT NULL DEFAULT FALSE,
    valid_from DATE,
    valid_to DATE,
    author_id BIGINT REFERENCES agents (id),
    created_at TIMESTAMPTZ NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL,
    published_at TIMESTAMPTZ,
    deleted_at TIMESTAMPTZ,
    row_version INTEGER NOT NULL DEFAULT 1,
    CHECK (valid_to IS NULL OR valid_from IS NULL OR valid_to >= valid_from)
);
CREATE INDEX pinboard_posts_published_idx ON pinboard_posts (published_at);
CREATE TABLE pinboard_audience (
    id @PK@,
    post_id BIGINT NOT NULL REFERENCES pinboard_posts (id),
    scope TEXT NOT NULL CHECK (scope IN ('company', 'property', 'building')),
    property_id BIGINT REFERENCES properties (id),
    building_id BIGINT REFERENCES buildings (id),
    CHECK ((scope = 'company' AND property_id IS NULL AND building_id IS NULL)
        OR (scope = 'property' AND property_id IS NOT NULL AND building_id IS NULL)
        OR (scope = 'building' AND building_id IS NOT NULL))
);
CREATE INDEX pinboard_audience_post_idx ON pinboard_audience (post_id);
CREATE INDEX pinboard_audience_property_idx ON pinboard_audience (property_id);
CREATE TABLE pinboard_mails (
    post_id BIGINT NOT NULL REFERENCES pinboard_posts (id),
    person_id BIGINT NOT NULL REFERENCES persons (id),
    outbox_id BIGINT NOT NULL REFERENCES mail_outbox (id),
    PRIMARY KEY (post_id, person_id, outbox_id)
);
CREATE TABLE import_runs (
    id @PK@,
    started_at TIMESTAMPTZ NOT NULL,
    finished_at TIMESTAMPTZ,
    agent_id BIGINT REFERENCES agents (id),
    actor TEXT NOT NULL,
    format TEXT NOT NULL CHECK (format IN ('tenant-list', 'data-exchange')),
    mode TEXT NOT NULL CHECK (mode IN ('snapshot', 'delta')),
    dry_run BOOLEAN NOT NULL,
    source_name TEXT NOT NULL,
    source_sha256 TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('running', 'applied', 'rejected', 'failed', 'awaiting_confirmation')),
    report_json TEXT
);
CREATE INDEX import_runs_started_idx ON import_runs (started_at);
CREATE TABLE import_rejections (
    id @PK@,
    run_id BIGINT NOT NULL REFERENCES import_runs (id),
    file TEXT NOT NULL,
    line INTEGER,
    col TEXT,
    reason TEXT NOT NULL
);
CREATE INDEX import_rejections_run_idx ON import_rejections (run_id);
CREATE TABLE erp_changes (
    id @PK@,
    run_id BIGINT NOT NULL REFERENCES import_runs (id),
    person_id BIGINT NOT NULL REFERENCES persons (id),
    kind TEXT NOT NULL CHECK (kind IN ('email_changed', 'no_contact', 'name_changed', 'phone_changed')),
    old_value TEXT,
    new_value TEXT,
    handled_at TIMESTAMPTZ
);
CREATE INDEX erp_changes_pending_idx ON erp_changes (kind, handled_at);
CREATE INDEX erp_changes_person_idx ON erp_changes (person_id);
CREATE TABLE audit_log (
    id @PK@,
    at TIMESTAMPTZ NOT NULL,
    agent_id BIGINT REFERENCES agents (id),
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id BIGINT,
    before_json TEXT,
    after_json TEXT
);
CREATE INDEX audit_log_entity_idx ON audit_log (entity, entity_id, at);
CREATE INDEX audit_log_at_idx ON audit_log (at)
)SQL";

// The ERP import records what changed for whom; the initial list of kinds lacked the language and the
// tenancies. Nothing wrote erp_changes before this step, so the table is simply made again.
const char *const kImportRecords = R"SQL(
DROP TABLE erp_changes;
CREATE TABLE erp_changes (
    id @PK@,
    run_id BIGINT NOT NULL REFERENCES import_runs (id),
    person_id BIGINT NOT NULL REFERENCES persons (id),
    kind TEXT NOT NULL CHECK (kind IN ('email_changed', 'no_contact', 'name_changed', 'phone_changed',
                                       'language_changed', 'tenancy_started', 'tenancy_ended')),
    old_value TEXT,
    new_value TEXT,
    handled_at TIMESTAMPTZ
);
CREATE INDEX erp_changes_pending_idx ON erp_changes (kind, handled_at);
CREATE INDEX erp_changes_person_idx ON erp_changes (person_id);
CREATE INDEX erp_changes_run_idx ON erp_changes (run_id);
CREATE INDEX import_runs_source_idx ON import_runs (source_sha256)
)SQL";

// SQLite checks "x IN ('a', 'b')" in a CHECK constraint by building a small table each time a row
// is written, which made writing a person cost twice what it should. The same rule written as
// comparisons joined by OR costs next to nothing. SQLite cannot alter a constraint, but as the rule
// stays the same, the stored definition may be edited in place (the writable_schema procedure of
// SQLite's ALTER TABLE page), each new text checked first by creating a table from it.
// PostgreSQL plans IN well: nothing changes there.
Status checksAsComparisons(const Database &db)
{
    if (!db.isSQLite())
        return {};
    static const QRegularExpression check(QStringLiteral(R"(CHECK \((\w+) IN \(([^()]*)\)\))"));
    auto tables = db.exec(QStringLiteral("SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND sql LIKE '% IN (%'"));
    if (!tables)
        return tables.error();
    QList<QPair<QString, QString>> rewritten;
    while (tables->next()) {
        const QString name = tables->value(0).toString();
        QString sql = tables->value(1).toString();
        qsizetype from = 0;
        QRegularExpressionMatch match;
        bool changed = false;
        while ((match = check.match(sql, from)).hasMatch()) {
            QStringList comparisons;
            for (const QString &value : match.captured(2).split(u','))
                comparisons << match.captured(1) + QStringLiteral(" = ") + value.simplified();
            const QString replacement = QStringLiteral("CHECK (%1)").arg(comparisons.join(QStringLiteral(" OR ")));
            sql.replace(match.capturedStart(), match.capturedLength(), replacement);
            from = match.capturedStart() + replacement.size();
            changed = true;
        }
        if (changed)
            rewritten << qMakePair(name, sql);
    }
    tables->finish();
    for (const auto &[name, sql] : std::as_const(rewritten)) {
        QString copy = sql;
        const QString head = QStringLiteral("CREATE TABLE ") + name;
        if (!copy.startsWith(head))
            return Error::internal(QStringLiteral("Unexpected definition of %1: %2").arg(name, sql.left(80)));
        copy.replace(0, head.size(), QStringLiteral("CREATE TEMP TABLE tc_migration_check"));
        if (auto r = db.exec(copy); !r)
            return r.error();
        if (auto r = db.exec(QStringLiteral("DROP TABLE temp.tc_migration_check")); !r)
            return r.error();
    }
    if (rewritten.isEmpty())
        return {};
    auto version = db.scalar(QStringLiteral("PRAGMA schema_version"));
    if (!version)
        return version.error();
    if (auto r = db.exec(QStringLiteral("PRAGMA writable_schema = ON")); !r)
        return r.error();
    Status status;
    for (const auto &[name, sql] : std::as_const(rewritten)) {
        if (auto r = db.exec(QStringLiteral("UPDATE sqlite_schema SET sql = ? WHERE type = 'table' AND name = ?"), {sql, name});
            !r) {
            status = r.error();
            break;
        }
    }
    if (status) {
        // Every connection, this one too, reads the definitions again.
        if (auto r = db.exec(QStringLiteral("PRAGMA schema_version = %1").arg(version->toLongLong() + 1)); !r)
            status = r.error();
    }
    (void)db.exec(QStringLiteral("PRAGMA writable_schema = OFF"));
    return status;
}

// The ERP import writes a person, a unit, a tenancy and a link per row; every index on them costs.
// Only people who were invited or registered are ever looked up by status (the tenant table's
// filter names the condition, so both databases use the index). Nothing looks units up by label.
const char *const kFasterImports = R"SQL(
DROP INDEX persons_status_idx;
CREATE INDEX persons_status_idx ON persons (status) WHERE status <> 'imported';
DROP INDEX units_label_idx
)SQL";

// On SQLite two more: the unique index on persons.erp_ref already ends with the row id, so it orders
// by (erp_ref, id) by itself (PostgreSQL's does not); and a link table needs no row ids beside its
// key (a table WITHOUT ROWID is one b-tree instead of two). Nothing refers to tenancy_persons, so it
// is simply copied into its new form.
Status fasterImportsOnSQLite(const Database &db)
{
    if (!db.isSQLite())
        return {};
    if (auto s = checksAsComparisons(db); !s)
        return s;
    for (const char *statement : {
             "DROP INDEX persons_listed_ref_idx",
             "CREATE TABLE tenancy_persons_new ("
             " tenancy_id BIGINT NOT NULL REFERENCES tenancies (id),"
             " person_id BIGINT NOT NULL REFERENCES persons (id),"
             " PRIMARY KEY (tenancy_id, person_id)) WITHOUT ROWID",
             "INSERT INTO tenancy_persons_new (tenancy_id, person_id) SELECT tenancy_id, person_id FROM tenancy_persons",
             "DROP TABLE tenancy_persons",
             "ALTER TABLE tenancy_persons_new RENAME TO tenancy_persons",
             "CREATE INDEX tenancy_persons_person_idx ON tenancy_persons (person_id)",
         }) {
        if (auto r = db.exec(QString::fromLatin1(statement)); !r)
            return r.error();
    }
    return {};
}

// Two indexes that cost every import and served nothing:
// - The tenant list names no tenancy references, so most tenancies have none; the unique index on the
//   column still held an entry for each of them. Only given references need to be unique. SQLite cannot
//   drop a column's UNIQUE: the table is made again without it (the procedure of SQLite's ALTER TABLE
//   page; the references to it name the table, so they lead to the new one).
// - No query looks people up by their E.164 number; finding a caller by any part of the number is
//   the search's own business.
const char *const kLeanerImportIndexes = R"SQL(
DROP INDEX persons_phone_idx
)SQL";

Status tenancyRefsIndexedWhereGiven(const Database &db)
{
    QStringList statements;
    if (db.isSQLite()) {
        statements = {
            QStringLiteral("CREATE TABLE tenancies_new ("
                           " id INTEGER PRIMARY KEY,"
                           " unit_id BIGINT NOT NULL REFERENCES units (id),"
                           " erp_ref TEXT,"
                           " start_date DATE NOT NULL,"
                           " end_date DATE,"
                           " created_at TIMESTAMPTZ NOT NULL,"
                           " updated_at TIMESTAMPTZ NOT NULL,"
                           " CHECK (end_date IS NULL OR end_date >= start_date))"),
            QStringLiteral("INSERT INTO tenancies_new (id, unit_id, erp_ref, start_date, end_date, created_at, updated_at) "
                           "SELECT id, unit_id, erp_ref, start_date, end_date, created_at, updated_at FROM tenancies"),
            QStringLiteral("DROP TABLE tenancies"),
            QStringLiteral("ALTER TABLE tenancies_new RENAME TO tenancies"),
            QStringLiteral("CREATE INDEX tenancies_unit_idx ON tenancies (unit_id, start_date)"),
        };
    } else {
        auto constraint = db.scalar(QStringLiteral("SELECT conname FROM pg_constraint WHERE conrelid = 'tenancies'::regclass "
                                                   "AND contype = 'u'"));
        if (!constraint)
            return constraint.error();
        statements << QStringLiteral("ALTER TABLE tenancies DROP CONSTRAINT \"%1\"").arg(constraint->toString());
    }
    statements << QStringLiteral("CREATE UNIQUE INDEX tenancies_erp_ref_idx ON tenancies (erp_ref) WHERE erp_ref IS NOT NULL");
    for (const QString &statement : std::as_const(statements)) {
        if (auto r = db.exec(statement); !r)
            return r.error();
    }
    return {};
}

// E-mail: the outbox keeps the recipient's name for the To header (the message is written again from
// the row at each attempt, with the same Message-ID) and which sender's claim a row is in (an answer
// of a sender whose lease ran out must not undo another's); the templates managers edit are kept per
// kind and language (only the edited ones: the others are the program's own).
const char *const kMail = R"SQL(
ALTER TABLE mail_outbox ADD COLUMN recipient_name TEXT NOT NULL DEFAULT '';
ALTER TABLE mail_outbox ADD COLUMN claim_token TEXT;
CREATE TABLE mail_templates (
    kind TEXT NOT NULL,
    language TEXT NOT NULL,
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL,
    updated_by BIGINT REFERENCES agents (id),
    PRIMARY KEY (kind, language)
);
CREATE INDEX invitations_outbox_idx ON invitations (outbox_id)
)SQL";

// Tickets and the tenant search. The search reads keys the writers store with each record, folded
// like NameFolding and compared byte by byte, so every kind of text an agent types is one index
// range: the first name before the last (sort_name has the last name first), the phone number's
// digits reversed (the last digits alone find a number, and a whole number is the whole key), a
// unit's label, a building's street with its number and its city. The e-mail address gets a
// byte-order index for prefixes on PostgreSQL (the old one follows the server's collation, whose
// order is not the order of prefixes). Tickets carry their property, so the issue view filters by it through an
// index; every event says who acted by name (a scheduled job or the local owner has no agent row)
// and which row version the change made, so a conflict can show what changed since.
const char *const kTicketsAndSearch = R"SQL(
ALTER TABLE persons ADD COLUMN given_key TEXT @BINARY@;
ALTER TABLE persons ADD COLUMN phone_suffix TEXT @BINARY@;
ALTER TABLE units ADD COLUMN label_key TEXT @BINARY@;
ALTER TABLE buildings ADD COLUMN street_key TEXT @BINARY@;
ALTER TABLE buildings ADD COLUMN city_key TEXT @BINARY@;
ALTER TABLE tickets ADD COLUMN property_id BIGINT REFERENCES properties (id);
ALTER TABLE ticket_events ADD COLUMN actor_name TEXT NOT NULL DEFAULT '';
ALTER TABLE ticket_events ADD COLUMN row_version INTEGER;
ALTER TABLE ticket_comments ADD COLUMN author_name TEXT NOT NULL DEFAULT '';
CREATE INDEX persons_given_idx ON persons (given_key, id) WHERE retired_at IS NULL;
CREATE INDEX persons_phone_suffix_idx ON persons (phone_suffix) WHERE phone_suffix IS NOT NULL;
CREATE INDEX units_label_key_idx ON units (label_key);
CREATE INDEX buildings_street_key_idx ON buildings (street_key);
CREATE INDEX buildings_city_key_idx ON buildings (city_key);
CREATE INDEX tickets_property_idx ON tickets (property_id, id);
CREATE INDEX tickets_open_idx ON tickets (id) WHERE status NOT IN ('done', 'closed');
-- The ticket list's "mine" and "by assignee" (and "unassigned") in number order, one index range each;
-- it replaces (assignee_id, status), which no query needs: an assignee's tickets of one status are
-- that range read with the status checked.
DROP INDEX tickets_assignee_idx;
CREATE INDEX tickets_assignee_id_idx ON tickets (assignee_id, id);
-- The ticket list sorted by its last change ("what moved today") without sorting a million rows.
CREATE INDEX tickets_updated_idx ON tickets (updated_at, id)
)SQL";

// Computes one table's search keys page by page (by id) and stores them: `keys` gets the selected
// columns after the id and gives the key values in the order of `update`'s placeholders.
Status fillKeys(const Database &db, const QString &select, const QString &update,
                const std::function<QStringList(const QSqlQuery &)> &keys)
{
    PreparedStatement store(db, update);
    qint64 after = 0;
    for (;;) {
        auto page = db.exec(select, {after});
        if (!page)
            return page.error();
        QList<std::pair<qint64, QStringList>> rows;
        while (page->next())
            rows.append({page->value(0).toLongLong(), keys(*page)});
        if (rows.isEmpty())
            return {};
        for (const auto &[id, values] : std::as_const(rows)) {
            for (int i = 0; i < values.size(); ++i) {
                if (values[i].isEmpty())
                    store.bindNull(i);
                else
                    store.bind(i, values[i]);
            }
            store.bind(int(values.size()), id);
            if (auto r = store.exec(); !r)
                return r.error();
        }
        after = rows.last().first;
    }
}

// Fills the search keys of the records already stored (the writers store them from now on) and, on
// PostgreSQL, indexes the lower-case e-mail address in byte order.
Status searchKeysForStoredRecords(const Database &db)
{
    if (!db.isSQLite()) {
        if (auto r = db.exec(QStringLiteral("CREATE INDEX persons_email_prefix_idx ON persons ((lower(email) COLLATE \"C\"))")); !r)
            return r.error();
    }
    if (auto s = fillKeys(db, QStringLiteral("SELECT id, first_name, last_name, phone_e164 FROM persons WHERE id > ? ORDER BY id LIMIT 5000"),
                          QStringLiteral("UPDATE persons SET given_key = ?, phone_suffix = ? WHERE id = ?"),
                          [](const QSqlQuery &q) {
                              return QStringList{searchkeys::givenKey(q.value(1).toString(), q.value(2).toString()),
                                                 searchkeys::phoneSuffix(q.value(3).toString())};
                          });
        !s)
        return s;
    if (auto s = fillKeys(db, QStringLiteral("SELECT id, label FROM units WHERE id > ? ORDER BY id LIMIT 5000"),
                          QStringLiteral("UPDATE units SET label_key = ? WHERE id = ?"),
                          [](const QSqlQuery &q) { return QStringList{searchkeys::labelKey(q.value(1).toString())}; });
        !s)
        return s;
    return fillKeys(db, QStringLiteral("SELECT id, street, house_number, city FROM buildings WHERE id > ? ORDER BY id LIMIT 5000"),
                    QStringLiteral("UPDATE buildings SET street_key = ?, city_key = ? WHERE id = ?"),
                    [](const QSqlQuery &q) {
                        return QStringList{searchkeys::streetKey(q.value(1).toString(), q.value(2).toString()),
                                           searchkeys::cityKey(q.value(3).toString())};
                    });
}

// Alias users. One the import makes is the ERP's person itself, marked is_alias until they register.
// One made by hand is a person of its own without ERP reference; it keeps the unit it is for and the
// expected move-in with it rather than a tenancy (the ERP's next snapshot would end a tenancy it does
// not know). Linked to the real tenant, it is retired with merged_into_id pointing there. Indexed: the
// aliases still in use (the alias list), the aliases of a unit (the unit's page, the search by unit)
// and who was merged into whom.
const char *const kAliasUsers = R"SQL(
ALTER TABLE persons ADD COLUMN alias_unit_id BIGINT REFERENCES units (id);
ALTER TABLE persons ADD COLUMN alias_move_in DATE;
CREATE INDEX persons_alias_idx ON persons (sort_name, id) WHERE is_alias AND retired_at IS NULL;
CREATE INDEX persons_alias_unit_idx ON persons (alias_unit_id) WHERE alias_unit_id IS NOT NULL;
CREATE INDEX persons_merged_into_idx ON persons (merged_into_id) WHERE merged_into_id IS NOT NULL
)SQL";

// Live updates (PostgreSQL): every statement that changes what the agents' views show notifies the
// channel tc_changes with its topic, at commit and once per topic and transaction (identical
// notifications of one transaction are folded), so that a bulk import is one message, not a
// million. Statement-level: the views read their rows again rather than trusting row payloads.
const char *const kLiveUpdates = R"SQL(
CREATE FUNCTION tc_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_notify('tc_changes', TG_ARGV[0]); RETURN NULL; END $$;
CREATE TRIGGER tickets_changed AFTER INSERT OR UPDATE OR DELETE ON tickets
    FOR EACH STATEMENT EXECUTE FUNCTION tc_notify_change('tickets');
CREATE TRIGGER ticket_events_changed AFTER INSERT OR UPDATE OR DELETE ON ticket_events
    FOR EACH STATEMENT EXECUTE FUNCTION tc_notify_change('tickets');
CREATE TRIGGER ticket_comments_changed AFTER INSERT OR UPDATE OR DELETE ON ticket_comments
    FOR EACH STATEMENT EXECUTE FUNCTION tc_notify_change('tickets');
CREATE TRIGGER persons_changed AFTER INSERT OR UPDATE OR DELETE ON persons
    FOR EACH STATEMENT EXECUTE FUNCTION tc_notify_change('tenants');
CREATE TRIGGER tenancies_changed AFTER INSERT OR UPDATE OR DELETE ON tenancies
    FOR EACH STATEMENT EXECUTE FUNCTION tc_notify_change('tenants');
CREATE TRIGGER tenancy_persons_changed AFTER INSERT OR UPDATE OR DELETE ON tenancy_persons
    FOR EACH STATEMENT EXECUTE FUNCTION tc_notify_change('tenants');
CREATE TRIGGER invitations_changed AFTER INSERT OR UPDATE OR DELETE ON invitations
    FOR EACH STATEMENT EXECUTE FUNCTION tc_notify_change('tenants');
CREATE TRIGGER import_runs_changed AFTER INSERT OR UPDATE OR DELETE ON import_runs
    FOR EACH STATEMENT EXECUTE FUNCTION tc_notify_change('imports')
)SQL";

// The search reads its keys in order with the row's id as the tie-break (ORDER BY key, id LIMIT n).
// SQLite's indexes end with the rowid, so a key's index already gives that order; a PostgreSQL index
// does not, and a common prefix ("wohnung 1", a phone's last digits) then sorted every match before
// the first 50 came out. PostgreSQL gets indexes on (key, id) instead.
const char *const kSearchOrderOnPostgreSQL = R"SQL(
CREATE INDEX persons_phone_suffix_id_idx ON persons (phone_suffix, id) WHERE phone_suffix IS NOT NULL;
DROP INDEX persons_phone_suffix_idx;
CREATE INDEX units_label_key_id_idx ON units (label_key, id);
DROP INDEX units_label_key_idx;
CREATE INDEX buildings_street_key_id_idx ON buildings (street_key, id);
DROP INDEX buildings_street_key_idx;
CREATE INDEX buildings_city_key_id_idx ON buildings (city_key, id);
DROP INDEX buildings_city_key_idx
)SQL";

// The e-mail address's search key in the search's order, too: the search now asks every kind of match
// at once on PostgreSQL, and without the id the address range was sorted whole.
const char *const kEmailSearchOrderOnPostgreSQL = R"SQL(
CREATE INDEX persons_email_prefix_id_idx ON persons ((lower(email) COLLATE "C"), id);
DROP INDEX persons_email_prefix_idx
)SQL";

// The pinboard's e-mails. An important post to 100,000 tenants says the same to all of them but for
// the name: each outbox row of such a mail names its body in mail_bodies (one per language and
// property of the publication) instead of holding a copy; the body carries the tenant's name as a
// marker the sender replaces with the row's recipient_name. The outbox row keeps its own subject (a
// list shows it) and an empty body_text. Posts are listed by their audience's property.
const char *const kPinboard = R"SQL(
CREATE TABLE mail_bodies (
    id @PK@,
    body_text TEXT NOT NULL,
    body_html TEXT,
    name_marker TEXT,
    created_at TIMESTAMPTZ NOT NULL
);
ALTER TABLE mail_outbox ADD COLUMN body_id BIGINT REFERENCES mail_bodies (id);
CREATE INDEX mail_outbox_body_idx ON mail_outbox (body_id) WHERE body_id IS NOT NULL;
CREATE INDEX pinboard_mails_outbox_idx ON pinboard_mails (outbox_id);
CREATE INDEX pinboard_audience_building_idx ON pinboard_audience (building_id) WHERE building_id IS NOT NULL;
ALTER TABLE pinboard_posts ADD COLUMN author_name TEXT NOT NULL DEFAULT ''
)SQL";

// PostgreSQL: the bodies are the administrators' like the outbox's own (agents see neither), and a
// post changed by one administrator shows in the others' pinboard views at once.
const char *const kPinboardOnPostgreSQL = R"SQL(
CREATE TRIGGER pinboard_posts_changed AFTER INSERT OR UPDATE OR DELETE ON pinboard_posts
    FOR EACH STATEMENT EXECUTE FUNCTION tc_notify_change('pinboard');
CREATE TRIGGER pinboard_mails_changed AFTER INSERT OR UPDATE OR DELETE ON pinboard_mails
    FOR EACH STATEMENT EXECUTE FUNCTION tc_notify_change('pinboard')
)SQL";

// A migration step whose statements are for PostgreSQL only (a local file needs none of them).
std::function<Status(const Database &)> onPostgreSQLOnly(const char *sql)
{
    return [sql](const Database &db) -> Status {
        if (db.isSQLite())
            return {};
        for (const QString &statement : splitStatements(sql)) {
            if (auto r = db.exec(statement); !r)
                return r.error();
        }
        return {};
    };
}

Status pinboardOnPostgreSQL(const Database &db)
{
    if (db.isSQLite())
        return {};
    if (auto s = onPostgreSQLOnly(kPinboardOnPostgreSQL)(db); !s)
        return s;
    auto administrators = OfficeRoles(db).groupName(Role::Administrator);
    if (!administrators)
        return administrators.error();
    if (auto r = db.exec(QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON mail_bodies TO \"%1\"").arg(*administrators)); !r)
        return r.error();
    return {};
}

} // namespace

QList<Migration> Migrator::builtinMigrations()
{
    return {
        {1, QStringLiteral("initial data model"), splitStatements(kInitialSchema)},
        {2, QStringLiteral("import records"), splitStatements(kImportRecords)},
        {3, QStringLiteral("faster imports"), splitStatements(kFasterImports), fasterImportsOnSQLite},
        {4, QStringLiteral("leaner import indexes"), splitStatements(kLeanerImportIndexes), tenancyRefsIndexedWhereGiven, true},
        {5, QStringLiteral("mail"), splitStatements(kMail)},
        {6, QStringLiteral("tickets and search"), splitStatements(kTicketsAndSearch), searchKeysForStoredRecords},
        {7, QStringLiteral("alias users"), splitStatements(kAliasUsers)},
        // PostgreSQL only: the server keeps each agent to their role (see OfficeRoles).
        {8, QStringLiteral("database roles"), {}, [](const Database &db) { return OfficeRoles(db).setUp(); }},
        // A local file is watched through its data_version instead (LiveUpdates).
        {9, QStringLiteral("live updates"), {}, onPostgreSQLOnly(kLiveUpdates)},
        {10, QStringLiteral("search order on PostgreSQL"), {}, onPostgreSQLOnly(kSearchOrderOnPostgreSQL)},
        {11, QStringLiteral("e-mail search order on PostgreSQL"), {}, onPostgreSQLOnly(kEmailSearchOrderOnPostgreSQL)},
        {12, QStringLiteral("pinboard"), splitStatements(kPinboard), pinboardOnPostgreSQL},
    };
}

const QStringList &schema::tables()
{
    static const QStringList names{
        QStringLiteral("company"),          QStringLiteral("agents"),
        QStringLiteral("company_settings"), QStringLiteral("properties"),
        QStringLiteral("property_teams"),   QStringLiteral("buildings"),
        QStringLiteral("units"),            QStringLiteral("persons"),
        QStringLiteral("tenant_credentials"), QStringLiteral("tenancies"),
        QStringLiteral("tenancy_persons"),  QStringLiteral("activation_codes"),
        QStringLiteral("registration_attempts"), QStringLiteral("mail_bodies"),
        QStringLiteral("mail_outbox"),
        QStringLiteral("invitations"),      QStringLiteral("tickets"),
        QStringLiteral("ticket_events"),    QStringLiteral("ticket_comments"),
        QStringLiteral("pinboard_posts"),   QStringLiteral("pinboard_audience"),
        QStringLiteral("pinboard_mails"),   QStringLiteral("import_runs"),
        QStringLiteral("import_rejections"), QStringLiteral("erp_changes"),
        QStringLiteral("audit_log"),        QStringLiteral("mail_templates"),
    };
    return names;
}

} // namespace tc
