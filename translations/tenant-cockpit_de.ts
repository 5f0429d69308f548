<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AgentLogins</name>
    <message>
        <source>On a PostgreSQL server the server itself checks who logs in: connect as the agent&apos;s database role (the login), with its password.</source>
        <translation>Auf einem PostgreSQL-Server prüft der Server selbst, wer sich anmeldet: Verbinden Sie sich als Datenbankrolle des Sachbearbeiters (der Benutzername) mit deren Passwort.</translation>
    </message>
    <message>
        <source>The login or the password is wrong.</source>
        <translation>Der Benutzername oder das Passwort ist falsch.</translation>
    </message>
    <message>
        <source>%1 (%2) is disabled and cannot log in.</source>
        <translation>%1 (%2) ist deaktiviert und kann sich nicht anmelden.</translation>
    </message>
    <message>
        <source>Only a manager can set another agent&apos;s password.</source>
        <translation>Nur die Geschäftsleitung kann das Passwort eines anderen Sachbearbeiters festlegen.</translation>
    </message>
    <message>
        <source>The office&apos;s first login must be a manager&apos;s, and %1 (%2) is not a manager.</source>
        <translation>Der erste Benutzername der Verwaltung muss einer Person der Geschäftsleitung gehören, und %1 (%2) gehört nicht zur Geschäftsleitung.</translation>
    </message>
    <message>
        <source>This office has logins already: log in with yours.</source>
        <translation>Für diese Verwaltung sind bereits Anmeldungen eingerichtet: Melden Sie sich mit Ihrem Benutzernamen an.</translation>
    </message>
</context>
<context>
    <name>Agents</name>
    <message>
        <source>&quot;%1&quot; cannot be a login: it has 2 to 64 characters, each a letter (a-z), a digit or one of . _ -.</source>
        <translation>&quot;%1&quot; kann kein Benutzername sein: Er hat 2 bis 64 Zeichen, jedes ein Buchstabe (a-z), eine Ziffer oder eines von . _ -.</translation>
    </message>
    <message>
        <source>There is no agent with the login &quot;%1&quot;.</source>
        <translation>Es gibt keinen Sachbearbeiter mit dem Benutzernamen &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>There is no agent %1.</source>
        <translation>Es gibt keinen Sachbearbeiter %1.</translation>
    </message>
    <message>
        <source>Adding an agent needs a manager.</source>
        <translation>Nur die Geschäftsleitung kann Sachbearbeiter hinzufügen.</translation>
    </message>
    <message>
        <source>An agent needs a name of at most 200 characters, without line breaks.</source>
        <translation>Ein Sachbearbeiter braucht einen Namen mit höchstens 200 Zeichen, ohne Zeilenumbrüche.</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; is taken (by %2).</source>
        <translation>Der Benutzername &quot;%1&quot; ist bereits vergeben (an %2).</translation>
    </message>
    <message>
        <source>another agent</source>
        <translation>einen anderen Sachbearbeiter</translation>
    </message>
    <message>
        <source>%1 (%2) is the office&apos;s last active manager and cannot be %3: make another agent a manager first.</source>
        <translation>%1 (%2) ist das letzte aktive Mitglied der Geschäftsleitung dieser Verwaltung und kann nicht %3 werden: Geben Sie zuerst einem anderen Sachbearbeiter die Rolle Geschäftsleitung.</translation>
    </message>
    <message>
        <source>Changing an agent&apos;s role needs a manager.</source>
        <translation>Nur die Geschäftsleitung kann die Rolle eines Sachbearbeiters ändern.</translation>
    </message>
    <message>
        <source>given another role</source>
        <translation>einer anderen Rolle zugeteilt</translation>
    </message>
    <message>
        <source>Disabling an agent needs a manager.</source>
        <translation>Nur die Geschäftsleitung kann Sachbearbeiter deaktivieren.</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
</context>
<context>
    <name>AliasUsers</name>
    <message>
        <source>Creating an alias user needs an administrator.</source>
        <translation>Nur ein Administrator kann Alias-Benutzer erstellen.</translation>
    </message>
    <message>
        <source>Alias users are switched off for this company (setting alias_users): a manager can switch them on.</source>
        <translation>Alias-Benutzer sind für diese Firma ausgeschaltet (Einstellung alias_users): Die Geschäftsleitung kann sie einschalten.</translation>
    </message>
    <message>
        <source>An alias user needs a name.</source>
        <translation>Ein Alias-Benutzer braucht einen Namen.</translation>
    </message>
    <message>
        <source>A name has at most %1 characters.</source>
        <translation>Ein Name hat höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>A name cannot hold line breaks or control characters.</source>
        <translation>Ein Name darf keine Zeilenumbrüche oder Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <source>The expected move-in is not a valid date.</source>
        <translation>Das erwartete Einzugsdatum ist kein gültiges Datum.</translation>
    </message>
    <message>
        <source>There is no unit %1.</source>
        <translation>Es gibt kein Mietobjekt %1.</translation>
    </message>
    <message>
        <source>%1 already has an alias user for unit %2 (alias %3).</source>
        <translation>%1 hat bereits einen Alias-Benutzer für das Mietobjekt %2 (Alias %3).</translation>
    </message>
    <message>
        <source>The new alias user got no number.</source>
        <translation>Der neue Alias-Benutzer hat keine Nummer erhalten.</translation>
    </message>
    <message>
        <source>Alias user %1 was linked to a tenant already.</source>
        <translation>Der Alias-Benutzer %1 wurde bereits mit einem Mieter verknüpft.</translation>
    </message>
    <message>
        <source>There is no alias user %1 (see the list of alias users).</source>
        <translation>Es gibt keinen Alias-Benutzer %1 (siehe Liste der Alias-Benutzer).</translation>
    </message>
    <message>
        <source>Linking an alias user to a tenant needs an administrator.</source>
        <translation>Nur ein Administrator kann einen Alias-Benutzer mit einem Mieter verknüpfen.</translation>
    </message>
    <message>
        <source>Alias user %1 (%2) was linked to a tenant already.</source>
        <translation>Der Alias-Benutzer %1 (%2) wurde bereits mit einem Mieter verknüpft.</translation>
    </message>
    <message>
        <source>%1 is the ERP&apos;s tenant %2 itself, not an alias made by hand: their tickets pass to their account when they register.</source>
        <translation>%1 ist der Mieter %2 aus dem ERP selbst, kein von Hand erfasster Alias: Die Tickets gehen bei der Registrierung auf das Konto dieser Person über.</translation>
    </message>
    <message>
        <source>An alias user cannot be linked to itself.</source>
        <translation>Ein Alias-Benutzer kann nicht mit sich selbst verknüpft werden.</translation>
    </message>
    <message>
        <source>There is no tenant %1.</source>
        <translation>Es gibt keinen Mieter %1.</translation>
    </message>
    <message>
        <source>%1 was merged into another person: link the alias to that person.</source>
        <translation>%1 wurde mit einer anderen Person zusammengeführt: Verknüpfen Sie den Alias mit dieser Person.</translation>
    </message>
    <message>
        <source>%1 is an alias user too: link an alias to the tenant the ERP delivers.</source>
        <translation>%1 ist ebenfalls ein Alias-Benutzer: Verknüpfen Sie einen Alias mit dem Mieter, den das ERP liefert.</translation>
    </message>
    <message>
        <source>%1 (alias user)</source>
        <translation>%1 (Alias-Benutzer)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>name (ERP reference)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Alias user %1 was linked by someone else meanwhile.</source>
        <translation>Der Alias-Benutzer %1 wurde inzwischen von jemand anderem verknüpft.</translation>
    </message>
    <message>
        <source>%1 (registered)</source>
        <translation>%1 (registriert)</translation>
    </message>
    <message>
        <source>%1 (%2, registered)</source>
        <translation>%1 (%2, registriert)</translation>
    </message>
</context>
<context>
    <name>AttemptThrottle</name>
    <message numerus="yes">
        <source>Too many wrong attempts. Try again in %n second(s).</source>
        <translation>
            <numerusform>Zu viele falsche Versuche. Versuchen Sie es in %n Sekunde erneut.</numerusform>
            <numerusform>Zu viele falsche Versuche. Versuchen Sie es in %n Sekunden erneut.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkInserter</name>
    <message>
        <source>The SQLite connection has no native handle.</source>
        <translation>Die SQLite-Verbindung hat kein natives Handle.</translation>
    </message>
    <message>
        <source>Cannot prepare the insert into %1: %2</source>
        <translation>Das Einfügen in %1 kann nicht vorbereitet werden: %2</translation>
    </message>
    <message>
        <source>Cannot write into %1: %2</source>
        <translation>In %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The rows written into %1 got ids up to %2 instead of %3.</source>
        <translation>Die in %1 geschriebenen Zeilen haben IDs bis %2 statt %3 erhalten.</translation>
    </message>
    <message>
        <source>The PostgreSQL connection has no native handle.</source>
        <translation>Die PostgreSQL-Verbindung hat kein natives Handle.</translation>
    </message>
</context>
<context>
    <name>Cockpitctl</name>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>Usage: cockpitctl [--db URL] [--as LOGIN] [--json] COMMAND [ARGUMENTS]

Tenant Cockpit from the shell: the same services as the desktop program.

Commands:
  init [--company NAME] [--demo N]  create or update the office database; with --demo,
                                    fill an empty one with N demo tenants (and a ticket
                                    for every tenth of them, at most 200)
  migrate                           bring the database&apos;s schema up to this version
  status                            schema version and the number of rows per table
  version                           program and schema version
  backup FILE                       copy the local office file to FILE (a new file), also
                                    while the desktop program or an import is at work
  restore FILE                      bring back a copy made by backup; the data as it was is
                                    first kept next to the office file (.before-restore-TIME)
  copy-to URL                       move the local office to an empty PostgreSQL database:
                                    schema, every row in one transaction, verified by counts
                                    and checksums before it counts; the file stays as it was
  settings list                     all company settings with their values
  settings get KEY                  one setting&apos;s value
  settings set KEY VALUE            change a setting (checked against its type)
  import PATH [--format auto|tenant-list|data-exchange] [--profile en|de|FILE]
         [--mode snapshot|delta] [--strict] [--dry-run] [--confirm]
                                    import a tenant-list CSV, an ERP data-exchange folder
                                    or a .zip of one (see below)
  import --watch DIR [--once]       import each complete job left in DIR, then move it to
                                    DIR/done, DIR/failed or DIR/awaiting with its report;
                                    runs until stopped, or with --once until DIR is empty
  imports list                      the import history, newest first
  imports show RUN_ID               one run&apos;s report, rejected rows included
  tenant show REF                   a tenant&apos;s data, tenancies and history of changes
  tenant set REF [--first-name N] [--last-name N] [--email A] [--phone P] [--language L]
                                    change a tenant&apos;s data (name, e-mail and phone are
                                    refused while the ERP interface is on)
  tenants search TEXT [--limit N]   find tenants as the desktop program&apos;s search does, in the
                                    same order: name (any case, accents ignored), phone number
                                    in any spelling or its last digits, unit, street, city,
                                    e-mail, reference; former tenants marked (default 50)
  invite (--tenant REF ... | --property REF | --all-uninvited)
                                    invite tenants to the tenant app by e-mail (a reminder with
                                    the same code for those invited before); prints who was
                                    queued and who was refused, with the reason
  outbox list [--status S]          the e-mails of the outbox, newest first (S: queued,
                                    sending, sent, failed)
  outbox send [--smtp-password-file FILE]
                                    deliver the e-mails that are due; prints how many were
                                    sent, failed and deferred
  outbox retry [ID ...]             put failed e-mails (all, or those named) back in the queue
  tickets create --tenant REF --title TEXT [--description TEXT] [--channel C]
         [--category C] [--assignee LOGIN]
                                    log a ticket for a tenant (channel: phone (default), email,
                                    letter, walk_in, app); its unit is the tenant&apos;s current one;
                                    assigned to the agent acting (--as) unless --assignee says
                                    (REF: the ERP&apos;s reference; an alias made by hand goes by
                                    its id)
  tickets list [--tenant REF] [--assignee LOGIN] [--status S]
                                    tickets, newest first (at most 500; S: new, in_progress,
                                    waiting_tenant, waiting_third_party, done, closed)
  tickets show ID                   one ticket with its history (changes and comments)
  tickets assign ID LOGIN           give a ticket to an agent
  tickets status ID STATUS          move a ticket on (new -&gt; in_progress -&gt; waiting_tenant or
                                    waiting_third_party -&gt; done -&gt; closed; done and closed
                                    reopen to in_progress); a move the workflow does not allow
                                    is refused with the ones it does
  tickets comment ID TEXT [--internal]
                                    add a comment visible to the tenant, or an internal note
  alias create --unit UNIT_REF --name &quot;FULL NAME&quot; [--move-in DATE]
                                    an alias user for someone expected in a unit whom the ERP
                                    does not deliver yet, so tickets can be logged for them
                                    (needs the setting alias_users); prints the alias&apos;s id
  alias list                        the alias users in use, with the tenants from the ERP an
                                    alias made by hand may be (same unit, same name)
  alias link ALIAS_ID --tenant REF  this alias is that tenant: its tickets move to the
                                    tenant, the alias is retired
  pinboard post --title TEXT (--body TEXT | --body-file FILE) [--property REF ...]
         [--important [--include-future-tenants]] [--valid-from DATE] [--valid-to DATE]
                                    publish a post for the tenants of the properties named
                                    (default: the whole company). The text may use blank lines
                                    for paragraphs, **bold**, lists (&quot;- &quot; or &quot;1. &quot;) and links.
                                    An important post is e-mailed to every invited or
                                    registered tenant with an e-mail address renting there today
                                    (and, with --include-future-tenants, from a later day), once
                                    each, in their language; prints the post&apos;s id, the number of
                                    e-mails queued and who cannot be reached, with the reason
  pinboard list [--property REF]    the posts, newest first (of one property: also those for
                                    the whole company), with their e-mails sent, failed, waiting
  agents list                       the active agents
  agents add LOGIN --name NAME --role agent|administrator|manager
                                    add an agent (login: 2-64 letters, digits, . _ -)
  agents set-role LOGIN ROLE        give an agent another role (the last active manager
                                    keeps theirs)
  agents disable LOGIN              an agent who left: not assignable any more; their
                                    tickets stay theirs until reassigned
  agents set-password LOGIN         the agent&apos;s new password, as the next line of stdin (the
                                    agent themselves or a manager); the first one, a manager&apos;s,
                                    starts the office&apos;s logins
  login [--remember]                check the password of --as LOGIN (stdin); with --remember
                                    keep it in the system&apos;s keychain for this office, so that
                                    scheduled runs with --as need none
  logout                            forget the password of --as LOGIN kept in the keychain
  register --code CODE              the tenant&apos;s registration: the activation code from the
                                    invitation, the new password as the first line of stdin
                                    (at least 10 characters, not a common one); wrong codes
                                    are throttled (a wait that grows, at most 10 an hour)
  tenant-login --email ADDRESS      check a registered tenant&apos;s login: password on stdin;
                                    exit 0 when right, 1 otherwise

Options:
  --db URL     the office database: sqlite:/path/file.db or
               postgresql://user@host:port/dbname?sslmode=verify-full
               (default: $TENANT_COCKPIT_DB, else the default local file
               %1)
  --as LOGIN   the agent acting, once the office has logins (every command but status,
               version, migrate, register and tenant-login then needs it); the password
               comes from the keychain (see login --remember), else as the first line of
               stdin. Each agent may do what their role allows: agent (tickets),
               administrator (also master data, imports, invitations, alias users, pinboard),
               manager (also settings, agents, backup and restore).
               Until the first login the owner of the local file acts, as a manager.
  --json       machine-readable output on stdout (messages stay on stderr)
  -h, --help   this help

Import options:
  --format F   auto (default: a folder or .zip is a data-exchange job, a file a tenant
               list), tenant-list or data-exchange
  --profile P  the tenant list&apos;s header set: en, de (default: both) or a JSON profile FILE
               for another ERP&apos;s layout
  --mode M     snapshot (default: tenancies missing from the file end) or delta (only
               adds and updates)
  --strict     apply nothing when any row is bad
  --dry-run    show what would change, change nothing
  --confirm    apply a data-exchange job whose manifest says autoImport: false
  --watch DIR, --once  see above; every job gets the default options
The report goes to stdout (with --json one object: run_id, format, mode, dry_run,
status, the counts per kind of record, email_changed, aliases_created, alias_proposals,
rejected, warnings, changes); rejected rows are repeated on stderr. Exit code 0 when the import
was applied (or, with --dry-run, would be), 1 when nothing was applied. --watch --once
exits with 1 when a job failed; --watch alone runs until SIGTERM or Ctrl+C, which let
a running import roll back and leave its job in DIR.

Invitations and e-mail:
  &quot;invite&quot; exits with 1 when it queued nothing and refused someone. &quot;outbox send&quot; exits
  with 0 when no e-mail failed for good (deferred ones are tried again on the next run),
  1 otherwise. The mail server&apos;s password (when smtp.user is set) comes from the file
  named by --smtp-password-file, else from $TENANT_COCKPIT_SMTP_PASSWORD, else from the
  system&apos;s keychain, where the desktop program keeps it.

Only init and migrate create a new local database file. A value that starts with &quot;-&quot;
goes after &quot;--&quot;: cockpitctl settings set -- company.name &quot;-Minus AG&quot;

Company settings:
%2
Exit codes: 0 done, 1 refused (bad input, a business rule, a database that is unreachable,
missing or written by a newer version), 2 usage.
</source>
        <translation>Aufruf: cockpitctl [--db URL] [--as LOGIN] [--json] COMMAND [ARGUMENTS]

Tenant Cockpit auf der Kommandozeile: dieselben Funktionen wie im Desktop-Programm.

Befehle:
  init [--company NAME] [--demo N]  die Verwaltungsdatenbank erstellen oder aktualisieren; mit
                                    --demo eine leere mit N Demo-Mietern füllen (und einem
                                    Ticket für jeden zehnten davon, höchstens 200)
  migrate                           das Schema der Datenbank auf diese Version bringen
  status                            Schemaversion und Anzahl Zeilen pro Tabelle
  version                           Programm- und Schemaversion
  backup FILE                       die lokale Verwaltungsdatei nach FILE kopieren (eine neue
                                    Datei), auch während das Desktop-Programm oder ein Import
                                    arbeitet
  restore FILE                      eine mit backup erstellte Kopie zurückholen; die bisherigen
                                    Daten werden zuerst neben der Verwaltungsdatei aufbewahrt
                                    (.before-restore-TIME)
  copy-to URL                       die lokale Verwaltung in eine leere PostgreSQL-Datenbank
                                    verschieben: Schema, alle Zeilen in einer Transaktion, vor
                                    dem Abschluss per Anzahl und Prüfsumme kontrolliert; die
                                    Datei bleibt unverändert
  settings list                     alle Firmeneinstellungen mit ihren Werten
  settings get KEY                  der Wert einer Einstellung
  settings set KEY VALUE            eine Einstellung ändern (gegen ihren Typ geprüft)
  import PATH [--format auto|tenant-list|data-exchange] [--profile en|de|FILE]
         [--mode snapshot|delta] [--strict] [--dry-run] [--confirm]
                                    eine Mieterliste (CSV), einen ERP-Datenaustausch-Ordner
                                    oder ein .zip davon importieren (siehe unten)
  import --watch DIR [--once]       jeden vollständigen Job in DIR importieren und danach mit
                                    seinem Bericht nach DIR/done, DIR/failed oder DIR/awaiting
                                    verschieben; läuft bis zum Abbruch, mit --once bis DIR leer
                                    ist
  imports list                      der Importverlauf, neueste zuerst
  imports show RUN_ID               der Bericht eines Laufs, abgewiesene Zeilen inbegriffen
  tenant show REF                   Daten, Mietverhältnisse und Änderungsverlauf eines Mieters
  tenant set REF [--first-name N] [--last-name N] [--email A] [--phone P] [--language L]
                                    die Daten eines Mieters ändern (Name, E-Mail und Telefon
                                    werden abgelehnt, solange die ERP-Schnittstelle
                                    eingeschaltet ist)
  tenants search TEXT [--limit N]   Mieter finden wie die Suche im Desktop-Programm, in
                                    derselben Reihenfolge: Name (ohne Rücksicht auf Gross-/
                                    Kleinschreibung und Akzente), Telefonnummer in jeder
                                    Schreibweise oder ihre letzten Ziffern, Mietobjekt, Strasse,
                                    Ort, E-Mail, Referenz; ehemalige Mieter markiert
                                    (Standard 50)
  invite (--tenant REF ... | --property REF | --all-uninvited)
                                    Mieter per E-Mail zur Mieter-App einladen (wer schon
                                    eingeladen ist, erhält eine Erinnerung mit demselben Code);
                                    zeigt, wer eingereiht und wer abgelehnt wurde, mit Grund
  outbox list [--status S]          die E-Mails im Postausgang, neueste zuerst (S: queued,
                                    sending, sent, failed)
  outbox send [--smtp-password-file FILE]
                                    die fälligen E-Mails zustellen; zeigt, wie viele gesendet,
                                    fehlgeschlagen und zurückgestellt wurden
  outbox retry [ID ...]             fehlgeschlagene E-Mails (alle oder die genannten) wieder
                                    einreihen
  tickets create --tenant REF --title TEXT [--description TEXT] [--channel C]
         [--category C] [--assignee LOGIN]
                                    ein Ticket für einen Mieter erfassen (Kanal: phone
                                    (Standard), email, letter, walk_in, app); sein Mietobjekt
                                    ist das aktuelle des Mieters; zugewiesen dem handelnden
                                    Sachbearbeiter (--as), ausser --assignee sagt etwas anderes
                                    (REF: die Referenz des ERP; ein von Hand erfasster Alias
                                    über seine ID)
  tickets list [--tenant REF] [--assignee LOGIN] [--status S]
                                    Tickets, neueste zuerst (höchstens 500; S: new, in_progress,
                                    waiting_tenant, waiting_third_party, done, closed)
  tickets show ID                   ein Ticket mit seinem Verlauf (Änderungen und Kommentare)
  tickets assign ID LOGIN           ein Ticket einem Sachbearbeiter zuweisen
  tickets status ID STATUS          ein Ticket weiterführen (new -&gt; in_progress -&gt;
                                    waiting_tenant oder waiting_third_party -&gt; done -&gt; closed;
                                    done und closed öffnen wieder zu in_progress); ein Wechsel,
                                    den der Ablauf nicht erlaubt, wird mit den erlaubten
                                    abgelehnt
  tickets comment ID TEXT [--internal]
                                    einen für den Mieter sichtbaren Kommentar oder eine
                                    interne Notiz hinzufügen
  alias create --unit UNIT_REF --name &quot;FULL NAME&quot; [--move-in DATE]
                                    ein Alias-Benutzer für jemanden, der in einem Mietobjekt
                                    erwartet wird und den das ERP noch nicht liefert, damit
                                    Tickets für ihn erfasst werden können (erfordert die
                                    Einstellung alias_users); gibt die ID des Alias aus
  alias list                        die verwendeten Alias-Benutzer, mit den Mietern aus dem
                                    ERP, die ein von Hand erfasster Alias sein könnte (gleiches
                                    Mietobjekt, gleicher Name)
  alias link ALIAS_ID --tenant REF  dieser Alias ist jener Mieter: Seine Tickets gehen an den
                                    Mieter über, der Alias wird aufgehoben
  pinboard post --title TEXT (--body TEXT | --body-file FILE) [--property REF ...]
         [--important [--include-future-tenants]] [--valid-from DATE] [--valid-to DATE]
                                    einen Beitrag für die Mieter der genannten Liegenschaften
                                    veröffentlichen (Standard: die ganze Firma). Der Text kann
                                    Leerzeilen für Absätze, **fett**, Listen (&quot;- &quot; oder &quot;1. &quot;)
                                    und Links enthalten. Ein wichtiger Beitrag geht per E-Mail
                                    an jeden eingeladenen oder registrierten Mieter mit
                                    E-Mail-Adresse, der dort heute mietet (und mit
                                    --include-future-tenants ab einem späteren Tag), an jeden
                                    einmal und in seiner Sprache; gibt die ID des Beitrags, die
                                    Anzahl eingereihter E-Mails und die nicht erreichbaren
                                    Mieter mit Grund aus
  pinboard list [--property REF]    die Beiträge, neueste zuerst (für eine Liegenschaft: auch
                                    die für die ganze Firma), mit ihren E-Mails: gesendet,
                                    fehlgeschlagen, wartend
  agents list                       die aktiven Sachbearbeiter
  agents add LOGIN --name NAME --role agent|administrator|manager
                                    einen Sachbearbeiter hinzufügen (Benutzername: 2-64
                                    Buchstaben, Ziffern, . _ -)
  agents set-role LOGIN ROLE        einem Sachbearbeiter eine andere Rolle geben (das letzte
                                    aktive Mitglied der Geschäftsleitung behält seine)
  agents disable LOGIN              ein ausgetretener Sachbearbeiter: nicht mehr zuweisbar;
                                    seine Tickets bleiben bei ihm, bis sie neu zugewiesen werden
  agents set-password LOGIN         das neue Passwort des Sachbearbeiters, als nächste Zeile von
                                    stdin (der Sachbearbeiter selbst oder die
                                    Geschäftsleitung); das erste, eines der Geschäftsleitung,
                                    startet die Anmeldungen der Verwaltung
  login [--remember]                das Passwort von --as LOGIN prüfen (stdin); mit --remember
                                    im Schlüsselbund des Systems für diese Verwaltung
                                    aufbewahren, damit geplante Läufe mit --as keines brauchen
  logout                            das im Schlüsselbund aufbewahrte Passwort von --as LOGIN
                                    vergessen
  register --code CODE              die Registrierung des Mieters: der Aktivierungscode aus der
                                    Einladung, das neue Passwort als erste Zeile von stdin
                                    (mindestens 10 Zeichen, kein gängiges); falsche Codes werden
                                    gebremst (eine wachsende Wartezeit, höchstens 10 pro Stunde)
  tenant-login --email ADDRESS      die Anmeldung eines registrierten Mieters prüfen: Passwort
                                    auf stdin; Exit-Code 0, wenn richtig, sonst 1

Optionen:
  --db URL     die Verwaltungsdatenbank: sqlite:/path/file.db oder
               postgresql://user@host:port/dbname?sslmode=verify-full
               (Standard: $TENANT_COCKPIT_DB, sonst die lokale Standarddatei
               %1)
  --as LOGIN   der handelnde Sachbearbeiter, sobald die Verwaltung Anmeldungen hat (jeder
               Befehl ausser status, version, migrate, register und tenant-login braucht
               es dann); das Passwort kommt aus dem Schlüsselbund (siehe login --remember),
               sonst als erste Zeile von stdin. Jeder Sachbearbeiter darf, was seine Rolle
               erlaubt: agent (Tickets), administrator (auch Stammdaten, Importe,
               Einladungen, Alias-Benutzer, Pinnwand), manager (auch Einstellungen,
               Sachbearbeiter, Sicherung und Wiederherstellung).
               Bis zur ersten Anmeldung handelt der Eigentümer der lokalen Datei, als
               Geschäftsleitung.
  --json       maschinenlesbare Ausgabe auf stdout (Meldungen bleiben auf stderr)
  -h, --help   diese Hilfe

Import-Optionen:
  --format F   auto (Standard: ein Ordner oder eine .zip-Datei ist ein Datenaustausch-Job,
               eine Datei eine Mieterliste), tenant-list oder data-exchange
  --profile P  die Kopfzeilen der Mieterliste: en, de (Standard: beide) oder eine
               JSON-Profildatei FILE für das Layout eines anderen ERP
  --mode M     snapshot (Standard: in der Datei fehlende Mietverhältnisse enden) oder delta
               (nur Hinzufügungen und Aktualisierungen)
  --strict     nichts anwenden, wenn eine Zeile fehlerhaft ist
  --dry-run    zeigen, was sich ändern würde, nichts ändern
  --confirm    einen Datenaustausch-Job anwenden, dessen Manifest autoImport: false angibt
  --watch DIR, --once  siehe oben; jeder Job erhält die Standardoptionen
Der Bericht geht nach stdout (mit --json ein Objekt: run_id, format, mode, dry_run,
status, die Anzahlen pro Datensatzart, email_changed, aliases_created, alias_proposals,
rejected, warnings, changes); abgewiesene Zeilen werden auf stderr wiederholt. Exit-Code 0,
wenn der Import angewendet wurde (oder mit --dry-run angewendet würde), 1, wenn nichts
angewendet wurde. --watch --once endet mit 1, wenn ein Job fehlschlug; --watch allein läuft
bis SIGTERM oder Ctrl+C, die einen laufenden Import zurückrollen und seinen Job in DIR lassen.

Einladungen und E-Mail:
  &quot;invite&quot; endet mit 1, wenn nichts eingereiht und jemand abgelehnt wurde. &quot;outbox send&quot;
  endet mit 0, wenn keine E-Mail endgültig fehlschlug (zurückgestellte werden beim nächsten
  Lauf erneut versucht), sonst mit 1. Das Passwort des Mailservers (wenn smtp.user gesetzt
  ist) kommt aus der mit --smtp-password-file genannten Datei, sonst aus
  $TENANT_COCKPIT_SMTP_PASSWORD, sonst aus dem Schlüsselbund des Systems, wo das
  Desktop-Programm es aufbewahrt.

Nur init und migrate erstellen eine neue lokale Datenbankdatei. Ein Wert, der mit &quot;-&quot;
beginnt, steht nach &quot;--&quot;: cockpitctl settings set -- company.name &quot;-Minus AG&quot;

