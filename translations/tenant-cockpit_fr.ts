<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AgentLogins</name>
    <message>
        <source>On a PostgreSQL server the server itself checks who logs in: connect as the agent&apos;s database role (the login), with its password.</source>
        <translation>Sur un serveur PostgreSQL, c&apos;est le serveur lui-même qui contrôle les connexions&#xa0;: connectez-vous avec le rôle de base de données du collaborateur (son identifiant) et son mot de passe.</translation>
    </message>
    <message>
        <source>The login or the password is wrong.</source>
        <translation>L&apos;identifiant ou le mot de passe est incorrect.</translation>
    </message>
    <message>
        <source>%1 (%2) is disabled and cannot log in.</source>
        <translation>%1 (%2) est désactivé et ne peut pas se connecter.</translation>
    </message>
    <message>
        <source>Only a manager can set another agent&apos;s password.</source>
        <translation>Seule la direction peut définir le mot de passe d&apos;un autre collaborateur.</translation>
    </message>
    <message>
        <source>The office&apos;s first login must be a manager&apos;s, and %1 (%2) is not a manager.</source>
        <translation>Le premier identifiant de la gérance doit être celui d&apos;un membre de la direction, et %1 (%2) n&apos;en fait pas partie.</translation>
    </message>
    <message>
        <source>This office has logins already: log in with yours.</source>
        <translation>Cette gérance utilise déjà des identifiants&#xa0;: connectez-vous avec le vôtre.</translation>
    </message>
</context>
<context>
    <name>Agents</name>
    <message>
        <source>&quot;%1&quot; cannot be a login: it has 2 to 64 characters, each a letter (a-z), a digit or one of . _ -.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être un identifiant&#xa0;: il compte de 2 à 64 caractères, chacun étant une lettre (a-z), un chiffre ou l&apos;un des signes . _ -.</translation>
    </message>
    <message>
        <source>There is no agent with the login &quot;%1&quot;.</source>
        <translation>Il n&apos;existe aucun collaborateur avec l&apos;identifiant «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>There is no agent %1.</source>
        <translation>Le collaborateur %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Adding an agent needs a manager.</source>
        <translation>Seule la direction peut ajouter un collaborateur.</translation>
    </message>
    <message>
        <source>An agent needs a name of at most 200 characters, without line breaks.</source>
        <translation>Un collaborateur doit avoir un nom de 200 caractères au plus, sans saut de ligne.</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; is taken (by %2).</source>
        <translation>L&apos;identifiant «&#xa0;%1&#xa0;» est déjà pris (par %2).</translation>
    </message>
    <message>
        <source>another agent</source>
        <translation>un autre collaborateur</translation>
    </message>
    <message>
        <source>%1 (%2) is the office&apos;s last active manager and cannot be %3: make another agent a manager first.</source>
        <translation>%1 (%2) est le dernier membre actif de la direction de la gérance et ne peut pas être %3&#xa0;: nommez d&apos;abord un autre collaborateur à la direction.</translation>
    </message>
    <message>
        <source>Changing an agent&apos;s role needs a manager.</source>
        <translation>Seule la direction peut changer le rôle d&apos;un collaborateur.</translation>
    </message>
    <message>
        <source>given another role</source>
        <translation>affecté à un autre rôle</translation>
    </message>
    <message>
        <source>Disabling an agent needs a manager.</source>
        <translation>Seule la direction peut désactiver un collaborateur.</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>désactivé</translation>
    </message>
</context>
<context>
    <name>AliasUsers</name>
    <message>
        <source>Creating an alias user needs an administrator.</source>
        <translation>Seul un administrateur peut créer un utilisateur alias.</translation>
    </message>
    <message>
        <source>Alias users are switched off for this company (setting alias_users): a manager can switch them on.</source>
        <translation>Les utilisateurs alias sont désactivés pour cette entreprise (paramètre alias_users)&#xa0;: la direction peut les activer.</translation>
    </message>
    <message>
        <source>An alias user needs a name.</source>
        <translation>Un utilisateur alias doit avoir un nom.</translation>
    </message>
    <message>
        <source>A name has at most %1 characters.</source>
        <translation>Un nom compte %1 caractères au plus.</translation>
    </message>
    <message>
        <source>A name cannot hold line breaks or control characters.</source>
        <translation>Un nom ne peut contenir ni sauts de ligne ni caractères de contrôle.</translation>
    </message>
    <message>
        <source>The expected move-in is not a valid date.</source>
        <translation>La date d&apos;emménagement prévue n&apos;est pas une date valide.</translation>
    </message>
    <message>
        <source>There is no unit %1.</source>
        <translation>L&apos;objet %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 already has an alias user for unit %2 (alias %3).</source>
        <translation>%1 a déjà un utilisateur alias pour l&apos;objet %2 (alias %3).</translation>
    </message>
    <message>
        <source>The new alias user got no number.</source>
        <translation>Le nouvel utilisateur alias n&apos;a pas reçu de numéro.</translation>
    </message>
    <message>
        <source>Alias user %1 was linked to a tenant already.</source>
        <translation>L&apos;utilisateur alias %1 a déjà été lié à un locataire.</translation>
    </message>
    <message>
        <source>There is no alias user %1 (see the list of alias users).</source>
        <translation>L&apos;utilisateur alias %1 n&apos;existe pas (voir la liste des utilisateurs alias).</translation>
    </message>
    <message>
        <source>Linking an alias user to a tenant needs an administrator.</source>
        <translation>Seul un administrateur peut lier un utilisateur alias à un locataire.</translation>
    </message>
    <message>
        <source>Alias user %1 (%2) was linked to a tenant already.</source>
        <translation>L&apos;utilisateur alias %1 (%2) a déjà été lié à un locataire.</translation>
    </message>
    <message>
        <source>%1 is the ERP&apos;s tenant %2 itself, not an alias made by hand: their tickets pass to their account when they register.</source>
        <translation>%1 est le locataire %2 de l&apos;ERP lui-même, pas un alias créé à la main&#xa0;: ses tickets passeront sur son compte lors de son inscription.</translation>
    </message>
    <message>
        <source>An alias user cannot be linked to itself.</source>
        <translation>Un utilisateur alias ne peut pas être lié à lui-même.</translation>
    </message>
    <message>
        <source>There is no tenant %1.</source>
        <translation>Le locataire %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 was merged into another person: link the alias to that person.</source>
        <translation>%1 a été fusionné avec une autre personne&#xa0;: liez l&apos;alias à cette personne.</translation>
    </message>
    <message>
        <source>%1 is an alias user too: link an alias to the tenant the ERP delivers.</source>
        <translation>%1 est aussi un utilisateur alias&#xa0;: liez l&apos;alias au locataire livré par l&apos;ERP.</translation>
    </message>
    <message>
        <source>%1 (alias user)</source>
        <translation>%1 (utilisateur alias)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>name (ERP reference)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Alias user %1 was linked by someone else meanwhile.</source>
        <translation>L&apos;utilisateur alias %1 a été lié entre-temps par quelqu&apos;un d&apos;autre.</translation>
    </message>
    <message>
        <source>%1 (registered)</source>
        <translation>%1 (inscrit)</translation>
    </message>
    <message>
        <source>%1 (%2, registered)</source>
        <translation>%1 (%2, inscrit)</translation>
    </message>
</context>
<context>
    <name>AttemptThrottle</name>
    <message numerus="yes">
        <source>Too many wrong attempts. Try again in %n second(s).</source>
        <translation>
            <numerusform>Trop de tentatives erronées. Réessayez dans %n seconde.</numerusform>
            <numerusform>Trop de tentatives erronées. Réessayez dans %n secondes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkInserter</name>
    <message>
        <source>The SQLite connection has no native handle.</source>
        <translation>La connexion SQLite ne fournit pas de handle natif.</translation>
    </message>
    <message>
        <source>Cannot prepare the insert into %1: %2</source>
        <translation>Impossible de préparer l&apos;insertion dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot write into %1: %2</source>
        <translation>Impossible d&apos;écrire dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The rows written into %1 got ids up to %2 instead of %3.</source>
        <translation>Les lignes écrites dans %1 ont reçu des ID jusqu&apos;à %2 au lieu de %3.</translation>
    </message>
    <message>
        <source>The PostgreSQL connection has no native handle.</source>
        <translation>La connexion PostgreSQL ne fournit pas de handle natif.</translation>
    </message>
</context>
<context>
    <name>Cockpitctl</name>
    <message>
        <source>none</source>
        <translation>aucun</translation>
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
        <translation>Utilisation&#xa0;: cockpitctl [--db URL] [--as LOGIN] [--json] COMMAND [ARGUMENTS]

Tenant Cockpit en ligne de commande&#xa0;: les mêmes services que le programme de bureau.

Commandes&#xa0;:
  init [--company NAME] [--demo N]  créer ou mettre à jour la base de données de la gérance; avec --demo,
                                    remplir une base vide avec N locataires de démonstration (et un ticket
                                    pour un locataire sur dix, 200 au plus)
  migrate                           mettre le schéma de la base de données à jour pour cette version
  status                            version du schéma et nombre de lignes par table
  version                           version du programme et du schéma
  backup FILE                       copier le fichier local de la gérance dans FILE (un nouveau fichier),
                                    même pendant que le programme de bureau ou une importation travaille
  restore FILE                      restaurer une copie faite par backup; les données actuelles sont
                                    d&apos;abord conservées à côté du fichier de la gérance (.before-restore-TIME)
  copy-to URL                       transférer la gérance locale dans une base PostgreSQL vide&#xa0;:
                                    schéma, toutes les lignes en une transaction, vérifiées par comptage
                                    et sommes de contrôle avant d&apos;être validées; le fichier reste inchangé
  settings list                     tous les paramètres de l&apos;entreprise avec leurs valeurs
  settings get KEY                  la valeur d&apos;un paramètre
  settings set KEY VALUE            modifier un paramètre (contrôlé selon son type)
  import PATH [--format auto|tenant-list|data-exchange] [--profile en|de|FILE]
         [--mode snapshot|delta] [--strict] [--dry-run] [--confirm]
                                    importer une liste des locataires CSV, un dossier d&apos;échange de
                                    données ERP ou un .zip de celui-ci (voir plus bas)
  import --watch DIR [--once]       importer chaque tâche complète déposée dans DIR, puis la déplacer
                                    dans DIR/done, DIR/failed ou DIR/awaiting avec son rapport;
                                    tourne jusqu&apos;à l&apos;arrêt, ou avec --once jusqu&apos;à ce que DIR soit vide
  imports list                      l&apos;historique des importations, les plus récentes d&apos;abord
  imports show RUN_ID               le rapport d&apos;une exécution, lignes rejetées comprises
  tenant show REF                   les données d&apos;un locataire, ses baux et l&apos;historique des modifications
  tenant set REF [--first-name N] [--last-name N] [--email A] [--phone P] [--language L]
                                    modifier les données d&apos;un locataire (nom, e-mail et téléphone sont
                                    refusés tant que l&apos;interface ERP est activée)
  tenants search TEXT [--limit N]   rechercher des locataires comme la recherche du programme de bureau,
                                    dans le même ordre&#xa0;: nom (majuscules et accents ignorés), numéro de
                                    téléphone sous toute forme ou ses derniers chiffres, objet, rue, localité,
                                    e-mail, référence; anciens locataires signalés (par défaut 50)
  invite (--tenant REF ... | --property REF | --all-uninvited)
                                    inviter des locataires à l&apos;application locataires par e-mail (un rappel
                                    avec le même code pour ceux déjà invités); indique qui a été mis
                                    en file d&apos;attente et qui a été refusé, avec le motif
  outbox list [--status S]          les e-mails de la boîte d&apos;envoi, les plus récents d&apos;abord (S&#xa0;: queued,
                                    sending, sent, failed)
  outbox send [--smtp-password-file FILE]
                                    envoyer les e-mails dus; indique combien ont été envoyés, ont échoué
                                    et ont été reportés
  outbox retry [ID ...]             remettre en file d&apos;attente les e-mails échoués (tous, ou ceux indiqués)
  tickets create --tenant REF --title TEXT [--description TEXT] [--channel C]
         [--category C] [--assignee LOGIN]
                                    saisir un ticket pour un locataire (canal&#xa0;: phone (par défaut), email,
                                    letter, walk_in, app); son objet est l&apos;objet actuel du locataire;
                                    attribué au collaborateur qui agit (--as), sauf indication de --assignee
                                    (REF&#xa0;: la référence de l&apos;ERP; un alias créé à la main est désigné par
                                    son numéro)
  tickets list [--tenant REF] [--assignee LOGIN] [--status S]
                                    les tickets, les plus récents d&apos;abord (500 au plus; S&#xa0;: new, in_progress,
                                    waiting_tenant, waiting_third_party, done, closed)
  tickets show ID                   un ticket avec son historique (modifications et commentaires)
  tickets assign ID LOGIN           attribuer un ticket à un collaborateur
  tickets status ID STATUS          faire avancer un ticket (new -&gt; in_progress -&gt; waiting_tenant ou
                                    waiting_third_party -&gt; done -&gt; closed; done et closed
                                    se rouvrent en in_progress); un passage que le flux ne permet pas
                                    est refusé avec la liste des passages possibles
  tickets comment ID TEXT [--internal]
                                    ajouter un commentaire visible par le locataire, ou une note interne
  alias create --unit UNIT_REF --name &quot;FULL NAME&quot; [--move-in DATE]
                                    un utilisateur alias pour une personne attendue dans un objet que l&apos;ERP
                                    ne livre pas encore, afin de pouvoir saisir des tickets pour elle
                                    (nécessite le paramètre alias_users); indique le numéro de l&apos;alias
  alias list                        les utilisateurs alias en usage, avec les locataires de l&apos;ERP qu&apos;un
                                    alias créé à la main pourrait être (même objet, même nom)
  alias link ALIAS_ID --tenant REF  cet alias est ce locataire&#xa0;: ses tickets passent au
                                    locataire, l&apos;alias est retiré
  pinboard post --title TEXT (--body TEXT | --body-file FILE) [--property REF ...]
         [--important [--include-future-tenants]] [--valid-from DATE] [--valid-to DATE]
                                    publier une annonce pour les locataires des immeubles indiqués
                                    (par défaut&#xa0;: toute l&apos;entreprise). Le texte peut contenir des lignes vides
                                    pour les paragraphes, du **gras**, des listes (&quot;- &quot; ou &quot;1. &quot;) et des liens.
                                    Une annonce importante est envoyée par e-mail à chaque locataire invité ou
                                    inscrit qui a une adresse e-mail et y loue aujourd&apos;hui (et, avec
                                    --include-future-tenants, à partir d&apos;une date ultérieure), une seule
                                    fois, dans sa langue; indique le numéro de l&apos;annonce, le nombre
                                    d&apos;e-mails mis en file d&apos;attente et qui n&apos;est pas joignable, avec le motif
  pinboard list [--property REF]    les annonces, les plus récentes d&apos;abord (pour un immeuble&#xa0;: aussi celles
                                    pour toute l&apos;entreprise), avec leurs e-mails envoyés, échoués, en attente
  agents list                       les collaborateurs actifs
  agents add LOGIN --name NAME --role agent|administrator|manager
                                    ajouter un collaborateur (identifiant&#xa0;: 2 à 64 lettres, chiffres, . _ -)
  agents set-role LOGIN ROLE        donner un autre rôle à un collaborateur (le dernier membre actif
                                    de la direction garde le sien)
  agents disable LOGIN              un collaborateur parti&#xa0;: ne peut plus recevoir de tickets; ses
                                    tickets lui restent jusqu&apos;à ce qu&apos;ils soient réattribués
  agents set-password LOGIN         le nouveau mot de passe du collaborateur, comme ligne suivante de stdin
                                    (le collaborateur lui-même ou la direction); le premier, celui d&apos;un membre
                                    de la direction, met en service les identifiants de la gérance
  login [--remember]                vérifier le mot de passe de --as LOGIN (stdin); avec --remember,
                                    le conserver dans le trousseau du système pour cette gérance, afin
                                    que les exécutions planifiées avec --as n&apos;en aient pas besoin
  logout                            oublier le mot de passe de --as LOGIN conservé dans le trousseau
  register --code CODE              l&apos;inscription du locataire&#xa0;: le code d&apos;activation de l&apos;invitation,
                                    le nouveau mot de passe comme première ligne de stdin
                                    (10 caractères au moins, pas un mot de passe courant); les codes
                                    erronés sont freinés (une attente croissante, 10 par heure au plus)
  tenant-login --email ADDRESS      vérifier l&apos;identifiant d&apos;un locataire inscrit&#xa0;: mot de passe sur stdin;
                                    code de sortie 0 s&apos;il est correct, 1 sinon

Options&#xa0;:
  --db URL     la base de données de la gérance&#xa0;: sqlite:/path/file.db ou
               postgresql://user@host:port/dbname?sslmode=verify-full
               (par défaut&#xa0;: $TENANT_COCKPIT_DB, sinon le fichier local par défaut
               %1)
  --as LOGIN   le collaborateur qui agit, dès que la gérance utilise des identifiants (toutes les
               commandes sauf status, version, migrate, register et tenant-login l&apos;exigent alors); le
               mot de passe vient du trousseau (voir login --remember), sinon de la première ligne de
               stdin. Chaque collaborateur peut faire ce que son rôle permet&#xa0;: agent (tickets),
               administrator (en plus données de base, importations, invitations, utilisateurs alias,
               tableau d&apos;affichage), manager (en plus paramètres, collaborateurs, sauvegarde et restauration).
               Jusqu&apos;au premier identifiant, le propriétaire du fichier local agit, en tant que direction.
  --json       sortie lisible par machine sur stdout (les messages restent sur stderr)
  -h, --help   cette aide

Options d&apos;importation&#xa0;:
  --format F   auto (par défaut&#xa0;: un dossier ou un .zip est une tâche d&apos;échange de données, un fichier une
               liste des locataires), tenant-list ou data-exchange
  --profile P  les en-têtes de la liste des locataires&#xa0;: en, de (par défaut&#xa0;: les deux) ou un profil JSON FILE
               pour la structure d&apos;un autre ERP
  --mode M     snapshot (par défaut&#xa0;: les baux absents du fichier prennent fin) ou delta (uniquement
               ajouts et mises à jour)
  --strict     ne rien appliquer si une ligne est incorrecte
  --dry-run    montrer ce qui changerait, sans rien changer
  --confirm    appliquer une tâche d&apos;échange de données dont le manifeste indique autoImport: false
  --watch DIR, --once  voir plus haut; chaque tâche reçoit les options par défaut
Le rapport va sur stdout (avec --json un objet&#xa0;: run_id, format, mode, dry_run,
status, les nombres par type d&apos;enregistrement, email_changed, aliases_created, alias_proposals,
rejected, warnings, changes); les lignes rejetées sont répétées sur stderr. Code de sortie 0 si l&apos;importation
a été appliquée (ou, avec --dry-run, le serait), 1 si rien n&apos;a été appliqué. --watch --once
renvoie 1 si une tâche a échoué; --watch seul tourne jusqu&apos;à SIGTERM ou Ctrl+C, qui permettent
à une importation en cours de s&apos;annuler et de laisser sa tâche dans DIR.

Invitations et e-mail&#xa0;:
  «&#xa0;invite&#xa0;» renvoie 1 s&apos;il n&apos;a rien mis en file d&apos;attente et a refusé quelqu&apos;un. «&#xa0;outbox send&#xa0;»
  renvoie 0 si aucun e-mail n&apos;a échoué définitivement (les e-mails reportés sont réessayés à la
  prochaine exécution), 1 sinon. Le mot de passe du serveur de messagerie (si smtp.user est défini) vient
  du fichier indiqué par --smtp-password-file, sinon de $TENANT_COCKPIT_SMTP_PASSWORD, sinon du
  trousseau du système, où le programme de bureau le conserve.

Seuls init et migrate créent un nouveau fichier de base de données local. Une valeur qui commence par «&#xa0;-&#xa0;»
se place après «&#xa0;--&#xa0;»&#xa0;: cockpitctl settings set -- company.name &quot;-Minus AG&quot;

Paramètres de l&apos;entreprise&#xa0;:
%2
Codes de sortie&#xa0;: 0 terminé, 1 refusé (saisie incorrecte, règle métier, base de données injoignable,
absente ou écrite par une version plus récente), 2 utilisation incorrecte.
</translation>
    </message>
    <message>
        <source>Try &quot;cockpitctl --help&quot;.</source>
        <translation>Essayez «&#xa0;cockpitctl --help&#xa0;».</translation>
    </message>
    <message>
        <source>There is no database at %1. Create one with &quot;cockpitctl --db %2 init&quot;.</source>
        <translation>Il n&apos;y a pas de base de données à l&apos;emplacement %1. Créez-en une avec «&#xa0;cockpitctl --db %2 init&#xa0;».</translation>
    </message>
    <message>
        <source>The database role %1 is no active agent of this office.</source>
        <translation>Le rôle de base de données %1 n&apos;est pas un collaborateur actif de cette gérance.</translation>
    </message>
    <message>
        <source>One --as: who is acting.</source>
        <translation>Un seul --as&#xa0;: la personne qui agit.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Aucune commande indiquée.</translation>
    </message>
    <message>
        <source>--%1 belongs to &quot;pinboard post&quot;.</source>
        <translation>--%1 s&apos;utilise avec «&#xa0;pinboard post&#xa0;».</translation>
    </message>
    <message>
        <source>--remember belongs to &quot;login&quot;.</source>
        <translation>--remember s&apos;utilise avec «&#xa0;login&#xa0;».</translation>
    </message>
    <message>
        <source>A password never goes on the command line (where others can see it): give it on stdin.</source>
        <translation>Un mot de passe ne se donne jamais sur la ligne de commande (où d&apos;autres peuvent le voir)&#xa0;: indiquez-le sur stdin.</translation>
    </message>
    <message>
        <source>--company and --demo belong to &quot;init&quot;.</source>
        <translation>--company et --demo s&apos;utilisent avec «&#xa0;init&#xa0;».</translation>
    </message>
    <message>
        <source>--%1 belongs to &quot;import&quot;.</source>
        <translation>--%1 s&apos;utilise avec «&#xa0;import&#xa0;».</translation>
    </message>
    <message>
        <source>--code belongs to &quot;register&quot;.</source>
        <translation>--code s&apos;utilise avec «&#xa0;register&#xa0;».</translation>
    </message>
    <message>
        <source>--limit belongs to &quot;tenants search&quot;.</source>
        <translation>--limit s&apos;utilise avec «&#xa0;tenants search&#xa0;».</translation>
    </message>
    <message>
        <source>&quot;pinboard&quot; does not take --%1.</source>
        <translation>«&#xa0;pinboard&#xa0;» n&apos;accepte pas --%1.</translation>
    </message>
    <message>
        <source>&quot;pinboard post&quot; takes one --%1.</source>
        <translation>«&#xa0;pinboard post&#xa0;» accepte un seul --%1.</translation>
    </message>
    <message>
        <source>--%1 belongs to &quot;tickets&quot;.</source>
        <translation>--%1 s&apos;utilise avec «&#xa0;tickets&#xa0;».</translation>
    </message>
    <message>
        <source>&quot;alias link&quot; takes one --tenant.</source>
        <translation>«&#xa0;alias link&#xa0;» accepte un seul --tenant.</translation>
    </message>
    <message>
        <source>&quot;alias&quot; takes --unit, --name and --move-in (create) or --tenant (link).</source>
        <translation>«&#xa0;alias&#xa0;» accepte --unit, --name et --move-in (create) ou --tenant (link).</translation>
    </message>
    <message>
        <source>--%1 belongs to &quot;alias create&quot;.</source>
        <translation>--%1 s&apos;utilise avec «&#xa0;alias create&#xa0;».</translation>
    </message>
    <message>
        <source>--%1 belongs to &quot;agents add&quot;.</source>
        <translation>--%1 s&apos;utilise avec «&#xa0;agents add&#xa0;».</translation>
    </message>
    <message>
        <source>--%1 belongs to &quot;invite&quot;.</source>
        <translation>--%1 s&apos;utilise avec «&#xa0;invite&#xa0;».</translation>
    </message>
    <message>
        <source>--%1 belongs to &quot;outbox&quot;.</source>
        <translation>--%1 s&apos;utilise avec «&#xa0;outbox&#xa0;».</translation>
    </message>
    <message>
        <source>&quot;tickets&quot; takes one --tenant.</source>
        <translation>«&#xa0;tickets&#xa0;» accepte un seul --tenant.</translation>
    </message>
    <message>
        <source>--first-name, --last-name, --email, --phone and --language belong to &quot;tenant set&quot;.</source>
        <translation>--first-name, --last-name, --email, --phone et --language s&apos;utilisent avec «&#xa0;tenant set&#xa0;».</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Commande «&#xa0;%1&#xa0;» inconnue.</translation>
    </message>
    <message>
        <source>&quot;init&quot; takes no arguments; did you mean --company &quot;%1&quot;?</source>
        <translation>«&#xa0;init&#xa0;» n&apos;accepte pas d&apos;arguments; vouliez-vous dire --company &quot;%1&quot;?</translation>
    </message>
    <message>
        <source>--demo takes a number of tenants from 1 to %1.</source>
        <translation>--demo attend un nombre de locataires compris entre 1 et %1.</translation>
    </message>
    <message>
        <source>--company needs a name.</source>
        <translation>--company nécessite un nom.</translation>
    </message>
    <message>
        <source>The database already holds properties or persons; demo data only goes into an empty database. Nothing was changed.</source>
        <translation>La base de données contient déjà des immeubles ou des personnes; les données de démonstration ne vont que dans une base vide. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Writing demo tenants: %1 of %2</source>
        <translation>Écriture des locataires de démonstration&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <source>Demo data written in %1 s: %2 tenants, %3 properties, %4 buildings, %5 units, %6 tenancies, %7 tickets.
</source>
        <translation>Données de démonstration écrites en %1 s&#xa0;: %2 locataires, %3 immeubles, %4 bâtiments, %5 objets, %6 baux, %7 tickets.
</translation>
    </message>
    <message>
        <source>Office database ready: %1 (schema version %2).</source>
        <translation>Base de données de la gérance prête&#xa0;: %1 (version du schéma %2).</translation>
    </message>
    <message>
        <source>&quot;migrate&quot; takes no arguments.</source>
        <translation>«&#xa0;migrate&#xa0;» n&apos;accepte pas d&apos;arguments.</translation>
    </message>
    <message>
        <source>Schema version %1 is current; nothing to do.</source>
        <translation>La version du schéma %1 est à jour; rien à faire.</translation>
    </message>
    <message>
        <source>Migrated from schema version %1 to %2.</source>
        <translation>Migration de la version du schéma %1 à la version %2 effectuée.</translation>
    </message>
    <message>
        <source>&quot;status&quot; takes no arguments.</source>
        <translation>«&#xa0;status&#xa0;» n&apos;accepte pas d&apos;arguments.</translation>
    </message>
    <message>
        <source>Database: %1
Schema version: %2 (this program: %3)
</source>
        <translation>Base de données&#xa0;: %1
Version du schéma&#xa0;: %2 (ce programme&#xa0;: %3)
</translation>
    </message>
    <message>
        <source>&quot;version&quot; takes no arguments.</source>
        <translation>«&#xa0;version&#xa0;» n&apos;accepte pas d&apos;arguments.</translation>
    </message>
    <message>
        <source>cockpitctl %1 (schema version %2, Qt %3)</source>
        <translation>cockpitctl %1 (version du schéma %2, Qt %3)</translation>
    </message>
    <message>
        <source>Use &quot;settings list&quot;, &quot;settings get KEY&quot; or &quot;settings set KEY VALUE&quot;.</source>
        <translation>Utilisez «&#xa0;settings list&#xa0;», «&#xa0;settings get KEY&#xa0;» ou «&#xa0;settings set KEY VALUE&#xa0;».</translation>
    </message>
    <message>
        <source>&quot;settings list&quot; takes no arguments.</source>
        <translation>«&#xa0;settings list&#xa0;» n&apos;accepte pas d&apos;arguments.</translation>
    </message>
    <message>
        <source>Use &quot;settings get KEY&quot;.</source>
        <translation>Utilisez «&#xa0;settings get KEY&#xa0;».</translation>
    </message>
    <message>
        <source>Use &quot;settings set KEY VALUE&quot; (quote a value with spaces).</source>
        <translation>Utilisez «&#xa0;settings set KEY VALUE&#xa0;» (mettez entre guillemets une valeur qui contient des espaces).</translation>
    </message>
    <message>
        <source>  (default)</source>
        <translation>  (par défaut)</translation>
    </message>
    <message>
        <source>--format takes auto, tenant-list or data-exchange.</source>
        <translation>--format accepte auto, tenant-list ou data-exchange.</translation>
    </message>
    <message>
        <source>--mode takes snapshot or delta.</source>
        <translation>--mode accepte snapshot ou delta.</translation>
    </message>
    <message>
        <source>&quot;import --watch DIR&quot; takes no PATH: it imports what appears in DIR.</source>
        <translation>«&#xa0;import --watch DIR&#xa0;» n&apos;accepte pas de PATH&#xa0;: il importe ce qui apparaît dans DIR.</translation>
    </message>
    <message>
        <source>--watch needs a folder.</source>
        <translation>--watch nécessite un dossier.</translation>
    </message>
    <message>
        <source>--watch imports every job with the defaults; other import options do not apply.</source>
        <translation>--watch importe chaque tâche avec les options par défaut; les autres options d&apos;importation ne s&apos;appliquent pas.</translation>
    </message>
    <message>
        <source>--once belongs to --watch.</source>
        <translation>--once s&apos;utilise avec --watch.</translation>
    </message>
    <message>
        <source>Use &quot;import PATH&quot;: one CSV file, data-exchange folder or .zip.</source>
        <translation>Utilisez «&#xa0;import PATH&#xa0;»&#xa0;: un fichier CSV, un dossier d&apos;échange de données ou un .zip.</translation>
    </message>
    <message>
        <source>--profile describes the columns of a tenant list; %1 is an ERP data-exchange job.</source>
        <translation>--profile décrit les colonnes d&apos;une liste des locataires; %1 est une tâche d&apos;échange de données ERP.</translation>
    </message>
    <message>
        <source>Importing: %1 %</source>
        <translation>Importation&#xa0;: %1 %</translation>
    </message>
    <message>
        <source>%1 was checked but not applied: its manifest.json asks for confirmation (autoImport: false). Apply it with &quot;cockpitctl import %2 --confirm&quot;.</source>
        <translation>%1 a été vérifié mais pas appliqué&#xa0;: son manifest.json demande une confirmation (autoImport: false). Appliquez-le avec «&#xa0;cockpitctl import %2 --confirm&#xa0;».</translation>
    </message>
    <message>
        <source>Nothing was imported from %1 (run %2):</source>
        <translation>Rien n&apos;a été importé de %1 (exécution %2)&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) would be rejected; the rest would be applied:</source>
        <translation>
            <numerusform>%n ligne serait rejetée; le reste serait appliqué&#xa0;:</numerusform>
            <numerusform>%n lignes seraient rejetées; le reste serait appliqué&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) were rejected; the rest was applied (run %1):</source>
        <translation>
            <numerusform>%n ligne a été rejetée; le reste a été appliqué (exécution %1)&#xa0;:</numerusform>
            <numerusform>%n lignes ont été rejetées; le reste a été appliqué (exécution %1)&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>tenant list, %1</source>
        <translation>liste des locataires, %1</translation>
    </message>
    <message>
        <source>data-exchange job</source>
        <translation>tâche d&apos;échange de données</translation>
    </message>
    <message>
        <source>Import run %1: %2 (%3)</source>
        <translation>Exécution d&apos;importation %1&#xa0;: %2 (%3)</translation>
    </message>
    <message>
        <source>, line %1</source>
        <translation>, ligne %1</translation>
    </message>
    <message>
        <source>, column &quot;%1&quot;</source>
        <translation>, colonne «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>  ... and %1 more: &quot;cockpitctl imports show %2&quot; lists them all.
