<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>AgentLogins</name>
    <message>
        <source>On a PostgreSQL server the server itself checks who logs in: connect as the agent&apos;s database role (the login), with its password.</source>
        <translation>Su un server PostgreSQL è il server stesso a verificare chi accede: connettersi con il ruolo di banca dati del collaboratore (il nome utente) e la relativa password.</translation>
    </message>
    <message>
        <source>The login or the password is wrong.</source>
        <translation>Il nome utente o la password non sono corretti.</translation>
    </message>
    <message>
        <source>%1 (%2) is disabled and cannot log in.</source>
        <translation>%1 (%2) è disattivato e non può accedere.</translation>
    </message>
    <message>
        <source>Only a manager can set another agent&apos;s password.</source>
        <translation>Solo la direzione può impostare la password di un altro collaboratore.</translation>
    </message>
    <message>
        <source>The office&apos;s first login must be a manager&apos;s, and %1 (%2) is not a manager.</source>
        <translation>Il primo accesso dell&apos;amministrazione deve essere quello di un membro della direzione, e %1 (%2) non fa parte della direzione.</translation>
    </message>
    <message>
        <source>This office has logins already: log in with yours.</source>
        <translation>Questa amministrazione ha già degli accessi personali: accedere con il proprio nome utente.</translation>
    </message>
</context>
<context>
    <name>Agents</name>
    <message>
        <source>&quot;%1&quot; cannot be a login: it has 2 to 64 characters, each a letter (a-z), a digit or one of . _ -.</source>
        <translation>&quot;%1&quot; non può essere un nome utente: deve avere da 2 a 64 caratteri, ognuno dei quali una lettera (a-z), una cifra o uno tra . _ -.</translation>
    </message>
    <message>
        <source>There is no agent with the login &quot;%1&quot;.</source>
        <translation>Non esiste alcun collaboratore con il nome utente &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>There is no agent %1.</source>
        <translation>Non esiste alcun collaboratore %1.</translation>
    </message>
    <message>
        <source>Adding an agent needs a manager.</source>
        <translation>Solo la direzione può aggiungere un collaboratore.</translation>
    </message>
    <message>
        <source>An agent needs a name of at most 200 characters, without line breaks.</source>
        <translation>Un collaboratore necessita di un nome di al massimo 200 caratteri, senza interruzioni di riga.</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; is taken (by %2).</source>
        <translation>Il nome utente &quot;%1&quot; è già in uso (da %2).</translation>
    </message>
    <message>
        <source>another agent</source>
        <translation>un altro collaboratore</translation>
    </message>
    <message>
        <source>%1 (%2) is the office&apos;s last active manager and cannot be %3: make another agent a manager first.</source>
        <translation>%1 (%2) è l&apos;ultimo membro attivo della direzione e non può essere %3: assegnare prima il ruolo di direzione a un altro collaboratore.</translation>
    </message>
    <message>
        <source>Changing an agent&apos;s role needs a manager.</source>
        <translation>Solo la direzione può modificare il ruolo di un collaboratore.</translation>
    </message>
    <message>
        <source>given another role</source>
        <translation>assegnato a un altro ruolo</translation>
    </message>
    <message>
        <source>Disabling an agent needs a manager.</source>
        <translation>Solo la direzione può disattivare un collaboratore.</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>disattivato</translation>
    </message>
</context>
<context>
    <name>AliasUsers</name>
    <message>
        <source>Creating an alias user needs an administrator.</source>
        <translation>Solo un amministratore può creare un utente alias.</translation>
    </message>
    <message>
        <source>Alias users are switched off for this company (setting alias_users): a manager can switch them on.</source>
        <translation>Gli utenti alias sono disattivati per questa azienda (impostazione alias_users): la direzione può attivarli.</translation>
    </message>
    <message>
        <source>An alias user needs a name.</source>
        <translation>Un utente alias necessita di un nome.</translation>
    </message>
    <message>
        <source>A name has at most %1 characters.</source>
        <translation>Un nome può avere al massimo %1 caratteri.</translation>
    </message>
    <message>
        <source>A name cannot hold line breaks or control characters.</source>
        <translation>Un nome non può contenere interruzioni di riga o caratteri di controllo.</translation>
    </message>
    <message>
        <source>The expected move-in is not a valid date.</source>
        <translation>La data di entrata prevista non è una data valida.</translation>
    </message>
    <message>
        <source>There is no unit %1.</source>
        <translation>Non esiste alcun oggetto %1.</translation>
    </message>
    <message>
        <source>%1 already has an alias user for unit %2 (alias %3).</source>
        <translation>%1 ha già un utente alias per l&apos;oggetto %2 (alias %3).</translation>
    </message>
    <message>
        <source>The new alias user got no number.</source>
        <translation>Il nuovo utente alias non ha ricevuto alcun numero.</translation>
    </message>
    <message>
        <source>Alias user %1 was linked to a tenant already.</source>
        <translation>L&apos;utente alias %1 è già stato collegato a un inquilino.</translation>
    </message>
    <message>
        <source>There is no alias user %1 (see the list of alias users).</source>
        <translation>Non esiste alcun utente alias %1 (vedere l&apos;elenco degli utenti alias).</translation>
    </message>
    <message>
        <source>Linking an alias user to a tenant needs an administrator.</source>
        <translation>Solo un amministratore può collegare un utente alias a un inquilino.</translation>
    </message>
    <message>
        <source>Alias user %1 (%2) was linked to a tenant already.</source>
        <translation>L&apos;utente alias %1 (%2) è già stato collegato a un inquilino.</translation>
    </message>
    <message>
        <source>%1 is the ERP&apos;s tenant %2 itself, not an alias made by hand: their tickets pass to their account when they register.</source>
        <translation>%1 è l&apos;inquilino %2 dell&apos;ERP stesso, non un alias creato manualmente: i suoi ticket passano al suo account quando si registra.</translation>
    </message>
    <message>
        <source>An alias user cannot be linked to itself.</source>
        <translation>Un utente alias non può essere collegato a sé stesso.</translation>
    </message>
    <message>
        <source>There is no tenant %1.</source>
        <translation>Non esiste alcun inquilino %1.</translation>
    </message>
    <message>
        <source>%1 was merged into another person: link the alias to that person.</source>
        <translation>%1 è stato unito a un&apos;altra persona: collegare l&apos;alias a quella persona.</translation>
    </message>
    <message>
        <source>%1 is an alias user too: link an alias to the tenant the ERP delivers.</source>
        <translation>Anche %1 è un utente alias: collegare un alias all&apos;inquilino fornito dall&apos;ERP.</translation>
    </message>
    <message>
        <source>%1 (alias user)</source>
        <translation>%1 (utente alias)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>name (ERP reference)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Alias user %1 was linked by someone else meanwhile.</source>
        <translation>L&apos;utente alias %1 è stato collegato nel frattempo da un&apos;altra persona.</translation>
    </message>
    <message>
        <source>%1 (registered)</source>
        <translation>%1 (registrato)</translation>
    </message>
    <message>
        <source>%1 (%2, registered)</source>
        <translation>%1 (%2, registrato)</translation>
    </message>
</context>
<context>
    <name>AttemptThrottle</name>
    <message numerus="yes">
        <source>Too many wrong attempts. Try again in %n second(s).</source>
        <translation>
            <numerusform>Troppi tentativi errati. Riprovare tra %n secondo.</numerusform>
            <numerusform>Troppi tentativi errati. Riprovare tra %n secondi.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkInserter</name>
    <message>
        <source>The SQLite connection has no native handle.</source>
        <translation>La connessione SQLite non dispone di un handle nativo.</translation>
    </message>
    <message>
        <source>Cannot prepare the insert into %1: %2</source>
        <translation>Impossibile preparare l&apos;inserimento in %1: %2</translation>
    </message>
    <message>
        <source>Cannot write into %1: %2</source>
        <translation>Impossibile scrivere in %1: %2</translation>
    </message>
    <message>
        <source>The rows written into %1 got ids up to %2 instead of %3.</source>
        <translation>Le righe scritte in %1 hanno ricevuto ID fino a %2 anziché %3.</translation>
    </message>
    <message>
        <source>The PostgreSQL connection has no native handle.</source>
        <translation>La connessione PostgreSQL non dispone di un handle nativo.</translation>
    </message>
</context>
<context>
    <name>Cockpitctl</name>
    <message>
        <source>none</source>
        <translation>nessuno</translation>
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
        <translation>Uso: cockpitctl [--db URL] [--as LOGIN] [--json] COMMAND [ARGUMENTS]

Tenant Cockpit dalla shell: gli stessi servizi del programma desktop.

Comandi:
  init [--company NAME] [--demo N]  crea o aggiorna la banca dati dell&apos;amministrazione; con
                                    --demo, riempie una banca dati vuota con N inquilini demo (e
                                    un ticket per ogni decimo di essi, al massimo 200)
  migrate                           porta lo schema della banca dati a questa versione
  status                            versione dello schema e numero di righe per tabella
  version                           versione del programma e dello schema
  backup FILE                       copia il file locale dell&apos;amministrazione in FILE (un nuovo
                                    file), anche mentre il programma desktop o un&apos;importazione lavora
  restore FILE                      ripristina una copia creata con backup; i dati com&apos;erano vengono
                                    prima conservati accanto al file (.before-restore-TIME)
  copy-to URL                       trasferisce l&apos;amministrazione locale in una banca dati PostgreSQL
                                    vuota: schema e tutte le righe in un&apos;unica transazione, verificate
                                    con conteggi e checksum prima di valere; il file resta com&apos;era
  settings list                     tutte le impostazioni aziendali con i loro valori
  settings get KEY                  il valore di un&apos;impostazione
  settings set KEY VALUE            modifica un&apos;impostazione (verificata in base al suo tipo)
  import PATH [--format auto|tenant-list|data-exchange] [--profile en|de|FILE]
         [--mode snapshot|delta] [--strict] [--dry-run] [--confirm]
                                    importa un elenco inquilini CSV, una cartella di scambio dati
                                    ERP o un suo file .zip (vedere sotto)
  import --watch DIR [--once]       importa ogni job completo lasciato in DIR, poi lo sposta in
                                    DIR/done, DIR/failed o DIR/awaiting con il suo rapporto; resta
                                    attivo fino all&apos;arresto, o con --once finché DIR è vuota
  imports list                      la cronologia delle importazioni, dalla più recente
  imports show RUN_ID               il rapporto di un&apos;esecuzione, righe scartate incluse
  tenant show REF                   dati, locazioni e cronologia delle modifiche di un inquilino
  tenant set REF [--first-name N] [--last-name N] [--email A] [--phone P] [--language L]
                                    modifica i dati di un inquilino (nome, e-mail e telefono sono
                                    rifiutati mentre l&apos;interfaccia ERP è attiva)
  tenants search TEXT [--limit N]   cerca inquilini come la ricerca del programma desktop, nello
                                    stesso ordine: nome (maiuscole e accenti ignorati), numero di
                                    telefono in qualsiasi grafia o ultime cifre, oggetto, via, località,
                                    e-mail, riferimento; ex inquilini segnalati (predefinito 50)
  invite (--tenant REF ... | --property REF | --all-uninvited)
                                    invita gli inquilini all&apos;app inquilini per e-mail (un promemoria
                                    con lo stesso codice per chi è già stato invitato); indica chi è
                                    stato messo in coda e chi è stato rifiutato, con il motivo
  outbox list [--status S]          le e-mail della posta in uscita, dalla più recente (S: queued,
                                    sending, sent, failed)
  outbox send [--smtp-password-file FILE]
                                    recapita le e-mail in scadenza; indica quante sono state
                                    inviate, quante non sono riuscite e quante sono state posticipate
  outbox retry [ID ...]             rimette in coda le e-mail non riuscite (tutte, o quelle indicate)
  tickets create --tenant REF --title TEXT [--description TEXT] [--channel C]
         [--category C] [--assignee LOGIN]
                                    apre un ticket per un inquilino (canale: phone (predefinito),
                                    email, letter, walk_in, app); l&apos;oggetto è quello attuale
                                    dell&apos;inquilino; è assegnato al collaboratore che agisce (--as),
                                    salvo diversa indicazione di --assignee (REF: il riferimento
                                    dell&apos;ERP; un alias creato manualmente si indica con il suo ID)
  tickets list [--tenant REF] [--assignee LOGIN] [--status S]
                                    ticket, dal più recente (al massimo 500; S: new, in_progress,
                                    waiting_tenant, waiting_third_party, done, closed)
  tickets show ID                   un ticket con la sua cronologia (modifiche e commenti)
  tickets assign ID LOGIN           assegna un ticket a un collaboratore
  tickets status ID STATUS          fa avanzare un ticket (new -&gt; in_progress -&gt; waiting_tenant o
                                    waiting_third_party -&gt; done -&gt; closed; done e closed si
                                    riaprono in in_progress); un passaggio non previsto dal flusso
                                    viene rifiutato indicando quelli consentiti
  tickets comment ID TEXT [--internal]
                                    aggiunge un commento visibile all&apos;inquilino, o una nota interna
  alias create --unit UNIT_REF --name &quot;FULL NAME&quot; [--move-in DATE]
                                    un utente alias per una persona attesa in un oggetto che l&apos;ERP
                                    non fornisce ancora, così da poter aprire ticket a suo nome
                                    (richiede l&apos;impostazione alias_users); indica l&apos;ID dell&apos;alias
  alias list                        gli utenti alias in uso, con gli inquilini dell&apos;ERP a cui un
                                    alias creato manualmente può corrispondere (stesso oggetto e nome)
  alias link ALIAS_ID --tenant REF  questo alias è quell&apos;inquilino: i suoi ticket passano
                                    all&apos;inquilino, l&apos;alias viene dismesso
  pinboard post --title TEXT (--body TEXT | --body-file FILE) [--property REF ...]
         [--important [--include-future-tenants]] [--valid-from DATE] [--valid-to DATE]
                                    pubblica un avviso per gli inquilini degli stabili indicati
                                    (predefinito: tutta l&apos;azienda). Il testo può usare righe vuote
                                    per i paragrafi, **grassetto**, elenchi (&quot;- &quot; o &quot;1. &quot;) e link.
                                    Un avviso importante viene inviato per e-mail a ogni inquilino
                                    invitato o registrato con un indirizzo e-mail che vi abita oggi
                                    (e, con --include-future-tenants, da una data successiva), una
                                    volta sola, nella sua lingua; indica l&apos;ID dell&apos;avviso, il numero
                                    di e-mail in coda e chi non è raggiungibile, con il motivo
  pinboard list [--property REF]    gli avvisi, dal più recente (di uno stabile: anche quelli per
                                    tutta l&apos;azienda), con le e-mail inviate, non riuscite, in attesa
  agents list                       i collaboratori attivi
  agents add LOGIN --name NAME --role agent|administrator|manager
                                    aggiunge un collaboratore (nome utente: 2-64 lettere, cifre, . _ -)
  agents set-role LOGIN ROLE        assegna un altro ruolo a un collaboratore (l&apos;ultimo membro
                                    attivo della direzione mantiene il suo)
  agents disable LOGIN              un collaboratore che ha lasciato: non più assegnabile; i suoi
                                    ticket restano suoi finché non vengono riassegnati
  agents set-password LOGIN         la nuova password del collaboratore, come riga successiva di
                                    stdin (il collaboratore stesso o la direzione); la prima, di un
                                    membro della direzione, attiva gli accessi dell&apos;amministrazione
  login [--remember]                verifica la password di --as LOGIN (stdin); con --remember la
                                    conserva nel portachiavi del sistema per questa amministrazione,
                                    così che le esecuzioni pianificate con --as non ne richiedano
  logout                            dimentica la password di --as LOGIN conservata nel portachiavi
  register --code CODE              la registrazione dell&apos;inquilino: il codice di attivazione
                                    dell&apos;invito, la nuova password come prima riga di stdin
                                    (almeno 10 caratteri, non una password comune); i codici errati
                                    vengono rallentati (un&apos;attesa crescente, al massimo 10 all&apos;ora)
  tenant-login --email ADDRESS      verifica l&apos;accesso di un inquilino registrato: password su
                                    stdin; codice di uscita 0 se corretto, altrimenti 1

Opzioni:
  --db URL     la banca dati dell&apos;amministrazione: sqlite:/path/file.db o
               postgresql://user@host:port/dbname?sslmode=verify-full
               (predefinito: $TENANT_COCKPIT_DB, altrimenti il file locale predefinito
               %1)
  --as LOGIN   il collaboratore che agisce, quando l&apos;amministrazione usa accessi personali (ogni
               comando tranne status, version, migrate, register e tenant-login lo richiede); la
               password proviene dal portachiavi (vedere login --remember), altrimenti dalla prima
               riga di stdin. Ogni collaboratore può fare ciò che il suo ruolo consente: agent
               (ticket), administrator (anche dati di base, importazioni, inviti, utenti alias,
               bacheca), manager (anche impostazioni, collaboratori, backup e ripristino).
               Fino al primo accesso agisce il proprietario del file locale, come direzione.
  --json       output leggibile da una macchina su stdout (i messaggi restano su stderr)
  -h, --help   questo aiuto

Opzioni di importazione:
  --format F   auto (predefinito: una cartella o un .zip è un job di scambio dati, un file un
               elenco inquilini), tenant-list o data-exchange
  --profile P  il set di intestazioni dell&apos;elenco inquilini: en, de (predefinito: entrambi) o
               un FILE di profilo JSON per il layout di un altro ERP
  --mode M     snapshot (predefinito: le locazioni assenti dal file terminano) o delta (solo
               aggiunte e aggiornamenti)
  --strict     non applica nulla se una riga qualsiasi è errata
  --dry-run    mostra cosa cambierebbe, senza modificare nulla
  --confirm    applica un job di scambio dati il cui manifest indica autoImport: false
  --watch DIR, --once  vedere sopra; ogni job riceve le opzioni predefinite
Il rapporto va su stdout (con --json un oggetto: run_id, format, mode, dry_run,
status, i conteggi per tipo di record, email_changed, aliases_created, alias_proposals,
rejected, warnings, changes); le righe scartate sono ripetute su stderr. Codice di uscita 0
se l&apos;importazione è stata applicata (o, con --dry-run, lo sarebbe), 1 se non è stato applicato
nulla. --watch --once termina con 1 se un job non è riuscito; --watch da solo resta attivo fino
a SIGTERM o Ctrl+C, che annullano l&apos;importazione in corso e lasciano il suo job in DIR.

Inviti ed e-mail:
  &quot;invite&quot; termina con 1 se non ha messo in coda nulla e ha rifiutato qualcuno. &quot;outbox send&quot; termina
  con 0 se nessuna e-mail è definitivamente non riuscita (quelle posticipate sono ritentate alla
  prossima esecuzione), altrimenti con 1. La password del server di posta (se smtp.user è impostato)
  proviene dal file indicato da --smtp-password-file, altrimenti da $TENANT_COCKPIT_SMTP_PASSWORD,
  altrimenti dal portachiavi del sistema, dove la conserva il programma desktop.

Solo init e migrate creano un nuovo file locale di banca dati. Un valore che inizia con &quot;-&quot;
va dopo &quot;--&quot;: cockpitctl settings set -- company.name &quot;-Minus AG&quot;

Impostazioni aziendali:
%2
Codici di uscita: 0 eseguito, 1 rifiutato (input errato, una regola aziendale, una banca dati
irraggiungibile, mancante o scritta da una versione più recente), 2 errore di sintassi.
</translation>
    </message>
    <message>
        <source>Try &quot;cockpitctl --help&quot;.</source>
        <translation>Provare con &quot;cockpitctl --help&quot;.</translation>
    </message>
    <message>
        <source>There is no database at %1. Create one with &quot;cockpitctl --db %2 init&quot;.</source>
        <translation>Non esiste alcuna banca dati in %1. Crearne una con &quot;cockpitctl --db %2 init&quot;.</translation>
    </message>
    <message>
        <source>The database role %1 is no active agent of this office.</source>
        <translation>Il ruolo di banca dati %1 non è un collaboratore attivo di questa amministrazione.</translation>
    </message>
    <message>
        <source>One --as: who is acting.</source>
        <translation>Indicare un solo --as: chi agisce.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Nessun comando indicato.</translation>
    </message>
    <message>
        <source>--%1 belongs to &quot;pinboard post&quot;.</source>
        <translation>--%1 vale solo per &quot;pinboard post&quot;.</translation>
    </message>
    <message>
        <source>--remember belongs to &quot;login&quot;.</source>
        <translation>--remember vale solo per &quot;login&quot;.</translation>
    </message>
    <message>
        <source>A password never goes on the command line (where others can see it): give it on stdin.</source>
        <translation>Una password non va mai indicata sulla riga di comando (dove altri possono vederla): fornirla tramite stdin.</translation>
    </message>
    <message>
        <source>--company and --demo belong to &quot;init&quot;.</source>
        <translation>--company e --demo valgono solo per &quot;init&quot;.</translation>
    </message>
    <message>
        <source>--%1 belongs to &quot;import&quot;.</source>
        <translation>--%1 vale solo per &quot;import&quot;.</translation>
    </message>
    <message>
        <source>--code belongs to &quot;register&quot;.</source>
        <translation>--code vale solo per &quot;register&quot;.</translation>
    </message>
    <message>
        <source>--limit belongs to &quot;tenants search&quot;.</source>
        <translation>--limit vale solo per &quot;tenants search&quot;.</translation>
    </message>
    <message>
        <source>&quot;pinboard&quot; does not take --%1.</source>
        <translation>&quot;pinboard&quot; non accetta --%1.</translation>
    </message>
    <message>
        <source>&quot;pinboard post&quot; takes one --%1.</source>
        <translation>&quot;pinboard post&quot; accetta un solo --%1.</translation>
    </message>
    <message>
        <source>--%1 belongs to &quot;tickets&quot;.</source>
        <translation>--%1 vale solo per &quot;tickets&quot;.</translation>
    </message>
    <message>
        <source>&quot;alias link&quot; takes one --tenant.</source>
        <translation>&quot;alias link&quot; accetta un solo --tenant.</translation>
    </message>
    <message>
        <source>&quot;alias&quot; takes --unit, --name and --move-in (create) or --tenant (link).</source>
        <translation>&quot;alias&quot; accetta --unit, --name e --move-in (create) oppure --tenant (link).</translation>
    </message>
    <message>
        <source>--%1 belongs to &quot;alias create&quot;.</source>
        <translation>--%1 vale solo per &quot;alias create&quot;.</translation>
    </message>
    <message>
        <source>--%1 belongs to &quot;agents add&quot;.</source>
        <translation>--%1 vale solo per &quot;agents add&quot;.</translation>
    </message>
    <message>
        <source>--%1 belongs to &quot;invite&quot;.</source>
        <translation>--%1 vale solo per &quot;invite&quot;.</translation>
    </message>
    <message>
        <source>--%1 belongs to &quot;outbox&quot;.</source>
        <translation>--%1 vale solo per &quot;outbox&quot;.</translation>
    </message>
    <message>
        <source>&quot;tickets&quot; takes one --tenant.</source>
        <translation>&quot;tickets&quot; accetta un solo --tenant.</translation>
    </message>
    <message>
        <source>--first-name, --last-name, --email, --phone and --language belong to &quot;tenant set&quot;.</source>
        <translation>--first-name, --last-name, --email, --phone e --language valgono solo per &quot;tenant set&quot;.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Comando sconosciuto: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;init&quot; takes no arguments; did you mean --company &quot;%1&quot;?</source>
        <translation>&quot;init&quot; non accetta argomenti; si intendeva --company &quot;%1&quot;?</translation>
    </message>
    <message>
        <source>--demo takes a number of tenants from 1 to %1.</source>
        <translation>--demo accetta un numero di inquilini da 1 a %1.</translation>
    </message>
    <message>
        <source>--company needs a name.</source>
        <translation>--company richiede un nome.</translation>
    </message>
    <message>
        <source>The database already holds properties or persons; demo data only goes into an empty database. Nothing was changed.</source>
        <translation>La banca dati contiene già stabili o persone; i dati demo vanno solo in una banca dati vuota. Non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>Writing demo tenants: %1 of %2</source>
        <translation>Scrittura degli inquilini demo: %1 di %2</translation>
    </message>
    <message>
        <source>Demo data written in %1 s: %2 tenants, %3 properties, %4 buildings, %5 units, %6 tenancies, %7 tickets.
</source>
        <translation>Dati demo scritti in %1 s: %2 inquilini, %3 stabili, %4 edifici, %5 oggetti, %6 locazioni, %7 ticket.
</translation>
    </message>
    <message>
        <source>Office database ready: %1 (schema version %2).</source>
        <translation>Banca dati dell&apos;amministrazione pronta: %1 (versione dello schema %2).</translation>
    </message>
    <message>
        <source>&quot;migrate&quot; takes no arguments.</source>
        <translation>&quot;migrate&quot; non accetta argomenti.</translation>
    </message>
    <message>
        <source>Schema version %1 is current; nothing to do.</source>
        <translation>La versione dello schema %1 è aggiornata; non c&apos;è nulla da fare.</translation>
    </message>
    <message>
        <source>Migrated from schema version %1 to %2.</source>
        <translation>Migrazione dalla versione dello schema %1 alla %2 eseguita.</translation>
    </message>
    <message>
        <source>&quot;status&quot; takes no arguments.</source>
        <translation>&quot;status&quot; non accetta argomenti.</translation>
    </message>
    <message>
        <source>Database: %1
Schema version: %2 (this program: %3)
</source>
        <translation>Banca dati: %1