Firmeneinstellungen:
%2
Exit-Codes: 0 erledigt, 1 abgelehnt (ungültige Eingabe, eine Geschäftsregel, eine Datenbank,
die nicht erreichbar ist, fehlt oder von einer neueren Version geschrieben wurde), 2 falscher
Aufruf.
</translation>
    </message>
    <message>
        <source>Try &quot;cockpitctl --help&quot;.</source>
        <translation>Siehe &quot;cockpitctl --help&quot;.</translation>
    </message>
    <message>
        <source>There is no database at %1. Create one with &quot;cockpitctl --db %2 init&quot;.</source>
        <translation>Unter %1 gibt es keine Datenbank. Erstellen Sie eine mit &quot;cockpitctl --db %2 init&quot;.</translation>
    </message>
    <message>
        <source>The database role %1 is no active agent of this office.</source>
        <translation>Die Datenbankrolle %1 ist kein aktiver Sachbearbeiter dieser Verwaltung.</translation>
    </message>
    <message>
        <source>One --as: who is acting.</source>
        <translation>Geben Sie nur ein --as an: die Person, die handelt.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Kein Befehl angegeben.</translation>
    </message>
    <message>
        <source>--%1 belongs to &quot;pinboard post&quot;.</source>
        <translation>--%1 gehört zu &quot;pinboard post&quot;.</translation>
    </message>
    <message>
        <source>--remember belongs to &quot;login&quot;.</source>
        <translation>--remember gehört zu &quot;login&quot;.</translation>
    </message>
    <message>
        <source>A password never goes on the command line (where others can see it): give it on stdin.</source>
        <translation>Ein Passwort gehört nie auf die Befehlszeile (wo andere es sehen können): Geben Sie es über stdin ein.</translation>
    </message>
    <message>
        <source>--company and --demo belong to &quot;init&quot;.</source>
        <translation>--company und --demo gehören zu &quot;init&quot;.</translation>
    </message>
    <message>
        <source>--%1 belongs to &quot;import&quot;.</source>
        <translation>--%1 gehört zu &quot;import&quot;.</translation>
    </message>
    <message>
        <source>--code belongs to &quot;register&quot;.</source>
        <translation>--code gehört zu &quot;register&quot;.</translation>
    </message>
    <message>
        <source>--limit belongs to &quot;tenants search&quot;.</source>
        <translation>--limit gehört zu &quot;tenants search&quot;.</translation>
    </message>
    <message>
        <source>&quot;pinboard&quot; does not take --%1.</source>
        <translation>&quot;pinboard&quot; kennt kein --%1.</translation>
    </message>
    <message>
        <source>&quot;pinboard post&quot; takes one --%1.</source>
        <translation>&quot;pinboard post&quot; erlaubt nur ein --%1.</translation>
    </message>
    <message>
        <source>--%1 belongs to &quot;tickets&quot;.</source>
        <translation>--%1 gehört zu &quot;tickets&quot;.</translation>
    </message>
    <message>
        <source>&quot;alias link&quot; takes one --tenant.</source>
        <translation>&quot;alias link&quot; erlaubt nur ein --tenant.</translation>
    </message>
    <message>
        <source>&quot;alias&quot; takes --unit, --name and --move-in (create) or --tenant (link).</source>
        <translation>&quot;alias&quot; erwartet --unit, --name und --move-in (create) oder --tenant (link).</translation>
    </message>
    <message>
        <source>--%1 belongs to &quot;alias create&quot;.</source>
        <translation>--%1 gehört zu &quot;alias create&quot;.</translation>
    </message>
    <message>
        <source>--%1 belongs to &quot;agents add&quot;.</source>
        <translation>--%1 gehört zu &quot;agents add&quot;.</translation>
    </message>
    <message>
        <source>--%1 belongs to &quot;invite&quot;.</source>
        <translation>--%1 gehört zu &quot;invite&quot;.</translation>
    </message>
    <message>
        <source>--%1 belongs to &quot;outbox&quot;.</source>
        <translation>--%1 gehört zu &quot;outbox&quot;.</translation>
    </message>
    <message>
        <source>&quot;tickets&quot; takes one --tenant.</source>
        <translation>&quot;tickets&quot; erlaubt nur ein --tenant.</translation>
    </message>
    <message>
        <source>--first-name, --last-name, --email, --phone and --language belong to &quot;tenant set&quot;.</source>
        <translation>--first-name, --last-name, --email, --phone und --language gehören zu &quot;tenant set&quot;.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unbekannter Befehl &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;init&quot; takes no arguments; did you mean --company &quot;%1&quot;?</source>
        <translation>&quot;init&quot; erwartet keine Argumente; meinten Sie --company &quot;%1&quot;?</translation>
    </message>
    <message>
        <source>--demo takes a number of tenants from 1 to %1.</source>
        <translation>--demo erwartet eine Anzahl Mieter von 1 bis %1.</translation>
    </message>
    <message>
        <source>--company needs a name.</source>
        <translation>--company braucht einen Namen.</translation>
    </message>
    <message>
        <source>The database already holds properties or persons; demo data only goes into an empty database. Nothing was changed.</source>
        <translation>Die Datenbank enthält bereits Liegenschaften oder Personen; Demodaten kommen nur in eine leere Datenbank. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Writing demo tenants: %1 of %2</source>
        <translation>Demo-Mieter werden geschrieben: %1 von %2</translation>
    </message>
    <message>
        <source>Demo data written in %1 s: %2 tenants, %3 properties, %4 buildings, %5 units, %6 tenancies, %7 tickets.
</source>
        <translation>Demodaten in %1 s geschrieben: %2 Mieter, %3 Liegenschaften, %4 Gebäude, %5 Mietobjekte, %6 Mietverhältnisse, %7 Tickets.
</translation>
    </message>
    <message>
        <source>Office database ready: %1 (schema version %2).</source>
        <translation>Verwaltungsdatenbank bereit: %1 (Schemaversion %2).</translation>
    </message>
    <message>
        <source>&quot;migrate&quot; takes no arguments.</source>
        <translation>&quot;migrate&quot; erwartet keine Argumente.</translation>
    </message>
    <message>
        <source>Schema version %1 is current; nothing to do.</source>
        <translation>Schemaversion %1 ist aktuell; nichts zu tun.</translation>
    </message>
    <message>
        <source>Migrated from schema version %1 to %2.</source>
        <translation>Von Schemaversion %1 auf %2 migriert.</translation>
    </message>
    <message>
        <source>&quot;status&quot; takes no arguments.</source>
        <translation>&quot;status&quot; erwartet keine Argumente.</translation>
    </message>
    <message>
        <source>Database: %1
Schema version: %2 (this program: %3)
</source>
        <translation>Datenbank: %1
Schemaversion: %2 (dieses Programm: %3)
</translation>
    </message>
    <message>
        <source>&quot;version&quot; takes no arguments.</source>
        <translation>&quot;version&quot; erwartet keine Argumente.</translation>
    </message>
    <message>
        <source>cockpitctl %1 (schema version %2, Qt %3)</source>
        <translation>cockpitctl %1 (Schemaversion %2, Qt %3)</translation>
    </message>
    <message>
        <source>Use &quot;settings list&quot;, &quot;settings get KEY&quot; or &quot;settings set KEY VALUE&quot;.</source>
        <translation>Verwenden Sie &quot;settings list&quot;, &quot;settings get KEY&quot; oder &quot;settings set KEY VALUE&quot;.</translation>
    </message>
    <message>
        <source>&quot;settings list&quot; takes no arguments.</source>
        <translation>&quot;settings list&quot; erwartet keine Argumente.</translation>
    </message>
    <message>
        <source>Use &quot;settings get KEY&quot;.</source>
        <translation>Verwenden Sie &quot;settings get KEY&quot;.</translation>
    </message>
    <message>
        <source>Use &quot;settings set KEY VALUE&quot; (quote a value with spaces).</source>
        <translation>Verwenden Sie &quot;settings set KEY VALUE&quot; (einen Wert mit Leerzeichen in Anführungszeichen setzen).</translation>
    </message>
    <message>
        <source>  (default)</source>
        <translation>  (Standard)</translation>
    </message>
    <message>
        <source>--format takes auto, tenant-list or data-exchange.</source>
        <translation>--format erwartet auto, tenant-list oder data-exchange.</translation>
    </message>
    <message>
        <source>--mode takes snapshot or delta.</source>
        <translation>--mode erwartet snapshot oder delta.</translation>
    </message>
    <message>
        <source>&quot;import --watch DIR&quot; takes no PATH: it imports what appears in DIR.</source>
        <translation>&quot;import --watch DIR&quot; erwartet keinen PATH: Es importiert, was in DIR erscheint.</translation>
    </message>
    <message>
        <source>--watch needs a folder.</source>
        <translation>--watch braucht einen Ordner.</translation>
    </message>
    <message>
        <source>--watch imports every job with the defaults; other import options do not apply.</source>
        <translation>--watch importiert jeden Job mit den Standardoptionen; andere Import-Optionen gelten nicht.</translation>
    </message>
    <message>
        <source>--once belongs to --watch.</source>
        <translation>--once gehört zu --watch.</translation>
    </message>
    <message>
        <source>Use &quot;import PATH&quot;: one CSV file, data-exchange folder or .zip.</source>
        <translation>Verwenden Sie &quot;import PATH&quot;: eine CSV-Datei, ein Datenaustausch-Ordner oder eine .zip-Datei.</translation>
    </message>
    <message>
        <source>--profile describes the columns of a tenant list; %1 is an ERP data-exchange job.</source>
        <translation>--profile beschreibt die Spalten einer Mieterliste; %1 ist ein ERP-Datenaustausch-Job.</translation>
    </message>
    <message>
        <source>Importing: %1 %</source>
        <translation>Import läuft: %1 %</translation>
    </message>
    <message>
        <source>%1 was checked but not applied: its manifest.json asks for confirmation (autoImport: false). Apply it with &quot;cockpitctl import %2 --confirm&quot;.</source>
        <translation>%1 wurde geprüft, aber nicht angewendet: Die Datei manifest.json verlangt eine Bestätigung (autoImport: false). Anwenden mit &quot;cockpitctl import %2 --confirm&quot;.</translation>
    </message>
    <message>
        <source>Nothing was imported from %1 (run %2):</source>
        <translation>Aus %1 wurde nichts importiert (Lauf %2):</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) would be rejected; the rest would be applied:</source>
        <translation>
            <numerusform>%n Zeile würde abgewiesen; der Rest würde angewendet:</numerusform>
            <numerusform>%n Zeilen würden abgewiesen; der Rest würde angewendet:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) were rejected; the rest was applied (run %1):</source>
        <translation>
            <numerusform>%n Zeile wurde abgewiesen; der Rest wurde angewendet (Lauf %1):</numerusform>
            <numerusform>%n Zeilen wurden abgewiesen; der Rest wurde angewendet (Lauf %1):</numerusform>
        </translation>
    </message>
    <message>
        <source>tenant list, %1</source>
        <translation>Mieterliste, %1</translation>
    </message>
    <message>
        <source>data-exchange job</source>
        <translation>Datenaustausch-Job</translation>
    </message>
    <message>
        <source>Import run %1: %2 (%3)</source>
        <translation>Importlauf %1: %2 (%3)</translation>
    </message>
    <message>
        <source>, line %1</source>
        <translation>, Zeile %1</translation>
    </message>
    <message>
        <source>, column &quot;%1&quot;</source>
        <translation>, Spalte &quot;%1&quot;</translation>
    </message>
    <message>
        <source>  ... and %1 more: &quot;cockpitctl imports show %2&quot; lists them all.
</source>
        <translation>  ... und %1 weitere: &quot;cockpitctl imports show %2&quot; listet alle auf.
</translation>
    </message>
    <message>
        <source>Watching %1 for import jobs; stop with Ctrl+C.</source>
        <translation>%1 wird auf Import-Jobs überwacht; beenden mit Ctrl+C.</translation>
    </message>
    <message>
        <source>%1: %2 (run %3)</source>
        <translation>%1: %2 (Lauf %3)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source> -&gt; %1</source>
        <translation> -&gt; %1</translation>
    </message>
    <message>
        <source>%1 waits for confirmation: &quot;cockpitctl import %2 --confirm&quot; applies it.</source>
        <translation>%1 wartet auf Bestätigung: &quot;cockpitctl import %2 --confirm&quot; wendet ihn an.</translation>
    </message>
    <message>
        <source>Another program is importing from %1 right now; it takes the jobs there.</source>
        <translation>Ein anderes Programm importiert gerade aus %1; es übererwartet die Jobs dort.</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) processed.</source>
        <translation>
            <numerusform>%n Job verarbeitet.</numerusform>
            <numerusform>%n Jobs verarbeitet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped watching %1.</source>
        <translation>Überwachung von %1 beendet.</translation>
    </message>
    <message>
        <source>Use &quot;imports list&quot; or &quot;imports show RUN_ID&quot;.</source>
        <translation>Verwenden Sie &quot;imports list&quot; oder &quot;imports show RUN_ID&quot;.</translation>
    </message>
    <message>
        <source>RUN_ID is the number of an import run (see &quot;imports list&quot;).</source>
        <translation>RUN_ID ist die Nummer eines Importlaufs (siehe &quot;imports list&quot;).</translation>
    </message>
    <message>
        <source> (dry run)</source>
        <translation> (Probelauf)</translation>
    </message>
    <message>
        <source>Use &quot;tenants search TEXT [--limit N] [--json]&quot;.</source>
        <translation>Verwenden Sie &quot;tenants search TEXT [--limit N] [--json]&quot;.</translation>
    </message>
    <message>
        <source>--limit takes a number from 1 to %1.</source>
        <translation>--limit erwartet eine Zahl von 1 bis %1.</translation>
    </message>
    <message>
        <source>former tenant</source>
        <translation>ehemaliger Mieter</translation>
    </message>
    <message numerus="yes">
        <source>%n open ticket(s)</source>
        <translation>
            <numerusform>%n offenes Ticket</numerusform>
            <numerusform>%n offene Tickets</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody found for &quot;%1&quot;.
</source>
        <translation>Niemand gefunden für &quot;%1&quot;.
</translation>
    </message>
    <message>
        <source>Use &quot;tenant show REF&quot; or &quot;tenant set REF --email ADDRESS ...&quot;.</source>
        <translation>Verwenden Sie &quot;tenant show REF&quot; oder &quot;tenant set REF --email ADDRESS ...&quot;.</translation>
    </message>
    <message>
        <source>&quot;tenant show&quot; changes nothing; use &quot;tenant set&quot;.</source>
        <translation>&quot;tenant show&quot; ändert nichts; verwenden Sie &quot;tenant set&quot;.</translation>
    </message>
    <message>
        <source>&quot;tenant set&quot; needs at least one of --first-name, --last-name, --email, --phone, --language.</source>
        <translation>&quot;tenant set&quot; braucht mindestens eine der Optionen --first-name, --last-name, --email, --phone, --language.</translation>
    </message>
    <message>
        <source>alias, linked to another tenant and retired</source>
        <translation>Alias, mit einem anderen Mieter verknüpft und aufgehoben</translation>
    </message>
    <message>
        <source>alias user made by hand</source>
        <translation>von Hand erfasster Alias-Benutzer</translation>
    </message>
    <message>
        <source>alias (no e-mail yet)</source>
        <translation>Alias (noch keine E-Mail)</translation>
    </message>
    <message>
        <source>%1
E-mail: %2
Phone: %3
Language: %4
Status: %5%6
</source>
        <translation>%1
E-Mail: %2
Telefon: %3
Sprache: %4
Status: %5%6
</translation>
    </message>
    <message>
        <source>company default</source>
        <translation>Standard der Firma</translation>
    </message>
    <message>
        <source>
Name, e-mail and phone are managed by the ERP.</source>
        <translation>
Name, E-Mail und Telefon werden im ERP verwaltet.</translation>
    </message>
    <message>
        <source>Tenancy: %1, %2 (%3), from %4%5
</source>
        <translation>Mietverhältnis: %1, %2 (%3), ab %4%5
</translation>
    </message>
    <message>
        <source> to %1</source>
        <translation> bis %1</translation>
    </message>
    <message>
        <source>&quot;invite&quot; takes its tenants with --tenant REF.</source>
        <translation>&quot;invite&quot; erwartet die Mieter als --tenant REF.</translation>
    </message>
    <message>
        <source>Use one of &quot;invite --tenant REF ...&quot;, &quot;invite --property REF&quot; or &quot;invite --all-uninvited&quot;.</source>
        <translation>Verwenden Sie &quot;invite --tenant REF ...&quot;, &quot;invite --property REF&quot; oder &quot;invite --all-uninvited&quot;.</translation>
    </message>
    <message>
        <source>%1 invitation(s) and %2 reminder(s) queued, %3 refused.
</source>
        <translation>%1 Einladung(en) und %2 Erinnerung(en) eingereiht, %3 abgelehnt.
</translation>
    </message>
    <message>
        <source> (reminder)</source>
        <translation> (Erinnerung)</translation>
    </message>
    <message>
        <source>  refused: %1%2: %3
</source>
        <translation>  abgelehnt: %1%2: %3
</translation>
    </message>
    <message>
        <source>Nobody to invite: every tenant with a current tenancy there is invited or registered.
</source>
        <translation>Niemand einzuladen: Jeder Mieter mit einem laufenden Mietverhältnis dort ist eingeladen oder registriert.
</translation>
    </message>
    <message>
        <source>Use &quot;outbox list&quot;, &quot;outbox send&quot; or &quot;outbox retry [ID ...]&quot;.</source>
        <translation>Verwenden Sie &quot;outbox list&quot;, &quot;outbox send&quot; oder &quot;outbox retry [ID ...]&quot;.</translation>
    </message>
    <message>
        <source>--status belongs to &quot;outbox list&quot;.</source>
        <translation>--status gehört zu &quot;outbox list&quot;.</translation>
    </message>
    <message>
        <source>--smtp-password-file belongs to &quot;outbox send&quot;.</source>
        <translation>--smtp-password-file gehört zu &quot;outbox send&quot;.</translation>
    </message>
    <message>
        <source>--status takes one of %1.</source>
        <translation>--status erwartet einen der Werte %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail&apos;s number.</source>
        <translation>&quot;%1&quot; ist keine Nummer einer E-Mail.</translation>
    </message>
    <message numerus="yes">
        <source>%n failed e-mail(s) queued again.</source>
        <translation>
            <numerusform>%n fehlgeschlagene E-Mail wieder eingereiht.</numerusform>
            <numerusform>%n fehlgeschlagene E-Mails wieder eingereiht.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 waiting, %2 failed, %3 sent.
</source>
        <translation>%1 wartend, %2 fehlgeschlagen, %3 gesendet.
</translation>
    </message>
    <message>
        <source>The mail server wants a password for %1, and there is none: give it with --smtp-password-file FILE or $%2, or store it in the keychain from the desktop program (%3).</source>
        <translation>Der Mailserver verlangt ein Passwort für %1, und es gibt keines: Geben Sie es mit --smtp-password-file FILE oder $%2 an, oder speichern Sie es im Desktop-Programm im Schlüsselbund (%3).</translation>
    </message>
    <message>
        <source>the keychain has none for this office</source>
        <translation>der Schlüsselbund enthält keines für diese Verwaltung</translation>
    </message>
    <message>
        <source>Sending stopped: %1</source>
        <translation>Versand abgebrochen: %1</translation>
    </message>
    <message>
        <source>%1 sent, %2 failed, %3 deferred.</source>
        <translation>%1 gesendet, %2 fehlgeschlagen, %3 zurückgestellt.</translation>
    </message>
    <message>
        <source>Use &quot;tickets create&quot;, &quot;tickets list&quot;, &quot;tickets show ID&quot;, &quot;tickets assign ID LOGIN&quot;, &quot;tickets status ID STATUS&quot; or &quot;tickets comment ID TEXT&quot;.</source>
        <translation>Verwenden Sie &quot;tickets create&quot;, &quot;tickets list&quot;, &quot;tickets show ID&quot;, &quot;tickets assign ID LOGIN&quot;, &quot;tickets status ID STATUS&quot; oder &quot;tickets comment ID TEXT&quot;.</translation>
    </message>
    <message>
        <source>Use &quot;tickets create --tenant REF --title TEXT&quot; (quote a text with spaces).</source>
        <translation>Verwenden Sie &quot;tickets create --tenant REF --title TEXT&quot; (einen Text mit Leerzeichen in Anführungszeichen setzen).</translation>
    </message>
    <message>
        <source>&quot;tickets list&quot; takes its filters as --tenant, --assignee and --status.</source>
        <translation>&quot;tickets list&quot; erwartet seine Filter als --tenant, --assignee und --status.</translation>
    </message>
    <message>
        <source>Use &quot;tickets show ID&quot;.</source>
        <translation>Verwenden Sie &quot;tickets show ID&quot;.</translation>
    </message>
    <message>
        <source>Use &quot;tickets assign ID LOGIN&quot;.</source>
        <translation>Verwenden Sie &quot;tickets assign ID LOGIN&quot;.</translation>
    </message>
    <message>
        <source>Use &quot;tickets status ID STATUS&quot;.</source>
        <translation>Verwenden Sie &quot;tickets status ID STATUS&quot;.</translation>
    </message>
    <message>
        <source>Use &quot;tickets comment ID TEXT&quot; (quote a text with spaces).</source>
        <translation>Verwenden Sie &quot;tickets comment ID TEXT&quot; (einen Text mit Leerzeichen in Anführungszeichen setzen).</translation>
    </message>
    <message>
        <source>--title, --description, --channel and --category belong to &quot;tickets create&quot;.</source>
        <translation>--title, --description, --channel und --category gehören zu &quot;tickets create&quot;.</translation>
    </message>
    <message>
        <source>--tenant and --assignee belong to &quot;tickets create&quot; and &quot;tickets list&quot;.</source>
        <translation>--tenant und --assignee gehören zu &quot;tickets create&quot; und &quot;tickets list&quot;.</translation>
    </message>
    <message>
        <source>--status belongs to &quot;tickets list&quot;; a ticket&apos;s status changes with &quot;tickets status ID STATUS&quot;.</source>
        <translation>--status gehört zu &quot;tickets list&quot;; den Status eines Tickets ändert &quot;tickets status ID STATUS&quot;.</translation>
    </message>
    <message>
        <source>--internal belongs to &quot;tickets comment&quot;.</source>
        <translation>--internal gehört zu &quot;tickets comment&quot;.</translation>
    </message>
    <message>
        <source>&quot;tickets create&quot; needs --tenant REF and --title TEXT.</source>
        <translation>&quot;tickets create&quot; braucht --tenant REF und --title TEXT.</translation>
    </message>
    <message>
        <source>--channel takes one of %1.</source>
        <translation>--channel erwartet einen der Werte %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no status; use one of %2.</source>
        <translation>&quot;%1&quot; ist kein Status; verwenden Sie einen der Werte %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a ticket&apos;s number.</source>
        <translation>&quot;%1&quot; ist keine Ticketnummer.</translation>
    </message>
    <message>
        <source>#%1 %2
Tenant: %3
Unit: %4
Status: %5, priority %6, channel %7
Category: %8
</source>
        <translation>#%1 %2
Mieter: %3
Mietobjekt: %4
Status: %5, Priorität %6, Kanal %7
Kategorie: %8
</translation>
    </message>
    <message>
        <source>Assignee: %1
Created by %2 at %3
</source>
        <translation>Zuständig: %1
Erstellt von %2 am %3
</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
    <message>
        <source>(internal) </source>
        <translation>(intern) </translation>
    </message>
    <message>
        <source>Ticket #%1 created.</source>
        <translation>Ticket #%1 erstellt.</translation>
    </message>
    <message>
        <source>No tickets.</source>
        <translation>Keine Tickets.</translation>
    </message>
    <message>
        <source>Ticket #%1 assigned to %2.</source>
        <translation>Ticket #%1 an %2 zugewiesen.</translation>
    </message>
    <message>
        <source>Ticket #%1 was assigned to %2 already.</source>
        <translation>Ticket #%1 war bereits %2 zugewiesen.</translation>
    </message>
    <message>
        <source>Ticket #%1 is now %2.</source>
        <translation>Ticket #%1 hat jetzt den Status %2.</translation>
    </message>
    <message>
        <source>Internal note added to ticket #%1.</source>
        <translation>Interne Notiz zu Ticket #%1 hinzugefügt.</translation>
    </message>
    <message>
        <source>Comment added to ticket #%1.</source>
        <translation>Kommentar zu Ticket #%1 hinzugefügt.</translation>
    </message>
    <message>
        <source>Use &quot;agents list&quot;, &quot;agents add LOGIN --name NAME --role agent|administrator|manager&quot;, &quot;agents set-role LOGIN ROLE&quot;, &quot;agents disable LOGIN&quot; or &quot;agents set-password LOGIN&quot;.</source>
        <translation>Verwenden Sie &quot;agents list&quot;, &quot;agents add LOGIN --name NAME --role agent|administrator|manager&quot;, &quot;agents set-role LOGIN ROLE&quot;, &quot;agents disable LOGIN&quot; oder &quot;agents set-password LOGIN&quot;.</translation>
    </message>
    <message>
        <source>--name and --role belong to &quot;agents add&quot;.</source>
        <translation>--name und --role gehören zu &quot;agents add&quot;.</translation>
    </message>
    <message>
        <source>&quot;agents add LOGIN&quot; needs --name NAME and --role agent|administrator|manager.</source>
        <translation>&quot;agents add LOGIN&quot; braucht --name NAME und --role agent|administrator|manager.</translation>
    </message>
    <message>
        <source>A role is agent, administrator or manager.</source>
        <translation>Eine Rolle ist agent, administrator oder manager.</translation>
    </message>
    <message>
        <source>Agent %1 (%2, %3) added.</source>
        <translation>Sachbearbeiter %1 (%2, %3) hinzugefügt.</translation>
    </message>
    <message>
        <source>Agent %1 is disabled.</source>
        <translation>Sachbearbeiter %1 ist deaktiviert.</translation>
    </message>
    <message>
        <source>Agent %1 was disabled already.</source>
        <translation>Sachbearbeiter %1 war bereits deaktiviert.</translation>
    </message>
    <message>
        <source>Agent %1 is now %2.</source>
        <translation>Sachbearbeiter %1 hat jetzt die Rolle %2.</translation>
    </message>
    <message>
        <source>Agent %1 is %2 already.</source>
        <translation>Sachbearbeiter %1 hat bereits die Rolle %2.</translation>
    </message>
    <message>
        <source>No agents.</source>
        <translation>Keine Sachbearbeiter.</translation>
    </message>
    <message>
        <source>Use &quot;alias create&quot;, &quot;alias list&quot; or &quot;alias link ALIAS_ID --tenant REF&quot;.</source>
        <translation>Verwenden Sie &quot;alias create&quot;, &quot;alias list&quot; oder &quot;alias link ALIAS_ID --tenant REF&quot;.</translation>
    </message>
    <message>
        <source>Use &quot;alias create --unit UNIT_REF --name \&quot;FULL NAME\&quot; [--move-in DATE]&quot;.</source>
        <translation>Verwenden Sie &quot;alias create --unit UNIT_REF --name \&quot;FULL NAME\&quot; [--move-in DATE]&quot;.</translation>
    </message>
    <message>
        <source>&quot;alias list&quot; takes no arguments.</source>
        <translation>&quot;alias list&quot; erwartet keine Argumente.</translation>
    </message>
    <message>
        <source>Use &quot;alias link ALIAS_ID --tenant REF&quot;.</source>
        <translation>Verwenden Sie &quot;alias link ALIAS_ID --tenant REF&quot;.</translation>
    </message>
    <message>
        <source>--unit, --name and --move-in belong to &quot;alias create&quot;.</source>
        <translation>--unit, --name und --move-in gehören zu &quot;alias create&quot;.</translation>
    </message>
    <message>
        <source>--tenant belongs to &quot;alias link&quot;.</source>
        <translation>--tenant gehört zu &quot;alias link&quot;.</translation>
    </message>
    <message>
        <source>&quot;alias create&quot; needs --unit UNIT_REF and --name &quot;FULL NAME&quot;.</source>
        <translation>&quot;alias create&quot; braucht --unit UNIT_REF und --name &quot;FULL NAME&quot;.</translation>
    </message>
    <message>
        <source>&quot;alias link&quot; needs --tenant REF: the tenant the alias is.</source>
        <translation>&quot;alias link&quot; braucht --tenant REF: den Mieter, der der Alias ist.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no date: give the move-in as YYYY-MM-DD or DD.MM.YYYY.</source>
        <translation>&quot;%1&quot; ist kein Datum: Geben Sie das Einzugsdatum als YYYY-MM-DD oder DD.MM.YYYY an.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an alias user&apos;s number (see &quot;alias list&quot;).</source>
        <translation>&quot;%1&quot; ist keine Nummer eines Alias-Benutzers (siehe &quot;alias list&quot;).</translation>
    </message>
    <message>
        <source>tenant %1</source>
        <translation>Mieter %1</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>von Hand erfasst</translation>
    </message>
    <message>
        <source>  moving in %1</source>
        <translation>  Einzug am %1</translation>
    </message>
    <message>
        <source>  since %1</source>
        <translation>  seit %1</translation>
    </message>
    <message numerus="yes">
        <source>  %n ticket(s)</source>
        <translation>
            <numerusform>  %n Ticket</numerusform>
            <numerusform>  %n Tickets</numerusform>
        </translation>
    </message>
    <message>
        <source>  -&gt; may be tenant %1 (confirm: cockpitctl alias link %2 --tenant %1)</source>
        <translation>  -&gt; ist vielleicht Mieter %1 (bestätigen: cockpitctl alias link %2 --tenant %1)</translation>
    </message>
    <message>
        <source>  -&gt; may be any of the tenants %1</source>
        <translation>  -&gt; ist vielleicht einer der Mieter %1</translation>
    </message>
    <message>
        <source>No alias users.</source>
        <translation>Keine Alias-Benutzer.</translation>
    </message>
    <message numerus="yes">
        <source>Alias user %1 is now tenant %2; %n ticket(s) moved.</source>
        <translation>
            <numerusform>Der Alias-Benutzer %1 ist jetzt Mieter %2; %n Ticket übertragen.</numerusform>
            <numerusform>Der Alias-Benutzer %1 ist jetzt Mieter %2; %n Tickets übertragen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than a post can be (%2 bytes).</source>
        <translation>%1 ist grösser, als ein Beitrag sein darf (%2 Bytes).</translation>
    </message>
    <message>
        <source>%1 is not readable UTF-16 text.</source>
        <translation>%1 ist kein lesbarer UTF-16-Text.</translation>
    </message>
    <message>
        <source>%1 is not a text file (it holds NUL bytes).</source>
        <translation>%1 ist keine Textdatei (sie enthält NUL-Bytes).</translation>
    </message>
    <message>
        <source>cockpitctl: %1 is not UTF-8; read as Windows-1252.</source>
        <translation>cockpitctl: %1 ist nicht UTF-8; als Windows-1252 gelesen.</translation>
    </message>
    <message>
        <source>&quot;pinboard&quot; takes post or list.</source>
        <translation>&quot;pinboard&quot; erwartet post oder list.</translation>
    </message>
    <message>
        <source>&quot;pinboard %1&quot; takes no further arguments (put a text with spaces in quotes).</source>
        <translation>&quot;pinboard %1&quot; erwartet keine weiteren Argumente (setzen Sie einen Text mit Leerzeichen in Anführungszeichen).</translation>
    </message>
    <message>
        <source>&quot;pinboard list&quot; takes only --property REF.</source>
        <translation>&quot;pinboard list&quot; erwartet nur --property REF.</translation>
    </message>
    <message>
        <source>&quot;pinboard list&quot; takes one --property.</source>
        <translation>&quot;pinboard list&quot; erlaubt nur ein --property.</translation>
    </message>
    <message>
        <source>&quot;pinboard post&quot; needs --title TEXT.</source>
        <translation>&quot;pinboard post&quot; braucht --title TEXT.</translation>
    </message>
    <message>
        <source>&quot;pinboard post&quot; needs the text: --body TEXT or --body-file FILE (one of them).</source>
        <translation>&quot;pinboard post&quot; braucht den Text: --body TEXT oder --body-file FILE (eines davon).</translation>
    </message>
    <message>
        <source>--%1 takes a date as YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation>--%1 erwartet ein Datum als YYYY-MM-DD, nicht &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>--include-future-tenants is about the e-mails of an --important post.</source>
        <translation>--include-future-tenants betrifft die E-Mails eines Beitrags mit --important.</translation>
    </message>
    <message>
        <source>IMPORTANT </source>
        <translation>WICHTIG </translation>
    </message>
    <message>
        <source>      e-mails: %1 sent, %2 failed, %3 waiting