</source>
        <translation>  ... et %1 autres&#xa0;: «&#xa0;cockpitctl imports show %2&#xa0;» les affiche toutes.
</translation>
    </message>
    <message>
        <source>Watching %1 for import jobs; stop with Ctrl+C.</source>
        <translation>Surveillance de %1 pour les tâches d&apos;importation; arrêtez avec Ctrl+C.</translation>
    </message>
    <message>
        <source>%1: %2 (run %3)</source>
        <translation>%1&#xa0;: %2 (exécution %3)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source> -&gt; %1</source>
        <translation> -&gt; %1</translation>
    </message>
    <message>
        <source>%1 waits for confirmation: &quot;cockpitctl import %2 --confirm&quot; applies it.</source>
        <translation>%1 attend une confirmation&#xa0;: «&#xa0;cockpitctl import %2 --confirm&#xa0;» l&apos;applique.</translation>
    </message>
    <message>
        <source>Another program is importing from %1 right now; it takes the jobs there.</source>
        <translation>Un autre programme importe depuis %1 en ce moment; il se charge des tâches qui s&apos;y trouvent.</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) processed.</source>
        <translation>
            <numerusform>%n tâche traitée.</numerusform>
            <numerusform>%n tâches traitées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped watching %1.</source>
        <translation>Surveillance de %1 arrêtée.</translation>
    </message>
    <message>
        <source>Use &quot;imports list&quot; or &quot;imports show RUN_ID&quot;.</source>
        <translation>Utilisez «&#xa0;imports list&#xa0;» ou «&#xa0;imports show RUN_ID&#xa0;».</translation>
    </message>
    <message>
        <source>RUN_ID is the number of an import run (see &quot;imports list&quot;).</source>
        <translation>RUN_ID est le numéro d&apos;une exécution d&apos;importation (voir «&#xa0;imports list&#xa0;»).</translation>
    </message>
    <message>
        <source> (dry run)</source>
        <translation> (simulation)</translation>
    </message>
    <message>
        <source>Use &quot;tenants search TEXT [--limit N] [--json]&quot;.</source>
        <translation>Utilisez «&#xa0;tenants search TEXT [--limit N] [--json]&#xa0;».</translation>
    </message>
    <message>
        <source>--limit takes a number from 1 to %1.</source>
        <translation>--limit accepte un nombre compris entre 1 et %1.</translation>
    </message>
    <message>
        <source>former tenant</source>
        <translation>ancien locataire</translation>
    </message>
    <message numerus="yes">
        <source>%n open ticket(s)</source>
        <translation>
            <numerusform>%n ticket ouvert</numerusform>
            <numerusform>%n tickets ouverts</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody found for &quot;%1&quot;.
</source>
        <translation>Aucun résultat pour «&#xa0;%1&#xa0;».
</translation>
    </message>
    <message>
        <source>Use &quot;tenant show REF&quot; or &quot;tenant set REF --email ADDRESS ...&quot;.</source>
        <translation>Utilisez «&#xa0;tenant show REF&#xa0;» ou «&#xa0;tenant set REF --email ADDRESS ...&#xa0;».</translation>
    </message>
    <message>
        <source>&quot;tenant show&quot; changes nothing; use &quot;tenant set&quot;.</source>
        <translation>«&#xa0;tenant show&#xa0;» ne modifie rien; utilisez «&#xa0;tenant set&#xa0;».</translation>
    </message>
    <message>
        <source>&quot;tenant set&quot; needs at least one of --first-name, --last-name, --email, --phone, --language.</source>
        <translation>«&#xa0;tenant set&#xa0;» nécessite au moins une des options --first-name, --last-name, --email, --phone, --language.</translation>
    </message>
    <message>
        <source>alias, linked to another tenant and retired</source>
        <translation>alias, lié à un autre locataire et retiré</translation>
    </message>
    <message>
        <source>alias user made by hand</source>
        <translation>utilisateur alias créé à la main</translation>
    </message>
    <message>
        <source>alias (no e-mail yet)</source>
        <translation>alias (pas encore d&apos;e-mail)</translation>
    </message>
    <message>
        <source>%1
E-mail: %2
Phone: %3
Language: %4
Status: %5%6
</source>
        <translation>%1
E-mail&#xa0;: %2
Téléphone&#xa0;: %3
Langue&#xa0;: %4
Statut&#xa0;: %5%6
</translation>
    </message>
    <message>
        <source>company default</source>
        <translation>par défaut de l&apos;entreprise</translation>
    </message>
    <message>
        <source>
Name, e-mail and phone are managed by the ERP.</source>
        <translation>
Le nom, l&apos;e-mail et le téléphone sont gérés par l&apos;ERP.</translation>
    </message>
    <message>
        <source>Tenancy: %1, %2 (%3), from %4%5
</source>
        <translation>Bail&#xa0;: %1, %2 (%3), du %4%5
</translation>
    </message>
    <message>
        <source> to %1</source>
        <translation> au %1</translation>
    </message>
    <message>
        <source>&quot;invite&quot; takes its tenants with --tenant REF.</source>
        <translation>«&#xa0;invite&#xa0;» reçoit ses locataires avec --tenant REF.</translation>
    </message>
    <message>
        <source>Use one of &quot;invite --tenant REF ...&quot;, &quot;invite --property REF&quot; or &quot;invite --all-uninvited&quot;.</source>
        <translation>Utilisez «&#xa0;invite --tenant REF ...&#xa0;», «&#xa0;invite --property REF&#xa0;» ou «&#xa0;invite --all-uninvited&#xa0;».</translation>
    </message>
    <message>
        <source>%1 invitation(s) and %2 reminder(s) queued, %3 refused.
</source>
        <translation>%1 invitation(s) et %2 rappel(s) mis en file d&apos;attente, %3 refusé(s).
</translation>
    </message>
    <message>
        <source> (reminder)</source>
        <translation> (rappel)</translation>
    </message>
    <message>
        <source>  refused: %1%2: %3
</source>
        <translation>  refusé&#xa0;: %1%2&#xa0;: %3
</translation>
    </message>
    <message>
        <source>Nobody to invite: every tenant with a current tenancy there is invited or registered.
</source>
        <translation>Personne à inviter&#xa0;: chaque locataire ayant un bail en cours à cet endroit est déjà invité ou inscrit.
</translation>
    </message>
    <message>
        <source>Use &quot;outbox list&quot;, &quot;outbox send&quot; or &quot;outbox retry [ID ...]&quot;.</source>
        <translation>Utilisez «&#xa0;outbox list&#xa0;», «&#xa0;outbox send&#xa0;» ou «&#xa0;outbox retry [ID ...]&#xa0;».</translation>
    </message>
    <message>
        <source>--status belongs to &quot;outbox list&quot;.</source>
        <translation>--status s&apos;utilise avec «&#xa0;outbox list&#xa0;».</translation>
    </message>
    <message>
        <source>--smtp-password-file belongs to &quot;outbox send&quot;.</source>
        <translation>--smtp-password-file s&apos;utilise avec «&#xa0;outbox send&#xa0;».</translation>
    </message>
    <message>
        <source>--status takes one of %1.</source>
        <translation>--status accepte l&apos;une des valeurs %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail&apos;s number.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un numéro d&apos;e-mail.</translation>
    </message>
    <message numerus="yes">
        <source>%n failed e-mail(s) queued again.</source>
        <translation>
            <numerusform>%n e-mail échoué remis en file d&apos;attente.</numerusform>
            <numerusform>%n e-mails échoués remis en file d&apos;attente.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 waiting, %2 failed, %3 sent.
</source>
        <translation>%1 en attente, %2 échoué(s), %3 envoyé(s).
</translation>
    </message>
    <message>
        <source>The mail server wants a password for %1, and there is none: give it with --smtp-password-file FILE or $%2, or store it in the keychain from the desktop program (%3).</source>
        <translation>Le serveur de messagerie demande un mot de passe pour %1, et il n&apos;y en a aucun&#xa0;: indiquez-le avec --smtp-password-file FILE ou $%2, ou enregistrez-le dans le trousseau depuis le programme de bureau (%3).</translation>
    </message>
    <message>
        <source>the keychain has none for this office</source>
        <translation>le trousseau n&apos;en contient aucun pour cette gérance</translation>
    </message>
    <message>
        <source>Sending stopped: %1</source>
        <translation>Envoi interrompu&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 sent, %2 failed, %3 deferred.</source>
        <translation>%1 envoyé(s), %2 échoué(s), %3 reporté(s).</translation>
    </message>
    <message>
        <source>Use &quot;tickets create&quot;, &quot;tickets list&quot;, &quot;tickets show ID&quot;, &quot;tickets assign ID LOGIN&quot;, &quot;tickets status ID STATUS&quot; or &quot;tickets comment ID TEXT&quot;.</source>
        <translation>Utilisez «&#xa0;tickets create&#xa0;», «&#xa0;tickets list&#xa0;», «&#xa0;tickets show ID&#xa0;», «&#xa0;tickets assign ID LOGIN&#xa0;», «&#xa0;tickets status ID STATUS&#xa0;» ou «&#xa0;tickets comment ID TEXT&#xa0;».</translation>
    </message>
    <message>
        <source>Use &quot;tickets create --tenant REF --title TEXT&quot; (quote a text with spaces).</source>
        <translation>Utilisez «&#xa0;tickets create --tenant REF --title TEXT&#xa0;» (mettez entre guillemets un texte qui contient des espaces).</translation>
    </message>
    <message>
        <source>&quot;tickets list&quot; takes its filters as --tenant, --assignee and --status.</source>
        <translation>«&#xa0;tickets list&#xa0;» reçoit ses filtres sous la forme --tenant, --assignee et --status.</translation>
    </message>
    <message>
        <source>Use &quot;tickets show ID&quot;.</source>
        <translation>Utilisez «&#xa0;tickets show ID&#xa0;».</translation>
    </message>
    <message>
        <source>Use &quot;tickets assign ID LOGIN&quot;.</source>
        <translation>Utilisez «&#xa0;tickets assign ID LOGIN&#xa0;».</translation>
    </message>
    <message>
        <source>Use &quot;tickets status ID STATUS&quot;.</source>
        <translation>Utilisez «&#xa0;tickets status ID STATUS&#xa0;».</translation>
    </message>
    <message>
        <source>Use &quot;tickets comment ID TEXT&quot; (quote a text with spaces).</source>
        <translation>Utilisez «&#xa0;tickets comment ID TEXT&#xa0;» (mettez entre guillemets un texte qui contient des espaces).</translation>
    </message>
    <message>
        <source>--title, --description, --channel and --category belong to &quot;tickets create&quot;.</source>
        <translation>--title, --description, --channel et --category s&apos;utilisent avec «&#xa0;tickets create&#xa0;».</translation>
    </message>
    <message>
        <source>--tenant and --assignee belong to &quot;tickets create&quot; and &quot;tickets list&quot;.</source>
        <translation>--tenant et --assignee s&apos;utilisent avec «&#xa0;tickets create&#xa0;» et «&#xa0;tickets list&#xa0;».</translation>
    </message>
    <message>
        <source>--status belongs to &quot;tickets list&quot;; a ticket&apos;s status changes with &quot;tickets status ID STATUS&quot;.</source>
        <translation>--status s&apos;utilise avec «&#xa0;tickets list&#xa0;»; le statut d&apos;un ticket se modifie avec «&#xa0;tickets status ID STATUS&#xa0;».</translation>
    </message>
    <message>
        <source>--internal belongs to &quot;tickets comment&quot;.</source>
        <translation>--internal s&apos;utilise avec «&#xa0;tickets comment&#xa0;».</translation>
    </message>
    <message>
        <source>&quot;tickets create&quot; needs --tenant REF and --title TEXT.</source>
        <translation>«&#xa0;tickets create&#xa0;» nécessite --tenant REF et --title TEXT.</translation>
    </message>
    <message>
        <source>--channel takes one of %1.</source>
        <translation>--channel accepte l&apos;une des valeurs %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no status; use one of %2.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un statut; utilisez l&apos;une des valeurs %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a ticket&apos;s number.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un numéro de ticket.</translation>
    </message>
    <message>
        <source>#%1 %2
Tenant: %3
Unit: %4
Status: %5, priority %6, channel %7
Category: %8
</source>
        <translation>#%1 %2
Locataire&#xa0;: %3
Objet&#xa0;: %4
Statut&#xa0;: %5, priorité %6, canal %7
Catégorie&#xa0;: %8
</translation>
    </message>
    <message>
        <source>Assignee: %1
Created by %2 at %3
</source>
        <translation>Responsable&#xa0;: %1
Créé par %2 le %3
</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>(internal) </source>
        <translation>(interne) </translation>
    </message>
    <message>
        <source>Ticket #%1 created.</source>
        <translation>Ticket #%1 créé.</translation>
    </message>
    <message>
        <source>No tickets.</source>
        <translation>Aucun ticket.</translation>
    </message>
    <message>
        <source>Ticket #%1 assigned to %2.</source>
        <translation>Ticket #%1 attribué à %2.</translation>
    </message>
    <message>
        <source>Ticket #%1 was assigned to %2 already.</source>
        <translation>Le ticket #%1 était déjà attribué à %2.</translation>
    </message>
    <message>
        <source>Ticket #%1 is now %2.</source>
        <translation>Le ticket #%1 a maintenant le statut %2.</translation>
    </message>
    <message>
        <source>Internal note added to ticket #%1.</source>
        <translation>Note interne ajoutée au ticket #%1.</translation>
    </message>
    <message>
        <source>Comment added to ticket #%1.</source>
        <translation>Commentaire ajouté au ticket #%1.</translation>
    </message>
    <message>
        <source>Use &quot;agents list&quot;, &quot;agents add LOGIN --name NAME --role agent|administrator|manager&quot;, &quot;agents set-role LOGIN ROLE&quot;, &quot;agents disable LOGIN&quot; or &quot;agents set-password LOGIN&quot;.</source>
        <translation>Utilisez «&#xa0;agents list&#xa0;», «&#xa0;agents add LOGIN --name NAME --role agent|administrator|manager&#xa0;», «&#xa0;agents set-role LOGIN ROLE&#xa0;», «&#xa0;agents disable LOGIN&#xa0;» ou «&#xa0;agents set-password LOGIN&#xa0;».</translation>
    </message>
    <message>
        <source>--name and --role belong to &quot;agents add&quot;.</source>
        <translation>--name et --role s&apos;utilisent avec «&#xa0;agents add&#xa0;».</translation>
    </message>
    <message>
        <source>&quot;agents add LOGIN&quot; needs --name NAME and --role agent|administrator|manager.</source>
        <translation>«&#xa0;agents add LOGIN&#xa0;» nécessite --name NAME et --role agent|administrator|manager.</translation>
    </message>
    <message>
        <source>A role is agent, administrator or manager.</source>
        <translation>Un rôle est agent, administrator ou manager.</translation>
    </message>
    <message>
        <source>Agent %1 (%2, %3) added.</source>
        <translation>Collaborateur %1 (%2, %3) ajouté.</translation>
    </message>
    <message>
        <source>Agent %1 is disabled.</source>
        <translation>Le collaborateur %1 est désactivé.</translation>
    </message>
    <message>
        <source>Agent %1 was disabled already.</source>
        <translation>Le collaborateur %1 était déjà désactivé.</translation>
    </message>
    <message>
        <source>Agent %1 is now %2.</source>
        <translation>Le collaborateur %1 a maintenant le rôle %2.</translation>
    </message>
    <message>
        <source>Agent %1 is %2 already.</source>
        <translation>Le collaborateur %1 a déjà le rôle %2.</translation>
    </message>
    <message>
        <source>No agents.</source>
        <translation>Aucun collaborateur.</translation>
    </message>
    <message>
        <source>Use &quot;alias create&quot;, &quot;alias list&quot; or &quot;alias link ALIAS_ID --tenant REF&quot;.</source>
        <translation>Utilisez «&#xa0;alias create&#xa0;», «&#xa0;alias list&#xa0;» ou «&#xa0;alias link ALIAS_ID --tenant REF&#xa0;».</translation>
    </message>
    <message>
        <source>Use &quot;alias create --unit UNIT_REF --name \&quot;FULL NAME\&quot; [--move-in DATE]&quot;.</source>
        <translation>Utilisez «&#xa0;alias create --unit UNIT_REF --name &quot;FULL NAME&quot; [--move-in DATE]&#xa0;».</translation>
    </message>
    <message>
        <source>&quot;alias list&quot; takes no arguments.</source>
        <translation>«&#xa0;alias list&#xa0;» n&apos;accepte pas d&apos;arguments.</translation>
    </message>
    <message>
        <source>Use &quot;alias link ALIAS_ID --tenant REF&quot;.</source>
        <translation>Utilisez «&#xa0;alias link ALIAS_ID --tenant REF&#xa0;».</translation>
    </message>
    <message>
        <source>--unit, --name and --move-in belong to &quot;alias create&quot;.</source>
        <translation>--unit, --name et --move-in s&apos;utilisent avec «&#xa0;alias create&#xa0;».</translation>
    </message>
    <message>
        <source>--tenant belongs to &quot;alias link&quot;.</source>
        <translation>--tenant s&apos;utilise avec «&#xa0;alias link&#xa0;».</translation>
    </message>
    <message>
        <source>&quot;alias create&quot; needs --unit UNIT_REF and --name &quot;FULL NAME&quot;.</source>
        <translation>«&#xa0;alias create&#xa0;» nécessite --unit UNIT_REF et --name &quot;FULL NAME&quot;.</translation>
    </message>
    <message>
        <source>&quot;alias link&quot; needs --tenant REF: the tenant the alias is.</source>
        <translation>«&#xa0;alias link&#xa0;» nécessite --tenant REF&#xa0;: le locataire auquel correspond l&apos;alias.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no date: give the move-in as YYYY-MM-DD or DD.MM.YYYY.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date&#xa0;: indiquez l&apos;emménagement au format YYYY-MM-DD ou DD.MM.YYYY.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an alias user&apos;s number (see &quot;alias list&quot;).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un numéro d&apos;utilisateur alias (voir «&#xa0;alias list&#xa0;»).</translation>
    </message>
    <message>
        <source>tenant %1</source>
        <translation>locataire %1</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>créé à la main</translation>
    </message>
    <message>
        <source>  moving in %1</source>
        <translation>  emménage le %1</translation>
    </message>
    <message>
        <source>  since %1</source>
        <translation>  depuis le %1</translation>
    </message>
    <message numerus="yes">
        <source>  %n ticket(s)</source>
        <translation>
            <numerusform>  %n ticket</numerusform>
            <numerusform>  %n tickets</numerusform>
        </translation>
    </message>
    <message>
        <source>  -&gt; may be tenant %1 (confirm: cockpitctl alias link %2 --tenant %1)</source>
        <translation>  -&gt; peut-être le locataire %1 (pour confirmer&#xa0;: cockpitctl alias link %2 --tenant %1)</translation>
    </message>
    <message>
        <source>  -&gt; may be any of the tenants %1</source>
        <translation>  -&gt; peut-être l&apos;un des locataires %1</translation>
    </message>
    <message>
        <source>No alias users.</source>
        <translation>Aucun utilisateur alias.</translation>
    </message>
    <message numerus="yes">
        <source>Alias user %1 is now tenant %2; %n ticket(s) moved.</source>
        <translation>
            <numerusform>L&apos;utilisateur alias %1 est maintenant le locataire %2; %n ticket transféré.</numerusform>
            <numerusform>L&apos;utilisateur alias %1 est maintenant le locataire %2; %n tickets transférés.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is larger than a post can be (%2 bytes).</source>
        <translation>%1 est plus volumineux que ce qu&apos;une annonce peut contenir (%2 octets).</translation>
    </message>
    <message>
        <source>%1 is not readable UTF-16 text.</source>
        <translation>%1 n&apos;est pas un texte UTF-16 lisible.</translation>
    </message>
    <message>
        <source>%1 is not a text file (it holds NUL bytes).</source>
        <translation>%1 n&apos;est pas un fichier texte (il contient des octets NUL).</translation>
    </message>
    <message>
        <source>cockpitctl: %1 is not UTF-8; read as Windows-1252.</source>
        <translation>cockpitctl&#xa0;: %1 n&apos;est pas en UTF-8; lu comme Windows-1252.</translation>
    </message>
    <message>
        <source>&quot;pinboard&quot; takes post or list.</source>
        <translation>«&#xa0;pinboard&#xa0;» accepte post ou list.</translation>
    </message>
    <message>
        <source>&quot;pinboard %1&quot; takes no further arguments (put a text with spaces in quotes).</source>
        <translation>«&#xa0;pinboard %1&#xa0;» n&apos;accepte pas d&apos;autres arguments (mettez entre guillemets un texte qui contient des espaces).</translation>
    </message>
    <message>
        <source>&quot;pinboard list&quot; takes only --property REF.</source>
        <translation>«&#xa0;pinboard list&#xa0;» accepte seulement --property REF.</translation>
    </message>
    <message>
        <source>&quot;pinboard list&quot; takes one --property.</source>
        <translation>«&#xa0;pinboard list&#xa0;» accepte un seul --property.</translation>
    </message>
    <message>
        <source>&quot;pinboard post&quot; needs --title TEXT.</source>
        <translation>«&#xa0;pinboard post&#xa0;» nécessite --title TEXT.</translation>
    </message>
    <message>
        <source>&quot;pinboard post&quot; needs the text: --body TEXT or --body-file FILE (one of them).</source>
        <translation>«&#xa0;pinboard post&#xa0;» nécessite le texte&#xa0;: --body TEXT ou --body-file FILE (l&apos;un des deux).</translation>
    </message>
    <message>
        <source>--%1 takes a date as YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation>--%1 attend une date au format YYYY-MM-DD, pas «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>--include-future-tenants is about the e-mails of an --important post.</source>
        <translation>--include-future-tenants concerne les e-mails d&apos;une annonce --important.</translation>
    </message>
    <message>
        <source>IMPORTANT </source>
        <translation>IMPORTANTE </translation>
    </message>
    <message>
        <source>      e-mails: %1 sent, %2 failed, %3 waiting
</source>
        <translation>      e-mails&#xa0;: %1 envoyé(s), %2 échoué(s), %3 en attente
</translation>
    </message>
    <message>
        <source>No posts.
</source>
        <translation>Aucune annonce.
</translation>
    </message>
    <message>
        <source>Post %1 published; %2 e-mail(s) queued.
</source>
        <translation>Annonce %1 publiée; %2 e-mail(s) mis en file d&apos;attente.
</translation>
    </message>
    <message>
        <source>Post %1 published (not important: no e-mails).
</source>
        <translation>Annonce %1 publiée (pas importante&#xa0;: aucun e-mail).
</translation>
    </message>
    <message>
        <source>%1 tenant(s) of the audience cannot be e-mailed:
</source>
        <translation>%1 locataire(s) destinataire(s) ne sont pas joignables par e-mail&#xa0;:
</translation>
    </message>
    <message>
        <source>Use &quot;backup FILE&quot;: the new file the copy goes to.</source>
        <translation>Utilisez «&#xa0;backup FILE&#xa0;»&#xa0;: le nouveau fichier qui recevra la copie.</translation>
    </message>
    <message>
        <source>A backup holds all the office&apos;s data: taking one needs a manager.</source>
        <translation>Une sauvegarde contient toutes les données de la gérance&#xa0;: seule la direction peut en faire une.</translation>
    </message>
    <message>
        <source>Backup written: %1 (%2 bytes, schema version %3).</source>
        <translation>Sauvegarde écrite&#xa0;: %1 (%2 octets, version du schéma %3).</translation>
    </message>
    <message>
        <source>Use &quot;restore FILE&quot;: a copy made by &quot;backup&quot;.</source>
        <translation>Utilisez «&#xa0;restore FILE&#xa0;»&#xa0;: une copie faite par «&#xa0;backup&#xa0;».</translation>
    </message>
    <message>
        <source>Restoring a backup needs a manager.</source>
        <translation>Seule la direction peut restaurer une sauvegarde.</translation>
    </message>
    <message>
        <source>Restored from %1 (schema version %2, now %3). The data as it was before is kept in %4.</source>
        <translation>Restauré depuis %1 (version du schéma %2, maintenant %3). Les données d&apos;avant la restauration sont conservées dans %4.</translation>
    </message>
    <message>
        <source>Use &quot;copy-to URL&quot;: the empty PostgreSQL database the office moves to.</source>
        <translation>Utilisez «&#xa0;copy-to URL&#xa0;»&#xa0;: la base de données PostgreSQL vide vers laquelle la gérance est transférée.</translation>
    </message>
    <message>
        <source>copy-to moves the office to a PostgreSQL server; for another file use &quot;backup FILE&quot;.</source>
        <translation>copy-to transfère la gérance sur un serveur PostgreSQL; pour un autre fichier, utilisez «&#xa0;backup FILE&#xa0;».</translation>
    </message>
    <message>
        <source>Moving the office to a server needs a manager.</source>
        <translation>Seule la direction peut transférer la gérance sur un serveur.</translation>
    </message>
    <message numerus="yes">
        <source>Copied and verified: %n row(s), the same count and checksum in every table, to %1.</source>
        <translation>
            <numerusform>Copié et vérifié&#xa0;: %n ligne, même nombre et même somme de contrôle dans chaque table, vers %1.</numerusform>
            <numerusform>Copié et vérifié&#xa0;: %n lignes, même nombre et même somme de contrôle dans chaque table, vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Each agent logs in to the server with a password of their own: set them with &quot;cockpitctl --db URL agents set-password LOGIN&quot; (%1).</source>
        <translation>Chaque collaborateur se connecte au serveur avec son propre mot de passe&#xa0;: définissez-les avec «&#xa0;cockpitctl --db URL agents set-password LOGIN&#xa0;» (%1).</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Mot de passe pour %1&#xa0;: </translation>
    </message>
    <message numerus="yes">
        <source>Waiting %n second(s) after the wrong attempts before…</source>
        <translation>
            <numerusform>Tentatives erronées&#xa0;: attente de %n seconde avant de continuer…</numerusform>
            <numerusform>Tentatives erronées&#xa0;: attente de %n secondes avant de continuer…</numerusform>
        </translation>
    </message>
    <message>
        <source>This office has logins: say who is acting with --as LOGIN (the password comes from the keychain, kept there by &quot;login --remember&quot;, or as the first line of stdin).</source>
        <translation>Cette gérance utilise des identifiants&#xa0;: indiquez qui agit avec --as LOGIN (le mot de passe vient du trousseau, où «&#xa0;login --remember&#xa0;» l&apos;a conservé, ou de la première ligne de stdin).</translation>
    </message>
    <message>
        <source>This office has no logins yet, so there is no password to check for %1. A manager&apos;s first password starts them: &quot;cockpitctl agents set-password LOGIN&quot;.</source>
        <translation>Cette gérance n&apos;utilise pas encore d&apos;identifiants&#xa0;: il n&apos;y a donc pas de mot de passe à vérifier pour %1. Le premier mot de passe d&apos;un membre de la direction les met en service&#xa0;: «&#xa0;cockpitctl agents set-password LOGIN&#xa0;».</translation>
    </message>
    <message>
        <source>Use &quot;cockpitctl --as LOGIN login [--remember]&quot;, the password on stdin.</source>
        <translation>Utilisez «&#xa0;cockpitctl --as LOGIN login [--remember]&#xa0;», avec le mot de passe sur stdin.</translation>
    </message>
    <message>
        <source>This office has no logins yet: a manager&apos;s first password starts them (&quot;cockpitctl agents set-password LOGIN&quot;).</source>
        <translation>Cette gérance n&apos;utilise pas encore d&apos;identifiants&#xa0;: le premier mot de passe d&apos;un membre de la direction les met en service («&#xa0;cockpitctl agents set-password LOGIN&#xa0;»).</translation>
    </message>
    <message>
        <source>The password is right, but the keychain did not keep it: %1</source>
        <translation>Le mot de passe est correct, mais le trousseau ne l&apos;a pas conservé&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (%2) logged in; the password is kept in the keychain for this office, so &quot;--as %3&quot; needs no password here from now on.</source>
        <translation>%1 (%2) est connecté; le mot de passe est conservé dans le trousseau pour cette gérance&#xa0;: désormais, «&#xa0;--as %3&#xa0;» n&apos;a plus besoin de mot de passe ici.</translation>
    </message>
    <message>
        <source>%1 (%2): the password is right.</source>
        <translation>%1 (%2)&#xa0;: le mot de passe est correct.</translation>
    </message>
    <message>
        <source>Use &quot;cockpitctl --as LOGIN logout&quot;.</source>
        <translation>Utilisez «&#xa0;cockpitctl --as LOGIN logout&#xa0;».</translation>
    </message>
    <message>
        <source>The keychain keeps no password of %1 for this office any more.</source>
        <translation>Le trousseau ne conserve plus de mot de passe de %1 pour cette gérance.</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>Nouveau mot de passe pour %1&#xa0;: </translation>
    </message>
    <message>
        <source>The same again: </source>
        <translation>Répétez le mot de passe&#xa0;: </translation>
    </message>
    <message>
        <source>The two passwords differ; nothing changed.</source>
        <translation>Les deux mots de passe diffèrent; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>%1 (%2) has a new password.</source>
        <translation>%1 (%2) a un nouveau mot de passe.</translation>
    </message>
    <message>
        <source>Logins are in use from now on: the desktop program asks who is working, and every command here says who is acting with --as LOGIN.</source>
        <translation>Les identifiants sont désormais utilisés&#xa0;: le programme de bureau demande qui travaille, et chaque commande ici indique qui agit avec --as LOGIN.</translation>
    </message>
    <message>
        <source>No password on stdin: give it as the next line.</source>
        <translation>Aucun mot de passe sur stdin&#xa0;: indiquez-le sur la ligne suivante.</translation>
    </message>
    <message>
        <source>The password on stdin is not valid UTF-8.</source>
        <translation>Le mot de passe sur stdin n&apos;est pas de l&apos;UTF-8 valide.</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>Mot de passe&#xa0;: </translation>
    </message>
    <message>
        <source>Use &quot;register --code CODE&quot; with the password on stdin.</source>
        <translation>Utilisez «&#xa0;register --code CODE&#xa0;» avec le mot de passe sur stdin.</translation>
    </message>
    <message>
        <source>--code needs the activation code from the invitation.</source>
        <translation>--code nécessite le code d&apos;activation de l&apos;invitation.</translation>
    </message>
    <message>
        <source>%1 (%2) is registered; the login is %3 with the new password.</source>
        <translation>%1 (%2) est inscrit; l&apos;identifiant est %3 avec le nouveau mot de passe.</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) logged for them as an alias user are now theirs.</source>
        <translation>
            <numerusform>%n ticket saisi pour cette personne en tant qu&apos;utilisateur alias lui appartient désormais.</numerusform>
            <numerusform>%n tickets saisis pour cette personne en tant qu&apos;utilisateur alias lui appartiennent désormais.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use &quot;tenant-login --email ADDRESS&quot; with the password on stdin.</source>
        <translation>Utilisez «&#xa0;tenant-login --email ADDRESS&#xa0;» avec le mot de passe sur stdin.</translation>
    </message>
    <message>
        <source>The e-mail address or the password is wrong.</source>
        <translation>L&apos;adresse e-mail ou le mot de passe est incorrect.</translation>
    </message>
    <message>
        <source>The login details are correct.</source>
        <translation>Les données de connexion sont correctes.</translation>
    </message>
    <message>
        <source>(%1; default: %2)</source>
        <translation>(%1; par défaut&#xa0;: %2)</translation>
    </message>
</context>
<context>
    <name>CompanySettings</name>
    <message>
        <source>Only a %1 may change %2.</source>
        <translation>%2 ne peut être modifié que par le rôle «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>smtp.security none sends passwords and mail unencrypted: it is only allowed for a mail server on this computer (localhost), not for %1. Use starttls or tls.</source>
        <translation>smtp.security none envoie les mots de passe et les e-mails sans chiffrement&#xa0;: ce n&apos;est autorisé que pour un serveur de messagerie sur cet ordinateur (localhost), pas pour %1. Utilisez starttls ou tls.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>the record has more than %1 fields</source>
        <translation>l&apos;enregistrement a plus de %1 champs</translation>
    </message>
    <message>
        <source>the file is not open for reading</source>
        <translation>le fichier n&apos;est pas ouvert en lecture</translation>
    </message>
    <message>
        <source>the quoted field that starts on line %1 is never closed</source>
        <translation>le champ entre guillemets qui commence à la ligne %1 n&apos;est jamais fermé</translation>
    </message>
    <message>
        <source>text after the closing quote in field %1</source>
        <translation>texte après le guillemet fermant dans le champ %1</translation>
    </message>
    <message>
        <source>field %1 is longer than %2 bytes</source>
        <translation>le champ %1 dépasse %2 octets</translation>
    </message>
    <message>
        <source>could not read line %1: %2</source>
        <translation>impossible de lire la ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>line %1 holds binary data (a NUL byte): this is UTF-16 text, save the file as UTF-8 CSV</source>
        <translation>la ligne %1 contient des données binaires (un octet NUL)&#xa0;: c&apos;est du texte UTF-16, enregistrez le fichier en CSV UTF-8</translation>
    </message>
    <message>
        <source>line %1 holds binary data (a NUL byte): this is not a text file</source>
        <translation>la ligne %1 contient des données binaires (un octet NUL)&#xa0;: ce n&apos;est pas un fichier texte</translation>
    </message>
</context>
<context>
    <name>DataExchangeImport</name>
    <message>
        <source>A data-exchange job says row by row what to insert, update and delete; --mode snapshot does not apply to it.</source>
        <translation>Une tâche d&apos;échange de données indique ligne par ligne ce qu&apos;il faut insérer, mettre à jour et supprimer; --mode snapshot ne s&apos;y applique pas.</translation>
    </message>
    <message>
        <source>The job holds no CSV file to import.</source>
        <translation>La tâche ne contient aucun fichier CSV à importer.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation>Annulé&#xa0;: rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>The job has no manifest.json. The ERP writes it last, so without it the job may be incomplete.</source>
        <translation>La tâche n&apos;a pas de manifest.json. L&apos;ERP l&apos;écrit en dernier&#xa0;: sans lui, la tâche est peut-être incomplète.</translation>
    </message>
    <message>
        <source>manifest.json cannot be read or is far too large.</source>
        <translation>manifest.json ne peut pas être lu ou est beaucoup trop volumineux.</translation>
    </message>
    <message>
        <source>manifest.json is not a JSON object (%1 at byte %2).</source>
        <translation>manifest.json n&apos;est pas un objet JSON (%1 à l&apos;octet %2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be %2.</source>
        <translation>«&#xa0;%1&#xa0;» doit être %2.</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>a locale like de_CH</source>
        <translation>un code régional comme de_CH</translation>
    </message>
    <message>
        <source>The locale %1 is not a language the Cockpit writes in; new tenants get the company&apos;s default language.</source>
        <translation>Le code régional %1 ne correspond à aucune langue dans laquelle le Cockpit écrit; les nouveaux locataires reçoivent la langue par défaut de l&apos;entreprise.</translation>
    </message>
    <message>
        <source>&quot;rented&quot; or &quot;owned&quot;</source>
        <translation>«&#xa0;rented&#xa0;» ou «&#xa0;owned&#xa0;»</translation>
    </message>
    <message>
        <source>manifest.json: the key &quot;%1&quot; is not known and was ignored.</source>
        <translation>manifest.json&#xa0;: la clé «&#xa0;%1&#xa0;» est inconnue et a été ignorée.</translation>
    </message>
    <message>
        <source>&quot;reportEmails&quot; must be a list of addresses.</source>
        <translation>«&#xa0;reportEmails&#xa0;» doit être une liste d&apos;adresses.</translation>
    </message>
    <message>
        <source>The report address %1 must list &quot;error&quot; and/or &quot;success&quot;.</source>
        <translation>L&apos;adresse de rapport %1 doit indiquer «&#xa0;error&#xa0;» et/ou «&#xa0;success&#xa0;».</translation>
    </message>
    <message>
        <source>Each entry of &quot;reportEmails&quot; is an address or an object {address: [&quot;error&quot;, &quot;success&quot;]}.</source>
        <translation>Chaque entrée de «&#xa0;reportEmails&#xa0;» est une adresse ou un objet {address: [&quot;error&quot;, &quot;success&quot;]}.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address: %2</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse e-mail&#xa0;: %2</translation>
    </message>
    <message>
        <source>The folder %1 inside the job was ignored.</source>
        <translation>Le dossier %1 à l&apos;intérieur de la tâche a été ignoré.</translation>
    </message>
    <message>
        <source>%1 is part of the format but not of what the Cockpit imports; it was skipped.</source>
        <translation>%1 fait partie du format, mais pas de ce que le Cockpit importe; il a été laissé de côté.</translation>
    </message>
    <message>
        <source>%1 is not a file of the data-exchange format; it was ignored.</source>
        <translation>%1 n&apos;est pas un fichier du format d&apos;échange de données; il a été ignoré.</translation>
    </message>
    <message>
        <source>uuidRemappings.csv must be the only CSV file of its job; this job also holds %1.</source>
        <translation>uuidRemappings.csv doit être le seul fichier CSV de sa tâche; cette tâche contient aussi %1.</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>Impossible de lire le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>The file is not UTF-8 (byte %1); the format requires UTF-8.</source>
        <translation>Le fichier n&apos;est pas en UTF-8 (octet %1); le format exige l&apos;UTF-8.</translation>
    </message>
    <message>
        <source>The file is empty: it has not even a header row.</source>
        <translation>Le fichier est vide&#xa0;: il n&apos;a même pas de ligne d&apos;en-tête.</translation>
    </message>
    <message>
        <source>%1: the column &quot;%2&quot; is not known and was ignored.</source>
        <translation>%1&#xa0;: la colonne «&#xa0;%2&#xa0;» est inconnue et a été ignorée.</translation>
    </message>
    <message>
        <source>The column appears more than once in the header.</source>
        <translation>La colonne apparaît plusieurs fois dans l&apos;en-tête.</translation>
    </message>
    <message>
        <source>The header lacks the required column &quot;%1&quot; (names are case-sensitive).</source>
        <translation>Il manque dans l&apos;en-tête la colonne obligatoire «&#xa0;%1&#xa0;» (les noms sont sensibles à la casse).</translation>
    </message>
    <message>
        <source>The row has %1 fields but the header %2.</source>
        <translation>La ligne a %1 champs, mais l&apos;en-tête %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an import type of %2 (allowed: %3).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un type d&apos;importation de %2 (autorisés&#xa0;: %3).</translation>
    </message>
    <message>
        <source>%1 is required on %2.</source>
        <translation>%1 est obligatoire pour «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>The value is longer than 500 characters or holds a line break.</source>
        <translation>La valeur dépasse 500 caractères ou contient un saut de ligne.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a resource (property, group, unit, utilisationPeriod).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une ressource (property, group, unit, utilisationPeriod).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a UUID.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un UUID.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (yyyy-mm-dd).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date (yyyy-mm-dd).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number as the format writes it (+ and 5 to 20 digits, no spaces).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un numéro de téléphone tel que le format l&apos;écrit (+ et 5 à 20 chiffres, sans espaces).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a two-letter country code.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un code de pays à deux lettres.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a postal code (digits and hyphens).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un code postal (chiffres et traits d&apos;union).</translation>
    </message>
    <message>
        <source>The registration code is longer than 100 characters or holds control characters.</source>
        <translation>Le code d&apos;inscription dépasse 100 caractères ou contient des caractères de contrôle.</translation>
    </message>
    <message>
        <source>%1 and %2 are given both or neither.</source>
        <translation>%1 et %2 s&apos;indiquent ensemble ou pas du tout.</translation>
    </message>
    <message>
        <source>%1 lies before %2.</source>
        <translation>%1 est antérieur à %2.</translation>
    </message>
    <message>
        <source>The id %1 also appears on line %2 of this file.</source>
        <translation>L&apos;ID %1 apparaît aussi à la ligne %2 de ce fichier.</translation>
    </message>
    <message>
        <source>The same %1 and %2 also appear on line %3 of this file.</source>
        <translation>Les mêmes %1 et %2 apparaissent aussi à la ligne %3 de ce fichier.</translation>
    </message>
    <message>
        <source>%1 line %2: there is no record %3 to delete (deleted before or never imported); the row changes nothing.</source>
        <translation>%1 ligne %2&#xa0;: il n&apos;y a pas d&apos;enregistrement %3 à supprimer (supprimé auparavant ou jamais importé); la ligne ne change rien.</translation>
    </message>
    <message>
        <source>There is no record %1 to update: it is neither in this job nor imported before.</source>
        <translation>Il n&apos;y a pas d&apos;enregistrement %1 à mettre à jour&#xa0;: il ne figure pas dans cette tâche et n&apos;a pas été importé auparavant.</translation>
    </message>
    <message>
        <source>%1 %2 is deleted by this job (%3).</source>
        <translation>%1 %2 est supprimé par cette tâche (%3).</translation>
    </message>
    <message>
        <source>%1 %2 is neither in this job (%3) nor imported before.</source>
        <translation>%1 %2 ne figure pas dans cette tâche (%3) et n&apos;a pas été importé auparavant.</translation>
    </message>
    <message>
        <source>endDate %1 lies before the period&apos;s start (%2) as imported before.</source>
        <translation>endDate %1 est antérieure au début de la période (%2) tel qu&apos;importé auparavant.</translation>
    </message>
    <message>
        <source>startDate %1 lies after the period&apos;s end (%2) as imported before.</source>
        <translation>startDate %1 est postérieure à la fin de la période (%2) telle qu&apos;importée auparavant.</translation>
    </message>
    <message>
        <source>The registration code is the same as on line %1; every tenant needs a code of their own.</source>
        <translation>Le code d&apos;inscription est le même qu&apos;à la ligne %1; chaque locataire a besoin de son propre code.</translation>
    </message>
    <message>
        <source>The registration code already belongs to another tenant.</source>
        <translation>Le code d&apos;inscription appartient déjà à un autre locataire.</translation>
    </message>
    <message>
        <source>Line %1 gives the same e-mail address; each agent signs in with an address of their own.</source>
        <translation>La ligne %1 indique la même adresse e-mail; chaque collaborateur se connecte avec sa propre adresse.</translation>
    </message>
    <message>
        <source>Another agent already signs in as %1.</source>
        <translation>Un autre collaborateur se connecte déjà avec %1.</translation>
    </message>
    <message>
        <source>The new id is the old one.</source>
        <translation>Le nouvel ID est identique à l&apos;ancien.</translation>
    </message>
    <message>
        <source>The %1 %2 already gets a new id on line %3.</source>
        <translation>La ressource %1 %2 reçoit déjà un nouvel ID à la ligne %3.</translation>
    </message>
    <message>
        <source>The id %1 is already given to another %2 on line %3.</source>
        <translation>L&apos;ID %1 est déjà attribué à une autre ressource %2 à la ligne %3.</translation>
    </message>
    <message>
        <source>There is no %1 %2 to give a new id.</source>
        <translation>Il n&apos;y a pas de ressource %1 %2 à laquelle attribuer un nouvel ID.</translation>
    </message>
    <message>
        <source>The id %1 is already taken by another %2.</source>
        <translation>L&apos;ID %1 est déjà pris par une autre ressource %2.</translation>
    </message>
    <message>
        <source>An insert returned no id.</source>
        <translation>Une insertion n&apos;a renvoyé aucun ID.</translation>
    </message>
    <message numerus="yes">
        <source>%n new tenant(s) have no e-mail address and cannot be invited yet.</source>
        <translation>
            <numerusform>%n nouveau locataire n&apos;a pas d&apos;adresse e-mail et ne peut pas encore être invité.</numerusform>
            <numerusform>%n nouveaux locataires n&apos;ont pas d&apos;adresse e-mail et ne peuvent pas encore être invités.</numerusform>
        </translation>
    </message>
    <message>
        <source>tenants.csv line %1: the tenant already has an activation code that was sent or used; the ERP&apos;s new code was not taken.</source>
        <translation>tenants.csv ligne %1&#xa0;: le locataire a déjà un code d&apos;activation qui a été envoyé ou utilisé; le nouveau code de l&apos;ERP n&apos;a pas été repris.</translation>
    </message>
    <message>
        <source>agents.csv line %1: firstName is only taken together with lastName (the Cockpit keeps one display name); the agent&apos;s name was left as it is.</source>
        <translation>agents.csv ligne %1&#xa0;: firstName n&apos;est repris qu&apos;avec lastName (le Cockpit conserve un seul nom affiché); le nom du collaborateur n&apos;a pas été modifié.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The Qt SQL driver %1 is not installed (Debian package %2).</source>
        <translation>Le pilote Qt SQL %1 n&apos;est pas installé (paquet Debian %2).</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Cannot open the database %1</source>
        <translation>Impossible d&apos;ouvrir la base de données %1</translation>
    </message>
    <message>
        <source>Cannot reach the database %1</source>
        <translation>Impossible d&apos;atteindre la base de données %1</translation>
    </message>
    <message>
        <source>%1 is not a Tenant Cockpit database (%2)</source>
        <translation>%1 n&apos;est pas une base de données Tenant Cockpit (%2)</translation>
    </message>
    <message>
        <source>%1 is not a Tenant Cockpit database: it holds other tables (%2). Nothing was changed.</source>
        <translation>%1 n&apos;est pas une base de données Tenant Cockpit&#xa0;: elle contient d&apos;autres tables (%2). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>%1: cannot switch to write-ahead logging (journal mode %2).</source>
        <translation>%1&#xa0;: impossible de passer en mode write-ahead logging (mode de journal %2).</translation>
    </message>
    <message>
        <source>A query failed</source>
        <translation>Une requête a échoué</translation>
    </message>
    <message>
        <source>Cannot prepare a query</source>
        <translation>Impossible de préparer une requête</translation>
    </message>
</context>
<context>
    <name>DatabaseUrl</name>
    <message>
        <source>Invalid database URL: %1</source>
        <translation>URL de base de données non valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>expected sqlite:/path/file.db or sqlite:///path/file.db</source>
        <translation>attendu&#xa0;: sqlite:/path/file.db ou sqlite:///path/file.db</translation>
    </message>
    <message>
        <source>the SQLite file name is missing (sqlite:/path/file.db)</source>
        <translation>le nom du fichier SQLite manque (sqlite:/path/file.db)</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file</source>
        <translation>%1 est un dossier, pas un fichier de base de données</translation>
    </message>
    <message>
        <source>unknown kind (none given)</source>
        <translation>type inconnu (aucun indiqué)</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot;</source>
        <translation>type «&#xa0;%1&#xa0;» inconnu</translation>
    </message>
    <message>
        <source>%1; use sqlite:/path/file.db or postgresql://user@host:port/dbname</source>
        <translation>%1; utilisez sqlite:/path/file.db ou postgresql://user@host:port/dbname</translation>
    </message>
    <message>
        <source>it is not a well-formed postgresql://user@host:port/dbname address</source>
        <translation>ce n&apos;est pas une adresse postgresql://user@host:port/dbname bien formée</translation>
    </message>
    <message>
        <source>port %1 is out of range</source>
        <translation>le port %1 est hors limites</translation>
    </message>
    <message>
        <source>the database name is missing (postgresql://user@host:port/dbname)</source>
        <translation>le nom de la base de données manque (postgresql://user@host:port/dbname)</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot; (known: %2)</source>
        <translation>option «&#xa0;%1&#xa0;» inconnue (connues&#xa0;: %2)</translation>
    </message>
    <message>
        <source>option &quot;%1&quot; has an unusable value</source>
        <translation>l&apos;option «&#xa0;%1&#xa0;» a une valeur inutilisable</translation>
    </message>
    <message>
        <source>give the host either in the URL or as ?host=, not both</source>
        <translation>indiquez l&apos;hôte soit dans l&apos;URL, soit avec ?host=, mais pas les deux</translation>
    </message>
    <message>
        <source>sslmode &quot;%1&quot; is not one of %2</source>
        <translation>sslmode «&#xa0;%1&#xa0;» ne fait pas partie de %2</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>Cancelled: no demo data was written.</source>
        <translation>Annulé&#xa0;: aucune donnée de démonstration n&apos;a été écrite.</translation>
    </message>
    <message>
        <source>The number of demo tenants must be between 1 and %1.</source>
        <translation>Le nombre de locataires de démonstration doit être compris entre 1 et %1.</translation>
    </message>
    <message>
        <source>The reference date for demo data is not valid.</source>
        <translation>La date de référence des données de démonstration n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>Only an administrator or a manager may write demo data.</source>
        <translation>Seuls un administrateur ou la direction peuvent écrire des données de démonstration.</translation>
    </message>
    <message>
        <source>The database already holds properties or persons; demo data only goes into an empty database.</source>
        <translation>La base de données contient déjà des immeubles ou des personnes; les données de démonstration ne vont que dans une base vide.</translation>
    </message>
    <message>
        <source>The number of demo tickets must be between 0 and %1.</source>
        <translation>Le nombre de tickets de démonstration doit être compris entre 0 et %1.</translation>
    </message>
    <message>
        <source>Demo tickets need the demo tenants and agents: write those first.</source>
        <translation>Les tickets de démonstration nécessitent les locataires et les collaborateurs de démonstration&#xa0;: écrivez-les d&apos;abord.</translation>
    </message>
</context>
<context>
    <name>DropFolder</name>
    <message>
        <source>No drop folder is set (company setting import.drop_folder).</source>
        <translation>Aucun dossier de dépôt n&apos;est défini (paramètre de l&apos;entreprise import.drop_folder).</translation>
    </message>
    <message>
        <source>The drop folder %1 does not exist or is not a folder.</source>
        <translation>Le dossier de dépôt %1 n&apos;existe pas ou n&apos;est pas un dossier.</translation>
    </message>
    <message>
        <source>The drop folder %1 is not writable, so imported jobs could not be moved out of it.</source>
        <translation>Le dossier de dépôt %1 n&apos;est pas accessible en écriture&#xa0;: les tâches importées ne pourraient pas en être retirées.</translation>
    </message>
    <message>
        <source>Cannot create %1 in the drop folder.</source>
        <translation>Impossible de créer %1 dans le dossier de dépôt.</translation>
    </message>
    <message>
        <source>The import was stopped; the job stays in the drop folder.</source>
        <translation>L&apos;importation a été arrêtée; la tâche reste dans le dossier de dépôt.</translation>
    </message>
    <message>
        <source>The job was imported but could not be moved to %1/; it is not imported again until the watcher restarts.</source>
        <translation>La tâche a été importée mais n&apos;a pas pu être déplacée dans %1/; elle ne sera pas réimportée avant le redémarrage de la surveillance.</translation>
    </message>
    <message>
        <source>The report could not be written to %1: %2</source>
        <translation>Le rapport n&apos;a pas pu être écrit dans %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>EmailAddress</name>
    <message>
        <source>there is nothing before the @</source>
        <translation>il n&apos;y a rien avant le @</translation>
    </message>
    <message>
        <source>the part before @ starts or ends with a dot</source>
        <translation>la partie avant le @ commence ou se termine par un point</translation>
    </message>
    <message>
        <source>the part before @ has two dots in a row</source>
        <translation>la partie avant le @ contient deux points consécutifs</translation>
    </message>
    <message>
        <source>the part before @ contains %1, which an address cannot hold</source>
        <translation>la partie avant le @ contient %1, qu&apos;une adresse ne peut pas contenir</translation>
    </message>
    <message>
        <source>the part before @ is too long</source>
        <translation>la partie avant le @ est trop longue</translation>
    </message>
    <message>
        <source>the part after @ is too long</source>
        <translation>la partie après le @ est trop longue</translation>
    </message>
    <message>
        <source>the part after @ has an empty part (two dots in a row or a dot at an end)</source>
        <translation>la partie après le @ contient un élément vide (deux points consécutifs ou un point à une extrémité)</translation>
    </message>
    <message>
        <source>a part of the domain is longer than 63 characters</source>
        <translation>un élément du domaine dépasse 63 caractères</translation>
    </message>
    <message>
        <source>a part of the domain starts or ends with a hyphen</source>
        <translation>un élément du domaine commence ou se termine par un trait d&apos;union</translation>
    </message>
    <message>
        <source>the part after @ contains %1, which a domain cannot hold</source>
        <translation>la partie après le @ contient %1, qu&apos;un domaine ne peut pas contenir</translation>
    </message>
    <message>
        <source>the part after @ is not a domain (it needs a dot, as in example.ch)</source>
        <translation>la partie après le @ n&apos;est pas un domaine (il faut un point, comme dans example.ch)</translation>
    </message>
    <message>
        <source>the part after @ is not a domain (it ends in a number)</source>
        <translation>la partie après le @ n&apos;est pas un domaine (elle se termine par un nombre)</translation>
    </message>
    <message>
        <source>the address is empty</source>
        <translation>l&apos;adresse est vide</translation>
    </message>
    <message>
        <source>it contains a control character or an invisible formatting character</source>
        <translation>elle contient un caractère de contrôle ou un caractère de mise en forme invisible</translation>
    </message>
    <message>
        <source>it contains a name or angle brackets: enter only the address itself</source>
        <translation>elle contient un nom ou des chevrons&#xa0;: saisissez uniquement l&apos;adresse elle-même</translation>
    </message>
    <message>
        <source>it contains a comma or semicolon: enter one address only</source>
        <translation>elle contient une virgule ou un point-virgule&#xa0;: saisissez une seule adresse</translation>
    </message>
    <message>
        <source>quoted parts (&quot;...&quot;) are not accepted</source>
        <translation>les parties entre guillemets (&quot;...&quot;) ne sont pas acceptées</translation>
    </message>
    <message>
        <source>it contains a space</source>
        <translation>elle contient un espace</translation>
    </message>
    <message>
        <source>it has no @</source>
        <translation>elle ne contient pas de @</translation>
    </message>
    <message>
        <source>it contains more than one @</source>
        <translation>elle contient plus d&apos;un @</translation>
    </message>
    <message>
        <source>there is nothing after the @</source>
        <translation>il n&apos;y a rien après le @</translation>
    </message>
    <message>
        <source>IP addresses are not accepted after the @, only domain names</source>
        <translation>les adresses IP ne sont pas acceptées après le @, seulement les noms de domaine</translation>
    </message>
    <message>
        <source>the part after @ is not a domain</source>
        <translation>la partie après le @ n&apos;est pas un domaine</translation>
    </message>
    <message>
        <source>the address is longer than 254 characters</source>
        <translation>l&apos;adresse dépasse 254 caractères</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>Nothing was imported: the input has errors.</source>
        <translation>Rien n&apos;a été importé&#xa0;: les données contiennent des erreurs.</translation>
    </message>
    <message>
        <source>Checked, not yet applied: this job waits for someone to confirm it.</source>
        <translation>Vérifié, pas encore appliqué&#xa0;: cette tâche attend une confirmation.</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed. A real run would do this:</source>
        <translation>Simulation&#xa0;: rien n&apos;a été modifié. Une exécution réelle ferait ceci&#xa0;:</translation>
    </message>
    <message>
        <source>%1: %2 added, %3 updated, %4 unchanged</source>
        <translation>%1&#xa0;: %2 ajouté(s), %3 mis à jour, %4 inchangé(s)</translation>
    </message>
    <message>
        <source>, %1 ended</source>
        <translation>, %1 terminé(s)</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Immeubles</translation>
    </message>
    <message>
        <source>Buildings</source>
        <translation>Bâtiments</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Objets</translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation>Locataires</translation>
    </message>
    <message>
        <source>Tenancies</source>
        <translation>Baux</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Collaborateurs</translation>
    </message>
    <message>
        <source>E-mail changed: %1</source>
        <translation>E-mail modifié&#xa0;: %1</translation>
    </message>
    <message>
        <source>Alias users created: %1</source>
        <translation>Utilisateurs alias créés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Alias user %1 (%2) may be tenant %3: confirm the link under Tenants &gt; Alias users.</source>
        <translation>L&apos;utilisateur alias %1 (%2) est peut-être le locataire %3&#xa0;: confirmez le lien sous Locataires &gt; Utilisateurs alias.</translation>
    </message>
    <message>
        <source>Alias user %1 (%2) may be any of the tenants %3: choose under Tenants &gt; Alias users.</source>
        <translation>L&apos;utilisateur alias %1 (%2) est peut-être l&apos;un des locataires %3&#xa0;: choisissez sous Locataires &gt; Utilisateurs alias.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) rejected:</source>
        <translation>
            <numerusform>%n ligne rejetée&#xa0;:</numerusform>
            <numerusform>%n lignes rejetées&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>, line %1</source>
        <translation>, ligne %1</translation>
    </message>
    <message>
        <source>, column &quot;%1&quot;</source>
        <translation>, colonne «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>ImportService</name>
    <message>
        <source>There is no file or folder %1.</source>
        <translation>Il n&apos;existe aucun fichier ni dossier %1.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Importing master data needs an administrator; %1 is an agent.</source>
        <translation>L&apos;importation de données de base nécessite un administrateur; %1 est collaborateur.</translation>
    </message>
    <message>
        <source>%1 is a folder; a tenant list is one CSV file. Use --format data-exchange for an ERP job folder.</source>
        <translation>%1 est un dossier; une liste des locataires est un seul fichier CSV. Utilisez --format data-exchange pour un dossier de tâche ERP.</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder to unpack %1.</source>
        <translation>Impossible de créer un dossier temporaire pour décompresser %1.</translation>
    </message>
    <message>
        <source>The import run was not recorded.</source>
        <translation>L&apos;exécution d&apos;importation n&apos;a pas été enregistrée.</translation>
    </message>
    <message>
        <source>There is no finished import run %1.</source>
        <translation>Il n&apos;existe aucune exécution d&apos;importation terminée portant le numéro %1.</translation>
    </message>
</context>
<context>
    <name>Invitations</name>
    <message>
        <source>No unique activation code could be drawn.</source>
        <translation>Aucun code d&apos;activation unique n&apos;a pu être généré.</translation>
    </message>
    <message>
        <source>There is no such tenant.</source>
        <translation>Ce locataire n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The person was merged into another and is no longer a tenant of their own.</source>
        <translation>La personne a été fusionnée avec une autre et n&apos;est plus un locataire à part entière.</translation>
    </message>
    <message>
        <source>Already registered in the tenant app.</source>
        <translation>Déjà inscrit dans l&apos;application locataires.</translation>
    </message>
    <message>
        <source>An alias user made by hand is invited as the tenant the ERP delivers: link the alias to that tenant first.</source>
        <translation>Un utilisateur alias créé à la main est invité en tant que locataire livré par l&apos;ERP&#xa0;: liez d&apos;abord l&apos;alias à ce locataire.</translation>
    </message>
    <message>
        <source>No e-mail address: an invitation needs one (it comes with the ERP&apos;s next import, or is entered in the tenant&apos;s data).</source>
        <translation>Pas d&apos;adresse e-mail&#xa0;: une invitation en a besoin (elle arrive avec la prochaine importation de l&apos;ERP, ou se saisit dans les données du locataire).</translation>
    </message>
    <message>
        <source>The e-mail address %1 cannot be used: %2</source>
        <translation>L&apos;adresse e-mail %1 ne peut pas être utilisée&#xa0;: %2</translation>
    </message>
    <message>
        <source>Only an administrator may invite tenants.</source>
        <translation>Seul un administrateur peut inviter des locataires.</translation>
    </message>
    <message>
        <source>The invitation links to the tenant app&apos;s registration page, and none is set: a manager sets it in Company settings (registration.base_url). Nobody was invited.</source>
        <translation>L&apos;invitation renvoie à la page d&apos;inscription de l&apos;application locataires, et aucune n&apos;est définie&#xa0;: la direction la définit dans les paramètres de l&apos;entreprise (registration.base_url). Personne n&apos;a été invité.</translation>
    </message>
    <message>
        <source>No sender is set for the office&apos;s e-mails: a manager sets it in Company settings (smtp.from). Nobody was invited.</source>
        <translation>Aucun expéditeur n&apos;est défini pour les e-mails de la gérance&#xa0;: la direction le définit dans les paramètres de l&apos;entreprise (smtp.from). Personne n&apos;a été invité.</translation>
    </message>
    <message numerus="yes">
        <source>%n tenant(s) invited before this stay invited.</source>
        <translation>
            <numerusform>%n locataire invité auparavant reste invité.</numerusform>
            <numerusform>%n locataires invités auparavant restent invités.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not sent: the ERP changed the tenant&apos;s address.</source>
        <translation>Non envoyé&#xa0;: l&apos;ERP a modifié l&apos;adresse du locataire.</translation>
    </message>
</context>
<context>
    <name>InviteTenants</name>
    <message>
        <source>Invite to the tenant app</source>
        <translation>Inviter à l&apos;application locataires</translation>
    </message>
    <message>
        <source>Nobody to invite: everyone there is invited or registered already.</source>
        <translation>Personne à inviter&#xa0;: tout le monde y est déjà invité ou inscrit.</translation>
    </message>
    <message>
        <source>Invite %1 by e-mail? Tenants invited before get a reminder with the same code.</source>
        <translation>Inviter %1 par e-mail? Les locataires invités auparavant reçoivent un rappel avec le même code.</translation>
    </message>
    <message>
        <source>Inviting…</source>
        <translation>Invitation en cours…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>%1 invitation(s) and %2 reminder(s) are in the outbox.</source>
        <translation>%1 invitation(s) et %2 rappel(s) se trouvent dans la boîte d&apos;envoi.</translation>
    </message>
    <message>
        <source>Cancelled: the other tenants were not invited.</source>
        <translation>Annulé&#xa0;: les autres locataires n&apos;ont pas été invités.</translation>
    </message>
    <message>
        <source>%1 could not be invited (see the details).</source>
        <translation>%1 locataire(s) n&apos;ont pas pu être invités (voir les détails).</translation>
    </message>
</context>
<context>
    <name>LocalBackup</name>
    <message>
        <source>The copy could not start: %1</source>
        <translation>La copie n&apos;a pas pu démarrer&#xa0;: %1</translation>
    </message>
    <message>
        <source>The office file stayed locked by another program for %1 s: try again when its import or save is done.</source>
        <translation>Le fichier de la gérance est resté verrouillé par un autre programme pendant %1 s&#xa0;: réessayez quand son importation ou son enregistrement sera terminé.</translation>
    </message>
    <message>
        <source>The copy failed: %1</source>
        <translation>La copie a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Backup and restore copy a local office file. A PostgreSQL office is saved with pg_dump and brought back with pg_restore (see the README); &quot;cockpitctl status&quot; then checks the restored schema.</source>
        <translation>La sauvegarde et la restauration copient un fichier local de gérance. Une gérance sur PostgreSQL se sauvegarde avec pg_dump et se restaure avec pg_restore (voir le README); «&#xa0;cockpitctl status&#xa0;» vérifie ensuite le schéma restauré.</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>Le fichier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 ne peut pas être ouvert&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a Tenant Cockpit office file.</source>
        <translation>%1 n&apos;est pas un fichier de gérance Tenant Cockpit.</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 est endommagé&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 was written by a newer Tenant Cockpit (schema %2, this program %3): restore it with that version.</source>
        <translation>%1 a été écrit par une version plus récente de Tenant Cockpit (schéma %2, ce programme %3)&#xa0;: restaurez-le avec cette version.</translation>
    </message>
    <message>
        <source>%1 exists already: a backup never overwrites a file, give a new name.</source>
        <translation>%1 existe déjà&#xa0;: une sauvegarde n&apos;écrase jamais un fichier, indiquez un nouveau nom.</translation>
    </message>
    <message>
        <source>There is no folder %1.</source>
        <translation>Le dossier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The office file&apos;s connection is not SQLite&apos;s.</source>
        <translation>La connexion du fichier de la gérance n&apos;est pas une connexion SQLite.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 ne peut pas être écrit&#xa0;: %2</translation>
    </message>
    <message>
        <source>The copy did not check out: %1</source>
        <translation>La vérification de la copie a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 could not be created (did another program make it meanwhile?).</source>
        <translation>%1 n&apos;a pas pu être créé (un autre programme l&apos;a-t-il créé entre-temps?).</translation>
    </message>
    <message>
        <source>%1 is the office file itself.</source>
        <translation>%1 est le fichier de la gérance lui-même.</translation>
    </message>
    <message>
        <source>The office&apos;s data as it is could not be kept first, so nothing was restored: %1</source>
        <translation>Les données actuelles de la gérance n&apos;ont pas pu être conservées au préalable, donc rien n&apos;a été restauré&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>MailSetup</name>
    <message>
        <source>No mail server is set: a manager sets smtp.host in Company settings.</source>
        <translation>Aucun serveur de messagerie n&apos;est défini&#xa0;: la direction définit smtp.host dans les paramètres de l&apos;entreprise.</translation>
    </message>
    <message>
        <source>No sender is set: a manager sets smtp.from in Company settings.</source>
        <translation>Aucun expéditeur n&apos;est défini&#xa0;: la direction définit smtp.from dans les paramètres de l&apos;entreprise.</translation>
    </message>
    <message>
        <source>The password file %1 cannot be read: %2</source>
        <translation>Le fichier de mot de passe %1 ne peut pas être lu&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>MailTemplates</name>
    <message>
        <source>Invitation</source>
        <translation>Invitation</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Rappel</translation>
    </message>
    <message>
        <source>E-mail address changed (to the old address)</source>
        <translation>Adresse e-mail modifiée (à l&apos;ancienne adresse)</translation>
    </message>
    <message>
        <source>Important pinboard post</source>
        <translation>Annonce importante du tableau d&apos;affichage</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the template languages (de, fr, it, en).</source>
        <translation>«&#xa0;%1&#xa0;» ne fait pas partie des langues des modèles (de, fr, it, en).</translation>
    </message>
    <message>
        <source>A template needs a subject and a text.</source>
        <translation>Un modèle nécessite un objet et un texte.</translation>
    </message>
    <message>
        <source>The subject is longer than 200 characters.</source>
        <translation>L&apos;objet dépasse 200 caractères.</translation>
    </message>
    <message>
        <source>The text is longer than 20,000 characters.</source>
        <translation>Le texte dépasse 20&#xa0;000 caractères.</translation>
    </message>
    <message>
        <source>{%1} is not a placeholder of this e-mail; it offers %2.</source>
        <translation>{%1} n&apos;est pas une variable de cet e-mail; variables disponibles&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 may not be in the subject: subjects are logged by mail servers.</source>
        <translation>%1 ne doit pas figurer dans l&apos;objet&#xa0;: les serveurs de messagerie journalisent les objets.</translation>
    </message>
    <message>
        <source>The text must contain {%1}.</source>
        <translation>Le texte doit contenir {%1}.</translation>
    </message>
    <message>
        <source>Only a manager may change the e-mail templates.</source>
        <translation>Seule la direction peut modifier les modèles d&apos;e-mail.</translation>
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
        <translation>L&apos;immeuble %1 n&apos;existe pas (ou plus).</translation>
    </message>
    <message>
        <source>There is no building %1 (any more).</source>
        <translation>Le bâtiment %1 n&apos;existe pas (ou plus).</translation>
    </message>
    <message>
        <source>There is no unit %1 (any more).</source>
        <translation>L&apos;objet %1 n&apos;existe pas (ou plus).</translation>
    </message>
    <message>
        <source>There is no tenancy %1 (any more).</source>
        <translation>Le bail %1 n&apos;existe pas (ou plus).</translation>
    </message>
    <message>
        <source>There is no unit with the reference %1.</source>
        <translation>Aucun objet ne porte la référence %1.</translation>
    </message>
    <message>
        <source>There is no property with the reference %1.</source>
        <translation>Aucun immeuble ne porte la référence %1.</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>This database was written by a newer version of Tenant Cockpit (schema version %1; this program knows up to %2). Update Tenant Cockpit before using this database.</source>
        <translation>Cette base de données a été écrite par une version plus récente de Tenant Cockpit (version du schéma %1; ce programme connaît jusqu&apos;à la version %2). Mettez Tenant Cockpit à jour avant d&apos;utiliser cette base de données.</translation>
    </message>
    <message>
        <source>The database has schema version %1, this program needs %2: run &quot;cockpitctl migrate&quot; or open it once in Tenant Cockpit.</source>
        <translation>La base de données a la version du schéma %1, ce programme a besoin de la version %2&#xa0;: exécutez «&#xa0;cockpitctl migrate&#xa0;» ou ouvrez-la une fois dans Tenant Cockpit.</translation>
    </message>
    <message>
        <source>Migration %1 (%2) failed: %3</source>
        <translation>La migration %1 (%2) a échoué&#xa0;: %3</translation>
    </message>
    <message>
        <source>Migration %1 (%2) failed: a row of %3 refers to a missing row of %4.</source>
        <translation>La migration %1 (%2) a échoué&#xa0;: une ligne de %3 renvoie à une ligne manquante de %4.</translation>
    </message>
</context>
<context>
    <name>MimeMessage</name>
    <message>
        <source>&quot;%1&quot; is not an e-mail address: %2</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse e-mail&#xa0;: %2</translation>
    </message>
    <message>
        <source>The address %1 has letters before the @ that only a server with SMTPUTF8 accepts.</source>
        <translation>L&apos;adresse %1 contient avant le @ des lettres que seul un serveur avec SMTPUTF8 accepte.</translation>
    </message>
    <message>
        <source>The domain of %1 has no ASCII form.</source>
        <translation>Le domaine de %1 n&apos;a pas de forme ASCII.</translation>
    </message>
    <message>
        <source>The message has no usable Message-ID.</source>
        <translation>Le message n&apos;a pas de Message-ID utilisable.</translation>
    </message>
</context>
<context>
    <name>OfficeCopy</name>
    <message>
        <source>The server&apos;s table %1 has no column %2.</source>
        <translation>La table %1 du serveur n&apos;a pas de colonne %2.</translation>
    </message>
    <message>
        <source>A copy goes from the office&apos;s local file to a PostgreSQL server.</source>
        <translation>Une copie se fait du fichier local de la gérance vers un serveur PostgreSQL.</translation>
    </message>
    <message>
        <source>Both databases need this version&apos;s schema (%1); the file has %2, the server %3.</source>
        <translation>Les deux bases de données doivent avoir le schéma de cette version (%1); le fichier a %2, le serveur %3.</translation>
    </message>
    <message>
        <source>The server&apos;s database is not empty (%1 holds %2 rows): a copy goes only into an empty one, so that nothing there is mixed with the office&apos;s data.</source>
        <translation>La base de données du serveur n&apos;est pas vide (%1 contient %2 lignes)&#xa0;: une copie ne va que dans une base vide, afin que rien ne s&apos;y mélange avec les données de la gérance.</translation>
    </message>
    <message>
        <source>The copy of %1 differs from the file (%2 rows, checksum %3; the file: %4 rows, %5). Nothing was copied.</source>
        <translation>La copie de %1 diffère du fichier (%2 lignes, somme de contrôle %3; le fichier&#xa0;: %4 lignes, %5). Rien n&apos;a été copié.</translation>
    </message>
</context>
<context>
    <name>OfficeRoles</name>
    <message>
        <source>The database role that owns the office database needs CREATEROLE, so that every agent can log in as a role of their own: ALTER ROLE %1 CREATEROLE (as a superuser), then open the office again.</source>
        <translation>Le rôle de base de données propriétaire de la base de la gérance a besoin de CREATEROLE, afin que chaque collaborateur puisse se connecter avec son propre rôle&#xa0;: ALTER ROLE %1 CREATEROLE (en tant que superutilisateur), puis rouvrez la gérance.</translation>
    </message>
    <message>
        <source>The PostgreSQL connection has no native handle.</source>
        <translation>La connexion PostgreSQL ne fournit pas de handle natif.</translation>
    </message>
    <message>
        <source>The password could not be prepared for the server: %1</source>
        <translation>Le mot de passe n&apos;a pas pu être préparé pour le serveur&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>OfficeSetup</name>
    <message>
        <source>Only an administrator or a manager may set up the company.</source>
        <translation>Seuls un administrateur ou la direction peuvent configurer l&apos;entreprise.</translation>
    </message>
    <message>
        <source>Unknown table %1.</source>
        <translation>Table %1 inconnue.</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>Only an administrator may send failed e-mails again.</source>
        <translation>Seul un administrateur peut renvoyer des e-mails échoués.</translation>
    </message>
    <message>
        <source>The message cannot be written: %1</source>
        <translation>Le message ne peut pas être écrit&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Password</name>
    <message>
        <source>The password needs at least %1 characters.</source>
        <translation>Le mot de passe doit compter au moins %1 caractères.</translation>
    </message>
    <message>
        <source>The password may have at most %1 characters.</source>
        <translation>Le mot de passe peut compter au plus %1 caractères.</translation>
    </message>
    <message>
        <source>This password is one of the most common ones; choose another.</source>
        <translation>Ce mot de passe fait partie des plus courants; choisissez-en un autre.</translation>
    </message>
    <message>
        <source>This password is too easy to guess; choose another.</source>
        <translation>Ce mot de passe est trop facile à deviner; choisissez-en un autre.</translation>
    </message>
    <message>
        <source>The password library could not be started.</source>
        <translation>La bibliothèque de mots de passe n&apos;a pas pu être démarrée.</translation>
    </message>
    <message>
        <source>There was not enough memory to protect the password.</source>
        <translation>La mémoire était insuffisante pour protéger le mot de passe.</translation>
    </message>
</context>
<context>
    <name>Pinboard</name>
    <message>
        <source>No e-mail address.</source>
        <translation>Pas d&apos;adresse e-mail.</translation>
    </message>
    <message>
        <source>Not invited to the tenant app yet.</source>
        <translation>Pas encore invité à l&apos;application locataires.</translation>
    </message>
    <message>
        <source>A post needs a title.</source>
        <translation>Une annonce nécessite un titre.</translation>
    </message>
    <message>
        <source>The title is longer than %1 characters.</source>
        <translation>Le titre dépasse %1 caractères.</translation>
    </message>
    <message>
        <source>A post needs a text.</source>
        <translation>Une annonce nécessite un texte.</translation>
    </message>
    <message>
        <source>The text is longer than %L1 characters.</source>
        <translation>Le texte dépasse %L1 caractères.</translation>
    </message>
    <message>
        <source>Choose whom the post is for: the whole company, properties or buildings.</source>
        <translation>Choisissez à qui s&apos;adresse l&apos;annonce&#xa0;: toute l&apos;entreprise, des immeubles ou des bâtiments.</translation>
    </message>
    <message>
        <source>The post would end (%1) before it begins (%2).</source>
        <translation>L&apos;annonce se terminerait (%1) avant de commencer (%2).</translation>
    </message>
    <message>
        <source>Only an administrator may write pinboard posts.</source>
        <translation>Seul un administrateur peut rédiger des annonces du tableau d&apos;affichage.</translation>
    </message>
    <message>
        <source>No sender is set for the office&apos;s e-mails: a manager sets it in Company settings (smtp.from). Nothing was saved or sent.</source>
        <translation>Aucun expéditeur n&apos;est défini pour les e-mails de la gérance&#xa0;: la direction le définit dans les paramètres de l&apos;entreprise (smtp.from). Rien n&apos;a été enregistré ni envoyé.</translation>
    </message>
    <message>
        <source>The post would be over (%1) before it is published.</source>
        <translation>L&apos;annonce serait déjà expirée (%1) avant d&apos;être publiée.</translation>
    </message>
    <message>
        <source>There is no property with the id %1.</source>
        <translation>Aucun immeuble n&apos;a l&apos;ID %1.</translation>
    </message>
    <message>
        <source>There is no building with the id %1.</source>
        <translation>Aucun bâtiment n&apos;a l&apos;ID %1.</translation>
    </message>
    <message>
        <source>Only an important post is e-mailed: mark it important to notify its tenants again.</source>
        <translation>Seule une annonce importante est envoyée par e-mail&#xa0;: marquez-la comme importante pour avertir à nouveau ses locataires.</translation>
    </message>
    <message>
        <source>There is no pinboard post %1 (it may have been deleted).</source>
        <translation>L&apos;annonce %1 n&apos;existe pas (elle a peut-être été supprimée).</translation>
    </message>
    <message>
        <source>Someone else changed this post since it was opened (at %1). Open it again to see their changes; nothing was saved.</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié cette annonce depuis son ouverture (le %1). Rouvrez-la pour voir ses modifications; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Someone else changed this post a moment ago. Open it again; nothing was saved.</source>
        <translation>Quelqu&apos;un d&apos;autre vient de modifier cette annonce. Rouvrez-la; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Only an administrator may delete pinboard posts.</source>
        <translation>Seul un administrateur peut supprimer des annonces du tableau d&apos;affichage.</translation>
    </message>
    <message>
        <source>There is no pinboard post %1 (it may have been deleted already).</source>
        <translation>L&apos;annonce %1 n&apos;existe pas (elle a peut-être déjà été supprimée).</translation>
    </message>
    <message>
        <source>Not sent: the pinboard post was deleted.</source>
        <translation>Non envoyé&#xa0;: l&apos;annonce a été supprimée.</translation>
    </message>
    <message>
        <source>Whole company</source>
        <translation>Toute l&apos;entreprise</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>PreparedStatement</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The SQLite connection has no native handle.</source>
        <translation>La connexion SQLite ne fournit pas de handle natif.</translation>
    </message>
    <message>
        <source>Cannot prepare a statement</source>
        <translation>Impossible de préparer une instruction</translation>
    </message>
    <message>
        <source>A query failed</source>
        <translation>Une requête a échoué</translation>
    </message>
</context>
<context>
    <name>Registration</name>
    <message>
        <source>This activation code is not valid, or it has been used already.</source>
        <translation>Ce code d&apos;activation n&apos;est pas valide ou a déjà été utilisé.</translation>
    </message>
    <message>
        <source>tenant %1</source>
        <translation>locataire %1</translation>
    </message>
</context>
<context>
    <name>ReplyParser</name>
    <message>
        <source>a reply line longer than %1 bytes</source>
        <translation>une ligne de réponse de plus de %1 octets</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an SMTP reply</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une réponse SMTP</translation>
    </message>
    <message>
        <source>a multi-line reply changes its code from %1 to %2</source>
        <translation>une réponse multiligne change de code de %1 à %2</translation>
    </message>
    <message>
        <source>a reply of more than %1 lines</source>
        <translation>une réponse de plus de %1 lignes</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Agent</source>
        <translation>Collaborateur</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Direction</translation>
    </message>
</context>
<context>
    <name>SettingsCatalog</name>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>l&apos;une des valeurs %1</translation>
    </message>
    <message>
        <source>two-letter ISO country code</source>
        <translation>code de pays ISO à deux lettres</translation>
    </message>
    <message>
        <source>port number (1-65535)</source>
        <translation>numéro de port (1-65535)</translation>
    </message>
    <message>
        <source>e-mail address, with a name if wanted: Name &lt;address&gt;</source>
        <translation>adresse e-mail, avec un nom si souhaité&#xa0;: Nom &lt;adresse&gt;</translation>
    </message>
    <message>
        <source>web address (https://...)</source>
        <translation>adresse web (https://...)</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Nom de l&apos;entreprise</translation>
    </message>
    <message>
        <source>The company&apos;s name, shown in the window title and in e-mails.</source>
        <translation>Le nom de l&apos;entreprise, affiché dans le titre de la fenêtre et dans les e-mails.</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>The company&apos;s country: the default region for phone numbers.</source>
        <translation>Le pays de l&apos;entreprise&#xa0;: la région par défaut pour les numéros de téléphone.</translation>
    </message>
    <message>
        <source>Default language</source>
        <translation>Langue par défaut</translation>
    </message>
    <message>
        <source>ERP interface</source>
        <translation>Interface ERP</translation>
    </message>
    <message>
        <source>The office imports its tenants from an ERP: name, e-mail and phone of imported tenants then change only through the next import.</source>
        <translation>La gérance importe ses locataires depuis un ERP&#xa0;: le nom, l&apos;e-mail et le téléphone des locataires importés ne changent alors que par la prochaine importation.</translation>
    </message>
    <message>
        <source>Alias users</source>
        <translation>Utilisateurs alias</translation>
    </message>
    <message>
        <source>Tenants known only by name (no e-mail yet, typically before they move in) become alias users at import, and administrators can create alias users for a unit, so tickets can be logged for them; their tickets pass to their account when they register. Off: no new alias users.</source>
        <translation>Les locataires connus uniquement par leur nom (pas encore d&apos;e-mail, généralement avant leur emménagement) deviennent des utilisateurs alias lors de l&apos;importation, et les administrateurs peuvent créer des utilisateurs alias pour un objet, afin de pouvoir saisir des tickets pour eux; leurs tickets passent sur leur compte lors de leur inscription. Désactivé&#xa0;: pas de nouveaux utilisateurs alias.</translation>
    </message>
    <message>
        <source>Mail server</source>
        <translation>Serveur de messagerie</translation>
    </message>
    <message>
        <source>The SMTP server e-mail leaves through (host name). Empty: none yet.</source>
        <translation>Le serveur SMTP par lequel partent les e-mails (nom d&apos;hôte). Vide&#xa0;: aucun pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Mail server port</source>
        <translation>Port du serveur de messagerie</translation>
    </message>
    <message>
        <source>587 for STARTTLS (the usual), 465 for TLS from the start.</source>
        <translation>587 pour STARTTLS (l&apos;usage courant), 465 pour TLS dès le départ.</translation>
    </message>
    <message>
        <source>Mail server encryption</source>
        <translation>Chiffrement du serveur de messagerie</translation>
    </message>
    <message>
        <source>starttls or tls; none only for a server on this computer (localhost).</source>
        <translation>starttls ou tls; none seulement pour un serveur sur cet ordinateur (localhost).</translation>
    </message>
    <message>
        <source>Mail server login</source>
        <translation>Identifiant du serveur de messagerie</translation>
    </message>
    <message>
        <source>The login at the mail server. Its password is never stored here: it belongs in the system&apos;s keychain. Empty: no login.</source>
        <translation>L&apos;identifiant auprès du serveur de messagerie. Son mot de passe n&apos;est jamais enregistré ici&#xa0;: il a sa place dans le trousseau du système. Vide&#xa0;: pas d&apos;identifiant.</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Expéditeur</translation>
    </message>
    <message>
        <source>Who the office&apos;s e-mails come from, e.g. Régie du Lac &lt;mieter@regie.ch&gt;.</source>
        <translation>L&apos;expéditeur des e-mails de la gérance, p. ex. Régie du Lac &lt;locataires@regie.ch&gt;.</translation>
    </message>
    <message>
        <source>Mail server CA file</source>
        <translation>Fichier CA du serveur de messagerie</translation>
    </message>
    <message>
        <source>A file with the certificate authority the mail server&apos;s certificate is checked against. Empty: the system&apos;s.</source>
        <translation>Un fichier contenant l&apos;autorité de certification qui sert à vérifier le certificat du serveur de messagerie. Vide&#xa0;: celle du système.</translation>
    </message>
    <message>
        <source>Registration link</source>
        <translation>Lien d&apos;inscription</translation>
    </message>
    <message>
        <source>The tenant app&apos;s registration page; invitations link to it with the tenant&apos;s code.</source>
        <translation>La page d&apos;inscription de l&apos;application locataires; les invitations y renvoient avec le code du locataire.</translation>
    </message>
    <message>
        <source>Import drop folder</source>
        <translation>Dossier de dépôt pour l&apos;importation</translation>
    </message>
    <message>
        <source>Unknown setting &quot;%1&quot;. Valid settings: %2.</source>
        <translation>Paramètre «&#xa0;%1&#xa0;» inconnu. Paramètres valides&#xa0;: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid value for %2: expected %3.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une valeur valide pour %2 (attendu&#xa0;: %3).</translation>
    </message>
    <message>
        <source>The value for %1 contains a control character (a tab or a line break, say); those are not allowed in settings.</source>
        <translation>La valeur de %1 contient un caractère de contrôle (une tabulation ou un saut de ligne, par exemple); ceux-ci ne sont pas autorisés dans les paramètres.</translation>
    </message>
    <message>
        <source>%1 must not be empty.</source>
        <translation>%1 ne doit pas être vide.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid value for %2: %3</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une valeur valide pour %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>A folder where ERP exports are left for import. While the Cockpit runs, each complete job found there is imported once and moved to done/ or failed/ with its report (awaiting/ when it needs a confirmation). Empty: none.</source>
        <translation>Un dossier où les exportations de l&apos;ERP sont déposées pour l&apos;importation. Tant que le Cockpit tourne, chaque tâche complète qui s&apos;y trouve est importée une fois, puis déplacée dans done/ ou failed/ avec son rapport (awaiting/ si elle demande une confirmation). Vide&#xa0;: aucun.</translation>
    </message>
    <message>
        <source>The office&apos;s language: for tenants whose language is not known, and for cockpitctl when its environment names none (a scheduled import&apos;s report).</source>
        <translation>La langue de l&apos;entreprise&#xa0;: pour les locataires dont la langue n&apos;est pas connue, et pour cockpitctl quand son environnement n&apos;en indique aucune (le rapport d&apos;une importation planifiée).</translation>
    </message>
</context>
<context>
    <name>TenantListImport</name>
    <message>
        <source>A record id (%1) is outside what the import can handle.</source>
        <translation>Un ID d&apos;enregistrement (%1) dépasse ce que l&apos;importation peut traiter.</translation>
    </message>
    <message>
        <source>No ids could be drawn for %1.</source>
        <translation>Aucun ID n&apos;a pu être généré pour %1.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation>Annulé&#xa0;: rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>Impossible de lire le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>The file is not UTF-8; it was read as Windows-1252.</source>
        <translation>Le fichier n&apos;est pas en UTF-8; il a été lu comme Windows-1252.</translation>
    </message>
    <message>
        <source>The file is not valid UTF-8 (byte %1), but the profile says it is.</source>
        <translation>Le fichier n&apos;est pas en UTF-8 valide (octet %1), alors que le profil l&apos;indique.</translation>
    </message>
    <message>
        <source>SHA-256 is not available.</source>
        <translation>SHA-256 n&apos;est pas disponible.</translation>
    </message>
    <message>
        <source>The file holds no header row: it is empty.</source>
        <translation>Le fichier ne contient pas de ligne d&apos;en-tête&#xa0;: il est vide.</translation>
    </message>
    <message>
        <source>The header row is malformed: %1</source>
        <translation>La ligne d&apos;en-tête est mal formée&#xa0;: %1</translation>
    </message>
    <message>
        <source>This is one file of an ERP data-exchange job, not a tenant list: import the job&apos;s folder (with its manifest.json) instead.</source>
        <translation>Ce fichier fait partie d&apos;une tâche d&apos;échange de données ERP, ce n&apos;est pas une liste des locataires&#xa0;: importez plutôt le dossier de la tâche (avec son manifest.json).</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; is not known and was ignored.</source>
        <translation>La colonne «&#xa0;%1&#xa0;» est inconnue et a été ignorée.</translation>
    </message>
    <message>
        <source>The file holds a header row but no tenants.</source>
        <translation>Le fichier contient une ligne d&apos;en-tête, mais aucun locataire.</translation>
    </message>
    <message numerus="yes">
        <source>%n phone number(s) could not be read as numbers and were kept as written (first on line %1).</source>
        <translation>
            <numerusform>%n numéro de téléphone n&apos;a pas pu être lu comme numéro et a été conservé tel quel (à la ligne %1).</numerusform>
            <numerusform>%n numéros de téléphone n&apos;ont pas pu être lus comme numéros et ont été conservés tels quels (le premier à la ligne %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>The row has %1 fields but the header only %2: a value holds the delimiter without quotes.</source>
        <translation>La ligne a %1 champs, mais l&apos;en-tête seulement %2&#xa0;: une valeur contient le séparateur sans guillemets.</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 est obligatoire.</translation>
    </message>
    <message>
        <source>A reference has at most %1 characters and no line breaks.</source>
        <translation>Une référence compte %1 caractères au plus, sans saut de ligne.</translation>
    </message>
    <message>
        <source>A name has at most %1 characters and no line breaks.</source>
        <translation>Un nom compte %1 caractères au plus, sans saut de ligne.</translation>
    </message>
    <message>
        <source>The value is longer than %1 characters.</source>
        <translation>La valeur dépasse %1 caractères.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD or DD.MM.YYYY).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date (YYYY-MM-DD ou DD.MM.YYYY).</translation>
    </message>
    <message>
        <source>The move-out date %1 lies before the move-in date %2.</source>
        <translation>La date de déménagement %1 est antérieure à la date d&apos;emménagement %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address: %2</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse e-mail&#xa0;: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language the Cockpit writes in (de, fr, it, en).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une langue dans laquelle le Cockpit écrit (de, fr, it, en).</translation>
    </message>
    <message>
        <source>A phone number has at most %1 characters and no line breaks.</source>
        <translation>Un numéro de téléphone compte %1 caractères au plus, sans saut de ligne.</translation>
    </message>
    <message>
        <source>The tenant %1 appears on lines %2 with different data (%3).</source>
        <translation>Le locataire %1 apparaît aux lignes %2 avec des données différentes (%3).</translation>
    </message>
    <message>
        <source>The unit %1 appears on lines %2 in different properties.</source>
        <translation>L&apos;objet %1 apparaît aux lignes %2 dans des immeubles différents.</translation>
    </message>
    <message>
        <source>The tenancy %1 appears on lines %2 with different move-out dates.</source>
        <translation>Le bail %1 apparaît aux lignes %2 avec des dates de déménagement différentes.</translation>
    </message>
    <message>
        <source>The rows of property %1 disagree on its name (line %2); kept: %3.</source>
        <translation>Les lignes de l&apos;immeuble %1 divergent sur son nom (ligne %2); conservé&#xa0;: %3.</translation>
    </message>
    <message>
        <source>The rows of unit %1 disagree on its label or address (line %2); the first row was kept.</source>
        <translation>Les lignes de l&apos;objet %1 divergent sur sa désignation ou son adresse (ligne %2); la première ligne a été conservée.</translation>
    </message>
    <message>
        <source>The unit %1 vanished during the import.</source>
        <translation>L&apos;objet %1 a disparu pendant l&apos;importation.</translation>
    </message>
    <message>
        <source>A tenant vanished during the import.</source>
        <translation>Un locataire a disparu pendant l&apos;importation.</translation>
    </message>
    <message numerus="yes">
        <source>%n new tenant(s) have no e-mail address and cannot be invited yet.</source>
        <translation>
            <numerusform>%n nouveau locataire n&apos;a pas d&apos;adresse e-mail et ne peut pas encore être invité.</numerusform>
            <numerusform>%n nouveaux locataires n&apos;ont pas d&apos;adresse e-mail et ne peuvent pas encore être invités.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some rejected rows name no readable unit, so no tenancy was ended for missing from this snapshot.</source>
        <translation>Certaines lignes rejetées ne désignent aucun objet lisible&#xa0;: aucun bail n&apos;a donc été terminé pour cause d&apos;absence de cet instantané.</translation>
    </message>
    <message numerus="yes">
        <source>%n tenancy(ies) missing from this snapshot were kept open because rejected rows name their units.</source>
        <translation>
            <numerusform>%n bail absent de cet instantané est resté ouvert, car des lignes rejetées désignent son objet.</numerusform>
            <numerusform>%n baux absents de cet instantané sont restés ouverts, car des lignes rejetées désignent leurs objets.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TenantListProfile</name>
    <message>
        <source>There is no import profile &quot;%1&quot;: give en, de or the path of a profile file.</source>
        <translation>Il n&apos;existe pas de profil d&apos;importation «&#xa0;%1&#xa0;»&#xa0;: indiquez en, de ou le chemin d&apos;un fichier de profil.</translation>
    </message>
    <message>
        <source>The profile file %1 is too large to be a profile.</source>
        <translation>Le fichier de profil %1 est trop volumineux pour être un profil.</translation>
    </message>
    <message>
        <source>Cannot read the profile file %1: %2</source>
        <translation>Impossible de lire le fichier de profil %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The profile %1 is not a JSON object (%2 at byte %3).</source>
        <translation>Le profil %1 n&apos;est pas un objet JSON (%2 à l&apos;octet %3).</translation>
    </message>
    <message>
        <source>The profile %1 has an unknown key &quot;%2&quot; (known: %3).</source>
        <translation>Le profil %1 contient une clé inconnue «&#xa0;%2&#xa0;» (connues&#xa0;: %3).</translation>
    </message>
    <message>
        <source>The profile %1 is for the format &quot;%2&quot;; profiles describe tenant lists.</source>
        <translation>Le profil %1 est destiné au format «&#xa0;%2&#xa0;»; les profils décrivent des listes de locataires.</translation>
    </message>
    <message>
        <source>The profile %1 names the encoding &quot;%2&quot;; use utf-8, windows-1252 or auto.</source>
        <translation>Le profil %1 indique l&apos;encodage «&#xa0;%2&#xa0;»; utilisez utf-8, windows-1252 ou auto.</translation>
    </message>
    <message>
        <source>The profile %1 names the delimiter &quot;%2&quot;; use &quot;,&quot;, &quot;;&quot; or &quot;tab&quot;.</source>
        <translation>Le profil %1 indique le séparateur «&#xa0;%2&#xa0;»; utilisez &quot;,&quot;, &quot;;&quot; ou &quot;tab&quot;.</translation>
    </message>
    <message>
        <source>The profile %1 has the dateFormat &quot;%2&quot;, which reads no four-digit year: use a Qt date format with yyyy, such as &quot;MM/dd/yyyy&quot;.</source>
        <translation>Le profil %1 a le dateFormat «&#xa0;%2&#xa0;», qui ne lit pas d&apos;année à quatre chiffres&#xa0;: utilisez un format de date Qt avec yyyy, comme &quot;MM/dd/yyyy&quot;.</translation>
    </message>
    <message>
        <source>The profile %1 has no &quot;columns&quot; object (header -&gt; field).</source>
        <translation>Le profil %1 n&apos;a pas d&apos;objet «&#xa0;columns&#xa0;» (en-tête -&gt; champ).</translation>
    </message>
    <message>
        <source>The profile %1 maps the column &quot;%2&quot; to &quot;%3&quot;, which is not a field (fields: %4).</source>
        <translation>Le profil %1 associe la colonne «&#xa0;%2&#xa0;» à «&#xa0;%3&#xa0;», qui n&apos;est pas un champ (champs&#xa0;: %4).</translation>
    </message>
    <message>
        <source>The profile %1 names no column for the required field %2.</source>
        <translation>Le profil %1 n&apos;indique aucune colonne pour le champ obligatoire %2.</translation>
    </message>
    <message>
        <source>The columns &quot;%1&quot; (%2) and &quot;%3&quot; (%4) both hold %5.</source>
        <translation>Les colonnes «&#xa0;%1&#xa0;» (%2) et «&#xa0;%3&#xa0;» (%4) contiennent toutes deux %5.</translation>
    </message>
    <message numerus="yes">
        <source>The header row lacks the required column(s) %1.</source>
        <translation>
            <numerusform>Il manque dans la ligne d&apos;en-tête la colonne obligatoire %1.</numerusform>
            <numerusform>Il manque dans la ligne d&apos;en-tête les colonnes obligatoires %1.</numerusform>
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
        <translation>La recherche n&apos;a rien donné.</translation>
    </message>
</context>
<context>
    <name>Tenants</name>
    <message>
        <source>E-mail changed by the ERP</source>
        <translation>E-mail modifié par l&apos;ERP</translation>
    </message>
    <message>
        <source>Name changed by the ERP</source>
        <translation>Nom modifié par l&apos;ERP</translation>
    </message>
    <message>
        <source>Phone changed by the ERP</source>
        <translation>Téléphone modifié par l&apos;ERP</translation>
    </message>
    <message>
        <source>Language changed by the ERP</source>
        <translation>Langue modifiée par l&apos;ERP</translation>
    </message>
    <message>
        <source>No e-mail address from the ERP</source>
        <translation>Pas d&apos;adresse e-mail de l&apos;ERP</translation>
    </message>
    <message>
        <source>Moved into another unit</source>
        <translation>A emménagé dans un autre objet</translation>
    </message>
    <message>
        <source>Tenancy ended</source>
        <translation>Bail terminé</translation>
    </message>
    <message>
        <source>Changed in the Cockpit</source>
        <translation>Modifié dans le Cockpit</translation>
    </message>
    <message>
        <source>Invited to the tenant app</source>
        <translation>Invité à l&apos;application locataires</translation>
    </message>
    <message>
        <source>Reminded of the invitation</source>
        <translation>Rappel de l&apos;invitation envoyé</translation>
    </message>
    <message>
        <source>Registered in the tenant app</source>
        <translation>Inscrit dans l&apos;application locataires</translation>
    </message>
    <message>
        <source>Alias user created</source>
        <translation>Utilisateur alias créé</translation>
    </message>
    <message>
        <source>Alias linked to the tenant (alias retired)</source>
        <translation>Alias lié au locataire (alias retiré)</translation>
    </message>
    <message>
        <source>Name, e-mail and phone are managed by the ERP: change them there, and they arrive with the next import.</source>
        <translation>Le nom, l&apos;e-mail et le téléphone sont gérés par l&apos;ERP&#xa0;: modifiez-les là-bas, ils arriveront avec la prochaine importation.</translation>
    </message>
    <message>
        <source>There is no tenant with the reference %1.</source>
        <translation>Aucun locataire ne porte la référence %1.</translation>
    </message>
    <message>
        <source>There is no tenant %1.</source>
        <translation>Le locataire %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>ERP import #%1</source>
        <translation>Importation ERP #%1</translation>
    </message>
    <message>
        <source>Changing a tenant&apos;s master data needs an administrator.</source>
        <translation>Seul un administrateur peut modifier les données de base d&apos;un locataire.</translation>
    </message>
    <message>
        <source>Someone else changed %1 in the meantime; reload to see their changes.</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié %1 entre-temps; rechargez pour voir ses modifications.</translation>
    </message>
    <message>
        <source>A tenant needs a last name (or a company name).</source>
        <translation>Un locataire doit avoir un nom de famille (ou un nom d&apos;entreprise).</translation>
    </message>
    <message>
        <source>A name has at most 200 characters and no line breaks.</source>
        <translation>Un nom compte 200 caractères au plus, sans saut de ligne.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address: %2</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse e-mail&#xa0;: %2</translation>
    </message>
    <message>
        <source>A phone number has at most 200 characters and no line breaks.</source>
        <translation>Un numéro de téléphone compte 200 caractères au plus, sans saut de ligne.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un numéro de téléphone.</translation>
    </message>
    <message>
        <source>The language is one of de, fr, it, en (or empty for the company&apos;s default).</source>
        <translation>La langue est de, fr, it ou en (ou vide pour la langue par défaut de l&apos;entreprise).</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>Envoyé à</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Move-in</source>
        <translation>Emménagement</translation>
    </message>
    <message>
        <source>Linked to tenant</source>
        <translation>Lié au locataire</translation>
    </message>
    <message>
        <source>Tickets moved</source>
        <translation>Tickets transférés</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Tickets from the alias user</source>
        <translation>Tickets de l&apos;utilisateur alias</translation>
    </message>
    <message>
        <source>company default</source>
        <translation>par défaut de l&apos;entreprise</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>inscrit</translation>
    </message>
    <message>
        <source>invited</source>
        <translation>invité</translation>
    </message>
    <message>
        <source>not invited</source>
        <translation>pas invité</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a field and its value in a tenant&apos;s history; French puts a space before the colon</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Tickets</name>
    <message>
        <source>A ticket needs a title.</source>
        <translation>Un ticket nécessite un titre.</translation>
    </message>
    <message>
        <source>A ticket&apos;s title has at most %1 characters and no line breaks.</source>
        <translation>Le titre d&apos;un ticket compte %1 caractères au plus, sans saut de ligne.</translation>
    </message>
    <message>
        <source>A category has at most %1 characters and no line breaks.</source>
        <translation>Une catégorie compte %1 caractères au plus, sans saut de ligne.</translation>
    </message>
    <message>
        <source>A description has at most %1 characters.</source>
        <translation>Une description compte %1 caractères au plus.</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nouveau</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>waiting for tenant</source>
        <translation>en attente du locataire</translation>
    </message>
    <message>
        <source>waiting for third party</source>
        <translation>en attente d&apos;un tiers</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>clôturé</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>téléphone</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>lettre</translation>
    </message>
    <message>
        <source>walk-in</source>
        <translation>au guichet</translation>
    </message>
    <message>
        <source>app</source>
        <translation>application</translation>
    </message>
    <message>
        <source>low</source>
        <translation>basse</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>normale</translation>
    </message>
    <message>
        <source>high</source>
        <translation>haute</translation>
    </message>
    <message>
        <source>urgent</source>
        <translation>urgente</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Rouvert</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Attribué</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Transferred from alias</source>
        <translation>Transféré depuis l&apos;alias</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>quelqu&apos;un</translation>
    </message>
    <message>
        <source>someone else saved it</source>
        <translation>quelqu&apos;un d&apos;autre l&apos;a enregistré</translation>
    </message>
    <message>
        <source>Ticket #%1 was changed since you opened it (version %2, now %3): %4. Nothing of yours was saved: reload it to take their changes, or save yours again on top of them.</source>
        <translation>Le ticket #%1 a été modifié depuis que vous l&apos;avez ouvert (version %2, maintenant %3)&#xa0;: %4. Aucune de vos modifications n&apos;a été enregistrée&#xa0;: rechargez-le pour reprendre les modifications de l&apos;autre personne, ou enregistrez à nouveau les vôtres par-dessus.</translation>
    </message>
    <message>
        <source>%1 (%2) is disabled and cannot be assigned tickets.</source>
        <translation>%1 (%2) est désactivé et ne peut pas recevoir de tickets.</translation>
    </message>
    <message>
        <source>Unit %1 is not one the tenant rents or rented.</source>
        <translation>L&apos;objet %1 n&apos;est pas un objet que le locataire loue ou a loué.</translation>
    </message>
    <message>
        <source>Creating a ticket needs an agent.</source>
        <translation>Seul un collaborateur peut créer un ticket.</translation>
    </message>
    <message>
        <source>The channel is one of %1.</source>
        <translation>Le canal est l&apos;un des suivants&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The priority is one of %1.</source>
        <translation>La priorité est l&apos;une des suivantes&#xa0;: %1.</translation>
    </message>
    <message>
        <source>There is no tenant %1.</source>
        <translation>Le locataire %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 was merged into another person and is no longer a tenant of their own: create the ticket for that person.</source>
        <translation>%1 a été fusionné avec une autre personne et n&apos;est plus un locataire à part entière&#xa0;: créez le ticket pour cette personne.</translation>
    </message>
    <message>
        <source>The new ticket got no number.</source>
        <translation>Le nouveau ticket n&apos;a pas reçu de numéro.</translation>
    </message>
    <message>
        <source>There is no ticket #%1.</source>
        <translation>Le ticket #%1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Ticket %1 vanished while it was transferred.</source>
        <translation>Le ticket %1 a disparu pendant son transfert.</translation>
    </message>
    <message>
        <source>The status is one of %1.</source>
        <translation>Le statut est l&apos;un des suivants&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Ticket #%1 is &quot;%2&quot; and cannot become &quot;%3&quot;; it can become: %4.</source>
        <translation>Le ticket #%1 est «&#xa0;%2&#xa0;» et ne peut pas passer à «&#xa0;%3&#xa0;»; il peut passer à&#xa0;: %4.</translation>
    </message>
    <message>
        <source>Changing a ticket needs an agent.</source>
        <translation>Seul un collaborateur peut modifier un ticket.</translation>
    </message>
    <message>
        <source>Assigning tickets needs an agent.</source>
        <translation>Seul un collaborateur peut attribuer des tickets.</translation>
    </message>
    <message>
        <source>Commenting on a ticket needs an agent.</source>
        <translation>Seul un collaborateur peut commenter un ticket.</translation>
    </message>
    <message>
        <source>A comment needs some text.</source>
        <translation>Un commentaire nécessite du texte.</translation>
    </message>
    <message>
        <source>A comment has at most %1 characters.</source>
        <translation>Un commentaire compte %1 caractères au plus.</translation>
    </message>
    <message>
        <source>The comment got no number.</source>
        <translation>Le commentaire n&apos;a pas reçu de numéro.</translation>
    </message>
    <message>
        <source>%1 changed by %2 from &quot;%3&quot; to &quot;%4&quot;</source>
        <translation>%1 modifié par %2 de «&#xa0;%3&#xa0;» en «&#xa0;%4&#xa0;»</translation>
    </message>
    <message>
        <source>Repairs</source>
        <translation>Réparations</translation>
    </message>
    <message>
        <source>Heating</source>
        <translation>Chauffage</translation>
    </message>
    <message>
        <source>Water and sanitary</source>
        <translation>Eau et sanitaires</translation>
    </message>
    <message>
        <source>Electrical</source>
        <translation>Électricité</translation>
    </message>
    <message>
        <source>Noise and neighbours</source>
        <translation>Bruit et voisinage</translation>
    </message>
    <message>
        <source>Keys and locks</source>
        <translation>Clés et serrures</translation>
    </message>
    <message>
        <source>Rent and payments</source>
        <translation>Loyer et paiements</translation>
    </message>
    <message>
        <source>Moving in or out</source>
        <translation>Emménagement ou déménagement</translation>
    </message>
    <message>
        <source>Cleaning</source>
        <translation>Nettoyage</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>The transaction has already ended.</source>
        <translation>La transaction est déjà terminée.</translation>
    </message>
</context>
<context>
    <name>ZipJob</name>
    <message>
        <source>Cannot extract %1: %2 is not an existing folder.</source>
        <translation>Impossible d&apos;extraire %1&#xa0;: %2 n&apos;est pas un dossier existant.</translation>
    </message>
    <message>
        <source>Cannot extract %1: the folder %2 is not empty.</source>
        <translation>Impossible d&apos;extraire %1&#xa0;: le dossier %2 n&apos;est pas vide.</translation>
    </message>
    <message>
        <source>%1 does not exist or is not a file.</source>
        <translation>%1 n&apos;existe pas ou n&apos;est pas un fichier.</translation>
    </message>
    <message>
        <source>%1 is empty, not a zip archive. Was the transfer interrupted?</source>
        <translation>%1 est vide, ce n&apos;est pas une archive zip. Le transfert a-t-il été interrompu?</translation>
    </message>
    <message>
        <source>%1 is incomplete or damaged: its table of contents is missing. Was it copied completely?</source>
        <translation>%1 est incomplet ou endommagé&#xa0;: sa table des matières manque. A-t-il été copié entièrement?</translation>
    </message>
    <message>
        <source>%1 is not a zip archive.</source>
        <translation>%1 n&apos;est pas une archive zip.</translation>
    </message>
    <message>
        <source>%1 is damaged (%2).</source>
        <translation>%1 est endommagé (%2).</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2).</source>
        <translation>%1 ne peut pas être lu (%2).</translation>
    </message>
    <message>
        <source>%1: the entry &quot;%2&quot; contains a backslash. Zip archives separate folders with &quot;/&quot;; ask for the job to be packed again.</source>
        <translation>%1&#xa0;: l&apos;entrée «&#xa0;%2&#xa0;» contient une barre oblique inverse. Les archives zip séparent les dossiers par «&#xa0;/&#xa0;»; demandez que la tâche soit compressée à nouveau.</translation>
    </message>
    <message>
        <source>%1: the entry &quot;%2&quot; has an absolute path; a job holds only files of its own folder.</source>
        <translation>%1&#xa0;: l&apos;entrée «&#xa0;%2&#xa0;» a un chemin absolu; une tâche ne contient que des fichiers de son propre dossier.</translation>
    </message>
    <message>
        <source>%1: the entry &quot;%2&quot; has control or formatting characters in its name.</source>
        <translation>%1&#xa0;: l&apos;entrée «&#xa0;%2&#xa0;» contient des caractères de contrôle ou de mise en forme dans son nom.</translation>
    </message>
    <message>
        <source>%1: the entry &quot;%2&quot; points outside the job folder (&quot;..&quot;).</source>
        <translation>%1&#xa0;: l&apos;entrée «&#xa0;%2&#xa0;» pointe hors du dossier de la tâche («&#xa0;..&#xa0;»).</translation>
    </message>
    <message>
        <source>%1: the entry &quot;%2&quot; has an empty or &quot;.&quot; part in its path.</source>
        <translation>%1&#xa0;: l&apos;entrée «&#xa0;%2&#xa0;» a un élément vide ou «&#xa0;.&#xa0;» dans son chemin.</translation>
    </message>
    <message>
        <source>%1 holds %2 entries; a job may have at most %3.</source>
        <translation>%1 contient %2 entrées; une tâche peut en avoir %3 au plus.</translation>
    </message>
    <message>
        <source>%1: the name or the sizes of entry number %2 cannot be read (%3).</source>
        <translation>%1&#xa0;: le nom ou les tailles de l&apos;entrée numéro %2 ne peuvent pas être lus (%3).</translation>
    </message>
    <message>
        <source>%1: entry number %2 has no name.</source>
        <translation>%1&#xa0;: l&apos;entrée numéro %2 n&apos;a pas de nom.</translation>
    </message>
    <message>
        <source>%1: the entry &quot;%2&quot; appears twice.</source>
        <translation>%1&#xa0;: l&apos;entrée «&#xa0;%2&#xa0;» apparaît deux fois.</translation>
    </message>
    <message>
        <source>%1 is damaged or forged: up to the entry &quot;%2&quot; its entries claim more compressed data than the file holds.</source>
        <translation>%1 est endommagé ou falsifié&#xa0;: jusqu&apos;à l&apos;entrée «&#xa0;%2&#xa0;», ses entrées annoncent plus de données compressées que le fichier n&apos;en contient.</translation>
    </message>
    <message>
        <source>%1: the entry &quot;%2&quot; is not a regular file (a link, a device or a pipe); a job holds only files.</source>
        <translation>%1&#xa0;: l&apos;entrée «&#xa0;%2&#xa0;» n&apos;est pas un fichier ordinaire (un lien, un périphérique ou un tube); une tâche ne contient que des fichiers.</translation>
    </message>
    <message>
        <source>%1: the entry &quot;%2&quot; is encrypted. Ask for the job without a password.</source>
        <translation>%1&#xa0;: l&apos;entrée «&#xa0;%2&#xa0;» est chiffrée. Demandez la tâche sans mot de passe.</translation>
    </message>
    <message>
        <source>%1: the entry &quot;%2&quot; is compressed with a method this program cannot read (number %3). Ask for the job packed with the usual method, deflate.</source>
        <translation>%1&#xa0;: l&apos;entrée «&#xa0;%2&#xa0;» est compressée avec une méthode que ce programme ne sait pas lire (numéro %3). Demandez la tâche compressée avec la méthode usuelle, deflate.</translation>
    </message>
    <message>
        <source>%1: the entry &quot;%2&quot; unpacks to %3, more than the %4 a job file may have.</source>
        <translation>%1&#xa0;: l&apos;entrée «&#xa0;%2&#xa0;» se décompresse en %3, plus que les %4 autorisés pour un fichier de tâche.</translation>
    </message>
    <message>
        <source>an impossible size</source>
        <translation>une taille impossible</translation>
    </message>
    <message>
        <source>%1: with the entry &quot;%2&quot; the job unpacks to more than the %3 a job may have.</source>
        <translation>%1&#xa0;: avec l&apos;entrée «&#xa0;%2&#xa0;», la tâche se décompresse en plus que les %3 autorisés pour une tâche.</translation>
    </message>
    <message>
        <source>%1: the entry &quot;%2&quot; is compressed %3 to 1, where job files reach at most %4 to 1. The archive looks built to fill the disk (a zip bomb).</source>
        <translation>%1&#xa0;: l&apos;entrée «&#xa0;%2&#xa0;» est compressée à %3 pour 1, alors que les fichiers de tâche atteignent au plus %4 pour 1. L&apos;archive semble conçue pour remplir le disque (une bombe zip).</translation>
    </message>
    <message>
        <source>%1 holds two folders, &quot;%2&quot; and &quot;%3&quot;; a job is one folder.</source>
        <translation>%1 contient deux dossiers, «&#xa0;%2&#xa0;» et «&#xa0;%3&#xa0;»; une tâche est un seul dossier.</translation>
    </message>
    <message>
        <source>%1: the entry &quot;%2&quot; is a subfolder; a job has its files side by side in one folder.</source>
        <translation>%1&#xa0;: l&apos;entrée «&#xa0;%2&#xa0;» est un sous-dossier; une tâche a ses fichiers côte à côte dans un seul dossier.</translation>
    </message>
    <message>
        <source>%1: the entry &quot;%2&quot; is in a subfolder; a job has its files side by side in one folder.</source>
        <translation>%1&#xa0;: l&apos;entrée «&#xa0;%2&#xa0;» se trouve dans un sous-dossier; une tâche a ses fichiers côte à côte dans un seul dossier.</translation>
    </message>
    <message>
        <source>%1: the entries &quot;%2&quot; and &quot;%3&quot; would be the same file.</source>
        <translation>%1&#xa0;: les entrées «&#xa0;%2&#xa0;» et «&#xa0;%3&#xa0;» donneraient le même fichier.</translation>
    </message>
    <message>
        <source>%1: the entry &quot;%2&quot; is damaged (its checksum does not match).</source>
        <translation>%1&#xa0;: l&apos;entrée «&#xa0;%2&#xa0;» est endommagée (sa somme de contrôle ne correspond pas).</translation>
    </message>
    <message>
        <source>%1: the entry &quot;%2&quot; is damaged (%3).</source>
        <translation>%1&#xa0;: l&apos;entrée «&#xa0;%2&#xa0;» est endommagée (%3).</translation>
    </message>
    <message>
        <source>Cannot write %1 from %2: %3</source>
        <translation>Impossible d&apos;écrire %1 à partir de %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1: the entry &quot;%2&quot; holds more data than its header declares; the archive is damaged or forged.</source>
        <translation>%1&#xa0;: l&apos;entrée «&#xa0;%2&#xa0;» contient plus de données que son en-tête n&apos;en déclare; l&apos;archive est endommagée ou falsifiée.</translation>
    </message>
    <message>
        <source>%1: the entry &quot;%2&quot; holds less data than its header declares; the archive is damaged.</source>
        <translation>%1&#xa0;: l&apos;entrée «&#xa0;%2&#xa0;» contient moins de données que son en-tête n&apos;en déclare; l&apos;archive est endommagée.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Writing demo tenants…</source>
        <translation>Création des locataires de démonstration…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Données de démonstration</translation>
    </message>
    <message>
        <source>Logging demo tickets…</source>
        <translation>Saisie des tickets de démonstration…</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>Trousseau</translation>
    </message>
    <message>
        <source>Tenant Cockpit: the property-management office&apos;s desk for talking to tenants.</source>
        <translation>Tenant Cockpit&#xa0;: le poste de travail de la gérance pour communiquer avec les locataires.</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Impossible d&apos;ouvrir la base de données</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>Mail server password</source>
        <translation>Mot de passe du serveur de messagerie</translation>
    </message>
    <message>
        <source>%1

The password of the mail server, to send the office&apos;s e-mails:</source>
        <translation>%1

Le mot de passe du serveur de messagerie, pour envoyer les e-mails de la gérance&#xa0;:</translation>
    </message>
    <message>
        <source>Drop folder: %1 %2</source>
        <translation>Dossier de dépôt&#xa0;: %1 %2</translation>
    </message>
    <message>
        <source>Drop folder: %1</source>
        <translation>Dossier de dépôt&#xa0;: %1</translation>
    </message>
    <message>
        <source>The office database: sqlite:/path/file.db or postgresql://user@host:port/dbname. Default: $TENANT_COCKPIT_DB, else the database chosen on the first start.</source>
        <translation>La base de données de la gérance&#xa0;: sqlite:/path/file.db ou postgresql://user@host:port/dbname. Par défaut&#xa0;: $TENANT_COCKPIT_DB, sinon la base de données choisie au premier démarrage.</translation>
    </message>
</context>
<context>
    <name>tc::AboutDialog</name>
    <message>
        <source>About Tenant Cockpit</source>
        <translation>À propos de Tenant Cockpit</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Tenant Cockpit %1&lt;/h2&gt;&lt;p&gt;The property-management office&apos;s desk for talking to tenants: master data from the ERP, invitations, tickets and the pinboard.&lt;/p&gt;&lt;p&gt;Database: %2&lt;br&gt;Qt %3&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Tenant Cockpit %1&lt;/h2&gt;&lt;p&gt;Le poste de travail de la gérance pour communiquer avec les locataires&#xa0;: données de base de l&apos;ERP, invitations, tickets et tableau d&apos;affichage.&lt;/p&gt;&lt;p&gt;Base de données&#xa0;: %2&lt;br&gt;Qt %3&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>tc::AliasUsersDialog</name>
    <message>
        <source>Alias users</source>
        <translation>Utilisateurs alias</translation>
    </message>
    <message>
        <source>Alias users made by hand for people the ERP did not deliver yet. When the ERP delivers a tenant with the same name on the same unit, they are proposed here; link an alias to its tenant and its tickets follow. Tenants the import marked as aliases (no e-mail) are under Tenants, status Alias: their tickets pass to them when they register.</source>
        <translation>Utilisateurs alias créés à la main pour des personnes que l&apos;ERP n&apos;a pas encore transmises. Lorsque l&apos;ERP transmet un locataire du même nom sur le même objet, il est proposé ici; liez l&apos;alias à ce locataire et ses tickets suivent. Les locataires que l&apos;importation a marqués comme alias (sans e-mail) se trouvent sous Locataires, statut Alias&#xa0;: leurs tickets leur sont transférés lorsqu&apos;ils s&apos;inscrivent.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Immeuble</translation>
    </message>
    <message>
        <source>Expected move-in</source>
        <translation>Emménagement prévu</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>May be</source>
        <translation>Correspond peut-être à</translation>
    </message>
    <message>
        <source>&amp;Link to tenant…</source>
        <translation>&amp;Lier à un locataire…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>The alias users could not be read: %1</source>
        <translation>Les utilisateurs alias n&apos;ont pas pu être lus&#xa0;: %1</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>No alias users made by hand.</source>
        <translation>Aucun utilisateur alias créé à la main.</translation>
    </message>
    <message numerus="yes">
        <source>%n alias user(s), </source>
        <translation>
            <numerusform>%n utilisateur alias, </numerusform>
            <numerusform>%n utilisateurs alias, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a tenant from the ERP to confirm.</source>
        <translation>
            <numerusform>%n avec un locataire de l&apos;ERP à confirmer.</numerusform>
            <numerusform>%n avec un locataire de l&apos;ERP à confirmer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alias user(s).</source>
        <translation>
            <numerusform>%n utilisateur alias.</numerusform>
            <numerusform>%n utilisateurs alias.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tc::CompanySettingsView</name>
    <message>
        <source>Company settings</source>
        <translation>Paramètres de l&apos;entreprise</translation>
    </message>
    <message>
        <source>%1 Key: %2</source>
        <translation>%1 Clé&#xa0;: %2</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save company settings</source>
        <translation>Enregistrer les paramètres de l&apos;entreprise</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Revert company settings</source>
        <translation>Rétablir les paramètres de l&apos;entreprise enregistrés</translation>
    </message>
    <message>
        <source>Mail server &amp;password…</source>
        <translation>Mot de &amp;passe du serveur de messagerie…</translation>
    </message>
    <message>
        <source>Mail server password</source>
        <translation>Mot de passe du serveur de messagerie</translation>
    </message>
    <message>
        <source>Kept in the system&apos;s keychain, never in the settings or the database.</source>
        <translation>Conservé dans le trousseau du système, jamais dans les paramètres ni dans la base de données.</translation>
    </message>
    <message>
        <source>Send &amp;test e-mail…</source>
        <translation>Envoyer un e-mail de &amp;test…</translation>
    </message>
    <message>
        <source>Send a test e-mail</source>
        <translation>Envoyer un e-mail de test</translation>
    </message>
    <message>
        <source>Test e-mail</source>
        <translation>E-mail de test</translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation>Rien à enregistrer.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>The password of the login %1 at the mail server. It is kept in the system&apos;s keychain.</source>
        <translation>Le mot de passe de l&apos;identifiant %1 sur le serveur de messagerie. Il est conservé dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Send test e-mail</source>
        <translation>Envoyer un e-mail de test</translation>
    </message>
    <message>
        <source>Send a test e-mail with the saved mail settings to:</source>
        <translation>Envoyer un e-mail de test avec les paramètres de messagerie enregistrés à&#xa0;:</translation>
    </message>
    <message>
        <source>Sending a test e-mail to %1…</source>
        <translation>Envoi d&apos;un e-mail de test à %1…</translation>
    </message>
    <message>
        <source>Settings and e-mail templates</source>
        <translation>Paramètres et modèles d&apos;e-mail</translation>
    </message>
    <message>
        <source>Setti&amp;ngs</source>
        <translation>Paramètre&amp;s</translation>
    </message>
    <message>
        <source>E-&amp;mail templates</source>
        <translation>&amp;Modèles d&apos;e-mail</translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>a form label; French puts a space before the colon</comment>
        <translation>%1&#xa0;:</translation>
    </message>
</context>
<context>
    <name>tc::ConnectionWatch</name>
    <message>
        <source>the connection to the server broke</source>
        <translation>la connexion au serveur a été interrompue</translation>
    </message>
</context>
<context>
    <name>tc::FirstRunDialog</name>
    <message>
        <source>Welcome to Tenant Cockpit</source>
        <translation>Bienvenue dans Tenant Cockpit</translation>
    </message>
    <message>
        <source>Where does your office keep its data? A local file suits one PC and works offline; a PostgreSQL server lets several agents work at once.</source>
        <translation>Où votre gérance conserve-t-elle ses données? Un fichier local convient à un seul PC et fonctionne hors ligne; un serveur PostgreSQL permet à plusieurs collaborateurs de travailler en même temps.</translation>
    </message>
    <message>
        <source>A &amp;local file on this PC</source>
        <translation>Un &amp;fichier local sur ce PC</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Fichier de base de données</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Choose the database file</source>
        <translation>Choisir le fichier de base de données</translation>
    </message>
    <message>
        <source>Tenant Cockpit database (*.db)</source>
        <translation>Base de données Tenant Cockpit (*.db)</translation>
    </message>
    <message>
        <source>Fill a new file with %1 demo tenants to try things out</source>
        <translation>Remplir un nouveau fichier avec %1 locataires de démonstration pour faire des essais</translation>
    </message>
    <message>
        <source>A shared &amp;PostgreSQL server</source>
        <translation>Un &amp;serveur PostgreSQL partagé</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Chiffrement</translation>
    </message>
    <message>
        <source>Encrypted, server certificate checked (recommended)</source>
        <translation>Chiffré, certificat du serveur vérifié (recommandé)</translation>
    </message>
    <message>
        <source>Encrypted, certificate not checked</source>
        <translation>Chiffré, certificat non vérifié</translation>
    </message>
    <message>
        <source>Encrypted if the server offers it</source>
        <translation>Chiffré si le serveur le propose</translation>
    </message>
    <message>
        <source>Not encrypted (only on this PC)</source>
        <translation>Non chiffré (uniquement sur ce PC)</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>&amp;Chiffrement&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Démarrer</translation>
    </message>
    <message>
        <source>Enter the server&apos;s name or address.</source>
        <translation>Saisissez le nom ou l&apos;adresse du serveur.</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>Ser&amp;veur&#xa0;:</translation>
    </message>
</context>
<context>
    <name>tc::ImportChangesModel</name>
    <message>
        <source>added</source>
        <translation>ajouté</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>property</source>
        <translation>immeuble</translation>
    </message>
    <message>
        <source>building</source>
        <translation>bâtiment</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>objet</translation>
    </message>
    <message>
        <source>tenant</source>
        <translation>locataire</translation>
    </message>
    <message>
        <source>tenancy</source>
        <translation>bail</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>collaborateur</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>ERP reference</source>
        <translation>Référence ERP</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
</context>
<context>
    <name>tc::ImportHistoryModel</name>
    <message>
        <source>There is no import run in row %1.</source>
        <translation>Il n&apos;y a pas d&apos;importation à la ligne %1.</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>appliquée</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejetée</translation>
    </message>
    <message>
        <source>awaiting confirmation</source>
        <translation>en attente de confirmation</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échouée</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>data exchange</source>
        <translation>échange de données</translation>
    </message>
    <message>
        <source>tenant list</source>
        <translation>liste des locataires</translation>
    </message>
    <message>
        <source>delta</source>
        <translation>delta</translation>
    </message>
    <message>
        <source>snapshot</source>
        <translation>état complet</translation>
    </message>
    <message>
        <source>%1 new, %2 changed, %3 moved out</source>
        <comment>tenants added, tenants updated, tenancies ended</comment>
        <translation>%1 nouveaux, %2 modifiés, %3 déménagés</translation>
    </message>
    <message>
        <source>… and %1 more lines</source>
        <translation>… et %1 lignes de plus</translation>
    </message>
    <message>
        <source>%1
SHA-256: %2</source>
        <translation>%1
SHA-256&#xa0;: %2</translation>
    </message>
    <message>
        <source>dry run</source>
        <translation>simulation</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Tenants added and changed, tenancies ended</source>
        <translation>Locataires ajoutés et modifiés, baux terminés</translation>
    </message>
    <message>
        <source>Rows of the file that were not imported, each with its reason</source>
        <translation>Lignes du fichier qui n&apos;ont pas été importées, chacune avec son motif</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>Simulation</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Décompte</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejetées</translation>
    </message>
</context>
<context>
    <name>tc::ImportRejectionsModel</name>
    <message>
        <source>whole file</source>
        <translation>fichier entier</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
</context>
<context>
    <name>tc::ImportWizard</name>
    <message>
        <source>%1: %2 added, %3 changed, %4 unchanged</source>
        <translation>%1&#xa0;: %2 ajoutés, %3 modifiés, %4 inchangés</translation>
    </message>
    <message>
        <source>, %1 ended</source>
        <translation>, %1 terminés</translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation>Locataires</translation>
    </message>
    <message>
        <source>Tenancies</source>
        <translation>Baux</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Objets</translation>
    </message>
    <message>
        <source>Buildings</source>
        <translation>Bâtiments</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Immeubles</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Collaborateurs</translation>
    </message>
    <message>
        <source>New e-mail address for: %1</source>
        <translation>Nouvelle adresse e-mail pour&#xa0;: %1</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ajouté</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>Import from the ERP</source>
        <translation>Importer depuis l&apos;ERP</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <source>What to import</source>
        <translation>Ce qu&apos;il faut importer</translation>
    </message>
    <message>
        <source>A tenant list (one CSV file) or an ERP data-exchange job (a folder with manifest.json, or a .zip of one). Nothing changes before you apply the preview.</source>
        <translation>Une liste des locataires (un fichier CSV) ou une tâche d&apos;échange de données ERP (un dossier avec manifest.json, ou un .zip de ce dossier). Rien ne change avant que vous appliquiez l&apos;aperçu.</translation>
    </message>
    <message>
        <source>File or folder to import</source>
        <translation>Fichier ou dossier à importer</translation>
    </message>
    <message>
        <source>&amp;File…</source>
        <translation>&amp;Fichier…</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Choisir un fichier</translation>
    </message>
    <message>
        <source>F&amp;older…</source>
        <translation>&amp;Dossier…</translation>
    </message>
    <message>
        <source>Choose a job folder</source>
        <translation>Choisir un dossier de tâche</translation>
    </message>
    <message>
        <source>Import file</source>
        <translation>Fichier à importer</translation>
    </message>
    <message>
        <source>Tenant lists and zipped jobs (*.csv *.txt *.zip);;All files (*)</source>
        <translation>Listes des locataires et tâches zippées (*.csv *.txt *.zip);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Data-exchange job folder</source>
        <translation>Dossier de tâche d&apos;échange de données</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Recognise it</source>
        <translation>Détecter automatiquement</translation>
    </message>
    <message>
        <source>Tenant list (CSV)</source>
        <translation>Liste des locataires (CSV)</translation>
    </message>
    <message>
        <source>ERP data-exchange job</source>
        <translation>Tâche d&apos;échange de données ERP</translation>
    </message>
    <message>
        <source>Column headers</source>
        <translation>En-têtes de colonnes</translation>
    </message>
    <message>
        <source>English or German headers</source>
        <translation>En-têtes anglais ou allemands</translation>
    </message>
    <message>
        <source>English headers only</source>
        <translation>En-têtes anglais uniquement</translation>
    </message>
    <message>
        <source>German headers only</source>
        <translation>En-têtes allemands uniquement</translation>
    </message>
    <message>
        <source>Another ERP&apos;s layout: type the path of its profile file (JSON).</source>
        <translation>Format d&apos;un autre ERP&#xa0;: saisissez le chemin de son fichier de profil (JSON).</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Snapshot: the file is the complete list (missing tenancies end)</source>
        <translation>État complet&#xa0;: le fichier est la liste complète (les baux absents prennent fin)</translation>
    </message>
    <message>
        <source>Delta: only add and update</source>
        <translation>Delta&#xa0;: seulement ajouter et mettre à jour</translation>
    </message>
    <message>
        <source>Apply nothing if any row is bad</source>
        <translation>Ne rien appliquer si une ligne est incorrecte</translation>
    </message>
    <message>
        <source>File or folder:</source>
        <translation>Fichier ou dossier&#xa0;:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format&#xa0;:</translation>
    </message>
    <message>
        <source>Headers:</source>
        <translation>En-têtes&#xa0;:</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Mode&#xa0;:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>This is what the import will change. Nothing has been changed yet.</source>
        <translation>Voici ce que l&apos;importation va modifier. Rien n&apos;a encore été modifié.</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progression de l&apos;importation</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>A&amp;rrêter</translation>
    </message>
    <message>
        <source>Stop the import</source>
        <translation>Arrêter l&apos;importation</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>Lignes rejetées</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Reading %1 …</source>
        <translation>Lecture de %1 …</translation>
    </message>
    <message>
        <source>Applying …</source>
        <translation>Application en cours …</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>Le fichier n&apos;a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nothing was applied: %1</source>
        <translation>Rien n&apos;a été appliqué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Import #%1 applied.

%2</source>
        <translation>Importation n° %1 appliquée.

%2</translation>
    </message>
    <message>
        <source>This file cannot be imported: see the rejected rows. Nothing was changed.</source>
        <translation>Ce fichier ne peut pas être importé&#xa0;: voir les lignes rejetées. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The ERP asks for a confirmation before this job is applied. Check the preview, then apply it.</source>
        <translation>L&apos;ERP demande une confirmation avant que cette tâche soit appliquée. Vérifiez l&apos;aperçu, puis appliquez-la.</translation>
    </message>
    <message>
        <source>Ready to apply.</source>
        <translation>Prêt à appliquer.</translation>
    </message>
    <message numerus="yes">
        <source>Ready to apply; %n row(s) will be left out.</source>
        <translation>
            <numerusform>Prêt à appliquer; %n ligne sera laissée de côté.</numerusform>
            <numerusform>Prêt à appliquer; %n lignes seront laissées de côté.</numerusform>
        </translation>
    </message>
    <message>
        <source>The list shows the first %1 changes.</source>
        <translation>La liste affiche les %1 premières modifications.</translation>
    </message>
</context>
<context>
    <name>tc::IssuesView</name>
    <message>
        <source>Issues</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <source>Find tenant… (F3)</source>
        <translation>Trouver un locataire… (F3)</translation>
    </message>
    <message>
        <source>Find tenant</source>
        <translation>Trouver un locataire</translation>
    </message>
    <message>
        <source>Who is calling? Search every tenant by name, unit, address or phone number.</source>
        <translation>Qui appelle? Recherchez parmi tous les locataires par nom, objet, adresse ou numéro de téléphone.</translation>
    </message>
    <message>
        <source>&amp;Mine</source>
        <translation>&amp;Mes tickets</translation>
    </message>
    <message>
        <source>Only my tickets</source>
        <translation>Seulement mes tickets</translation>
    </message>
    <message>
        <source>You work as the office&apos;s owner, not as an agent: no tickets are assigned to you.</source>
        <translation>Vous travaillez en tant que titulaire de la gérance, et non en tant que collaborateur&#xa0;: aucun ticket ne vous est attribué.</translation>
    </message>
    <message>
        <source>Only the tickets assigned to you</source>
        <translation>Seulement les tickets qui vous sont attribués</translation>
    </message>
    <message>
        <source>U&amp;nassigned</source>
        <translation>&amp;Non attribués</translation>
    </message>
    <message>
        <source>Only unassigned tickets</source>
        <translation>Seulement les tickets non attribués</translation>
    </message>
    <message>
        <source>Only the tickets nobody works on yet</source>
        <translation>Seulement les tickets dont personne ne s&apos;occupe encore</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouverts</translation>
    </message>
    <message>
        <source>Only open tickets</source>
        <translation>Seulement les tickets ouverts</translation>
    </message>
    <message>
        <source>Only the tickets that are neither done nor closed</source>
        <translation>Seulement les tickets qui ne sont ni terminés ni clos</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Immeuble</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Assi&amp;gn to…</source>
        <translation>A&amp;ttribuer à…</translation>
    </message>
    <message>
        <source>Assign the selected tickets to</source>
        <translation>Attribuer les tickets sélectionnés à</translation>
    </message>
    <message>
        <source>Assign every selected ticket to one agent</source>
        <translation>Attribuer tous les tickets sélectionnés à un collaborateur</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>The tickets could not be read: %1</source>
        <translation>Les tickets n&apos;ont pas pu être lus&#xa0;: %1</translation>
    </message>
    <message>
        <source>The agents could not be read: %1</source>
        <translation>Les collaborateurs n&apos;ont pas pu être lus&#xa0;: %1</translation>
    </message>
    <message>
        <source>Any assignee</source>
        <translation>Tous les responsables</translation>
    </message>
    <message>
        <source>Nobody (unassign)</source>
        <translation>Personne (retirer l&apos;attribution)</translation>
    </message>
    <message>
        <source>The properties could not be read: %1</source>
        <translation>Les immeubles n&apos;ont pas pu être lus&#xa0;: %1</translation>
    </message>
    <message>
        <source>All properties</source>
        <translation>Tous les immeubles</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Tickets: more than %1</source>
        <translation>Tickets&#xa0;: plus de %1</translation>
    </message>
    <message>
        <source>Tickets: %1</source>
        <translation>Tickets&#xa0;: %1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Ticket #%1 has changes that are not saved yet. Save them before showing ticket #%2?</source>
        <translation>Le ticket n° %1 contient des modifications qui ne sont pas encore enregistrées. Les enregistrer avant d&apos;afficher le ticket n° %2?</translation>
    </message>
    <message>
        <source>Ticket #%1 has changes that are not saved yet. Drop them and show ticket #%2?</source>
        <translation>Le ticket n° %1 contient des modifications qui ne sont pas encore enregistrées. Les abandonner et afficher le ticket n° %2?</translation>
    </message>
    <message>
        <source>Select the tickets to assign first (Shift or Ctrl with a click or the arrow keys).</source>
        <translation>Sélectionnez d&apos;abord les tickets à attribuer (Maj ou Ctrl avec un clic ou les touches fléchées).</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>personne</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) assigned to %1.</source>
        <translation>
            <numerusform>%n ticket attribué à %1.</numerusform>
            <numerusform>%n tickets attribués à %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Find tenant for a new ticket…</source>
        <translation>&amp;Trouver le locataire d&apos;un nouveau ticket…</translation>
    </message>
</context>
<context>
    <name>tc::LinkAliasDialog</name>
    <message>
        <source>Link alias user</source>
        <translation>Lier l&apos;utilisateur alias</translation>
    </message>
    <message numerus="yes">
        <source>Which tenant is %1? The alias&apos;s %n ticket(s) move to that tenant, each with a &quot;transferred from alias&quot; entry in its history, and the alias is retired.</source>
        <translation>
            <numerusform>Quel locataire est %1? L&apos;alias a %n ticket&#xa0;: il passe à ce locataire, avec une entrée «&#xa0;transféré depuis l&apos;alias&#xa0;» dans son historique, et l&apos;alias est retiré.</numerusform>
            <numerusform>Quel locataire est %1? L&apos;alias a %n tickets&#xa0;: ils passent à ce locataire, chacun avec une entrée «&#xa0;transféré depuis l&apos;alias&#xa0;» dans son historique, et l&apos;alias est retiré.</numerusform>
        </translation>
    </message>
    <message>
        <source>Which tenant is %1? The alias has no tickets to move; it is retired.</source>
        <translation>Quel locataire est %1? L&apos;alias n&apos;a aucun ticket à transférer; il est retiré.</translation>
    </message>
    <message>
        <source>%1, on %2 from the ERP</source>
        <translation>%1, sur %2 d&apos;après l&apos;ERP</translation>
    </message>
    <message>
        <source>&amp;Another tenant, by ERP reference:</source>
        <translation>&amp;Autre locataire, par référence ERP&#xa0;:</translation>
    </message>
    <message>
        <source>ERP reference of the tenant</source>
        <translation>Référence ERP du locataire</translation>
    </message>
    <message>
        <source>Several tenants of that unit have this name: choose the right one.</source>
        <translation>Plusieurs locataires de cet objet portent ce nom&#xa0;: choisissez le bon.</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Lier</translation>
    </message>
    <message>
        <source>Choose the tenant this alias is.</source>
        <translation>Choisissez le locataire auquel correspond cet alias.</translation>
    </message>
</context>
<context>
    <name>tc::LiveUpdates</name>
    <message>
        <source>Cannot listen for the other agents&apos; changes: %1</source>
        <translation>Impossible de suivre les modifications des autres collaborateurs&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>tc::LoginDialog</name>
    <message>
        <source>Who is working? This office has no logins yet. Create the first one, a manager&apos;s: from then on everyone logs in with their own, and the office&apos;s settings, imports and invitations are theirs whose role allows them. (A manager already in the office keeps their name.)</source>
        <translation>Qui travaille? Cette gérance n&apos;a pas encore d&apos;identifiant. Créez le premier, celui de la direction&#xa0;: dès lors, chacun se connecte avec le sien, et les paramètres, importations et invitations de la gérance reviennent à ceux dont le rôle le permet. (Un membre de la direction déjà présent dans la gérance garde son nom.)</translation>
    </message>
    <message>
        <source>Who is working? Log in to %1.</source>
        <translation>Qui travaille? Connectez-vous à %1.</translation>
    </message>
    <message>
        <source>Who is working? Log in to %1 with your login and password: the server checks them, and lets you do what your role allows.</source>
        <translation>Qui travaille? Connectez-vous à %1 avec votre identifiant et votre mot de passe&#xa0;: le serveur les vérifie et vous laisse faire ce que votre rôle permet.</translation>
    </message>
    <message>
        <source>The office&apos;s first login</source>
        <translation>Le premier identifiant de la gérance</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Identifiant&#xa0;:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>As colleagues and the audit log see it</source>
        <translation>Tel que le voient les collègues et le journal</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Répéter le mot de passe</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters</source>
        <translation>
            <numerusform>Au moins %n caractère</numerusform>
            <numerusform>Au moins %n caractères</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>Confir&amp;mation&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Remember the password on this computer (in the system&apos;s keychain)</source>
        <translation>&amp;Retenir le mot de passe sur cet ordinateur (dans le trousseau du système)</translation>
    </message>
    <message>
        <source>&amp;Create and log in</source>
        <translation>&amp;Créer et se connecter</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Se connecter</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Give your login.</source>
        <translation>Indiquez votre identifiant.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe sont différents.</translation>
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
        <translation>Langue</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Save &amp;template</source>
        <translation>Enre&amp;gistrer le modèle</translation>
    </message>
    <message>
        <source>Save the e-mail template</source>
        <translation>Enregistrer le modèle d&apos;e-mail</translation>
    </message>
    <message>
        <source>Use the program&apos;s own text for this e-mail</source>
        <translation>Utiliser le texte propre au programme pour cet e-mail</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail&#xa0;:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Objet&#xa0;:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>&amp;Texte&#xa0;:</translation>
    </message>
    <message>
        <source>Preview (made-up tenant):</source>
        <translation>Aperçu (locataire fictif)&#xa0;:</translation>
    </message>
    <message>
        <source>E-mail templates</source>
        <translation>Modèles d&apos;e-mail</translation>
    </message>
    <message>
        <source>Discard the changes to the template shown so far?</source>
        <translation>Abandonner les modifications du modèle affiché jusqu&apos;ici?</translation>
    </message>
    <message>
        <source>Placeholders: %1. Required: %2. An empty line starts a new paragraph.</source>
        <translation>Variables&#xa0;: %1. Obligatoires&#xa0;: %2. Une ligne vide commence un nouveau paragraphe.</translation>
    </message>
    <message>
        <source>The template could not be read: %1</source>
        <translation>Le modèle n&apos;a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>The office&apos;s own text.</source>
        <translation>Le texte propre à la gérance.</translation>
    </message>
    <message>
        <source>The program&apos;s text.</source>
        <translation>Le texte du programme.</translation>
    </message>
    <message>
        <source>Changed, not saved yet.</source>
        <translation>Modifié, pas encore enregistré.</translation>
    </message>
    <message>
        <source>Saved. New e-mails use this text; those already in the outbox keep theirs.</source>
        <translation>Enregistré. Les nouveaux e-mails utilisent ce texte; ceux qui sont déjà dans la boîte d&apos;envoi gardent le leur.</translation>
    </message>
    <message>
        <source>&amp;Use the program&apos;s text</source>
        <translation>&amp;Utiliser le texte du programme</translation>
    </message>
</context>
<context>
    <name>tc::MainWindow</name>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Master data</source>
        <translation>Données de base</translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation>Locataires</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <source>Pinboard</source>
        <translation>Tableau d&apos;affichage</translation>
    </message>
    <message>
        <source>Company settings</source>
        <translation>Paramètres de l&apos;entreprise</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Boîte d&apos;envoi</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Connected again to the office database.</source>
        <translation>De nouveau connecté à la base de données de la gérance.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Logged in as</source>
        <translation>Connecté en tant que</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>E-mails waiting</source>
        <translation>E-mails en attente</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Find tenant…</source>
        <translation>&amp;Trouver un locataire…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Plein écran</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;About Tenant Cockpit</source>
        <translation>À &amp;propos de Tenant Cockpit</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
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
            <numerusform>&lt;b&gt;Hors ligne&#xa0;:&lt;/b&gt; la base de données de la gérance est inaccessible (%1). Ce que vous avez saisi reste en place; rien n&apos;est enregistré avant le retour de la connexion. Nouvel essai à intervalle de %n seconde…</numerusform>
            <numerusform>&lt;b&gt;Hors ligne&#xa0;:&lt;/b&gt; la base de données de la gérance est inaccessible (%1). Ce que vous avez saisi reste en place; rien n&apos;est enregistré avant le retour de la connexion. Nouvel essai toutes les %n secondes…</numerusform>
        </translation>
    </message>
    <message>
        <source>E-mail: unknown</source>
        <translation>E-mail&#xa0;: inconnu</translation>
    </message>
    <message>
        <source>E-mails waiting: %1</source>
        <translation>E-mails en attente&#xa0;: %1</translation>
    </message>
    <message>
        <source>, failed: %1</source>
        <translation>, échoués&#xa0;: %1</translation>
    </message>
    <message>
        <source>Show the outbox</source>
        <translation>Afficher la boîte d&apos;envoi</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>S&amp;earch</source>
        <translation>Rec&amp;herche</translation>
    </message>
    <message>
        <source>Ac&amp;tions</source>
        <translation>Action&amp;s</translation>
    </message>
    <message>
        <source>The new preferences take effect when Tenant Cockpit starts next.</source>
        <translation>Les nouvelles préférences s&apos;appliquent au prochain démarrage de Tenant Cockpit.</translation>
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
        <translation>Bâtiments&#xa0;: %1, objets&#xa0;: %2</translation>
    </message>
    <message>
        <source>Units: %1</source>
        <translation>Objets&#xa0;: %1</translation>
    </message>
    <message>
        <source>vacant</source>
        <translation>vacant</translation>
    </message>
    <message>
        <source>moving in %1</source>
        <translation>emménage le %1</translation>
    </message>
    <message>
        <source>former, %1 – %2</source>
        <translation>ancien, %1 – %2</translation>
    </message>
    <message>
        <source>current, moving out %1</source>
        <translation>actuel, déménage le %1</translation>
    </message>
    <message>
        <source>current, since %1</source>
        <translation>actuel, depuis le %1</translation>
    </message>
    <message>
        <source>(no tenant)</source>
        <translation>(aucun locataire)</translation>
    </message>
    <message>
        <source>Property, building, unit, tenants</source>
        <translation>Immeuble, bâtiment, objet, locataires</translation>
    </message>
    <message>
        <source>ERP reference</source>
        <translation>Référence ERP</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
</context>
<context>
    <name>tc::MasterDataView</name>
    <message>
        <source>current</source>
        <translation>actuel</translation>
    </message>
    <message>
        <source>former</source>
        <translation>ancien</translation>
    </message>
    <message>
        <source>moving in</source>
        <translation>à venir</translation>
    </message>
    <message>
        <source>Master data</source>
        <translation>Données de base</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Import ERP data</source>
        <translation>Importer des données ERP</translation>
    </message>
    <message>
        <source>Import a tenant list or an ERP data-exchange job</source>
        <translation>Importer une liste des locataires ou une tâche d&apos;échange de données ERP</translation>
    </message>
    <message>
        <source>&amp;Properties</source>
        <translation>Imm&amp;eubles</translation>
    </message>
    <message>
        <source>The master data could not be read: %1</source>
        <translation>Les données de base n&apos;ont pas pu être lues&#xa0;: %1</translation>
    </message>
    <message>
        <source>Filter properties</source>
        <translation>Filtrer les immeubles</translation>
    </message>
    <message>
        <source>Filter: property name or ERP reference</source>
        <translation>Filtre&#xa0;: nom de l&apos;immeuble ou référence ERP</translation>
    </message>
    <message>
        <source>Properties, buildings, units and tenancies</source>
        <translation>Immeubles, bâtiments, objets et baux</translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation>Locataires</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Locataire</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Invite this property&apos;s tenants not yet invited</source>
        <translation>Inviter les locataires de cet immeuble pas encore invités</translation>
    </message>
    <message>
        <source>New &amp;alias user for this unit…</source>
        <translation>Nouvel &amp;utilisateur alias pour cet objet…</translation>
    </message>
    <message>
        <source>New alias user for this unit</source>
        <translation>Nouvel utilisateur alias pour cet objet</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>Aucune sélection</translation>
    </message>
    <message>
        <source>Select a property, building, unit or tenancy to see what it holds and who lives there.</source>
        <translation>Sélectionnez un immeuble, un bâtiment, un objet ou un bail pour voir ce qu&apos;il contient et qui y habite.</translation>
    </message>
    <message>
        <source>Import runs</source>
        <translation>Importations</translation>
    </message>
    <message>
        <source>dry run</source>
        <translation>simulation</translation>
    </message>
    <message>
        <source>%1 new, %2 changed, %3 moved out</source>
        <translation>%1 nouveaux, %2 modifiés, %3 déménagés</translation>
    </message>
    <message>
        <source>No import has run yet. Imports from cockpitctl, the drop folder and the import wizard appear here, each with its report.</source>
        <translation>Aucune importation n&apos;a encore eu lieu. Les importations de cockpitctl, du dossier de dépôt et de l&apos;assistant d&apos;importation apparaissent ici, chacune avec son rapport.</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>Lignes rejetées</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>property</source>
        <translation>immeuble</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>The import history could not be read: %1</source>
        <translation>L&apos;historique des importations n&apos;a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Properties: %1</source>
        <translation>Immeubles&#xa0;: %1</translation>
    </message>
    <message>
        <source>Properties matching: %1</source>
        <translation>Immeubles correspondants&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>the %n tenant(s) of %1 not yet invited</source>
        <translation>
            <numerusform>%n locataire de %1 pas encore invité</numerusform>
            <numerusform>les %n locataires de %1 pas encore invités</numerusform>
        </translation>
    </message>
    <message>
        <source>The details could not be read: %1</source>
        <translation>Les détails n&apos;ont pas pu être lus&#xa0;: %1</translation>
    </message>
    <message>
        <source>no ERP reference</source>
        <translation>aucune référence ERP</translation>
    </message>
    <message>
        <source>ERP reference %1</source>
        <translation>Référence ERP %1</translation>
    </message>
    <message>
        <source>%1 (%2 vacant)</source>
        <translation>%1 (vacants&#xa0;: %2)</translation>
    </message>
    <message>
        <source>Property · %1</source>
        <translation>Immeuble · %1</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>Buildings</source>
        <translation>Bâtiments</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Objets</translation>
    </message>
    <message>
        <source>Current tenants</source>
        <translation>Locataires actuels</translation>
    </message>
    <message>
        <source>Current tenancies</source>
        <translation>Baux en cours</translation>
    </message>
    <message>
        <source>Moving in</source>
        <translation>Emménagements à venir</translation>
    </message>
    <message>
        <source>Former tenancies</source>
        <translation>Anciens baux</translation>
    </message>
    <message>
        <source>Building of %1 · %2</source>
        <translation>Bâtiment de %1 · %2</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Unit in %1 · %2</source>
        <translation>Objet dans %1 · %2</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>owned</source>
        <translation>en propriété</translation>
    </message>
    <message>
        <source>rented</source>
        <translation>en location</translation>
    </message>
    <message>
        <source>Tenancies</source>
        <translation>Baux</translation>
    </message>
    <message>
        <source>Tenancy in %1 · %2</source>
        <translation>Bail dans %1 · %2</translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation>durée indéterminée</translation>
    </message>
    <message>
        <source>(no tenant)</source>
        <translation>(aucun locataire)</translation>
    </message>
    <message>
        <source>%1 (alias)</source>
        <translation>%1 (alias)</translation>
    </message>
    <message>
        <source>alias user</source>
        <translation>utilisateur alias</translation>
    </message>
    <message>
        <source>An alias user made by hand: the ERP does not deliver this person yet.</source>
        <translation>Un utilisateur alias créé à la main&#xa0;: l&apos;ERP ne transmet pas encore cette personne.</translation>
    </message>
    <message>
        <source>Double-click a tenant, or select one and press Enter, to open their details.</source>
        <translation>Double-cliquez sur un locataire, ou sélectionnez-le et appuyez sur Entrée, pour ouvrir ses détails.</translation>
    </message>
    <message>
        <source>Select an import run to see its report.</source>
        <translation>Sélectionnez une importation pour voir son rapport.</translation>
    </message>
    <message>
        <source>Import run %1</source>
        <translation>Importation %1</translation>
    </message>
    <message>
        <source>%1, by %2: %3</source>
        <translation>%1, par %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1, by %2</source>
        <translation>%1, par %2</translation>
    </message>
    <message>
        <source>Rows read: %1</source>
        <translation>Lignes lues&#xa0;: %1</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> et %1 de plus</translation>
    </message>
    <message>
        <source>E-mail changed: %1</source>
        <translation>E-mail modifié&#xa0;: %1</translation>
    </message>
    <message>
        <source>Alias users created: %1</source>
        <translation>Utilisateurs alias créés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Only the first %1 changes were kept.</source>
        <translation>Seules les %1 premières modifications ont été conservées.</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ajoutés</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>mis à jour</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inchangés</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>terminés</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Immeubles</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Collaborateurs</translation>
    </message>
    <message>
        <source>Rejected rows (%1)</source>
        <translation>Lignes rejetées (%1)</translation>
    </message>
    <message>
        <source>Changes (%1%2)</source>
        <translation>Modifications (%1%2)</translation>
    </message>
    <message>
        <source>Warnings (%1)</source>
        <translation>Avertissements (%1)</translation>
    </message>
    <message>
        <source>Import histor&amp;y</source>
        <translation>Historique des im&amp;portations</translation>
    </message>
    <message>
        <source>Invite the tenants &amp;not yet invited</source>
        <translation>In&amp;viter les locataires pas encore invités</translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>a form label; French puts a space before the colon</comment>
        <translation>%1&#xa0;:</translation>
    </message>
</context>
<context>
    <name>tc::NewAliasDialog</name>
    <message>
        <source>New alias user</source>
        <translation>Nouvel utilisateur alias</translation>
    </message>
    <message>
        <source>An alias user stands for someone expected in %1 whom the ERP does not deliver yet, so tickets can be logged for them. Once the ERP delivers them, link the alias to that tenant: the tickets follow.</source>
        <translation>Un utilisateur alias représente une personne attendue dans %1 que l&apos;ERP ne transmet pas encore, afin que des tickets puissent être saisis pour elle. Dès que l&apos;ERP la transmet, liez l&apos;alias à ce locataire&#xa0;: les tickets suivent.</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>First and last name, as the tenant gives it</source>
        <translation>Prénom et nom, tels que le locataire les indique</translation>
    </message>
    <message>
        <source>&amp;Expected move-in:</source>
        <translation>&amp;Emménagement prévu&#xa0;:</translation>
    </message>
    <message>
        <source>Expected move-in</source>
        <translation>Emménagement prévu</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Create alias user</source>
        <translation>&amp;Créer l&apos;utilisateur alias</translation>
    </message>
</context>
<context>
    <name>tc::NewTicketDialog</name>
    <message>
        <source>New ticket</source>
        <translation>Nouveau ticket</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>What the tenant asks for, in a few words</source>
        <translation>Ce que le locataire demande, en quelques mots</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>Personne pour l&apos;instant</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Objet&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Canal&#xa0;:</translation>
    </message>
    <message>
        <source>Cate&amp;gory:</source>
        <translation>Caté&amp;gorie&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorité&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Assignee:</source>
        <translation>&amp;Responsable&#xa0;:</translation>
    </message>
    <message>
        <source>Save the ticket</source>
        <translation>Enregistrer le ticket</translation>
    </message>
    <message>
        <source>No unit</source>
        <translation>Aucun objet</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>first name last name</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>New ticket for %1</source>
        <translation>Nouveau ticket pour %1</translation>
    </message>
    <message>
        <source>Du&amp;e:</source>
        <translation>&amp;Échéance&#xa0;:</translation>
    </message>
</context>
<context>
    <name>tc::OfficeMailDesk</name>
    <message>
        <source>No keychain is available: the mail server&apos;s password is kept for this session only.</source>
        <translation>Aucun trousseau n&apos;est disponible&#xa0;: le mot de passe du serveur de messagerie n&apos;est conservé que pour cette session.</translation>
    </message>
    <message>
        <source>No keychain can be used (%1): the mail server&apos;s password is kept for this session only and asked for again at the next start.</source>
        <translation>Aucun trousseau n&apos;est utilisable (%1)&#xa0;: le mot de passe du serveur de messagerie n&apos;est conservé que pour cette session et sera redemandé au prochain démarrage.</translation>
    </message>
    <message>
        <source>The password is in the system&apos;s keychain.</source>
        <translation>Le mot de passe se trouve dans le trousseau du système.</translation>
    </message>
    <message>
        <source>No password is stored yet.</source>
        <translation>Aucun mot de passe n&apos;est encore enregistré.</translation>
    </message>
    <message>
        <source>The mail server&apos;s password for %1 is not in the keychain yet.</source>
        <translation>Le mot de passe du serveur de messagerie pour %1 n&apos;est pas encore dans le trousseau.</translation>
    </message>
    <message>
        <source>The keychain refused the password (%1): it is kept for this session only.</source>
        <translation>Le trousseau a refusé le mot de passe (%1)&#xa0;: il n&apos;est conservé que pour cette session.</translation>
    </message>
    <message>
        <source>The mail server wants a password for %1: enter it with &quot;Mail server password…&quot; first.</source>
        <translation>Le serveur de messagerie demande un mot de passe pour %1&#xa0;: saisissez-le d&apos;abord avec «&#xa0;Mot de passe du serveur de messagerie…&#xa0;».</translation>
    </message>
    <message>
        <source>A test e-mail is on its way already.</source>
        <translation>Un e-mail de test est déjà en route.</translation>
    </message>
    <message>
        <source>Tenant Cockpit: test e-mail</source>
        <translation>Tenant Cockpit&#xa0;: e-mail de test</translation>
    </message>
    <message>
        <source>This test e-mail shows that the office&apos;s mail settings work.

Mail server: %1, port %2
</source>
        <translation>Cet e-mail de test montre que les paramètres de messagerie de la gérance fonctionnent.

Serveur de messagerie&#xa0;: %1, port %2
</translation>
    </message>
    <message>
        <source>The mail server took the test e-mail to %1.</source>
        <translation>Le serveur de messagerie a accepté l&apos;e-mail de test pour %1.</translation>
    </message>
    <message>
        <source>The test e-mail to %1 was not sent: %2</source>
        <translation>L&apos;e-mail de test pour %1 n&apos;a pas été envoyé&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>tc::OutboxModel</name>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Being sent</source>
        <translation>Envoi en cours</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échoué</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Next attempt / sent</source>
        <translation>Prochaine tentative / envoi</translation>
    </message>
    <message>
        <source>Server&apos;s answer</source>
        <translation>Réponse du serveur</translation>
    </message>
</context>
<context>
    <name>tc::OutboxSender</name>
    <message>
        <source>The mail transport went away.</source>
        <translation>Le transport de messagerie a disparu.</translation>
    </message>
    <message>
        <source>Sending was cancelled.</source>
        <translation>L&apos;envoi a été annulé.</translation>
    </message>
    <message>
        <source>No mail transport.</source>
        <translation>Aucun transport de messagerie.</translation>
    </message>
    <message>
        <source>No sender address is set (smtp.from).</source>
        <translation>Aucune adresse d&apos;expéditeur n&apos;est définie (smtp.from).</translation>
    </message>
</context>
<context>
    <name>tc::OutboxView</name>
    <message>
        <source>E-mails of the outbox</source>
        <translation>E-mails de la boîte d&apos;envoi</translation>
    </message>
    <message>
        <source>Show e-mails</source>
        <translation>Afficher les e-mails</translation>
    </message>
    <message>
        <source>All e-mails</source>
        <translation>Tous les e-mails</translation>
    </message>
    <message>
        <source>&amp;Send now</source>
        <translation>&amp;Envoyer maintenant</translation>
    </message>
    <message>
        <source>Send the waiting e-mails now</source>
        <translation>Envoyer maintenant les e-mails en attente</translation>
    </message>
    <message>
        <source>&amp;Retry failed</source>
        <translation>&amp;Renvoyer les échecs</translation>
    </message>
    <message>
        <source>Put failed e-mails back in the queue</source>
        <translation>Remettre les e-mails échoués dans la file d&apos;attente</translation>
    </message>
    <message>
        <source>The selected failed e-mails, or all failed ones when none is selected, are sent again. Fix what the server complained about first.</source>
        <translation>Les e-mails échoués sélectionnés, ou tous les e-mails échoués si aucun n&apos;est sélectionné, sont renvoyés. Corrigez d&apos;abord ce que le serveur a signalé.</translation>
    </message>
    <message>
        <source>Sending stopped: %1 The e-mails wait and are tried again later.</source>
        <translation>Envoi interrompu&#xa0;: %1 Les e-mails attendent et seront réessayés plus tard.</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Boîte d&apos;envoi</translation>
    </message>
    <message>
        <source>The outbox could not be read: %1</source>
        <translation>La boîte d&apos;envoi n&apos;a pas pu être lue&#xa0;: %1</translation>
    </message>
    <message>
        <source>Waiting: %1 · Failed: %2 · Sent: %3</source>
        <translation>En attente&#xa0;: %1 · Échoués&#xa0;: %2 · Envoyés&#xa0;: %3</translation>
    </message>
    <message>
        <source>Retry failed e-mails</source>
        <translation>Renvoyer les e-mails échoués</translation>
    </message>
    <message>
        <source>None of the selected e-mails failed. Select failed ones, or none to retry all.</source>
        <translation>Aucun des e-mails sélectionnés n&apos;a échoué. Sélectionnez des e-mails échoués, ou aucun pour tous les renvoyer.</translation>
    </message>
</context>
<context>
    <name>tc::PinboardPostDialog</name>
    <message>
        <source>Change pinboard post</source>
        <translation>Modifier l&apos;annonce</translation>
    </message>
    <message>
        <source>New pinboard post</source>
        <translation>Nouvelle annonce</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Text of the post</source>
        <translation>Texte de l&apos;annonce</translation>
    </message>
    <message>
        <source>A blank line starts a new paragraph. **Bold**, lists with &quot;- &quot; or &quot;1. &quot;, and web or e-mail addresses as links.</source>
        <translation>Une ligne vide commence un nouveau paragraphe. **Gras**, listes avec «&#xa0;-&#xa0;» ou «&#xa0;1.&#xa0;», et adresses web ou e-mail sous forme de liens.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>The &amp;whole company</source>
        <translation>Toute l&apos;&amp;entreprise</translation>
    </message>
    <message>
        <source>&amp;Chosen properties and buildings:</source>
        <translation>Immeubles et bâtiments &amp;choisis&#xa0;:</translation>
    </message>
    <message>
        <source>Find a property</source>
        <translation>Trouver un immeuble</translation>
    </message>
    <message>
        <source>Find a property by name or reference</source>
        <translation>Trouver un immeuble par nom ou référence</translation>
    </message>
    <message>
        <source>Properties and buildings</source>
        <translation>Immeubles et bâtiments</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <source>Shown &amp;from</source>
        <translation>Affichée à partir &amp;du</translation>
    </message>
    <message>
        <source>Shown from</source>
        <translation>Affichée à partir du</translation>
    </message>
    <message>
        <source>Shown &amp;until</source>
        <translation>Affichée &amp;jusqu&apos;au</translation>
    </message>
    <message>
        <source>Shown until</source>
        <translation>Affichée jusqu&apos;au</translation>
    </message>
    <message>
        <source>&amp;Important: e-mail it to every tenant it is for</source>
        <translation>&amp;Important&#xa0;: l&apos;envoyer par e-mail à chaque locataire concerné</translation>
    </message>
    <message>
        <source>Also to tenants who &amp;move in later</source>
        <translation>Aussi aux locataires qui e&amp;mménagent plus tard</translation>
    </message>
    <message>
        <source>&amp;Notify again: e-mail the changed post to its tenants</source>
        <translation>&amp;Notifier à nouveau&#xa0;: envoyer l&apos;annonce modifiée par e-mail à ses locataires</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>En&amp;registrer</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Publier</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>Tick the properties or buildings the post is for.</source>
        <translation>Cochez les immeubles ou bâtiments auxquels l&apos;annonce s&apos;adresse.</translation>
    </message>
    <message>
        <source>Counting the tenants who will be e-mailed…</source>
        <translation>Décompte des locataires qui recevront un e-mail…</translation>
    </message>
    <message>
        <source>Who will be e-mailed could not be counted: %1</source>
        <translation>Le nombre de destinataires n&apos;a pas pu être calculé&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>E-mailed to %1 tenant(s) in their language.</source>
        <translation>
            <numerusform>Envoyée par e-mail à %1 locataire dans sa langue.</numerusform>
            <numerusform>Envoyée par e-mail à %1 locataires dans leur langue.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be reached (no e-mail address or not invited): &lt;a href=&quot;#unreachable&quot;&gt;show who&lt;/a&gt;.</source>
        <translation>
            <numerusform>%1 locataire n&apos;est pas joignable (pas d&apos;adresse e-mail ou pas invité)&#xa0;: &lt;a href=&quot;#unreachable&quot;&gt;voir qui&lt;/a&gt;.</numerusform>
            <numerusform>%1 locataires ne sont pas joignables (pas d&apos;adresse e-mail ou pas invités)&#xa0;: &lt;a href=&quot;#unreachable&quot;&gt;voir qui&lt;/a&gt;.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tenants who cannot be e-mailed</source>
        <translation>Locataires qui ne peuvent pas recevoir d&apos;e-mail</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Locataire</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>They see the post in the tenant app once they are invited and registered; an e-mail address comes with the ERP&apos;s next import or in the tenant&apos;s data.</source>
        <translation>Ils voient l&apos;annonce dans l&apos;application locataires dès qu&apos;ils sont invités et inscrits; une adresse e-mail arrive avec la prochaine importation de l&apos;ERP ou dans les données du locataire.</translation>
    </message>
    <message>
        <source>all</source>
        <translation>tous</translation>
    </message>
    <message numerus="yes">
        <source>E-mail this post to %1 tenant(s) now?</source>
        <translation>
            <numerusform>Envoyer maintenant cette annonce par e-mail à %1 locataire?</numerusform>
            <numerusform>Envoyer maintenant cette annonce par e-mail à %1 locataires?</numerusform>
        </translation>
    </message>
    <message>
        <source>E-mail this post to every tenant it is for now?</source>
        <translation>Envoyer maintenant cette annonce par e-mail à tous les locataires concernés?</translation>
    </message>
    <message>
        <source>Queuing the e-mails…</source>
        <translation>Mise en file d&apos;attente des e-mails…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
</context>
<context>
    <name>tc::PinboardPostsModel</name>
    <message>
        <source>%L1 sent, %L2 failed, %L3 waiting</source>
        <translation>%L1 envoyés, %L2 échoués, %L3 en attente</translation>
    </message>
    <message>
        <source>Important: %1</source>
        <translation>Important&#xa0;: %1</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Rédigée par</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publiée</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>E-mails</translation>
    </message>
</context>
<context>
    <name>tc::PinboardView</name>
    <message>
        <source>Show the posts of</source>
        <translation>Afficher les annonces de</translation>
    </message>
    <message>
        <source>Pinboard posts</source>
        <translation>Annonces du tableau d&apos;affichage</translation>
    </message>
    <message>
        <source>The selected post</source>
        <translation>L&apos;annonce sélectionnée</translation>
    </message>
    <message>
        <source>&amp;New post…</source>
        <translation>&amp;Nouvelle annonce…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Pinboard</source>
        <translation>Tableau d&apos;affichage</translation>
    </message>
    <message>
        <source>All posts</source>
        <translation>Toutes les annonces</translation>
    </message>
    <message>
        <source>Tenants of %1</source>
        <translation>Locataires de %1</translation>
    </message>
    <message>
        <source>The pinboard could not be read: %1</source>
        <translation>Le tableau d&apos;affichage n&apos;a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>No posts yet. &quot;New post…&quot; writes one.</source>
        <translation>Aucune annonce pour l&apos;instant. «&#xa0;Nouvelle annonce…&#xa0;» permet d&apos;en rédiger une.</translation>
    </message>
    <message>
        <source>No posts yet.</source>
        <translation>Aucune annonce pour l&apos;instant.</translation>
    </message>
    <message>
        <source>For: %1</source>
        <translation>Pour&#xa0;: %1</translation>
    </message>
    <message>
        <source>Written by %1, published %2</source>
        <translation>Rédigée par %1, publiée le %2</translation>
    </message>
    <message>
        <source>Changed %1</source>
        <translation>Modifiée le %1</translation>
    </message>
    <message>
        <source>Shown %1 – %2</source>
        <translation>Affichée %1 – %2</translation>
    </message>
    <message>
        <source>from publication</source>
        <translation>dès la publication</translation>
    </message>
    <message>
        <source>until deleted</source>
        <translation>jusqu&apos;à la suppression</translation>
    </message>
    <message>
        <source>E-mails: %1</source>
        <translation>E-mails&#xa0;: %1</translation>
    </message>
    <message>
        <source>Important; no e-mails were sent for it</source>
        <translation>Importante; aucun e-mail n&apos;a été envoyé pour elle</translation>
    </message>
    <message>
        <source>Important:</source>
        <translation>Important&#xa0;:</translation>
    </message>
    <message>
        <source>Delete the post &quot;%1&quot;? Tenants no longer see it.</source>
        <translation>Supprimer l&apos;annonce «&#xa0;%1&#xa0;»? Les locataires ne la verront plus.</translation>
    </message>
    <message>
        <source>Its e-mails that went out stay sent (%1 of them); the %2 still waiting are not sent. The audit log keeps what the post said.</source>
        <translation>Les e-mails déjà partis restent envoyés (%1); les %2 encore en attente ne seront pas envoyés. Le journal conserve le contenu de l&apos;annonce.</translation>
    </message>
    <message>
        <source>Delete pinboard post</source>
        <translation>Supprimer l&apos;annonce</translation>
    </message>
</context>
<context>
    <name>tc::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Comme le système (%1)</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claire</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>&amp;Apparence&#xa0;:</translation>
    </message>
    <message>
        <source>Dates and numbers are written as the language writes them. Language and appearance take effect when Tenant Cockpit starts next.</source>
        <translation>Les dates et les nombres s&apos;écrivent selon l&apos;usage de la langue. La langue et l&apos;apparence s&apos;appliquent au prochain démarrage de Tenant Cockpit.</translation>
    </message>
</context>
<context>
    <name>tc::SecretStore</name>
    <message>
        <source>no keychain service is installed or running</source>
        <translation>aucun service de trousseau n&apos;est installé ou en cours d&apos;exécution</translation>
    </message>
    <message>
        <source>access was refused</source>
        <translation>l&apos;accès a été refusé</translation>
    </message>
    <message>
        <source>the keychain is locked or refused access</source>
        <translation>le trousseau est verrouillé ou a refusé l&apos;accès</translation>
    </message>
    <message>
        <source>this system&apos;s keychain cannot do this</source>
        <translation>le trousseau de ce système ne permet pas cette opération</translation>
    </message>
    <message>
        <source>error %1</source>
        <translation>erreur %1</translation>
    </message>
    <message>
        <source>The keychain cannot be used: %1</source>
        <translation>Le trousseau ne peut pas être utilisé&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>The keychain cannot be used: no answer within %n second(s)</source>
        <translation>
            <numerusform>Le trousseau ne peut pas être utilisé&#xa0;: aucune réponse en %n seconde</numerusform>
            <numerusform>Le trousseau ne peut pas être utilisé&#xa0;: aucune réponse en %n secondes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tc::SmtpClient</name>
    <message>
        <source>Sending was cancelled.</source>
        <translation>L&apos;envoi a été annulé.</translation>
    </message>
    <message>
        <source>No mail server is set (setting %1).</source>
        <translation>Aucun serveur de messagerie n&apos;est défini (paramètre %1).</translation>
    </message>
    <message>
        <source>Mail is not sent to %1 without encryption: only a mail server on this computer may be used without it. Choose &quot;starttls&quot; or &quot;tls&quot; for setting %2.</source>
        <translation>Aucun e-mail n&apos;est envoyé à %1 sans chiffrement&#xa0;: seul un serveur de messagerie installé sur cet ordinateur peut être utilisé sans chiffrement. Choisissez «&#xa0;starttls&#xa0;» ou «&#xa0;tls&#xa0;» pour le paramètre %2.</translation>
    </message>
    <message>
        <source>This computer cannot encrypt connections (no TLS library found), so no mail is sent to %1.</source>
        <translation>Cet ordinateur ne peut pas chiffrer les connexions (aucune bibliothèque TLS trouvée); aucun e-mail n&apos;est donc envoyé à %1.</translation>
    </message>
    <message>
        <source>The CA file %1 for the mail server cannot be read: %2</source>
        <translation>Le fichier CA %1 du serveur de messagerie ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>The CA file %1 for the mail server holds no certificate.</source>
        <translation>Le fichier CA %1 du serveur de messagerie ne contient aucun certificat.</translation>
    </message>
    <message>
        <source>The certificate of the mail server %1 is not trusted, so nothing was sent: %2</source>
        <translation>Le certificat du serveur de messagerie %1 n&apos;est pas digne de confiance; rien n&apos;a donc été envoyé&#xa0;: %2</translation>
    </message>
    <message>
        <source>Mail is not sent to %1 (%2) without encryption: it is not this computer.</source>
        <translation>Aucun e-mail n&apos;est envoyé à %1 (%2) sans chiffrement&#xa0;: ce n&apos;est pas cet ordinateur.</translation>
    </message>
    <message>
        <source>The mail server %1 answered something that is not SMTP: %2</source>
        <translation>Le serveur de messagerie %1 a envoyé une réponse qui n&apos;est pas du SMTP&#xa0;: %2</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>le serveur a fermé la connexion</translation>
    </message>
    <message>
        <source>Could not connect to the mail server %1 (port %2): %3</source>
        <translation>Impossible de se connecter au serveur de messagerie %1 (port %2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>The encrypted connection (TLS) to the mail server %1 could not be set up: %2</source>
        <translation>La connexion chiffrée (TLS) au serveur de messagerie %1 n&apos;a pas pu être établie&#xa0;: %2</translation>
    </message>
    <message>
        <source>Connection lost to the mail server %1: %2</source>
        <translation>Connexion au serveur de messagerie %1 perdue&#xa0;: %2</translation>
    </message>
    <message>
        <source>Connection lost while the message was being sent to %1: %2</source>
        <translation>Connexion perdue pendant l&apos;envoi du message à %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>la connexion</translation>
    </message>
    <message>
        <source>the TLS handshake</source>
        <translation>la négociation TLS</translation>
    </message>
    <message>
        <source>the next reply</source>
        <translation>la réponse suivante</translation>
    </message>
    <message>
        <source>The mail server %1 did not answer within %2 s (waiting for %3).</source>
        <translation>Le serveur de messagerie %1 n&apos;a pas répondu dans un délai de %2 s (en attente de %3).</translation>
    </message>
    <message>
        <source>The mail server %1 sent a reply nobody asked for: %2</source>
        <translation>Le serveur de messagerie %1 a envoyé une réponse que personne n&apos;a demandée&#xa0;: %2</translation>
    </message>
    <message>
        <source>The mail server %1 refused the login of %2: %3</source>
        <translation>Le serveur de messagerie %1 a refusé la connexion de l&apos;identifiant %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>The mail server %1 does not take mail now: %2</source>
        <translation>Le serveur de messagerie %1 n&apos;accepte pas d&apos;e-mails pour le moment&#xa0;: %2</translation>
    </message>
    <message>
        <source>The mail server %1 refused the greeting (EHLO): %2</source>
        <translation>Le serveur de messagerie %1 a refusé la salutation (EHLO)&#xa0;: %2</translation>
    </message>
    <message>
        <source>The mail server %1 refused to encrypt the connection (STARTTLS): %2</source>
        <translation>Le serveur de messagerie %1 a refusé de chiffrer la connexion (STARTTLS)&#xa0;: %2</translation>
    </message>
    <message>
        <source>The mail server %1 sent more than it should after STARTTLS; the connection is not trusted.</source>
        <translation>Le serveur de messagerie %1 a envoyé plus que prévu après STARTTLS; la connexion n&apos;est pas digne de confiance.</translation>
    </message>
    <message>
        <source>The mail server %1 refused to start over (RSET): %2</source>
        <translation>Le serveur de messagerie %1 a refusé de recommencer (RSET)&#xa0;: %2</translation>
    </message>
    <message>
        <source>The mail server %1 does not offer encryption (STARTTLS), so neither the login nor any mail is sent to it. If it expects encryption from the first byte (usually port 465), choose &quot;tls&quot;.</source>
        <translation>Le serveur de messagerie %1 ne propose pas de chiffrement (STARTTLS); ni l&apos;identifiant ni aucun e-mail ne lui sont donc envoyés. S&apos;il attend un chiffrement dès le premier octet (généralement port 465), choisissez «&#xa0;tls&#xa0;».</translation>
    </message>
    <message>
        <source>The mail server %1 offers no login this program can use (PLAIN or LOGIN); it offers: %2</source>
        <translation>Le serveur de messagerie %1 ne propose aucune méthode de connexion utilisable par ce programme (PLAIN ou LOGIN); il propose&#xa0;: %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>The mail server %1 answered out of turn: %2</source>
        <translation>Le serveur de messagerie %1 a répondu hors séquence&#xa0;: %2</translation>
    </message>
    <message>
        <source>The message has no recipient address.</source>
        <translation>Le message n&apos;a pas d&apos;adresse de destinataire.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address that can be sent to.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse e-mail valable pour un envoi.</translation>
    </message>
    <message>
        <source>The domain of &quot;%1&quot; is not valid.</source>
        <translation>Le domaine de «&#xa0;%1&#xa0;» n&apos;est pas valable.</translation>
    </message>
    <message>
        <source>The address &quot;%1&quot; has letters beyond ASCII before the @, and the mail server %2 does not accept such addresses (SMTPUTF8).</source>
        <translation>L&apos;adresse «&#xa0;%1&#xa0;» contient des caractères non ASCII avant le @, et le serveur de messagerie %2 n&apos;accepte pas de telles adresses (SMTPUTF8).</translation>
    </message>
    <message>
        <source>the greeting</source>
        <translation>le message d&apos;accueil</translation>
    </message>
    <message>
        <source>the reply to EHLO</source>
        <translation>la réponse à EHLO</translation>
    </message>
    <message>
        <source>the reply to STARTTLS</source>
        <translation>la réponse à STARTTLS</translation>
    </message>
    <message>
        <source>the reply to the login</source>
        <translation>la réponse à l&apos;identification</translation>
    </message>
    <message>
        <source>the reply to MAIL FROM</source>
        <translation>la réponse à MAIL FROM</translation>
    </message>
    <message>
        <source>the reply to RCPT TO</source>
        <translation>la réponse à RCPT TO</translation>
    </message>
    <message>
        <source>the reply to DATA</source>
        <translation>la réponse à DATA</translation>
    </message>
    <message>
        <source>the reply to the end of the message</source>
        <translation>la réponse à la fin du message</translation>
    </message>
    <message>
        <source>the reply to RSET</source>
        <translation>la réponse à RSET</translation>
    </message>
    <message>
        <source>the reply to QUIT</source>
        <translation>la réponse à QUIT</translation>
    </message>
</context>
<context>
    <name>tc::TenantDetailDialog</name>
    <message>
        <source>alias user made by hand</source>
        <translation>utilisateur alias créé à la main</translation>
    </message>
    <message>
        <source>alias (no e-mail yet)</source>
        <translation>alias (pas encore d&apos;e-mail)</translation>
    </message>
    <message>
        <source>invited</source>
        <translation>invité</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>inscrit</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importé</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Locataire</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Company default</source>
        <translation>Langue par défaut de l&apos;entreprise</translation>
    </message>
    <message>
        <source>Managed by the ERP</source>
        <translation>Géré par l&apos;ERP</translation>
    </message>
    <message>
        <source>Name, e-mail and phone are managed by the ERP</source>
        <translation>Le nom, l&apos;e-mail et le téléphone sont gérés par l&apos;ERP</translation>
    </message>
    <message>
        <source>You can look at this tenant&apos;s data; changing it needs an administrator.</source>
        <translation>Vous pouvez consulter les données de ce locataire; pour les modifier, il faut un administrateur.</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Prénom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Téléphone&#xa0;:</translation>
    </message>
    <message>
        <source>L&amp;anguage:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Tenancies</source>
        <translation>Baux</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Immeuble</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>History of changes</source>
        <translation>Historique des modifications</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <source>&amp;New ticket…</source>
        <translation>Nouveau ti&amp;cket…</translation>
    </message>
    <message>
        <source>New ticket for this tenant</source>
        <translation>Nouveau ticket pour ce locataire</translation>
    </message>
    <message>
        <source>New ticket for this tenant (%1)</source>
        <translation>Nouveau ticket pour ce locataire (%1)</translation>
    </message>
    <message>
        <source>New ticket</source>
        <translation>Nouveau ticket</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Enregi&amp;strer</translation>
    </message>
    <message>
        <source>Save the tenant&apos;s data</source>
        <translation>Enregistrer les données du locataire</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Read the tenant&apos;s data again</source>
        <translation>Relire les données du locataire</translation>
    </message>
    <message>
        <source>&amp;Invite</source>
        <translation>&amp;Inviter</translation>
    </message>
    <message>
        <source>Invite to the tenant app</source>
        <translation>Inviter à l&apos;application locataires</translation>
    </message>
    <message>
        <source>Close the tenant</source>
        <translation>Fermer la fiche du locataire</translation>
    </message>
    <message>
        <source>The tenant could not be read: %1</source>
        <translation>Le locataire n&apos;a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Tenant – %1</source>
        <translation>Locataire – %1</translation>
    </message>
    <message>
        <source>ERP reference %1</source>
        <translation>Référence ERP %1</translation>
    </message>
    <message>
        <source>from the ERP</source>
        <translation>de l&apos;ERP</translation>
    </message>
    <message>
        <source>entered in the Cockpit</source>
        <translation>saisi dans le Cockpit</translation>
    </message>
    <message>
        <source>Tic&amp;kets could not be read: %1</source>
        <translation>Les tic&amp;kets n&apos;ont pas pu être lus&#xa0;: %1</translation>
    </message>
    <message>
        <source>Tic&amp;kets: none yet</source>
        <translation>Tic&amp;kets&#xa0;: aucun pour l&apos;instant</translation>
    </message>
    <message>
        <source>Tic&amp;kets (%1, %2 open), newest first</source>
        <translation>Tic&amp;kets (%1, ouverts&#xa0;: %2), du plus récent au plus ancien</translation>
    </message>
    <message>
        <source>Ticket %1 saved.</source>
        <translation>Ticket %1 enregistré.</translation>
    </message>
    <message>
        <source>International form: %1</source>
        <translation>Format international&#xa0;: %1</translation>
    </message>
    <message>
        <source>current</source>
        <translation>actuel</translation>
    </message>
    <message>
        <source>former</source>
        <translation>ancien</translation>
    </message>
    <message>
        <source>moving in</source>
        <translation>à venir</translation>
    </message>
    <message>
        <source>expected (alias user)</source>
        <translation>prévu (utilisateur alias)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Tenancies (%1)</source>
        <translation>&amp;Baux (%1)</translation>
    </message>
    <message>
        <source>&amp;History of changes: none recorded yet</source>
        <translation>&amp;Historique des modifications&#xa0;: rien d&apos;enregistré pour l&apos;instant</translation>
    </message>
    <message>
        <source>&amp;History of changes (%1), newest first</source>
        <translation>&amp;Historique des modifications (%1), du plus récent au plus ancien</translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation>Rien à enregistrer.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Send re&amp;minder</source>
        <translation>Envoyer un &amp;rappel</translation>
    </message>
</context>
<context>
    <name>tc::TenantSearchDialog</name>
    <message>
        <source>Find a tenant</source>
        <translation>Trouver un locataire</translation>
    </message>
    <message>
        <source>Search tenants</source>
        <translation>Rechercher des locataires</translation>
    </message>
    <message>
        <source>Name, phone number, unit, street, e-mail or reference</source>
        <translation>Nom, numéro de téléphone, objet, rue, e-mail ou référence</translation>
    </message>
    <message>
        <source>Tenants found</source>
        <translation>Locataires trouvés</translation>
    </message>
    <message>
        <source>Search state</source>
        <translation>État de la recherche</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>La recherche a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Type a name, a phone number in any spelling, a unit, a street or a reference.</source>
        <translation>Saisissez un nom, un numéro de téléphone sous n&apos;importe quelle forme, un objet, une rue ou une référence.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>Nobody found for &quot;%1&quot;.</source>
        <translation>Aucun résultat pour «&#xa0;%1&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>%n tenant(s) found. Enter opens the selected one.</source>
        <translation>
            <numerusform>%n locataire trouvé. Entrée ouvre le locataire sélectionné.</numerusform>
            <numerusform>%n locataires trouvés. Entrée ouvre le locataire sélectionné.</numerusform>
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
        <translation>invité</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>inscrit</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importé</translation>
    </message>
    <message>
        <source>%1, former tenant</source>
        <translation>%1, ancien locataire</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Open tickets</source>
        <translation>Tickets ouverts</translation>
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
        <translation>invité</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>inscrit</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importé</translation>
    </message>
    <message>
        <source>%1, %2 %3</source>
        <comment>street, postal code city</comment>
        <translation>%1, %2 %3</translation>
    </message>
    <message>
        <source>moving in %1</source>
        <translation>emménage le %1</translation>
    </message>
    <message>
        <source>moved out %1</source>
        <translation>déménagé le %1</translation>
    </message>
    <message>
        <source>moving out %1</source>
        <translation>déménage le %1</translation>
    </message>
    <message>
        <source>current</source>
        <translation>actuel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Tenancy</source>
        <translation>Bail</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>ERP reference</source>
        <translation>Référence ERP</translation>
    </message>
</context>
<context>
    <name>tc::TenantsView</name>
    <message>
        <source>Tenants</source>
        <translation>Locataires</translation>
    </message>
    <message>
        <source>The tenants could not be read: %1</source>
        <translation>Les locataires n&apos;ont pas pu être lus&#xa0;: %1</translation>
    </message>
    <message>
        <source>Filter tenants</source>
        <translation>Filtrer les locataires</translation>
    </message>
    <message>
        <source>Filter: name, ERP reference or e-mail address</source>
        <translation>Filtre&#xa0;: nom, référence ERP ou adresse e-mail</translation>
    </message>
    <message>
        <source>The beginning of a name (&quot;Müller&quot;, &quot;Meier, A&quot;), of an ERP reference, or a whole e-mail address. Case and accents do not matter.</source>
        <translation>Le début d&apos;un nom («&#xa0;Müller&#xa0;», «&#xa0;Meier, A&#xa0;»), d&apos;une référence ERP, ou une adresse e-mail complète. Les majuscules et les accents ne comptent pas.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importés</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Invités</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Inscrits</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Current or former tenants</source>
        <translation>Locataires actuels ou anciens</translation>
    </message>
    <message>
        <source>Current and former tenants</source>
        <translation>Locataires actuels et anciens</translation>
    </message>
    <message>
        <source>Current tenants</source>
        <translation>Locataires actuels</translation>
    </message>
    <message>
        <source>Former tenants</source>
        <translation>Anciens locataires</translation>
    </message>
    <message>
        <source>&amp;Invite</source>
        <translation>&amp;Inviter</translation>
    </message>
    <message>
        <source>Invite to the tenant app</source>
        <translation>Inviter à l&apos;application locataires</translation>
    </message>
    <message>
        <source>Invite the &amp;selected tenants</source>
        <translation>Inviter les locataires &amp;sélectionnés</translation>
    </message>
    <message>
        <source>Invite &amp;everyone not yet invited</source>
        <translation>Inviter &amp;tous ceux pas encore invités</translation>
    </message>
    <message>
        <source>&amp;Alias users…</source>
        <translation>&amp;Utilisateurs alias…</translation>
    </message>
    <message>
        <source>Alias users made by hand</source>
        <translation>Utilisateurs alias créés à la main</translation>
    </message>
    <message>
        <source>Alias users made by hand for people the ERP does not deliver yet, and the tenants they may be</source>
        <translation>Utilisateurs alias créés à la main pour des personnes que l&apos;ERP ne transmet pas encore, et les locataires auxquels ils correspondent peut-être</translation>
    </message>
    <message>
        <source>Select the tenants to invite first.</source>
        <translation>Sélectionnez d&apos;abord les locataires à inviter.</translation>
    </message>
    <message numerus="yes">
        <source>the %n selected tenant(s)</source>
        <translation>
            <numerusform>%n locataire sélectionné</numerusform>
            <numerusform>les %n locataires sélectionnés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>all %n tenant(s) not yet invited</source>
        <translation>
            <numerusform>%n locataire pas encore invité</numerusform>
            <numerusform>tous les %n locataires pas encore invités</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alias user(s) may be tenants the ERP delivered: &lt;a href=&quot;#aliases&quot;&gt;confirm or choose&lt;/a&gt;.</source>
        <translation>
            <numerusform>%n utilisateur alias correspond peut-être à un locataire transmis par l&apos;ERP&#xa0;: &lt;a href=&quot;#aliases&quot;&gt;confirmer ou choisir&lt;/a&gt;.</numerusform>
            <numerusform>%n utilisateurs alias correspondent peut-être à des locataires transmis par l&apos;ERP&#xa0;: &lt;a href=&quot;#aliases&quot;&gt;confirmer ou choisir&lt;/a&gt;.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tenants: %1</source>
        <translation>Locataires&#xa0;: %1</translation>
    </message>
    <message>
        <source>more than %1</source>
        <translation>plus de %1</translation>
    </message>
    <message>
        <source>Tenants: %1 of %2</source>
        <translation>Locataires&#xa0;: %1 sur %2</translation>
    </message>
</context>
<context>
    <name>tc::TicketConflictDialog</name>
    <message>
        <source>Ticket #%1 was changed meanwhile</source>
        <translation>Le ticket n° %1 a été modifié entre-temps</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>quelqu&apos;un</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 saved ticket #%2 after you opened it.&lt;/b&gt; Nothing of yours has been saved yet. Choose which version to keep.</source>
        <translation>&lt;b&gt;%1 a enregistré le ticket n° %2 après que vous l&apos;avez ouvert.&lt;/b&gt; Rien de ce que vous avez saisi n&apos;a encore été enregistré. Choisissez la version à garder.</translation>
    </message>
    <message>
        <source>Their changes</source>
        <translation>Leurs modifications</translation>
    </message>
    <message>
        <source>&amp;Your unsaved changes:</source>
        <translation>&amp;Vos modifications non enregistrées&#xa0;:</translation>
    </message>
    <message>
        <source>Your unsaved changes</source>
        <translation>Vos modifications non enregistrées</translation>
    </message>
    <message>
        <source>Keep my changes: yours are saved on top of theirs; where you both changed a field, yours wins. Take theirs: the ticket is shown as they left it and your edits are dropped.</source>
        <translation>Garder mes modifications&#xa0;: les vôtres sont enregistrées par-dessus les leurs; là où vous avez tous deux modifié un champ, votre valeur l&apos;emporte. Prendre les leurs&#xa0;: le ticket s&apos;affiche tel qu&apos;ils l&apos;ont laissé et vos modifications sont abandonnées.</translation>
    </message>
    <message>
        <source>&amp;Keep my changes</source>
        <translation>&amp;Garder mes modifications</translation>
    </message>
    <message>
        <source>Keep my changes</source>
        <translation>Garder mes modifications</translation>
    </message>
    <message>
        <source>&amp;Take theirs</source>
        <translation>&amp;Prendre les leurs</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Prendre les leurs</translation>
    </message>
    <message>
        <source>Back to editing</source>
        <translation>Retour à l&apos;édition</translation>
    </message>
    <message>
        <source>Back to editing, nothing saved</source>
        <translation>Retour à l&apos;édition, rien n&apos;est enregistré</translation>
    </message>
    <message>
        <source>T&amp;heir changes:</source>
        <translation>&amp;Leurs modifications&#xa0;:</translation>
    </message>
</context>
<context>
    <name>tc::TicketHistoryList</name>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Comment (internal note)</source>
        <translation>Commentaire (note interne)</translation>
    </message>
    <message>
        <source>Comment (visible to tenant)</source>
        <translation>Commentaire (visible par le locataire)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>what: details</comment>
        <translation>%1&#xa0;: %2</translation>
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
        <translation>Détail du ticket</translation>
    </message>
    <message>
        <source>Select a ticket in the list to see it here.</source>
        <translation>Sélectionnez un ticket dans la liste pour l&apos;afficher ici.</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Locataire</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Immeuble</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Only the statuses the workflow allows from the current one are offered.</source>
        <translation>Seuls les statuts que le flux de travail autorise depuis le statut actuel sont proposés.</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation>Éc&amp;héance&#xa0;:</translation>
    </message>
    <message>
        <source>Has a due date</source>
        <translation>A une échéance</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>none</source>
        <translation>néant</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Drop my edits</source>
        <translation>Abandonner mes modifications</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save the ticket</source>
        <translation>Enregistrer le ticket</translation>
    </message>
    <message>
        <source>Save the changes (Ctrl+S)</source>
        <translation>Enregistrer les modifications (Ctrl+S)</translation>
    </message>
    <message>
        <source>Tenant:</source>
        <translation>Locataire&#xa0;:</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Objet&#xa0;:</translation>
    </message>
    <message>
        <source>Property:</source>
        <translation>Immeuble&#xa0;:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Créé&#xa0;:</translation>
    </message>
    <message>
        <source>Last change:</source>
        <translation>Dernière modification&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>&amp;Statut&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorité&#xa0;:</translation>
    </message>
    <message>
        <source>Assign&amp;ee:</source>
        <translation>Respo&amp;nsable&#xa0;:</translation>
    </message>
    <message>
        <source>Channe&amp;l:</source>
        <translation>C&amp;anal&#xa0;:</translation>
    </message>
    <message>
        <source>Categor&amp;y:</source>
        <translation>Caté&amp;gorie&#xa0;:</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>Historique&#xa0;:</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>A comment; Ctrl+Return adds it</source>
        <translation>Un commentaire; Ctrl+Entrée l&apos;ajoute</translation>
    </message>
    <message>
        <source>&amp;Internal note (the tenant does not see it)</source>
        <translation>Note &amp;interne (le locataire ne la voit pas)</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Note interne</translation>
    </message>
    <message>
        <source>Add &amp;comment</source>
        <translation>Ajouter un &amp;commentaire</translation>
    </message>
    <message>
        <source>Add comment</source>
        <translation>Ajouter un commentaire</translation>
    </message>
    <message>
        <source>Add the comment to the history (Ctrl+Return)</source>
        <translation>Ajouter le commentaire à l&apos;historique (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Someone else changed this ticket while you were editing it. Your edits are kept; saving shows what they changed and lets you choose.</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié ce ticket pendant que vous l&apos;éditiez. Vos modifications sont conservées; à l&apos;enregistrement, vous verrez ce qui a été modifié et pourrez choisir.</translation>
    </message>
    <message>
        <source>#%1 · %2</source>
        <translation>n° %1 · %2</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 par %2</translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>L&apos;historique n&apos;a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (now)</source>
        <translation>%1 (actuel)</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Title: %1</source>
        <translation>Titre&#xa0;: %1</translation>
    </message>
    <message>
        <source>Description: %1</source>
        <translation>Description&#xa0;: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Statut&#xa0;: %1</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>Assignee: %1</source>
        <translation>Responsable&#xa0;: %1</translation>
    </message>
    <message>
        <source>Priority: %1</source>
        <translation>Priorité&#xa0;: %1</translation>
    </message>
    <message>
        <source>Due date: %1</source>
        <translation>Échéance&#xa0;: %1</translation>
    </message>
    <message>
        <source>Channel: %1</source>
        <translation>Canal&#xa0;: %1</translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>Catégorie&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Their version is shown; your edits were dropped.</source>
        <translation>Leur version est affichée; vos modifications ont été abandonnées.</translation>
    </message>
    <message>
        <source>Not saved: ticket #%1 was changed by someone else. Your edits are still here; save again to choose.</source>
        <translation>Non enregistré&#xa0;: le ticket n° %1 a été modifié par quelqu&apos;un d&apos;autre. Vos modifications sont toujours là; enregistrez à nouveau pour choisir.</translation>
    </message>
    <message>
        <source>Write the comment first.</source>
        <translation>Écrivez d&apos;abord le commentaire.</translation>
    </message>
    <message>
        <source>&amp;Save the ticket</source>
        <translation>&amp;Enregistrer le ticket</translation>
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
        <translation>N°</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Locataire</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mise à jour</translation>
    </message>
</context>
</TS>
