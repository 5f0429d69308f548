#include "storage/OfficeRoles.h"

#include "storage/Database.h"
#include "storage/NativeHandles.h"

#include <QRegularExpression>

#include <libpq-fe.h>

namespace tc {

namespace {

// The role matrix as the server keeps it. @AGENT@, @ADMINISTRATOR@ and @MANAGER@ are the groups'
// quoted names, @DATABASE@ the database's; @..._TEXT@ the same names as string literals.
const char *const kGrants = R"SQL(
REVOKE CONNECT, TEMPORARY ON DATABASE @DATABASE@ FROM PUBLIC;
GRANT CONNECT ON DATABASE @DATABASE@ TO @AGENT@;
GRANT SELECT ON company, company_settings, properties, property_teams, buildings, units, persons, tenancies,
    tenancy_persons, invitations, tickets, ticket_events, ticket_comments, pinboard_posts, pinboard_audience,
    pinboard_mails, import_runs, import_rejections, erp_changes, audit_log, mail_templates, schema_migrations
    TO @AGENT@;
GRANT SELECT (id, login, display_name, email, phone, role, agent_type, erp_ref, disabled, created_at, updated_at)
    ON agents TO @AGENT@;
GRANT SELECT (id, message_id, kind, person_id, recipient, subject, language, status, attempts, next_attempt_at,
    last_error, created_at, sent_at) ON mail_outbox TO @AGENT@;
GRANT INSERT ON tickets, ticket_events, ticket_comments TO @AGENT@;
GRANT UPDATE (person_id, unit_id, property_id, channel, category, title, description, priority, due_date, status,
    assignee_id, updated_at, row_version) ON tickets TO @AGENT@;
GRANT INSERT ON audit_log TO @AGENT@;
GRANT INSERT, UPDATE, DELETE ON properties, property_teams, buildings, units, persons, tenancies, tenancy_persons,
    invitations, pinboard_posts, pinboard_audience, pinboard_mails, import_runs, import_rejections, erp_changes
    TO @ADMINISTRATOR@;
GRANT SELECT, INSERT, UPDATE, DELETE ON activation_codes, mail_outbox TO @ADMINISTRATOR@;
GRANT INSERT, UPDATE, DELETE ON company_settings, mail_templates TO @MANAGER@;
GRANT INSERT (login, display_name, email, phone, role, agent_type, erp_ref, disabled, created_at, updated_at),
    UPDATE (display_name, email, phone, role, agent_type, disabled, updated_at) ON agents TO @MANAGER@;
CREATE FUNCTION tc_agent_id() RETURNS BIGINT LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, public
    AS $$ SELECT id FROM public.agents WHERE lower(login) = lower(session_user) AND NOT disabled $$;
ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY;
CREATE POLICY audit_log_read ON audit_log FOR SELECT TO @AGENT@ USING (true);
CREATE POLICY audit_log_own ON audit_log FOR INSERT TO @AGENT@ WITH CHECK (agent_id = tc_agent_id());
ALTER TABLE tickets ENABLE ROW LEVEL SECURITY;
CREATE POLICY tickets_read ON tickets FOR SELECT TO @AGENT@ USING (true);
CREATE POLICY tickets_own ON tickets FOR INSERT TO @AGENT@ WITH CHECK (created_by = tc_agent_id());
CREATE POLICY tickets_work ON tickets FOR UPDATE TO @AGENT@ USING (true) WITH CHECK (true);
ALTER TABLE ticket_events ENABLE ROW LEVEL SECURITY;
CREATE POLICY ticket_events_read ON ticket_events FOR SELECT TO @AGENT@ USING (true);
CREATE POLICY ticket_events_own ON ticket_events FOR INSERT TO @AGENT@ WITH CHECK (agent_id = tc_agent_id());
ALTER TABLE ticket_comments ENABLE ROW LEVEL SECURITY;
CREATE POLICY ticket_comments_read ON ticket_comments FOR SELECT TO @AGENT@ USING (true);
CREATE POLICY ticket_comments_own ON ticket_comments FOR INSERT TO @AGENT@ WITH CHECK (author_id = tc_agent_id());
CREATE FUNCTION tc_asked_by_manager() RETURNS BOOLEAN LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, public
    AS $$ SELECT pg_has_role(session_user, @MANAGER_TEXT@, 'MEMBER')
              OR session_user = (SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = current_database())
              OR (SELECT rolsuper FROM pg_roles WHERE rolname = session_user) $$;
CREATE FUNCTION tc_sync_agent_role(p_login TEXT, p_role TEXT) RETURNS VOID LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, public
    AS $$
DECLARE
    r TEXT := lower(p_login);
    g TEXT;
    existing pg_roles%ROWTYPE;
    known BOOLEAN;
    wanted TEXT;
BEGIN
    IF NOT tc_asked_by_manager() THEN
        RAISE EXCEPTION 'only a manager of this office changes its agents' USING ERRCODE = '42501';
    END IF;
    IF r !~ '^[a-z0-9._-]{2,64}$' OR p_role NOT IN ('agent', 'administrator', 'manager', 'none') THEN
        RAISE EXCEPTION 'not an agent login or role: %, %', p_login, p_role USING ERRCODE = '22023';
    END IF;
    SELECT * INTO existing FROM pg_roles WHERE rolname = r;
    known := FOUND;
    IF known THEN
        IF existing.rolsuper OR existing.rolcreaterole OR existing.rolcreatedb OR existing.rolreplication
           OR existing.rolbypassrls OR r IN (@AGENT_TEXT@, @ADMINISTRATOR_TEXT@, @MANAGER_TEXT@)
           OR r = (SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = current_database())
           OR r = current_user THEN
            RAISE EXCEPTION 'the database role % has powers of its own and cannot be an agent', r USING ERRCODE = '42501';
        END IF;
    ELSIF p_role <> 'none' THEN
        BEGIN
            EXECUTE format('CREATE ROLE %I LOGIN', r);
        EXCEPTION WHEN duplicate_object OR unique_violation THEN
            NULL; -- made at this moment for another office on the same server
        END;
    END IF;
    IF p_role = 'none' AND NOT known THEN
        RETURN;
    END IF;
    wanted := CASE p_role WHEN 'agent' THEN @AGENT_TEXT@ WHEN 'administrator' THEN @ADMINISTRATOR_TEXT@
                          WHEN 'manager' THEN @MANAGER_TEXT@ END;
    FOREACH g IN ARRAY ARRAY[@AGENT_TEXT@, @ADMINISTRATOR_TEXT@, @MANAGER_TEXT@] LOOP
        IF g IS DISTINCT FROM wanted AND EXISTS (
               SELECT 1 FROM pg_auth_members m JOIN pg_roles gr ON gr.oid = m.roleid JOIN pg_roles mr ON mr.oid = m.member
               WHERE gr.rolname = g AND mr.rolname = r) THEN
            EXECUTE format('REVOKE %I FROM %I', g, r);
        END IF;
    END LOOP;
    IF wanted IS NOT NULL THEN
        EXECUTE format('GRANT %I TO %I', wanted, r);
    END IF;
END $$;
CREATE FUNCTION tc_set_agent_password(p_login TEXT, p_verifier TEXT) RETURNS VOID LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, public
    AS $$
DECLARE
    r TEXT := lower(p_login);
BEGIN
    IF r <> lower(session_user) AND NOT tc_asked_by_manager() THEN
        RAISE EXCEPTION 'only a manager sets another agent''s password' USING ERRCODE = '42501';
    END IF;
    IF NOT pg_has_role(r, @AGENT_TEXT@, 'MEMBER') OR (SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = r) THEN
        RAISE EXCEPTION 'the database role % is no agent of this office', r USING ERRCODE = '42501';
    END IF;
    IF p_verifier !~ '^SCRAM-SHA-256\$' THEN
        RAISE EXCEPTION 'a password reaches the server only as a SCRAM-SHA-256 verifier' USING ERRCODE = '22023';
    END IF;
    EXECUTE format('ALTER ROLE %I PASSWORD %L', r, p_verifier);
END $$;
REVOKE ALL ON FUNCTION tc_sync_agent_role(TEXT, TEXT), tc_set_agent_password(TEXT, TEXT), tc_asked_by_manager()
    FROM PUBLIC;
GRANT EXECUTE ON FUNCTION tc_sync_agent_role(TEXT, TEXT), tc_asked_by_manager() TO @MANAGER@;
GRANT EXECUTE ON FUNCTION tc_set_agent_password(TEXT, TEXT) TO @AGENT@
)SQL";

QString quotedIdentifier(const QString &name)
{
    return u'"' + QString(name).replace(u'"', QStringLiteral("\"\"")) + u'"';
}

QString quotedLiteral(const QString &text)
{
    return u'\'' + QString(text).replace(u'\'', QStringLiteral("''")) + u'\'';
}

// Statements end with ";" at a line's end, except inside a function's $$ body.
QStringList statementsOf(const char *sql)
{
    QStringList statements;
    QString current;
    bool inBody = false;
    for (const QString &line : QString::fromUtf8(sql).split(u'\n')) {
        current += line + u'\n';
        if (line.count(QStringLiteral("$$")) % 2 == 1)
            inBody = !inBody;
        if (!inBody && line.endsWith(u';')) {
            current.chop(2); // ";\n"
            statements << current.trimmed();
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        statements << current.trimmed();
    return statements;
}

} // namespace

Result<QString> OfficeRoles::groupName(Role role) const
{
    auto database = m_db.scalar(QStringLiteral("SELECT current_database()"));
    if (!database)
        return database.error();
    // Role names are at most 63 bytes: room for the longest group's suffix.
    return QStringLiteral("tc_%1_%2").arg(database->toString().left(40), roleKey(role));
}

Status OfficeRoles::setUp() const
{
    if (m_db.isSQLite())
        return {};
    auto mayCreateRoles = m_db.scalar(QStringLiteral("SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = current_user"));
    if (!mayCreateRoles)
        return mayCreateRoles.error();
    if (!mayCreateRoles->toBool()) {
        return Error::refused(tr("The database role that owns the office database needs CREATEROLE, so that every "
                                 "agent can log in as a role of their own: ALTER ROLE %1 CREATEROLE (as a superuser), "
                                 "then open the office again.")
                                  .arg(m_db.scalar(QStringLiteral("SELECT current_user"))->toString()));
    }
    QHash<Role, QString> groups;
    for (Role role : {Role::Agent, Role::Administrator, Role::Manager}) {
        auto name = groupName(role);
        if (!name)
            return name.error();
        groups.insert(role, *name);
        // Cluster-wide: a database made again under the same name finds its groups there.
        auto exists = m_db.scalar(QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = ?"), {*name});
        if (!exists)
            return exists.error();
        if (exists->toInt() == 0) {
            QString create = QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(quotedIdentifier(*name));
            if (role != Role::Agent)
                create += QStringLiteral(" IN ROLE %1").arg(quotedIdentifier(groups.value(Role(int(role) - 1))));
            if (auto r = m_db.exec(create); !r)
                return r.error();
        }
    }
    auto database = m_db.scalar(QStringLiteral("SELECT current_database()"));
    if (!database)
        return database.error();
    for (QString statement : statementsOf(kGrants)) {
        statement.replace(QStringLiteral("@DATABASE@"), quotedIdentifier(database->toString()));
        for (Role role : {Role::Agent, Role::Administrator, Role::Manager}) {
            const QString key = roleKey(role).toUpper();
            statement.replace(QStringLiteral("@%1_TEXT@").arg(key), quotedLiteral(groups.value(role)));
            statement.replace(QStringLiteral("@%1@").arg(key), quotedIdentifier(groups.value(role)));
        }
        if (auto r = m_db.exec(statement); !r)
            return r.error();
    }
    return {};
}

Result<std::optional<Actor>> OfficeRoles::sessionAgent() const
{
    if (m_db.isSQLite())
        return std::optional<Actor>();
    auto q = m_db.exec(QStringLiteral("SELECT id, display_name, role FROM agents "
                                      "WHERE lower(login) = lower(session_user) AND NOT disabled"));
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<Actor>();
    return std::optional<Actor>(Actor{q->value(0).toLongLong(), q->value(1).toString(),
                                      roleFromKey(q->value(2).toString()).value_or(Role::Agent)});
}

Status OfficeRoles::syncAgent(const QString &login, std::optional<Role> role) const
{
    if (m_db.isSQLite())
        return {};
    auto r = m_db.exec(QStringLiteral("SELECT tc_sync_agent_role(?, ?)"),
                       {login, role ? roleKey(*role) : QStringLiteral("none")});
    if (!r)
        return r.error();
    return {};
}

Status OfficeRoles::setPassword(const QString &login, const QString &password) const
{
    if (m_db.isSQLite())
        return {};
    PGconn *connection = postgresHandle(m_db);
    if (!connection)
        return Error::internal(tr("The PostgreSQL connection has no native handle."));
    const QByteArray user = login.toLower().toUtf8();
    char *verifier = PQencryptPasswordConn(connection, password.toUtf8().constData(), user.constData(), "scram-sha-256");
    if (!verifier)
        return Error::storage(tr("The password could not be prepared for the server: %1")
                                  .arg(QString::fromUtf8(PQerrorMessage(connection)).trimmed()));
    const QString text = QString::fromLatin1(verifier);
    PQfreemem(verifier);
    auto r = m_db.exec(QStringLiteral("SELECT tc_set_agent_password(?, ?)"), {login, text});
    if (!r)
        return r.error();
    return {};
}

} // namespace tc