</source>
        <translation>      E-Mails: %1 gesendet, %2 fehlgeschlagen, %3 wartend
</translation>
    </message>
    <message>
        <source>No posts.
</source>
        <translation>Keine Beiträge.
</translation>
    </message>
    <message>
        <source>Post %1 published; %2 e-mail(s) queued.
</source>
        <translation>Beitrag %1 veröffentlicht; %2 E-Mail(s) eingereiht.
</translation>
    </message>
    <message>
        <source>Post %1 published (not important: no e-mails).
</source>
        <translation>Beitrag %1 veröffentlicht (nicht wichtig: keine E-Mails).
</translation>
    </message>
    <message>
        <source>%1 tenant(s) of the audience cannot be e-mailed:
</source>
        <translation>Per E-Mail nicht erreichbar (%1 Mieter der Zielgruppe):
</translation>
    </message>
    <message>
        <source>Use &quot;backup FILE&quot;: the new file the copy goes to.</source>
        <translation>Verwenden Sie &quot;backup FILE&quot;: die neue Datei, in die die Kopie geht.</translation>
    </message>
    <message>
        <source>A backup holds all the office&apos;s data: taking one needs a manager.</source>
        <translation>Eine Sicherung enthält alle Daten der Verwaltung: Nur die Geschäftsleitung kann eine erstellen.</translation>
    </message>
    <message>
        <source>Backup written: %1 (%2 bytes, schema version %3).</source>
        <translation>Sicherung geschrieben: %1 (%2 Bytes, Schemaversion %3).</translation>
    </message>
    <message>
        <source>Use &quot;restore FILE&quot;: a copy made by &quot;backup&quot;.</source>
        <translation>Verwenden Sie &quot;restore FILE&quot;: eine mit &quot;backup&quot; erstellte Kopie.</translation>
    </message>
    <message>
        <source>Restoring a backup needs a manager.</source>
        <translation>Nur die Geschäftsleitung kann eine Sicherung wiederherstellen.</translation>
    </message>
    <message>
        <source>Restored from %1 (schema version %2, now %3). The data as it was before is kept in %4.</source>
        <translation>Aus %1 wiederhergestellt (Schemaversion %2, jetzt %3). Die bisherigen Daten sind in %4 aufbewahrt.</translation>
    </message>
    <message>
        <source>Use &quot;copy-to URL&quot;: the empty PostgreSQL database the office moves to.</source>
        <translation>Verwenden Sie &quot;copy-to URL&quot;: die leere PostgreSQL-Datenbank, in die die Verwaltung umzieht.</translation>
    </message>
    <message>
        <source>copy-to moves the office to a PostgreSQL server; for another file use &quot;backup FILE&quot;.</source>
        <translation>copy-to verschiebt die Verwaltung auf einen PostgreSQL-Server; für eine andere Datei verwenden Sie &quot;backup FILE&quot;.</translation>
    </message>
    <message>
        <source>Moving the office to a server needs a manager.</source>
        <translation>Nur die Geschäftsleitung kann die Verwaltung auf einen Server verschieben.</translation>
    </message>
    <message numerus="yes">
        <source>Copied and verified: %n row(s), the same count and checksum in every table, to %1.</source>
        <translation>
            <numerusform>Kopiert und geprüft: %n Zeile, in jeder Tabelle dieselbe Anzahl und Prüfsumme, nach %1.</numerusform>
            <numerusform>Kopiert und geprüft: %n Zeilen, in jeder Tabelle dieselbe Anzahl und Prüfsumme, nach %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Each agent logs in to the server with a password of their own: set them with &quot;cockpitctl --db URL agents set-password LOGIN&quot; (%1).</source>
        <translation>Jeder Sachbearbeiter meldet sich mit einem eigenen Passwort am Server an: Legen Sie diese mit &quot;cockpitctl --db URL agents set-password LOGIN&quot; fest (%1).</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Passwort für %1: </translation>
    </message>
    <message numerus="yes">
        <source>Waiting %n second(s) after the wrong attempts before…</source>
        <translation>
            <numerusform>Nach den falschen Versuchen %n Sekunde Wartezeit…</numerusform>
            <numerusform>Nach den falschen Versuchen %n Sekunden Wartezeit…</numerusform>
        </translation>
    </message>
    <message>
        <source>This office has logins: say who is acting with --as LOGIN (the password comes from the keychain, kept there by &quot;login --remember&quot;, or as the first line of stdin).</source>
        <translation>Für diese Verwaltung sind Anmeldungen eingerichtet: Geben Sie mit --as LOGIN an, wer handelt (das Passwort kommt aus dem Schlüsselbund, wo &quot;login --remember&quot; es ablegt, oder als erste Zeile von stdin).</translation>
    </message>
    <message>
        <source>This office has no logins yet, so there is no password to check for %1. A manager&apos;s first password starts them: &quot;cockpitctl agents set-password LOGIN&quot;.</source>
        <translation>Für diese Verwaltung sind noch keine Anmeldungen eingerichtet, daher gibt es für %1 kein Passwort zu prüfen. Das erste Passwort eines Mitglieds der Geschäftsleitung richtet sie ein: &quot;cockpitctl agents set-password LOGIN&quot;.</translation>
    </message>
    <message>
        <source>Use &quot;cockpitctl --as LOGIN login [--remember]&quot;, the password on stdin.</source>
        <translation>Verwenden Sie &quot;cockpitctl --as LOGIN login [--remember]&quot;, mit dem Passwort auf stdin.</translation>
    </message>
    <message>
        <source>This office has no logins yet: a manager&apos;s first password starts them (&quot;cockpitctl agents set-password LOGIN&quot;).</source>
        <translation>Für diese Verwaltung sind noch keine Anmeldungen eingerichtet: Das erste Passwort eines Mitglieds der Geschäftsleitung richtet sie ein (&quot;cockpitctl agents set-password LOGIN&quot;).</translation>
    </message>
    <message>
        <source>The password is right, but the keychain did not keep it: %1</source>
        <translation>Das Passwort ist richtig, aber der Schlüsselbund hat es nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>%1 (%2) logged in; the password is kept in the keychain for this office, so &quot;--as %3&quot; needs no password here from now on.</source>
        <translation>%1 (%2) angemeldet; das Passwort ist im Schlüsselbund für diese Verwaltung gespeichert, daher braucht &quot;--as %3&quot; hier ab jetzt kein Passwort mehr.</translation>
    </message>
    <message>
        <source>%1 (%2): the password is right.</source>
        <translation>%1 (%2): Das Passwort ist richtig.</translation>
    </message>
    <message>
        <source>Use &quot;cockpitctl --as LOGIN logout&quot;.</source>
        <translation>Verwenden Sie &quot;cockpitctl --as LOGIN logout&quot;.</translation>
    </message>
    <message>
        <source>The keychain keeps no password of %1 for this office any more.</source>
        <translation>Der Schlüsselbund enthält für diese Verwaltung kein Passwort von %1 mehr.</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>Neues Passwort für %1: </translation>
    </message>
    <message>
        <source>The same again: </source>
        <translation>Noch einmal dasselbe: </translation>
    </message>
    <message>
        <source>The two passwords differ; nothing changed.</source>
        <translation>Die beiden Passwörter sind verschieden; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1 (%2) has a new password.</source>
        <translation>%1 (%2) hat ein neues Passwort.</translation>
    </message>
    <message>
        <source>Logins are in use from now on: the desktop program asks who is working, and every command here says who is acting with --as LOGIN.</source>
        <translation>Ab jetzt werden Anmeldungen verwendet: Das Desktop-Programm fragt, wer arbeitet, und jeder Befehl hier gibt mit --as LOGIN an, wer handelt.</translation>
    </message>
    <message>
        <source>No password on stdin: give it as the next line.</source>
        <translation>Kein Passwort auf stdin: Geben Sie es als nächste Zeile ein.</translation>
    </message>
    <message>
        <source>The password on stdin is not valid UTF-8.</source>
        <translation>Das Passwort auf stdin ist kein gültiges UTF-8.</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>Passwort: </translation>
    </message>
    <message>
        <source>Use &quot;register --code CODE&quot; with the password on stdin.</source>
        <translation>Verwenden Sie &quot;register --code CODE&quot; mit dem Passwort auf stdin.</translation>
    </message>
    <message>
        <source>--code needs the activation code from the invitation.</source>
        <translation>--code braucht den Aktivierungscode aus der Einladung.</translation>
    </message>
    <message>
        <source>%1 (%2) is registered; the login is %3 with the new password.</source>
        <translation>%1 (%2) ist registriert; Anmeldung mit %3 und dem neuen Passwort.</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) logged for them as an alias user are now theirs.</source>
        <translation>
            <numerusform>%n Ticket, das für diese Person als Alias-Benutzer erfasst wurde, gehört jetzt ihr.</numerusform>
            <numerusform>%n Tickets, die für diese Person als Alias-Benutzer erfasst wurden, gehören jetzt ihr.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use &quot;tenant-login --email ADDRESS&quot; with the password on stdin.</source>
        <translation>Verwenden Sie &quot;tenant-login --email ADDRESS&quot; mit dem Passwort auf stdin.</translation>
    </message>
    <message>
        <source>The e-mail address or the password is wrong.</source>
        <translation>Die E-Mail-Adresse oder das Passwort ist falsch.</translation>
    </message>
    <message>
        <source>The login details are correct.</source>
        <translation>Die Anmeldedaten sind korrekt.</translation>
    </message>
    <message>
        <source>(%1; default: %2)</source>
        <translation>(%1; Standard: %2)</translation>
    </message>
</context>
<context>
    <name>CompanySettings</name>
    <message>
        <source>Only a %1 may change %2.</source>
        <translation>Nur die Rolle %1 darf %2 ändern.</translation>
    </message>
    <message>
        <source>smtp.security none sends passwords and mail unencrypted: it is only allowed for a mail server on this computer (localhost), not for %1. Use starttls or tls.</source>
        <translation>smtp.security none sendet Passwörter und E-Mails unverschlüsselt: Das ist nur für einen Mailserver auf diesem Computer (localhost) erlaubt, nicht für %1. Verwenden Sie starttls oder tls.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>the record has more than %1 fields</source>
        <translation>der Datensatz hat mehr als %1 Felder</translation>
    </message>
    <message>
        <source>the file is not open for reading</source>
        <translation>die Datei ist nicht zum Lesen geöffnet</translation>
    </message>
    <message>
        <source>the quoted field that starts on line %1 is never closed</source>
        <translation>das Feld in Anführungszeichen, das auf Zeile %1 beginnt, wird nie geschlossen</translation>
    </message>
    <message>
        <source>text after the closing quote in field %1</source>
        <translation>Text nach dem schliessenden Anführungszeichen in Feld %1</translation>
    </message>
    <message>
        <source>field %1 is longer than %2 bytes</source>
        <translation>Feld %1 ist länger als %2 Bytes</translation>
    </message>
    <message>
        <source>could not read line %1: %2</source>
        <translation>Zeile %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>line %1 holds binary data (a NUL byte): this is UTF-16 text, save the file as UTF-8 CSV</source>
        <translation>Zeile %1 enthält Binärdaten (ein NUL-Byte): Das ist UTF-16-Text, speichern Sie die Datei als UTF-8-CSV</translation>
    </message>
    <message>
        <source>line %1 holds binary data (a NUL byte): this is not a text file</source>
        <translation>Zeile %1 enthält Binärdaten (ein NUL-Byte): Das ist keine Textdatei</translation>
    </message>