Versione dello schema: %2 (questo programma: %3)
</translation>
    </message>
    <message>
        <source>&quot;version&quot; takes no arguments.</source>
        <translation>&quot;version&quot; non accetta argomenti.</translation>
    </message>
    <message>
        <source>cockpitctl %1 (schema version %2, Qt %3)</source>
        <translation>cockpitctl %1 (versione dello schema %2, Qt %3)</translation>
    </message>
    <message>
        <source>Use &quot;settings list&quot;, &quot;settings get KEY&quot; or &quot;settings set KEY VALUE&quot;.</source>
        <translation>Usare &quot;settings list&quot;, &quot;settings get KEY&quot; o &quot;settings set KEY VALUE&quot;.</translation>
    </message>
    <message>
        <source>&quot;settings list&quot; takes no arguments.</source>
        <translation>&quot;settings list&quot; non accetta argomenti.</translation>
    </message>
    <message>
        <source>Use &quot;settings get KEY&quot;.</source>
        <translation>Usare &quot;settings get KEY&quot;.</translation>
    </message>
    <message>
        <source>Use &quot;settings set KEY VALUE&quot; (quote a value with spaces).</source>
        <translation>Usare &quot;settings set KEY VALUE&quot; (un valore con spazi va messo tra virgolette).</translation>
    </message>
    <message>
        <source>  (default)</source>
        <translation>  (predefinito)</translation>
    </message>
    <message>
        <source>--format takes auto, tenant-list or data-exchange.</source>
        <translation>--format accetta auto, tenant-list o data-exchange.</translation>
    </message>
    <message>
        <source>--mode takes snapshot or delta.</source>
        <translation>--mode accetta snapshot o delta.</translation>
    </message>
    <message>
        <source>&quot;import --watch DIR&quot; takes no PATH: it imports what appears in DIR.</source>
        <translation>&quot;import --watch DIR&quot; non accetta PATH: importa ciò che compare in DIR.</translation>
    </message>
    <message>
        <source>--watch needs a folder.</source>
        <translation>--watch richiede una cartella.</translation>
    </message>
    <message>
        <source>--watch imports every job with the defaults; other import options do not apply.</source>
        <translation>--watch importa ogni job con le opzioni predefinite; le altre opzioni di importazione non si applicano.</translation>
    </message>
    <message>
        <source>--once belongs to --watch.</source>
        <translation>--once vale solo insieme a --watch.</translation>
    </message>
    <message>
        <source>Use &quot;import PATH&quot;: one CSV file, data-exchange folder or .zip.</source>
        <translation>Usare &quot;import PATH&quot;: un file CSV, una cartella di scambio dati o un file .zip.</translation>
    </message>
    <message>
        <source>--profile describes the columns of a tenant list; %1 is an ERP data-exchange job.</source>
        <translation>--profile descrive le colonne di un elenco inquilini; %1 è un job di scambio dati ERP.</translation>
    </message>
    <message>
        <source>Importing: %1 %</source>
        <translation>Importazione: %1 %</translation>
    </message>
    <message>
        <source>%1 was checked but not applied: its manifest.json asks for confirmation (autoImport: false). Apply it with &quot;cockpitctl import %2 --confirm&quot;.</source>
        <translation>%1 è stato verificato ma non applicato: il suo manifest.json richiede una conferma (autoImport: false). Applicarlo con &quot;cockpitctl import %2 --confirm&quot;.</translation>
    </message>
    <message>
        <source>Nothing was imported from %1 (run %2):</source>
        <translation>Non è stato importato nulla da %1 (esecuzione %2):</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) would be rejected; the rest would be applied:</source>
        <translation>
            <numerusform>%n riga verrebbe scartata; il resto verrebbe applicato:</numerusform>
            <numerusform>%n righe verrebbero scartate; il resto verrebbe applicato:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) were rejected; the rest was applied (run %1):</source>
        <translation>
            <numerusform>%n riga è stata scartata; il resto è stato applicato (esecuzione %1):</numerusform>
            <numerusform>%n righe sono state scartate; il resto è stato applicato (esecuzione %1):</numerusform>
        </translation>
    </message>
    <message>
        <source>tenant list, %1</source>
        <translation>elenco inquilini, %1</translation>
    </message>
    <message>
        <source>data-exchange job</source>
        <translation>job di scambio dati</translation>
    </message>
    <message>
        <source>Import run %1: %2 (%3)</source>
        <translation>Esecuzione d&apos;importazione %1: %2 (%3)</translation>
    </message>
    <message>
        <source>, line %1</source>
        <translation>, riga %1</translation>
    </message>
    <message>
        <source>, column &quot;%1&quot;</source>
        <translation>, colonna &quot;%1&quot;</translation>
    </message>
    <message>
        <source>  ... and %1 more: &quot;cockpitctl imports show %2&quot; lists them all.
</source>
        <translation>  ... e altre %1: &quot;cockpitctl imports show %2&quot; le elenca tutte.
</translation>
    </message>
    <message>
        <source>Watching %1 for import jobs; stop with Ctrl+C.</source>
        <translation>Sorveglianza di %1 in attesa di job di importazione; interrompere con Ctrl+C.</translation>
    </message>
    <message>
        <source>%1: %2 (run %3)</source>
        <translation>%1: %2 (esecuzione %3)</translation>
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
        <translation>%1 attende una conferma: &quot;cockpitctl import %2 --confirm&quot; lo applica.</translation>
    </message>
    <message>
        <source>Another program is importing from %1 right now; it takes the jobs there.</source>
        <translation>Un altro programma sta importando da %1 in questo momento; è lui a elaborare i job presenti.</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) processed.</source>
        <translation>
            <numerusform>%n job elaborato.</numerusform>
            <numerusform>%n job elaborati.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped watching %1.</source>
        <translation>Sorveglianza di %1 terminata.</translation>
    </message>
    <message>
        <source>Use &quot;imports list&quot; or &quot;imports show RUN_ID&quot;.</source>
        <translation>Usare &quot;imports list&quot; o &quot;imports show RUN_ID&quot;.</translation>
    </message>
    <message>
        <source>RUN_ID is the number of an import run (see &quot;imports list&quot;).</source>
        <translation>RUN_ID è il numero di un&apos;esecuzione d&apos;importazione (vedere &quot;imports list&quot;).</translation>
    </message>
    <message>
        <source> (dry run)</source>
        <translation> (simulazione)</translation>
    </message>
    <message>
        <source>Use &quot;tenants search TEXT [--limit N] [--json]&quot;.</source>
        <translation>Usare &quot;tenants search TEXT [--limit N] [--json]&quot;.</translation>
    </message>
    <message>
        <source>--limit takes a number from 1 to %1.</source>
        <translation>--limit accetta un numero da 1 a %1.</translation>
    </message>
    <message>
        <source>former tenant</source>
        <translation>ex inquilino</translation>
    </message>
    <message numerus="yes">
        <source>%n open ticket(s)</source>
        <translation>
            <numerusform>%n ticket aperto</numerusform>
            <numerusform>%n ticket aperti</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody found for &quot;%1&quot;.
</source>
        <translation>Nessun risultato per &quot;%1&quot;.
</translation>
    </message>
    <message>
        <source>Use &quot;tenant show REF&quot; or &quot;tenant set REF --email ADDRESS ...&quot;.</source>
        <translation>Usare &quot;tenant show REF&quot; o &quot;tenant set REF --email ADDRESS ...&quot;.</translation>
    </message>
    <message>
        <source>&quot;tenant show&quot; changes nothing; use &quot;tenant set&quot;.</source>
        <translation>&quot;tenant show&quot; non modifica nulla; usare &quot;tenant set&quot;.</translation>
    </message>
    <message>
        <source>&quot;tenant set&quot; needs at least one of --first-name, --last-name, --email, --phone, --language.</source>
        <translation>&quot;tenant set&quot; richiede almeno uno tra --first-name, --last-name, --email, --phone, --language.</translation>
    </message>
    <message>
        <source>alias, linked to another tenant and retired</source>
        <translation>alias, collegato a un altro inquilino e dismesso</translation>
    </message>
    <message>
        <source>alias user made by hand</source>
        <translation>utente alias creato manualmente</translation>
    </message>
    <message>
        <source>alias (no e-mail yet)</source>
        <translation>alias (ancora senza e-mail)</translation>
    </message>
    <message>
        <source>%1
E-mail: %2
Phone: %3
Language: %4
Status: %5%6
</source>
        <translation>%1
E-mail: %2
Telefono: %3
Lingua: %4
Stato: %5%6
</translation>
    </message>
    <message>
        <source>company default</source>
        <translation>predefinita dell&apos;azienda</translation>
    </message>
    <message>
        <source>
Name, e-mail and phone are managed by the ERP.</source>
        <translation>
Nome, e-mail e telefono sono gestiti dall&apos;ERP.</translation>
    </message>
    <message>
        <source>Tenancy: %1, %2 (%3), from %4%5
</source>
        <translation>Locazione: %1, %2 (%3), dal %4%5
</translation>
    </message>
    <message>
        <source> to %1</source>
        <translation> al %1</translation>
    </message>
    <message>
        <source>&quot;invite&quot; takes its tenants with --tenant REF.</source>
        <translation>&quot;invite&quot; riceve gli inquilini tramite --tenant REF.</translation>
    </message>
    <message>
        <source>Use one of &quot;invite --tenant REF ...&quot;, &quot;invite --property REF&quot; or &quot;invite --all-uninvited&quot;.</source>
        <translation>Usare &quot;invite --tenant REF ...&quot;, &quot;invite --property REF&quot; oppure &quot;invite --all-uninvited&quot;.</translation>
    </message>
    <message>
        <source>%1 invitation(s) and %2 reminder(s) queued, %3 refused.
</source>
        <translation>Inviti in coda: %1, promemoria in coda: %2, rifiutati: %3.
</translation>
    </message>
    <message>
        <source> (reminder)</source>
        <translation> (promemoria)</translation>
    </message>
    <message>
        <source>  refused: %1%2: %3
</source>
        <translation>  rifiutato: %1%2: %3
</translation>
    </message>
    <message>
        <source>Nobody to invite: every tenant with a current tenancy there is invited or registered.
</source>
        <translation>Nessuno da invitare: ogni inquilino con una locazione in corso lì è già invitato o registrato.
</translation>
    </message>
    <message>
        <source>Use &quot;outbox list&quot;, &quot;outbox send&quot; or &quot;outbox retry [ID ...]&quot;.</source>
        <translation>Usare &quot;outbox list&quot;, &quot;outbox send&quot; o &quot;outbox retry [ID ...]&quot;.</translation>
    </message>
    <message>
        <source>--status belongs to &quot;outbox list&quot;.</source>
        <translation>--status vale solo per &quot;outbox list&quot;.</translation>
    </message>
    <message>
        <source>--smtp-password-file belongs to &quot;outbox send&quot;.</source>
        <translation>--smtp-password-file vale solo per &quot;outbox send&quot;.</translation>
    </message>
    <message>
        <source>--status takes one of %1.</source>
        <translation>--status accetta uno tra %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail&apos;s number.</source>
        <translation>&quot;%1&quot; non è il numero di un&apos;e-mail.</translation>
    </message>
    <message numerus="yes">
        <source>%n failed e-mail(s) queued again.</source>
        <translation>
            <numerusform>%n e-mail non riuscita rimessa in coda.</numerusform>
            <numerusform>%n e-mail non riuscite rimesse in coda.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 waiting, %2 failed, %3 sent.
</source>
        <translation>In attesa: %1, non riuscite: %2, inviate: %3.
</translation>
    </message>
    <message>
        <source>The mail server wants a password for %1, and there is none: give it with --smtp-password-file FILE or $%2, or store it in the keychain from the desktop program (%3).</source>
        <translation>Il server di posta richiede una password per %1, ma non ce n&apos;è nessuna: indicarla con --smtp-password-file FILE o $%2, oppure salvarla nel portachiavi dal programma desktop (%3).</translation>
    </message>
    <message>
        <source>the keychain has none for this office</source>
        <translation>il portachiavi non ne contiene nessuna per questa amministrazione</translation>
    </message>
    <message>
        <source>Sending stopped: %1</source>
        <translation>Invio interrotto: %1</translation>
    </message>
    <message>
        <source>%1 sent, %2 failed, %3 deferred.</source>
        <translation>Inviate: %1, non riuscite: %2, posticipate: %3.</translation>
    </message>
    <message>
        <source>Use &quot;tickets create&quot;, &quot;tickets list&quot;, &quot;tickets show ID&quot;, &quot;tickets assign ID LOGIN&quot;, &quot;tickets status ID STATUS&quot; or &quot;tickets comment ID TEXT&quot;.</source>
        <translation>Usare &quot;tickets create&quot;, &quot;tickets list&quot;, &quot;tickets show ID&quot;, &quot;tickets assign ID LOGIN&quot;, &quot;tickets status ID STATUS&quot; o &quot;tickets comment ID TEXT&quot;.</translation>
    </message>
    <message>
        <source>Use &quot;tickets create --tenant REF --title TEXT&quot; (quote a text with spaces).</source>
        <translation>Usare &quot;tickets create --tenant REF --title TEXT&quot; (un testo con spazi va messo tra virgolette).</translation>
    </message>
    <message>
        <source>&quot;tickets list&quot; takes its filters as --tenant, --assignee and --status.</source>
        <translation>&quot;tickets list&quot; accetta i filtri come --tenant, --assignee e --status.</translation>
    </message>
    <message>
        <source>Use &quot;tickets show ID&quot;.</source>
        <translation>Usare &quot;tickets show ID&quot;.</translation>
    </message>
    <message>
        <source>Use &quot;tickets assign ID LOGIN&quot;.</source>
        <translation>Usare &quot;tickets assign ID LOGIN&quot;.</translation>
    </message>
    <message>
        <source>Use &quot;tickets status ID STATUS&quot;.</source>
        <translation>Usare &quot;tickets status ID STATUS&quot;.</translation>
    </message>
    <message>
        <source>Use &quot;tickets comment ID TEXT&quot; (quote a text with spaces).</source>
        <translation>Usare &quot;tickets comment ID TEXT&quot; (un testo con spazi va messo tra virgolette).</translation>
    </message>
    <message>
        <source>--title, --description, --channel and --category belong to &quot;tickets create&quot;.</source>
        <translation>--title, --description, --channel e --category valgono solo per &quot;tickets create&quot;.</translation>
    </message>
    <message>
        <source>--tenant and --assignee belong to &quot;tickets create&quot; and &quot;tickets list&quot;.</source>
        <translation>--tenant e --assignee valgono solo per &quot;tickets create&quot; e &quot;tickets list&quot;.</translation>
    </message>
    <message>
        <source>--status belongs to &quot;tickets list&quot;; a ticket&apos;s status changes with &quot;tickets status ID STATUS&quot;.</source>
        <translation>--status vale solo per &quot;tickets list&quot;; lo stato di un ticket si modifica con &quot;tickets status ID STATUS&quot;.</translation>
    </message>
    <message>
        <source>--internal belongs to &quot;tickets comment&quot;.</source>
        <translation>--internal vale solo per &quot;tickets comment&quot;.</translation>
    </message>
    <message>
        <source>&quot;tickets create&quot; needs --tenant REF and --title TEXT.</source>
        <translation>&quot;tickets create&quot; richiede --tenant REF e --title TEXT.</translation>
    </message>
    <message>
        <source>--channel takes one of %1.</source>
        <translation>--channel accetta uno tra %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no status; use one of %2.</source>
        <translation>&quot;%1&quot; non è uno stato; usare uno tra %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a ticket&apos;s number.</source>
        <translation>&quot;%1&quot; non è il numero di un ticket.</translation>
    </message>
    <message>
        <source>#%1 %2
Tenant: %3
Unit: %4
Status: %5, priority %6, channel %7
Category: %8
</source>
        <translation>#%1 %2
Inquilino: %3
Oggetto: %4
Stato: %5, priorità %6, canale %7
Categoria: %8
</translation>
    </message>
    <message>
        <source>Assignee: %1
Created by %2 at %3
</source>
        <translation>Responsabile: %1
Creato da %2 il %3
</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <source>(internal) </source>
        <translation>(nota interna) </translation>
    </message>
    <message>
        <source>Ticket #%1 created.</source>
        <translation>Ticket #%1 creato.</translation>
    </message>
    <message>
        <source>No tickets.</source>
        <translation>Nessun ticket.</translation>
    </message>
    <message>
        <source>Ticket #%1 assigned to %2.</source>
        <translation>Ticket #%1 assegnato a %2.</translation>
    </message>
    <message>
        <source>Ticket #%1 was assigned to %2 already.</source>
        <translation>Il ticket #%1 era già assegnato a %2.</translation>
    </message>
    <message>
        <source>Ticket #%1 is now %2.</source>
        <translation>Il ticket #%1 ha ora lo stato %2.</translation>
    </message>
    <message>
        <source>Internal note added to ticket #%1.</source>
        <translation>Nota interna aggiunta al ticket #%1.</translation>
    </message>
    <message>
        <source>Comment added to ticket #%1.</source>
        <translation>Commento aggiunto al ticket #%1.</translation>
    </message>
    <message>
        <source>Use &quot;agents list&quot;, &quot;agents add LOGIN --name NAME --role agent|administrator|manager&quot;, &quot;agents set-role LOGIN ROLE&quot;, &quot;agents disable LOGIN&quot; or &quot;agents set-password LOGIN&quot;.</source>
        <translation>Usare &quot;agents list&quot;, &quot;agents add LOGIN --name NAME --role agent|administrator|manager&quot;, &quot;agents set-role LOGIN ROLE&quot;, &quot;agents disable LOGIN&quot; o &quot;agents set-password LOGIN&quot;.</translation>
    </message>
    <message>
        <source>--name and --role belong to &quot;agents add&quot;.</source>
        <translation>--name e --role valgono solo per &quot;agents add&quot;.</translation>
    </message>
    <message>
        <source>&quot;agents add LOGIN&quot; needs --name NAME and --role agent|administrator|manager.</source>
        <translation>&quot;agents add LOGIN&quot; richiede --name NAME e --role agent|administrator|manager.</translation>
    </message>
    <message>
        <source>A role is agent, administrator or manager.</source>
        <translation>Il ruolo deve essere agent, administrator o manager.</translation>
    </message>
    <message>
        <source>Agent %1 (%2, %3) added.</source>
        <translation>Collaboratore %1 (%2, %3) aggiunto.</translation>
    </message>
    <message>
        <source>Agent %1 is disabled.</source>
        <translation>Il collaboratore %1 è stato disattivato.</translation>
    </message>
    <message>
        <source>Agent %1 was disabled already.</source>
        <translation>Il collaboratore %1 era già disattivato.</translation>
    </message>
    <message>
        <source>Agent %1 is now %2.</source>
        <translation>Il collaboratore %1 ha ora il ruolo %2.</translation>
    </message>
    <message>
        <source>Agent %1 is %2 already.</source>
        <translation>Il collaboratore %1 ha già il ruolo %2.</translation>
    </message>
    <message>
        <source>No agents.</source>
        <translation>Nessun collaboratore.</translation>
    </message>
    <message>
        <source>Use &quot;alias create&quot;, &quot;alias list&quot; or &quot;alias link ALIAS_ID --tenant REF&quot;.</source>
        <translation>Usare &quot;alias create&quot;, &quot;alias list&quot; o &quot;alias link ALIAS_ID --tenant REF&quot;.</translation>
    </message>
    <message>
        <source>Use &quot;alias create --unit UNIT_REF --name \&quot;FULL NAME\&quot; [--move-in DATE]&quot;.</source>
        <translation>Usare &quot;alias create --unit UNIT_REF --name \&quot;FULL NAME\&quot; [--move-in DATE]&quot;.</translation>
    </message>
    <message>
        <source>&quot;alias list&quot; takes no arguments.</source>
        <translation>&quot;alias list&quot; non accetta argomenti.</translation>
    </message>
    <message>
        <source>Use &quot;alias link ALIAS_ID --tenant REF&quot;.</source>
        <translation>Usare &quot;alias link ALIAS_ID --tenant REF&quot;.</translation>
    </message>
    <message>
        <source>--unit, --name and --move-in belong to &quot;alias create&quot;.</source>
        <translation>--unit, --name e --move-in valgono solo per &quot;alias create&quot;.</translation>
    </message>
    <message>
        <source>--tenant belongs to &quot;alias link&quot;.</source>
        <translation>--tenant vale solo per &quot;alias link&quot;.</translation>
    </message>
    <message>
        <source>&quot;alias create&quot; needs --unit UNIT_REF and --name &quot;FULL NAME&quot;.</source>
        <translation>&quot;alias create&quot; richiede --unit UNIT_REF e --name &quot;FULL NAME&quot;.</translation>
    </message>
    <message>
        <source>&quot;alias link&quot; needs --tenant REF: the tenant the alias is.</source>
        <translation>&quot;alias link&quot; richiede --tenant REF: l&apos;inquilino a cui corrisponde l&apos;alias.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no date: give the move-in as YYYY-MM-DD or DD.MM.YYYY.</source>
        <translation>&quot;%1&quot; non è una data: indicare l&apos;entrata nel formato YYYY-MM-DD o DD.MM.YYYY.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an alias user&apos;s number (see &quot;alias list&quot;).</source>
        <translation>&quot;%1&quot; non è il numero di un utente alias (vedere &quot;alias list&quot;).</translation>
    </message>
    <message>
        <source>tenant %1</source>
        <translation>inquilino %1</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>creato manualmente</translation>
    </message>
    <message>
        <source>  moving in %1</source>
        <translation>  entrata il %1</translation>
    </message>
    <message>
        <source>  since %1</source>
        <translation>  dal %1</translation>
    </message>
    <message numerus="yes">
        <source>  %n ticket(s)</source>
        <translation>
            <numerusform>  %n ticket</numerusform>
            <numerusform>  %n ticket</numerusform>
        </translation>
    </message>
    <message>
        <source>  -&gt; may be tenant %1 (confirm: cockpitctl alias link %2 --tenant %1)</source>
        <translation>  -&gt; potrebbe essere l&apos;inquilino %1 (per confermare: cockpitctl alias link %2 --tenant %1)</translation>
    </message>
    <message>
        <source>  -&gt; may be any of the tenants %1</source>
        <translation>  -&gt; potrebbe essere uno degli inquilini %1</translation>
    </message>
    <message>
        <source>No alias users.</source>
        <translation>Nessun utente alias.</translation>
    </message>
    <message numerus="yes">
        <source>Alias user %1 is now tenant %2; %n ticket(s) moved.</source>
        <translation>
            <numerusform>L&apos;utente alias %1 è ora l&apos;inquilino %2; %n ticket trasferito.</numerusform>
            <numerusform>L&apos;utente alias %1 è ora l&apos;inquilino %2; %n ticket trasferiti.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Impossibile leggere %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than a post can be (%2 bytes).</source>
        <translation>%1 supera la dimensione massima di un avviso (%2 byte).</translation>
    </message>
    <message>
        <source>%1 is not readable UTF-16 text.</source>
        <translation>%1 non è un testo UTF-16 leggibile.</translation>
    </message>
    <message>
        <source>%1 is not a text file (it holds NUL bytes).</source>
        <translation>%1 non è un file di testo (contiene byte NUL).</translation>
    </message>
    <message>
        <source>cockpitctl: %1 is not UTF-8; read as Windows-1252.</source>
        <translation>cockpitctl: %1 non è in UTF-8; letto come Windows-1252.</translation>
    </message>
    <message>
        <source>&quot;pinboard&quot; takes post or list.</source>
        <translation>&quot;pinboard&quot; accetta post o list.</translation>
    </message>
    <message>
        <source>&quot;pinboard %1&quot; takes no further arguments (put a text with spaces in quotes).</source>
        <translation>&quot;pinboard %1&quot; non accetta altri argomenti (un testo con spazi va messo tra virgolette).</translation>
    </message>
    <message>
        <source>&quot;pinboard list&quot; takes only --property REF.</source>
        <translation>&quot;pinboard list&quot; accetta solo --property REF.</translation>
    </message>
    <message>
        <source>&quot;pinboard list&quot; takes one --property.</source>
        <translation>&quot;pinboard list&quot; accetta un solo --property.</translation>
    </message>
    <message>
        <source>&quot;pinboard post&quot; needs --title TEXT.</source>
        <translation>&quot;pinboard post&quot; richiede --title TEXT.</translation>
    </message>
    <message>
        <source>&quot;pinboard post&quot; needs the text: --body TEXT or --body-file FILE (one of them).</source>
        <translation>&quot;pinboard post&quot; richiede il testo: --body TEXT o --body-file FILE (uno dei due).</translation>
    </message>
    <message>
        <source>--%1 takes a date as YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation>--%1 accetta una data nel formato YYYY-MM-DD, non &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>--include-future-tenants is about the e-mails of an --important post.</source>
        <translation>--include-future-tenants riguarda le e-mail di un avviso --important.</translation>
    </message>
    <message>
        <source>IMPORTANT </source>
        <translation>IMPORTANTE </translation>
    </message>
    <message>
        <source>      e-mails: %1 sent, %2 failed, %3 waiting
</source>
        <translation>      e-mail: %1 inviate, %2 non riuscite, %3 in attesa
</translation>
    </message>
    <message>
        <source>No posts.
</source>
        <translation>Nessun avviso.
</translation>
    </message>
    <message>
        <source>Post %1 published; %2 e-mail(s) queued.
</source>
        <translation>Avviso %1 pubblicato; e-mail in coda: %2.
</translation>
    </message>
    <message>
        <source>Post %1 published (not important: no e-mails).
</source>
        <translation>Avviso %1 pubblicato (non importante: nessuna e-mail).
</translation>
    </message>
    <message>
        <source>%1 tenant(s) of the audience cannot be e-mailed:
</source>
        <translation>Inquilini destinatari non raggiungibili per e-mail: %1
</translation>
    </message>
    <message>
        <source>Use &quot;backup FILE&quot;: the new file the copy goes to.</source>
        <translation>Usare &quot;backup FILE&quot;: il nuovo file in cui scrivere la copia.</translation>
    </message>
    <message>
        <source>A backup holds all the office&apos;s data: taking one needs a manager.</source>
        <translation>Un backup contiene tutti i dati dell&apos;amministrazione: solo la direzione può crearlo.</translation>
    </message>
    <message>
        <source>Backup written: %1 (%2 bytes, schema version %3).</source>
        <translation>Backup scritto: %1 (%2 byte, versione dello schema %3).</translation>
    </message>
    <message>
        <source>Use &quot;restore FILE&quot;: a copy made by &quot;backup&quot;.</source>
        <translation>Usare &quot;restore FILE&quot;: una copia creata con &quot;backup&quot;.</translation>
    </message>
    <message>
        <source>Restoring a backup needs a manager.</source>
        <translation>Solo la direzione può ripristinare un backup.</translation>
    </message>
    <message>
        <source>Restored from %1 (schema version %2, now %3). The data as it was before is kept in %4.</source>
        <translation>Ripristinato da %1 (versione dello schema %2, ora %3). I dati com&apos;erano prima sono conservati in %4.</translation>
    </message>
    <message>
        <source>Use &quot;copy-to URL&quot;: the empty PostgreSQL database the office moves to.</source>
        <translation>Usare &quot;copy-to URL&quot;: la banca dati PostgreSQL vuota in cui trasferire l&apos;amministrazione.</translation>
    </message>
    <message>
        <source>copy-to moves the office to a PostgreSQL server; for another file use &quot;backup FILE&quot;.</source>
        <translation>copy-to trasferisce l&apos;amministrazione su un server PostgreSQL; per un altro file usare &quot;backup FILE&quot;.</translation>
    </message>
    <message>
        <source>Moving the office to a server needs a manager.</source>
        <translation>Solo la direzione può trasferire l&apos;amministrazione su un server.</translation>
    </message>
    <message numerus="yes">
        <source>Copied and verified: %n row(s), the same count and checksum in every table, to %1.</source>
        <translation>
            <numerusform>Copiato e verificato: %n riga, stesso conteggio e stesso checksum in ogni tabella, verso %1.</numerusform>
            <numerusform>Copiato e verificato: %n righe, stesso conteggio e stesso checksum in ogni tabella, verso %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Each agent logs in to the server with a password of their own: set them with &quot;cockpitctl --db URL agents set-password LOGIN&quot; (%1).</source>
        <translation>Ogni collaboratore accede al server con una propria password: impostarle con &quot;cockpitctl --db URL agents set-password LOGIN&quot; (%1).</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Password per %1: </translation>
    </message>
    <message numerus="yes">
        <source>Waiting %n second(s) after the wrong attempts before…</source>
        <translation>
            <numerusform>Dopo i tentativi errati: attesa di %n secondo…</numerusform>
            <numerusform>Dopo i tentativi errati: attesa di %n secondi…</numerusform>
        </translation>
    </message>
    <message>
        <source>This office has logins: say who is acting with --as LOGIN (the password comes from the keychain, kept there by &quot;login --remember&quot;, or as the first line of stdin).</source>
        <translation>Questa amministrazione usa accessi personali: indicare chi agisce con --as LOGIN (la password proviene dal portachiavi, dove la salva &quot;login --remember&quot;, oppure dalla prima riga di stdin).</translation>
    </message>
    <message>
        <source>This office has no logins yet, so there is no password to check for %1. A manager&apos;s first password starts them: &quot;cockpitctl agents set-password LOGIN&quot;.</source>
        <translation>Questa amministrazione non ha ancora accessi personali, quindi non c&apos;è alcuna password da verificare per %1. La prima password di un membro della direzione li attiva: &quot;cockpitctl agents set-password LOGIN&quot;.</translation>
    </message>
    <message>
        <source>Use &quot;cockpitctl --as LOGIN login [--remember]&quot;, the password on stdin.</source>
        <translation>Usare &quot;cockpitctl --as LOGIN login [--remember]&quot;, con la password su stdin.</translation>
    </message>
    <message>
        <source>This office has no logins yet: a manager&apos;s first password starts them (&quot;cockpitctl agents set-password LOGIN&quot;).</source>
        <translation>Questa amministrazione non ha ancora accessi personali: la prima password di un membro della direzione li attiva (&quot;cockpitctl agents set-password LOGIN&quot;).</translation>
    </message>
    <message>
        <source>The password is right, but the keychain did not keep it: %1</source>
        <translation>La password è corretta, ma il portachiavi non l&apos;ha salvata: %1</translation>
    </message>
    <message>
        <source>%1 (%2) logged in; the password is kept in the keychain for this office, so &quot;--as %3&quot; needs no password here from now on.</source>
        <translation>%1 (%2) ha effettuato l&apos;accesso; la password è salvata nel portachiavi per questa amministrazione, quindi d&apos;ora in poi &quot;--as %3&quot; qui non richiede più alcuna password.</translation>
    </message>
    <message>
        <source>%1 (%2): the password is right.</source>
        <translation>%1 (%2): la password è corretta.</translation>
    </message>
    <message>
        <source>Use &quot;cockpitctl --as LOGIN logout&quot;.</source>
        <translation>Usare &quot;cockpitctl --as LOGIN logout&quot;.</translation>
    </message>
    <message>
        <source>The keychain keeps no password of %1 for this office any more.</source>
        <translation>Il portachiavi non contiene più alcuna password di %1 per questa amministrazione.</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>Nuova password per %1: </translation>
    </message>
    <message>
        <source>The same again: </source>
        <translation>Ripetere la password: </translation>
    </message>
    <message>
        <source>The two passwords differ; nothing changed.</source>
        <translation>Le due password non coincidono; non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>%1 (%2) has a new password.</source>
        <translation>%1 (%2) ha una nuova password.</translation>
    </message>
    <message>
        <source>Logins are in use from now on: the desktop program asks who is working, and every command here says who is acting with --as LOGIN.</source>
        <translation>D&apos;ora in poi si usano gli accessi personali: il programma desktop chiede chi sta lavorando, e ogni comando qui indica chi agisce con --as LOGIN.</translation>
    </message>
    <message>
        <source>No password on stdin: give it as the next line.</source>
        <translation>Nessuna password su stdin: fornirla come riga successiva.</translation>
    </message>
    <message>
        <source>The password on stdin is not valid UTF-8.</source>
        <translation>La password su stdin non è in UTF-8 valido.</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>Password: </translation>
    </message>
    <message>
        <source>Use &quot;register --code CODE&quot; with the password on stdin.</source>
        <translation>Usare &quot;register --code CODE&quot; con la password su stdin.</translation>
    </message>
    <message>
        <source>--code needs the activation code from the invitation.</source>
        <translation>--code richiede il codice di attivazione indicato nell&apos;invito.</translation>
    </message>
    <message>
        <source>%1 (%2) is registered; the login is %3 with the new password.</source>
        <translation>%1 (%2) è registrato; il nome utente è %3, con la nuova password.</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) logged for them as an alias user are now theirs.</source>
        <translation>
            <numerusform>%n ticket aperto per questa persona come utente alias è ora a suo nome.</numerusform>
            <numerusform>%n ticket aperti per questa persona come utente alias sono ora a suo nome.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use &quot;tenant-login --email ADDRESS&quot; with the password on stdin.</source>
        <translation>Usare &quot;tenant-login --email ADDRESS&quot; con la password su stdin.</translation>
    </message>
    <message>
        <source>The e-mail address or the password is wrong.</source>
        <translation>L&apos;indirizzo e-mail o la password non sono corretti.</translation>
    </message>
    <message>
        <source>The login details are correct.</source>
        <translation>I dati di accesso sono corretti.</translation>
    </message>
    <message>
        <source>(%1; default: %2)</source>
        <translation>(%1; predefinito: %2)</translation>
    </message>
