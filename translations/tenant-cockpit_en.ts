<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AttemptThrottle</name>
    <message numerus="yes">
        <source>Too many wrong attempts. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many wrong attempts. Try again in %n second.</numerusform>
            <numerusform>Too many wrong attempts. Try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cockpitctl</name>
    <message numerus="yes">
        <source>%n row(s) would be rejected; the rest would be applied:</source>
        <translation>
            <numerusform>%n row would be rejected; the rest would be applied:</numerusform>
            <numerusform>%n rows would be rejected; the rest would be applied:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) were rejected; the rest was applied (run %1):</source>
        <translation>
            <numerusform>%n row was rejected; the rest was applied (run %1):</numerusform>
            <numerusform>%n rows were rejected; the rest was applied (run %1):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) processed.</source>
        <translation>
            <numerusform>%n job processed.</numerusform>
            <numerusform>%n jobs processed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open ticket(s)</source>
        <translation>
            <numerusform>%n open ticket</numerusform>
            <numerusform>%n open tickets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed e-mail(s) queued again.</source>
        <translation>
            <numerusform>%n failed e-mail queued again.</numerusform>
            <numerusform>%n failed e-mails queued again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %n ticket(s)</source>
        <translation>
            <numerusform>  %n ticket</numerusform>
            <numerusform>  %n tickets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Alias user %1 is now tenant %2; %n ticket(s) moved.</source>
        <translation>
            <numerusform>Alias user %1 is now tenant %2; %n ticket moved.</numerusform>
            <numerusform>Alias user %1 is now tenant %2; %n tickets moved.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied and verified: %n row(s), the same count and checksum in every table, to %1.</source>
        <translation>
            <numerusform>Copied and verified: %n row, the same count and checksum in every table, to %1.</numerusform>
            <numerusform>Copied and verified: %n rows, the same count and checksum in every table, to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waiting %n second(s) after the wrong attempts before…</source>
        <translation>
            <numerusform>Waiting %n second after the wrong attempts before…</numerusform>
            <numerusform>Waiting %n seconds after the wrong attempts before…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) logged for them as an alias user are now theirs.</source>
        <translation>
            <numerusform>%n ticket logged for them as an alias user is now theirs.</numerusform>
            <numerusform>%n tickets logged for them as an alias user are now theirs.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DataExchangeImport</name>
    <message numerus="yes">
        <source>%n new tenant(s) have no e-mail address and cannot be invited yet.</source>
        <translation>
            <numerusform>%n new tenant has no e-mail address and cannot be invited yet.</numerusform>
            <numerusform>%n new tenants have no e-mail address and cannot be invited yet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message numerus="yes">
        <source>%n row(s) rejected:</source>
        <translation>
            <numerusform>%n row rejected:</numerusform>
            <numerusform>%n rows rejected:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Invitations</name>
    <message numerus="yes">
        <source>%n tenant(s) invited before this stay invited.</source>
        <translation>
            <numerusform>%n tenant invited before this stays invited.</numerusform>
            <numerusform>%n tenants invited before this stay invited.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TenantListImport</name>
    <message numerus="yes">
        <source>%n phone number(s) could not be read as numbers and were kept as written (first on line %1).</source>
        <translation>
            <numerusform>%n phone number could not be read as a number and was kept as written (line %1).</numerusform>
            <numerusform>%n phone numbers could not be read as numbers and were kept as written (first on line %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new tenant(s) have no e-mail address and cannot be invited yet.</source>
        <translation>
            <numerusform>%n new tenant has no e-mail address and cannot be invited yet.</numerusform>
            <numerusform>%n new tenants have no e-mail address and cannot be invited yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tenancy(ies) missing from this snapshot were kept open because rejected rows name their units.</source>
        <translation>
            <numerusform>%n tenancy missing from this snapshot was kept open because rejected rows name its unit.</numerusform>
            <numerusform>%n tenancies missing from this snapshot were kept open because rejected rows name their units.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TenantListProfile</name>
    <message numerus="yes">
        <source>The header row lacks the required column(s) %1.</source>
        <translation>
            <numerusform>The header row lacks the required column %1.</numerusform>
            <numerusform>The header row lacks the required columns %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tc::AliasUsersDialog</name>
    <message numerus="yes">
        <source>%n alias user(s), </source>
        <translation>
            <numerusform>%n alias user, </numerusform>
            <numerusform>%n alias users, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a tenant from the ERP to confirm.</source>
        <translation>
            <numerusform>%n with a tenant from the ERP to confirm.</numerusform>
            <numerusform>%n with a tenant from the ERP to confirm.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alias user(s).</source>
        <translation>
            <numerusform>%n alias user.</numerusform>
            <numerusform>%n alias users.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tc::ImportWizard</name>
    <message numerus="yes">
        <source>Ready to apply; %n row(s) will be left out.</source>
        <translation>
            <numerusform>Ready to apply; %n row will be left out.</numerusform>
            <numerusform>Ready to apply; %n rows will be left out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tc::IssuesView</name>
    <message numerus="yes">
        <source>%n ticket(s) assigned to %1.</source>
        <translation>
            <numerusform>%n ticket assigned to %1.</numerusform>
            <numerusform>%n tickets assigned to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tc::LinkAliasDialog</name>
    <message numerus="yes">
        <source>Which tenant is %1? The alias&apos;s %n ticket(s) move to that tenant, each with a &quot;transferred from alias&quot; entry in its history, and the alias is retired.</source>
        <translation>
            <numerusform>Which tenant is %1? The alias&apos;s ticket moves to that tenant, with a &quot;transferred from alias&quot; entry in its history, and the alias is retired.</numerusform>
            <numerusform>Which tenant is %1? The alias&apos;s %n tickets move to that tenant, each with a &quot;transferred from alias&quot; entry in its history, and the alias is retired.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tc::LoginDialog</name>
    <message numerus="yes">
        <source>At least %n characters</source>
        <translation>
            <numerusform>At least %n character</numerusform>
            <numerusform>At least %n characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tc::MainWindow</name>
    <message numerus="yes">
        <source>&lt;b&gt;Offline:&lt;/b&gt; the office database cannot be reached (%1). What you typed stays where it is; nothing is saved until the connection is back. Trying again every %n second(s)…</source>
        <translation>
            <numerusform>&lt;b&gt;Offline:&lt;/b&gt; the office database cannot be reached (%1). What you typed stays where it is; nothing is saved until the connection is back. Trying again every %n second…</numerusform>
            <numerusform>&lt;b&gt;Offline:&lt;/b&gt; the office database cannot be reached (%1). What you typed stays where it is; nothing is saved until the connection is back. Trying again every %n seconds…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tc::MasterDataView</name>
    <message numerus="yes">
        <source>the %n tenant(s) of %1 not yet invited</source>
        <translation>
            <numerusform>the %n tenant of %1 not yet invited</numerusform>
            <numerusform>the %n tenants of %1 not yet invited</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tc::PinboardPostDialog</name>
    <message numerus="yes">
        <source>E-mailed to %1 tenant(s) in their language.</source>
        <translation>
            <numerusform>E-mailed to %1 tenant in their language.</numerusform>
            <numerusform>E-mailed to %1 tenants in their language.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be reached (no e-mail address or not invited): &lt;a href=&quot;#unreachable&quot;&gt;show who&lt;/a&gt;.</source>
        <translation>
            <numerusform>%1 cannot be reached (no e-mail address or not invited): &lt;a href=&quot;#unreachable&quot;&gt;show who&lt;/a&gt;.</numerusform>
            <numerusform>%1 cannot be reached (no e-mail address or not invited): &lt;a href=&quot;#unreachable&quot;&gt;show who&lt;/a&gt;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>E-mail this post to %1 tenant(s) now?</source>
        <translation>
            <numerusform>E-mail this post to %1 tenant now?</numerusform>
            <numerusform>E-mail this post to %1 tenants now?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tc::SecretStore</name>
    <message numerus="yes">
        <source>The keychain cannot be used: no answer within %n second(s)</source>
        <translation>
            <numerusform>The keychain cannot be used: no answer within %n second</numerusform>
            <numerusform>The keychain cannot be used: no answer within %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tc::TenantSearchDialog</name>
    <message numerus="yes">
        <source>%n tenant(s) found. Enter opens the selected one.</source>
        <translation>
            <numerusform>%n tenant found. Enter opens the selected one.</numerusform>
            <numerusform>%n tenants found. Enter opens the selected one.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tc::TenantsView</name>
    <message numerus="yes">
        <source>the %n selected tenant(s)</source>
        <translation>
            <numerusform>the %n selected tenant</numerusform>
            <numerusform>the %n selected tenants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>all %n tenant(s) not yet invited</source>
        <translation>
            <numerusform>the %n tenant not yet invited</numerusform>
            <numerusform>all %n tenants not yet invited</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alias user(s) may be tenants the ERP delivered: &lt;a href=&quot;#aliases&quot;&gt;confirm or choose&lt;/a&gt;.</source>
        <translation>
            <numerusform>%n alias user may be a tenant the ERP delivered: &lt;a href=&quot;#aliases&quot;&gt;confirm or choose&lt;/a&gt;.</numerusform>
            <numerusform>%n alias users may be tenants the ERP delivered: &lt;a href=&quot;#aliases&quot;&gt;confirm or choose&lt;/a&gt;.</numerusform>
        </translation>
    </message>
</context>
</TS>