</context>
<context>
    <name>DataExchangeImport</name>
    <message>
        <source>A data-exchange job says row by row what to insert, update and delete; --mode snapshot does not apply to it.</source>
        <translation>Ein Datenaustausch-Job gibt Zeile für Zeile an, was einzufügen, zu aktualisieren und zu löschen ist; --mode snapshot gilt für ihn nicht.</translation>
    </message>
    <message>
        <source>The job holds no CSV file to import.</source>
        <translation>Der Job enthält keine CSV-Datei zum Importieren.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation>Abgebrochen: Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>The job has no manifest.json. The ERP writes it last, so without it the job may be incomplete.</source>
        <translation>Der Job hat keine manifest.json. Das ERP schreibt sie zuletzt, daher ist der Job ohne sie möglicherweise unvollständig.</translation>
    </message>
    <message>
        <source>manifest.json cannot be read or is far too large.</source>
        <translation>manifest.json kann nicht gelesen werden oder ist viel zu gross.</translation>
    </message>
    <message>
        <source>manifest.json is not a JSON object (%1 at byte %2).</source>
        <translation>manifest.json ist kein JSON-Objekt (%1 bei Byte %2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be %2.</source>
        <translation>&quot;%1&quot; muss %2 sein.</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>a locale like de_CH</source>
        <translation>eine Locale wie de_CH</translation>
    </message>
    <message>
        <source>The locale %1 is not a language the Cockpit writes in; new tenants get the company&apos;s default language.</source>
        <translation>Die Locale %1 ist keine Sprache, in der das Cockpit schreibt; neue Mieter erhalten die Standardsprache der Firma.</translation>
    </message>
    <message>
        <source>&quot;rented&quot; or &quot;owned&quot;</source>
        <translation>&quot;rented&quot; oder &quot;owned&quot;</translation>
    </message>
    <message>
        <source>manifest.json: the key &quot;%1&quot; is not known and was ignored.</source>
        <translation>manifest.json: Der Schlüssel &quot;%1&quot; ist unbekannt und wurde ignoriert.</translation>
    </message>
    <message>
        <source>&quot;reportEmails&quot; must be a list of addresses.</source>
        <translation>&quot;reportEmails&quot; muss eine Liste von Adressen sein.</translation>
    </message>
    <message>
        <source>The report address %1 must list &quot;error&quot; and/or &quot;success&quot;.</source>
        <translation>Die Berichtsadresse %1 muss &quot;error&quot; und/oder &quot;success&quot; aufführen.</translation>
    </message>
    <message>
        <source>Each entry of &quot;reportEmails&quot; is an address or an object {address: [&quot;error&quot;, &quot;success&quot;]}.</source>
        <translation>Jeder Eintrag von &quot;reportEmails&quot; ist eine Adresse oder ein Objekt {address: [&quot;error&quot;, &quot;success&quot;]}.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address: %2</source>
        <translation>&quot;%1&quot; ist keine E-Mail-Adresse: %2</translation>
    </message>
    <message>
        <source>The folder %1 inside the job was ignored.</source>
        <translation>Der Ordner %1 im Job wurde ignoriert.</translation>
    </message>
    <message>
        <source>%1 is part of the format but not of what the Cockpit imports; it was skipped.</source>
        <translation>%1 gehört zum Format, aber nicht zu dem, was das Cockpit importiert; die Datei wurde übersprungen.</translation>
    </message>
    <message>
        <source>%1 is not a file of the data-exchange format; it was ignored.</source>
        <translation>%1 ist keine Datei des Datenaustausch-Formats; sie wurde ignoriert.</translation>
    </message>
    <message>
        <source>uuidRemappings.csv must be the only CSV file of its job; this job also holds %1.</source>
        <translation>uuidRemappings.csv muss die einzige CSV-Datei ihres Jobs sein; dieser Job enthält auch %1.</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The file is not UTF-8 (byte %1); the format requires UTF-8.</source>
        <translation>Die Datei ist nicht UTF-8 (Byte %1); das Format verlangt UTF-8.</translation>
    </message>
    <message>
        <source>The file is empty: it has not even a header row.</source>
        <translation>Die Datei ist leer: Sie hat nicht einmal eine Kopfzeile.</translation>
    </message>
    <message>
        <source>%1: the column &quot;%2&quot; is not known and was ignored.</source>
        <translation>%1: Die Spalte &quot;%2&quot; ist unbekannt und wurde ignoriert.</translation>
    </message>
    <message>
        <source>The column appears more than once in the header.</source>
        <translation>Die Spalte kommt in der Kopfzeile mehr als einmal vor.</translation>
    </message>
    <message>
        <source>The header lacks the required column &quot;%1&quot; (names are case-sensitive).</source>
        <translation>In der Kopfzeile fehlt die Pflichtspalte &quot;%1&quot; (Gross-/Kleinschreibung der Namen beachten).</translation>
    </message>
    <message>
        <source>The row has %1 fields but the header %2.</source>
        <translation>Die Zeile hat %1 Felder, die Kopfzeile aber %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an import type of %2 (allowed: %3).</source>
        <translation>&quot;%1&quot; ist kein Importtyp von %2 (erlaubt: %3).</translation>
    </message>
    <message>
        <source>%1 is required on %2.</source>
        <translation>%1 ist bei %2 Pflicht.</translation>
    </message>
    <message>
        <source>The value is longer than 500 characters or holds a line break.</source>
        <translation>Der Wert ist länger als 500 Zeichen oder enthält einen Zeilenumbruch.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a resource (property, group, unit, utilisationPeriod).</source>
        <translation>&quot;%1&quot; ist keine Ressource (property, group, unit, utilisationPeriod).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a UUID.</source>
        <translation>&quot;%1&quot; ist keine UUID.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (yyyy-mm-dd).</source>
        <translation>&quot;%1&quot; ist kein Datum (yyyy-mm-dd).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number as the format writes it (+ and 5 to 20 digits, no spaces).</source>
        <translation>&quot;%1&quot; ist keine Telefonnummer in der Schreibweise des Formats (+ und 5 bis 20 Ziffern, ohne Leerzeichen).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a two-letter country code.</source>
        <translation>&quot;%1&quot; ist kein zweistelliger Ländercode.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a postal code (digits and hyphens).</source>
        <translation>&quot;%1&quot; ist keine Postleitzahl (Ziffern und Bindestriche).</translation>
    </message>
    <message>
        <source>The registration code is longer than 100 characters or holds control characters.</source>
        <translation>Der Registrierungscode ist länger als 100 Zeichen oder enthält Steuerzeichen.</translation>
    </message>
    <message>
        <source>%1 and %2 are given both or neither.</source>
        <translation>%1 und %2 müssen entweder beide angegeben sein oder beide fehlen.</translation>
    </message>
    <message>
        <source>%1 lies before %2.</source>
        <translation>%1 liegt vor %2.</translation>
    </message>
    <message>
        <source>The id %1 also appears on line %2 of this file.</source>
        <translation>Die ID %1 kommt auch auf Zeile %2 dieser Datei vor.</translation>
    </message>
    <message>
        <source>The same %1 and %2 also appear on line %3 of this file.</source>
        <translation>Dieselben %1 und %2 kommen auch auf Zeile %3 dieser Datei vor.</translation>
    </message>
    <message>
        <source>%1 line %2: there is no record %3 to delete (deleted before or never imported); the row changes nothing.</source>
        <translation>%1 Zeile %2: Es gibt keinen Datensatz %3 zum Löschen (schon früher gelöscht oder nie importiert); die Zeile ändert nichts.</translation>
    </message>
    <message>
        <source>There is no record %1 to update: it is neither in this job nor imported before.</source>
        <translation>Es gibt keinen Datensatz %1 zum Aktualisieren: Er ist weder in diesem Job noch früher importiert.</translation>
    </message>
    <message>
        <source>%1 %2 is deleted by this job (%3).</source>
        <translation>%1 %2 wird von diesem Job gelöscht (%3).</translation>
    </message>
    <message>
        <source>%1 %2 is neither in this job (%3) nor imported before.</source>
        <translation>%1 %2 ist weder in diesem Job (%3) noch früher importiert.</translation>
    </message>
    <message>
        <source>endDate %1 lies before the period&apos;s start (%2) as imported before.</source>
        <translation>endDate %1 liegt vor dem früher importierten Beginn der Periode (%2).</translation>
    </message>
    <message>
        <source>startDate %1 lies after the period&apos;s end (%2) as imported before.</source>
        <translation>startDate %1 liegt nach dem früher importierten Ende der Periode (%2).</translation>
    </message>
    <message>
        <source>The registration code is the same as on line %1; every tenant needs a code of their own.</source>
        <translation>Der Registrierungscode ist derselbe wie auf Zeile %1; jeder Mieter braucht einen eigenen Code.</translation>
    </message>
    <message>
        <source>The registration code already belongs to another tenant.</source>
        <translation>Der Registrierungscode gehört bereits einem anderen Mieter.</translation>
    </message>
    <message>
        <source>Line %1 gives the same e-mail address; each agent signs in with an address of their own.</source>
        <translation>Zeile %1 nennt dieselbe E-Mail-Adresse; jeder Sachbearbeiter meldet sich mit einer eigenen Adresse an.</translation>
    </message>
    <message>
        <source>Another agent already signs in as %1.</source>
        <translation>Ein anderer Sachbearbeiter meldet sich bereits als %1 an.</translation>
    </message>
    <message>
        <source>The new id is the old one.</source>
        <translation>Die neue ID ist die alte.</translation>
    </message>
    <message>
        <source>The %1 %2 already gets a new id on line %3.</source>
        <translation>%1 %2 erhält bereits auf Zeile %3 eine neue ID.</translation>
    </message>
    <message>
        <source>The id %1 is already given to another %2 on line %3.</source>
        <translation>Die ID %1 ist auf Zeile %3 bereits einem anderen Datensatz vom Typ %2 zugeteilt.</translation>
    </message>
    <message>
        <source>There is no %1 %2 to give a new id.</source>
        <translation>Es gibt keinen Datensatz %1 %2, der eine neue ID erhalten könnte.</translation>
    </message>
    <message>
        <source>The id %1 is already taken by another %2.</source>
        <translation>Die ID %1 ist bereits von einem anderen Datensatz vom Typ %2 belegt.</translation>
    </message>
    <message>
        <source>An insert returned no id.</source>
        <translation>Ein Einfügen hat keine ID zurückgegeben.</translation>
    </message>
    <message numerus="yes">
        <source>%n new tenant(s) have no e-mail address and cannot be invited yet.</source>
        <translation>
            <numerusform>%n neuer Mieter hat keine E-Mail-Adresse und kann noch nicht eingeladen werden.</numerusform>
            <numerusform>%n neue Mieter haben keine E-Mail-Adresse und können noch nicht eingeladen werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>tenants.csv line %1: the tenant already has an activation code that was sent or used; the ERP&apos;s new code was not taken.</source>
        <translation>tenants.csv Zeile %1: Der Mieter hat bereits einen Aktivierungscode, der gesendet oder verwendet wurde; der neue Code aus dem ERP wurde nicht übernommen.</translation>
    </message>
    <message>
        <source>agents.csv line %1: firstName is only taken together with lastName (the Cockpit keeps one display name); the agent&apos;s name was left as it is.</source>
        <translation>agents.csv Zeile %1: firstName wird nur zusammen mit lastName übernommen (das Cockpit führt einen einzigen Anzeigenamen); der Name des Sachbearbeiters blieb unverändert.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The Qt SQL driver %1 is not installed (Debian package %2).</source>
        <translation>Der Qt-SQL-Treiber %1 ist nicht installiert (Debian-Paket %2).</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Cannot open the database %1</source>
        <translation>Die Datenbank %1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Cannot reach the database %1</source>
        <translation>Die Datenbank %1 ist nicht erreichbar</translation>
    </message>
    <message>
        <source>%1 is not a Tenant Cockpit database (%2)</source>
        <translation>%1 ist keine Datenbank von Tenant Cockpit (%2)</translation>
    </message>
    <message>
        <source>%1 is not a Tenant Cockpit database: it holds other tables (%2). Nothing was changed.</source>
        <translation>%1 ist keine Datenbank von Tenant Cockpit: Sie enthält andere Tabellen (%2). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1: cannot switch to write-ahead logging (journal mode %2).</source>
        <translation>%1: Umstellung auf Write-Ahead-Logging nicht möglich (Journalmodus %2).</translation>
    </message>
    <message>
        <source>A query failed</source>
        <translation>Eine Abfrage ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cannot prepare a query</source>
        <translation>Eine Abfrage kann nicht vorbereitet werden</translation>
    </message>
</context>
<context>
    <name>DatabaseUrl</name>
    <message>
        <source>Invalid database URL: %1</source>
        <translation>Ungültige Datenbank-URL: %1</translation>
    </message>
    <message>
        <source>expected sqlite:/path/file.db or sqlite:///path/file.db</source>
        <translation>erwartet wird sqlite:/path/file.db oder sqlite:///path/file.db</translation>
    </message>
    <message>
        <source>the SQLite file name is missing (sqlite:/path/file.db)</source>
        <translation>der Name der SQLite-Datei fehlt (sqlite:/path/file.db)</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file</source>
        <translation>%1 ist ein Ordner, keine Datenbankdatei</translation>
    </message>
    <message>
        <source>unknown kind (none given)</source>
        <translation>unbekannte Art (keine angegeben)</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot;</source>
        <translation>unbekannte Art &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1; use sqlite:/path/file.db or postgresql://user@host:port/dbname</source>
        <translation>%1; verwenden Sie sqlite:/path/file.db oder postgresql://user@host:port/dbname</translation>
    </message>
    <message>
        <source>it is not a well-formed postgresql://user@host:port/dbname address</source>
        <translation>es ist keine gültige Adresse der Form postgresql://user@host:port/dbname</translation>
    </message>
    <message>
        <source>port %1 is out of range</source>
        <translation>Port %1 liegt ausserhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <source>the database name is missing (postgresql://user@host:port/dbname)</source>
        <translation>der Datenbankname fehlt (postgresql://user@host:port/dbname)</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot; (known: %2)</source>
        <translation>unbekannte Option &quot;%1&quot; (bekannt: %2)</translation>
    </message>
    <message>
        <source>option &quot;%1&quot; has an unusable value</source>
        <translation>Option &quot;%1&quot; hat einen unbrauchbaren Wert</translation>
    </message>
    <message>
        <source>give the host either in the URL or as ?host=, not both</source>
        <translation>geben Sie den Host entweder in der URL oder als ?host= an, nicht beides</translation>
    </message>
    <message>
        <source>sslmode &quot;%1&quot; is not one of %2</source>
        <translation>sslmode &quot;%1&quot; ist keiner von %2</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>Cancelled: no demo data was written.</source>
        <translation>Abgebrochen: Es wurden keine Demodaten geschrieben.</translation>
    </message>
    <message>
        <source>The number of demo tenants must be between 1 and %1.</source>
        <translation>Die Anzahl Demo-Mieter muss zwischen 1 und %1 liegen.</translation>
    </message>
    <message>
        <source>The reference date for demo data is not valid.</source>
        <translation>Der Stichtag für die Demodaten ist ungültig.</translation>
    </message>
    <message>
        <source>Only an administrator or a manager may write demo data.</source>
        <translation>Nur ein Administrator oder die Geschäftsleitung darf Demodaten schreiben.</translation>
    </message>
    <message>
        <source>The database already holds properties or persons; demo data only goes into an empty database.</source>
        <translation>Die Datenbank enthält bereits Liegenschaften oder Personen; Demodaten kommen nur in eine leere Datenbank.</translation>
    </message>
    <message>
        <source>The number of demo tickets must be between 0 and %1.</source>
        <translation>Die Anzahl Demo-Tickets muss zwischen 0 und %1 liegen.</translation>
    </message>
    <message>
        <source>Demo tickets need the demo tenants and agents: write those first.</source>
        <translation>Demo-Tickets brauchen die Demo-Mieter und -Sachbearbeiter: Schreiben Sie diese zuerst.</translation>
    </message>
</context>
<context>
    <name>DropFolder</name>
    <message>
        <source>No drop folder is set (company setting import.drop_folder).</source>
        <translation>Es ist kein Ablageordner festgelegt (Firmeneinstellung import.drop_folder).</translation>
    </message>
    <message>
        <source>The drop folder %1 does not exist or is not a folder.</source>
        <translation>Der Ablageordner %1 existiert nicht oder ist kein Ordner.</translation>
    </message>
    <message>
        <source>The drop folder %1 is not writable, so imported jobs could not be moved out of it.</source>
        <translation>In den Ablageordner %1 kann nicht geschrieben werden, daher könnten importierte Jobs nicht aus ihm verschoben werden.</translation>
    </message>
    <message>
        <source>Cannot create %1 in the drop folder.</source>
        <translation>%1 kann im Ablageordner nicht erstellt werden.</translation>
    </message>
    <message>
        <source>The import was stopped; the job stays in the drop folder.</source>
        <translation>Der Import wurde gestoppt; der Job bleibt im Ablageordner.</translation>
    </message>
    <message>
        <source>The job was imported but could not be moved to %1/; it is not imported again until the watcher restarts.</source>
        <translation>Der Job wurde importiert, konnte aber nicht nach %1/ verschoben werden; er wird erst nach einem Neustart der Überwachung wieder importiert.</translation>
    </message>
    <message>
        <source>The report could not be written to %1: %2</source>
        <translation>Der Bericht konnte nicht nach %1 geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>EmailAddress</name>
    <message>
        <source>there is nothing before the @</source>
        <translation>vor dem @ steht nichts</translation>
    </message>
    <message>
        <source>the part before @ starts or ends with a dot</source>
        <translation>der Teil vor dem @ beginnt oder endet mit einem Punkt</translation>
    </message>
    <message>
        <source>the part before @ has two dots in a row</source>
        <translation>der Teil vor dem @ hat zwei Punkte hintereinander</translation>
    </message>
    <message>
        <source>the part before @ contains %1, which an address cannot hold</source>
        <translation>der Teil vor dem @ enthält %1, was in einer Adresse nicht vorkommen darf</translation>
    </message>
    <message>
        <source>the part before @ is too long</source>
        <translation>der Teil vor dem @ ist zu lang</translation>
    </message>
    <message>
        <source>the part after @ is too long</source>
        <translation>der Teil nach dem @ ist zu lang</translation>
    </message>
    <message>
        <source>the part after @ has an empty part (two dots in a row or a dot at an end)</source>
        <translation>der Teil nach dem @ hat einen leeren Abschnitt (zwei Punkte hintereinander oder ein Punkt am Anfang oder Ende)</translation>
    </message>
    <message>
        <source>a part of the domain is longer than 63 characters</source>
        <translation>ein Teil der Domain ist länger als 63 Zeichen</translation>
    </message>
    <message>
        <source>a part of the domain starts or ends with a hyphen</source>
        <translation>ein Teil der Domain beginnt oder endet mit einem Bindestrich</translation>
    </message>
    <message>
        <source>the part after @ contains %1, which a domain cannot hold</source>
        <translation>der Teil nach dem @ enthält %1, was in einer Domain nicht vorkommen darf</translation>
    </message>
    <message>
        <source>the part after @ is not a domain (it needs a dot, as in example.ch)</source>
        <translation>der Teil nach dem @ ist keine Domain (es braucht einen Punkt, wie in example.ch)</translation>
    </message>
    <message>
        <source>the part after @ is not a domain (it ends in a number)</source>
        <translation>der Teil nach dem @ ist keine Domain (er endet mit einer Zahl)</translation>
    </message>
    <message>
        <source>the address is empty</source>
        <translation>die Adresse ist leer</translation>
    </message>
    <message>
        <source>it contains a control character or an invisible formatting character</source>
        <translation>sie enthält ein Steuerzeichen oder ein unsichtbares Formatierungszeichen</translation>
    </message>
    <message>
        <source>it contains a name or angle brackets: enter only the address itself</source>
        <translation>sie enthält einen Namen oder spitze Klammern: Geben Sie nur die Adresse selbst ein</translation>
    </message>
    <message>
        <source>it contains a comma or semicolon: enter one address only</source>
        <translation>sie enthält ein Komma oder Semikolon: Geben Sie nur eine Adresse ein</translation>
    </message>
    <message>
        <source>quoted parts (&quot;...&quot;) are not accepted</source>
        <translation>Teile in Anführungszeichen (&quot;...&quot;) werden nicht akzeptiert</translation>
    </message>
    <message>
        <source>it contains a space</source>
        <translation>sie enthält ein Leerzeichen</translation>
    </message>
    <message>
        <source>it has no @</source>
        <translation>sie hat kein @</translation>
    </message>
    <message>
        <source>it contains more than one @</source>
        <translation>sie enthält mehr als ein @</translation>
    </message>
    <message>
        <source>there is nothing after the @</source>
        <translation>nach dem @ steht nichts</translation>
    </message>
    <message>
        <source>IP addresses are not accepted after the @, only domain names</source>
        <translation>IP-Adressen werden nach dem @ nicht akzeptiert, nur Domainnamen</translation>
    </message>
    <message>
        <source>the part after @ is not a domain</source>
        <translation>der Teil nach dem @ ist keine Domain</translation>
    </message>
    <message>
        <source>the address is longer than 254 characters</source>
        <translation>die Adresse ist länger als 254 Zeichen</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>Nothing was imported: the input has errors.</source>
        <translation>Es wurde nichts importiert: Die Eingabe enthält Fehler.</translation>
    </message>
    <message>
        <source>Checked, not yet applied: this job waits for someone to confirm it.</source>
        <translation>Geprüft, noch nicht angewendet: Dieser Job wartet auf eine Bestätigung.</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed. A real run would do this:</source>
        <translation>Probelauf: Es wurde nichts geändert. Ein echter Lauf würde Folgendes tun:</translation>
    </message>
    <message>
        <source>%1: %2 added, %3 updated, %4 unchanged</source>
        <translation>%1: %2 hinzugefügt, %3 aktualisiert, %4 unverändert</translation>
    </message>
    <message>
        <source>, %1 ended</source>
        <translation>, %1 beendet</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Liegenschaften</translation>
    </message>
    <message>
        <source>Buildings</source>
        <translation>Gebäude</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Mietobjekte</translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation>Mieter</translation>
    </message>
    <message>
        <source>Tenancies</source>
        <translation>Mietverhältnisse</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Sachbearbeiter</translation>
    </message>
    <message>
        <source>E-mail changed: %1</source>
        <translation>E-Mail geändert: %1</translation>
    </message>
    <message>
        <source>Alias users created: %1</source>
        <translation>Alias-Benutzer erstellt: %1</translation>
    </message>
    <message>
        <source>Alias user %1 (%2) may be tenant %3: confirm the link under Tenants &gt; Alias users.</source>
        <translation>Der Alias-Benutzer %1 (%2) ist vielleicht Mieter %3: Bestätigen Sie die Verknüpfung unter Mieter &gt; Alias-Benutzer.</translation>
    </message>
    <message>
        <source>Alias user %1 (%2) may be any of the tenants %3: choose under Tenants &gt; Alias users.</source>
        <translation>Der Alias-Benutzer %1 (%2) ist vielleicht einer der Mieter %3: Wählen Sie unter Mieter &gt; Alias-Benutzer.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) rejected:</source>
        <translation>
            <numerusform>%n Zeile abgewiesen:</numerusform>
            <numerusform>%n Zeilen abgewiesen:</numerusform>
        </translation>
    </message>
    <message>
        <source>, line %1</source>
        <translation>, Zeile %1</translation>
    </message>
    <message>
        <source>, column &quot;%1&quot;</source>
        <translation>, Spalte &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>ImportService</name>
    <message>
        <source>There is no file or folder %1.</source>
        <translation>Es gibt keine Datei und keinen Ordner %1.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Importing master data needs an administrator; %1 is an agent.</source>
        <translation>Der Import von Stammdaten erfordert einen Administrator; %1 ist Sachbearbeiter.</translation>
    </message>
    <message>
        <source>%1 is a folder; a tenant list is one CSV file. Use --format data-exchange for an ERP job folder.</source>
        <translation>%1 ist ein Ordner; eine Mieterliste ist eine einzelne CSV-Datei. Verwenden Sie --format data-exchange für den Ordner eines ERP-Jobs.</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder to unpack %1.</source>
        <translation>Es kann kein temporärer Ordner zum Entpacken von %1 erstellt werden.</translation>
    </message>
    <message>
        <source>The import run was not recorded.</source>
        <translation>Der Importlauf wurde nicht aufgezeichnet.</translation>
    </message>
    <message>
        <source>There is no finished import run %1.</source>
        <translation>Es gibt keinen abgeschlossenen Importlauf %1.</translation>
    </message>
</context>
<context>
    <name>Invitations</name>
    <message>
        <source>No unique activation code could be drawn.</source>
        <translation>Es konnte kein eindeutiger Aktivierungscode erzeugt werden.</translation>
    </message>
    <message>
        <source>There is no such tenant.</source>
        <translation>Diesen Mieter gibt es nicht.</translation>
    </message>
    <message>
        <source>The person was merged into another and is no longer a tenant of their own.</source>
        <translation>Die Person wurde mit einer anderen zusammengeführt und ist kein eigenständiger Mieter mehr.</translation>
    </message>
    <message>
        <source>Already registered in the tenant app.</source>
        <translation>Bereits in der Mieter-App registriert.</translation>
    </message>
    <message>
        <source>An alias user made by hand is invited as the tenant the ERP delivers: link the alias to that tenant first.</source>
        <translation>Ein von Hand erfasster Alias-Benutzer wird als der Mieter eingeladen, den das ERP liefert: Verknüpfen Sie den Alias zuerst mit diesem Mieter.</translation>
    </message>
    <message>
        <source>No e-mail address: an invitation needs one (it comes with the ERP&apos;s next import, or is entered in the tenant&apos;s data).</source>
        <translation>Keine E-Mail-Adresse: Eine Einladung braucht eine (sie kommt mit dem nächsten Import aus dem ERP oder wird in den Daten des Mieters erfasst).</translation>
    </message>
    <message>
        <source>The e-mail address %1 cannot be used: %2</source>
        <translation>Die E-Mail-Adresse %1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>Only an administrator may invite tenants.</source>
        <translation>Nur ein Administrator darf Mieter einladen.</translation>
    </message>
    <message>
        <source>The invitation links to the tenant app&apos;s registration page, and none is set: a manager sets it in Company settings (registration.base_url). Nobody was invited.</source>
        <translation>Die Einladung verlinkt auf die Registrierungsseite der Mieter-App, und es ist keine festgelegt: Die Geschäftsleitung legt sie in den Firmeneinstellungen fest (registration.base_url). Es wurde niemand eingeladen.</translation>
    </message>
    <message>
        <source>No sender is set for the office&apos;s e-mails: a manager sets it in Company settings (smtp.from). Nobody was invited.</source>
        <translation>Für die E-Mails der Verwaltung ist kein Absender festgelegt: Die Geschäftsleitung legt ihn in den Firmeneinstellungen fest (smtp.from). Es wurde niemand eingeladen.</translation>
    </message>
    <message numerus="yes">
        <source>%n tenant(s) invited before this stay invited.</source>
        <translation>
            <numerusform>%n Mieter, der schon früher eingeladen wurde, bleibt eingeladen.</numerusform>
            <numerusform>%n Mieter, die schon früher eingeladen wurden, bleiben eingeladen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not sent: the ERP changed the tenant&apos;s address.</source>
        <translation>Nicht gesendet: Das ERP hat die Adresse des Mieters geändert.</translation>
    </message>
</context>
<context>
    <name>InviteTenants</name>
    <message>
        <source>Invite to the tenant app</source>
        <translation>Zur Mieter-App einladen</translation>
    </message>
    <message>
        <source>Nobody to invite: everyone there is invited or registered already.</source>
        <translation>Niemand einzuladen: Alle dort sind bereits eingeladen oder registriert.</translation>
    </message>
    <message>
        <source>Invite %1 by e-mail? Tenants invited before get a reminder with the same code.</source>
        <translation>Möchten Sie %1 per E-Mail einladen? Bereits eingeladene Mieter erhalten eine Erinnerung mit demselben Code.</translation>
    </message>
    <message>
        <source>Inviting…</source>
        <translation>Mieter werden eingeladen…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>%1 invitation(s) and %2 reminder(s) are in the outbox.</source>
        <translation>%1 Einladung(en) und %2 Erinnerung(en) sind im Postausgang.</translation>
    </message>
    <message>
        <source>Cancelled: the other tenants were not invited.</source>
        <translation>Abgebrochen: Die übrigen Mieter wurden nicht eingeladen.</translation>
    </message>
    <message>
        <source>%1 could not be invited (see the details).</source>
        <translation>Nicht eingeladen werden konnten: %1 (siehe Details).</translation>
    </message>
</context>
<context>
    <name>LocalBackup</name>
    <message>
        <source>The copy could not start: %1</source>
        <translation>Die Kopie konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>The office file stayed locked by another program for %1 s: try again when its import or save is done.</source>
        <translation>Die Verwaltungsdatei blieb %1 s lang von einem anderen Programm gesperrt: Versuchen Sie es erneut, wenn dessen Import oder Speichervorgang abgeschlossen ist.</translation>
    </message>
    <message>
        <source>The copy failed: %1</source>
        <translation>Die Kopie ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Backup and restore copy a local office file. A PostgreSQL office is saved with pg_dump and brought back with pg_restore (see the README); &quot;cockpitctl status&quot; then checks the restored schema.</source>
        <translation>Sicherung und Wiederherstellung kopieren eine lokale Verwaltungsdatei. Eine PostgreSQL-Verwaltung wird mit pg_dump gesichert und mit pg_restore zurückgeholt (siehe README); &quot;cockpitctl status&quot; prüft danach das wiederhergestellte Schema.</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>Es gibt keine Datei %1.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a Tenant Cockpit office file.</source>
        <translation>%1 ist keine Verwaltungsdatei von Tenant Cockpit.</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 ist beschädigt: %2</translation>
    </message>
    <message>
        <source>%1 was written by a newer Tenant Cockpit (schema %2, this program %3): restore it with that version.</source>
        <translation>%1 wurde von einer neueren Version von Tenant Cockpit geschrieben (Schema %2, dieses Programm %3): Stellen Sie die Datei mit jener Version wieder her.</translation>
    </message>
    <message>
        <source>%1 exists already: a backup never overwrites a file, give a new name.</source>
        <translation>%1 existiert bereits: Eine Sicherung überschreibt nie eine Datei, geben Sie einen neuen Namen an.</translation>
    </message>
    <message>
        <source>There is no folder %1.</source>
        <translation>Es gibt keinen Ordner %1.</translation>
    </message>
    <message>
        <source>The office file&apos;s connection is not SQLite&apos;s.</source>
        <translation>Die Verbindung der Verwaltungsdatei ist keine SQLite-Verbindung.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The copy did not check out: %1</source>
        <translation>Die Kopie hat die Prüfung nicht bestanden: %1</translation>
    </message>
    <message>
        <source>%1 could not be created (did another program make it meanwhile?).</source>
        <translation>%1 konnte nicht erstellt werden (hat ein anderes Programm die Datei inzwischen angelegt?).</translation>
    </message>
    <message>
        <source>%1 is the office file itself.</source>
        <translation>%1 ist die Verwaltungsdatei selbst.</translation>
    </message>
    <message>
        <source>The office&apos;s data as it is could not be kept first, so nothing was restored: %1</source>
        <translation>Die bisherigen Daten der Verwaltung konnten nicht zuerst aufbewahrt werden, daher wurde nichts wiederhergestellt: %1</translation>
    </message>
</context>
<context>
    <name>MailSetup</name>
    <message>
        <source>No mail server is set: a manager sets smtp.host in Company settings.</source>
        <translation>Es ist kein Mailserver festgelegt: Die Geschäftsleitung legt smtp.host in den Firmeneinstellungen fest.</translation>
    </message>
    <message>
        <source>No sender is set: a manager sets smtp.from in Company settings.</source>
        <translation>Es ist kein Absender festgelegt: Die Geschäftsleitung legt smtp.from in den Firmeneinstellungen fest.</translation>
    </message>
    <message>
        <source>The password file %1 cannot be read: %2</source>
        <translation>Die Passwortdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>MailTemplates</name>
    <message>
        <source>Invitation</source>
        <translation>Einladung</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Erinnerung</translation>
    </message>
    <message>
        <source>E-mail address changed (to the old address)</source>
        <translation>E-Mail-Adresse geändert (an die alte Adresse)</translation>
    </message>
    <message>
        <source>Important pinboard post</source>
        <translation>Wichtiger Pinnwand-Beitrag</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the template languages (de, fr, it, en).</source>
        <translation>&quot;%1&quot; ist keine der Vorlagensprachen (de, fr, it, en).</translation>
    </message>
    <message>
        <source>A template needs a subject and a text.</source>
        <translation>Eine Vorlage braucht einen Betreff und einen Text.</translation>
    </message>
    <message>
        <source>The subject is longer than 200 characters.</source>
        <translation>Der Betreff ist länger als 200 Zeichen.</translation>
    </message>
    <message>
        <source>The text is longer than 20,000 characters.</source>
        <translation>Der Text ist länger als 20&apos;000 Zeichen.</translation>
    </message>
    <message>
        <source>{%1} is not a placeholder of this e-mail; it offers %2.</source>
        <translation>{%1} ist kein Platzhalter dieser E-Mail; verfügbar sind %2.</translation>
    </message>
    <message>
        <source>%1 may not be in the subject: subjects are logged by mail servers.</source>
        <translation>%1 darf nicht im Betreff stehen: Mailserver protokollieren Betreffzeilen.</translation>
    </message>
    <message>
        <source>The text must contain {%1}.</source>
        <translation>Der Text muss {%1} enthalten.</translation>
    </message>
    <message>
        <source>Only a manager may change the e-mail templates.</source>
        <translation>Nur die Geschäftsleitung darf die E-Mail-Vorlagen ändern.</translation>
    </message>
</context>
<context>
    <name>MasterData</name>
    <message>
        <source>%1, %2</source>
        <comment>last name, first name</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>There is no property %1 (any more).</source>
        <translation>Es gibt keine Liegenschaft %1 (mehr).</translation>
    </message>
    <message>
        <source>There is no building %1 (any more).</source>
        <translation>Es gibt kein Gebäude %1 (mehr).</translation>
    </message>
    <message>
        <source>There is no unit %1 (any more).</source>
        <translation>Es gibt kein Mietobjekt %1 (mehr).</translation>
    </message>
    <message>
        <source>There is no tenancy %1 (any more).</source>
        <translation>Es gibt kein Mietverhältnis %1 (mehr).</translation>
    </message>
    <message>
        <source>There is no unit with the reference %1.</source>
        <translation>Es gibt kein Mietobjekt mit der Referenz %1.</translation>
    </message>
    <message>
        <source>There is no property with the reference %1.</source>
        <translation>Es gibt keine Liegenschaft mit der Referenz %1.</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>This database was written by a newer version of Tenant Cockpit (schema version %1; this program knows up to %2). Update Tenant Cockpit before using this database.</source>
        <translation>Diese Datenbank wurde von einer neueren Version von Tenant Cockpit geschrieben (Schemaversion %1; dieses Programm kennt bis %2). Aktualisieren Sie Tenant Cockpit, bevor Sie diese Datenbank verwenden.</translation>
    </message>
    <message>
        <source>The database has schema version %1, this program needs %2: run &quot;cockpitctl migrate&quot; or open it once in Tenant Cockpit.</source>
        <translation>Die Datenbank hat Schemaversion %1, dieses Programm braucht %2: Führen Sie &quot;cockpitctl migrate&quot; aus oder öffnen Sie sie einmal in Tenant Cockpit.</translation>
    </message>
    <message>
        <source>Migration %1 (%2) failed: %3</source>
        <translation>Migration %1 (%2) ist fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>Migration %1 (%2) failed: a row of %3 refers to a missing row of %4.</source>
        <translation>Migration %1 (%2) ist fehlgeschlagen: Eine Zeile von %3 verweist auf eine fehlende Zeile von %4.</translation>
    </message>
</context>
<context>
    <name>MimeMessage</name>
    <message>
        <source>&quot;%1&quot; is not an e-mail address: %2</source>
        <translation>&quot;%1&quot; ist keine E-Mail-Adresse: %2</translation>
    </message>
    <message>
        <source>The address %1 has letters before the @ that only a server with SMTPUTF8 accepts.</source>
        <translation>Die Adresse %1 hat vor dem @ Zeichen, die nur ein Server mit SMTPUTF8 akzeptiert.</translation>
    </message>
    <message>
        <source>The domain of %1 has no ASCII form.</source>
        <translation>Die Domain von %1 hat keine ASCII-Form.</translation>
    </message>
    <message>
        <source>The message has no usable Message-ID.</source>
        <translation>Die Nachricht hat keine verwendbare Message-ID.</translation>
    </message>
</context>
<context>
    <name>OfficeCopy</name>
    <message>
        <source>The server&apos;s table %1 has no column %2.</source>
        <translation>Die Tabelle %1 auf dem Server hat keine Spalte %2.</translation>
    </message>
    <message>
        <source>A copy goes from the office&apos;s local file to a PostgreSQL server.</source>
        <translation>Eine Kopie geht von der lokalen Datei der Verwaltung auf einen PostgreSQL-Server.</translation>
    </message>
    <message>
        <source>Both databases need this version&apos;s schema (%1); the file has %2, the server %3.</source>
        <translation>Beide Datenbanken brauchen das Schema dieser Version (%1); die Datei hat %2, der Server %3.</translation>
    </message>
    <message>
        <source>The server&apos;s database is not empty (%1 holds %2 rows): a copy goes only into an empty one, so that nothing there is mixed with the office&apos;s data.</source>
        <translation>Die Datenbank auf dem Server ist nicht leer (%1 enthält %2 Zeilen): Eine Kopie geht nur in eine leere, damit dort nichts mit den Daten der Verwaltung vermischt wird.</translation>
    </message>
    <message>
        <source>The copy of %1 differs from the file (%2 rows, checksum %3; the file: %4 rows, %5). Nothing was copied.</source>
        <translation>Die Kopie von %1 weicht von der Datei ab (%2 Zeilen, Prüfsumme %3; die Datei: %4 Zeilen, %5). Es wurde nichts kopiert.</translation>
    </message>
</context>
<context>
    <name>OfficeRoles</name>
    <message>
        <source>The database role that owns the office database needs CREATEROLE, so that every agent can log in as a role of their own: ALTER ROLE %1 CREATEROLE (as a superuser), then open the office again.</source>
        <translation>Die Datenbankrolle, der die Verwaltungsdatenbank gehört, braucht CREATEROLE, damit sich jeder Sachbearbeiter mit einer eigenen Rolle anmelden kann: ALTER ROLE %1 CREATEROLE (als Superuser), dann die Verwaltung erneut öffnen.</translation>
    </message>
    <message>
        <source>The PostgreSQL connection has no native handle.</source>
        <translation>Die PostgreSQL-Verbindung hat kein natives Handle.</translation>
    </message>
    <message>
        <source>The password could not be prepared for the server: %1</source>
        <translation>Das Passwort konnte nicht für den Server vorbereitet werden: %1</translation>
    </message>
</context>
<context>
    <name>OfficeSetup</name>
    <message>
        <source>Only an administrator or a manager may set up the company.</source>
        <translation>Nur ein Administrator oder die Geschäftsleitung darf die Firma einrichten.</translation>
    </message>
    <message>
        <source>Unknown table %1.</source>
        <translation>Unbekannte Tabelle %1.</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>Only an administrator may send failed e-mails again.</source>
        <translation>Nur ein Administrator darf fehlgeschlagene E-Mails erneut senden.</translation>
    </message>
    <message>
        <source>The message cannot be written: %1</source>
        <translation>Die Nachricht kann nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>Password</name>
    <message>
        <source>The password needs at least %1 characters.</source>
        <translation>Das Passwort braucht mindestens %1 Zeichen.</translation>
    </message>
    <message>
        <source>The password may have at most %1 characters.</source>
        <translation>Das Passwort darf höchstens %1 Zeichen haben.</translation>
    </message>
    <message>
        <source>This password is one of the most common ones; choose another.</source>
        <translation>Dieses Passwort gehört zu den häufigsten; wählen Sie ein anderes.</translation>
    </message>
    <message>
        <source>This password is too easy to guess; choose another.</source>
        <translation>Dieses Passwort ist zu leicht zu erraten; wählen Sie ein anderes.</translation>
    </message>
    <message>
        <source>The password library could not be started.</source>
        <translation>Die Passwort-Bibliothek konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>There was not enough memory to protect the password.</source>
        <translation>Es war nicht genug Speicher vorhanden, um das Passwort zu schützen.</translation>
    </message>
</context>
<context>
    <name>Pinboard</name>
    <message>
        <source>No e-mail address.</source>
        <translation>Keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Not invited to the tenant app yet.</source>
        <translation>Noch nicht zur Mieter-App eingeladen.</translation>
    </message>
    <message>
        <source>A post needs a title.</source>
        <translation>Ein Beitrag braucht einen Titel.</translation>
    </message>
    <message>
        <source>The title is longer than %1 characters.</source>
        <translation>Der Titel ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>A post needs a text.</source>
        <translation>Ein Beitrag braucht einen Text.</translation>
    </message>
    <message>
        <source>The text is longer than %L1 characters.</source>
        <translation>Der Text ist länger als %L1 Zeichen.</translation>
    </message>
    <message>
        <source>Choose whom the post is for: the whole company, properties or buildings.</source>
        <translation>Wählen Sie, für wen der Beitrag ist: die ganze Firma, Liegenschaften oder Gebäude.</translation>
    </message>
    <message>
        <source>The post would end (%1) before it begins (%2).</source>
        <translation>Der Beitrag würde enden (%1), bevor er beginnt (%2).</translation>
    </message>
    <message>
        <source>Only an administrator may write pinboard posts.</source>
        <translation>Nur ein Administrator darf Pinnwand-Beiträge schreiben.</translation>
    </message>
    <message>
        <source>No sender is set for the office&apos;s e-mails: a manager sets it in Company settings (smtp.from). Nothing was saved or sent.</source>
        <translation>Für die E-Mails der Verwaltung ist kein Absender festgelegt: Die Geschäftsleitung legt ihn in den Firmeneinstellungen fest (smtp.from). Es wurde nichts gespeichert oder gesendet.</translation>
    </message>
    <message>
        <source>The post would be over (%1) before it is published.</source>
        <translation>Der Beitrag wäre abgelaufen (%1), bevor er veröffentlicht wird.</translation>
    </message>
    <message>
        <source>There is no property with the id %1.</source>
        <translation>Es gibt keine Liegenschaft mit der ID %1.</translation>
    </message>
    <message>
        <source>There is no building with the id %1.</source>
        <translation>Es gibt kein Gebäude mit der ID %1.</translation>
    </message>
    <message>
        <source>Only an important post is e-mailed: mark it important to notify its tenants again.</source>
        <translation>Nur ein wichtiger Beitrag wird per E-Mail versendet: Markieren Sie ihn als wichtig, um seine Mieter erneut zu benachrichtigen.</translation>
    </message>
    <message>
        <source>There is no pinboard post %1 (it may have been deleted).</source>
        <translation>Es gibt keinen Pinnwand-Beitrag %1 (er wurde vielleicht gelöscht).</translation>
    </message>
    <message>
        <source>Someone else changed this post since it was opened (at %1). Open it again to see their changes; nothing was saved.</source>
        <translation>Jemand anderes hat diesen Beitrag geändert, seit er geöffnet wurde (am %1). Öffnen Sie ihn erneut, um die Änderungen zu sehen; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Someone else changed this post a moment ago. Open it again; nothing was saved.</source>
        <translation>Jemand anderes hat diesen Beitrag soeben geändert. Öffnen Sie ihn erneut; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Only an administrator may delete pinboard posts.</source>
        <translation>Nur ein Administrator darf Pinnwand-Beiträge löschen.</translation>
    </message>
    <message>
        <source>There is no pinboard post %1 (it may have been deleted already).</source>
        <translation>Es gibt keinen Pinnwand-Beitrag %1 (er wurde vielleicht bereits gelöscht).</translation>
    </message>
    <message>
        <source>Not sent: the pinboard post was deleted.</source>
        <translation>Nicht gesendet: Der Pinnwand-Beitrag wurde gelöscht.</translation>
    </message>
    <message>
        <source>Whole company</source>
        <translation>Ganze Firma</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>PreparedStatement</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The SQLite connection has no native handle.</source>
        <translation>Die SQLite-Verbindung hat kein natives Handle.</translation>
    </message>
    <message>
        <source>Cannot prepare a statement</source>
        <translation>Eine Anweisung kann nicht vorbereitet werden</translation>
    </message>
    <message>
        <source>A query failed</source>
        <translation>Eine Abfrage ist fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>Registration</name>
    <message>
        <source>This activation code is not valid, or it has been used already.</source>
        <translation>Dieser Aktivierungscode ist ungültig oder wurde bereits verwendet.</translation>
    </message>
    <message>
        <source>tenant %1</source>
        <translation>Mieter %1</translation>
    </message>
</context>
<context>
    <name>ReplyParser</name>
    <message>
        <source>a reply line longer than %1 bytes</source>
        <translation>eine Antwortzeile länger als %1 Bytes</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an SMTP reply</source>
        <translation>&quot;%1&quot; ist keine SMTP-Antwort</translation>
    </message>
    <message>
        <source>a multi-line reply changes its code from %1 to %2</source>
        <translation>eine mehrzeilige Antwort wechselt ihren Code von %1 zu %2</translation>
    </message>
    <message>
        <source>a reply of more than %1 lines</source>
        <translation>eine Antwort mit mehr als %1 Zeilen</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Agent</source>
        <translation>Sachbearbeiter</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Geschäftsleitung</translation>
    </message>
</context>
<context>
    <name>SettingsCatalog</name>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>einer der Werte %1</translation>
    </message>
    <message>
        <source>two-letter ISO country code</source>
        <translation>zweistelliger ISO-Ländercode</translation>
    </message>
    <message>
        <source>port number (1-65535)</source>
        <translation>Portnummer (1-65535)</translation>
    </message>
    <message>
        <source>e-mail address, with a name if wanted: Name &lt;address&gt;</source>
        <translation>E-Mail-Adresse, auf Wunsch mit Name: Name &lt;Adresse&gt;</translation>
    </message>
    <message>
        <source>web address (https://...)</source>
        <translation>Webadresse (https://...)</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Firmenname</translation>
    </message>
    <message>
        <source>The company&apos;s name, shown in the window title and in e-mails.</source>
        <translation>Der Name der Firma, angezeigt im Fenstertitel und in E-Mails.</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>The company&apos;s country: the default region for phone numbers.</source>
        <translation>Das Land der Firma: die Standardregion für Telefonnummern.</translation>
    </message>
    <message>
        <source>Default language</source>
        <translation>Standardsprache</translation>
    </message>
    <message>
        <source>ERP interface</source>
        <translation>ERP-Schnittstelle</translation>
    </message>
    <message>
        <source>The office imports its tenants from an ERP: name, e-mail and phone of imported tenants then change only through the next import.</source>
        <translation>Die Verwaltung importiert ihre Mieter aus einem ERP: Name, E-Mail und Telefon importierter Mieter ändern sich dann nur noch durch den nächsten Import.</translation>
    </message>
    <message>
        <source>Alias users</source>
        <translation>Alias-Benutzer</translation>
    </message>
    <message>
        <source>Tenants known only by name (no e-mail yet, typically before they move in) become alias users at import, and administrators can create alias users for a unit, so tickets can be logged for them; their tickets pass to their account when they register. Off: no new alias users.</source>
        <translation>Mieter, die nur mit Namen bekannt sind (noch keine E-Mail, typischerweise vor dem Einzug), werden beim Import zu Alias-Benutzern, und Administratoren können Alias-Benutzer für ein Mietobjekt erstellen, damit Tickets für sie erfasst werden können; ihre Tickets gehen bei der Registrierung auf ihr Konto über. Aus: keine neuen Alias-Benutzer.</translation>
    </message>
    <message>
        <source>Mail server</source>
        <translation>Mailserver</translation>
    </message>
    <message>
        <source>The SMTP server e-mail leaves through (host name). Empty: none yet.</source>
        <translation>Der SMTP-Server, über den E-Mails versendet werden (Hostname). Leer: noch keiner.</translation>
    </message>
    <message>
        <source>Mail server port</source>
        <translation>Port des Mailservers</translation>
    </message>
    <message>
        <source>587 for STARTTLS (the usual), 465 for TLS from the start.</source>
        <translation>587 für STARTTLS (üblich), 465 für TLS von Anfang an.</translation>
    </message>
    <message>
        <source>Mail server encryption</source>
        <translation>Verschlüsselung des Mailservers</translation>
    </message>
    <message>
        <source>starttls or tls; none only for a server on this computer (localhost).</source>
        <translation>starttls oder tls; none nur für einen Server auf diesem Computer (localhost).</translation>
    </message>
    <message>
        <source>Mail server login</source>
        <translation>Benutzername am Mailserver</translation>
    </message>
    <message>
        <source>The login at the mail server. Its password is never stored here: it belongs in the system&apos;s keychain. Empty: no login.</source>
        <translation>Der Benutzername am Mailserver. Sein Passwort wird nie hier gespeichert: Es gehört in den Schlüsselbund des Systems. Leer: keine Anmeldung.</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Absender</translation>
    </message>
    <message>
        <source>Who the office&apos;s e-mails come from, e.g. Régie du Lac &lt;mieter@regie.ch&gt;.</source>
        <translation>Von wem die E-Mails der Verwaltung kommen, z. B. Régie du Lac &lt;mieter@regie.ch&gt;.</translation>
    </message>
    <message>
        <source>Mail server CA file</source>
        <translation>CA-Datei des Mailservers</translation>
    </message>
    <message>
        <source>A file with the certificate authority the mail server&apos;s certificate is checked against. Empty: the system&apos;s.</source>
        <translation>Eine Datei mit der Zertifizierungsstelle, gegen die das Zertifikat des Mailservers geprüft wird. Leer: die des Systems.</translation>
    </message>
    <message>
        <source>Registration link</source>
        <translation>Registrierungslink</translation>
    </message>
    <message>
        <source>The tenant app&apos;s registration page; invitations link to it with the tenant&apos;s code.</source>
        <translation>Die Registrierungsseite der Mieter-App; Einladungen verlinken mit dem Code des Mieters darauf.</translation>
    </message>
    <message>
        <source>Import drop folder</source>
        <translation>Ablageordner für Importe</translation>
    </message>
    <message>
        <source>Unknown setting &quot;%1&quot;. Valid settings: %2.</source>
        <translation>Unbekannte Einstellung &quot;%1&quot;. Gültige Einstellungen: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid value for %2: expected %3.</source>
        <translation>&quot;%1&quot; ist kein gültiger Wert für %2: erwartet wird %3.</translation>
    </message>
    <message>
        <source>The value for %1 contains a control character (a tab or a line break, say); those are not allowed in settings.</source>
        <translation>Der Wert für %1 enthält ein Steuerzeichen (zum Beispiel einen Tabulator oder Zeilenumbruch); solche sind in Einstellungen nicht erlaubt.</translation>
    </message>
    <message>
        <source>%1 must not be empty.</source>
        <translation>%1 darf nicht leer sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid value for %2: %3</source>
        <translation>&quot;%1&quot; ist kein gültiger Wert für %2: %3</translation>
    </message>
    <message>
        <source>A folder where ERP exports are left for import. While the Cockpit runs, each complete job found there is imported once and moved to done/ or failed/ with its report (awaiting/ when it needs a confirmation). Empty: none.</source>
        <translation>Ein Ordner, in dem ERP-Exporte zum Import abgelegt werden. Solange das Cockpit läuft, wird jeder vollständige Job dort einmal importiert und mit seinem Bericht nach done/ oder failed/ verschoben (nach awaiting/, wenn er eine Bestätigung braucht). Leer: keiner.</translation>
    </message>
    <message>
        <source>The office&apos;s language: for tenants whose language is not known, and for cockpitctl when its environment names none (a scheduled import&apos;s report).</source>
        <translation>Die Sprache der Firma: für Mieter, deren Sprache nicht bekannt ist, und für cockpitctl, wenn seine Umgebung keine nennt (der Bericht eines geplanten Imports).</translation>
    </message>
</context>
<context>
    <name>TenantListImport</name>
    <message>
        <source>A record id (%1) is outside what the import can handle.</source>
        <translation>Eine Datensatz-ID (%1) liegt ausserhalb dessen, was der Import verarbeiten kann.</translation>
    </message>
    <message>
        <source>No ids could be drawn for %1.</source>
        <translation>Für %1 konnten keine IDs vergeben werden.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation>Abgebrochen: Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>The file is not UTF-8; it was read as Windows-1252.</source>
        <translation>Die Datei ist nicht UTF-8; sie wurde als Windows-1252 gelesen.</translation>
    </message>
    <message>
        <source>The file is not valid UTF-8 (byte %1), but the profile says it is.</source>
        <translation>Die Datei ist kein gültiges UTF-8 (Byte %1), obwohl das Profil dies angibt.</translation>
    </message>
    <message>
        <source>SHA-256 is not available.</source>
        <translation>SHA-256 ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>The file holds no header row: it is empty.</source>
        <translation>Die Datei hat keine Kopfzeile: Sie ist leer.</translation>
    </message>
    <message>
        <source>The header row is malformed: %1</source>
        <translation>Die Kopfzeile ist fehlerhaft: %1</translation>
    </message>
    <message>
        <source>This is one file of an ERP data-exchange job, not a tenant list: import the job&apos;s folder (with its manifest.json) instead.</source>
        <translation>Dies ist eine Datei eines ERP-Datenaustausch-Jobs, keine Mieterliste: Importieren Sie stattdessen den Ordner des Jobs (mit seiner manifest.json).</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; is not known and was ignored.</source>
        <translation>Die Spalte &quot;%1&quot; ist unbekannt und wurde ignoriert.</translation>
    </message>
    <message>
        <source>The file holds a header row but no tenants.</source>
        <translation>Die Datei hat eine Kopfzeile, aber keine Mieter.</translation>
    </message>
    <message numerus="yes">
        <source>%n phone number(s) could not be read as numbers and were kept as written (first on line %1).</source>
        <translation>
            <numerusform>%n Telefonnummer konnte nicht als Nummer gelesen werden und wurde wie geschrieben übernommen (zuerst auf Zeile %1).</numerusform>
            <numerusform>%n Telefonnummern konnten nicht als Nummern gelesen werden und wurden wie geschrieben übernommen (zuerst auf Zeile %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>The row has %1 fields but the header only %2: a value holds the delimiter without quotes.</source>
        <translation>Die Zeile hat %1 Felder, die Kopfzeile aber nur %2: Ein Wert enthält das Trennzeichen ohne Anführungszeichen.</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 ist Pflicht.</translation>
    </message>
    <message>
        <source>A reference has at most %1 characters and no line breaks.</source>
        <translation>Eine Referenz hat höchstens %1 Zeichen und keine Zeilenumbrüche.</translation>
    </message>
    <message>
        <source>A name has at most %1 characters and no line breaks.</source>
        <translation>Ein Name hat höchstens %1 Zeichen und keine Zeilenumbrüche.</translation>
    </message>
    <message>
        <source>The value is longer than %1 characters.</source>
        <translation>Der Wert ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD or DD.MM.YYYY).</source>
        <translation>&quot;%1&quot; ist kein Datum (YYYY-MM-DD oder DD.MM.YYYY).</translation>
    </message>
    <message>
        <source>The move-out date %1 lies before the move-in date %2.</source>
        <translation>Das Auszugsdatum %1 liegt vor dem Einzugsdatum %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address: %2</source>
        <translation>&quot;%1&quot; ist keine E-Mail-Adresse: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language the Cockpit writes in (de, fr, it, en).</source>
        <translation>&quot;%1&quot; ist keine Sprache, in der das Cockpit schreibt (de, fr, it, en).</translation>
    </message>
    <message>
        <source>A phone number has at most %1 characters and no line breaks.</source>
        <translation>Eine Telefonnummer hat höchstens %1 Zeichen und keine Zeilenumbrüche.</translation>
    </message>
    <message>
        <source>The tenant %1 appears on lines %2 with different data (%3).</source>
        <translation>Der Mieter %1 kommt auf den Zeilen %2 mit unterschiedlichen Daten vor (%3).</translation>
    </message>
    <message>
        <source>The unit %1 appears on lines %2 in different properties.</source>
        <translation>Das Mietobjekt %1 kommt auf den Zeilen %2 in verschiedenen Liegenschaften vor.</translation>
    </message>
    <message>
        <source>The tenancy %1 appears on lines %2 with different move-out dates.</source>
        <translation>Das Mietverhältnis %1 kommt auf den Zeilen %2 mit unterschiedlichen Auszugsdaten vor.</translation>
    </message>
    <message>
        <source>The rows of property %1 disagree on its name (line %2); kept: %3.</source>
        <translation>Die Zeilen der Liegenschaft %1 nennen unterschiedliche Namen (Zeile %2); übernommen: %3.</translation>
    </message>
    <message>
        <source>The rows of unit %1 disagree on its label or address (line %2); the first row was kept.</source>
        <translation>Die Zeilen des Mietobjekts %1 nennen unterschiedliche Bezeichnungen oder Adressen (Zeile %2); die erste Zeile wurde übernommen.</translation>
    </message>
    <message>
        <source>The unit %1 vanished during the import.</source>
        <translation>Das Mietobjekt %1 ist während des Imports verschwunden.</translation>
    </message>
    <message>
        <source>A tenant vanished during the import.</source>
        <translation>Ein Mieter ist während des Imports verschwunden.</translation>
    </message>
    <message numerus="yes">
        <source>%n new tenant(s) have no e-mail address and cannot be invited yet.</source>
        <translation>
            <numerusform>%n neuer Mieter hat keine E-Mail-Adresse und kann noch nicht eingeladen werden.</numerusform>
            <numerusform>%n neue Mieter haben keine E-Mail-Adresse und können noch nicht eingeladen werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some rejected rows name no readable unit, so no tenancy was ended for missing from this snapshot.</source>
        <translation>Einige abgewiesene Zeilen nennen kein lesbares Mietobjekt, daher wurde kein Mietverhältnis beendet, nur weil es in diesem Snapshot fehlt.</translation>
    </message>
    <message numerus="yes">
        <source>%n tenancy(ies) missing from this snapshot were kept open because rejected rows name their units.</source>
        <translation>
            <numerusform>%n Mietverhältnis, das in diesem Snapshot fehlt, blieb offen, weil abgewiesene Zeilen sein Mietobjekt nennen.</numerusform>
            <numerusform>%n Mietverhältnisse, die in diesem Snapshot fehlen, blieben offen, weil abgewiesene Zeilen ihre Mietobjekte nennen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TenantListProfile</name>
    <message>
        <source>There is no import profile &quot;%1&quot;: give en, de or the path of a profile file.</source>
        <translation>Es gibt kein Importprofil &quot;%1&quot;: Geben Sie en, de oder den Pfad einer Profildatei an.</translation>
    </message>
    <message>
        <source>The profile file %1 is too large to be a profile.</source>
        <translation>Die Profildatei %1 ist zu gross für ein Profil.</translation>
    </message>
    <message>
        <source>Cannot read the profile file %1: %2</source>
        <translation>Die Profildatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The profile %1 is not a JSON object (%2 at byte %3).</source>
        <translation>Das Profil %1 ist kein JSON-Objekt (%2 bei Byte %3).</translation>
    </message>
    <message>
        <source>The profile %1 has an unknown key &quot;%2&quot; (known: %3).</source>
        <translation>Das Profil %1 hat einen unbekannten Schlüssel &quot;%2&quot; (bekannt: %3).</translation>
    </message>
    <message>
        <source>The profile %1 is for the format &quot;%2&quot;; profiles describe tenant lists.</source>
        <translation>Das Profil %1 ist für das Format &quot;%2&quot;; Profile beschreiben Mieterlisten.</translation>
    </message>
    <message>
        <source>The profile %1 names the encoding &quot;%2&quot;; use utf-8, windows-1252 or auto.</source>
        <translation>Das Profil %1 nennt die Kodierung &quot;%2&quot;; verwenden Sie utf-8, windows-1252 oder auto.</translation>
    </message>
    <message>
        <source>The profile %1 names the delimiter &quot;%2&quot;; use &quot;,&quot;, &quot;;&quot; or &quot;tab&quot;.</source>
        <translation>Das Profil %1 nennt das Trennzeichen &quot;%2&quot;; verwenden Sie &quot;,&quot;, &quot;;&quot; oder &quot;tab&quot;.</translation>
    </message>
    <message>
        <source>The profile %1 has the dateFormat &quot;%2&quot;, which reads no four-digit year: use a Qt date format with yyyy, such as &quot;MM/dd/yyyy&quot;.</source>
        <translation>Das Profil %1 hat das dateFormat &quot;%2&quot;, das kein vierstelliges Jahr liest: Verwenden Sie ein Qt-Datumsformat mit yyyy, etwa &quot;MM/dd/yyyy&quot;.</translation>
    </message>
    <message>
        <source>The profile %1 has no &quot;columns&quot; object (header -&gt; field).</source>
        <translation>Das Profil %1 hat kein Objekt &quot;columns&quot; (Kopfzeile -&gt; Feld).</translation>
    </message>
    <message>
        <source>The profile %1 maps the column &quot;%2&quot; to &quot;%3&quot;, which is not a field (fields: %4).</source>
        <translation>Das Profil %1 ordnet die Spalte &quot;%2&quot; dem Feld &quot;%3&quot; zu, das es nicht gibt (Felder: %4).</translation>
    </message>
    <message>
        <source>The profile %1 names no column for the required field %2.</source>
        <translation>Das Profil %1 nennt keine Spalte für das Pflichtfeld %2.</translation>
    </message>
    <message>
        <source>The columns &quot;%1&quot; (%2) and &quot;%3&quot; (%4) both hold %5.</source>
        <translation>Die Spalten &quot;%1&quot; (%2) und &quot;%3&quot; (%4) enthalten beide das Feld %5.</translation>
    </message>
    <message numerus="yes">
        <source>The header row lacks the required column(s) %1.</source>
        <translation>
            <numerusform>In der Kopfzeile fehlt die Pflichtspalte %1.</numerusform>
            <numerusform>In der Kopfzeile fehlen die Pflichtspalten %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TenantSearch</name>
    <message>
        <source>%1, %2</source>
        <comment>last name, first name</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>The search returned nothing.</source>
        <translation>Die Suche hat nichts ergeben.</translation>
    </message>
</context>
<context>
    <name>Tenants</name>
    <message>
        <source>E-mail changed by the ERP</source>
        <translation>E-Mail vom ERP geändert</translation>
    </message>
    <message>
        <source>Name changed by the ERP</source>
        <translation>Name vom ERP geändert</translation>
    </message>
    <message>
        <source>Phone changed by the ERP</source>
        <translation>Telefon vom ERP geändert</translation>
    </message>
    <message>
        <source>Language changed by the ERP</source>
        <translation>Sprache vom ERP geändert</translation>
    </message>
    <message>
        <source>No e-mail address from the ERP</source>
        <translation>Keine E-Mail-Adresse vom ERP</translation>
    </message>
    <message>
        <source>Moved into another unit</source>
        <translation>In ein anderes Mietobjekt umgezogen</translation>
    </message>
    <message>
        <source>Tenancy ended</source>
        <translation>Mietverhältnis beendet</translation>
    </message>
    <message>
        <source>Changed in the Cockpit</source>
        <translation>Im Cockpit geändert</translation>
    </message>
    <message>
        <source>Invited to the tenant app</source>
        <translation>Zur Mieter-App eingeladen</translation>
    </message>
    <message>
        <source>Reminded of the invitation</source>
        <translation>An die Einladung erinnert</translation>
    </message>
    <message>
        <source>Registered in the tenant app</source>
        <translation>In der Mieter-App registriert</translation>
    </message>
    <message>
        <source>Alias user created</source>
        <translation>Alias-Benutzer erstellt</translation>
    </message>
    <message>
        <source>Alias linked to the tenant (alias retired)</source>
        <translation>Alias mit dem Mieter verknüpft (Alias aufgehoben)</translation>
    </message>
    <message>
        <source>Name, e-mail and phone are managed by the ERP: change them there, and they arrive with the next import.</source>
        <translation>Name, E-Mail und Telefon werden im ERP verwaltet: Ändern Sie sie dort; sie werden mit dem nächsten Import übernommen.</translation>
    </message>
    <message>
        <source>There is no tenant with the reference %1.</source>
        <translation>Es gibt keinen Mieter mit der Referenz %1.</translation>
    </message>
    <message>
        <source>There is no tenant %1.</source>
        <translation>Es gibt keinen Mieter %1.</translation>
    </message>
    <message>
        <source>ERP import #%1</source>
        <translation>ERP-Import #%1</translation>
    </message>
    <message>
        <source>Changing a tenant&apos;s master data needs an administrator.</source>
        <translation>Nur ein Administrator kann die Stammdaten eines Mieters ändern.</translation>
    </message>
    <message>
        <source>Someone else changed %1 in the meantime; reload to see their changes.</source>
        <translation>Jemand anderes hat %1 inzwischen geändert; laden Sie neu, um die Änderungen zu sehen.</translation>
    </message>
    <message>
        <source>A tenant needs a last name (or a company name).</source>
        <translation>Ein Mieter braucht einen Nachnamen (oder einen Firmennamen).</translation>
    </message>
    <message>
        <source>A name has at most 200 characters and no line breaks.</source>
        <translation>Ein Name hat höchstens 200 Zeichen und keine Zeilenumbrüche.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address: %2</source>
        <translation>&quot;%1&quot; ist keine E-Mail-Adresse: %2</translation>
    </message>
    <message>
        <source>A phone number has at most 200 characters and no line breaks.</source>
        <translation>Eine Telefonnummer hat höchstens 200 Zeichen und keine Zeilenumbrüche.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number.</source>
        <translation>&quot;%1&quot; ist keine Telefonnummer.</translation>
    </message>
    <message>
        <source>The language is one of de, fr, it, en (or empty for the company&apos;s default).</source>
        <translation>Die Sprache ist eine von de, fr, it, en (oder leer für die Standardsprache der Firma).</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>Gesendet an</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Mietobjekt</translation>
    </message>
    <message>
        <source>Move-in</source>
        <translation>Einzug</translation>
    </message>
    <message>
        <source>Linked to tenant</source>
        <translation>Verknüpft mit Mieter</translation>
    </message>
    <message>
        <source>Tickets moved</source>
        <translation>Übertragene Tickets</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tickets from the alias user</source>
        <translation>Tickets vom Alias-Benutzer</translation>
    </message>
    <message>
        <source>company default</source>
        <translation>Standard der Firma</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>registriert</translation>
    </message>
    <message>
        <source>invited</source>
        <translation>eingeladen</translation>
    </message>
    <message>
        <source>not invited</source>
        <translation>nicht eingeladen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a field and its value in a tenant&apos;s history; French puts a space before the colon</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Tickets</name>
    <message>
        <source>A ticket needs a title.</source>
        <translation>Ein Ticket braucht einen Titel.</translation>
    </message>
    <message>
        <source>A ticket&apos;s title has at most %1 characters and no line breaks.</source>
        <translation>Der Titel eines Tickets hat höchstens %1 Zeichen und keine Zeilenumbrüche.</translation>
    </message>
    <message>
        <source>A category has at most %1 characters and no line breaks.</source>
        <translation>Eine Kategorie hat höchstens %1 Zeichen und keine Zeilenumbrüche.</translation>
    </message>
    <message>
        <source>A description has at most %1 characters.</source>
        <translation>Eine Beschreibung hat höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in Bearbeitung</translation>
    </message>
    <message>
        <source>waiting for tenant</source>
        <translation>wartet auf Mieter</translation>
    </message>
    <message>
        <source>waiting for third party</source>
        <translation>wartet auf Dritte</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <source>walk-in</source>
        <translation>Schalter</translation>
    </message>
    <message>
        <source>app</source>
        <translation>App</translation>
    </message>
    <message>
        <source>low</source>
        <translation>niedrig</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <source>urgent</source>
        <translation>dringend</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fällig am</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Mietobjekt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Wiedereröffnet</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Transferred from alias</source>
        <translation>Vom Alias übertragen</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>jemand</translation>
    </message>
    <message>
        <source>someone else saved it</source>
        <translation>jemand anderes hat es gespeichert</translation>
    </message>
    <message>
        <source>Ticket #%1 was changed since you opened it (version %2, now %3): %4. Nothing of yours was saved: reload it to take their changes, or save yours again on top of them.</source>
        <translation>Ticket #%1 wurde geändert, seit Sie es geöffnet haben (Version %2, jetzt %3): %4. Von Ihren Änderungen wurde nichts gespeichert: Laden Sie das Ticket neu, um die anderen Änderungen zu übernehmen, oder speichern Sie Ihre erneut darüber.</translation>
    </message>
    <message>
        <source>%1 (%2) is disabled and cannot be assigned tickets.</source>
        <translation>%1 (%2) ist deaktiviert und kann keine Tickets zugewiesen bekommen.</translation>
    </message>
    <message>
        <source>Unit %1 is not one the tenant rents or rented.</source>
        <translation>Das Mietobjekt %1 gehört weder zu den aktuellen noch zu den früheren Mietobjekten des Mieters.</translation>
    </message>
    <message>
        <source>Creating a ticket needs an agent.</source>
        <translation>Nur ein Sachbearbeiter kann ein Ticket erstellen.</translation>
    </message>
    <message>
        <source>The channel is one of %1.</source>
        <translation>Der Kanal ist einer der Werte %1.</translation>
    </message>
    <message>
        <source>The priority is one of %1.</source>
        <translation>Die Priorität ist einer der Werte %1.</translation>
    </message>
    <message>
        <source>There is no tenant %1.</source>
        <translation>Es gibt keinen Mieter %1.</translation>
    </message>
    <message>
        <source>%1 was merged into another person and is no longer a tenant of their own: create the ticket for that person.</source>
        <translation>%1 wurde mit einer anderen Person zusammengeführt und ist kein eigenständiger Mieter mehr: Erstellen Sie das Ticket für diese Person.</translation>
    </message>
    <message>
        <source>The new ticket got no number.</source>
        <translation>Das neue Ticket hat keine Nummer erhalten.</translation>
    </message>
    <message>
        <source>There is no ticket #%1.</source>
        <translation>Es gibt kein Ticket #%1.</translation>
    </message>
    <message>
        <source>Ticket %1 vanished while it was transferred.</source>
        <translation>Ticket %1 ist während der Übertragung verschwunden.</translation>
    </message>
    <message>
        <source>The status is one of %1.</source>
        <translation>Der Status ist einer der Werte %1.</translation>
    </message>
    <message>
        <source>Ticket #%1 is &quot;%2&quot; and cannot become &quot;%3&quot;; it can become: %4.</source>
        <translation>Ticket #%1 hat den Status &quot;%2&quot; und kann nicht zu &quot;%3&quot; wechseln; möglich ist: %4.</translation>
    </message>
    <message>
        <source>Changing a ticket needs an agent.</source>
        <translation>Nur ein Sachbearbeiter kann ein Ticket ändern.</translation>
    </message>
    <message>
        <source>Assigning tickets needs an agent.</source>
        <translation>Nur ein Sachbearbeiter kann Tickets zuweisen.</translation>
    </message>
    <message>
        <source>Commenting on a ticket needs an agent.</source>
        <translation>Nur ein Sachbearbeiter kann ein Ticket kommentieren.</translation>
    </message>
    <message>
        <source>A comment needs some text.</source>
        <translation>Ein Kommentar braucht etwas Text.</translation>
    </message>
    <message>
        <source>A comment has at most %1 characters.</source>
        <translation>Ein Kommentar hat höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>The comment got no number.</source>
        <translation>Der Kommentar hat keine Nummer erhalten.</translation>
    </message>
    <message>
        <source>%1 changed by %2 from &quot;%3&quot; to &quot;%4&quot;</source>
        <translation>%1 von %2 geändert: von &quot;%3&quot; auf &quot;%4&quot;</translation>
    </message>
    <message>
        <source>Repairs</source>
        <translation>Reparaturen</translation>
    </message>
    <message>
        <source>Heating</source>
        <translation>Heizung</translation>
    </message>
    <message>
        <source>Water and sanitary</source>
        <translation>Wasser und Sanitär</translation>
    </message>
    <message>
        <source>Electrical</source>
        <translation>Elektro</translation>
    </message>
    <message>
        <source>Noise and neighbours</source>
        <translation>Lärm und Nachbarn</translation>
    </message>
    <message>
        <source>Keys and locks</source>
        <translation>Schlüssel und Schlösser</translation>
    </message>
    <message>
        <source>Rent and payments</source>
        <translation>Miete und Zahlungen</translation>
    </message>
    <message>
        <source>Moving in or out</source>
        <translation>Ein- oder Auszug</translation>
    </message>
    <message>
        <source>Cleaning</source>
        <translation>Reinigung</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>The transaction has already ended.</source>
        <translation>Die Transaktion ist bereits beendet.</translation>
    </message>
</context>
<context>
    <name>ZipJob</name>
    <message>
        <source>Cannot extract %1: %2 is not an existing folder.</source>
        <translation>%1 kann nicht entpackt werden: %2 ist kein existierender Ordner.</translation>
    </message>
    <message>
        <source>Cannot extract %1: the folder %2 is not empty.</source>
        <translation>%1 kann nicht entpackt werden: Der Ordner %2 ist nicht leer.</translation>
    </message>
    <message>
        <source>%1 does not exist or is not a file.</source>
        <translation>%1 existiert nicht oder ist keine Datei.</translation>
    </message>
    <message>
        <source>%1 is empty, not a zip archive. Was the transfer interrupted?</source>
        <translation>%1 ist leer, kein Zip-Archiv. Wurde die Übertragung unterbrochen?</translation>
    </message>
    <message>
        <source>%1 is incomplete or damaged: its table of contents is missing. Was it copied completely?</source>
        <translation>%1 ist unvollständig oder beschädigt: Das Inhaltsverzeichnis fehlt. Wurde die Datei vollständig kopiert?</translation>
    </message>
    <message>
        <source>%1 is not a zip archive.</source>
        <translation>%1 ist kein Zip-Archiv.</translation>
    </message>
    <message>
        <source>%1 is damaged (%2).</source>
        <translation>%1 ist beschädigt (%2).</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2).</source>
        <translation>%1 kann nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <source>%1: the entry &quot;%2&quot; contains a backslash. Zip archives separate folders with &quot;/&quot;; ask for the job to be packed again.</source>
        <translation>%1: Der Eintrag &quot;%2&quot; enthält einen Backslash. Zip-Archive trennen Ordner mit &quot;/&quot;; lassen Sie den Job neu packen.</translation>
    </message>
    <message>
        <source>%1: the entry &quot;%2&quot; has an absolute path; a job holds only files of its own folder.</source>
        <translation>%1: Der Eintrag &quot;%2&quot; hat einen absoluten Pfad; ein Job enthält nur Dateien seines eigenen Ordners.</translation>
    </message>
    <message>
        <source>%1: the entry &quot;%2&quot; has control or formatting characters in its name.</source>
        <translation>%1: Der Eintrag &quot;%2&quot; hat Steuer- oder Formatierungszeichen im Namen.</translation>
    </message>
    <message>
        <source>%1: the entry &quot;%2&quot; points outside the job folder (&quot;..&quot;).</source>
        <translation>%1: Der Eintrag &quot;%2&quot; zeigt aus dem Job-Ordner hinaus (&quot;..&quot;).</translation>
    </message>
    <message>
        <source>%1: the entry &quot;%2&quot; has an empty or &quot;.&quot; part in its path.</source>
        <translation>%1: Der Eintrag &quot;%2&quot; hat einen leeren oder &quot;.&quot;-Teil in seinem Pfad.</translation>
    </message>
    <message>
        <source>%1 holds %2 entries; a job may have at most %3.</source>
        <translation>%1 enthält %2 Einträge; ein Job darf höchstens %3 haben.</translation>
    </message>
    <message>
        <source>%1: the name or the sizes of entry number %2 cannot be read (%3).</source>
        <translation>%1: Der Name oder die Grössen von Eintrag Nummer %2 können nicht gelesen werden (%3).</translation>
    </message>
    <message>
        <source>%1: entry number %2 has no name.</source>
        <translation>%1: Eintrag Nummer %2 hat keinen Namen.</translation>
    </message>
    <message>
        <source>%1: the entry &quot;%2&quot; appears twice.</source>
        <translation>%1: Der Eintrag &quot;%2&quot; kommt zweimal vor.</translation>
    </message>
    <message>
        <source>%1 is damaged or forged: up to the entry &quot;%2&quot; its entries claim more compressed data than the file holds.</source>
        <translation>%1 ist beschädigt oder gefälscht: Bis zum Eintrag &quot;%2&quot; geben seine Einträge mehr komprimierte Daten an, als die Datei enthält.</translation>
    </message>
    <message>
        <source>%1: the entry &quot;%2&quot; is not a regular file (a link, a device or a pipe); a job holds only files.</source>
        <translation>%1: Der Eintrag &quot;%2&quot; ist keine normale Datei (ein Link, ein Gerät oder eine Pipe); ein Job enthält nur Dateien.</translation>
    </message>
    <message>
        <source>%1: the entry &quot;%2&quot; is encrypted. Ask for the job without a password.</source>
        <translation>%1: Der Eintrag &quot;%2&quot; ist verschlüsselt. Fordern Sie den Job ohne Passwort an.</translation>
    </message>
    <message>
        <source>%1: the entry &quot;%2&quot; is compressed with a method this program cannot read (number %3). Ask for the job packed with the usual method, deflate.</source>
        <translation>%1: Der Eintrag &quot;%2&quot; ist mit einer Methode komprimiert, die dieses Programm nicht lesen kann (Nummer %3). Fordern Sie den Job mit der üblichen Methode (deflate) gepackt an.</translation>
    </message>
    <message>
        <source>%1: the entry &quot;%2&quot; unpacks to %3, more than the %4 a job file may have.</source>
        <translation>%1: Der Eintrag &quot;%2&quot; ergibt entpackt %3, mehr als die %4, die eine Job-Datei haben darf.</translation>
    </message>
    <message>
        <source>an impossible size</source>
        <translation>eine unmögliche Grösse</translation>
    </message>
    <message>
        <source>%1: with the entry &quot;%2&quot; the job unpacks to more than the %3 a job may have.</source>
        <translation>%1: Mit dem Eintrag &quot;%2&quot; ergibt der Job entpackt mehr als die %3, die ein Job haben darf.</translation>
    </message>
    <message>
        <source>%1: the entry &quot;%2&quot; is compressed %3 to 1, where job files reach at most %4 to 1. The archive looks built to fill the disk (a zip bomb).</source>
        <translation>%1: Der Eintrag &quot;%2&quot; ist im Verhältnis %3 zu 1 komprimiert, während Job-Dateien höchstens %4 zu 1 erreichen. Das Archiv scheint dazu gebaut, die Festplatte zu füllen (eine Zip-Bombe).</translation>
    </message>
    <message>
        <source>%1 holds two folders, &quot;%2&quot; and &quot;%3&quot;; a job is one folder.</source>
        <translation>%1 enthält zwei Ordner, &quot;%2&quot; und &quot;%3&quot;; ein Job ist ein einzelner Ordner.</translation>
    </message>
    <message>
        <source>%1: the entry &quot;%2&quot; is a subfolder; a job has its files side by side in one folder.</source>
        <translation>%1: Der Eintrag &quot;%2&quot; ist ein Unterordner; ein Job hat seine Dateien nebeneinander in einem Ordner.</translation>
    </message>
    <message>
        <source>%1: the entry &quot;%2&quot; is in a subfolder; a job has its files side by side in one folder.</source>
        <translation>%1: Der Eintrag &quot;%2&quot; liegt in einem Unterordner; ein Job hat seine Dateien nebeneinander in einem Ordner.</translation>
    </message>
    <message>
        <source>%1: the entries &quot;%2&quot; and &quot;%3&quot; would be the same file.</source>
        <translation>%1: Die Einträge &quot;%2&quot; und &quot;%3&quot; wären dieselbe Datei.</translation>
    </message>
    <message>
        <source>%1: the entry &quot;%2&quot; is damaged (its checksum does not match).</source>
        <translation>%1: Der Eintrag &quot;%2&quot; ist beschädigt (seine Prüfsumme stimmt nicht).</translation>
    </message>
    <message>
        <source>%1: the entry &quot;%2&quot; is damaged (%3).</source>
        <translation>%1: Der Eintrag &quot;%2&quot; ist beschädigt (%3).</translation>
    </message>
    <message>
        <source>Cannot write %1 from %2: %3</source>
        <translation>%1 kann nicht aus %2 geschrieben werden: %3</translation>
    </message>
    <message>
        <source>%1: the entry &quot;%2&quot; holds more data than its header declares; the archive is damaged or forged.</source>
        <translation>%1: Der Eintrag &quot;%2&quot; enthält mehr Daten, als sein Header angibt; das Archiv ist beschädigt oder gefälscht.</translation>
    </message>
    <message>
        <source>%1: the entry &quot;%2&quot; holds less data than its header declares; the archive is damaged.</source>
        <translation>%1: Der Eintrag &quot;%2&quot; enthält weniger Daten, als sein Header angibt; das Archiv ist beschädigt.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Writing demo tenants…</source>
        <translation>Demo-Mieter werden angelegt…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Demodaten</translation>
    </message>
    <message>
        <source>Logging demo tickets…</source>
        <translation>Demo-Tickets werden erfasst…</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>Schlüsselbund</translation>
    </message>
    <message>
        <source>Tenant Cockpit: the property-management office&apos;s desk for talking to tenants.</source>
        <translation>Tenant Cockpit: der Arbeitsplatz der Liegenschaftsverwaltung für den Kontakt mit den Mietern.</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Die Datenbank kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Mail server password</source>
        <translation>Mailserver-Passwort</translation>
    </message>
    <message>
        <source>%1

The password of the mail server, to send the office&apos;s e-mails:</source>
        <translation>%1

Das Passwort des Mailservers, damit die E-Mails der Verwaltung gesendet werden können:</translation>
    </message>
    <message>
        <source>Drop folder: %1 %2</source>
        <translation>Ablageordner: %1 %2</translation>
    </message>
    <message>
        <source>Drop folder: %1</source>
        <translation>Ablageordner: %1</translation>
    </message>
    <message>
        <source>The office database: sqlite:/path/file.db or postgresql://user@host:port/dbname. Default: $TENANT_COCKPIT_DB, else the database chosen on the first start.</source>
        <translation>Die Datenbank der Verwaltung: sqlite:/path/file.db oder postgresql://user@host:port/dbname. Standard: $TENANT_COCKPIT_DB, sonst die beim ersten Start gewählte Datenbank.</translation>
    </message>
</context>
<context>
    <name>tc::AboutDialog</name>
    <message>
        <source>About Tenant Cockpit</source>
        <translation>Über Tenant Cockpit</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Tenant Cockpit %1&lt;/h2&gt;&lt;p&gt;The property-management office&apos;s desk for talking to tenants: master data from the ERP, invitations, tickets and the pinboard.&lt;/p&gt;&lt;p&gt;Database: %2&lt;br&gt;Qt %3&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Tenant Cockpit %1&lt;/h2&gt;&lt;p&gt;Der Arbeitsplatz der Liegenschaftsverwaltung für den Kontakt mit den Mietern: Stammdaten aus dem ERP, Einladungen, Tickets und die Pinnwand.&lt;/p&gt;&lt;p&gt;Datenbank: %2&lt;br&gt;Qt %3&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>tc::AliasUsersDialog</name>
    <message>
        <source>Alias users</source>
        <translation>Alias-Benutzer</translation>
    </message>
    <message>
        <source>Alias users made by hand for people the ERP did not deliver yet. When the ERP delivers a tenant with the same name on the same unit, they are proposed here; link an alias to its tenant and its tickets follow. Tenants the import marked as aliases (no e-mail) are under Tenants, status Alias: their tickets pass to them when they register.</source>
        <translation>Von Hand angelegte Alias-Benutzer für Personen, die das ERP noch nicht geliefert hat. Liefert das ERP einen Mieter mit demselben Namen im selben Mietobjekt, wird er hier vorgeschlagen; verknüpfen Sie den Alias mit diesem Mieter, dann gehen seine Tickets auf ihn über. Mieter, die der Import als Alias markiert hat (ohne E-Mail), finden Sie unter Mieter, Status Alias: Ihre Tickets gehen bei der Registrierung auf sie über.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Mietobjekt</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Liegenschaft</translation>
    </message>
    <message>
        <source>Expected move-in</source>
        <translation>Erwarteter Einzug</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>May be</source>
        <translation>Möglicherweise</translation>
    </message>
    <message>
        <source>&amp;Link to tenant…</source>
        <translation>Mit Mieter &amp;verknüpfen…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>The alias users could not be read: %1</source>
        <translation>Die Alias-Benutzer konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>No alias users made by hand.</source>
        <translation>Keine von Hand angelegten Alias-Benutzer.</translation>
    </message>
    <message numerus="yes">
        <source>%n alias user(s), </source>
        <translation>
            <numerusform>%n Alias-Benutzer, </numerusform>
            <numerusform>%n Alias-Benutzer, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a tenant from the ERP to confirm.</source>
        <translation>
            <numerusform>davon %n mit einem Mieter aus dem ERP zur Bestätigung.</numerusform>
            <numerusform>davon %n mit einem Mieter aus dem ERP zur Bestätigung.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alias user(s).</source>
        <translation>
            <numerusform>%n Alias-Benutzer.</numerusform>
            <numerusform>%n Alias-Benutzer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tc::CompanySettingsView</name>
    <message>
        <source>Company settings</source>
        <translation>Firmeneinstellungen</translation>
    </message>
    <message>
        <source>%1 Key: %2</source>
        <translation>%1 Einstellung: %2</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save company settings</source>
        <translation>Firmeneinstellungen speichern</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Revert company settings</source>
        <translation>Firmeneinstellungen zurücksetzen</translation>
    </message>
    <message>
        <source>Mail server &amp;password…</source>
        <translation>Mailserver-&amp;Passwort…</translation>
    </message>
    <message>
        <source>Mail server password</source>
        <translation>Mailserver-Passwort</translation>
    </message>
    <message>
        <source>Kept in the system&apos;s keychain, never in the settings or the database.</source>
        <translation>Wird im Schlüsselbund des Systems aufbewahrt, nie in den Einstellungen oder in der Datenbank.</translation>
    </message>
    <message>
        <source>Send &amp;test e-mail…</source>
        <translation>&amp;Test-E-Mail senden…</translation>
    </message>
    <message>
        <source>Send a test e-mail</source>
        <translation>Eine Test-E-Mail senden</translation>
    </message>
    <message>
        <source>Test e-mail</source>
        <translation>Test-E-Mail</translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation>Nichts zu speichern.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>The password of the login %1 at the mail server. It is kept in the system&apos;s keychain.</source>
        <translation>Das Passwort für den Benutzernamen %1 beim Mailserver. Es wird im Schlüsselbund des Systems aufbewahrt.</translation>
    </message>
    <message>
        <source>Send test e-mail</source>
        <translation>Test-E-Mail senden</translation>
    </message>
    <message>
        <source>Send a test e-mail with the saved mail settings to:</source>
        <translation>Eine Test-E-Mail mit den gespeicherten Mail-Einstellungen senden an:</translation>
    </message>
    <message>
        <source>Sending a test e-mail to %1…</source>
        <translation>Test-E-Mail an %1 wird gesendet…</translation>
    </message>
    <message>
        <source>Settings and e-mail templates</source>
        <translation>Einstellungen und E-Mail-Vorlagen</translation>
    </message>
    <message>
        <source>Setti&amp;ngs</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>E-&amp;mail templates</source>
        <translation>E-Mail-&amp;Vorlagen</translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>a form label; French puts a space before the colon</comment>
        <translation>%1:</translation>
    </message>
</context>
<context>
    <name>tc::ConnectionWatch</name>
    <message>
        <source>the connection to the server broke</source>
        <translation>die Verbindung zum Server wurde unterbrochen</translation>
    </message>
</context>
<context>
    <name>tc::FirstRunDialog</name>
    <message>
        <source>Welcome to Tenant Cockpit</source>
        <translation>Willkommen bei Tenant Cockpit</translation>
    </message>
    <message>
        <source>Where does your office keep its data? A local file suits one PC and works offline; a PostgreSQL server lets several agents work at once.</source>
        <translation>Wo bewahrt Ihre Verwaltung ihre Daten auf? Eine lokale Datei eignet sich für einen einzelnen PC und funktioniert offline; mit einem PostgreSQL-Server können mehrere Sachbearbeiter gleichzeitig arbeiten.</translation>
    </message>
    <message>
        <source>A &amp;local file on this PC</source>
        <translation>Eine &amp;lokale Datei auf diesem PC</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Datenbankdatei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose the database file</source>
        <translation>Datenbankdatei wählen</translation>
    </message>
    <message>
        <source>Tenant Cockpit database (*.db)</source>
        <translation>Datenbank von Tenant Cockpit (*.db)</translation>
    </message>
    <message>
        <source>Fill a new file with %1 demo tenants to try things out</source>
        <translation>Eine neue Datei zum Ausprobieren mit %1 Demo-Mietern füllen</translation>
    </message>
    <message>
        <source>A shared &amp;PostgreSQL server</source>
        <translation>Ein gemeinsamer &amp;PostgreSQL-Server</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Verschlüsselung</translation>
    </message>
    <message>
        <source>Encrypted, server certificate checked (recommended)</source>
        <translation>Verschlüsselt, Serverzertifikat geprüft (empfohlen)</translation>
    </message>
    <message>
        <source>Encrypted, certificate not checked</source>
        <translation>Verschlüsselt, Zertifikat nicht geprüft</translation>
    </message>
    <message>
        <source>Encrypted if the server offers it</source>
        <translation>Verschlüsselt, wenn der Server es anbietet</translation>
    </message>
    <message>
        <source>Not encrypted (only on this PC)</source>
        <translation>Unverschlüsselt (nur auf diesem PC)</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>Daten&amp;bank:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>Ben&amp;utzer:</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>&amp;Verschlüsselung:</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>S&amp;tarten</translation>
    </message>
    <message>
        <source>Enter the server&apos;s name or address.</source>
        <translation>Geben Sie den Namen oder die Adresse des Servers ein.</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>S&amp;erver:</translation>
    </message>
</context>
<context>
    <name>tc::ImportChangesModel</name>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>property</source>
        <translation>Liegenschaft</translation>
    </message>
    <message>
        <source>building</source>
        <translation>Gebäude</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>Mietobjekt</translation>
    </message>
    <message>
        <source>tenant</source>
        <translation>Mieter</translation>
    </message>
    <message>
        <source>tenancy</source>
        <translation>Mietverhältnis</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>Sachbearbeiter</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>ERP reference</source>
        <translation>ERP-Referenz</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
</context>
<context>
    <name>tc::ImportHistoryModel</name>
    <message>
        <source>There is no import run in row %1.</source>
        <translation>In Zeile %1 gibt es keinen Importlauf.</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>übernommen</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgewiesen</translation>
    </message>
    <message>
        <source>awaiting confirmation</source>
        <translation>wartet auf Bestätigung</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>data exchange</source>
        <translation>Datenaustausch</translation>
    </message>
    <message>
        <source>tenant list</source>
        <translation>Mieterliste</translation>
    </message>
    <message>
        <source>delta</source>
        <translation>Delta</translation>
    </message>
    <message>
        <source>snapshot</source>
        <translation>Gesamtbestand</translation>
    </message>
    <message>
        <source>%1 new, %2 changed, %3 moved out</source>
        <comment>tenants added, tenants updated, tenancies ended</comment>
        <translation>%1 neu, %2 geändert, %3 ausgezogen</translation>
    </message>
    <message>
        <source>… and %1 more lines</source>
        <translation>… und %1 weitere Zeilen</translation>
    </message>
    <message>
        <source>%1
SHA-256: %2</source>
        <translation>%1
SHA-256: %2</translation>
    </message>
    <message>
        <source>dry run</source>
        <translation>Probelauf</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Tenants added and changed, tenancies ended</source>
        <translation>Mieter hinzugefügt und geändert, Mietverhältnisse beendet</translation>
    </message>
    <message>
        <source>Rows of the file that were not imported, each with its reason</source>
        <translation>Zeilen der Datei, die nicht importiert wurden, jeweils mit Grund</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>Probelauf</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgewiesen</translation>
    </message>
</context>
<context>
    <name>tc::ImportRejectionsModel</name>
    <message>
        <source>whole file</source>
        <translation>ganze Datei</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>tc::ImportWizard</name>
    <message>
        <source>%1: %2 added, %3 changed, %4 unchanged</source>
        <translation>%1: %2 hinzugefügt, %3 geändert, %4 unverändert</translation>
    </message>
    <message>
        <source>, %1 ended</source>
        <translation>, %1 beendet</translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation>Mieter</translation>
    </message>
    <message>
        <source>Tenancies</source>
        <translation>Mietverhältnisse</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Mietobjekte</translation>
    </message>
    <message>
        <source>Buildings</source>
        <translation>Gebäude</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Liegenschaften</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Sachbearbeiter</translation>
    </message>
    <message>
        <source>New e-mail address for: %1</source>
        <translation>Neue E-Mail-Adresse für: %1</translation>
    </message>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>Import from the ERP</source>
        <translation>Import aus dem ERP</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>Ü&amp;bernehmen</translation>
    </message>
    <message>
        <source>What to import</source>
        <translation>Was importieren</translation>
    </message>
    <message>
        <source>A tenant list (one CSV file) or an ERP data-exchange job (a folder with manifest.json, or a .zip of one). Nothing changes before you apply the preview.</source>
        <translation>Eine Mieterliste (eine CSV-Datei) oder ein Datenaustausch-Job des ERP (ein Ordner mit manifest.json oder eine .zip-Datei davon). Es wird nichts geändert, bevor Sie die Vorschau übernehmen.</translation>
    </message>
    <message>
        <source>File or folder to import</source>
        <translation>Zu importierende Datei oder zu importierender Ordner</translation>
    </message>
    <message>
        <source>&amp;File…</source>
        <translation>&amp;Datei…</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Datei wählen</translation>
    </message>
    <message>
        <source>F&amp;older…</source>
        <translation>&amp;Ordner…</translation>
    </message>
    <message>
        <source>Choose a job folder</source>
        <translation>Job-Ordner wählen</translation>
    </message>
    <message>
        <source>Import file</source>
        <translation>Importdatei</translation>
    </message>
    <message>
        <source>Tenant lists and zipped jobs (*.csv *.txt *.zip);;All files (*)</source>
        <translation>Mieterlisten und gezippte Jobs (*.csv *.txt *.zip);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Data-exchange job folder</source>
        <translation>Ordner des Datenaustausch-Jobs</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Recognise it</source>
        <translation>Automatisch erkennen</translation>
    </message>
    <message>
        <source>Tenant list (CSV)</source>
        <translation>Mieterliste (CSV)</translation>
    </message>
    <message>
        <source>ERP data-exchange job</source>
        <translation>Datenaustausch-Job des ERP</translation>
    </message>
    <message>
        <source>Column headers</source>
        <translation>Spaltenköpfe</translation>
    </message>
    <message>
        <source>English or German headers</source>
        <translation>Englische oder deutsche Spaltenköpfe</translation>
    </message>
    <message>
        <source>English headers only</source>
        <translation>Nur englische Spaltenköpfe</translation>
    </message>
    <message>
        <source>German headers only</source>
        <translation>Nur deutsche Spaltenköpfe</translation>
    </message>
    <message>
        <source>Another ERP&apos;s layout: type the path of its profile file (JSON).</source>
        <translation>Aufbau eines anderen ERP: Geben Sie den Pfad seiner Profildatei (JSON) ein.</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Snapshot: the file is the complete list (missing tenancies end)</source>
        <translation>Gesamtbestand: Die Datei ist die vollständige Liste (fehlende Mietverhältnisse enden)</translation>
    </message>
    <message>
        <source>Delta: only add and update</source>
        <translation>Delta: nur hinzufügen und aktualisieren</translation>
    </message>
    <message>
        <source>Apply nothing if any row is bad</source>
        <translation>Nichts übernehmen, wenn eine Zeile fehlerhaft ist</translation>
    </message>
    <message>
        <source>File or folder:</source>
        <translation>Datei oder Ordner:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Headers:</source>
        <translation>Spaltenköpfe:</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Modus:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>This is what the import will change. Nothing has been changed yet.</source>
        <translation>Das wird der Import ändern. Noch wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Importfortschritt</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stoppen</translation>
    </message>
    <message>
        <source>Stop the import</source>
        <translation>Import stoppen</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>Abgewiesene Zeilen</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Reading %1 …</source>
        <translation>%1 wird gelesen …</translation>
    </message>
    <message>
        <source>Applying …</source>
        <translation>Wird übernommen …</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>Die Datei konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Nothing was applied: %1</source>
        <translation>Es wurde nichts übernommen: %1</translation>
    </message>
    <message>
        <source>Import #%1 applied.

%2</source>
        <translation>Import #%1 übernommen.

%2</translation>
    </message>
    <message>
        <source>This file cannot be imported: see the rejected rows. Nothing was changed.</source>
        <translation>Diese Datei kann nicht importiert werden: Siehe die abgewiesenen Zeilen. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The ERP asks for a confirmation before this job is applied. Check the preview, then apply it.</source>
        <translation>Das ERP verlangt eine Bestätigung, bevor dieser Job übernommen wird. Prüfen Sie die Vorschau und übernehmen Sie ihn dann.</translation>
    </message>
    <message>
        <source>Ready to apply.</source>
        <translation>Bereit zum Übernehmen.</translation>
    </message>
    <message numerus="yes">
        <source>Ready to apply; %n row(s) will be left out.</source>
        <translation>
            <numerusform>Bereit zum Übernehmen; %n Zeile wird ausgelassen.</numerusform>
            <numerusform>Bereit zum Übernehmen; %n Zeilen werden ausgelassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The list shows the first %1 changes.</source>
        <translation>Die Liste zeigt die ersten %1 Änderungen.</translation>
    </message>
</context>
<context>
    <name>tc::IssuesView</name>
    <message>
        <source>Issues</source>
        <translation>Anliegen</translation>
    </message>
    <message>
        <source>Find tenant… (F3)</source>
        <translation>Mieter suchen… (F3)</translation>
    </message>
    <message>
        <source>Find tenant</source>
        <translation>Mieter suchen</translation>
    </message>
    <message>
        <source>Who is calling? Search every tenant by name, unit, address or phone number.</source>
        <translation>Wer ruft an? Suchen Sie unter allen Mietern nach Name, Mietobjekt, Adresse oder Telefonnummer.</translation>
    </message>
    <message>
        <source>&amp;Mine</source>
        <translation>&amp;Meine</translation>
    </message>
    <message>
        <source>Only my tickets</source>
        <translation>Nur meine Tickets</translation>
    </message>
    <message>
        <source>You work as the office&apos;s owner, not as an agent: no tickets are assigned to you.</source>
        <translation>Sie arbeiten als Inhaber der Verwaltung, nicht als Sachbearbeiter: Ihnen sind keine Tickets zugewiesen.</translation>
    </message>
    <message>
        <source>Only the tickets assigned to you</source>
        <translation>Nur die Ihnen zugewiesenen Tickets</translation>
    </message>
    <message>
        <source>U&amp;nassigned</source>
        <translation>&amp;Nicht zugewiesen</translation>
    </message>
    <message>
        <source>Only unassigned tickets</source>
        <translation>Nur nicht zugewiesene Tickets</translation>
    </message>
    <message>
        <source>Only the tickets nobody works on yet</source>
        <translation>Nur die Tickets, die noch niemand bearbeitet</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Offen</translation>
    </message>
    <message>
        <source>Only open tickets</source>
        <translation>Nur offene Tickets</translation>
    </message>
    <message>
        <source>Only the tickets that are neither done nor closed</source>
        <translation>Nur die Tickets, die weder erledigt noch geschlossen sind</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Liegenschaft</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Assi&amp;gn to…</source>
        <translation>&amp;Zuweisen an…</translation>
    </message>
    <message>
        <source>Assign the selected tickets to</source>
        <translation>Die ausgewählten Tickets zuweisen an</translation>
    </message>
    <message>
        <source>Assign every selected ticket to one agent</source>
        <translation>Alle ausgewählten Tickets einem Sachbearbeiter zuweisen</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>The tickets could not be read: %1</source>
        <translation>Die Tickets konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The agents could not be read: %1</source>
        <translation>Die Sachbearbeiter konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Any assignee</source>
        <translation>Alle Zuständigen</translation>
    </message>
    <message>
        <source>Nobody (unassign)</source>
        <translation>Niemand (Zuweisung aufheben)</translation>
    </message>
    <message>
        <source>The properties could not be read: %1</source>
        <translation>Die Liegenschaften konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>All properties</source>
        <translation>Alle Liegenschaften</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Tickets: more than %1</source>
        <translation>Tickets: mehr als %1</translation>
    </message>
    <message>
        <source>Tickets: %1</source>
        <translation>Tickets: %1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Ticket #%1 has changes that are not saved yet. Save them before showing ticket #%2?</source>
        <translation>Ticket #%1 hat Änderungen, die noch nicht gespeichert sind. Vor dem Anzeigen von Ticket #%2 speichern?</translation>
    </message>
    <message>
        <source>Ticket #%1 has changes that are not saved yet. Drop them and show ticket #%2?</source>
        <translation>Ticket #%1 hat Änderungen, die noch nicht gespeichert sind. Verwerfen und Ticket #%2 anzeigen?</translation>
    </message>
    <message>
        <source>Select the tickets to assign first (Shift or Ctrl with a click or the arrow keys).</source>
        <translation>Wählen Sie zuerst die zuzuweisenden Tickets aus (Umschalt oder Ctrl mit einem Klick oder den Pfeiltasten).</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) assigned to %1.</source>
        <translation>
            <numerusform>%n Ticket zugewiesen an: %1.</numerusform>
            <numerusform>%n Tickets zugewiesen an: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Find tenant for a new ticket…</source>
        <translation>&amp;Mieter für ein neues Ticket suchen…</translation>
    </message>
</context>
<context>
    <name>tc::LinkAliasDialog</name>
    <message>
        <source>Link alias user</source>
        <translation>Alias-Benutzer verknüpfen</translation>
    </message>
    <message numerus="yes">
        <source>Which tenant is %1? The alias&apos;s %n ticket(s) move to that tenant, each with a &quot;transferred from alias&quot; entry in its history, and the alias is retired.</source>
        <translation>
            <numerusform>Welcher Mieter ist %1? %n Ticket des Alias geht auf diesen Mieter über, mit dem Eintrag «Vom Alias übertragen» im Verlauf, und der Alias wird aufgehoben.</numerusform>
            <numerusform>Welcher Mieter ist %1? Die %n Tickets des Alias gehen auf diesen Mieter über, jedes mit dem Eintrag «Vom Alias übertragen» im Verlauf, und der Alias wird aufgehoben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Which tenant is %1? The alias has no tickets to move; it is retired.</source>
        <translation>Welcher Mieter ist %1? Der Alias hat keine Tickets, die übertragen werden müssen; er wird aufgehoben.</translation>
    </message>
    <message>
        <source>%1, on %2 from the ERP</source>
        <translation>%1, laut ERP in %2</translation>
    </message>
    <message>
        <source>&amp;Another tenant, by ERP reference:</source>
        <translation>&amp;Anderer Mieter, nach ERP-Referenz:</translation>
    </message>
    <message>
        <source>ERP reference of the tenant</source>
        <translation>ERP-Referenz des Mieters</translation>
    </message>
    <message>
        <source>Several tenants of that unit have this name: choose the right one.</source>
        <translation>Mehrere Mieter dieses Mietobjekts haben diesen Namen: Wählen Sie den richtigen.</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Verknüpfen</translation>
    </message>
    <message>
        <source>Choose the tenant this alias is.</source>
        <translation>Wählen Sie den Mieter, der hinter diesem Alias steht.</translation>
    </message>
</context>
<context>
    <name>tc::LiveUpdates</name>
    <message>
        <source>Cannot listen for the other agents&apos; changes: %1</source>
        <translation>Die Änderungen der anderen Sachbearbeiter können nicht empfangen werden: %1</translation>
    </message>
</context>
<context>
    <name>tc::LoginDialog</name>
    <message>
        <source>Who is working? This office has no logins yet. Create the first one, a manager&apos;s: from then on everyone logs in with their own, and the office&apos;s settings, imports and invitations are theirs whose role allows them. (A manager already in the office keeps their name.)</source>
        <translation>Wer arbeitet? Diese Verwaltung hat noch keine Benutzernamen. Legen Sie den ersten an, einen für die Geschäftsleitung: Ab dann meldet sich jede Person mit dem eigenen an, und Einstellungen, Importe und Einladungen der Verwaltung stehen denen offen, deren Rolle es erlaubt. (Eine Person der Geschäftsleitung, die bereits in der Verwaltung erfasst ist, behält ihren Namen.)</translation>
    </message>
    <message>
        <source>Who is working? Log in to %1.</source>
        <translation>Wer arbeitet? Melden Sie sich bei %1 an.</translation>
    </message>
    <message>
        <source>Who is working? Log in to %1 with your login and password: the server checks them, and lets you do what your role allows.</source>
        <translation>Wer arbeitet? Melden Sie sich mit Benutzername und Passwort bei %1 an: Der Server prüft beides und erlaubt Ihnen, was Ihre Rolle zulässt.</translation>
    </message>
    <message>
        <source>The office&apos;s first login</source>
        <translation>Erster Benutzername der Verwaltung</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>As colleagues and the audit log see it</source>
        <translation>Wie Kollegen und das Protokoll ihn sehen</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Passwort wiederholen</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters</source>
        <translation>
            <numerusform>Mindestens %n Zeichen</numerusform>
            <numerusform>Mindestens %n Zeichen</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>&amp;Remember the password on this computer (in the system&apos;s keychain)</source>
        <translation>Passwort auf diesem Computer &amp;merken (im Schlüsselbund des Systems)</translation>
    </message>
    <message>
        <source>&amp;Create and log in</source>
        <translation>&amp;Anlegen und anmelden</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>B&amp;eenden</translation>
    </message>
    <message>
        <source>Give your login.</source>
        <translation>Geben Sie Ihren Benutzernamen ein.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
</context>
<context>
    <name>tc::MailTemplatesEditor</name>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Save &amp;template</source>
        <translation>Vorlage &amp;speichern</translation>
    </message>
    <message>
        <source>Save the e-mail template</source>
        <translation>E-Mail-Vorlage speichern</translation>
    </message>
    <message>
        <source>Use the program&apos;s own text for this e-mail</source>
        <translation>Für diese E-Mail den Text des Programms verwenden</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-Mail:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Betreff:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xt:</translation>
    </message>
    <message>
        <source>Preview (made-up tenant):</source>
        <translation>Vorschau (erfundener Mieter):</translation>
    </message>
    <message>
        <source>E-mail templates</source>
        <translation>E-Mail-Vorlagen</translation>
    </message>
    <message>
        <source>Discard the changes to the template shown so far?</source>
        <translation>Die Änderungen an der bisher angezeigten Vorlage verwerfen?</translation>
    </message>
    <message>
        <source>Placeholders: %1. Required: %2. An empty line starts a new paragraph.</source>
        <translation>Platzhalter: %1. Erforderlich: %2. Eine Leerzeile beginnt einen neuen Absatz.</translation>
    </message>
    <message>
        <source>The template could not be read: %1</source>
        <translation>Die Vorlage konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The office&apos;s own text.</source>
        <translation>Eigener Text der Verwaltung.</translation>
    </message>
    <message>
        <source>The program&apos;s text.</source>
        <translation>Text des Programms.</translation>
    </message>
    <message>
        <source>Changed, not saved yet.</source>
        <translation>Geändert, noch nicht gespeichert.</translation>
    </message>
    <message>
        <source>Saved. New e-mails use this text; those already in the outbox keep theirs.</source>
        <translation>Gespeichert. Neue E-Mails verwenden diesen Text; E-Mails, die bereits im Postausgang sind, behalten ihren.</translation>
    </message>
    <message>
        <source>&amp;Use the program&apos;s text</source>
        <translation>&amp;Text des Programms verwenden</translation>
    </message>
</context>
<context>
    <name>tc::MainWindow</name>
    <message>
        <source>Sections</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>Master data</source>
        <translation>Stammdaten</translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation>Mieter</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>Anliegen</translation>
    </message>
    <message>
        <source>Pinboard</source>
        <translation>Pinnwand</translation>
    </message>
    <message>
        <source>Company settings</source>
        <translation>Firmeneinstellungen</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Postausgang</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Connected again to the office database.</source>
        <translation>Wieder mit der Datenbank der Verwaltung verbunden.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Logged in as</source>
        <translation>Angemeldet als</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <source>E-mails waiting</source>
        <translation>Wartende E-Mails</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Find tenant…</source>
        <translation>&amp;Mieter suchen…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Tenant Cockpit</source>
        <translation>Ü&amp;ber Tenant Cockpit</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Tenant Cockpit</source>
        <translation>Tenant Cockpit</translation>
    </message>
    <message>
        <source>%1 – Tenant Cockpit</source>
        <translation>%1 – Tenant Cockpit</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Offline:&lt;/b&gt; the office database cannot be reached (%1). What you typed stays where it is; nothing is saved until the connection is back. Trying again every %n second(s)…</source>
        <translation>
            <numerusform>&lt;b&gt;Offline:&lt;/b&gt; Die Datenbank der Verwaltung ist nicht erreichbar (%1). Was Sie eingegeben haben, bleibt erhalten; gespeichert wird erst, wenn die Verbindung wieder besteht. Neuer Versuch im Abstand von %n Sekunde…</numerusform>
            <numerusform>&lt;b&gt;Offline:&lt;/b&gt; Die Datenbank der Verwaltung ist nicht erreichbar (%1). Was Sie eingegeben haben, bleibt erhalten; gespeichert wird erst, wenn die Verbindung wieder besteht. Neuer Versuch alle %n Sekunden…</numerusform>
        </translation>
    </message>
    <message>
        <source>E-mail: unknown</source>
        <translation>E-Mail: unbekannt</translation>
    </message>
    <message>
        <source>E-mails waiting: %1</source>
        <translation>Wartende E-Mails: %1</translation>
    </message>
    <message>
        <source>, failed: %1</source>
        <translation>, fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Show the outbox</source>
        <translation>Postausgang anzeigen</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>S&amp;earch</source>
        <translation>Su&amp;chen</translation>
    </message>
    <message>
        <source>Ac&amp;tions</source>
        <translation>A&amp;ktionen</translation>
    </message>
    <message>
        <source>The new preferences take effect when Tenant Cockpit starts next.</source>
        <translation>Die neuen Einstellungen gelten ab dem nächsten Start von Tenant Cockpit.</translation>
    </message>
</context>
<context>
    <name>tc::MasterDataModel</name>
    <message>
        <source>%1, %2</source>
        <comment>last name, first name</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Buildings: %1, units: %2</source>
        <translation>Gebäude: %1, Mietobjekte: %2</translation>
    </message>
    <message>
        <source>Units: %1</source>
        <translation>Mietobjekte: %1</translation>
    </message>
    <message>
        <source>vacant</source>
        <translation>frei</translation>
    </message>
    <message>
        <source>moving in %1</source>
        <translation>Einzug %1</translation>
    </message>
    <message>
        <source>former, %1 – %2</source>
        <translation>früher, %1 – %2</translation>
    </message>
    <message>
        <source>current, moving out %1</source>
        <translation>aktuell, Auszug %1</translation>
    </message>
    <message>
        <source>current, since %1</source>
        <translation>aktuell, seit %1</translation>
    </message>
    <message>
        <source>(no tenant)</source>
        <translation>(kein Mieter)</translation>
    </message>
    <message>
        <source>Property, building, unit, tenants</source>
        <translation>Liegenschaft, Gebäude, Mietobjekt, Mieter</translation>
    </message>
    <message>
        <source>ERP reference</source>
        <translation>ERP-Referenz</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>tc::MasterDataView</name>
    <message>
        <source>current</source>
        <translation>aktuell</translation>
    </message>
    <message>
        <source>former</source>
        <translation>früher</translation>
    </message>
    <message>
        <source>moving in</source>
        <translation>zieht ein</translation>
    </message>
    <message>
        <source>Master data</source>
        <translation>Stammdaten</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Import ERP data</source>
        <translation>ERP-Daten importieren</translation>
    </message>
    <message>
        <source>Import a tenant list or an ERP data-exchange job</source>
        <translation>Eine Mieterliste oder einen Datenaustausch-Job des ERP importieren</translation>
    </message>
    <message>
        <source>&amp;Properties</source>
        <translation>&amp;Liegenschaften</translation>
    </message>
    <message>
        <source>The master data could not be read: %1</source>
        <translation>Die Stammdaten konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Filter properties</source>
        <translation>Liegenschaften filtern</translation>
    </message>
    <message>
        <source>Filter: property name or ERP reference</source>
        <translation>Filter: Name der Liegenschaft oder ERP-Referenz</translation>
    </message>
    <message>
        <source>Properties, buildings, units and tenancies</source>
        <translation>Liegenschaften, Gebäude, Mietobjekte und Mietverhältnisse</translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation>Mieter</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Mieter</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Invite this property&apos;s tenants not yet invited</source>
        <translation>Die noch nicht eingeladenen Mieter dieser Liegenschaft einladen</translation>
    </message>
    <message>
        <source>New &amp;alias user for this unit…</source>
        <translation>Neuer &amp;Alias-Benutzer für dieses Mietobjekt…</translation>
    </message>
    <message>
        <source>New alias user for this unit</source>
        <translation>Neuer Alias-Benutzer für dieses Mietobjekt</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>Nichts ausgewählt</translation>
    </message>
    <message>
        <source>Select a property, building, unit or tenancy to see what it holds and who lives there.</source>
        <translation>Wählen Sie eine Liegenschaft, ein Gebäude, ein Mietobjekt oder ein Mietverhältnis, um zu sehen, was dazugehört und wer dort wohnt.</translation>
    </message>
    <message>
        <source>Import runs</source>
        <translation>Importläufe</translation>
    </message>
    <message>
        <source>dry run</source>
        <translation>Probelauf</translation>
    </message>
    <message>
        <source>%1 new, %2 changed, %3 moved out</source>
        <translation>%1 neu, %2 geändert, %3 ausgezogen</translation>
    </message>
    <message>
        <source>No import has run yet. Imports from cockpitctl, the drop folder and the import wizard appear here, each with its report.</source>
        <translation>Es wurde noch kein Import ausgeführt. Importe aus cockpitctl, dem Ablageordner und dem Import-Assistenten erscheinen hier, jeweils mit ihrem Bericht.</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>Abgewiesene Zeilen</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>property</source>
        <translation>Liegenschaft</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>The import history could not be read: %1</source>
        <translation>Der Importverlauf konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Properties: %1</source>
        <translation>Liegenschaften: %1</translation>
    </message>
    <message>
        <source>Properties matching: %1</source>
        <translation>Passende Liegenschaften: %1</translation>
    </message>
    <message numerus="yes">
        <source>the %n tenant(s) of %1 not yet invited</source>
        <translation>
            <numerusform>den %n noch nicht eingeladenen Mieter von %1</numerusform>
            <numerusform>die %n noch nicht eingeladenen Mieter von %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The details could not be read: %1</source>
        <translation>Die Details konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>no ERP reference</source>
        <translation>keine ERP-Referenz</translation>
    </message>
    <message>
        <source>ERP reference %1</source>
        <translation>ERP-Referenz %1</translation>
    </message>
    <message>
        <source>%1 (%2 vacant)</source>
        <translation>%1 (davon %2 frei)</translation>
    </message>
    <message>
        <source>Property · %1</source>
        <translation>Liegenschaft · %1</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>Buildings</source>
        <translation>Gebäude</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Mietobjekte</translation>
    </message>
    <message>
        <source>Current tenants</source>
        <translation>Aktuelle Mieter</translation>
    </message>
    <message>
        <source>Current tenancies</source>
        <translation>Aktuelle Mietverhältnisse</translation>
    </message>
    <message>
        <source>Moving in</source>
        <translation>Bevorstehende Einzüge</translation>
    </message>
    <message>
        <source>Former tenancies</source>
        <translation>Frühere Mietverhältnisse</translation>
    </message>
    <message>
        <source>Building of %1 · %2</source>
        <translation>Gebäude von %1 · %2</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Unit in %1 · %2</source>
        <translation>Mietobjekt in %1 · %2</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>owned</source>
        <translation>Eigentum</translation>
    </message>
    <message>
        <source>rented</source>
        <translation>Miete</translation>
    </message>
    <message>
        <source>Tenancies</source>
        <translation>Mietverhältnisse</translation>
    </message>
    <message>
        <source>Tenancy in %1 · %2</source>
        <translation>Mietverhältnis in %1 · %2</translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation>unbefristet</translation>
    </message>
    <message>
        <source>(no tenant)</source>
        <translation>(kein Mieter)</translation>
    </message>
    <message>
        <source>%1 (alias)</source>
        <translation>%1 (Alias)</translation>
    </message>
    <message>
        <source>alias user</source>
        <translation>Alias-Benutzer</translation>
    </message>
    <message>
        <source>An alias user made by hand: the ERP does not deliver this person yet.</source>
        <translation>Ein von Hand angelegter Alias-Benutzer: Das ERP liefert diese Person noch nicht.</translation>
    </message>
    <message>
        <source>Double-click a tenant, or select one and press Enter, to open their details.</source>
        <translation>Doppelklicken Sie auf einen Mieter oder wählen Sie einen aus und drücken Sie die Eingabetaste, um seine Details zu öffnen.</translation>
    </message>
    <message>
        <source>Select an import run to see its report.</source>
        <translation>Wählen Sie einen Importlauf, um seinen Bericht zu sehen.</translation>
    </message>
    <message>
        <source>Import run %1</source>
        <translation>Importlauf %1</translation>
    </message>
    <message>
        <source>%1, by %2: %3</source>
        <translation>%1, von %2: %3</translation>
    </message>
    <message>
        <source>%1, by %2</source>
        <translation>%1, von %2</translation>
    </message>
    <message>
        <source>Rows read: %1</source>
        <translation>Gelesene Zeilen: %1</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> und %1 weitere</translation>
    </message>
    <message>
        <source>E-mail changed: %1</source>
        <translation>E-Mail geändert: %1</translation>
    </message>
    <message>
        <source>Alias users created: %1</source>
        <translation>Angelegte Alias-Benutzer: %1</translation>
    </message>
    <message>
        <source>Only the first %1 changes were kept.</source>
        <translation>Nur die ersten %1 Änderungen wurden behalten.</translation>
    </message>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>aktualisiert</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Liegenschaften</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Sachbearbeiter</translation>
    </message>
    <message>
        <source>Rejected rows (%1)</source>
        <translation>Abgewiesene Zeilen (%1)</translation>
    </message>
    <message>
        <source>Changes (%1%2)</source>
        <translation>Änderungen (%1%2)</translation>
    </message>
    <message>
        <source>Warnings (%1)</source>
        <translation>Warnungen (%1)</translation>
    </message>
    <message>
        <source>Import histor&amp;y</source>
        <translation>Import&amp;verlauf</translation>
    </message>
    <message>
        <source>Invite the tenants &amp;not yet invited</source>
        <translation>Noch nicht eingeladene Mieter &amp;einladen</translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>a form label; French puts a space before the colon</comment>
        <translation>%1:</translation>
    </message>
</context>
<context>
    <name>tc::NewAliasDialog</name>
    <message>
        <source>New alias user</source>
        <translation>Neuer Alias-Benutzer</translation>
    </message>
    <message>
        <source>An alias user stands for someone expected in %1 whom the ERP does not deliver yet, so tickets can be logged for them. Once the ERP delivers them, link the alias to that tenant: the tickets follow.</source>
        <translation>Ein Alias-Benutzer steht für eine Person, die in %1 erwartet wird und die das ERP noch nicht liefert, damit für sie Tickets erfasst werden können. Sobald das ERP sie liefert, verknüpfen Sie den Alias mit diesem Mieter: Die Tickets gehen mit.</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <source>First and last name, as the tenant gives it</source>
        <translation>Vor- und Nachname, wie der Mieter sie angibt</translation>
    </message>
    <message>
        <source>&amp;Expected move-in:</source>
        <translation>&amp;Erwarteter Einzug:</translation>
    </message>
    <message>
        <source>Expected move-in</source>
        <translation>Erwarteter Einzug</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Create alias user</source>
        <translation>Alias-Benutzer &amp;anlegen</translation>
    </message>
</context>
<context>
    <name>tc::NewTicketDialog</name>
    <message>
        <source>New ticket</source>
        <translation>Neues Ticket</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Mietobjekt</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>What the tenant asks for, in a few words</source>
        <translation>Was der Mieter wünscht, in wenigen Worten</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fällig am</translation>
    </message>
    <message>
        <source>none</source>
        <translation>kein Datum</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>Noch niemand</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Mietobjekt:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Kanal:</translation>
    </message>
    <message>
        <source>Cate&amp;gory:</source>
        <translation>Kat&amp;egorie:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorität:</translation>
    </message>
    <message>
        <source>&amp;Assignee:</source>
        <translation>&amp;Zuständig:</translation>
    </message>
    <message>
        <source>Save the ticket</source>
        <translation>Ticket speichern</translation>
    </message>
    <message>
        <source>No unit</source>
        <translation>Kein Mietobjekt</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>first name last name</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>New ticket for %1</source>
        <translation>Neues Ticket für %1</translation>
    </message>
    <message>
        <source>Du&amp;e:</source>
        <translation>Fä&amp;llig:</translation>
    </message>
</context>
<context>
    <name>tc::OfficeMailDesk</name>
    <message>
        <source>No keychain is available: the mail server&apos;s password is kept for this session only.</source>
        <translation>Kein Schlüsselbund verfügbar: Das Passwort des Mailservers wird nur für diese Sitzung aufbewahrt.</translation>
    </message>
    <message>
        <source>No keychain can be used (%1): the mail server&apos;s password is kept for this session only and asked for again at the next start.</source>
        <translation>Es kann kein Schlüsselbund verwendet werden (%1): Das Passwort des Mailservers wird nur für diese Sitzung aufbewahrt und beim nächsten Start erneut abgefragt.</translation>
    </message>
    <message>
        <source>The password is in the system&apos;s keychain.</source>
        <translation>Das Passwort ist im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>No password is stored yet.</source>
        <translation>Es ist noch kein Passwort gespeichert.</translation>
    </message>
    <message>
        <source>The mail server&apos;s password for %1 is not in the keychain yet.</source>
        <translation>Das Passwort des Mailservers für %1 ist noch nicht im Schlüsselbund.</translation>
    </message>
    <message>
        <source>The keychain refused the password (%1): it is kept for this session only.</source>
        <translation>Der Schlüsselbund hat das Passwort abgelehnt (%1): Es wird nur für diese Sitzung aufbewahrt.</translation>
    </message>
    <message>
        <source>The mail server wants a password for %1: enter it with &quot;Mail server password…&quot; first.</source>
        <translation>Der Mailserver verlangt ein Passwort für %1: Geben Sie es zuerst mit «Mailserver-Passwort…» ein.</translation>
    </message>
    <message>
        <source>A test e-mail is on its way already.</source>
        <translation>Eine Test-E-Mail ist bereits unterwegs.</translation>
    </message>
    <message>
        <source>Tenant Cockpit: test e-mail</source>
        <translation>Tenant Cockpit: Test-E-Mail</translation>
    </message>
    <message>
        <source>This test e-mail shows that the office&apos;s mail settings work.

Mail server: %1, port %2
</source>
        <translation>Diese Test-E-Mail zeigt, dass die Mail-Einstellungen der Verwaltung funktionieren.

Mailserver: %1, Port %2
</translation>
    </message>
    <message>
        <source>The mail server took the test e-mail to %1.</source>
        <translation>Der Mailserver hat die Test-E-Mail an %1 angenommen.</translation>
    </message>
    <message>
        <source>The test e-mail to %1 was not sent: %2</source>
        <translation>Die Test-E-Mail an %1 wurde nicht gesendet: %2</translation>
    </message>
</context>
<context>
    <name>tc::OutboxModel</name>
    <message>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Being sent</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Next attempt / sent</source>
        <translation>Nächster Versuch / gesendet</translation>
    </message>
    <message>
        <source>Server&apos;s answer</source>
        <translation>Antwort des Servers</translation>
    </message>
</context>
<context>
    <name>tc::OutboxSender</name>
    <message>
        <source>The mail transport went away.</source>
        <translation>Der Mailversand ist nicht mehr verfügbar.</translation>
    </message>
    <message>
        <source>Sending was cancelled.</source>
        <translation>Das Senden wurde abgebrochen.</translation>
    </message>
    <message>
        <source>No mail transport.</source>
        <translation>Kein Mailversand verfügbar.</translation>
    </message>
    <message>
        <source>No sender address is set (smtp.from).</source>
        <translation>Es ist keine Absenderadresse eingestellt (smtp.from).</translation>
    </message>
</context>
<context>
    <name>tc::OutboxView</name>
    <message>
        <source>E-mails of the outbox</source>
        <translation>E-Mails im Postausgang</translation>
    </message>
    <message>
        <source>Show e-mails</source>
        <translation>E-Mails anzeigen</translation>
    </message>
    <message>
        <source>All e-mails</source>
        <translation>Alle E-Mails</translation>
    </message>
    <message>
        <source>&amp;Send now</source>
        <translation>Jetzt &amp;senden</translation>
    </message>
    <message>
        <source>Send the waiting e-mails now</source>
        <translation>Die wartenden E-Mails jetzt senden</translation>
    </message>
    <message>
        <source>&amp;Retry failed</source>
        <translation>Fehlgeschlagene &amp;wiederholen</translation>
    </message>
    <message>
        <source>Put failed e-mails back in the queue</source>
        <translation>Fehlgeschlagene E-Mails wieder in die Warteschlange stellen</translation>
    </message>
    <message>
        <source>The selected failed e-mails, or all failed ones when none is selected, are sent again. Fix what the server complained about first.</source>
        <translation>Die ausgewählten fehlgeschlagenen E-Mails – oder alle fehlgeschlagenen, wenn keine ausgewählt ist – werden erneut gesendet. Beheben Sie zuerst, was der Server bemängelt hat.</translation>
    </message>
    <message>
        <source>Sending stopped: %1 The e-mails wait and are tried again later.</source>
        <translation>Senden angehalten: %1 Die E-Mails warten und werden später erneut versucht.</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Postausgang</translation>
    </message>
    <message>
        <source>The outbox could not be read: %1</source>
        <translation>Der Postausgang konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Waiting: %1 · Failed: %2 · Sent: %3</source>
        <translation>Wartend: %1 · Fehlgeschlagen: %2 · Gesendet: %3</translation>
    </message>
    <message>
        <source>Retry failed e-mails</source>
        <translation>Fehlgeschlagene E-Mails erneut senden</translation>
    </message>
    <message>
        <source>None of the selected e-mails failed. Select failed ones, or none to retry all.</source>
        <translation>Keine der ausgewählten E-Mails ist fehlgeschlagen. Wählen Sie fehlgeschlagene aus oder keine, um alle erneut zu senden.</translation>
    </message>
</context>
<context>
    <name>tc::PinboardPostDialog</name>
    <message>
        <source>Change pinboard post</source>
        <translation>Pinnwand-Beitrag ändern</translation>
    </message>
    <message>
        <source>New pinboard post</source>
        <translation>Neuer Pinnwand-Beitrag</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Text of the post</source>
        <translation>Text des Beitrags</translation>
    </message>
    <message>
        <source>A blank line starts a new paragraph. **Bold**, lists with &quot;- &quot; or &quot;1. &quot;, and web or e-mail addresses as links.</source>
        <translation>Eine Leerzeile beginnt einen neuen Absatz. **Fett**, Listen mit «- » oder «1. » sowie Web- und E-Mail-Adressen als Links.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>The &amp;whole company</source>
        <translation>Die &amp;ganze Firma</translation>
    </message>
    <message>
        <source>&amp;Chosen properties and buildings:</source>
        <translation>&amp;Ausgewählte Liegenschaften und Gebäude:</translation>
    </message>
    <message>
        <source>Find a property</source>
        <translation>Liegenschaft suchen</translation>
    </message>
    <message>
        <source>Find a property by name or reference</source>
        <translation>Liegenschaft nach Name oder Referenz suchen</translation>
    </message>
    <message>
        <source>Properties and buildings</source>
        <translation>Liegenschaften und Gebäude</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Für</translation>
    </message>
    <message>
        <source>Shown &amp;from</source>
        <translation>Angezeigt a&amp;b</translation>
    </message>
    <message>
        <source>Shown from</source>
        <translation>Angezeigt ab</translation>
    </message>
    <message>
        <source>Shown &amp;until</source>
        <translation>Angezeigt b&amp;is</translation>
    </message>
    <message>
        <source>Shown until</source>
        <translation>Angezeigt bis</translation>
    </message>
    <message>
        <source>&amp;Important: e-mail it to every tenant it is for</source>
        <translation>&amp;Wichtig: per E-Mail an jeden Mieter senden, für den der Beitrag bestimmt ist</translation>
    </message>
    <message>
        <source>Also to tenants who &amp;move in later</source>
        <translation>Auch an Mieter, die später &amp;einziehen</translation>
    </message>
    <message>
        <source>&amp;Notify again: e-mail the changed post to its tenants</source>
        <translation>Erneut be&amp;nachrichtigen: den geänderten Beitrag per E-Mail an seine Mieter senden</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Veröffentlichen</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>Tick the properties or buildings the post is for.</source>
        <translation>Kreuzen Sie die Liegenschaften oder Gebäude an, für die der Beitrag bestimmt ist.</translation>
    </message>
    <message>
        <source>Counting the tenants who will be e-mailed…</source>
        <translation>Die Mieter, die eine E-Mail erhalten, werden gezählt…</translation>
    </message>
    <message>
        <source>Who will be e-mailed could not be counted: %1</source>
        <translation>Es konnte nicht gezählt werden, wer eine E-Mail erhält: %1</translation>
    </message>
    <message numerus="yes">
        <source>E-mailed to %1 tenant(s) in their language.</source>
        <translation>
            <numerusform>Geht per E-Mail an %1 Mieter in seiner Sprache.</numerusform>
            <numerusform>Geht per E-Mail an %1 Mieter in ihrer Sprache.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be reached (no e-mail address or not invited): &lt;a href=&quot;#unreachable&quot;&gt;show who&lt;/a&gt;.</source>
        <translation>
            <numerusform>%1 Mieter ist nicht erreichbar (keine E-Mail-Adresse oder nicht eingeladen): &lt;a href=&quot;#unreachable&quot;&gt;anzeigen, wer&lt;/a&gt;.</numerusform>
            <numerusform>%1 Mieter sind nicht erreichbar (keine E-Mail-Adresse oder nicht eingeladen): &lt;a href=&quot;#unreachable&quot;&gt;anzeigen, wer&lt;/a&gt;.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tenants who cannot be e-mailed</source>
        <translation>Mieter, die keine E-Mail erhalten können</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Mieter</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>They see the post in the tenant app once they are invited and registered; an e-mail address comes with the ERP&apos;s next import or in the tenant&apos;s data.</source>
        <translation>Sie sehen den Beitrag in der Mieter-App, sobald sie eingeladen und registriert sind; eine E-Mail-Adresse kommt mit dem nächsten Import aus dem ERP oder wird in den Daten des Mieters erfasst.</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message numerus="yes">
        <source>E-mail this post to %1 tenant(s) now?</source>
        <translation>
            <numerusform>Diesen Beitrag jetzt per E-Mail an %1 Mieter senden?</numerusform>
            <numerusform>Diesen Beitrag jetzt per E-Mail an %1 Mieter senden?</numerusform>
        </translation>
    </message>
    <message>
        <source>E-mail this post to every tenant it is for now?</source>
        <translation>Diesen Beitrag jetzt per E-Mail an alle Mieter senden, für die er bestimmt ist?</translation>
    </message>
    <message>
        <source>Queuing the e-mails…</source>
        <translation>Die E-Mails werden in die Warteschlange gestellt…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
</context>
<context>
    <name>tc::PinboardPostsModel</name>
    <message>
        <source>%L1 sent, %L2 failed, %L3 waiting</source>
        <translation>%L1 gesendet, %L2 fehlgeschlagen, %L3 wartend</translation>
    </message>
    <message>
        <source>Important: %1</source>
        <translation>Wichtig: %1</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Für</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Verfasst von</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>E-Mails</translation>
    </message>
</context>
<context>
    <name>tc::PinboardView</name>
    <message>
        <source>Show the posts of</source>
        <translation>Beiträge anzeigen von</translation>
    </message>
    <message>
        <source>Pinboard posts</source>
        <translation>Pinnwand-Beiträge</translation>
    </message>
    <message>
        <source>The selected post</source>
        <translation>Der ausgewählte Beitrag</translation>
    </message>
    <message>
        <source>&amp;New post…</source>
        <translation>&amp;Neuer Beitrag…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>Ände&amp;rn…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Pinboard</source>
        <translation>Pinnwand</translation>
    </message>
    <message>
        <source>All posts</source>
        <translation>Alle Beiträge</translation>
    </message>
    <message>
        <source>Tenants of %1</source>
        <translation>Mieter von %1</translation>
    </message>
    <message>
        <source>The pinboard could not be read: %1</source>
        <translation>Die Pinnwand konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No posts yet. &quot;New post…&quot; writes one.</source>
        <translation>Noch keine Beiträge. Mit «Neuer Beitrag…» schreiben Sie einen.</translation>
    </message>
    <message>
        <source>No posts yet.</source>
        <translation>Noch keine Beiträge.</translation>
    </message>
    <message>
        <source>For: %1</source>
        <translation>Für: %1</translation>
    </message>
    <message>
        <source>Written by %1, published %2</source>
        <translation>Verfasst von %1, veröffentlicht %2</translation>
    </message>
    <message>
        <source>Changed %1</source>
        <translation>Geändert %1</translation>
    </message>
    <message>
        <source>Shown %1 – %2</source>
        <translation>Angezeigt %1 – %2</translation>
    </message>
    <message>
        <source>from publication</source>
        <translation>ab Veröffentlichung</translation>
    </message>
    <message>
        <source>until deleted</source>
        <translation>bis zur Löschung</translation>
    </message>
    <message>
        <source>E-mails: %1</source>
        <translation>E-Mails: %1</translation>
    </message>
    <message>
        <source>Important; no e-mails were sent for it</source>
        <translation>Wichtig; dafür wurden keine E-Mails gesendet</translation>
    </message>
    <message>
        <source>Important:</source>
        <translation>Wichtig:</translation>
    </message>
    <message>
        <source>Delete the post &quot;%1&quot;? Tenants no longer see it.</source>
        <translation>Beitrag «%1» löschen? Die Mieter sehen ihn dann nicht mehr.</translation>
    </message>
    <message>
        <source>Its e-mails that went out stay sent (%1 of them); the %2 still waiting are not sent. The audit log keeps what the post said.</source>
        <translation>Die bereits versandten E-Mails (%1) bleiben versandt; die %2 noch wartenden werden nicht gesendet. Das Protokoll bewahrt den Inhalt des Beitrags auf.</translation>
    </message>
    <message>
        <source>Delete pinboard post</source>
        <translation>Pinnwand-Beitrag löschen</translation>
    </message>
</context>
<context>
    <name>tc::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Wie das System (%1)</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>&amp;Darstellung:</translation>
    </message>
    <message>
        <source>Dates and numbers are written as the language writes them. Language and appearance take effect when Tenant Cockpit starts next.</source>
        <translation>Daten und Zahlen werden so geschrieben, wie es in der Sprache üblich ist. Sprache und Darstellung gelten ab dem nächsten Start von Tenant Cockpit.</translation>
    </message>
</context>
<context>
    <name>tc::SecretStore</name>
    <message>
        <source>no keychain service is installed or running</source>
        <translation>es ist kein Schlüsselbund-Dienst installiert oder aktiv</translation>
    </message>
    <message>
        <source>access was refused</source>
        <translation>der Zugriff wurde verweigert</translation>
    </message>
    <message>
        <source>the keychain is locked or refused access</source>
        <translation>der Schlüsselbund ist gesperrt oder hat den Zugriff verweigert</translation>
    </message>
    <message>
        <source>this system&apos;s keychain cannot do this</source>
        <translation>der Schlüsselbund dieses Systems unterstützt das nicht</translation>
    </message>
    <message>
        <source>error %1</source>
        <translation>Fehler %1</translation>
    </message>
    <message>
        <source>The keychain cannot be used: %1</source>
        <translation>Der Schlüsselbund kann nicht verwendet werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>The keychain cannot be used: no answer within %n second(s)</source>
        <translation>
            <numerusform>Der Schlüsselbund kann nicht verwendet werden: keine Antwort innerhalb von %n Sekunde</numerusform>
            <numerusform>Der Schlüsselbund kann nicht verwendet werden: keine Antwort innerhalb von %n Sekunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tc::SmtpClient</name>
    <message>
        <source>Sending was cancelled.</source>
        <translation>Das Senden wurde abgebrochen.</translation>
    </message>
    <message>
        <source>No mail server is set (setting %1).</source>
        <translation>Es ist kein Mailserver eingestellt (Einstellung %1).</translation>
    </message>
    <message>
        <source>Mail is not sent to %1 without encryption: only a mail server on this computer may be used without it. Choose &quot;starttls&quot; or &quot;tls&quot; for setting %2.</source>
        <translation>Ohne Verschlüsselung wird keine Mail an %1 gesendet: Nur ein Mailserver auf diesem Computer darf unverschlüsselt verwendet werden. Wählen Sie «starttls» oder «tls» für die Einstellung %2.</translation>
    </message>
    <message>
        <source>This computer cannot encrypt connections (no TLS library found), so no mail is sent to %1.</source>
        <translation>Dieser Computer kann keine Verbindungen verschlüsseln (keine TLS-Bibliothek gefunden), daher wird keine Mail an %1 gesendet.</translation>
    </message>
    <message>
        <source>The CA file %1 for the mail server cannot be read: %2</source>
        <translation>Die CA-Datei %1 für den Mailserver kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The CA file %1 for the mail server holds no certificate.</source>
        <translation>Die CA-Datei %1 für den Mailserver enthält kein Zertifikat.</translation>
    </message>
    <message>
        <source>The certificate of the mail server %1 is not trusted, so nothing was sent: %2</source>
        <translation>Dem Zertifikat des Mailservers %1 wird nicht vertraut, daher wurde nichts gesendet: %2</translation>
    </message>
    <message>
        <source>Mail is not sent to %1 (%2) without encryption: it is not this computer.</source>
        <translation>Ohne Verschlüsselung wird keine Mail an %1 (%2) gesendet: Es ist nicht dieser Computer.</translation>
    </message>
    <message>
        <source>The mail server %1 answered something that is not SMTP: %2</source>
        <translation>Der Mailserver %1 hat etwas geantwortet, das kein SMTP ist: %2</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>der Server hat die Verbindung geschlossen</translation>
    </message>
    <message>
        <source>Could not connect to the mail server %1 (port %2): %3</source>
        <translation>Keine Verbindung zum Mailserver %1 (Port %2) möglich: %3</translation>
    </message>
    <message>
        <source>The encrypted connection (TLS) to the mail server %1 could not be set up: %2</source>
        <translation>Die verschlüsselte Verbindung (TLS) zum Mailserver %1 konnte nicht aufgebaut werden: %2</translation>
    </message>
    <message>
        <source>Connection lost to the mail server %1: %2</source>
        <translation>Verbindung zum Mailserver %1 verloren: %2</translation>
    </message>
    <message>
        <source>Connection lost while the message was being sent to %1: %2</source>
        <translation>Verbindung verloren, während die Nachricht an %1 gesendet wurde: %2</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>Verbindungsaufbau</translation>
    </message>
    <message>
        <source>the TLS handshake</source>
        <translation>TLS-Handshake</translation>
    </message>
    <message>
        <source>the next reply</source>
        <translation>nächste Antwort</translation>
    </message>
    <message>
        <source>The mail server %1 did not answer within %2 s (waiting for %3).</source>
        <translation>Der Mailserver %1 hat nicht innerhalb von %2 s geantwortet (gewartet auf: %3).</translation>
    </message>
    <message>
        <source>The mail server %1 sent a reply nobody asked for: %2</source>
        <translation>Der Mailserver %1 hat eine Antwort gesendet, nach der niemand gefragt hat: %2</translation>
    </message>
    <message>
        <source>The mail server %1 refused the login of %2: %3</source>
        <translation>Der Mailserver %1 hat die Anmeldung von %2 abgelehnt: %3</translation>
    </message>
    <message>
        <source>The mail server %1 does not take mail now: %2</source>
        <translation>Der Mailserver %1 nimmt zurzeit keine Mails an: %2</translation>
    </message>
    <message>
        <source>The mail server %1 refused the greeting (EHLO): %2</source>
        <translation>Der Mailserver %1 hat die Begrüssung (EHLO) abgelehnt: %2</translation>
    </message>
    <message>
        <source>The mail server %1 refused to encrypt the connection (STARTTLS): %2</source>
        <translation>Der Mailserver %1 hat die Verschlüsselung der Verbindung (STARTTLS) abgelehnt: %2</translation>
    </message>
    <message>
        <source>The mail server %1 sent more than it should after STARTTLS; the connection is not trusted.</source>
        <translation>Der Mailserver %1 hat nach STARTTLS mehr gesendet als vorgesehen; der Verbindung wird nicht vertraut.</translation>
    </message>
    <message>
        <source>The mail server %1 refused to start over (RSET): %2</source>
        <translation>Der Mailserver %1 hat den Neubeginn (RSET) abgelehnt: %2</translation>
    </message>
    <message>
        <source>The mail server %1 does not offer encryption (STARTTLS), so neither the login nor any mail is sent to it. If it expects encryption from the first byte (usually port 465), choose &quot;tls&quot;.</source>
        <translation>Der Mailserver %1 bietet keine Verschlüsselung (STARTTLS) an, daher werden ihm weder die Anmeldung noch Mails gesendet. Wenn er Verschlüsselung ab dem ersten Byte erwartet (meist Port 465), wählen Sie «tls».</translation>
    </message>
    <message>
        <source>The mail server %1 offers no login this program can use (PLAIN or LOGIN); it offers: %2</source>
        <translation>Der Mailserver %1 bietet keine Anmeldung an, die dieses Programm verwenden kann (PLAIN oder LOGIN); er bietet an: %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>The mail server %1 answered out of turn: %2</source>
        <translation>Der Mailserver %1 hat ausser der Reihe geantwortet: %2</translation>
    </message>
    <message>
        <source>The message has no recipient address.</source>
        <translation>Die Nachricht hat keine Empfängeradresse.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address that can be sent to.</source>
        <translation>«%1» ist keine E-Mail-Adresse, an die gesendet werden kann.</translation>
    </message>
    <message>
        <source>The domain of &quot;%1&quot; is not valid.</source>
        <translation>Die Domain von «%1» ist ungültig.</translation>
    </message>
    <message>
        <source>The address &quot;%1&quot; has letters beyond ASCII before the @, and the mail server %2 does not accept such addresses (SMTPUTF8).</source>
        <translation>Die Adresse «%1» enthält vor dem @ Zeichen ausserhalb von ASCII, und der Mailserver %2 akzeptiert solche Adressen nicht (SMTPUTF8).</translation>
    </message>
    <message>
        <source>the greeting</source>
        <translation>Begrüssung</translation>
    </message>
    <message>
        <source>the reply to EHLO</source>
        <translation>Antwort auf EHLO</translation>
    </message>
    <message>
        <source>the reply to STARTTLS</source>
        <translation>Antwort auf STARTTLS</translation>
    </message>
    <message>
        <source>the reply to the login</source>
        <translation>Antwort auf die Anmeldung</translation>
    </message>
    <message>
        <source>the reply to MAIL FROM</source>
        <translation>Antwort auf MAIL FROM</translation>
    </message>
    <message>
        <source>the reply to RCPT TO</source>
        <translation>Antwort auf RCPT TO</translation>
    </message>
    <message>
        <source>the reply to DATA</source>
        <translation>Antwort auf DATA</translation>
    </message>
    <message>
        <source>the reply to the end of the message</source>
        <translation>Antwort auf das Ende der Nachricht</translation>
    </message>
    <message>
        <source>the reply to RSET</source>
        <translation>Antwort auf RSET</translation>
    </message>
    <message>
        <source>the reply to QUIT</source>
        <translation>Antwort auf QUIT</translation>
    </message>
</context>
<context>
    <name>tc::TenantDetailDialog</name>
    <message>
        <source>alias user made by hand</source>
        <translation>von Hand angelegter Alias-Benutzer</translation>
    </message>
    <message>
        <source>alias (no e-mail yet)</source>
        <translation>Alias (noch keine E-Mail)</translation>
    </message>
    <message>
        <source>invited</source>
        <translation>eingeladen</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>registriert</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importiert</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Mieter</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Company default</source>
        <translation>Standard der Firma</translation>
    </message>
    <message>
        <source>Managed by the ERP</source>
        <translation>Vom ERP verwaltet</translation>
    </message>
    <message>
        <source>Name, e-mail and phone are managed by the ERP</source>
        <translation>Name, E-Mail und Telefon werden vom ERP verwaltet</translation>
    </message>
    <message>
        <source>You can look at this tenant&apos;s data; changing it needs an administrator.</source>
        <translation>Sie können die Daten dieses Mieters ansehen; ändern kann sie nur ein Administrator.</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Vorname:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Nachname:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Tele&amp;fon:</translation>
    </message>
    <message>
        <source>L&amp;anguage:</source>
        <translation>Sp&amp;rache:</translation>
    </message>
    <message>
        <source>Tenancies</source>
        <translation>Mietverhältnisse</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Mietobjekt</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Liegenschaft</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>History of changes</source>
        <translation>Änderungsverlauf</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Letzte Änderung</translation>
    </message>
    <message>
        <source>&amp;New ticket…</source>
        <translation>Neues &amp;Ticket…</translation>
    </message>
    <message>
        <source>New ticket for this tenant</source>
        <translation>Neues Ticket für diesen Mieter</translation>
    </message>
    <message>
        <source>New ticket for this tenant (%1)</source>
        <translation>Neues Ticket für diesen Mieter (%1)</translation>
    </message>
    <message>
        <source>New ticket</source>
        <translation>Neues Ticket</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save the tenant&apos;s data</source>
        <translation>Daten des Mieters speichern</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <source>Read the tenant&apos;s data again</source>
        <translation>Daten des Mieters neu laden</translation>
    </message>
    <message>
        <source>&amp;Invite</source>
        <translation>E&amp;inladen</translation>
    </message>
    <message>
        <source>Invite to the tenant app</source>
        <translation>In die Mieter-App einladen</translation>
    </message>
    <message>
        <source>Close the tenant</source>
        <translation>Mieter schliessen</translation>
    </message>
    <message>
        <source>The tenant could not be read: %1</source>
        <translation>Der Mieter konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Tenant – %1</source>
        <translation>Mieter – %1</translation>
    </message>
    <message>
        <source>ERP reference %1</source>
        <translation>ERP-Referenz %1</translation>
    </message>
    <message>
        <source>from the ERP</source>
        <translation>aus dem ERP</translation>
    </message>
    <message>
        <source>entered in the Cockpit</source>
        <translation>im Cockpit erfasst</translation>
    </message>
    <message>
        <source>Tic&amp;kets could not be read: %1</source>
        <translation>Tic&amp;kets konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Tic&amp;kets: none yet</source>
        <translation>Tic&amp;kets: noch keine</translation>
    </message>
    <message>
        <source>Tic&amp;kets (%1, %2 open), newest first</source>
        <translation>Tic&amp;kets (%1, davon %2 offen), neueste zuerst</translation>
    </message>
    <message>
        <source>Ticket %1 saved.</source>
        <translation>Ticket %1 gespeichert.</translation>
    </message>
    <message>
        <source>International form: %1</source>
        <translation>Internationales Format: %1</translation>
    </message>
    <message>
        <source>current</source>
        <translation>aktuell</translation>
    </message>
    <message>
        <source>former</source>
        <translation>früher</translation>
    </message>
    <message>
        <source>moving in</source>
        <translation>zieht ein</translation>
    </message>
    <message>
        <source>expected (alias user)</source>
        <translation>erwartet (Alias-Benutzer)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Tenancies (%1)</source>
        <translation>&amp;Mietverhältnisse (%1)</translation>
    </message>
    <message>
        <source>&amp;History of changes: none recorded yet</source>
        <translation>Verlauf der Än&amp;derungen: noch nichts erfasst</translation>
    </message>
    <message>
        <source>&amp;History of changes (%1), newest first</source>
        <translation>Verlauf der Än&amp;derungen (%1), neueste zuerst</translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation>Nichts zu speichern.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Send re&amp;minder</source>
        <translation>Erinnerun&amp;g senden</translation>
    </message>
</context>
<context>
    <name>tc::TenantSearchDialog</name>
    <message>
        <source>Find a tenant</source>
        <translation>Mieter suchen</translation>
    </message>
    <message>
        <source>Search tenants</source>
        <translation>Mieter durchsuchen</translation>
    </message>
    <message>
        <source>Name, phone number, unit, street, e-mail or reference</source>
        <translation>Name, Telefonnummer, Mietobjekt, Strasse, E-Mail oder Referenz</translation>
    </message>
    <message>
        <source>Tenants found</source>
        <translation>Gefundene Mieter</translation>
    </message>
    <message>
        <source>Search state</source>
        <translation>Suchstatus</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>Die Suche ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Type a name, a phone number in any spelling, a unit, a street or a reference.</source>
        <translation>Geben Sie einen Namen, eine Telefonnummer in beliebiger Schreibweise, ein Mietobjekt, eine Strasse oder eine Referenz ein.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <source>Nobody found for &quot;%1&quot;.</source>
        <translation>Niemand gefunden für «%1».</translation>
    </message>
    <message numerus="yes">
        <source>%n tenant(s) found. Enter opens the selected one.</source>
        <translation>
            <numerusform>%n Mieter gefunden. Die Eingabetaste öffnet den ausgewählten.</numerusform>
            <numerusform>%n Mieter gefunden. Die Eingabetaste öffnet den ausgewählten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tc::TenantSearchModel</name>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>invited</source>
        <translation>eingeladen</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>registriert</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importiert</translation>
    </message>
    <message>
        <source>%1, former tenant</source>
        <translation>%1, früherer Mieter</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Mietobjekt</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Open tickets</source>
        <translation>Offene Tickets</translation>
    </message>
</context>
<context>
    <name>tc::TenantTableModel</name>
    <message>
        <source>%1, %2</source>
        <comment>last name, first name</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>invited</source>
        <translation>eingeladen</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>registriert</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importiert</translation>
    </message>
    <message>
        <source>%1, %2 %3</source>
        <comment>street, postal code city</comment>
        <translation>%1, %2 %3</translation>
    </message>
    <message>
        <source>moving in %1</source>
        <translation>Einzug %1</translation>
    </message>
    <message>
        <source>moved out %1</source>
        <translation>ausgezogen %1</translation>
    </message>
    <message>
        <source>moving out %1</source>
        <translation>Auszug %1</translation>
    </message>
    <message>
        <source>current</source>
        <translation>aktuell</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Mietobjekt</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Tenancy</source>
        <translation>Mietverhältnis</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>ERP reference</source>
        <translation>ERP-Referenz</translation>
    </message>
</context>
<context>
    <name>tc::TenantsView</name>
    <message>
        <source>Tenants</source>
        <translation>Mieter</translation>
    </message>
    <message>
        <source>The tenants could not be read: %1</source>
        <translation>Die Mieter konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Filter tenants</source>
        <translation>Mieter filtern</translation>
    </message>
    <message>
        <source>Filter: name, ERP reference or e-mail address</source>
        <translation>Filter: Name, ERP-Referenz oder E-Mail-Adresse</translation>
    </message>
    <message>
        <source>The beginning of a name (&quot;Müller&quot;, &quot;Meier, A&quot;), of an ERP reference, or a whole e-mail address. Case and accents do not matter.</source>
        <translation>Der Anfang eines Namens («Müller», «Meier, A»), einer ERP-Referenz oder eine ganze E-Mail-Adresse. Gross-/Kleinschreibung und Akzente spielen keine Rolle.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Eingeladen</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registriert</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Current or former tenants</source>
        <translation>Aktuelle oder frühere Mieter</translation>
    </message>
    <message>
        <source>Current and former tenants</source>
        <translation>Aktuelle und frühere Mieter</translation>
    </message>
    <message>
        <source>Current tenants</source>
        <translation>Aktuelle Mieter</translation>
    </message>
    <message>
        <source>Former tenants</source>
        <translation>Frühere Mieter</translation>
    </message>
    <message>
        <source>&amp;Invite</source>
        <translation>&amp;Einladen</translation>
    </message>
    <message>
        <source>Invite to the tenant app</source>
        <translation>In die Mieter-App einladen</translation>
    </message>
    <message>
        <source>Invite the &amp;selected tenants</source>
        <translation>&amp;Ausgewählte Mieter einladen</translation>
    </message>
    <message>
        <source>Invite &amp;everyone not yet invited</source>
        <translation>Alle &amp;noch nicht Eingeladenen einladen</translation>
    </message>
    <message>
        <source>&amp;Alias users…</source>
        <translation>Alias-&amp;Benutzer…</translation>
    </message>
    <message>
        <source>Alias users made by hand</source>
        <translation>Von Hand angelegte Alias-Benutzer</translation>
    </message>
    <message>
        <source>Alias users made by hand for people the ERP does not deliver yet, and the tenants they may be</source>
        <translation>Von Hand angelegte Alias-Benutzer für Personen, die das ERP noch nicht liefert, und die Mieter, die sie sein könnten</translation>
    </message>
    <message>
        <source>Select the tenants to invite first.</source>
        <translation>Wählen Sie zuerst die einzuladenden Mieter aus.</translation>
    </message>
    <message numerus="yes">
        <source>the %n selected tenant(s)</source>
        <translation>
            <numerusform>den %n ausgewählten Mieter</numerusform>
            <numerusform>die %n ausgewählten Mieter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>all %n tenant(s) not yet invited</source>
        <translation>
            <numerusform>den %n noch nicht eingeladenen Mieter</numerusform>
            <numerusform>alle %n noch nicht eingeladenen Mieter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alias user(s) may be tenants the ERP delivered: &lt;a href=&quot;#aliases&quot;&gt;confirm or choose&lt;/a&gt;.</source>
        <translation>
            <numerusform>%n Alias-Benutzer könnte ein vom ERP gelieferter Mieter sein: &lt;a href=&quot;#aliases&quot;&gt;bestätigen oder auswählen&lt;/a&gt;.</numerusform>
            <numerusform>%n Alias-Benutzer könnten vom ERP gelieferte Mieter sein: &lt;a href=&quot;#aliases&quot;&gt;bestätigen oder auswählen&lt;/a&gt;.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tenants: %1</source>
        <translation>Mieter: %1</translation>
    </message>
    <message>
        <source>more than %1</source>
        <translation>mehr als %1</translation>
    </message>
    <message>
        <source>Tenants: %1 of %2</source>
        <translation>Mieter: %1 von %2</translation>
    </message>
</context>
<context>
    <name>tc::TicketConflictDialog</name>
    <message>
        <source>Ticket #%1 was changed meanwhile</source>
        <translation>Ticket #%1 wurde inzwischen geändert</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>Jemand</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 saved ticket #%2 after you opened it.&lt;/b&gt; Nothing of yours has been saved yet. Choose which version to keep.</source>
        <translation>&lt;b&gt;%1 hat Ticket #%2 gespeichert, nachdem Sie es geöffnet haben.&lt;/b&gt; Von Ihren Änderungen wurde noch nichts gespeichert. Wählen Sie, welche Fassung gelten soll.</translation>
    </message>
    <message>
        <source>Their changes</source>
        <translation>Änderungen der anderen Person</translation>
    </message>
    <message>
        <source>&amp;Your unsaved changes:</source>
        <translation>&amp;Ihre nicht gespeicherten Änderungen:</translation>
    </message>
    <message>
        <source>Your unsaved changes</source>
        <translation>Ihre nicht gespeicherten Änderungen</translation>
    </message>
    <message>
        <source>Keep my changes: yours are saved on top of theirs; where you both changed a field, yours wins. Take theirs: the ticket is shown as they left it and your edits are dropped.</source>
        <translation>Meine Änderungen behalten: Ihre Änderungen werden über jene der anderen Person gespeichert; wo Sie beide dasselbe Feld geändert haben, gilt Ihre Änderung. Andere Fassung übernehmen: Das Ticket wird so angezeigt, wie die andere Person es hinterlassen hat, und Ihre Bearbeitungen werden verworfen.</translation>
    </message>
    <message>
        <source>&amp;Keep my changes</source>
        <translation>Meine Änderungen &amp;behalten</translation>
    </message>
    <message>
        <source>Keep my changes</source>
        <translation>Meine Änderungen behalten</translation>
    </message>
    <message>
        <source>&amp;Take theirs</source>
        <translation>Andere Fassung über&amp;nehmen</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Andere Fassung übernehmen</translation>
    </message>
    <message>
        <source>Back to editing</source>
        <translation>Zurück zur Bearbeitung</translation>
    </message>
    <message>
        <source>Back to editing, nothing saved</source>
        <translation>Zurück zur Bearbeitung, nichts gespeichert</translation>
    </message>
    <message>
        <source>T&amp;heir changes:</source>
        <translation>Änderungen der &amp;anderen Person:</translation>
    </message>
</context>
<context>
    <name>tc::TicketHistoryList</name>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Comment (internal note)</source>
        <translation>Kommentar (interne Notiz)</translation>
    </message>
    <message>
        <source>Comment (visible to tenant)</source>
        <translation>Kommentar (für den Mieter sichtbar)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>what: details</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>tc::TicketPanel</name>
    <message>
        <source>%1 (%2)</source>
        <comment>name (ERP reference)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Ticket detail</source>
        <translation>Ticketdetails</translation>
    </message>
    <message>
        <source>Select a ticket in the list to see it here.</source>
        <translation>Wählen Sie ein Ticket in der Liste, um es hier anzuzeigen.</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Mieter</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Mietobjekt</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Liegenschaft</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Letzte Änderung</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Only the statuses the workflow allows from the current one are offered.</source>
        <translation>Es werden nur die Status angeboten, die der Arbeitsablauf vom aktuellen Status aus erlaubt.</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation>&amp;Fällig am:</translation>
    </message>
    <message>
        <source>Has a due date</source>
        <translation>Hat ein Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fällig am</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine Angabe</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Drop my edits</source>
        <translation>Meine Bearbeitungen verwerfen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save the ticket</source>
        <translation>Ticket speichern</translation>
    </message>
    <message>
        <source>Save the changes (Ctrl+S)</source>
        <translation>Änderungen speichern (Ctrl+S)</translation>
    </message>
    <message>
        <source>Tenant:</source>
        <translation>Mieter:</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Mietobjekt:</translation>
    </message>
    <message>
        <source>Property:</source>
        <translation>Liegenschaft:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Erstellt:</translation>
    </message>
    <message>
        <source>Last change:</source>
        <translation>Letzte Änderung:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorität:</translation>
    </message>
    <message>
        <source>Assign&amp;ee:</source>
        <translation>Zuständi&amp;g:</translation>
    </message>
    <message>
        <source>Channe&amp;l:</source>
        <translation>&amp;Kanal:</translation>
    </message>
    <message>
        <source>Categor&amp;y:</source>
        <translation>Kat&amp;egorie:</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>Verlauf:</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>A comment; Ctrl+Return adds it</source>
        <translation>Ein Kommentar; Ctrl+Eingabe fügt ihn hinzu</translation>
    </message>
    <message>
        <source>&amp;Internal note (the tenant does not see it)</source>
        <translation>&amp;Interne Notiz (der Mieter sieht sie nicht)</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Interne Notiz</translation>
    </message>
    <message>
        <source>Add &amp;comment</source>
        <translation>Kommenta&amp;r hinzufügen</translation>
    </message>
    <message>
        <source>Add comment</source>
        <translation>Kommentar hinzufügen</translation>
    </message>
    <message>
        <source>Add the comment to the history (Ctrl+Return)</source>
        <translation>Kommentar zum Verlauf hinzufügen (Ctrl+Eingabe)</translation>
    </message>
    <message>
        <source>Someone else changed this ticket while you were editing it. Your edits are kept; saving shows what they changed and lets you choose.</source>
        <translation>Jemand anderes hat dieses Ticket geändert, während Sie es bearbeitet haben. Ihre Bearbeitungen bleiben erhalten; beim Speichern sehen Sie, was geändert wurde, und können wählen.</translation>
    </message>
    <message>
        <source>#%1 · %2</source>
        <translation>#%1 · %2</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>Der Verlauf konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 (now)</source>
        <translation>%1 (aktuell)</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Niemand</translation>
    </message>
    <message>
        <source>Title: %1</source>
        <translation>Titel: %1</translation>
    </message>
    <message>
        <source>Description: %1</source>
        <translation>Beschreibung: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
    <message>
        <source>Assignee: %1</source>
        <translation>Zuständig: %1</translation>
    </message>
    <message>
        <source>Priority: %1</source>
        <translation>Priorität: %1</translation>
    </message>
    <message>
        <source>Due date: %1</source>
        <translation>Fällig am: %1</translation>
    </message>
    <message>
        <source>Channel: %1</source>
        <translation>Kanal: %1</translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>Kategorie: %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Their version is shown; your edits were dropped.</source>
        <translation>Die andere Fassung wird angezeigt; Ihre Bearbeitungen wurden verworfen.</translation>
    </message>
    <message>
        <source>Not saved: ticket #%1 was changed by someone else. Your edits are still here; save again to choose.</source>
        <translation>Nicht gespeichert: Ticket #%1 wurde von jemand anderem geändert. Ihre Bearbeitungen sind noch da; speichern Sie erneut, um zu wählen.</translation>
    </message>
    <message>
        <source>Write the comment first.</source>
        <translation>Schreiben Sie zuerst den Kommentar.</translation>
    </message>
    <message>
        <source>&amp;Save the ticket</source>
        <translation>Ticket &amp;speichern</translation>
    </message>
</context>
<context>
    <name>tc::TicketTableModel</name>
    <message>
        <source>%1, %2</source>
        <comment>last name, first name</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Mieter</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Mietobjekt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
</context>
</TS>