</context>
<context>
    <name>CompanySettings</name>
    <message>
        <source>Only a %1 may change %2.</source>
        <translation>Solo chi ha il ruolo %1 può modificare %2.</translation>
    </message>
    <message>
        <source>smtp.security none sends passwords and mail unencrypted: it is only allowed for a mail server on this computer (localhost), not for %1. Use starttls or tls.</source>
        <translation>smtp.security none invia password e posta senza cifratura: è consentito solo per un server di posta su questo computer (localhost), non per %1. Usare starttls o tls.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>the record has more than %1 fields</source>
        <translation>il record ha più di %1 campi</translation>
    </message>
    <message>
        <source>the file is not open for reading</source>
        <translation>il file non è aperto in lettura</translation>
    </message>
    <message>
        <source>the quoted field that starts on line %1 is never closed</source>
        <translation>il campo tra virgolette che inizia alla riga %1 non viene mai chiuso</translation>
    </message>
    <message>
        <source>text after the closing quote in field %1</source>
        <translation>testo dopo le virgolette di chiusura nel campo %1</translation>
    </message>
    <message>
        <source>field %1 is longer than %2 bytes</source>
        <translation>il campo %1 è più lungo di %2 byte</translation>
    </message>
    <message>
        <source>could not read line %1: %2</source>
        <translation>impossibile leggere la riga %1: %2</translation>
    </message>
    <message>
        <source>line %1 holds binary data (a NUL byte): this is UTF-16 text, save the file as UTF-8 CSV</source>
        <translation>la riga %1 contiene dati binari (un byte NUL): si tratta di testo UTF-16, salvare il file come CSV UTF-8</translation>
    </message>
    <message>
        <source>line %1 holds binary data (a NUL byte): this is not a text file</source>
        <translation>la riga %1 contiene dati binari (un byte NUL): non è un file di testo</translation>
    </message>
</context>
<context>
    <name>DataExchangeImport</name>
    <message>
        <source>A data-exchange job says row by row what to insert, update and delete; --mode snapshot does not apply to it.</source>
        <translation>Un job di scambio dati indica riga per riga cosa inserire, aggiornare ed eliminare; --mode snapshot non si applica.</translation>
    </message>
    <message>
        <source>The job holds no CSV file to import.</source>
        <translation>Il job non contiene alcun file CSV da importare.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation>Annullato: non è stato importato nulla.</translation>
    </message>
    <message>
        <source>The job has no manifest.json. The ERP writes it last, so without it the job may be incomplete.</source>
        <translation>Il job non ha un manifest.json. L&apos;ERP lo scrive per ultimo, quindi senza di esso il job potrebbe essere incompleto.</translation>
    </message>
    <message>
        <source>manifest.json cannot be read or is far too large.</source>
        <translation>manifest.json non è leggibile o è decisamente troppo grande.</translation>
    </message>
    <message>
        <source>manifest.json is not a JSON object (%1 at byte %2).</source>
        <translation>manifest.json non è un oggetto JSON (%1 al byte %2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be %2.</source>
        <translation>&quot;%1&quot; deve essere %2.</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message>
        <source>a locale like de_CH</source>
        <translation>un&apos;impostazione locale come de_CH</translation>
    </message>
    <message>
        <source>The locale %1 is not a language the Cockpit writes in; new tenants get the company&apos;s default language.</source>
        <translation>L&apos;impostazione locale %1 non corrisponde a una lingua in cui scrive il Cockpit; i nuovi inquilini ricevono la lingua predefinita dell&apos;azienda.</translation>
    </message>
    <message>
        <source>&quot;rented&quot; or &quot;owned&quot;</source>
        <translation>&quot;rented&quot; o &quot;owned&quot;</translation>
    </message>
    <message>
        <source>manifest.json: the key &quot;%1&quot; is not known and was ignored.</source>
        <translation>manifest.json: la chiave &quot;%1&quot; non è nota ed è stata ignorata.</translation>
    </message>
    <message>
        <source>&quot;reportEmails&quot; must be a list of addresses.</source>
        <translation>&quot;reportEmails&quot; deve essere un elenco di indirizzi.</translation>
    </message>
    <message>
        <source>The report address %1 must list &quot;error&quot; and/or &quot;success&quot;.</source>
        <translation>L&apos;indirizzo per il rapporto %1 deve indicare &quot;error&quot; e/o &quot;success&quot;.</translation>
    </message>
    <message>
        <source>Each entry of &quot;reportEmails&quot; is an address or an object {address: [&quot;error&quot;, &quot;success&quot;]}.</source>
        <translation>Ogni voce di &quot;reportEmails&quot; è un indirizzo o un oggetto {address: [&quot;error&quot;, &quot;success&quot;]}.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address: %2</source>
        <translation>&quot;%1&quot; non è un indirizzo e-mail: %2</translation>
    </message>
    <message>
        <source>The folder %1 inside the job was ignored.</source>
        <translation>La cartella %1 all&apos;interno del job è stata ignorata.</translation>
    </message>
    <message>
        <source>%1 is part of the format but not of what the Cockpit imports; it was skipped.</source>
        <translation>%1 fa parte del formato ma non di ciò che il Cockpit importa; è stato saltato.</translation>
    </message>
    <message>
        <source>%1 is not a file of the data-exchange format; it was ignored.</source>
        <translation>%1 non è un file del formato di scambio dati; è stato ignorato.</translation>
    </message>
    <message>
        <source>uuidRemappings.csv must be the only CSV file of its job; this job also holds %1.</source>
        <translation>uuidRemappings.csv deve essere l&apos;unico file CSV del suo job; questo job contiene anche %1.</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>Impossibile leggere il file: %1</translation>
    </message>
    <message>
        <source>The file is not UTF-8 (byte %1); the format requires UTF-8.</source>
        <translation>Il file non è in UTF-8 (byte %1); il formato richiede UTF-8.</translation>
    </message>
    <message>
        <source>The file is empty: it has not even a header row.</source>
        <translation>Il file è vuoto: non ha nemmeno una riga d&apos;intestazione.</translation>
    </message>
    <message>
        <source>%1: the column &quot;%2&quot; is not known and was ignored.</source>
        <translation>%1: la colonna &quot;%2&quot; non è nota ed è stata ignorata.</translation>
    </message>
    <message>
        <source>The column appears more than once in the header.</source>
        <translation>La colonna compare più di una volta nell&apos;intestazione.</translation>
    </message>
    <message>
        <source>The header lacks the required column &quot;%1&quot; (names are case-sensitive).</source>
        <translation>Nell&apos;intestazione manca la colonna obbligatoria &quot;%1&quot; (i nomi distinguono tra maiuscole e minuscole).</translation>
    </message>
    <message>
        <source>The row has %1 fields but the header %2.</source>
        <translation>La riga ha %1 campi, l&apos;intestazione invece %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an import type of %2 (allowed: %3).</source>
        <translation>&quot;%1&quot; non è un tipo di importazione di %2 (consentiti: %3).</translation>
    </message>
    <message>
        <source>%1 is required on %2.</source>
        <translation>%1 è obbligatorio per %2.</translation>
    </message>
    <message>
        <source>The value is longer than 500 characters or holds a line break.</source>
        <translation>Il valore supera i 500 caratteri o contiene un&apos;interruzione di riga.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a resource (property, group, unit, utilisationPeriod).</source>
        <translation>&quot;%1&quot; non è una risorsa (property, group, unit, utilisationPeriod).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a UUID.</source>
        <translation>&quot;%1&quot; non è un UUID.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (yyyy-mm-dd).</source>
        <translation>&quot;%1&quot; non è una data (yyyy-mm-dd).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number as the format writes it (+ and 5 to 20 digits, no spaces).</source>
        <translation>&quot;%1&quot; non è un numero di telefono nella forma prevista dal formato (+ e da 5 a 20 cifre, senza spazi).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a two-letter country code.</source>
        <translation>&quot;%1&quot; non è un codice di paese di due lettere.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a postal code (digits and hyphens).</source>
        <translation>&quot;%1&quot; non è un numero postale (cifre e trattini).</translation>
    </message>
    <message>
        <source>The registration code is longer than 100 characters or holds control characters.</source>
        <translation>Il codice di registrazione supera i 100 caratteri o contiene caratteri di controllo.</translation>
    </message>
    <message>
        <source>%1 and %2 are given both or neither.</source>
        <translation>%1 e %2 vanno indicati entrambi o nessuno dei due.</translation>
    </message>
    <message>
        <source>%1 lies before %2.</source>
        <translation>%1 è anteriore a %2.</translation>
    </message>
    <message>
        <source>The id %1 also appears on line %2 of this file.</source>
        <translation>L&apos;ID %1 compare anche alla riga %2 di questo file.</translation>
    </message>
    <message>
        <source>The same %1 and %2 also appear on line %3 of this file.</source>
        <translation>Gli stessi %1 e %2 compaiono anche alla riga %3 di questo file.</translation>
    </message>
    <message>
        <source>%1 line %2: there is no record %3 to delete (deleted before or never imported); the row changes nothing.</source>
        <translation>%1 riga %2: non esiste alcun record %3 da eliminare (eliminato in precedenza o mai importato); la riga non modifica nulla.</translation>
    </message>
    <message>
        <source>There is no record %1 to update: it is neither in this job nor imported before.</source>
        <translation>Non esiste alcun record %1 da aggiornare: non si trova in questo job e non è stato importato in precedenza.</translation>
    </message>
    <message>
        <source>%1 %2 is deleted by this job (%3).</source>
        <translation>%1 %2 viene eliminato da questo job (%3).</translation>
    </message>
    <message>
        <source>%1 %2 is neither in this job (%3) nor imported before.</source>
        <translation>%1 %2 non si trova in questo job (%3) e non è stato importato in precedenza.</translation>
    </message>
    <message>
        <source>endDate %1 lies before the period&apos;s start (%2) as imported before.</source>
        <translation>endDate %1 è anteriore all&apos;inizio del periodo (%2) importato in precedenza.</translation>
    </message>
    <message>
        <source>startDate %1 lies after the period&apos;s end (%2) as imported before.</source>
        <translation>startDate %1 è posteriore alla fine del periodo (%2) importata in precedenza.</translation>
    </message>
    <message>
        <source>The registration code is the same as on line %1; every tenant needs a code of their own.</source>
        <translation>Il codice di registrazione è lo stesso della riga %1; ogni inquilino necessita di un proprio codice.</translation>
    </message>
    <message>
        <source>The registration code already belongs to another tenant.</source>
        <translation>Il codice di registrazione appartiene già a un altro inquilino.</translation>
    </message>
    <message>
        <source>Line %1 gives the same e-mail address; each agent signs in with an address of their own.</source>
        <translation>La riga %1 indica lo stesso indirizzo e-mail; ogni collaboratore accede con un proprio indirizzo.</translation>
    </message>
    <message>
        <source>Another agent already signs in as %1.</source>
        <translation>Un altro collaboratore accede già come %1.</translation>
    </message>
    <message>
        <source>The new id is the old one.</source>
        <translation>Il nuovo ID è uguale a quello vecchio.</translation>
    </message>
    <message>
        <source>The %1 %2 already gets a new id on line %3.</source>
        <translation>La risorsa %1 %2 riceve già un nuovo ID alla riga %3.</translation>
    </message>
    <message>
        <source>The id %1 is already given to another %2 on line %3.</source>
        <translation>L&apos;ID %1 è già assegnato a un&apos;altra risorsa %2 alla riga %3.</translation>
    </message>
    <message>
        <source>There is no %1 %2 to give a new id.</source>
        <translation>Non esiste alcuna risorsa %1 %2 a cui assegnare un nuovo ID.</translation>
    </message>
    <message>
        <source>The id %1 is already taken by another %2.</source>
        <translation>L&apos;ID %1 è già occupato da un&apos;altra risorsa %2.</translation>
    </message>
    <message>
        <source>An insert returned no id.</source>
        <translation>Un inserimento non ha restituito alcun ID.</translation>
    </message>
    <message numerus="yes">
        <source>%n new tenant(s) have no e-mail address and cannot be invited yet.</source>
        <translation>
            <numerusform>%n nuovo inquilino non ha un indirizzo e-mail e non può ancora essere invitato.</numerusform>
            <numerusform>%n nuovi inquilini non hanno un indirizzo e-mail e non possono ancora essere invitati.</numerusform>
        </translation>
    </message>
    <message>
        <source>tenants.csv line %1: the tenant already has an activation code that was sent or used; the ERP&apos;s new code was not taken.</source>
        <translation>tenants.csv riga %1: l&apos;inquilino ha già un codice di attivazione inviato o utilizzato; il nuovo codice dell&apos;ERP non è stato ripreso.</translation>
    </message>
    <message>
        <source>agents.csv line %1: firstName is only taken together with lastName (the Cockpit keeps one display name); the agent&apos;s name was left as it is.</source>
        <translation>agents.csv riga %1: firstName viene ripreso solo insieme a lastName (il Cockpit conserva un unico nome visualizzato); il nome del collaboratore è rimasto invariato.</translation>
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
        <translation>Il driver Qt SQL %1 non è installato (pacchetto Debian %2).</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossibile creare la cartella %1.</translation>
    </message>
    <message>
        <source>Cannot open the database %1</source>
        <translation>Impossibile aprire la banca dati %1</translation>
    </message>
    <message>
        <source>Cannot reach the database %1</source>
        <translation>Impossibile raggiungere la banca dati %1</translation>
    </message>
    <message>
        <source>%1 is not a Tenant Cockpit database (%2)</source>
        <translation>%1 non è una banca dati di Tenant Cockpit (%2)</translation>
    </message>
    <message>
        <source>%1 is not a Tenant Cockpit database: it holds other tables (%2). Nothing was changed.</source>
        <translation>%1 non è una banca dati di Tenant Cockpit: contiene altre tabelle (%2). Non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>%1: cannot switch to write-ahead logging (journal mode %2).</source>
        <translation>%1: impossibile passare al write-ahead logging (modalità journal %2).</translation>
    </message>
    <message>
        <source>A query failed</source>
        <translation>Una query non è riuscita</translation>
    </message>
    <message>
        <source>Cannot prepare a query</source>
        <translation>Impossibile preparare una query</translation>
    </message>
</context>
<context>
    <name>DatabaseUrl</name>
    <message>
        <source>Invalid database URL: %1</source>
        <translation>URL della banca dati non valido: %1</translation>
    </message>
    <message>
        <source>expected sqlite:/path/file.db or sqlite:///path/file.db</source>
        <translation>formato previsto: sqlite:/path/file.db o sqlite:///path/file.db</translation>
    </message>
    <message>
        <source>the SQLite file name is missing (sqlite:/path/file.db)</source>
        <translation>manca il nome del file SQLite (sqlite:/path/file.db)</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file</source>
        <translation>%1 è una cartella, non un file di banca dati</translation>
    </message>
    <message>
        <source>unknown kind (none given)</source>
        <translation>tipo sconosciuto (nessuno indicato)</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot;</source>
        <translation>tipo sconosciuto &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1; use sqlite:/path/file.db or postgresql://user@host:port/dbname</source>
        <translation>%1; usare sqlite:/path/file.db o postgresql://user@host:port/dbname</translation>
    </message>
    <message>
        <source>it is not a well-formed postgresql://user@host:port/dbname address</source>
        <translation>non è un indirizzo postgresql://user@host:port/dbname valido</translation>
    </message>
    <message>
        <source>port %1 is out of range</source>
        <translation>la porta %1 è fuori dall&apos;intervallo consentito</translation>
    </message>
    <message>
        <source>the database name is missing (postgresql://user@host:port/dbname)</source>
        <translation>manca il nome della banca dati (postgresql://user@host:port/dbname)</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot; (known: %2)</source>
        <translation>opzione sconosciuta &quot;%1&quot; (opzioni note: %2)</translation>
    </message>
    <message>
        <source>option &quot;%1&quot; has an unusable value</source>
        <translation>l&apos;opzione &quot;%1&quot; ha un valore non utilizzabile</translation>
    </message>
    <message>
        <source>give the host either in the URL or as ?host=, not both</source>
        <translation>indicare l&apos;host nell&apos;URL oppure come ?host=, non in entrambi</translation>
    </message>
    <message>
        <source>sslmode &quot;%1&quot; is not one of %2</source>
        <translation>sslmode &quot;%1&quot; non è uno tra %2</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>Cancelled: no demo data was written.</source>
        <translation>Annullato: non è stato scritto alcun dato demo.</translation>
    </message>
    <message>
        <source>The number of demo tenants must be between 1 and %1.</source>
        <translation>Il numero di inquilini demo deve essere compreso tra 1 e %1.</translation>
    </message>
    <message>
        <source>The reference date for demo data is not valid.</source>
        <translation>La data di riferimento per i dati demo non è valida.</translation>
    </message>
    <message>
        <source>Only an administrator or a manager may write demo data.</source>
        <translation>Solo un amministratore o la direzione può scrivere dati demo.</translation>
    </message>
    <message>
        <source>The database already holds properties or persons; demo data only goes into an empty database.</source>
        <translation>La banca dati contiene già stabili o persone; i dati demo vanno solo in una banca dati vuota.</translation>
    </message>
    <message>
        <source>The number of demo tickets must be between 0 and %1.</source>
        <translation>Il numero di ticket demo deve essere compreso tra 0 e %1.</translation>
    </message>
    <message>
        <source>Demo tickets need the demo tenants and agents: write those first.</source>
        <translation>I ticket demo richiedono gli inquilini e i collaboratori demo: scrivere prima questi.</translation>
    </message>
</context>
<context>
    <name>DropFolder</name>
    <message>
        <source>No drop folder is set (company setting import.drop_folder).</source>
        <translation>Nessuna cartella di deposito impostata (impostazione aziendale import.drop_folder).</translation>
    </message>
    <message>
        <source>The drop folder %1 does not exist or is not a folder.</source>
        <translation>La cartella di deposito %1 non esiste o non è una cartella.</translation>
    </message>
    <message>
        <source>The drop folder %1 is not writable, so imported jobs could not be moved out of it.</source>
        <translation>La cartella di deposito %1 non è scrivibile, quindi i job importati non potrebbero esserne spostati.</translation>
    </message>
    <message>
        <source>Cannot create %1 in the drop folder.</source>
        <translation>Impossibile creare %1 nella cartella di deposito.</translation>
    </message>
    <message>
        <source>The import was stopped; the job stays in the drop folder.</source>
        <translation>L&apos;importazione è stata interrotta; il job rimane nella cartella di deposito.</translation>
    </message>
    <message>
        <source>The job was imported but could not be moved to %1/; it is not imported again until the watcher restarts.</source>
        <translation>Il job è stato importato ma non è stato possibile spostarlo in %1/; non verrà importato di nuovo finché la sorveglianza della cartella non viene riavviata.</translation>
    </message>
    <message>
        <source>The report could not be written to %1: %2</source>
        <translation>Impossibile scrivere il rapporto in %1: %2</translation>
    </message>
</context>
<context>
    <name>EmailAddress</name>
    <message>
        <source>there is nothing before the @</source>
        <translation>non c&apos;è nulla prima della @</translation>
    </message>
    <message>
        <source>the part before @ starts or ends with a dot</source>
        <translation>la parte prima della @ inizia o termina con un punto</translation>
    </message>
    <message>
        <source>the part before @ has two dots in a row</source>
        <translation>la parte prima della @ contiene due punti consecutivi</translation>
    </message>
    <message>
        <source>the part before @ contains %1, which an address cannot hold</source>
        <translation>la parte prima della @ contiene %1, che un indirizzo non può contenere</translation>
    </message>
    <message>
        <source>the part before @ is too long</source>
        <translation>la parte prima della @ è troppo lunga</translation>
    </message>
    <message>
        <source>the part after @ is too long</source>
        <translation>la parte dopo la @ è troppo lunga</translation>
    </message>
    <message>
        <source>the part after @ has an empty part (two dots in a row or a dot at an end)</source>
        <translation>la parte dopo la @ contiene una parte vuota (due punti consecutivi o un punto a un&apos;estremità)</translation>
    </message>
    <message>
        <source>a part of the domain is longer than 63 characters</source>
        <translation>una parte del dominio supera i 63 caratteri</translation>
    </message>
    <message>
        <source>a part of the domain starts or ends with a hyphen</source>
        <translation>una parte del dominio inizia o termina con un trattino</translation>
    </message>
    <message>
        <source>the part after @ contains %1, which a domain cannot hold</source>
        <translation>la parte dopo la @ contiene %1, che un dominio non può contenere</translation>
    </message>
    <message>
        <source>the part after @ is not a domain (it needs a dot, as in example.ch)</source>
        <translation>la parte dopo la @ non è un dominio (serve un punto, come in example.ch)</translation>
    </message>
    <message>
        <source>the part after @ is not a domain (it ends in a number)</source>
        <translation>la parte dopo la @ non è un dominio (termina con un numero)</translation>
    </message>
    <message>
        <source>the address is empty</source>
        <translation>l&apos;indirizzo è vuoto</translation>
    </message>
    <message>
        <source>it contains a control character or an invisible formatting character</source>
        <translation>contiene un carattere di controllo o un carattere di formattazione invisibile</translation>
    </message>
    <message>
        <source>it contains a name or angle brackets: enter only the address itself</source>
        <translation>contiene un nome o parentesi angolari: inserire solo l&apos;indirizzo</translation>
    </message>
    <message>
        <source>it contains a comma or semicolon: enter one address only</source>
        <translation>contiene una virgola o un punto e virgola: inserire un solo indirizzo</translation>
    </message>
    <message>
        <source>quoted parts (&quot;...&quot;) are not accepted</source>
        <translation>le parti tra virgolette (&quot;...&quot;) non sono accettate</translation>
    </message>
    <message>
        <source>it contains a space</source>
        <translation>contiene uno spazio</translation>
    </message>
    <message>
        <source>it has no @</source>
        <translation>manca la @</translation>
    </message>
    <message>
        <source>it contains more than one @</source>
        <translation>contiene più di una @</translation>
    </message>
    <message>
        <source>there is nothing after the @</source>
        <translation>non c&apos;è nulla dopo la @</translation>
    </message>
    <message>
        <source>IP addresses are not accepted after the @, only domain names</source>
        <translation>dopo la @ non sono accettati indirizzi IP, solo nomi di dominio</translation>
    </message>
    <message>
        <source>the part after @ is not a domain</source>
        <translation>la parte dopo la @ non è un dominio</translation>
    </message>
    <message>
        <source>the address is longer than 254 characters</source>
        <translation>l&apos;indirizzo supera i 254 caratteri</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>Nothing was imported: the input has errors.</source>
        <translation>Non è stato importato nulla: i dati di input contengono errori.</translation>
    </message>
    <message>
        <source>Checked, not yet applied: this job waits for someone to confirm it.</source>
        <translation>Verificato, non ancora applicato: questo job attende che qualcuno lo confermi.</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed. A real run would do this:</source>
        <translation>Simulazione: non è stato modificato nulla. Un&apos;esecuzione reale farebbe quanto segue:</translation>
    </message>
    <message>
        <source>%1: %2 added, %3 updated, %4 unchanged</source>
        <translation>%1: %2 aggiunti, %3 aggiornati, %4 invariati</translation>
    </message>
    <message>
        <source>, %1 ended</source>
        <translation>, %1 terminate</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Stabili</translation>
    </message>
    <message>
        <source>Buildings</source>
        <translation>Edifici</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Oggetti</translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation>Inquilini</translation>
    </message>
    <message>
        <source>Tenancies</source>
        <translation>Locazioni</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Collaboratori</translation>
    </message>
    <message>
        <source>E-mail changed: %1</source>
        <translation>E-mail modificata: %1</translation>
    </message>
    <message>
        <source>Alias users created: %1</source>
        <translation>Utenti alias creati: %1</translation>
    </message>
    <message>
        <source>Alias user %1 (%2) may be tenant %3: confirm the link under Tenants &gt; Alias users.</source>
        <translation>L&apos;utente alias %1 (%2) potrebbe essere l&apos;inquilino %3: confermare il collegamento in Inquilini &gt; Utenti alias.</translation>
    </message>
    <message>
        <source>Alias user %1 (%2) may be any of the tenants %3: choose under Tenants &gt; Alias users.</source>
        <translation>L&apos;utente alias %1 (%2) potrebbe essere uno degli inquilini %3: scegliere in Inquilini &gt; Utenti alias.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Attenzione: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) rejected:</source>
        <translation>
            <numerusform>%n riga scartata:</numerusform>
            <numerusform>%n righe scartate:</numerusform>
        </translation>
    </message>
    <message>
        <source>, line %1</source>
        <translation>, riga %1</translation>
    </message>
    <message>
        <source>, column &quot;%1&quot;</source>
        <translation>, colonna &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>ImportService</name>
    <message>
        <source>There is no file or folder %1.</source>
        <translation>Non esiste alcun file o cartella %1.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossibile leggere %1: %2</translation>
    </message>
    <message>
        <source>Importing master data needs an administrator; %1 is an agent.</source>
        <translation>Solo un amministratore può importare dati di base; %1 è un collaboratore.</translation>
    </message>
    <message>
        <source>%1 is a folder; a tenant list is one CSV file. Use --format data-exchange for an ERP job folder.</source>
        <translation>%1 è una cartella; un elenco inquilini è un unico file CSV. Usare --format data-exchange per la cartella di un job ERP.</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder to unpack %1.</source>
        <translation>Impossibile creare una cartella temporanea per decomprimere %1.</translation>
    </message>
    <message>
        <source>The import run was not recorded.</source>
        <translation>L&apos;esecuzione dell&apos;importazione non è stata registrata.</translation>
    </message>
    <message>
        <source>There is no finished import run %1.</source>
        <translation>Non esiste alcuna esecuzione d&apos;importazione %1 conclusa.</translation>
    </message>
</context>
<context>
    <name>Invitations</name>
    <message>
        <source>No unique activation code could be drawn.</source>
        <translation>Non è stato possibile generare un codice di attivazione univoco.</translation>
    </message>
    <message>
        <source>There is no such tenant.</source>
        <translation>Questo inquilino non esiste.</translation>
    </message>
    <message>
        <source>The person was merged into another and is no longer a tenant of their own.</source>
        <translation>La persona è stata unita a un&apos;altra e non è più un inquilino a sé stante.</translation>
    </message>
    <message>
        <source>Already registered in the tenant app.</source>
        <translation>Già registrato nell&apos;app inquilini.</translation>
    </message>
    <message>
        <source>An alias user made by hand is invited as the tenant the ERP delivers: link the alias to that tenant first.</source>
        <translation>Un utente alias creato manualmente viene invitato come l&apos;inquilino fornito dall&apos;ERP: collegare prima l&apos;alias a quell&apos;inquilino.</translation>
    </message>
    <message>
        <source>No e-mail address: an invitation needs one (it comes with the ERP&apos;s next import, or is entered in the tenant&apos;s data).</source>
        <translation>Nessun indirizzo e-mail: un invito ne richiede uno (arriva con la prossima importazione dall&apos;ERP, oppure va inserito nei dati dell&apos;inquilino).</translation>
    </message>
    <message>
        <source>The e-mail address %1 cannot be used: %2</source>
        <translation>L&apos;indirizzo e-mail %1 non può essere utilizzato: %2</translation>
    </message>
    <message>
        <source>Only an administrator may invite tenants.</source>
        <translation>Solo un amministratore può invitare inquilini.</translation>
    </message>
    <message>
        <source>The invitation links to the tenant app&apos;s registration page, and none is set: a manager sets it in Company settings (registration.base_url). Nobody was invited.</source>
        <translation>L&apos;invito rimanda alla pagina di registrazione dell&apos;app inquilini, ma non ne è impostata nessuna: la direzione la imposta in Impostazioni aziendali (registration.base_url). Non è stato invitato nessuno.</translation>
    </message>
    <message>
        <source>No sender is set for the office&apos;s e-mails: a manager sets it in Company settings (smtp.from). Nobody was invited.</source>
        <translation>Nessun mittente impostato per le e-mail dell&apos;amministrazione: la direzione lo imposta in Impostazioni aziendali (smtp.from). Non è stato invitato nessuno.</translation>
    </message>
    <message numerus="yes">
        <source>%n tenant(s) invited before this stay invited.</source>
        <translation>
            <numerusform>%n inquilino invitato in precedenza rimane invitato.</numerusform>
            <numerusform>%n inquilini invitati in precedenza rimangono invitati.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not sent: the ERP changed the tenant&apos;s address.</source>
        <translation>Non inviato: l&apos;ERP ha modificato l&apos;indirizzo dell&apos;inquilino.</translation>
    </message>
</context>
<context>
    <name>InviteTenants</name>
    <message>
        <source>Invite to the tenant app</source>
        <translation>Invito all&apos;app inquilini</translation>
    </message>
    <message>
        <source>Nobody to invite: everyone there is invited or registered already.</source>
        <translation>Nessuno da invitare: lì sono già tutti invitati o registrati.</translation>
    </message>
    <message>
        <source>Invite %1 by e-mail? Tenants invited before get a reminder with the same code.</source>
        <translation>Invitare per e-mail %1? Gli inquilini già invitati in precedenza ricevono un promemoria con lo stesso codice.</translation>
    </message>
    <message>
        <source>Inviting…</source>
        <translation>Invio degli inviti…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>%1 invitation(s) and %2 reminder(s) are in the outbox.</source>
        <translation>Nella posta in uscita: inviti %1, promemoria %2.</translation>
    </message>
    <message>
        <source>Cancelled: the other tenants were not invited.</source>
        <translation>Annullato: gli altri inquilini non sono stati invitati.</translation>
    </message>
    <message>
        <source>%1 could not be invited (see the details).</source>
        <translation>Inquilini non invitati: %1 (vedere i dettagli).</translation>
    </message>
</context>
<context>
    <name>LocalBackup</name>
    <message>
        <source>The copy could not start: %1</source>
        <translation>Impossibile avviare la copia: %1</translation>
    </message>
    <message>
        <source>The office file stayed locked by another program for %1 s: try again when its import or save is done.</source>
        <translation>Il file dell&apos;amministrazione è rimasto bloccato da un altro programma per %1 s: riprovare quando la sua importazione o il suo salvataggio sarà terminato.</translation>
    </message>
    <message>
        <source>The copy failed: %1</source>
        <translation>La copia non è riuscita: %1</translation>
    </message>
    <message>
        <source>Backup and restore copy a local office file. A PostgreSQL office is saved with pg_dump and brought back with pg_restore (see the README); &quot;cockpitctl status&quot; then checks the restored schema.</source>
        <translation>Backup e ripristino copiano un file locale dell&apos;amministrazione. Un&apos;amministrazione su PostgreSQL si salva con pg_dump e si ripristina con pg_restore (vedere il README); &quot;cockpitctl status&quot; verifica poi lo schema ripristinato.</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>Non esiste alcun file %1.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>Impossibile aprire %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a Tenant Cockpit office file.</source>
        <translation>%1 non è un file dell&apos;amministrazione di Tenant Cockpit.</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 è danneggiato: %2</translation>
    </message>
    <message>
        <source>%1 was written by a newer Tenant Cockpit (schema %2, this program %3): restore it with that version.</source>
        <translation>%1 è stato scritto da una versione più recente di Tenant Cockpit (schema %2, questo programma %3): ripristinarlo con quella versione.</translation>
    </message>
    <message>
        <source>%1 exists already: a backup never overwrites a file, give a new name.</source>
        <translation>%1 esiste già: un backup non sovrascrive mai un file, indicare un nuovo nome.</translation>
    </message>
    <message>
        <source>There is no folder %1.</source>
        <translation>Non esiste alcuna cartella %1.</translation>
    </message>
    <message>
        <source>The office file&apos;s connection is not SQLite&apos;s.</source>
        <translation>La connessione del file dell&apos;amministrazione non è una connessione SQLite.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
    <message>
        <source>The copy did not check out: %1</source>
        <translation>La verifica della copia non è riuscita: %1</translation>
    </message>
    <message>
        <source>%1 could not be created (did another program make it meanwhile?).</source>
        <translation>Impossibile creare %1 (un altro programma l&apos;ha creato nel frattempo?).</translation>
    </message>
    <message>
        <source>%1 is the office file itself.</source>
        <translation>%1 è il file dell&apos;amministrazione stesso.</translation>
    </message>
    <message>
        <source>The office&apos;s data as it is could not be kept first, so nothing was restored: %1</source>
        <translation>Non è stato possibile conservare prima i dati attuali dell&apos;amministrazione, quindi non è stato ripristinato nulla: %1</translation>
    </message>
</context>
<context>
    <name>MailSetup</name>
    <message>
        <source>No mail server is set: a manager sets smtp.host in Company settings.</source>
        <translation>Nessun server di posta impostato: la direzione imposta smtp.host in Impostazioni aziendali.</translation>
    </message>
    <message>
        <source>No sender is set: a manager sets smtp.from in Company settings.</source>
        <translation>Nessun mittente impostato: la direzione imposta smtp.from in Impostazioni aziendali.</translation>
    </message>
    <message>
        <source>The password file %1 cannot be read: %2</source>
        <translation>Impossibile leggere il file della password %1: %2</translation>
    </message>
</context>
<context>
    <name>MailTemplates</name>
    <message>
        <source>Invitation</source>
        <translation>Invito</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Promemoria</translation>
    </message>
    <message>
        <source>E-mail address changed (to the old address)</source>
        <translation>Indirizzo e-mail modificato (al vecchio indirizzo)</translation>
    </message>
    <message>
        <source>Important pinboard post</source>
        <translation>Avviso importante in bacheca</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the template languages (de, fr, it, en).</source>
        <translation>&quot;%1&quot; non è una delle lingue dei modelli (de, fr, it, en).</translation>
    </message>
    <message>
        <source>A template needs a subject and a text.</source>
        <translation>Un modello necessita di un oggetto e di un testo.</translation>
    </message>
    <message>
        <source>The subject is longer than 200 characters.</source>
        <translation>L&apos;oggetto supera i 200 caratteri.</translation>
    </message>
    <message>
        <source>The text is longer than 20,000 characters.</source>
        <translation>Il testo supera i 20&apos;000 caratteri.</translation>
    </message>
    <message>
        <source>{%1} is not a placeholder of this e-mail; it offers %2.</source>
        <translation>{%1} non è un segnaposto di questa e-mail; quelli disponibili sono: %2.</translation>
    </message>
    <message>
        <source>%1 may not be in the subject: subjects are logged by mail servers.</source>
        <translation>%1 non può comparire nell&apos;oggetto: i server di posta registrano gli oggetti nei loro log.</translation>
    </message>
    <message>
        <source>The text must contain {%1}.</source>
        <translation>Il testo deve contenere {%1}.</translation>
    </message>
    <message>
        <source>Only a manager may change the e-mail templates.</source>
        <translation>Solo la direzione può modificare i modelli di e-mail.</translation>
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
        <translation>Non esiste (più) alcuno stabile %1.</translation>
    </message>
    <message>
        <source>There is no building %1 (any more).</source>
        <translation>Non esiste (più) alcun edificio %1.</translation>
    </message>
    <message>
        <source>There is no unit %1 (any more).</source>
        <translation>Non esiste (più) alcun oggetto %1.</translation>
    </message>
    <message>
        <source>There is no tenancy %1 (any more).</source>
        <translation>Non esiste (più) alcuna locazione %1.</translation>
    </message>
    <message>
        <source>There is no unit with the reference %1.</source>
        <translation>Non esiste alcun oggetto con il riferimento %1.</translation>
    </message>
    <message>
        <source>There is no property with the reference %1.</source>
        <translation>Non esiste alcuno stabile con il riferimento %1.</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>This database was written by a newer version of Tenant Cockpit (schema version %1; this program knows up to %2). Update Tenant Cockpit before using this database.</source>
        <translation>Questa banca dati è stata scritta da una versione più recente di Tenant Cockpit (versione dello schema %1; questo programma conosce fino alla %2). Aggiornare Tenant Cockpit prima di utilizzare questa banca dati.</translation>
    </message>
    <message>
        <source>The database has schema version %1, this program needs %2: run &quot;cockpitctl migrate&quot; or open it once in Tenant Cockpit.</source>
        <translation>La banca dati ha la versione dello schema %1, questo programma richiede la %2: eseguire &quot;cockpitctl migrate&quot; oppure aprirla una volta in Tenant Cockpit.</translation>
    </message>
    <message>
        <source>Migration %1 (%2) failed: %3</source>
        <translation>Migrazione %1 (%2) non riuscita: %3</translation>
    </message>
    <message>
        <source>Migration %1 (%2) failed: a row of %3 refers to a missing row of %4.</source>
        <translation>Migrazione %1 (%2) non riuscita: una riga di %3 fa riferimento a una riga mancante di %4.</translation>
    </message>
</context>
<context>
    <name>MimeMessage</name>
    <message>
        <source>&quot;%1&quot; is not an e-mail address: %2</source>
        <translation>&quot;%1&quot; non è un indirizzo e-mail: %2</translation>
    </message>
    <message>
        <source>The address %1 has letters before the @ that only a server with SMTPUTF8 accepts.</source>
        <translation>L&apos;indirizzo %1 contiene prima della @ lettere che solo un server con SMTPUTF8 accetta.</translation>
    </message>
    <message>
        <source>The domain of %1 has no ASCII form.</source>
        <translation>Il dominio di %1 non ha una forma ASCII.</translation>
    </message>
    <message>
        <source>The message has no usable Message-ID.</source>
        <translation>Il messaggio non ha un Message-ID utilizzabile.</translation>
    </message>
</context>
<context>
    <name>OfficeCopy</name>
    <message>
        <source>The server&apos;s table %1 has no column %2.</source>
        <translation>La tabella %1 del server non ha la colonna %2.</translation>
    </message>
    <message>
        <source>A copy goes from the office&apos;s local file to a PostgreSQL server.</source>
        <translation>Una copia va dal file locale dell&apos;amministrazione a un server PostgreSQL.</translation>
    </message>
    <message>
        <source>Both databases need this version&apos;s schema (%1); the file has %2, the server %3.</source>
        <translation>Entrambe le banche dati richiedono lo schema di questa versione (%1); il file ha la %2, il server la %3.</translation>
    </message>
    <message>
        <source>The server&apos;s database is not empty (%1 holds %2 rows): a copy goes only into an empty one, so that nothing there is mixed with the office&apos;s data.</source>
        <translation>La banca dati del server non è vuota (%1 contiene %2 righe): una copia va solo in una banca dati vuota, affinché nulla si mescoli con i dati dell&apos;amministrazione.</translation>
    </message>
    <message>
        <source>The copy of %1 differs from the file (%2 rows, checksum %3; the file: %4 rows, %5). Nothing was copied.</source>
        <translation>La copia di %1 differisce dal file (%2 righe, checksum %3; il file: %4 righe, %5). Non è stato copiato nulla.</translation>
    </message>
</context>
<context>
    <name>OfficeRoles</name>
    <message>
        <source>The database role that owns the office database needs CREATEROLE, so that every agent can log in as a role of their own: ALTER ROLE %1 CREATEROLE (as a superuser), then open the office again.</source>
        <translation>Il ruolo di banca dati proprietario della banca dati dell&apos;amministrazione necessita di CREATEROLE, affinché ogni collaboratore possa accedere con un proprio ruolo: ALTER ROLE %1 CREATEROLE (come superuser), poi riaprire l&apos;amministrazione.</translation>
    </message>
    <message>
        <source>The PostgreSQL connection has no native handle.</source>
        <translation>La connessione PostgreSQL non dispone di un handle nativo.</translation>
    </message>
    <message>
        <source>The password could not be prepared for the server: %1</source>
        <translation>Non è stato possibile preparare la password per il server: %1</translation>
    </message>
</context>
<context>
    <name>OfficeSetup</name>
    <message>
        <source>Only an administrator or a manager may set up the company.</source>
        <translation>Solo un amministratore o la direzione può configurare l&apos;azienda.</translation>
    </message>
    <message>
        <source>Unknown table %1.</source>
        <translation>Tabella sconosciuta: %1.</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>Only an administrator may send failed e-mails again.</source>
        <translation>Solo un amministratore può inviare di nuovo le e-mail non riuscite.</translation>
    </message>
    <message>
        <source>The message cannot be written: %1</source>
        <translation>Impossibile scrivere il messaggio: %1</translation>
    </message>
</context>
<context>
    <name>Password</name>
    <message>
        <source>The password needs at least %1 characters.</source>
        <translation>La password deve avere almeno %1 caratteri.</translation>
    </message>
    <message>
        <source>The password may have at most %1 characters.</source>
        <translation>La password può avere al massimo %1 caratteri.</translation>
    </message>
    <message>
        <source>This password is one of the most common ones; choose another.</source>
        <translation>Questa password è una delle più comuni; sceglierne un&apos;altra.</translation>
    </message>
    <message>
        <source>This password is too easy to guess; choose another.</source>
        <translation>Questa password è troppo facile da indovinare; sceglierne un&apos;altra.</translation>
    </message>
    <message>
        <source>The password library could not be started.</source>
        <translation>Impossibile avviare la libreria delle password.</translation>
    </message>
    <message>
        <source>There was not enough memory to protect the password.</source>
        <translation>Memoria insufficiente per proteggere la password.</translation>
    </message>
</context>
<context>
    <name>Pinboard</name>
    <message>
        <source>No e-mail address.</source>
        <translation>Nessun indirizzo e-mail.</translation>
    </message>
    <message>
        <source>Not invited to the tenant app yet.</source>
        <translation>Non ancora invitato all&apos;app inquilini.</translation>
    </message>
    <message>
        <source>A post needs a title.</source>
        <translation>Un avviso necessita di un titolo.</translation>
    </message>
    <message>
        <source>The title is longer than %1 characters.</source>
        <translation>Il titolo supera i %1 caratteri.</translation>
    </message>
    <message>
        <source>A post needs a text.</source>
        <translation>Un avviso necessita di un testo.</translation>
    </message>
    <message>
        <source>The text is longer than %L1 characters.</source>
        <translation>Il testo supera i %L1 caratteri.</translation>
    </message>
    <message>
        <source>Choose whom the post is for: the whole company, properties or buildings.</source>
        <translation>Scegliere a chi è destinato l&apos;avviso: tutta l&apos;azienda, stabili o edifici.</translation>
    </message>
    <message>
        <source>The post would end (%1) before it begins (%2).</source>
        <translation>L&apos;avviso terminerebbe (%1) prima di iniziare (%2).</translation>
    </message>
    <message>
        <source>Only an administrator may write pinboard posts.</source>
        <translation>Solo un amministratore può scrivere avvisi in bacheca.</translation>
    </message>
    <message>
        <source>No sender is set for the office&apos;s e-mails: a manager sets it in Company settings (smtp.from). Nothing was saved or sent.</source>
        <translation>Nessun mittente impostato per le e-mail dell&apos;amministrazione: la direzione lo imposta in Impostazioni aziendali (smtp.from). Non è stato salvato né inviato nulla.</translation>
    </message>
    <message>
        <source>The post would be over (%1) before it is published.</source>
        <translation>L&apos;avviso scadrebbe (%1) prima di essere pubblicato.</translation>
    </message>
    <message>
        <source>There is no property with the id %1.</source>
        <translation>Non esiste alcuno stabile con l&apos;ID %1.</translation>
    </message>
    <message>
        <source>There is no building with the id %1.</source>
        <translation>Non esiste alcun edificio con l&apos;ID %1.</translation>
    </message>
    <message>
        <source>Only an important post is e-mailed: mark it important to notify its tenants again.</source>
        <translation>Solo un avviso importante viene inviato per e-mail: contrassegnarlo come importante per informare di nuovo i suoi inquilini.</translation>
    </message>
    <message>
        <source>There is no pinboard post %1 (it may have been deleted).</source>
        <translation>Non esiste alcun avviso in bacheca %1 (potrebbe essere stato eliminato).</translation>
    </message>
    <message>
        <source>Someone else changed this post since it was opened (at %1). Open it again to see their changes; nothing was saved.</source>
        <translation>Qualcun altro ha modificato questo avviso dopo che è stato aperto (il %1). Riaprirlo per vedere le modifiche; non è stato salvato nulla.</translation>
    </message>
    <message>
        <source>Someone else changed this post a moment ago. Open it again; nothing was saved.</source>
        <translation>Qualcun altro ha appena modificato questo avviso. Riaprirlo; non è stato salvato nulla.</translation>
    </message>
    <message>
        <source>Only an administrator may delete pinboard posts.</source>
        <translation>Solo un amministratore può eliminare avvisi in bacheca.</translation>
    </message>
    <message>
        <source>There is no pinboard post %1 (it may have been deleted already).</source>
        <translation>Non esiste alcun avviso in bacheca %1 (potrebbe essere già stato eliminato).</translation>
    </message>
    <message>
        <source>Not sent: the pinboard post was deleted.</source>
        <translation>Non inviato: l&apos;avviso in bacheca è stato eliminato.</translation>
    </message>
    <message>
        <source>Whole company</source>
        <translation>Tutta l&apos;azienda</translation>
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
        <translation>La connessione SQLite non dispone di un handle nativo.</translation>
    </message>
    <message>
        <source>Cannot prepare a statement</source>
        <translation>Impossibile preparare un&apos;istruzione</translation>
    </message>
    <message>
        <source>A query failed</source>
        <translation>Una query non è riuscita</translation>
    </message>
</context>
<context>
    <name>Registration</name>
    <message>
        <source>This activation code is not valid, or it has been used already.</source>
        <translation>Questo codice di attivazione non è valido oppure è già stato utilizzato.</translation>
    </message>
    <message>
        <source>tenant %1</source>
        <translation>inquilino %1</translation>
    </message>
</context>
<context>
    <name>ReplyParser</name>
    <message>
        <source>a reply line longer than %1 bytes</source>
        <translation>una riga di risposta più lunga di %1 byte</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an SMTP reply</source>
        <translation>&quot;%1&quot; non è una risposta SMTP</translation>
    </message>
    <message>
        <source>a multi-line reply changes its code from %1 to %2</source>
        <translation>una risposta su più righe cambia il suo codice da %1 a %2</translation>
    </message>
    <message>
        <source>a reply of more than %1 lines</source>
        <translation>una risposta di più di %1 righe</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Agent</source>
        <translation>Collaboratore</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Amministratore</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Direzione</translation>
    </message>
</context>
<context>
    <name>SettingsCatalog</name>
    <message>
        <source>text</source>
        <translation>testo</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>uno tra %1</translation>
    </message>
    <message>
        <source>two-letter ISO country code</source>
        <translation>codice ISO del paese di due lettere</translation>
    </message>
    <message>
        <source>port number (1-65535)</source>
        <translation>numero di porta (1-65535)</translation>
    </message>
    <message>
        <source>e-mail address, with a name if wanted: Name &lt;address&gt;</source>
        <translation>indirizzo e-mail, con un nome se desiderato: Nome &lt;indirizzo&gt;</translation>
    </message>
    <message>
        <source>web address (https://...)</source>
        <translation>indirizzo web (https://...)</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Nome dell&apos;azienda</translation>
    </message>
    <message>
        <source>The company&apos;s name, shown in the window title and in e-mails.</source>
        <translation>Il nome dell&apos;azienda, mostrato nel titolo della finestra e nelle e-mail.</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <source>The company&apos;s country: the default region for phone numbers.</source>
        <translation>Il paese dell&apos;azienda: la regione predefinita per i numeri di telefono.</translation>
    </message>
    <message>
        <source>Default language</source>
        <translation>Lingua predefinita</translation>
    </message>
    <message>
        <source>ERP interface</source>
        <translation>Interfaccia ERP</translation>
    </message>
    <message>
        <source>The office imports its tenants from an ERP: name, e-mail and phone of imported tenants then change only through the next import.</source>
        <translation>L&apos;amministrazione importa i suoi inquilini da un ERP: nome, e-mail e telefono degli inquilini importati cambiano quindi solo con la prossima importazione.</translation>
    </message>
    <message>
        <source>Alias users</source>
        <translation>Utenti alias</translation>
    </message>
    <message>
        <source>Tenants known only by name (no e-mail yet, typically before they move in) become alias users at import, and administrators can create alias users for a unit, so tickets can be logged for them; their tickets pass to their account when they register. Off: no new alias users.</source>
        <translation>Gli inquilini noti solo per nome (ancora senza e-mail, di solito prima di entrare) diventano utenti alias al momento dell&apos;importazione, e gli amministratori possono creare utenti alias per un oggetto, così da poter aprire ticket per loro; i loro ticket passano al loro account quando si registrano. Disattivato: nessun nuovo utente alias.</translation>
    </message>
    <message>
        <source>Mail server</source>
        <translation>Server di posta</translation>
    </message>
    <message>
        <source>The SMTP server e-mail leaves through (host name). Empty: none yet.</source>
        <translation>Il server SMTP tramite cui vengono inviate le e-mail (nome host). Vuoto: ancora nessuno.</translation>
    </message>
    <message>
        <source>Mail server port</source>
        <translation>Porta del server di posta</translation>
    </message>
    <message>
        <source>587 for STARTTLS (the usual), 465 for TLS from the start.</source>
        <translation>587 per STARTTLS (il caso usuale), 465 per TLS fin dall&apos;inizio.</translation>
    </message>
    <message>
        <source>Mail server encryption</source>
        <translation>Cifratura del server di posta</translation>
    </message>
    <message>
        <source>starttls or tls; none only for a server on this computer (localhost).</source>
        <translation>starttls o tls; none solo per un server su questo computer (localhost).</translation>
    </message>
    <message>
        <source>Mail server login</source>
        <translation>Nome utente del server di posta</translation>
    </message>
    <message>
        <source>The login at the mail server. Its password is never stored here: it belongs in the system&apos;s keychain. Empty: no login.</source>
        <translation>Il nome utente presso il server di posta. La relativa password non viene mai salvata qui: va nel portachiavi del sistema. Vuoto: nessun accesso.</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Mittente</translation>
    </message>
    <message>
        <source>Who the office&apos;s e-mails come from, e.g. Régie du Lac &lt;mieter@regie.ch&gt;.</source>
        <translation>Da chi provengono le e-mail dell&apos;amministrazione, ad es. Régie du Lac &lt;mieter@regie.ch&gt;.</translation>
    </message>
    <message>
        <source>Mail server CA file</source>
        <translation>File CA del server di posta</translation>
    </message>
    <message>
        <source>A file with the certificate authority the mail server&apos;s certificate is checked against. Empty: the system&apos;s.</source>
        <translation>Un file con l&apos;autorità di certificazione rispetto a cui viene verificato il certificato del server di posta. Vuoto: quella del sistema.</translation>
    </message>
    <message>
        <source>Registration link</source>
        <translation>Link di registrazione</translation>
    </message>
    <message>
        <source>The tenant app&apos;s registration page; invitations link to it with the tenant&apos;s code.</source>
        <translation>La pagina di registrazione dell&apos;app inquilini; gli inviti vi rimandano con il codice dell&apos;inquilino.</translation>
    </message>
    <message>
        <source>Import drop folder</source>
        <translation>Cartella di deposito per l&apos;importazione</translation>
    </message>
    <message>
        <source>Unknown setting &quot;%1&quot;. Valid settings: %2.</source>
        <translation>Impostazione sconosciuta &quot;%1&quot;. Impostazioni valide: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid value for %2: expected %3.</source>
        <translation>&quot;%1&quot; non è un valore valido per %2 (previsto: %3).</translation>
    </message>
    <message>
        <source>The value for %1 contains a control character (a tab or a line break, say); those are not allowed in settings.</source>
        <translation>Il valore per %1 contiene un carattere di controllo (ad es. una tabulazione o un&apos;interruzione di riga); questi caratteri non sono ammessi nelle impostazioni.</translation>
    </message>
    <message>
        <source>%1 must not be empty.</source>
        <translation>%1 non può essere vuoto.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid value for %2: %3</source>
        <translation>&quot;%1&quot; non è un valore valido per %2: %3</translation>
    </message>
    <message>
        <source>A folder where ERP exports are left for import. While the Cockpit runs, each complete job found there is imported once and moved to done/ or failed/ with its report (awaiting/ when it needs a confirmation). Empty: none.</source>
        <translation>Una cartella in cui vengono depositate le esportazioni dell&apos;ERP da importare. Mentre il Cockpit è in funzione, ogni job completo trovato lì viene importato una volta e spostato in done/ o failed/ con il suo rapporto (in awaiting/ se richiede una conferma). Vuoto: nessuna.</translation>
    </message>
    <message>
        <source>The office&apos;s language: for tenants whose language is not known, and for cockpitctl when its environment names none (a scheduled import&apos;s report).</source>
        <translation>La lingua dell&apos;azienda: per gli inquilini la cui lingua non è nota, e per cockpitctl quando il suo ambiente non ne indica nessuna (il rapporto di un&apos;importazione pianificata).</translation>
    </message>
</context>
<context>
    <name>TenantListImport</name>
    <message>
        <source>A record id (%1) is outside what the import can handle.</source>
        <translation>Un ID di record (%1) è al di fuori di quanto l&apos;importazione può gestire.</translation>
    </message>
    <message>
        <source>No ids could be drawn for %1.</source>
        <translation>Non è stato possibile generare ID per %1.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation>Annullato: non è stato importato nulla.</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>Impossibile leggere il file: %1</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Il file è vuoto.</translation>
    </message>
    <message>
        <source>The file is not UTF-8; it was read as Windows-1252.</source>
        <translation>Il file non è in UTF-8; è stato letto come Windows-1252.</translation>
    </message>
    <message>
        <source>The file is not valid UTF-8 (byte %1), but the profile says it is.</source>
        <translation>Il file non è in UTF-8 valido (byte %1), ma il profilo indica che lo è.</translation>
    </message>
    <message>
        <source>SHA-256 is not available.</source>
        <translation>SHA-256 non è disponibile.</translation>
    </message>
    <message>
        <source>The file holds no header row: it is empty.</source>
        <translation>Il file non contiene una riga d&apos;intestazione: è vuoto.</translation>
    </message>
    <message>
        <source>The header row is malformed: %1</source>
        <translation>La riga d&apos;intestazione non è valida: %1</translation>
    </message>
    <message>
        <source>This is one file of an ERP data-exchange job, not a tenant list: import the job&apos;s folder (with its manifest.json) instead.</source>
        <translation>Questo è un file di un job di scambio dati ERP, non un elenco inquilini: importare invece la cartella del job (con il suo manifest.json).</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; is not known and was ignored.</source>
        <translation>La colonna &quot;%1&quot; non è nota ed è stata ignorata.</translation>
    </message>
    <message>
        <source>The file holds a header row but no tenants.</source>
        <translation>Il file contiene una riga d&apos;intestazione ma nessun inquilino.</translation>
    </message>
    <message numerus="yes">
        <source>%n phone number(s) could not be read as numbers and were kept as written (first on line %1).</source>
        <translation>
            <numerusform>%n numero di telefono non è stato riconosciuto come numero ed è stato mantenuto così come scritto (alla riga %1).</numerusform>
            <numerusform>%n numeri di telefono non sono stati riconosciuti come numeri e sono stati mantenuti così come scritti (il primo alla riga %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>The row has %1 fields but the header only %2: a value holds the delimiter without quotes.</source>
        <translation>La riga ha %1 campi, ma l&apos;intestazione solo %2: un valore contiene il separatore senza virgolette.</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 è obbligatorio.</translation>
    </message>
    <message>
        <source>A reference has at most %1 characters and no line breaks.</source>
        <translation>Un riferimento può avere al massimo %1 caratteri e nessuna interruzione di riga.</translation>
    </message>
    <message>
        <source>A name has at most %1 characters and no line breaks.</source>
        <translation>Un nome può avere al massimo %1 caratteri e nessuna interruzione di riga.</translation>
    </message>
    <message>
        <source>The value is longer than %1 characters.</source>
        <translation>Il valore supera i %1 caratteri.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD or DD.MM.YYYY).</source>
        <translation>&quot;%1&quot; non è una data (YYYY-MM-DD o DD.MM.YYYY).</translation>
    </message>
    <message>
        <source>The move-out date %1 lies before the move-in date %2.</source>
        <translation>La data di uscita %1 è anteriore alla data di entrata %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address: %2</source>
        <translation>&quot;%1&quot; non è un indirizzo e-mail: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language the Cockpit writes in (de, fr, it, en).</source>
        <translation>&quot;%1&quot; non è una lingua in cui scrive il Cockpit (de, fr, it, en).</translation>
    </message>
    <message>
        <source>A phone number has at most %1 characters and no line breaks.</source>
        <translation>Un numero di telefono può avere al massimo %1 caratteri e nessuna interruzione di riga.</translation>
    </message>
    <message>
        <source>The tenant %1 appears on lines %2 with different data (%3).</source>
        <translation>L&apos;inquilino %1 compare alle righe %2 con dati diversi (%3).</translation>
    </message>
    <message>
        <source>The unit %1 appears on lines %2 in different properties.</source>
        <translation>L&apos;oggetto %1 compare alle righe %2 in stabili diversi.</translation>
    </message>
    <message>
        <source>The tenancy %1 appears on lines %2 with different move-out dates.</source>
        <translation>La locazione %1 compare alle righe %2 con date di uscita diverse.</translation>
    </message>
    <message>
        <source>The rows of property %1 disagree on its name (line %2); kept: %3.</source>
        <translation>Le righe dello stabile %1 non concordano sul suo nome (riga %2); mantenuto: %3.</translation>
    </message>
    <message>
        <source>The rows of unit %1 disagree on its label or address (line %2); the first row was kept.</source>
        <translation>Le righe dell&apos;oggetto %1 non concordano sulla designazione o sull&apos;indirizzo (riga %2); è stata mantenuta la prima riga.</translation>
    </message>
    <message>
        <source>The unit %1 vanished during the import.</source>
        <translation>L&apos;oggetto %1 è scomparso durante l&apos;importazione.</translation>
    </message>
    <message>
        <source>A tenant vanished during the import.</source>
        <translation>Un inquilino è scomparso durante l&apos;importazione.</translation>
    </message>
    <message numerus="yes">
        <source>%n new tenant(s) have no e-mail address and cannot be invited yet.</source>
        <translation>
            <numerusform>%n nuovo inquilino non ha un indirizzo e-mail e non può ancora essere invitato.</numerusform>
            <numerusform>%n nuovi inquilini non hanno un indirizzo e-mail e non possono ancora essere invitati.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some rejected rows name no readable unit, so no tenancy was ended for missing from this snapshot.</source>
        <translation>Alcune righe scartate non indicano un oggetto leggibile, quindi nessuna locazione è stata terminata per la sua assenza da questo snapshot.</translation>
    </message>
    <message numerus="yes">
        <source>%n tenancy(ies) missing from this snapshot were kept open because rejected rows name their units.</source>
        <translation>
            <numerusform>%n locazione assente da questo snapshot è stata mantenuta aperta perché alcune righe scartate indicano il suo oggetto.</numerusform>
            <numerusform>%n locazioni assenti da questo snapshot sono state mantenute aperte perché alcune righe scartate indicano i loro oggetti.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TenantListProfile</name>
    <message>
        <source>There is no import profile &quot;%1&quot;: give en, de or the path of a profile file.</source>
        <translation>Non esiste alcun profilo d&apos;importazione &quot;%1&quot;: indicare en, de o il percorso di un file di profilo.</translation>
    </message>
    <message>
        <source>The profile file %1 is too large to be a profile.</source>
        <translation>Il file di profilo %1 è troppo grande per essere un profilo.</translation>
    </message>
    <message>
        <source>Cannot read the profile file %1: %2</source>
        <translation>Impossibile leggere il file di profilo %1: %2</translation>
    </message>
    <message>
        <source>The profile %1 is not a JSON object (%2 at byte %3).</source>
        <translation>Il profilo %1 non è un oggetto JSON (%2 al byte %3).</translation>
    </message>
    <message>
        <source>The profile %1 has an unknown key &quot;%2&quot; (known: %3).</source>
        <translation>Il profilo %1 ha una chiave sconosciuta &quot;%2&quot; (chiavi note: %3).</translation>
    </message>
    <message>
        <source>The profile %1 is for the format &quot;%2&quot;; profiles describe tenant lists.</source>
        <translation>Il profilo %1 è per il formato &quot;%2&quot;; i profili descrivono elenchi inquilini.</translation>
    </message>
    <message>
        <source>The profile %1 names the encoding &quot;%2&quot;; use utf-8, windows-1252 or auto.</source>
        <translation>Il profilo %1 indica la codifica &quot;%2&quot;; usare utf-8, windows-1252 o auto.</translation>
    </message>
    <message>
        <source>The profile %1 names the delimiter &quot;%2&quot;; use &quot;,&quot;, &quot;;&quot; or &quot;tab&quot;.</source>
        <translation>Il profilo %1 indica il separatore &quot;%2&quot;; usare &quot;,&quot;, &quot;;&quot; o &quot;tab&quot;.</translation>
    </message>
    <message>
        <source>The profile %1 has the dateFormat &quot;%2&quot;, which reads no four-digit year: use a Qt date format with yyyy, such as &quot;MM/dd/yyyy&quot;.</source>
        <translation>Il profilo %1 ha il dateFormat &quot;%2&quot;, che non legge un anno a quattro cifre: usare un formato data Qt con yyyy, come &quot;MM/dd/yyyy&quot;.</translation>
    </message>
    <message>
        <source>The profile %1 has no &quot;columns&quot; object (header -&gt; field).</source>
        <translation>Il profilo %1 non ha un oggetto &quot;columns&quot; (intestazione -&gt; campo).</translation>
    </message>
    <message>
        <source>The profile %1 maps the column &quot;%2&quot; to &quot;%3&quot;, which is not a field (fields: %4).</source>
        <translation>Il profilo %1 associa la colonna &quot;%2&quot; a &quot;%3&quot;, che non è un campo (campi: %4).</translation>
    </message>
    <message>
        <source>The profile %1 names no column for the required field %2.</source>
        <translation>Il profilo %1 non indica alcuna colonna per il campo obbligatorio %2.</translation>
    </message>
    <message>
        <source>The columns &quot;%1&quot; (%2) and &quot;%3&quot; (%4) both hold %5.</source>
        <translation>Le colonne &quot;%1&quot; (%2) e &quot;%3&quot; (%4) contengono entrambe %5.</translation>
    </message>
    <message numerus="yes">
        <source>The header row lacks the required column(s) %1.</source>
        <translation>
            <numerusform>Nella riga d&apos;intestazione manca la colonna obbligatoria %1.</numerusform>
            <numerusform>Nella riga d&apos;intestazione mancano le colonne obbligatorie %1.</numerusform>
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
        <translation>La ricerca non ha dato risultati.</translation>
    </message>
</context>
<context>
    <name>Tenants</name>
    <message>
        <source>E-mail changed by the ERP</source>
        <translation>E-mail modificata dall&apos;ERP</translation>
    </message>
    <message>
        <source>Name changed by the ERP</source>
        <translation>Nome modificato dall&apos;ERP</translation>
    </message>
    <message>
        <source>Phone changed by the ERP</source>
        <translation>Telefono modificato dall&apos;ERP</translation>
    </message>
    <message>
        <source>Language changed by the ERP</source>
        <translation>Lingua modificata dall&apos;ERP</translation>
    </message>
    <message>
        <source>No e-mail address from the ERP</source>
        <translation>Nessun indirizzo e-mail dall&apos;ERP</translation>
    </message>
    <message>
        <source>Moved into another unit</source>
        <translation>Trasferito in un altro oggetto</translation>
    </message>
    <message>
        <source>Tenancy ended</source>
        <translation>Locazione terminata</translation>
    </message>
    <message>
        <source>Changed in the Cockpit</source>
        <translation>Modificato nel Cockpit</translation>
    </message>
    <message>
        <source>Invited to the tenant app</source>
        <translation>Invitato all&apos;app inquilini</translation>
    </message>
    <message>
        <source>Reminded of the invitation</source>
        <translation>Promemoria dell&apos;invito inviato</translation>
    </message>
    <message>
        <source>Registered in the tenant app</source>
        <translation>Registrato nell&apos;app inquilini</translation>
    </message>
    <message>
        <source>Alias user created</source>
        <translation>Utente alias creato</translation>
    </message>
    <message>
        <source>Alias linked to the tenant (alias retired)</source>
        <translation>Alias collegato all&apos;inquilino (alias dismesso)</translation>
    </message>
    <message>
        <source>Name, e-mail and phone are managed by the ERP: change them there, and they arrive with the next import.</source>
        <translation>Nome, e-mail e telefono sono gestiti dall&apos;ERP: modificarli lì, e arriveranno con la prossima importazione.</translation>
    </message>
    <message>
        <source>There is no tenant with the reference %1.</source>
        <translation>Non esiste alcun inquilino con il riferimento %1.</translation>
    </message>
    <message>
        <source>There is no tenant %1.</source>
        <translation>Non esiste alcun inquilino %1.</translation>
    </message>
    <message>
        <source>ERP import #%1</source>
        <translation>Importazione ERP #%1</translation>
    </message>
    <message>
        <source>Changing a tenant&apos;s master data needs an administrator.</source>
        <translation>Solo un amministratore può modificare i dati di base di un inquilino.</translation>
    </message>
    <message>
        <source>Someone else changed %1 in the meantime; reload to see their changes.</source>
        <translation>Qualcun altro ha modificato %1 nel frattempo; ricaricare per vedere le modifiche.</translation>
    </message>
    <message>
        <source>A tenant needs a last name (or a company name).</source>
        <translation>Un inquilino necessita di un cognome (o del nome di un&apos;azienda).</translation>
    </message>
    <message>
        <source>A name has at most 200 characters and no line breaks.</source>
        <translation>Un nome può avere al massimo 200 caratteri e nessuna interruzione di riga.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address: %2</source>
        <translation>&quot;%1&quot; non è un indirizzo e-mail: %2</translation>
    </message>
    <message>
        <source>A phone number has at most 200 characters and no line breaks.</source>
        <translation>Un numero di telefono può avere al massimo 200 caratteri e nessuna interruzione di riga.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number.</source>
        <translation>&quot;%1&quot; non è un numero di telefono.</translation>
    </message>
    <message>
        <source>The language is one of de, fr, it, en (or empty for the company&apos;s default).</source>
        <translation>La lingua è una tra de, fr, it, en (o vuota per la lingua predefinita dell&apos;azienda).</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>Inviato a</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Oggetto</translation>
    </message>
    <message>
        <source>Move-in</source>
        <translation>Entrata</translation>
    </message>
    <message>
        <source>Linked to tenant</source>
        <translation>Collegato all&apos;inquilino</translation>
    </message>
    <message>
        <source>Tickets moved</source>
        <translation>Ticket trasferiti</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Tickets from the alias user</source>
        <translation>Ticket dall&apos;utente alias</translation>
    </message>
    <message>
        <source>company default</source>
        <translation>predefinita dell&apos;azienda</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>registrato</translation>
    </message>
    <message>
        <source>invited</source>
        <translation>invitato</translation>
    </message>
    <message>
        <source>not invited</source>
        <translation>non invitato</translation>
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
        <translation>Un ticket necessita di un titolo.</translation>
    </message>
    <message>
        <source>A ticket&apos;s title has at most %1 characters and no line breaks.</source>
        <translation>Il titolo di un ticket può avere al massimo %1 caratteri e nessuna interruzione di riga.</translation>
    </message>
    <message>
        <source>A category has at most %1 characters and no line breaks.</source>
        <translation>Una categoria può avere al massimo %1 caratteri e nessuna interruzione di riga.</translation>
    </message>
    <message>
        <source>A description has at most %1 characters.</source>
        <translation>Una descrizione può avere al massimo %1 caratteri.</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nuovo</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in corso</translation>
    </message>
    <message>
        <source>waiting for tenant</source>
        <translation>in attesa dell&apos;inquilino</translation>
    </message>
    <message>
        <source>waiting for third party</source>
        <translation>in attesa di terzi</translation>
    </message>
    <message>
        <source>done</source>
        <translation>evaso</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>chiuso</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>telefono</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>lettera</translation>
    </message>
    <message>
        <source>walk-in</source>
        <translation>allo sportello</translation>
    </message>
    <message>
        <source>app</source>
        <translation>app</translation>
    </message>
    <message>
        <source>low</source>
        <translation>bassa</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>normale</translation>
    </message>
    <message>
        <source>high</source>
        <translation>alta</translation>
    </message>
    <message>
        <source>urgent</source>
        <translation>urgente</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creato</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorità</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canale</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Oggetto</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Riaperto</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commento</translation>
    </message>
    <message>
        <source>Transferred from alias</source>
        <translation>Trasferito dall&apos;alias</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>qualcuno</translation>
    </message>
    <message>
        <source>someone else saved it</source>
        <translation>qualcun altro l&apos;ha salvato</translation>
    </message>
    <message>
        <source>Ticket #%1 was changed since you opened it (version %2, now %3): %4. Nothing of yours was saved: reload it to take their changes, or save yours again on top of them.</source>
        <translation>Il ticket #%1 è stato modificato dopo l&apos;apertura (versione %2, ora %3): %4. Nessuna modifica è stata salvata: ricaricarlo per riprendere le modifiche altrui, oppure salvare di nuovo le proprie sovrascrivendo le loro.</translation>
    </message>
    <message>
        <source>%1 (%2) is disabled and cannot be assigned tickets.</source>
        <translation>%1 (%2) è disattivato e non gli si possono assegnare ticket.</translation>
    </message>
    <message>
        <source>Unit %1 is not one the tenant rents or rented.</source>
        <translation>L&apos;oggetto %1 non è tra quelli che l&apos;inquilino affitta o ha affittato.</translation>
    </message>
    <message>
        <source>Creating a ticket needs an agent.</source>
        <translation>Solo un collaboratore può creare un ticket.</translation>
    </message>
    <message>
        <source>The channel is one of %1.</source>
        <translation>Il canale è uno tra %1.</translation>
    </message>
    <message>
        <source>The priority is one of %1.</source>
        <translation>La priorità è una tra %1.</translation>
    </message>
    <message>
        <source>There is no tenant %1.</source>
        <translation>Non esiste alcun inquilino %1.</translation>
    </message>
    <message>
        <source>%1 was merged into another person and is no longer a tenant of their own: create the ticket for that person.</source>
        <translation>%1 è stato unito a un&apos;altra persona e non è più un inquilino a sé stante: creare il ticket per quella persona.</translation>
    </message>
    <message>
        <source>The new ticket got no number.</source>
        <translation>Il nuovo ticket non ha ricevuto alcun numero.</translation>
    </message>
    <message>
        <source>There is no ticket #%1.</source>
        <translation>Non esiste alcun ticket #%1.</translation>
    </message>
    <message>
        <source>Ticket %1 vanished while it was transferred.</source>
        <translation>Il ticket %1 è scomparso durante il trasferimento.</translation>
    </message>
    <message>
        <source>The status is one of %1.</source>
        <translation>Lo stato è uno tra %1.</translation>
    </message>
    <message>
        <source>Ticket #%1 is &quot;%2&quot; and cannot become &quot;%3&quot;; it can become: %4.</source>
        <translation>Il ticket #%1 ha lo stato &quot;%2&quot; e non può passare a &quot;%3&quot;; stati possibili: %4.</translation>
    </message>
    <message>
        <source>Changing a ticket needs an agent.</source>
        <translation>Solo un collaboratore può modificare un ticket.</translation>
    </message>
    <message>
        <source>Assigning tickets needs an agent.</source>
        <translation>Solo un collaboratore può assegnare ticket.</translation>
    </message>
    <message>
        <source>Commenting on a ticket needs an agent.</source>
        <translation>Solo un collaboratore può commentare un ticket.</translation>
    </message>
    <message>
        <source>A comment needs some text.</source>
        <translation>Un commento necessita di un testo.</translation>
    </message>
    <message>
        <source>A comment has at most %1 characters.</source>
        <translation>Un commento può avere al massimo %1 caratteri.</translation>
    </message>
    <message>
        <source>The comment got no number.</source>
        <translation>Il commento non ha ricevuto alcun numero.</translation>
    </message>
    <message>
        <source>%1 changed by %2 from &quot;%3&quot; to &quot;%4&quot;</source>
        <translation>%1 modificato da %2 da &quot;%3&quot; a &quot;%4&quot;</translation>
    </message>
    <message>
        <source>Repairs</source>
        <translation>Riparazioni</translation>
    </message>
    <message>
        <source>Heating</source>
        <translation>Riscaldamento</translation>
    </message>
    <message>
        <source>Water and sanitary</source>
        <translation>Acqua e sanitari</translation>
    </message>
    <message>
        <source>Electrical</source>
        <translation>Impianto elettrico</translation>
    </message>
    <message>
        <source>Noise and neighbours</source>
        <translation>Rumore e vicinato</translation>
    </message>
    <message>
        <source>Keys and locks</source>
        <translation>Chiavi e serrature</translation>
    </message>
    <message>
        <source>Rent and payments</source>
        <translation>Pigione e pagamenti</translation>
    </message>
    <message>
        <source>Moving in or out</source>
        <translation>Entrata o uscita (trasloco)</translation>
    </message>
    <message>
        <source>Cleaning</source>
        <translation>Pulizia</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Altro</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>The transaction has already ended.</source>
        <translation>La transazione è già terminata.</translation>
    </message>
</context>
<context>
    <name>ZipJob</name>
    <message>
        <source>Cannot extract %1: %2 is not an existing folder.</source>
        <translation>Impossibile estrarre %1: %2 non è una cartella esistente.</translation>
    </message>
    <message>
        <source>Cannot extract %1: the folder %2 is not empty.</source>
        <translation>Impossibile estrarre %1: la cartella %2 non è vuota.</translation>
    </message>
    <message>
        <source>%1 does not exist or is not a file.</source>
        <translation>%1 non esiste o non è un file.</translation>
    </message>
    <message>
        <source>%1 is empty, not a zip archive. Was the transfer interrupted?</source>
        <translation>%1 è vuoto, non è un archivio zip. Il trasferimento è stato interrotto?</translation>
    </message>
    <message>
        <source>%1 is incomplete or damaged: its table of contents is missing. Was it copied completely?</source>
        <translation>%1 è incompleto o danneggiato: manca il suo indice. È stato copiato completamente?</translation>
    </message>
    <message>
        <source>%1 is not a zip archive.</source>
        <translation>%1 non è un archivio zip.</translation>
    </message>
    <message>
        <source>%1 is damaged (%2).</source>
        <translation>%1 è danneggiato (%2).</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2).</source>
        <translation>Impossibile leggere %1 (%2).</translation>
    </message>
    <message>
        <source>%1: the entry &quot;%2&quot; contains a backslash. Zip archives separate folders with &quot;/&quot;; ask for the job to be packed again.</source>
        <translation>%1: la voce &quot;%2&quot; contiene una barra rovesciata. Gli archivi zip separano le cartelle con &quot;/&quot;; chiedere che il job venga impacchettato di nuovo.</translation>
    </message>
    <message>
        <source>%1: the entry &quot;%2&quot; has an absolute path; a job holds only files of its own folder.</source>
        <translation>%1: la voce &quot;%2&quot; ha un percorso assoluto; un job contiene solo file della propria cartella.</translation>
    </message>
    <message>
        <source>%1: the entry &quot;%2&quot; has control or formatting characters in its name.</source>
        <translation>%1: la voce &quot;%2&quot; ha caratteri di controllo o di formattazione nel nome.</translation>
    </message>
    <message>
        <source>%1: the entry &quot;%2&quot; points outside the job folder (&quot;..&quot;).</source>
        <translation>%1: la voce &quot;%2&quot; punta fuori dalla cartella del job (&quot;..&quot;).</translation>
    </message>
    <message>
        <source>%1: the entry &quot;%2&quot; has an empty or &quot;.&quot; part in its path.</source>
        <translation>%1: la voce &quot;%2&quot; ha una parte vuota o &quot;.&quot; nel percorso.</translation>
    </message>
    <message>
        <source>%1 holds %2 entries; a job may have at most %3.</source>
        <translation>%1 contiene %2 voci; un job può averne al massimo %3.</translation>
    </message>
    <message>
        <source>%1: the name or the sizes of entry number %2 cannot be read (%3).</source>
        <translation>%1: impossibile leggere il nome o le dimensioni della voce numero %2 (%3).</translation>
    </message>
    <message>
        <source>%1: entry number %2 has no name.</source>
        <translation>%1: la voce numero %2 non ha un nome.</translation>
    </message>
    <message>
        <source>%1: the entry &quot;%2&quot; appears twice.</source>
        <translation>%1: la voce &quot;%2&quot; compare due volte.</translation>
    </message>
    <message>
        <source>%1 is damaged or forged: up to the entry &quot;%2&quot; its entries claim more compressed data than the file holds.</source>
        <translation>%1 è danneggiato o contraffatto: fino alla voce &quot;%2&quot; le sue voci dichiarano più dati compressi di quanti ne contenga il file.</translation>
    </message>
    <message>
        <source>%1: the entry &quot;%2&quot; is not a regular file (a link, a device or a pipe); a job holds only files.</source>
        <translation>%1: la voce &quot;%2&quot; non è un file regolare (un link, un dispositivo o una pipe); un job contiene solo file.</translation>
    </message>
    <message>
        <source>%1: the entry &quot;%2&quot; is encrypted. Ask for the job without a password.</source>
        <translation>%1: la voce &quot;%2&quot; è cifrata. Richiedere il job senza password.</translation>
    </message>
    <message>
        <source>%1: the entry &quot;%2&quot; is compressed with a method this program cannot read (number %3). Ask for the job packed with the usual method, deflate.</source>
        <translation>%1: la voce &quot;%2&quot; è compressa con un metodo che questo programma non sa leggere (numero %3). Richiedere il job compresso con il metodo usuale, deflate.</translation>
    </message>
    <message>
        <source>%1: the entry &quot;%2&quot; unpacks to %3, more than the %4 a job file may have.</source>
        <translation>%1: la voce &quot;%2&quot; si decomprime in %3, più dei %4 consentiti per un file di job.</translation>
    </message>
    <message>
        <source>an impossible size</source>
        <translation>una dimensione impossibile</translation>
    </message>
    <message>
        <source>%1: with the entry &quot;%2&quot; the job unpacks to more than the %3 a job may have.</source>
        <translation>%1: con la voce &quot;%2&quot; il job si decomprime in più dei %3 consentiti per un job.</translation>
    </message>
    <message>
        <source>%1: the entry &quot;%2&quot; is compressed %3 to 1, where job files reach at most %4 to 1. The archive looks built to fill the disk (a zip bomb).</source>
        <translation>%1: la voce &quot;%2&quot; è compressa con un rapporto di %3 a 1, mentre i file di job arrivano al massimo a %4 a 1. L&apos;archivio sembra costruito per riempire il disco (una zip bomb).</translation>
    </message>
    <message>
        <source>%1 holds two folders, &quot;%2&quot; and &quot;%3&quot;; a job is one folder.</source>
        <translation>%1 contiene due cartelle, &quot;%2&quot; e &quot;%3&quot;; un job è un&apos;unica cartella.</translation>
    </message>
    <message>
        <source>%1: the entry &quot;%2&quot; is a subfolder; a job has its files side by side in one folder.</source>
        <translation>%1: la voce &quot;%2&quot; è una sottocartella; un job ha tutti i suoi file uno accanto all&apos;altro in un&apos;unica cartella.</translation>
    </message>
    <message>
        <source>%1: the entry &quot;%2&quot; is in a subfolder; a job has its files side by side in one folder.</source>
        <translation>%1: la voce &quot;%2&quot; si trova in una sottocartella; un job ha tutti i suoi file uno accanto all&apos;altro in un&apos;unica cartella.</translation>
    </message>
    <message>
        <source>%1: the entries &quot;%2&quot; and &quot;%3&quot; would be the same file.</source>
        <translation>%1: le voci &quot;%2&quot; e &quot;%3&quot; sarebbero lo stesso file.</translation>
    </message>
    <message>
        <source>%1: the entry &quot;%2&quot; is damaged (its checksum does not match).</source>
        <translation>%1: la voce &quot;%2&quot; è danneggiata (il suo checksum non corrisponde).</translation>
    </message>
    <message>
        <source>%1: the entry &quot;%2&quot; is damaged (%3).</source>
        <translation>%1: la voce &quot;%2&quot; è danneggiata (%3).</translation>
    </message>
    <message>
        <source>Cannot write %1 from %2: %3</source>
        <translation>Impossibile scrivere %1 da %2: %3</translation>
    </message>
    <message>
        <source>%1: the entry &quot;%2&quot; holds more data than its header declares; the archive is damaged or forged.</source>
        <translation>%1: la voce &quot;%2&quot; contiene più dati di quanti ne dichiari la sua intestazione; l&apos;archivio è danneggiato o contraffatto.</translation>
    </message>
    <message>
        <source>%1: the entry &quot;%2&quot; holds less data than its header declares; the archive is damaged.</source>
        <translation>%1: la voce &quot;%2&quot; contiene meno dati di quanti ne dichiari la sua intestazione; l&apos;archivio è danneggiato.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Writing demo tenants…</source>
        <translation>Creazione degli inquilini di prova…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Dati di prova</translation>
    </message>
    <message>
        <source>Logging demo tickets…</source>
        <translation>Registrazione dei ticket di prova…</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>Portachiavi</translation>
    </message>
    <message>
        <source>Tenant Cockpit: the property-management office&apos;s desk for talking to tenants.</source>
        <translation>Tenant Cockpit: la postazione dell&apos;amministrazione per comunicare con gli inquilini.</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Impossibile aprire la banca dati</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Banca dati</translation>
    </message>
    <message>
        <source>Mail server password</source>
        <translation>Password del server di posta</translation>
    </message>
    <message>
        <source>%1

The password of the mail server, to send the office&apos;s e-mails:</source>
        <translation>%1

La password del server di posta, per inviare le e-mail dell&apos;amministrazione:</translation>
    </message>
    <message>
        <source>Drop folder: %1 %2</source>
        <translation>Cartella di deposito: %1 %2</translation>
    </message>
    <message>
        <source>Drop folder: %1</source>
        <translation>Cartella di deposito: %1</translation>
    </message>
    <message>
        <source>The office database: sqlite:/path/file.db or postgresql://user@host:port/dbname. Default: $TENANT_COCKPIT_DB, else the database chosen on the first start.</source>
        <translation>La banca dati dell&apos;amministrazione: sqlite:/path/file.db o postgresql://user@host:port/dbname. Predefinita: $TENANT_COCKPIT_DB, altrimenti la banca dati scelta al primo avvio.</translation>
    </message>
</context>
<context>
    <name>tc::AboutDialog</name>
    <message>
        <source>About Tenant Cockpit</source>
        <translation>Informazioni su Tenant Cockpit</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Tenant Cockpit %1&lt;/h2&gt;&lt;p&gt;The property-management office&apos;s desk for talking to tenants: master data from the ERP, invitations, tickets and the pinboard.&lt;/p&gt;&lt;p&gt;Database: %2&lt;br&gt;Qt %3&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Tenant Cockpit %1&lt;/h2&gt;&lt;p&gt;La postazione dell&apos;amministrazione per comunicare con gli inquilini: dati di base dall&apos;ERP, inviti, ticket e bacheca.&lt;/p&gt;&lt;p&gt;Banca dati: %2&lt;br&gt;Qt %3&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>tc::AliasUsersDialog</name>
    <message>
        <source>Alias users</source>
        <translation>Utenti alias</translation>
    </message>
    <message>
        <source>Alias users made by hand for people the ERP did not deliver yet. When the ERP delivers a tenant with the same name on the same unit, they are proposed here; link an alias to its tenant and its tickets follow. Tenants the import marked as aliases (no e-mail) are under Tenants, status Alias: their tickets pass to them when they register.</source>
        <translation>Utenti alias creati manualmente per persone che l&apos;ERP non ha ancora fornito. Quando l&apos;ERP fornisce un inquilino con lo stesso nome nello stesso oggetto, viene proposto qui: colleghi l&apos;alias al suo inquilino e i ticket lo seguono. Gli inquilini che l&apos;importazione ha contrassegnato come alias (senza e-mail) si trovano in Inquilini, stato Alias: i loro ticket passano a loro quando si registrano.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Oggetto</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Stabile</translation>
    </message>
    <message>
        <source>Expected move-in</source>
        <translation>Entrata prevista</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>May be</source>
        <translation>Potrebbe essere</translation>
    </message>
    <message>
        <source>&amp;Link to tenant…</source>
        <translation>&amp;Collega a un inquilino…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Apri</translation>
    </message>
    <message>
        <source>The alias users could not be read: %1</source>
        <translation>Non è stato possibile leggere gli utenti alias: %1</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>No alias users made by hand.</source>
        <translation>Nessun utente alias creato manualmente.</translation>
    </message>
    <message numerus="yes">
        <source>%n alias user(s), </source>
        <translation>
            <numerusform>%n utente alias, </numerusform>
            <numerusform>%n utenti alias, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a tenant from the ERP to confirm.</source>
        <translation>
            <numerusform>%n con un inquilino dell&apos;ERP da confermare.</numerusform>
            <numerusform>%n con un inquilino dell&apos;ERP da confermare.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alias user(s).</source>
        <translation>
            <numerusform>%n utente alias.</numerusform>
            <numerusform>%n utenti alias.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tc::CompanySettingsView</name>
    <message>
        <source>Company settings</source>
        <translation>Impostazioni aziendali</translation>
    </message>
    <message>
        <source>%1 Key: %2</source>
        <translation>%1 Chiave: %2</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <source>Save company settings</source>
        <translation>Salva le impostazioni aziendali</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Ripristina</translation>
    </message>
    <message>
        <source>Revert company settings</source>
        <translation>Ripristina le impostazioni aziendali</translation>
    </message>
    <message>
        <source>Mail server &amp;password…</source>
        <translation>&amp;Password del server di posta…</translation>
    </message>
    <message>
        <source>Mail server password</source>
        <translation>Password del server di posta</translation>
    </message>
    <message>
        <source>Kept in the system&apos;s keychain, never in the settings or the database.</source>
        <translation>Conservata nel portachiavi del sistema, mai nelle impostazioni o nella banca dati.</translation>
    </message>
    <message>
        <source>Send &amp;test e-mail…</source>
        <translation>Invia e-mail di &amp;test…</translation>
    </message>
    <message>
        <source>Send a test e-mail</source>
        <translation>Invia un&apos;e-mail di test</translation>
    </message>
    <message>
        <source>Test e-mail</source>
        <translation>E-mail di test</translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation>Nulla da salvare.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Salvato.</translation>
    </message>
    <message>
        <source>The password of the login %1 at the mail server. It is kept in the system&apos;s keychain.</source>
        <translation>La password dell&apos;utente %1 sul server di posta. Viene conservata nel portachiavi del sistema.</translation>
    </message>
    <message>
        <source>Send test e-mail</source>
        <translation>Invia e-mail di test</translation>
    </message>
    <message>
        <source>Send a test e-mail with the saved mail settings to:</source>
        <translation>Inviare un&apos;e-mail di test con le impostazioni di posta salvate a:</translation>
    </message>
    <message>
        <source>Sending a test e-mail to %1…</source>
        <translation>Invio di un&apos;e-mail di test a %1…</translation>
    </message>
    <message>
        <source>Settings and e-mail templates</source>
        <translation>Impostazioni e modelli di e-mail</translation>
    </message>
    <message>
        <source>Setti&amp;ngs</source>
        <translation>&amp;Impostazioni</translation>
    </message>
    <message>
        <source>E-&amp;mail templates</source>
        <translation>Modelli &amp;e-mail</translation>
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
        <translation>la connessione al server si è interrotta</translation>
    </message>
</context>
<context>
    <name>tc::FirstRunDialog</name>
    <message>
        <source>Welcome to Tenant Cockpit</source>
        <translation>Benvenuti in Tenant Cockpit</translation>
    </message>
    <message>
        <source>Where does your office keep its data? A local file suits one PC and works offline; a PostgreSQL server lets several agents work at once.</source>
        <translation>Dove conserva i dati la Sua amministrazione? Un file locale è adatto a un solo PC e funziona anche offline; un server PostgreSQL permette a più collaboratori di lavorare contemporaneamente.</translation>
    </message>
    <message>
        <source>A &amp;local file on this PC</source>
        <translation>Un file &amp;locale su questo PC</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>File della banca dati</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Sfoglia…</translation>
    </message>
    <message>
        <source>Choose the database file</source>
        <translation>Scegliere il file della banca dati</translation>
    </message>
    <message>
        <source>Tenant Cockpit database (*.db)</source>
        <translation>Banca dati Tenant Cockpit (*.db)</translation>
    </message>
    <message>
        <source>Fill a new file with %1 demo tenants to try things out</source>
        <translation>Riempire un nuovo file con %1 inquilini di prova per provare il programma</translation>
    </message>
    <message>
        <source>A shared &amp;PostgreSQL server</source>
        <translation>Un server &amp;PostgreSQL condiviso</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Porta</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Banca dati</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utente</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Cifratura</translation>
    </message>
    <message>
        <source>Encrypted, server certificate checked (recommended)</source>
        <translation>Cifrata, certificato del server verificato (consigliato)</translation>
    </message>
    <message>
        <source>Encrypted, certificate not checked</source>
        <translation>Cifrata, certificato non verificato</translation>
    </message>
    <message>
        <source>Encrypted if the server offers it</source>
        <translation>Cifrata se il server lo offre</translation>
    </message>
    <message>
        <source>Not encrypted (only on this PC)</source>
        <translation>Non cifrata (solo su questo PC)</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;orta:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Banca dati:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utente:</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>&amp;Cifratura:</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Avvia</translation>
    </message>
    <message>
        <source>Enter the server&apos;s name or address.</source>
        <translation>Inserisca il nome o l&apos;indirizzo del server.</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>Ser&amp;ver:</translation>
    </message>
</context>
<context>
    <name>tc::ImportChangesModel</name>
    <message>
        <source>added</source>
        <translation>aggiunto</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modificato</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>terminato</translation>
    </message>
    <message>
        <source>property</source>
        <translation>stabile</translation>
    </message>
    <message>
        <source>building</source>
        <translation>edificio</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>oggetto</translation>
    </message>
    <message>
        <source>tenant</source>
        <translation>inquilino</translation>
    </message>
    <message>
        <source>tenancy</source>
        <translation>locazione</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>collaboratore</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modifica</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>ERP reference</source>
        <translation>Riferimento ERP</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Prima</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Dopo</translation>
    </message>
</context>
<context>
    <name>tc::ImportHistoryModel</name>
    <message>
        <source>There is no import run in row %1.</source>
        <translation>Nella riga %1 non c&apos;è alcuna importazione.</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>applicata</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>scartata</translation>
    </message>
    <message>
        <source>awaiting confirmation</source>
        <translation>in attesa di conferma</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>non riuscita</translation>
    </message>
    <message>
        <source>running</source>
        <translation>in corso</translation>
    </message>
    <message>
        <source>data exchange</source>
        <translation>scambio dati</translation>
    </message>
    <message>
        <source>tenant list</source>
        <translation>elenco inquilini</translation>
    </message>
    <message>
        <source>delta</source>
        <translation>differenziale</translation>
    </message>
    <message>
        <source>snapshot</source>
        <translation>completa</translation>
    </message>
    <message>
        <source>%1 new, %2 changed, %3 moved out</source>
        <comment>tenants added, tenants updated, tenancies ended</comment>
        <translation>%1 nuovi, %2 modificati, %3 usciti</translation>
    </message>
    <message>
        <source>… and %1 more lines</source>
        <translation>… e altre %1 righe</translation>
    </message>
    <message>
        <source>%1
SHA-256: %2</source>
        <translation>%1
SHA-256: %2</translation>
    </message>
    <message>
        <source>dry run</source>
        <translation>simulazione</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Tenants added and changed, tenancies ended</source>
        <translation>Inquilini aggiunti e modificati, locazioni terminate</translation>
    </message>
    <message>
        <source>Rows of the file that were not imported, each with its reason</source>
        <translation>Righe del file non importate, ciascuna con il relativo motivo</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Chi</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modalità</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>Simulazione</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Conteggi</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Scartate</translation>
    </message>
</context>
<context>
    <name>tc::ImportRejectionsModel</name>
    <message>
        <source>whole file</source>
        <translation>intero file</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Riga</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonna</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>tc::ImportWizard</name>
    <message>
        <source>%1: %2 added, %3 changed, %4 unchanged</source>
        <translation>%1: %2 aggiunti, %3 modificati, %4 invariati</translation>
    </message>
    <message>
        <source>, %1 ended</source>
        <translation>, %1 terminati</translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation>Inquilini</translation>
    </message>
    <message>
        <source>Tenancies</source>
        <translation>Locazioni</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Oggetti</translation>
    </message>
    <message>
        <source>Buildings</source>
        <translation>Edifici</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Stabili</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Collaboratori</translation>
    </message>
    <message>
        <source>New e-mail address for: %1</source>
        <translation>Nuovo indirizzo e-mail per: %1</translation>
    </message>
    <message>
        <source>added</source>
        <translation>aggiunto</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modificato</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>terminato</translation>
    </message>
    <message>
        <source>Import from the ERP</source>
        <translation>Importazione dall&apos;ERP</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Applica</translation>
    </message>
    <message>
        <source>What to import</source>
        <translation>Cosa importare</translation>
    </message>
    <message>
        <source>A tenant list (one CSV file) or an ERP data-exchange job (a folder with manifest.json, or a .zip of one). Nothing changes before you apply the preview.</source>
        <translation>Un elenco inquilini (un file CSV) o un job di scambio dati ERP (una cartella con manifest.json, oppure il suo .zip). Nulla viene modificato prima di applicare l&apos;anteprima.</translation>
    </message>
    <message>
        <source>File or folder to import</source>
        <translation>File o cartella da importare</translation>
    </message>
    <message>
        <source>&amp;File…</source>
        <translation>&amp;File…</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Scegliere un file</translation>
    </message>
    <message>
        <source>F&amp;older…</source>
        <translation>&amp;Cartella…</translation>
    </message>
    <message>
        <source>Choose a job folder</source>
        <translation>Scegliere una cartella del job</translation>
    </message>
    <message>
        <source>Import file</source>
        <translation>File da importare</translation>
    </message>
    <message>
        <source>Tenant lists and zipped jobs (*.csv *.txt *.zip);;All files (*)</source>
        <translation>Elenchi inquilini e job compressi (*.csv *.txt *.zip);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Data-exchange job folder</source>
        <translation>Cartella del job di scambio dati</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Recognise it</source>
        <translation>Rileva automaticamente</translation>
    </message>
    <message>
        <source>Tenant list (CSV)</source>
        <translation>Elenco inquilini (CSV)</translation>
    </message>
    <message>
        <source>ERP data-exchange job</source>
        <translation>Job di scambio dati ERP</translation>
    </message>
    <message>
        <source>Column headers</source>
        <translation>Intestazioni di colonna</translation>
    </message>
    <message>
        <source>English or German headers</source>
        <translation>Intestazioni in inglese o tedesco</translation>
    </message>
    <message>
        <source>English headers only</source>
        <translation>Solo intestazioni in inglese</translation>
    </message>
    <message>
        <source>German headers only</source>
        <translation>Solo intestazioni in tedesco</translation>
    </message>
    <message>
        <source>Another ERP&apos;s layout: type the path of its profile file (JSON).</source>
        <translation>Struttura di un altro ERP: digiti il percorso del suo file di profilo (JSON).</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modalità</translation>
    </message>
    <message>
        <source>Snapshot: the file is the complete list (missing tenancies end)</source>
        <translation>Completa: il file è l&apos;elenco completo (le locazioni mancanti terminano)</translation>
    </message>
    <message>
        <source>Delta: only add and update</source>
        <translation>Differenziale: solo aggiunte e aggiornamenti</translation>
    </message>
    <message>
        <source>Apply nothing if any row is bad</source>
        <translation>Non applicare nulla se una riga è errata</translation>
    </message>
    <message>
        <source>File or folder:</source>
        <translation>File o cartella:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <source>Headers:</source>
        <translation>Intestazioni:</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Modalità:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Anteprima</translation>
    </message>
    <message>
        <source>This is what the import will change. Nothing has been changed yet.</source>
        <translation>Ecco cosa modificherà l&apos;importazione. Finora non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Avanzamento dell&apos;importazione</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Interrompi</translation>
    </message>
    <message>
        <source>Stop the import</source>
        <translation>Interrompi l&apos;importazione</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifiche</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Cosa</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Riferimento</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Prima</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Dopo</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>Righe scartate</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Riga</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonna</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avvertenze</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapporto</translation>
    </message>
    <message>
        <source>Reading %1 …</source>
        <translation>Lettura di %1 …</translation>
    </message>
    <message>
        <source>Applying …</source>
        <translation>Applicazione …</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>Non è stato possibile leggere il file: %1</translation>
    </message>
    <message>
        <source>Nothing was applied: %1</source>
        <translation>Non è stato applicato nulla: %1</translation>
    </message>
    <message>
        <source>Import #%1 applied.

%2</source>
        <translation>Importazione #%1 applicata.

%2</translation>
    </message>
    <message>
        <source>This file cannot be imported: see the rejected rows. Nothing was changed.</source>
        <translation>Questo file non può essere importato: veda le righe scartate. Non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>The ERP asks for a confirmation before this job is applied. Check the preview, then apply it.</source>
        <translation>L&apos;ERP richiede una conferma prima di applicare questo job. Controlli l&apos;anteprima, poi lo applichi.</translation>
    </message>
    <message>
        <source>Ready to apply.</source>
        <translation>Pronto per l&apos;applicazione.</translation>
    </message>
    <message numerus="yes">
        <source>Ready to apply; %n row(s) will be left out.</source>
        <translation>
            <numerusform>Pronto per l&apos;applicazione; %n riga verrà tralasciata.</numerusform>
            <numerusform>Pronto per l&apos;applicazione; %n righe verranno tralasciate.</numerusform>
        </translation>
    </message>
    <message>
        <source>The list shows the first %1 changes.</source>
        <translation>L&apos;elenco mostra le prime %1 modifiche.</translation>
    </message>
</context>
<context>
    <name>tc::IssuesView</name>
    <message>
        <source>Issues</source>
        <translation>Segnalazioni</translation>
    </message>
    <message>
        <source>Find tenant… (F3)</source>
        <translation>Trova inquilino… (F3)</translation>
    </message>
    <message>
        <source>Find tenant</source>
        <translation>Trova inquilino</translation>
    </message>
    <message>
        <source>Who is calling? Search every tenant by name, unit, address or phone number.</source>
        <translation>Chi sta chiamando? Cerchi tra tutti gli inquilini per nome, oggetto, indirizzo o numero di telefono.</translation>
    </message>
    <message>
        <source>&amp;Mine</source>
        <translation>&amp;Miei</translation>
    </message>
    <message>
        <source>Only my tickets</source>
        <translation>Solo i miei ticket</translation>
    </message>
    <message>
        <source>You work as the office&apos;s owner, not as an agent: no tickets are assigned to you.</source>
        <translation>Lavora come titolare dell&apos;amministrazione, non come collaboratore: non Le sono assegnati ticket.</translation>
    </message>
    <message>
        <source>Only the tickets assigned to you</source>
        <translation>Solo i ticket assegnati a Lei</translation>
    </message>
    <message>
        <source>U&amp;nassigned</source>
        <translation>&amp;Non assegnati</translation>
    </message>
    <message>
        <source>Only unassigned tickets</source>
        <translation>Solo i ticket non assegnati</translation>
    </message>
    <message>
        <source>Only the tickets nobody works on yet</source>
        <translation>Solo i ticket di cui non si occupa ancora nessuno</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>A&amp;perti</translation>
    </message>
    <message>
        <source>Only open tickets</source>
        <translation>Solo i ticket aperti</translation>
    </message>
    <message>
        <source>Only the tickets that are neither done nor closed</source>
        <translation>Solo i ticket né evasi né chiusi</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Qualsiasi stato</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Stabile</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Qualsiasi categoria</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <source>Assi&amp;gn to…</source>
        <translation>Ass&amp;egna a…</translation>
    </message>
    <message>
        <source>Assign the selected tickets to</source>
        <translation>Assegna i ticket selezionati a</translation>
    </message>
    <message>
        <source>Assign every selected ticket to one agent</source>
        <translation>Assegna tutti i ticket selezionati a un collaboratore</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>The tickets could not be read: %1</source>
        <translation>Non è stato possibile leggere i ticket: %1</translation>
    </message>
    <message>
        <source>The agents could not be read: %1</source>
        <translation>Non è stato possibile leggere i collaboratori: %1</translation>
    </message>
    <message>
        <source>Any assignee</source>
        <translation>Qualsiasi responsabile</translation>
    </message>
    <message>
        <source>Nobody (unassign)</source>
        <translation>Nessuno (rimuovi assegnazione)</translation>
    </message>
    <message>
        <source>The properties could not be read: %1</source>
        <translation>Non è stato possibile leggere gli stabili: %1</translation>
    </message>
    <message>
        <source>All properties</source>
        <translation>Tutti gli stabili</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Tickets: more than %1</source>
        <translation>Ticket: più di %1</translation>
    </message>
    <message>
        <source>Tickets: %1</source>
        <translation>Ticket: %1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifiche non salvate</translation>
    </message>
    <message>
        <source>Ticket #%1 has changes that are not saved yet. Save them before showing ticket #%2?</source>
        <translation>Il ticket #%1 contiene modifiche non ancora salvate. Salvarle prima di mostrare il ticket #%2?</translation>
    </message>
    <message>
        <source>Ticket #%1 has changes that are not saved yet. Drop them and show ticket #%2?</source>
        <translation>Il ticket #%1 contiene modifiche non ancora salvate. Scartarle e mostrare il ticket #%2?</translation>
    </message>
    <message>
        <source>Select the tickets to assign first (Shift or Ctrl with a click or the arrow keys).</source>
        <translation>Selezioni prima i ticket da assegnare (Maiusc o Ctrl con un clic o con i tasti freccia).</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nessuno</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) assigned to %1.</source>
        <translation>
            <numerusform>%n ticket assegnato a %1.</numerusform>
            <numerusform>%n ticket assegnati a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Find tenant for a new ticket…</source>
        <translation>&amp;Trova l&apos;inquilino per un nuovo ticket…</translation>
    </message>
</context>
<context>
    <name>tc::LinkAliasDialog</name>
    <message>
        <source>Link alias user</source>
        <translation>Collega utente alias</translation>
    </message>
    <message numerus="yes">
        <source>Which tenant is %1? The alias&apos;s %n ticket(s) move to that tenant, each with a &quot;transferred from alias&quot; entry in its history, and the alias is retired.</source>
        <translation>
            <numerusform>Quale inquilino è %1? L&apos;alias ha %n ticket: passa a quell&apos;inquilino con la voce «trasferito dall&apos;alias» nella sua cronologia, e l&apos;alias viene dismesso.</numerusform>
            <numerusform>Quale inquilino è %1? I %n ticket dell&apos;alias passano a quell&apos;inquilino, ciascuno con la voce «trasferito dall&apos;alias» nella sua cronologia, e l&apos;alias viene dismesso.</numerusform>
        </translation>
    </message>
    <message>
        <source>Which tenant is %1? The alias has no tickets to move; it is retired.</source>
        <translation>Quale inquilino è %1? L&apos;alias non ha ticket da trasferire; viene dismesso.</translation>
    </message>
    <message>
        <source>%1, on %2 from the ERP</source>
        <translation>%1, in %2 secondo l&apos;ERP</translation>
    </message>
    <message>
        <source>&amp;Another tenant, by ERP reference:</source>
        <translation>&amp;Un altro inquilino, per riferimento ERP:</translation>
    </message>
    <message>
        <source>ERP reference of the tenant</source>
        <translation>Riferimento ERP dell&apos;inquilino</translation>
    </message>
    <message>
        <source>Several tenants of that unit have this name: choose the right one.</source>
        <translation>Più inquilini di quell&apos;oggetto hanno questo nome: scelga quello giusto.</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Collega</translation>
    </message>
    <message>
        <source>Choose the tenant this alias is.</source>
        <translation>Scelga l&apos;inquilino che corrisponde a questo alias.</translation>
    </message>
</context>
<context>
    <name>tc::LiveUpdates</name>
    <message>
        <source>Cannot listen for the other agents&apos; changes: %1</source>
        <translation>Impossibile ricevere le modifiche degli altri collaboratori: %1</translation>
    </message>
</context>
<context>
    <name>tc::LoginDialog</name>
    <message>
        <source>Who is working? This office has no logins yet. Create the first one, a manager&apos;s: from then on everyone logs in with their own, and the office&apos;s settings, imports and invitations are theirs whose role allows them. (A manager already in the office keeps their name.)</source>
        <translation>Chi sta lavorando? Questa amministrazione non ha ancora nomi utente. Crei il primo, per la direzione: da quel momento ognuno accede con il proprio, e impostazioni, importazioni e inviti dell&apos;amministrazione spettano a chi ha il ruolo che li consente. (Una persona della direzione già presente nell&apos;amministrazione mantiene il suo nome.)</translation>
    </message>
    <message>
        <source>Who is working? Log in to %1.</source>
        <translation>Chi sta lavorando? Acceda a %1.</translation>
    </message>
    <message>
        <source>Who is working? Log in to %1 with your login and password: the server checks them, and lets you do what your role allows.</source>
        <translation>Chi sta lavorando? Acceda a %1 con nome utente e password: il server li verifica e Le consente ciò che il Suo ruolo prevede.</translation>
    </message>
    <message>
        <source>The office&apos;s first login</source>
        <translation>Il primo nome utente dell&apos;amministrazione</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Accedi</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Nome utente</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>Nome &amp;utente:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>As colleagues and the audit log see it</source>
        <translation>Come lo vedono i colleghi e il registro</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Ripetere la password</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters</source>
        <translation>
            <numerusform>Almeno %n carattere</numerusform>
            <numerusform>Almeno %n caratteri</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Ripeti:</translation>
    </message>
    <message>
        <source>&amp;Remember the password on this computer (in the system&apos;s keychain)</source>
        <translation>&amp;Memorizza la password su questo computer (nel portachiavi del sistema)</translation>
    </message>
    <message>
        <source>&amp;Create and log in</source>
        <translation>&amp;Crea e accedi</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Accedi</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>Give your login.</source>
        <translation>Indichi il Suo nome utente.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Le due password non coincidono.</translation>
    </message>
</context>
<context>
    <name>tc::MailTemplatesEditor</name>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Oggetto</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Testo</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Anteprima</translation>
    </message>
    <message>
        <source>Save &amp;template</source>
        <translation>Salva &amp;modello</translation>
    </message>
    <message>
        <source>Save the e-mail template</source>
        <translation>Salva il modello e-mail</translation>
    </message>
    <message>
        <source>Use the program&apos;s own text for this e-mail</source>
        <translation>Usa il testo del programma per questa e-mail</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Lingua:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Oggetto:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;sto:</translation>
    </message>
    <message>
        <source>Preview (made-up tenant):</source>
        <translation>Anteprima (inquilino fittizio):</translation>
    </message>
    <message>
        <source>E-mail templates</source>
        <translation>Modelli e-mail</translation>
    </message>
    <message>
        <source>Discard the changes to the template shown so far?</source>
        <translation>Scartare le modifiche al modello mostrato finora?</translation>
    </message>
    <message>
        <source>Placeholders: %1. Required: %2. An empty line starts a new paragraph.</source>
        <translation>Segnaposto: %1. Obbligatori: %2. Una riga vuota inizia un nuovo paragrafo.</translation>
    </message>
    <message>
        <source>The template could not be read: %1</source>
        <translation>Non è stato possibile leggere il modello: %1</translation>
    </message>
    <message>
        <source>The office&apos;s own text.</source>
        <translation>Testo proprio dell&apos;amministrazione.</translation>
    </message>
    <message>
        <source>The program&apos;s text.</source>
        <translation>Testo del programma.</translation>
    </message>
    <message>
        <source>Changed, not saved yet.</source>
        <translation>Modificato, non ancora salvato.</translation>
    </message>
    <message>
        <source>Saved. New e-mails use this text; those already in the outbox keep theirs.</source>
        <translation>Salvato. Le nuove e-mail usano questo testo; quelle già nella posta in uscita mantengono il loro.</translation>
    </message>
    <message>
        <source>&amp;Use the program&apos;s text</source>
        <translation>Usa il &amp;testo del programma</translation>
    </message>
</context>
<context>
    <name>tc::MainWindow</name>
    <message>
        <source>Sections</source>
        <translation>Sezioni</translation>
    </message>
    <message>
        <source>Master data</source>
        <translation>Dati di base</translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation>Inquilini</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>Segnalazioni</translation>
    </message>
    <message>
        <source>Pinboard</source>
        <translation>Bacheca</translation>
    </message>
    <message>
        <source>Company settings</source>
        <translation>Impostazioni aziendali</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Posta in uscita</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Connected again to the office database.</source>
        <translation>Di nuovo connesso alla banca dati dell&apos;amministrazione.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Logged in as</source>
        <translation>Connesso come</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Banca dati: %1</translation>
    </message>
    <message>
        <source>E-mails waiting</source>
        <translation>E-mail in attesa</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>&amp;Find tenant…</source>
        <translation>&amp;Trova inquilino…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Ricarica</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>Schermo &amp;intero</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>&amp;About Tenant Cockpit</source>
        <translation>&amp;Informazioni su Tenant Cockpit</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Informazioni su &amp;Qt</translation>
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
            <numerusform>&lt;b&gt;Offline:&lt;/b&gt; la banca dati dell&apos;amministrazione non è raggiungibile (%1). Quanto ha digitato rimane dov&apos;è; nulla viene salvato finché la connessione non è ripristinata. Nuovo tentativo ogni %n secondo…</numerusform>
            <numerusform>&lt;b&gt;Offline:&lt;/b&gt; la banca dati dell&apos;amministrazione non è raggiungibile (%1). Quanto ha digitato rimane dov&apos;è; nulla viene salvato finché la connessione non è ripristinata. Nuovo tentativo ogni %n secondi…</numerusform>
        </translation>
    </message>
    <message>
        <source>E-mail: unknown</source>
        <translation>E-mail: stato sconosciuto</translation>
    </message>
    <message>
        <source>E-mails waiting: %1</source>
        <translation>E-mail in attesa: %1</translation>
    </message>
    <message>
        <source>, failed: %1</source>
        <translation>, non riuscite: %1</translation>
    </message>
    <message>
        <source>Show the outbox</source>
        <translation>Mostra la posta in uscita</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferenze…</translation>
    </message>
    <message>
        <source>S&amp;earch</source>
        <translation>&amp;Cerca</translation>
    </message>
    <message>
        <source>Ac&amp;tions</source>
        <translation>Azi&amp;oni</translation>
    </message>
    <message>
        <source>The new preferences take effect when Tenant Cockpit starts next.</source>
        <translation>Le nuove preferenze valgono dal prossimo avvio di Tenant Cockpit.</translation>
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
        <translation>Edifici: %1, oggetti: %2</translation>
    </message>
    <message>
        <source>Units: %1</source>
        <translation>Oggetti: %1</translation>
    </message>
    <message>
        <source>vacant</source>
        <translation>sfitto</translation>
    </message>
    <message>
        <source>moving in %1</source>
        <translation>entra il %1</translation>
    </message>
    <message>
        <source>former, %1 – %2</source>
        <translation>precedente, %1 – %2</translation>
    </message>
    <message>
        <source>current, moving out %1</source>
        <translation>attuale, lascia il %1</translation>
    </message>
    <message>
        <source>current, since %1</source>
        <translation>attuale, dal %1</translation>
    </message>
    <message>
        <source>(no tenant)</source>
        <translation>(nessun inquilino)</translation>
    </message>
    <message>
        <source>Property, building, unit, tenants</source>
        <translation>Stabile, edificio, oggetto, inquilini</translation>
    </message>
    <message>
        <source>ERP reference</source>
        <translation>Riferimento ERP</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Dettagli</translation>
    </message>
</context>
<context>
    <name>tc::MasterDataView</name>
    <message>
        <source>current</source>
        <translation>attuale</translation>
    </message>
    <message>
        <source>former</source>
        <translation>precedente</translation>
    </message>
    <message>
        <source>moving in</source>
        <translation>in entrata</translation>
    </message>
    <message>
        <source>Master data</source>
        <translation>Dati di base</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importa…</translation>
    </message>
    <message>
        <source>Import ERP data</source>
        <translation>Importa dati ERP</translation>
    </message>
    <message>
        <source>Import a tenant list or an ERP data-exchange job</source>
        <translation>Importa un elenco inquilini o un job di scambio dati ERP</translation>
    </message>
    <message>
        <source>&amp;Properties</source>
        <translation>&amp;Stabili</translation>
    </message>
    <message>
        <source>The master data could not be read: %1</source>
        <translation>Non è stato possibile leggere i dati di base: %1</translation>
    </message>
    <message>
        <source>Filter properties</source>
        <translation>Filtra stabili</translation>
    </message>
    <message>
        <source>Filter: property name or ERP reference</source>
        <translation>Filtro: nome dello stabile o riferimento ERP</translation>
    </message>
    <message>
        <source>Properties, buildings, units and tenancies</source>
        <translation>Stabili, edifici, oggetti e locazioni</translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation>Inquilini</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Inquilino</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dal</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Al</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>Invite this property&apos;s tenants not yet invited</source>
        <translation>Invita gli inquilini di questo stabile non ancora invitati</translation>
    </message>
    <message>
        <source>New &amp;alias user for this unit…</source>
        <translation>Nuovo utente a&amp;lias per questo oggetto…</translation>
    </message>
    <message>
        <source>New alias user for this unit</source>
        <translation>Nuovo utente alias per questo oggetto</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>Nessuna selezione</translation>
    </message>
    <message>
        <source>Select a property, building, unit or tenancy to see what it holds and who lives there.</source>
        <translation>Selezioni uno stabile, un edificio, un oggetto o una locazione per vedere cosa contiene e chi vi abita.</translation>
    </message>
    <message>
        <source>Import runs</source>
        <translation>Importazioni eseguite</translation>
    </message>
    <message>
        <source>dry run</source>
        <translation>simulazione</translation>
    </message>
    <message>
        <source>%1 new, %2 changed, %3 moved out</source>
        <translation>%1 nuovi, %2 modificati, %3 usciti</translation>
    </message>
    <message>
        <source>No import has run yet. Imports from cockpitctl, the drop folder and the import wizard appear here, each with its report.</source>
        <translation>Non è ancora stata eseguita alcuna importazione. Le importazioni da cockpitctl, dalla cartella di deposito e dalla procedura guidata di importazione compaiono qui, ciascuna con il suo rapporto.</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>Righe scartate</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifiche</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modificato</translation>
    </message>
    <message>
        <source>property</source>
        <translation>stabile</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avvertenze</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapporto</translation>
    </message>
    <message>
        <source>The import history could not be read: %1</source>
        <translation>Non è stato possibile leggere la cronologia delle importazioni: %1</translation>
    </message>
    <message>
        <source>Properties: %1</source>
        <translation>Stabili: %1</translation>
    </message>
    <message>
        <source>Properties matching: %1</source>
        <translation>Stabili corrispondenti: %1</translation>
    </message>
    <message numerus="yes">
        <source>the %n tenant(s) of %1 not yet invited</source>
        <translation>
            <numerusform>%n inquilino di %1 non ancora invitato</numerusform>
            <numerusform>i %n inquilini di %1 non ancora invitati</numerusform>
        </translation>
    </message>
    <message>
        <source>The details could not be read: %1</source>
        <translation>Non è stato possibile leggere i dettagli: %1</translation>
    </message>
    <message>
        <source>no ERP reference</source>
        <translation>nessun riferimento ERP</translation>
    </message>
    <message>
        <source>ERP reference %1</source>
        <translation>Riferimento ERP %1</translation>
    </message>
    <message>
        <source>%1 (%2 vacant)</source>
        <translation>%1 (%2 sfitti)</translation>
    </message>
    <message>
        <source>Property · %1</source>
        <translation>Stabile · %1</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Proprietario</translation>
    </message>
    <message>
        <source>Buildings</source>
        <translation>Edifici</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Oggetti</translation>
    </message>
    <message>
        <source>Current tenants</source>
        <translation>Inquilini attuali</translation>
    </message>
    <message>
        <source>Current tenancies</source>
        <translation>Locazioni attuali</translation>
    </message>
    <message>
        <source>Moving in</source>
        <translation>In entrata</translation>
    </message>
    <message>
        <source>Former tenancies</source>
        <translation>Locazioni precedenti</translation>
    </message>
    <message>
        <source>Building of %1 · %2</source>
        <translation>Edificio di %1 · %2</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <source>Unit in %1 · %2</source>
        <translation>Oggetto in %1 · %2</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>owned</source>
        <translation>di proprietà</translation>
    </message>
    <message>
        <source>rented</source>
        <translation>in locazione</translation>
    </message>
    <message>
        <source>Tenancies</source>
        <translation>Locazioni</translation>
    </message>
    <message>
        <source>Tenancy in %1 · %2</source>
        <translation>Locazione in %1 · %2</translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation>a tempo indeterminato</translation>
    </message>
    <message>
        <source>(no tenant)</source>
        <translation>(nessun inquilino)</translation>
    </message>
    <message>
        <source>%1 (alias)</source>
        <translation>%1 (alias)</translation>
    </message>
    <message>
        <source>alias user</source>
        <translation>utente alias</translation>
    </message>
    <message>
        <source>An alias user made by hand: the ERP does not deliver this person yet.</source>
        <translation>Un utente alias creato manualmente: l&apos;ERP non fornisce ancora questa persona.</translation>
    </message>
    <message>
        <source>Double-click a tenant, or select one and press Enter, to open their details.</source>
        <translation>Faccia doppio clic su un inquilino, oppure lo selezioni e prema Invio, per aprirne i dettagli.</translation>
    </message>
    <message>
        <source>Select an import run to see its report.</source>
        <translation>Selezioni un&apos;importazione per vederne il rapporto.</translation>
    </message>
    <message>
        <source>Import run %1</source>
        <translation>Importazione %1</translation>
    </message>
    <message>
        <source>%1, by %2: %3</source>
        <translation>%1, eseguita da %2: %3</translation>
    </message>
    <message>
        <source>%1, by %2</source>
        <translation>%1, eseguita da %2</translation>
    </message>
    <message>
        <source>Rows read: %1</source>
        <translation>Righe lette: %1</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> e altri %1</translation>
    </message>
    <message>
        <source>E-mail changed: %1</source>
        <translation>E-mail modificata: %1</translation>
    </message>
    <message>
        <source>Alias users created: %1</source>
        <translation>Utenti alias creati: %1</translation>
    </message>
    <message>
        <source>Only the first %1 changes were kept.</source>
        <translation>Sono state conservate solo le prime %1 modifiche.</translation>
    </message>
    <message>
        <source>added</source>
        <translation>aggiunti</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>aggiornati</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>invariati</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>terminati</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Stabili</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Collaboratori</translation>
    </message>
    <message>
        <source>Rejected rows (%1)</source>
        <translation>Righe scartate (%1)</translation>
    </message>
    <message>
        <source>Changes (%1%2)</source>
        <translation>Modifiche (%1%2)</translation>
    </message>
    <message>
        <source>Warnings (%1)</source>
        <translation>Avvertenze (%1)</translation>
    </message>
    <message>
        <source>Import histor&amp;y</source>
        <translation>Cronologia im&amp;portazioni</translation>
    </message>
    <message>
        <source>Invite the tenants &amp;not yet invited</source>
        <translation>Invita gli inquilini &amp;non ancora invitati</translation>
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
        <translation>Nuovo utente alias</translation>
    </message>
    <message>
        <source>An alias user stands for someone expected in %1 whom the ERP does not deliver yet, so tickets can be logged for them. Once the ERP delivers them, link the alias to that tenant: the tickets follow.</source>
        <translation>Un utente alias rappresenta una persona attesa in %1 che l&apos;ERP non fornisce ancora, così da poter registrare ticket a suo nome. Quando l&apos;ERP la fornisce, colleghi l&apos;alias a quell&apos;inquilino: i ticket lo seguono.</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nome completo</translation>
    </message>
    <message>
        <source>First and last name, as the tenant gives it</source>
        <translation>Nome e cognome, come li indica l&apos;inquilino</translation>
    </message>
    <message>
        <source>&amp;Expected move-in:</source>
        <translation>&amp;Entrata prevista:</translation>
    </message>
    <message>
        <source>Expected move-in</source>
        <translation>Entrata prevista</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Create alias user</source>
        <translation>&amp;Crea utente alias</translation>
    </message>
</context>
<context>
    <name>tc::NewTicketDialog</name>
    <message>
        <source>New ticket</source>
        <translation>Nuovo ticket</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Oggetto</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canale</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>What the tenant asks for, in a few words</source>
        <translation>Cosa chiede l&apos;inquilino, in poche parole</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorità</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuna</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>Ancora nessuno</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titolo:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descrizione:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Oggetto:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>Ca&amp;nale:</translation>
    </message>
    <message>
        <source>Cate&amp;gory:</source>
        <translation>Cate&amp;goria:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorità:</translation>
    </message>
    <message>
        <source>&amp;Assignee:</source>
        <translation>&amp;Responsabile:</translation>
    </message>
    <message>
        <source>Save the ticket</source>
        <translation>Salva il ticket</translation>
    </message>
    <message>
        <source>No unit</source>
        <translation>Nessun oggetto</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>first name last name</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>New ticket for %1</source>
        <translation>Nuovo ticket per %1</translation>
    </message>
    <message>
        <source>Du&amp;e:</source>
        <translation>Scaden&amp;za:</translation>
    </message>
</context>
<context>
    <name>tc::OfficeMailDesk</name>
    <message>
        <source>No keychain is available: the mail server&apos;s password is kept for this session only.</source>
        <translation>Nessun portachiavi disponibile: la password del server di posta viene conservata solo per questa sessione.</translation>
    </message>
    <message>
        <source>No keychain can be used (%1): the mail server&apos;s password is kept for this session only and asked for again at the next start.</source>
        <translation>Non è possibile usare alcun portachiavi (%1): la password del server di posta viene conservata solo per questa sessione e richiesta di nuovo al prossimo avvio.</translation>
    </message>
    <message>
        <source>The password is in the system&apos;s keychain.</source>
        <translation>La password si trova nel portachiavi del sistema.</translation>
    </message>
    <message>
        <source>No password is stored yet.</source>
        <translation>Non è ancora memorizzata alcuna password.</translation>
    </message>
    <message>
        <source>The mail server&apos;s password for %1 is not in the keychain yet.</source>
        <translation>La password del server di posta per %1 non è ancora nel portachiavi.</translation>
    </message>
    <message>
        <source>The keychain refused the password (%1): it is kept for this session only.</source>
        <translation>Il portachiavi ha rifiutato la password (%1): viene conservata solo per questa sessione.</translation>
    </message>
    <message>
        <source>The mail server wants a password for %1: enter it with &quot;Mail server password…&quot; first.</source>
        <translation>Il server di posta richiede una password per %1: la inserisca prima con «Password del server di posta…».</translation>
    </message>
    <message>
        <source>A test e-mail is on its way already.</source>
        <translation>Un&apos;e-mail di test è già in corso di invio.</translation>
    </message>
    <message>
        <source>Tenant Cockpit: test e-mail</source>
        <translation>Tenant Cockpit: e-mail di test</translation>
    </message>
    <message>
        <source>This test e-mail shows that the office&apos;s mail settings work.

Mail server: %1, port %2
</source>
        <translation>Questa e-mail di test dimostra che le impostazioni di posta dell&apos;amministrazione funzionano.

Server di posta: %1, porta %2
</translation>
    </message>
    <message>
        <source>The mail server took the test e-mail to %1.</source>
        <translation>Il server di posta ha accettato l&apos;e-mail di test per %1.</translation>
    </message>
    <message>
        <source>The test e-mail to %1 was not sent: %2</source>
        <translation>L&apos;e-mail di test per %1 non è stata inviata: %2</translation>
    </message>
</context>
<context>
    <name>tc::OutboxModel</name>
    <message>
        <source>Waiting</source>
        <translation>In attesa</translation>
    </message>
    <message>
        <source>Being sent</source>
        <translation>In invio</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Inviata</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Non riuscita</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Oggetto</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentativi</translation>
    </message>
    <message>
        <source>Next attempt / sent</source>
        <translation>Prossimo tentativo / invio</translation>
    </message>
    <message>
        <source>Server&apos;s answer</source>
        <translation>Risposta del server</translation>
    </message>
</context>
<context>
    <name>tc::OutboxSender</name>
    <message>
        <source>The mail transport went away.</source>
        <translation>Il trasporto della posta non è più disponibile.</translation>
    </message>
    <message>
        <source>Sending was cancelled.</source>
        <translation>L&apos;invio è stato annullato.</translation>
    </message>
    <message>
        <source>No mail transport.</source>
        <translation>Nessun trasporto della posta.</translation>
    </message>
    <message>
        <source>No sender address is set (smtp.from).</source>
        <translation>Non è impostato alcun indirizzo del mittente (smtp.from).</translation>
    </message>
</context>
<context>
    <name>tc::OutboxView</name>
    <message>
        <source>E-mails of the outbox</source>
        <translation>E-mail della posta in uscita</translation>
    </message>
    <message>
        <source>Show e-mails</source>
        <translation>Mostra e-mail</translation>
    </message>
    <message>
        <source>All e-mails</source>
        <translation>Tutte le e-mail</translation>
    </message>
    <message>
        <source>&amp;Send now</source>
        <translation>&amp;Invia ora</translation>
    </message>
    <message>
        <source>Send the waiting e-mails now</source>
        <translation>Invia ora le e-mail in attesa</translation>
    </message>
    <message>
        <source>&amp;Retry failed</source>
        <translation>&amp;Riprova quelle non riuscite</translation>
    </message>
    <message>
        <source>Put failed e-mails back in the queue</source>
        <translation>Rimetti in coda le e-mail non riuscite</translation>
    </message>
    <message>
        <source>The selected failed e-mails, or all failed ones when none is selected, are sent again. Fix what the server complained about first.</source>
        <translation>Le e-mail non riuscite selezionate, oppure tutte quelle non riuscite se non ne è selezionata nessuna, vengono inviate di nuovo. Risolva prima il problema segnalato dal server.</translation>
    </message>
    <message>
        <source>Sending stopped: %1 The e-mails wait and are tried again later.</source>
        <translation>Invio interrotto: %1 Le e-mail restano in attesa e verranno inviate di nuovo più tardi.</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Posta in uscita</translation>
    </message>
    <message>
        <source>The outbox could not be read: %1</source>
        <translation>Non è stato possibile leggere la posta in uscita: %1</translation>
    </message>
    <message>
        <source>Waiting: %1 · Failed: %2 · Sent: %3</source>
        <translation>In attesa: %1 · Non riuscite: %2 · Inviate: %3</translation>
    </message>
    <message>
        <source>Retry failed e-mails</source>
        <translation>Riprova le e-mail non riuscite</translation>
    </message>
    <message>
        <source>None of the selected e-mails failed. Select failed ones, or none to retry all.</source>
        <translation>Nessuna delle e-mail selezionate è tra quelle non riuscite. Selezioni quelle non riuscite, oppure nessuna per riprovarle tutte.</translation>
    </message>
</context>
<context>
    <name>tc::PinboardPostDialog</name>
    <message>
        <source>Change pinboard post</source>
        <translation>Modifica avviso in bacheca</translation>
    </message>
    <message>
        <source>New pinboard post</source>
        <translation>Nuovo avviso in bacheca</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Text of the post</source>
        <translation>Testo dell&apos;avviso</translation>
    </message>
    <message>
        <source>A blank line starts a new paragraph. **Bold**, lists with &quot;- &quot; or &quot;1. &quot;, and web or e-mail addresses as links.</source>
        <translation>Una riga vuota inizia un nuovo paragrafo. **Grassetto**, elenchi con &quot;- &quot; o &quot;1. &quot;, e indirizzi web o e-mail come link.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Anteprima</translation>
    </message>
    <message>
        <source>The &amp;whole company</source>
        <translation>Tutta l&apos;&amp;azienda</translation>
    </message>
    <message>
        <source>&amp;Chosen properties and buildings:</source>
        <translation>Stabili ed edifici s&amp;celti:</translation>
    </message>
    <message>
        <source>Find a property</source>
        <translation>Trova uno stabile</translation>
    </message>
    <message>
        <source>Find a property by name or reference</source>
        <translation>Trova uno stabile per nome o riferimento</translation>
    </message>
    <message>
        <source>Properties and buildings</source>
        <translation>Stabili ed edifici</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Per</translation>
    </message>
    <message>
        <source>Shown &amp;from</source>
        <translation>Visibile &amp;dal</translation>
    </message>
    <message>
        <source>Shown from</source>
        <translation>Visibile dal</translation>
    </message>
    <message>
        <source>Shown &amp;until</source>
        <translation>Visibile &amp;fino al</translation>
    </message>
    <message>
        <source>Shown until</source>
        <translation>Visibile fino al</translation>
    </message>
    <message>
        <source>&amp;Important: e-mail it to every tenant it is for</source>
        <translation>&amp;Importante: inviarlo per e-mail a ogni inquilino destinatario</translation>
    </message>
    <message>
        <source>Also to tenants who &amp;move in later</source>
        <translation>Anche agli inquilini che &amp;entrano in seguito</translation>
    </message>
    <message>
        <source>&amp;Notify again: e-mail the changed post to its tenants</source>
        <translation>&amp;Notifica di nuovo: inviare per e-mail l&apos;avviso modificato ai suoi inquilini</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Pubblica</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titolo:</translation>
    </message>
    <message>
        <source>Tick the properties or buildings the post is for.</source>
        <translation>Spunti gli stabili o gli edifici a cui è destinato l&apos;avviso.</translation>
    </message>
    <message>
        <source>Counting the tenants who will be e-mailed…</source>
        <translation>Conteggio degli inquilini che riceveranno l&apos;e-mail…</translation>
    </message>
    <message>
        <source>Who will be e-mailed could not be counted: %1</source>
        <translation>Non è stato possibile contare chi riceverà l&apos;e-mail: %1</translation>
    </message>
    <message numerus="yes">
        <source>E-mailed to %1 tenant(s) in their language.</source>
        <translation>
            <numerusform>Inviato per e-mail a %1 inquilino nella sua lingua.</numerusform>
            <numerusform>Inviato per e-mail a %1 inquilini nella loro lingua.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be reached (no e-mail address or not invited): &lt;a href=&quot;#unreachable&quot;&gt;show who&lt;/a&gt;.</source>
        <translation>
            <numerusform>%1 non è raggiungibile (nessun indirizzo e-mail o non invitato): &lt;a href=&quot;#unreachable&quot;&gt;mostra chi&lt;/a&gt;.</numerusform>
            <numerusform>%1 non sono raggiungibili (nessun indirizzo e-mail o non invitati): &lt;a href=&quot;#unreachable&quot;&gt;mostra chi&lt;/a&gt;.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tenants who cannot be e-mailed</source>
        <translation>Inquilini non raggiungibili via e-mail</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Inquilino</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Riferimento</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>They see the post in the tenant app once they are invited and registered; an e-mail address comes with the ERP&apos;s next import or in the tenant&apos;s data.</source>
        <translation>Vedranno l&apos;avviso nell&apos;app inquilini una volta invitati e registrati; l&apos;indirizzo e-mail arriva con la prossima importazione dall&apos;ERP o va inserito nei dati dell&apos;inquilino.</translation>
    </message>
    <message>
        <source>all</source>
        <translation>tutti</translation>
    </message>
    <message numerus="yes">
        <source>E-mail this post to %1 tenant(s) now?</source>
        <translation>
            <numerusform>Inviare ora questo avviso per e-mail a %1 inquilino?</numerusform>
            <numerusform>Inviare ora questo avviso per e-mail a %1 inquilini?</numerusform>
        </translation>
    </message>
    <message>
        <source>E-mail this post to every tenant it is for now?</source>
        <translation>Inviare ora questo avviso per e-mail a tutti gli inquilini destinatari?</translation>
    </message>
    <message>
        <source>Queuing the e-mails…</source>
        <translation>Messa in coda delle e-mail…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Salvataggio…</translation>
    </message>
</context>
<context>
    <name>tc::PinboardPostsModel</name>
    <message>
        <source>%L1 sent, %L2 failed, %L3 waiting</source>
        <translation>%L1 inviate, %L2 non riuscite, %L3 in attesa</translation>
    </message>
    <message>
        <source>Important: %1</source>
        <translation>Importante: %1</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Per</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Scritto da</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Pubblicato</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>E-mail</translation>
    </message>
</context>
<context>
    <name>tc::PinboardView</name>
    <message>
        <source>Show the posts of</source>
        <translation>Mostra gli avvisi di</translation>
    </message>
    <message>
        <source>Pinboard posts</source>
        <translation>Avvisi in bacheca</translation>
    </message>
    <message>
        <source>The selected post</source>
        <translation>L&apos;avviso selezionato</translation>
    </message>
    <message>
        <source>&amp;New post…</source>
        <translation>&amp;Nuovo avviso…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Modifica…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Elimina</translation>
    </message>
    <message>
        <source>Pinboard</source>
        <translation>Bacheca</translation>
    </message>
    <message>
        <source>All posts</source>
        <translation>Tutti gli avvisi</translation>
    </message>
    <message>
        <source>Tenants of %1</source>
        <translation>Inquilini di %1</translation>
    </message>
    <message>
        <source>The pinboard could not be read: %1</source>
        <translation>Non è stato possibile leggere la bacheca: %1</translation>
    </message>
    <message>
        <source>No posts yet. &quot;New post…&quot; writes one.</source>
        <translation>Ancora nessun avviso. Con «Nuovo avviso…» se ne scrive uno.</translation>
    </message>
    <message>
        <source>No posts yet.</source>
        <translation>Ancora nessun avviso.</translation>
    </message>
    <message>
        <source>For: %1</source>
        <translation>Per: %1</translation>
    </message>
    <message>
        <source>Written by %1, published %2</source>
        <translation>Scritto da %1, pubblicato il %2</translation>
    </message>
    <message>
        <source>Changed %1</source>
        <translation>Modificato il %1</translation>
    </message>
    <message>
        <source>Shown %1 – %2</source>
        <translation>Visibile %1 – %2</translation>
    </message>
    <message>
        <source>from publication</source>
        <translation>dalla pubblicazione</translation>
    </message>
    <message>
        <source>until deleted</source>
        <translation>fino all&apos;eliminazione</translation>
    </message>
    <message>
        <source>E-mails: %1</source>
        <translation>E-mail: %1</translation>
    </message>
    <message>
        <source>Important; no e-mails were sent for it</source>
        <translation>Importante; non sono state inviate e-mail</translation>
    </message>
    <message>
        <source>Important:</source>
        <translation>Importante:</translation>
    </message>
    <message>
        <source>Delete the post &quot;%1&quot;? Tenants no longer see it.</source>
        <translation>Eliminare l&apos;avviso «%1»? Gli inquilini non lo vedranno più.</translation>
    </message>
    <message>
        <source>Its e-mails that went out stay sent (%1 of them); the %2 still waiting are not sent. The audit log keeps what the post said.</source>
        <translation>Le e-mail già partite restano inviate (%1); le %2 ancora in attesa non vengono inviate. Il registro conserva il contenuto dell&apos;avviso.</translation>
    </message>
    <message>
        <source>Delete pinboard post</source>
        <translation>Elimina avviso in bacheca</translation>
    </message>
</context>
<context>
    <name>tc::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferenze</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Come il sistema (%1)</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Aspetto</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Come il sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Chiaro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Scuro</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>&amp;Aspetto:</translation>
    </message>
    <message>
        <source>Dates and numbers are written as the language writes them. Language and appearance take effect when Tenant Cockpit starts next.</source>
        <translation>Date e numeri sono scritti secondo l&apos;uso della lingua. Lingua e aspetto valgono dal prossimo avvio di Tenant Cockpit.</translation>
    </message>
</context>
<context>
    <name>tc::SecretStore</name>
    <message>
        <source>no keychain service is installed or running</source>
        <translation>nessun servizio portachiavi è installato o in esecuzione</translation>
    </message>
    <message>
        <source>access was refused</source>
        <translation>l&apos;accesso è stato rifiutato</translation>
    </message>
    <message>
        <source>the keychain is locked or refused access</source>
        <translation>il portachiavi è bloccato o ha rifiutato l&apos;accesso</translation>
    </message>
    <message>
        <source>this system&apos;s keychain cannot do this</source>
        <translation>il portachiavi di questo sistema non supporta questa operazione</translation>
    </message>
    <message>
        <source>error %1</source>
        <translation>errore %1</translation>
    </message>
    <message>
        <source>The keychain cannot be used: %1</source>
        <translation>Il portachiavi non può essere usato: %1</translation>
    </message>
    <message numerus="yes">
        <source>The keychain cannot be used: no answer within %n second(s)</source>
        <translation>
            <numerusform>Il portachiavi non può essere usato: nessuna risposta entro %n secondo</numerusform>
            <numerusform>Il portachiavi non può essere usato: nessuna risposta entro %n secondi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tc::SmtpClient</name>
    <message>
        <source>Sending was cancelled.</source>
        <translation>L&apos;invio è stato annullato.</translation>
    </message>
    <message>
        <source>No mail server is set (setting %1).</source>
        <translation>Non è impostato alcun server di posta (impostazione %1).</translation>
    </message>
    <message>
        <source>Mail is not sent to %1 without encryption: only a mail server on this computer may be used without it. Choose &quot;starttls&quot; or &quot;tls&quot; for setting %2.</source>
        <translation>La posta non viene inviata a %1 senza cifratura: senza cifratura si può usare solo un server di posta su questo computer. Scelga &quot;starttls&quot; o &quot;tls&quot; per l&apos;impostazione %2.</translation>
    </message>
    <message>
        <source>This computer cannot encrypt connections (no TLS library found), so no mail is sent to %1.</source>
        <translation>Questo computer non può cifrare le connessioni (nessuna libreria TLS trovata), quindi non viene inviata posta a %1.</translation>
    </message>
    <message>
        <source>The CA file %1 for the mail server cannot be read: %2</source>
        <translation>Il file CA %1 per il server di posta non può essere letto: %2</translation>
    </message>
    <message>
        <source>The CA file %1 for the mail server holds no certificate.</source>
        <translation>Il file CA %1 per il server di posta non contiene alcun certificato.</translation>
    </message>
    <message>
        <source>The certificate of the mail server %1 is not trusted, so nothing was sent: %2</source>
        <translation>Il certificato del server di posta %1 non è attendibile, quindi non è stato inviato nulla: %2</translation>
    </message>
    <message>
        <source>Mail is not sent to %1 (%2) without encryption: it is not this computer.</source>
        <translation>La posta non viene inviata a %1 (%2) senza cifratura: non si tratta di questo computer.</translation>
    </message>
    <message>
        <source>The mail server %1 answered something that is not SMTP: %2</source>
        <translation>Il server di posta %1 ha risposto con qualcosa che non è SMTP: %2</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>il server ha chiuso la connessione</translation>
    </message>
    <message>
        <source>Could not connect to the mail server %1 (port %2): %3</source>
        <translation>Impossibile connettersi al server di posta %1 (porta %2): %3</translation>
    </message>
    <message>
        <source>The encrypted connection (TLS) to the mail server %1 could not be set up: %2</source>
        <translation>Non è stato possibile stabilire la connessione cifrata (TLS) al server di posta %1: %2</translation>
    </message>
    <message>
        <source>Connection lost to the mail server %1: %2</source>
        <translation>Connessione al server di posta %1 persa: %2</translation>
    </message>
    <message>
        <source>Connection lost while the message was being sent to %1: %2</source>
        <translation>Connessione persa durante l&apos;invio del messaggio a %1: %2</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>connessione</translation>
    </message>
    <message>
        <source>the TLS handshake</source>
        <translation>handshake TLS</translation>
    </message>
    <message>
        <source>the next reply</source>
        <translation>risposta successiva</translation>
    </message>
    <message>
        <source>The mail server %1 did not answer within %2 s (waiting for %3).</source>
        <translation>Il server di posta %1 non ha risposto entro %2 s (in attesa: %3).</translation>
    </message>
    <message>
        <source>The mail server %1 sent a reply nobody asked for: %2</source>
        <translation>Il server di posta %1 ha inviato una risposta non richiesta: %2</translation>
    </message>
    <message>
        <source>The mail server %1 refused the login of %2: %3</source>
        <translation>Il server di posta %1 ha rifiutato l&apos;accesso di %2: %3</translation>
    </message>
    <message>
        <source>The mail server %1 does not take mail now: %2</source>
        <translation>Il server di posta %1 al momento non accetta posta: %2</translation>
    </message>
    <message>
        <source>The mail server %1 refused the greeting (EHLO): %2</source>
        <translation>Il server di posta %1 ha rifiutato il saluto (EHLO): %2</translation>
    </message>
    <message>
        <source>The mail server %1 refused to encrypt the connection (STARTTLS): %2</source>
        <translation>Il server di posta %1 ha rifiutato di cifrare la connessione (STARTTLS): %2</translation>
    </message>
    <message>
        <source>The mail server %1 sent more than it should after STARTTLS; the connection is not trusted.</source>
        <translation>Il server di posta %1 ha inviato più dati del previsto dopo STARTTLS; la connessione non è attendibile.</translation>
    </message>
    <message>
        <source>The mail server %1 refused to start over (RSET): %2</source>
        <translation>Il server di posta %1 ha rifiutato di ricominciare (RSET): %2</translation>
    </message>
    <message>
        <source>The mail server %1 does not offer encryption (STARTTLS), so neither the login nor any mail is sent to it. If it expects encryption from the first byte (usually port 465), choose &quot;tls&quot;.</source>
        <translation>Il server di posta %1 non offre la cifratura (STARTTLS), quindi non gli vengono inviati né i dati di accesso né alcuna posta. Se richiede la cifratura fin dal primo byte (di solito porta 465), scelga &quot;tls&quot;.</translation>
    </message>
    <message>
        <source>The mail server %1 offers no login this program can use (PLAIN or LOGIN); it offers: %2</source>
        <translation>Il server di posta %1 non offre alcun metodo di accesso utilizzabile da questo programma (PLAIN o LOGIN); offre: %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <source>The mail server %1 answered out of turn: %2</source>
        <translation>Il server di posta %1 ha risposto fuori sequenza: %2</translation>
    </message>
    <message>
        <source>The message has no recipient address.</source>
        <translation>Il messaggio non ha alcun indirizzo del destinatario.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address that can be sent to.</source>
        <translation>«%1» non è un indirizzo e-mail a cui si possa inviare.</translation>
    </message>
    <message>
        <source>The domain of &quot;%1&quot; is not valid.</source>
        <translation>Il dominio di «%1» non è valido.</translation>
    </message>
    <message>
        <source>The address &quot;%1&quot; has letters beyond ASCII before the @, and the mail server %2 does not accept such addresses (SMTPUTF8).</source>
        <translation>L&apos;indirizzo «%1» contiene lettere non ASCII prima della @, e il server di posta %2 non accetta tali indirizzi (SMTPUTF8).</translation>
    </message>
    <message>
        <source>the greeting</source>
        <translation>saluto del server</translation>
    </message>
    <message>
        <source>the reply to EHLO</source>
        <translation>risposta a EHLO</translation>
    </message>
    <message>
        <source>the reply to STARTTLS</source>
        <translation>risposta a STARTTLS</translation>
    </message>
    <message>
        <source>the reply to the login</source>
        <translation>risposta all&apos;accesso</translation>
    </message>
    <message>
        <source>the reply to MAIL FROM</source>
        <translation>risposta a MAIL FROM</translation>
    </message>
    <message>
        <source>the reply to RCPT TO</source>
        <translation>risposta a RCPT TO</translation>
    </message>
    <message>
        <source>the reply to DATA</source>
        <translation>risposta a DATA</translation>
    </message>
    <message>
        <source>the reply to the end of the message</source>
        <translation>risposta alla fine del messaggio</translation>
    </message>
    <message>
        <source>the reply to RSET</source>
        <translation>risposta a RSET</translation>
    </message>
    <message>
        <source>the reply to QUIT</source>
        <translation>risposta a QUIT</translation>
    </message>
</context>
<context>
    <name>tc::TenantDetailDialog</name>
    <message>
        <source>alias user made by hand</source>
        <translation>utente alias creato manualmente</translation>
    </message>
    <message>
        <source>alias (no e-mail yet)</source>
        <translation>alias (ancora senza e-mail)</translation>
    </message>
    <message>
        <source>invited</source>
        <translation>invitato</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>registrato</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importato</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Inquilino</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>Company default</source>
        <translation>Predefinita dell&apos;azienda</translation>
    </message>
    <message>
        <source>Managed by the ERP</source>
        <translation>Gestito dall&apos;ERP</translation>
    </message>
    <message>
        <source>Name, e-mail and phone are managed by the ERP</source>
        <translation>Nome, e-mail e telefono sono gestiti dall&apos;ERP</translation>
    </message>
    <message>
        <source>You can look at this tenant&apos;s data; changing it needs an administrator.</source>
        <translation>Può consultare i dati di questo inquilino; per modificarli occorre un amministratore.</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Cognome:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefono:</translation>
    </message>
    <message>
        <source>L&amp;anguage:</source>
        <translation>&amp;Lingua:</translation>
    </message>
    <message>
        <source>Tenancies</source>
        <translation>Locazioni</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Oggetto</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Stabile</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dal</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Al</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>History of changes</source>
        <translation>Cronologia delle modifiche</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Chi</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Cosa</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Prima</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Dopo</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Ultima modifica</translation>
    </message>
    <message>
        <source>&amp;New ticket…</source>
        <translation>N&amp;uovo ticket…</translation>
    </message>
    <message>
        <source>New ticket for this tenant</source>
        <translation>Nuovo ticket per questo inquilino</translation>
    </message>
    <message>
        <source>New ticket for this tenant (%1)</source>
        <translation>Nuovo ticket per questo inquilino (%1)</translation>
    </message>
    <message>
        <source>New ticket</source>
        <translation>Nuovo ticket</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <source>Save the tenant&apos;s data</source>
        <translation>Salva i dati dell&apos;inquilino</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Ricarica</translation>
    </message>
    <message>
        <source>Read the tenant&apos;s data again</source>
        <translation>Rileggi i dati dell&apos;inquilino</translation>
    </message>
    <message>
        <source>&amp;Invite</source>
        <translation>&amp;Invita</translation>
    </message>
    <message>
        <source>Invite to the tenant app</source>
        <translation>Invita all&apos;app inquilini</translation>
    </message>
    <message>
        <source>Close the tenant</source>
        <translation>Chiudi la scheda dell&apos;inquilino</translation>
    </message>
    <message>
        <source>The tenant could not be read: %1</source>
        <translation>Non è stato possibile leggere i dati dell&apos;inquilino: %1</translation>
    </message>
    <message>
        <source>Tenant – %1</source>
        <translation>Inquilino – %1</translation>
    </message>
    <message>
        <source>ERP reference %1</source>
        <translation>Riferimento ERP %1</translation>
    </message>
    <message>
        <source>from the ERP</source>
        <translation>dall&apos;ERP</translation>
    </message>
    <message>
        <source>entered in the Cockpit</source>
        <translation>inserito nel Cockpit</translation>
    </message>
    <message>
        <source>Tic&amp;kets could not be read: %1</source>
        <translation>Non è stato possibile leggere i tic&amp;ket: %1</translation>
    </message>
    <message>
        <source>Tic&amp;kets: none yet</source>
        <translation>Tic&amp;ket: ancora nessuno</translation>
    </message>
    <message>
        <source>Tic&amp;kets (%1, %2 open), newest first</source>
        <translation>Tic&amp;ket (%1, %2 aperti), dal più recente</translation>
    </message>
    <message>
        <source>Ticket %1 saved.</source>
        <translation>Ticket %1 salvato.</translation>
    </message>
    <message>
        <source>International form: %1</source>
        <translation>Formato internazionale: %1</translation>
    </message>
    <message>
        <source>current</source>
        <translation>attuale</translation>
    </message>
    <message>
        <source>former</source>
        <translation>precedente</translation>
    </message>
    <message>
        <source>moving in</source>
        <translation>in entrata</translation>
    </message>
    <message>
        <source>expected (alias user)</source>
        <translation>atteso (utente alias)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Tenancies (%1)</source>
        <translation>L&amp;ocazioni (%1)</translation>
    </message>
    <message>
        <source>&amp;History of changes: none recorded yet</source>
        <translation>Cronologia delle &amp;modifiche: ancora nessuna registrata</translation>
    </message>
    <message>
        <source>&amp;History of changes (%1), newest first</source>
        <translation>Cronologia delle &amp;modifiche (%1), dalla più recente</translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation>Nulla da salvare.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Salvato.</translation>
    </message>
    <message>
        <source>Send re&amp;minder</source>
        <translation>Invia &amp;promemoria</translation>
    </message>
</context>
<context>
    <name>tc::TenantSearchDialog</name>
    <message>
        <source>Find a tenant</source>
        <translation>Trova un inquilino</translation>
    </message>
    <message>
        <source>Search tenants</source>
        <translation>Cerca inquilini</translation>
    </message>
    <message>
        <source>Name, phone number, unit, street, e-mail or reference</source>
        <translation>Nome, numero di telefono, oggetto, via, e-mail o riferimento</translation>
    </message>
    <message>
        <source>Tenants found</source>
        <translation>Inquilini trovati</translation>
    </message>
    <message>
        <source>Search state</source>
        <translation>Stato della ricerca</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>La ricerca non è riuscita: %1</translation>
    </message>
    <message>
        <source>Type a name, a phone number in any spelling, a unit, a street or a reference.</source>
        <translation>Digiti un nome, un numero di telefono in qualsiasi forma, un oggetto, una via o un riferimento.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Ricerca in corso…</translation>
    </message>
    <message>
        <source>Nobody found for &quot;%1&quot;.</source>
        <translation>Nessun risultato per «%1».</translation>
    </message>
    <message numerus="yes">
        <source>%n tenant(s) found. Enter opens the selected one.</source>
        <translation>
            <numerusform>%n inquilino trovato. Con Invio si apre quello selezionato.</numerusform>
            <numerusform>%n inquilini trovati. Con Invio si apre quello selezionato.</numerusform>
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
        <translation>alias</translation>
    </message>
    <message>
        <source>invited</source>
        <translation>invitato</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>registrato</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importato</translation>
    </message>
    <message>
        <source>%1, former tenant</source>
        <translation>%1, inquilino precedente</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Oggetto</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Open tickets</source>
        <translation>Ticket aperti</translation>
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
        <translation>alias</translation>
    </message>
    <message>
        <source>invited</source>
        <translation>invitato</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>registrato</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importato</translation>
    </message>
    <message>
        <source>%1, %2 %3</source>
        <comment>street, postal code city</comment>
        <translation>%1, %2 %3</translation>
    </message>
    <message>
        <source>moving in %1</source>
        <translation>entra il %1</translation>
    </message>
    <message>
        <source>moved out %1</source>
        <translation>ha lasciato il %1</translation>
    </message>
    <message>
        <source>moving out %1</source>
        <translation>lascia il %1</translation>
    </message>
    <message>
        <source>current</source>
        <translation>attuale</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Oggetto</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <source>Tenancy</source>
        <translation>Locazione</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>ERP reference</source>
        <translation>Riferimento ERP</translation>
    </message>
</context>
<context>
    <name>tc::TenantsView</name>
    <message>
        <source>Tenants</source>
        <translation>Inquilini</translation>
    </message>
    <message>
        <source>The tenants could not be read: %1</source>
        <translation>Non è stato possibile leggere gli inquilini: %1</translation>
    </message>
    <message>
        <source>Filter tenants</source>
        <translation>Filtra inquilini</translation>
    </message>
    <message>
        <source>Filter: name, ERP reference or e-mail address</source>
        <translation>Filtro: nome, riferimento ERP o indirizzo e-mail</translation>
    </message>
    <message>
        <source>The beginning of a name (&quot;Müller&quot;, &quot;Meier, A&quot;), of an ERP reference, or a whole e-mail address. Case and accents do not matter.</source>
        <translation>L&apos;inizio di un nome («Bernasconi», «Rossi, A»), di un riferimento ERP, oppure un indirizzo e-mail completo. Maiuscole, minuscole e accenti non contano.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tutti gli stati</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importato</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Invitato</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registrato</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Current or former tenants</source>
        <translation>Inquilini attuali o precedenti</translation>
    </message>
    <message>
        <source>Current and former tenants</source>
        <translation>Inquilini attuali e precedenti</translation>
    </message>
    <message>
        <source>Current tenants</source>
        <translation>Inquilini attuali</translation>
    </message>
    <message>
        <source>Former tenants</source>
        <translation>Inquilini precedenti</translation>
    </message>
    <message>
        <source>&amp;Invite</source>
        <translation>&amp;Invita</translation>
    </message>
    <message>
        <source>Invite to the tenant app</source>
        <translation>Invita all&apos;app inquilini</translation>
    </message>
    <message>
        <source>Invite the &amp;selected tenants</source>
        <translation>Invita gli inquilini &amp;selezionati</translation>
    </message>
    <message>
        <source>Invite &amp;everyone not yet invited</source>
        <translation>Invita &amp;tutti quelli non ancora invitati</translation>
    </message>
    <message>
        <source>&amp;Alias users…</source>
        <translation>Utenti a&amp;lias…</translation>
    </message>
    <message>
        <source>Alias users made by hand</source>
        <translation>Utenti alias creati manualmente</translation>
    </message>
    <message>
        <source>Alias users made by hand for people the ERP does not deliver yet, and the tenants they may be</source>
        <translation>Utenti alias creati manualmente per persone che l&apos;ERP non fornisce ancora, e gli inquilini a cui potrebbero corrispondere</translation>
    </message>
    <message>
        <source>Select the tenants to invite first.</source>
        <translation>Selezioni prima gli inquilini da invitare.</translation>
    </message>
    <message numerus="yes">
        <source>the %n selected tenant(s)</source>
        <translation>
            <numerusform>%n inquilino selezionato</numerusform>
            <numerusform>i %n inquilini selezionati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>all %n tenant(s) not yet invited</source>
        <translation>
            <numerusform>%n inquilino non ancora invitato</numerusform>
            <numerusform>tutti i %n inquilini non ancora invitati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alias user(s) may be tenants the ERP delivered: &lt;a href=&quot;#aliases&quot;&gt;confirm or choose&lt;/a&gt;.</source>
        <translation>
            <numerusform>%n utente alias potrebbe corrispondere a un inquilino fornito dall&apos;ERP: &lt;a href=&quot;#aliases&quot;&gt;confermare o scegliere&lt;/a&gt;.</numerusform>
            <numerusform>%n utenti alias potrebbero corrispondere a inquilini forniti dall&apos;ERP: &lt;a href=&quot;#aliases&quot;&gt;confermare o scegliere&lt;/a&gt;.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tenants: %1</source>
        <translation>Inquilini: %1</translation>
    </message>
    <message>
        <source>more than %1</source>
        <translation>più di %1</translation>
    </message>
    <message>
        <source>Tenants: %1 of %2</source>
        <translation>Inquilini: %1 di %2</translation>
    </message>
</context>
<context>
    <name>tc::TicketConflictDialog</name>
    <message>
        <source>Ticket #%1 was changed meanwhile</source>
        <translation>Il ticket #%1 è stato modificato nel frattempo</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>qualcuno</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 saved ticket #%2 after you opened it.&lt;/b&gt; Nothing of yours has been saved yet. Choose which version to keep.</source>
        <translation>&lt;b&gt;%1 ha salvato il ticket #%2 dopo che Lei lo ha aperto.&lt;/b&gt; Nessuna delle Sue modifiche è ancora stata salvata. Scelga quale versione mantenere.</translation>
    </message>
    <message>
        <source>Their changes</source>
        <translation>Le loro modifiche</translation>
    </message>
    <message>
        <source>&amp;Your unsaved changes:</source>
        <translation>Le &amp;Sue modifiche non salvate:</translation>
    </message>
    <message>
        <source>Your unsaved changes</source>
        <translation>Le Sue modifiche non salvate</translation>
    </message>
    <message>
        <source>Keep my changes: yours are saved on top of theirs; where you both changed a field, yours wins. Take theirs: the ticket is shown as they left it and your edits are dropped.</source>
        <translation>Mantieni le mie modifiche: le Sue modifiche vengono salvate sopra le loro; se un campo è stato modificato da entrambe le parti, prevale la Sua versione. Accetta le loro: il ticket viene mostrato come è stato lasciato e le Sue modifiche vengono scartate.</translation>
    </message>
    <message>
        <source>&amp;Keep my changes</source>
        <translation>&amp;Mantieni le mie modifiche</translation>
    </message>
    <message>
        <source>Keep my changes</source>
        <translation>Mantieni le mie modifiche</translation>
    </message>
    <message>
        <source>&amp;Take theirs</source>
        <translation>&amp;Accetta le loro</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Accetta le loro</translation>
    </message>
    <message>
        <source>Back to editing</source>
        <translation>Torna alla modifica</translation>
    </message>
    <message>
        <source>Back to editing, nothing saved</source>
        <translation>Torna alla modifica, senza salvare nulla</translation>
    </message>
    <message>
        <source>T&amp;heir changes:</source>
        <translation>Le &amp;loro modifiche:</translation>
    </message>
</context>
<context>
    <name>tc::TicketHistoryList</name>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Chi</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modifica</translation>
    </message>
    <message>
        <source>Comment (internal note)</source>
        <translation>Commento (nota interna)</translation>
    </message>
    <message>
        <source>Comment (visible to tenant)</source>
        <translation>Commento (visibile all&apos;inquilino)</translation>
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
        <translation>Dettaglio del ticket</translation>
    </message>
    <message>
        <source>Select a ticket in the list to see it here.</source>
        <translation>Selezioni un ticket nell&apos;elenco per vederlo qui.</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Inquilino</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Oggetto</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Stabile</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creato</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Ultima modifica</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Only the statuses the workflow allows from the current one are offered.</source>
        <translation>Sono proposti solo gli stati che il flusso di lavoro consente a partire da quello attuale.</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorità</translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation>Sca&amp;denza:</translation>
    </message>
    <message>
        <source>Has a due date</source>
        <translation>Ha una scadenza</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuna</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canale</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Ripristina</translation>
    </message>
    <message>
        <source>Drop my edits</source>
        <translation>Scarta le mie modifiche</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <source>Save the ticket</source>
        <translation>Salva il ticket</translation>
    </message>
    <message>
        <source>Save the changes (Ctrl+S)</source>
        <translation>Salva le modifiche (Ctrl+S)</translation>
    </message>
    <message>
        <source>Tenant:</source>
        <translation>Inquilino:</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Oggetto:</translation>
    </message>
    <message>
        <source>Property:</source>
        <translation>Stabile:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Creato:</translation>
    </message>
    <message>
        <source>Last change:</source>
        <translation>Ultima modifica:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titolo:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>Descri&amp;zione:</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>&amp;Stato:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>Pri&amp;orità:</translation>
    </message>
    <message>
        <source>Assign&amp;ee:</source>
        <translation>Responsa&amp;bile:</translation>
    </message>
    <message>
        <source>Channe&amp;l:</source>
        <translation>Cana&amp;le:</translation>
    </message>
    <message>
        <source>Categor&amp;y:</source>
        <translation>Cate&amp;goria:</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Cronologia</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>Cronologia:</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commento</translation>
    </message>
    <message>
        <source>A comment; Ctrl+Return adds it</source>
        <translation>Un commento; Ctrl+Invio lo aggiunge</translation>
    </message>
    <message>
        <source>&amp;Internal note (the tenant does not see it)</source>
        <translation>Nota &amp;interna (l&apos;inquilino non la vede)</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Nota interna</translation>
    </message>
    <message>
        <source>Add &amp;comment</source>
        <translation>Aggi&amp;ungi commento</translation>
    </message>
    <message>
        <source>Add comment</source>
        <translation>Aggiungi commento</translation>
    </message>
    <message>
        <source>Add the comment to the history (Ctrl+Return)</source>
        <translation>Aggiungi il commento alla cronologia (Ctrl+Invio)</translation>
    </message>
    <message>
        <source>Someone else changed this ticket while you were editing it. Your edits are kept; saving shows what they changed and lets you choose.</source>
        <translation>Qualcun altro ha modificato questo ticket mentre Lei lo stava modificando. Le Sue modifiche vengono mantenute; al salvataggio vedrà cosa è stato cambiato e potrà scegliere.</translation>
    </message>
    <message>
        <source>#%1 · %2</source>
        <translation>#%1 · %2</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 da %2</translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>Non è stato possibile leggere la cronologia: %1</translation>
    </message>
    <message>
        <source>%1 (now)</source>
        <translation>%1 (attuale)</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Nessuno</translation>
    </message>
    <message>
        <source>Title: %1</source>
        <translation>Titolo: %1</translation>
    </message>
    <message>
        <source>Description: %1</source>
        <translation>Descrizione: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Stato: %1</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <source>Assignee: %1</source>
        <translation>Responsabile: %1</translation>
    </message>
    <message>
        <source>Priority: %1</source>
        <translation>Priorità: %1</translation>
    </message>
    <message>
        <source>Due date: %1</source>
        <translation>Scadenza: %1</translation>
    </message>
    <message>
        <source>Channel: %1</source>
        <translation>Canale: %1</translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>Categoria: %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Salvato.</translation>
    </message>
    <message>
        <source>Their version is shown; your edits were dropped.</source>
        <translation>Viene mostrata la loro versione; le Sue modifiche sono state scartate.</translation>
    </message>
    <message>
        <source>Not saved: ticket #%1 was changed by someone else. Your edits are still here; save again to choose.</source>
        <translation>Non salvato: il ticket #%1 è stato modificato da qualcun altro. Le Sue modifiche sono ancora qui; salvi di nuovo per scegliere.</translation>
    </message>
    <message>
        <source>Write the comment first.</source>
        <translation>Scriva prima il commento.</translation>
    </message>
    <message>
        <source>&amp;Save the ticket</source>
        <translation>&amp;Salva il ticket</translation>
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
        <translation>N.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Inquilino</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Oggetto</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorità</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aggiornato</translation>
    </message>
</context>
</TS>
