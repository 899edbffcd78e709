<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>qf::Accounts</name>
    <message>
        <source>The accounts could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no account %1 on this workstation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password needs at least 8 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password may not be the login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A login is 1 to 32 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office&apos;s identity key could not be opened with your keys; ask the administrator to give you your role again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office&apos;s index key could not be opened with your keys; ask the administrator to reset your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a user entitled to identities can take on the office&apos;s key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be hashed (out of memory?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This store has its administrator already; only an administrator adds users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter the administrator&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose the office or enter the name of a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain holds no key for this database (%1), so the identities in it cannot be read. Restore the keychain from a backup, or open the database on the account that created it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key in the system keychain does not belong to this database (%1); identities cannot be read with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The administrator could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login or the password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown login %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is disabled. Ask the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After too many wrong passwords this account is locked until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 wrong passwords: the account is locked for %2 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your keys on this workstation are damaged; ask the administrator to reset your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter the user&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no role %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login %1 is taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator entitled to identities can take them from a user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central user could not be recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>was %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An administrator cannot change their own role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reset passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disable accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An administrator cannot disable their own account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enable it again by resetting the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name custodians</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A custodian must hold a role entitled to identities (%1 is %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The present password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workstation is enrolled: its users come from the central store. Ask its administrator (qingfeng-syncd admin add-user, reset-password, disable-user, custodian).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is not the one you signed in with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central account %1 is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is not the one of the central account %1 (the central store&apos;s administrator can reset it with qingfeng-syncd admin reset-password).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office&apos;s identity key sealed for you does not open with your key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office&apos;s keys have not been sealed for your account yet. They are, at the next sync of a workstation of your office where a user is signed in; sign in again after that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office&apos;s index key sealed for you does not open with your key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central account %1 could not be saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with an account of this workstation first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office&apos;s identity key sealed for you is not the one this workstation seals with; ask the administrator of the central store.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::AgendaBox</name>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Build agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration number to add, Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::AgendaBuilder</name>
    <message>
        <source>The agenda could not be built: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proposals could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::Analysis</name>
    <message>
        <source>Cannot compute the figures: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q%2 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received: every registered report that is not deleted, whatever its channel; an item forwarded from a higher office or handed over by another body counts once it has been signed for (reports still awaiting signature do not count).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date: a report counts under the day of its receipt as registered (received_at), in China Standard Time (UTC+8); a period includes its first and its last day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeats: a report counts as a repeat when it has been linked to an earlier report of the same matter (repeat_of), with or without new facts; every arrival counts as received in its own period, the repeat share is repeats divided by received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral: a report lawfully referred to the body that can handle it (out of scope, 依法分类告知) counts as referred; every other report counts as in scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported units and ranks: a report naming persons of several units (or ranks) counts once under each of them, so these groups may add up to more than the received total; a report naming none counts under &quot;not recorded&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories: at a level of the taxonomy, a report counts under the category of that level above its own (a report recorded at a higher level counts under its own category).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports about the office&apos;s principal leader are counted only for users entitled to see them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope: an office below counts the reports it handles (with the offices under it); a region the reports recorded for the region; a unit the reports naming a person of the unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning when this month&apos;s count is above the mean of the previous %1 months plus %2 standard deviations (of those months) and at least %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score = (%1 × acceptance + %2 × handling + %3 × cooperation) / %4, where acceptance = reports taken up by the quarter&apos;s end / workload, handling = reports concluded by the quarter&apos;s end / workload, cooperation = reports concluded in the quarter and reviewed within %5 days / reports concluded in the quarter (1 when none was concluded); workload = reports dispatched to the office (or, with no time of dispatch recorded, received) before the quarter&apos;s end and not concluded before it began; taken up = handling begun or concluded. Green from %6, yellow from %7, red below. Two yellow flags in a row: interview (约谈); a red flag: accountability (问责).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the categories: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the offices: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no category)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not triaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no decision yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not dispatched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>real name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>referred elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>talk and inquiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preliminary verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period is not valid: give a first day that is not after the last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The month is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quarter is not valid: give it as 2026Q4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On time: for each deadline clock, a report of the period counts as on time when the clock stopped before it ran out, and as late when it stopped after or ran out unstopped by the end of the period (working days by the official calendar, days in China time); a clock that never started, still runs in time, or ended because the report left its path (referred, filed, removed) does not count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second requests: of the period&apos;s reports with an evidence request, the share with two or more requests (二次补证率).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction: of the period&apos;s real-name reports that are concluded and whose reporter&apos;s satisfaction is recorded, the share satisfied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two low, one high (两低一高): a concluded report of the period that was not substantiated, whose real-name reporter was not satisfied and that was reported again after its conclusion; a handling office is marked when its substantiation and satisfaction rates are below the office-wide rates and its rate of reports made again is above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key petitioners: the reporters of the period&apos;s reports whose person is kept as a key petitioner (重点信访人), listed by the registration number of their first report, never by name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forwarded items signed for in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triaged in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence requested in time after triage (class A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatched in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real-name reporters told of acceptance in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results fed back to real-name reporters in time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::AnalysisExport</name>
    <message>
        <source>The document template lacks %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a .docx, .xlsx or .pdf file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document template is not well-formed XML.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appendix: counting rules and how this document was made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1 (zip error %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::AnalysisExportRun</name>
    <message>
        <source>Reading the reports…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting the figures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting the figures: %1 (%2 of %3)…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::AnalysisIndicatorsPanel</name>
    <message>
        <source>Deadlines kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-time share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two low, one high by handling office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Substantiated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two low, one high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key petitioners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File (first report)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence asked for twice or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>real-name reporters not satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two low, one high</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: %n report(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Second requests&lt;/b&gt; &lt;a href=&quot;second&quot;&gt;%1&lt;/a&gt; of %2 reports with an evidence request (%3) · &lt;b&gt;satisfaction&lt;/b&gt; %4 of %5 real-name reporters asked (%6, &lt;a href=&quot;dissatisfied&quot;&gt;%7 not satisfied&lt;/a&gt;) · &lt;b&gt;substantiated&lt;/b&gt; %8 of %9 concluded (%10) · &lt;b&gt;reported again&lt;/b&gt; %11 (%12) · &lt;b&gt;two low, one high&lt;/b&gt; &lt;a href=&quot;tlo&quot;&gt;%13&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: on time, %3 reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: late, %3 reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, key petitioner %2: %3 reports</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::AnalysisReport</name>
    <message>
        <source>By channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By problem category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By reported unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By rank of the reported persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real name and anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In scope and referred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By handling office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yellow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the whole office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>categories at level %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reports about the principal leader included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reports about the principal leader not included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counts of 1 and 2 shown as &lt;3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly analysis of petitions and reports, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarterly analysis of petitions and reports, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic analysis: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Petitions and reports concerning %1 for the inspection tour, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1 the office received %2 petitions and reports (%3 in the previous period, %4 in the same period a year earlier); %5 were repeats (%6) and %7 were referred to the body that can handle them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A year earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key petitioners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Early warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Early warnings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarterly flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cooperation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accountability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarterly flags: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting rules: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program: Qingfeng %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hash of the counted data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content hash: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadlines kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-time share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence, feedback and results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second requests of evidence (二次补证)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real-name reporters satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concluded reports substantiated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concluded reports reported again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two low, one high (两低一高)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two low, one high by handling office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Substantiated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two low, one high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File (first report)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this period, the previous one and a year earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the case work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the early warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the quarterly flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list of reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::AnalysisTopicBar</name>
    <message>
        <source>New topic…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All reports (no topic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the topic &quot;%1&quot; for the whole office? The reports are not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>period %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To&amp;pic:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::AnalysisTopicDialog</name>
    <message>
        <source>New topic analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the topic analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Village collective funds, assets and resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Categories (each with those below it):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>words the reports contain, as in the case list&apos;s search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text &amp;contains:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Regions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reported units, separated by 、 or commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported &amp;units:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read for its own &amp;period:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::AnalysisTopics</name>
    <message>
        <source>The topics could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no topic &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A topic needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A topic&apos;s name has at most 80 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A topic names at least one category, region or unit, or words its reports contain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A topic&apos;s period needs a first day that is not after its last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office already has a topic named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>topic &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>category %1 and below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text contains &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>region %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reported unit %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::AnalysisWorkspace</name>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank of the reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real name / anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat / first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In scope / referred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handling office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From – to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>level </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level of the category tree (1 = top, 0 = as recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A year earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year on year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend and categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk map: region × category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Early warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarterly flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cooperation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier quarters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period is not valid: the first day must not be after the last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the whole office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Received&lt;/b&gt; &lt;a href=&quot;all&quot;&gt;%1&lt;/a&gt; (previous period %2, %3; a year earlier %4, %5) · &lt;b&gt;real name&lt;/b&gt; &lt;a href=&quot;real&quot;&gt;%6&lt;/a&gt; · &lt;b&gt;repeats&lt;/b&gt; &lt;a href=&quot;repeat&quot;&gt;%7&lt;/a&gt; (%8%) · &lt;b&gt;referred&lt;/b&gt; &lt;a href=&quot;referred&quot;&gt;%9&lt;/a&gt; · &lt;b&gt;key petitioners&lt;/b&gt; %10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: open the %3 reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By problem category (click a bar for the reports)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2: open the %3 reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yellow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accountability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word document (*.docx);;Excel workbook (*.xlsx);;PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 — counting rules, version %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a topic analysis of it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (warning of %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::AttachmentStore</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the attachments folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot store the attachment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot store the attachment (is the disk full?): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed while it was being stored; please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record the attachment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored file %1 is damaged (its content no longer matches its address).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the attachments: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is this workstation&apos;s database; it cannot be attached.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::AttachmentViewer</name>
    <message>
        <source>Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an attachment to see it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be shown here (neither an image nor a readable PDF).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-, Ctrl+wheel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++, Ctrl+wheel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit the page to the width (Ctrl+0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn the page a quarter to the left (Ctrl+Left); the file is not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn the page a quarter to the right (Ctrl+Right); the file is not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::AudioRecorder</name>
    <message>
        <source>A recording is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No microphone was found. Connect a microphone (or check the sound settings) to record the conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The microphone could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is being recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::AuditDialog</name>
    <message>
        <source>any day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registration number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as &amp;Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::AuditExport</name>
    <message>
        <source>user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chain is broken: entry %1 was altered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chain verifies: %1 entries intact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither a .pdf nor an .xlsx file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1, %2 entries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::AuditLog</name>
    <message>
        <source>Could not record the access in the audit log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log was altered at entry %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::AuditQuery</name>
    <message>
        <source>Only administrators and supervisors may read the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the audit log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity viewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key visitor file viewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up code reissued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log viewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named custodian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer custodian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account enrolled from the central store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account locked after failed sign-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity release requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity release approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity release refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released identity viewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report urged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::CalendarStore</name>
    <message>
        <source>The calendar file is not valid JSON (%1 at byte %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar file does not contain a calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar file has an unknown format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar file was written by a newer version of the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar file has no valid format version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar file does not say which years it covers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar file lists a year that is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar file&apos;s year is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is neither a Qingfeng calendar nor a holiday-cn year file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar file covers the year %1, which is out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar file lists no days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day %1 of the calendar file has no valid date (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day %1 of the calendar file (%2) does not say whether it is a day off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day %1 of the calendar file (%2) has a name that is not text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day %1 of the calendar file (%2) lies outside the years the file covers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar file lists %1 twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in working-day calendar is missing from this program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in working-day calendar is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the imported calendar years: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the imported calendar days: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the calendar file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is too large to be a calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start the calendar import: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not import the calendar: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day %1 of the calendar file (%2) has a name with %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::CallLog</name>
    <message>
        <source>Ringing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller hung up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>take calls on the hotline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call cannot be recorded: nobody is signed in with the office&apos;s keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no call with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link a call to a report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no report with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calls could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no report numbered %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caller&apos;s history could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::Callbacks</name>
    <message>
        <source>The callbacks could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>call back a caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say how the callback went.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no callback with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This callback was already made.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::CapabilityPage</name>
    <message>
        <source>Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Areas (category codes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New capability row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the capability row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;fficer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Areas:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>category codes, comma-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Base load:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Maximum load:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base load: cases the officer carries outside this database. The open cases handled here are added to it; an officer at the maximum is ranked last.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::CaseDetailPane</name>
    <message>
        <source>Show the reporter&apos;s identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a report in the list and press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This report is restricted to supervisors, meeting chairs and administrators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no (anonymous)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporter: hidden. Showing it is recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporter: %1, phone %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the custodian for the reporter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporter: hidden (your role may not see reporter identities; a custodian can release it to you).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt of the visit, the case file cover or the letter registration card</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::CaseDocuments</name>
    <message>
        <source>the receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receipt-%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the case file cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cover-%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the letter registration card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>letter-card-%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 is saved as %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 is printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview was closed without printing: %1 of %2 was not printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt of the visit (回执)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case file cover (卷宗封面)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter registration card (来信登记卡)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::CaseEditor</name>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Triage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Evidence request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dispatch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status &amp;move…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Feedback…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record (八何)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who (何人)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What (何事)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When (何时)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where (何地)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why (何因)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result (何果)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demand (何求)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disposition (何处理)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own principal leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office&apos;s own principal leader cannot be taken off a report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the reporter&apos;s identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scans and documents (*.pdf *.jpg *.jpeg *.png);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier reports this one repeats, later repeats of it, reports by the same reporter or about the same person. Double-click or press Enter to open one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why related</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This report is restricted to supervisors, meeting chairs and administrators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restricted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real-name report (实名)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymous report (匿名)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity is hidden. Showing it is recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity is hidden (your role may not see reporter identities).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added, %2 changed, %3 removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verifiability %1, typicality %2, timeliness %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>override: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this report repeats it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repeats this report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not possible in the state %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved (%n field(s) changed).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved (%n field(s) and the reported persons changed).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Your role may not see reporter identities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to this report?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing re&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On saving, the report will be restricted and can only be reported up to the higher office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On saving, the report will be restricted and reported up to the higher office; your role will no longer see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;reporter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymous or real name, and corrections of the reporter&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. The report concerns the office&apos;s own principal leader: it is restricted to supervisors, meeting chairs and administrators and goes to the higher office. Your role can no longer see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. The report concerns the office&apos;s own principal leader: it is now restricted and can only be reported up to the higher office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office&apos;s own principal leader (主要负责人): the report goes to the higher office and is restricted to supervisors, meeting chairs and administrators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role may not change the reporter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now real-name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another person on file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corrected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 flagged, %2 cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt of the visit, the case file cover or the letter registration card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handling deadline %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document &amp;camera…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pages taken cannot be kept: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reading the %n page(s) taken…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The pages taken are attached as %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::CaseLabels</name>
    <message>
        <source>Awaiting signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send-back pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removal pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forwarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign for (签收)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept (受理)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of scope: refer to the competent body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File as a repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triage (初筛)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request evidence (补证)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit for the collective review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the review decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer (移送)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward (转送)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign down (交办)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report up (上报)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begin handling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask to send back (退回)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the send-back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject the send-back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask to remove (no substance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the removal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject the removal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conclude (办结)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post-closing review done (复盘)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::CaseListModel</name>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handling office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handler</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::CaseListQuery</name>
    <message>
        <source>Cannot list the reports: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the reports: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::CaseListWorkspace</name>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not triaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All lights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All offices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All handlers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a letter, a call, a forwarded or handed-over item (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the list as it is filtered to an Excel workbook (.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %1, %n report(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) copied</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) behind the analysis&apos; figure: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> (the search index is still being built after this workstation&apos;s first sync: some reports may be missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search number, follow-up code, content, reported persons… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pr&amp;int…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the list as it is filtered, with the filter written at the top (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list is still loading; export or print it when it is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) are too many to print; narrow the filter or export the list.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Preview closed, nothing printed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::CaseNotes</name>
    <message>
        <source>Reasons:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opinions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dissent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::CaseSlideLoader</name>
    <message>
        <source>Green: on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yellow: not triaged within 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orange: evidence supplement late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red: not dispatched within 7 working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deadline running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk and inquiry (谈话函询)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preliminary verification (初步核实)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored pending (暂存待查)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed, no action (予以了结)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatched (分送)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent back (退回)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deferred (暂缓)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>class A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must review (十必研)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>put forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added by the chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::CaseStateMachine</name>
    <message>
        <source>The report is closed (%1); it cannot be moved any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a supervisor, a review-meeting chair or an administrator may %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record the review decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approve or reject this request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A report that has not been triaged cannot be dispatched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A report must be decided by the collective review before it is dispatched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a talk-and-inquiry or preliminary-verification decision is dispatched; this one is concluded instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a forwarded or handed-over item waiting for signature can be signed for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A report must pass the pre-check (accept) before triage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence is requested only for a report triaged as class A.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evidence was requested for this report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requested evidence has not arrived yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a report submitted to the collective review can be decided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision needs an outcome: talk_inquiry, preliminary_verification, stored_pending or closed_no_action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a dispatched report can be sent back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the report is sent back (reason).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no send-back request waiting for approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the item has no substance (reason).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no removal request waiting for approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a report being handled (or closed by the review decision) can be concluded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a concluded report can be reviewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date and time (at).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A report that is “%1” cannot be moved by “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A report about the office&apos;s own principal leader goes to the higher office (report up).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the office the report goes to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the body the matter is referred to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the earlier report this one repeats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requested evidence has already been received.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::CaseWork</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk and inquiry (谈话函询)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preliminary verification (初步核实)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored pending (暂存待查)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed (予以了结)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who (何人)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What (何事)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When (何时)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where (何地)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why (何因)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result (何果)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demand (何求)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disposition (何处理)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported person: name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported person: unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported person: rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported person: position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible repeat proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback notice sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objection recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case management notified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked for correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported persons changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymous / real name changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporter changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Principal-leader flag changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawn for the re-check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-check finding recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporter&apos;s identity requested from the custodian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity release approved by the custodian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity release refused by the custodian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released identity viewed by the requester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document reprinted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review meeting decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review meeting decision undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urged by the supervisor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::CategoryPage</name>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must review (十必研)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;top-level…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a top-level category (Shift+Insert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;subcategory…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a subcategory of the selected category (Insert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename, change the code, the parent or the must-review flag (F2 or Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire the selected category (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire the category &quot;%1&quot; (%2)? It can no longer be chosen for a report, here and on every workstation after the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n concluded report(s) keep it in their history and statistics.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unique, e.g. A0103; named in officers&apos; areas and imports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Parent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Must go to the collective review (十必研)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::CategoryStore</name>
    <message>
        <source>The categories could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The category no longer exists; it may have been removed on another workstation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no category with the code &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A category needs a code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A category code cannot contain a comma.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A category needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code %1 belonged to the retired category &quot;%2&quot;; choose another code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code %1 is already used by the category &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A category cannot be its own parent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A category cannot be placed under one of its own subcategories.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen parent category does not exist (any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The capability table could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The use of the category could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; still has %n subcategory(ies); move or remove them first.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) still being worked on are filed under &quot;%1&quot;; reclassify them first. A category used only by concluded reports can be retired: those reports keep it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>change the categories</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::CheckInWorkspace</name>
    <message>
        <source>Outside the office&apos;s remit?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The matter looks like &quot;%1&quot;, which %2 handles.

Register the visit as referred out of scope and print the notice of lawful referral?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope r&amp;ules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New visitor (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;gister (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ID-card reader configured (Devices…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reader connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reader connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reader not responding, reconnecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reader off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key petitioner: see the file before the conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID number is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1, please come to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is in conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation ended. Register the visit (Ctrl+Enter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down what the matter is (何事) before registering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered as %1 and referred to %2; the notice of lawful referral is printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered as %1; the receipt is printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator can change the scope rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the key petitioner&apos;s file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose (recorded in the audit log):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reception of a visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key petitioner&apos;s file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in desk: identity of the visitor checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored identity was filled in; the view is recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 issued; it was not printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered as %1 and referred to %2; the notice of lawful referral was not printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered as %1; the receipt was not printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt of %1 is printed again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview was closed without printing: the receipt of %1 was not printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID card reader is connected again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID card reader went away; the last card&apos;s data was cleared from the form. Put the card on again once the reader is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ID card expired on %1. The visit is registered all the same; tell the visitor to renew the card.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::ClosingReview</name>
    <message>
        <source>Cannot read the concluded reports: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot compute the office figures: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a supervisor, a meeting chair or an administrator may draw the re-check sample.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The share to re-check must be between 1 and 100 percent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No report was concluded between %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a supervisor, a meeting chair or an administrator may record a re-check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report is not in the re-check sample of this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what the re-check found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the re-check sample: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::ConflictsDialog</name>
    <message>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted or kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(sealed identity — open the case to view)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept, with the edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same field was changed on two workstations before either synced. The later change is in force; decide whether it stays or the other value is taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep the value in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take the other value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other value is taken; it reaches the other workstations with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value in force stays; the decision reaches the other workstations with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes from the server that this workstation could not apply. The sync goes on without them; they are tried again after an upgrade of Qingfeng, or now with Retry. Tell the administrator of the sync server if they stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept aside at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applied here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change kept aside is applied now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) applied now; the others are still kept aside.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qf::CsvReader</name>
    <message>
        <source>a quoted field is followed by other characters before the next comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the quoted field that starts on line %1 is never closed (the file ends early?)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::Database</name>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Qingfeng database (or it is damaged).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database was written by a newer version of Qingfeng (schema %1; this program knows up to %2). It has not been changed. Please install the newer version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot configure the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database needs an upgrade from schema %1 to %2; run &apos;qingfeng-cli migrate&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write a backup copy before upgrading (%1); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start the upgrade to schema %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade to schema %1 (%2) failed and was undone: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade to schema %1 failed and was undone: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not initialise the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::DeadlineClock</name>
    <message numerus="yes">
        <source>The forwarded item has not been signed for within %n working day(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not triaged within %n hour(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No evidence supplement requested within %n working day(s) of triage.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The evidence supplement has not arrived within %n working day(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not dispatched within %n working day(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The real-name reporter has not been told within %n working day(s) whether the report is accepted.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The result has not been fed back to the real-name reporter within %n working day(s) of conclusion.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qf::DecisionBar</name>
    <message>
        <source>Decision (keys 1–7; Page Up/Down: previous/next case)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;1 Talk and inquiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;2 Preliminary verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;3 Stored pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;4 Closed, no action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;5 Dispatch to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;6 Send back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;7 Defer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo decision (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes the decision back until the minutes are confirmed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::DemoDataJob</name>
    <message>
        <source>Creating demonstration data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demonstration data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating demonstration data: %1 of %2 reports…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in first: demonstration data is written by a signed-in user.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::DemoGenerator</name>
    <message>
        <source>Cannot prepare the demo labels: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record the demo labels: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of demo reports must be between 0 and %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::DemoReference</name>
    <message>
        <source>Cannot read the %1 of the database: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::DeskSettings</name>
    <message>
        <source>Reception room 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reception room 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview room</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::DeskSettingsDialog</name>
    <message>
        <source>Desk devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any device path is accepted, e.g. /dev/ttyUSB0 or a link to a pseudo-terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID-card &amp;reader port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview, then print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Straight to the printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files in a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Printouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;ooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the reader&apos;s port first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reader answers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reader does not answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. /opt/reader/libwlt.so</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reader vendor&apos;s library that decodes the card photo. Without it the photo is kept undecoded and the camera can take one instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo &amp;decoder library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets of this desk read e.g. A-007. Give every desk of the hall its own letter; left empty, the device tag is used, which is unique.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tic&amp;ket prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>80 mm receipt printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket p&amp;aper</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::Desktop</name>
    <message>
        <source>Qingfeng cannot start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::Directory</name>
    <message>
        <source>Cannot read the list of offices: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the list of users: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::DispatchAdvisor</name>
    <message>
        <source>Cannot read the recusal table: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the jurisdiction table: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its jurisdiction covers the unit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its jurisdiction covers the region %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it manages cadres of rank %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the capability table: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the handler&apos;s areas include this category</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>not recused; %n open case(s) of at most %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>not recused; at capacity with %n open case(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>no handler on record in this office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a way of dispatching.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen handler is recused from this unit or person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The choice differs from the proposal; give the reason for overriding it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the categories: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::DispatchDialog</name>
    <message>
        <source>Dispatch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal, best first (jurisdiction, recusal, areas and load):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand&amp;ler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervise the lower office&apos;s handling (督办)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override &amp;reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dispatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This report cannot be dispatched in its present state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none on record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no handler yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This differs from the top proposal: say why (kept with the dispatch).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follows the top proposal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the transfer form (转办单 / 交办函 / 移送函)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item is supervised: please handle it carefully and report the result by the deadline; this office will follow its handling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision re&amp;quest (督办要求)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handling deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as set by the review meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) from today</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This item is supervised.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::DispatchTables</name>
    <message>
        <source>The database could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The jurisdiction table could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A jurisdiction rule needs an office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen office does not exist (any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recusal table could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recusal needs the officer who may not handle the matter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recusal needs a unit or the name of a person (or both).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen officer does not exist (any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The capability table could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A capability row needs an officer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A capability row needs the office the officer handles cases for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base load cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The maximum load (%1) cannot be below the base load (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown category code(s) in the areas: %1. Use the codes of the category table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This officer already has a row for this office; change that row instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of the dispatch tables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of offices could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of officers could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the dispatch tables</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::DocumentCameraDialog</name>
    <message>
        <source>Document camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take the page (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Drop the page (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do&amp;ne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: put the page under the camera; Space takes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No camera found. Connect the document camera and open this window again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 taken, cut out of the picture and squared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 taken as the whole picture: no page stood out from the desk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::DocumentNumbers</name>
    <message>
        <source>Cannot read the document number counter: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::DocumentPdf</name>
    <message>
        <source>The PDF file %1 could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::DocumentPrinter</name>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document was printed, but its number %1 was not recorded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice of referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request for evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice of repeat reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cover sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print preview: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter urging the handling (督办函)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::DuplicateIndex</name>
    <message>
        <source>Cannot read the duplicate index: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot update the duplicate index: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add to the duplicate index: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the reports: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is busy or read-only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot clear the duplicate index: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The duplicate index cannot be used (is the database at schema 9?): %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::EvidenceDialog</name>
    <message>
        <source>Evidence request for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything missing goes into this one notice (一次性补证); one item a line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing &amp;facts (事实要素)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;vidence to provide (证据指引)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Level points (层级对照)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notice lists nothing missing yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the notice as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence-request-%1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::EvidenceRequest</name>
    <message>
        <source>The evidence notice lists nothing missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot count the evidence requests: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::FeedbackDialog</name>
    <message>
        <source>Feedback to the reporter of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted (受理告知)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatched (分送告知)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concluded (结果反馈)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — not reached yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address by name (shows the name; audited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS text (for the gateway; never carries a name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objection from the reporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the &amp;objection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record as &amp;sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the letter as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feedback-%1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The objection is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report has not reached this milestone yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview was closed without printing: the letter was not printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter is printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter is saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter %1 is printed again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter %1 is saved again as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter %1 is printed and kept with the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter %1 is saved as %2 and kept with the report.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::FeedbackNotices</name>
    <message>
        <source>Cannot read the report&apos;s history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report is anonymous: there is nobody to send feedback to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report has not reached the %1 stage yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 notice has already been sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down what the reporter objects to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::FirstRunDialog</name>
    <message>
        <source>Welcome to Qingfeng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Existing office:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New o&amp;ffice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Petition Office of the County Commission for Discipline Inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill with &amp;demonstration data:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This store has no administrator yet. The administrator signs in first, then adds the office&apos;s users and gives each their role; every record carries the name of the user who signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters and digits, e.g. admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least 8 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::FollowUpCode</name>
    <message>
        <source>The cryptography library could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough memory to protect the follow-up code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::FollowUpCodes</name>
    <message>
        <source>Cannot read the report&apos;s follow-up code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no report %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A follow-up code has 16 digits; please check the code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot look the code up: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::FormDialog</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::HelpDialog</name>
    <message>
        <source>User guide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::HistoryPanel</name>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forwarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filed as repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Being handled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting / in conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of this visitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key petitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the stored identity of this person; the view is recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No visitor yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First contact: this person is not in the records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known person: %1 visit(s), %2 call(s), %3 other report(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(restricted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt of the chosen visit, with its registration number; the follow-up code is not printed again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill from records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reprint the receipt…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::Hotline</name>
    <message>
        <source>This callback is no longer open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of this callback cannot be opened with your role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call could not be recorded completely: %1 The recording is kept at %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::HotlineOfficeSettings</name>
    <message>
        <source>Hotline (this office)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record every answered call (operators cannot turn it off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same working day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> working days later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed calls called back by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The working day ends at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These rules hold for every workstation of the office once synced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the administrator changes the office&apos;s hotline rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. The rules hold for every workstation of the office once synced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the hotline r&amp;ules</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::HotlineWorkspace</name>
    <message>
        <source>Connect the line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;To call back&lt;/b&gt; (missed, declined and abandoned calls)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call back (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Called back by another phone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Latest calls&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a phone report from the call…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach the call to a case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Called back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How did the callback go?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hotline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach the call to a case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration number of the case:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect the line first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calling back %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> · no answer %n time(s), last %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qf::IdCardData</name>
    <message>
        <source>Resident identity card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residence permit for Hong Kong, Macao and Taiwan residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foreigner&apos;s permanent residence ID card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foreigner&apos;s permanent residence ID card (2023 edition)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::IdCardJson</name>
    <message>
        <source>Unknown card type &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>birth_date is not a date (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid_from is not a date (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid_until is neither a date (YYYY-MM-DD) nor 长期.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>photo is not base64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the card file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card file %1 is not a JSON object: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::IdCardSimulator</name>
    <message>
        <source>Cannot create a pseudo-terminal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the link %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::IdCardText</name>
    <message>
        <source>The card&apos;s text is too short (%1 bytes instead of %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kind of card is not supported (card type code %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card could not be read as a valid card: %1. Place it again; if this repeats, check the document by eye and type the identity in (F3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its text is not valid UTF-16</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the English name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ethnic group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pass number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the issue count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the nationality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the card version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its birth date is not a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its birth date lies in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its sex code is not one of GB/T 2261.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its ID number is not valid (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a card holds the 18-character number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its ID number is not one of this kind of card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its sex differs from the one the ID number gives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its card number is not valid (18 characters starting with 9, with the check character at the end)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its permanent-residence number is not valid (three letters and twelve digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its birth date differs from the one in its number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the start of its validity is not a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the start of its validity (%1) is not possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end of its validity is neither a date nor 长期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its validity ends before it begins</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::IdNumber</name>
    <message>
        <source>No ID number was entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID number contains a character that is not allowed (only digits, and X as the last character).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The ID number has %n character(s); it must have 18 (or 15 on an old card).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The ID number does not start with a known region code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date in the ID number is not a possible date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date in the ID number is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check character (the last one) does not match; the number was probably mistyped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date in the ID number (%1) makes the holder older than 120 years; check the number against the card.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::IdentityMasker</name>
    <message>
        <source>The persons of the case could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::IdentityReleases</name>
    <message>
        <source>Sign in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why you need the reporter&apos;s identity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This report is anonymous: there is no identity to release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account has no key to receive an identity; ask the administrator to reset your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requests could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no release request %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a custodian decides on releasing an identity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A custodian does not decide on their own request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request has been decided already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the requester a reason for the decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>release to the requester of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requester&apos;s account is disabled or has no key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An identity is released to its requester only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The custodian refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The custodian has not decided yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The release ran out at %1; ask again if you still need it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::IdentityVault</name>
    <message>
        <source>The encryption library could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data key has the wrong length (%1 bytes instead of %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A protected field is damaged or in an unknown format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A protected field cannot be opened with this key (wrong key or tampered data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office&apos;s sealing key is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role may not see identities.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::ImportDialog</name>
    <message>
        <source>Import online reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online platform export (*.jsonl *.json *.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1 records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped by you; the reports imported so far are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 of %2 records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already present: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked for correction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  line %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible repeats: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  line %1 (%2) may repeat %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every record was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some records were rejected; see the lines below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export the lines…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print the lines…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rejected lines, the lines marked for correction and the possible repeats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import-lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import: lines that need attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked for correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible repeat</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::ImportJob</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than 1 GB; split the export into smaller files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a text file of reports: it holds binary data (line %2); nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON: the line ends early (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON: %1 at character %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not UTF-8 text (line %1); nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first line of a CSV file must name the columns; %1 missing. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fields where the header names %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the categories: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the reports: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>category &apos;%1&apos; is not in the taxonomy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 could not be registered: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 looks like UTF-16 text but is not valid UTF-16; save it as UTF-8. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; lines %2 to %3 are read again as rows of their own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is this workstation&apos;s database, not an export of online reports. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::ImportRecord</name>
    <message>
        <source>the required key %1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source_id is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>content is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anonymous is neither true nor false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reporter_id_number: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reporter_phone is not a phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the report is not anonymous but names no reporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subject_unit or subject_rank is given without subject_name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received_at: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::IncomingCallPopup</name>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hotline call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number withheld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First call from this number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier: %1 calls, %2 visits, %3 reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat caller: a matter of theirs is still open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(restricted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ringing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a phone report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call ended: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer (F12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline (Shift+F12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hang up (Shift+F12)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::InputCheck</name>
    <message>
        <source>a control character (%1) at character %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a broken character (half of a UTF-16 surrogate pair, %1, not valid Unicode) at character %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a non-character (%1) at character %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a text-direction override (%1), which makes the text read differently from what it holds, at character %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a line break or tab at character %1 in a value that must be one line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… (%n characters in all)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ISO 8601 date and time (e.g. 2026-07-01T09:30:00+08:00)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a date of the calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a time of day (hours 00 to 23, minutes and seconds 00 to 59)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a time-zone offset (they run from -14:00 to +14:00)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time of receipt %1 lies before %2; it cannot be right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time of receipt %1 lies in the future (more than a day after now); check the date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::IntakeDialog</name>
    <message>
        <source>Register a report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Document number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;tegory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;gion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record (八何)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who (何人)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What (何事)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When (何时)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where (何地)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why (何因)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result (何果)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demand (何求)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disposition (何处理)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;ntent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own principal leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity is encrypted when saved and shown only to entitled roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanned pages and files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop PDF, JPEG or PNG files anywhere on this window, or choose them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose &amp;files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach scans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scans (*.pdf *.jpg *.jpeg *.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It brings new facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirm: it repeats this report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a &amp;repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register &amp;another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office&apos;s own principal leader: the report goes to the higher office and is restricted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanned pages of the letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only PDF, JPEG and PNG files can be attached; not taken: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This report is already registered as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered. Registration number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) attached.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This report may repeat an earlier one. Choose the report and confirm, or say it is not a repeat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No earlier report looks like a repeat of this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the earlier report first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repeat with new facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repeat, kept on file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up code for the reporter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell it to the reporter or write it into the acceptance letter now: it is shown only this once. With it the reporter can follow the stage of the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recei&amp;ved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anon&amp;ymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rea&amp;l name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pages taken cannot be kept: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reading the %n page(s) taken…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Document ca&amp;mera…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::IssuedDocuments</name>
    <message>
        <source>Cannot read the issued documents: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document number %1 was given to another document meanwhile; please print the document again (it will carry %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::JurisdictionPage</name>
    <message>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(any)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New jurisdiction rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the jurisdiction rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: any unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: any region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ranks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma-separated, e.g. 科级, 股级; empty: any rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office is proposed for reports whose reported person matches every criterion given.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::KeychainKeyProvider</name>
    <message>
        <source>No system keychain is available (on Linux: a Secret Service such as GNOME Keyring or KWallet, unlocked, on the session bus). Qingfeng keeps identities only encrypted with a key held there and will not write them without it. Details: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain refused access to Qingfeng&apos;s key (%1). Unlock the keychain and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain reported an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::KnownKeyProvider</name>
    <message>
        <source>Keys cannot be changed from this thread.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::LineSettingsDialog</name>
    <message>
        <source>Hotline line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: answer direct calls only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: the registrar itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged (kept in the system keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announcement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WAV sound (*.wav)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No headset or sound card on this workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIP account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrar (domain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbound proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded announcement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed after ringing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record calls (required by the office; set by the administrator)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::LinphoneLine</name>
    <message>
        <source>The phone line has no folder to work in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone line cannot create its folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The announcement %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone line could not be started (liblinphone).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone line cannot listen on port %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SIP account %1 is not a valid address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SIP account %1 could not be set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no call ringing to answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call could not be answered: the caller may have hung up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no call ringing to decline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no call to hang up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no call in progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call could not be put on hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call could not be resumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone line is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no number to call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a number that can be called.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call to %1 could not be placed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone line&apos;s SIP module (libqingfeng_sip.so) could not be loaded%1. Reinstall Qingfeng.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::ListActions</name>
    <message>
        <source>Export the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview closed, nothing printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) copied</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Copy the selected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the list…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::MainWindow</name>
    <message>
        <source>Qingfeng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the &amp;side bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Qingfeng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demonstration data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demonstration data could not be created completely: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Qingfeng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Qingfeng %1&lt;/h3&gt;&lt;p&gt;Workstation for the petition and report offices of discipline-inspection bodies: visitor check-in, case handling, review meetings.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import online reports…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Conflicts and refused changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reference tables…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Qingfeng is locked&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;witch user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in: %1 (%2). Enter the password to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Users and roles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Identity release requests…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::MeetingStore</name>
    <message>
        <source>Case management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspection tours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A meeting needs the date it is held on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no meeting %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The participants could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agenda could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meetings could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A participant needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a department of the review meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case is already on the agenda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item is not on the agenda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case has already been decided at this meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dispatch needs the office the case goes to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a dispatched case can be sent back; this one is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent back by the review meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minutes could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This meeting has no minutes yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no such minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These minutes were confirmed on %1 and can no longer be changed. Make an amendment instead: it is kept as a new record linked to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These minutes are already confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the chair of the meeting, a supervisor or an administrator can confirm minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minutes are empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A draft is edited directly; only confirmed minutes are amended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These minutes have already been amended; amend the newest version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirm minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the meeting&apos;s decisions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting&apos;s number must be between 1 and 999.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing a case with no action needs the reasons: write them under Reasons first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending a case back needs the reasons: write them under Reasons first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undo a meeting decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case has not been decided at this meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minutes of this meeting are confirmed: its decisions can no longer be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This decision was recorded before decisions could be undone; change the case in its editor instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case has changed since the decision; change it in its editor instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::MeetingWorkspace</name>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show reporter&apos;s identity (audited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show on &amp;projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projector:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or create a meeting first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) added to the agenda.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a case first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit / rank: %1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category: %1 · class %2 (%3/%4/%5) · %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the chair, a supervisor or an administrator may see the reporter&apos;s identity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymous report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not numbered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting&apos;s number in its year, printed in the minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number, place, chair and recorder as the minutes print them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number in the year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chair:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The heading of the minutes is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (Ctrl+Z undoes it until the minutes are confirmed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” needs the reasons: write them under Reasons, then decide again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record “%1” for %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatch %1 to %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a meeting first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no decision to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the decision “%2” was undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the hea&amp;ding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda of the review meeting, %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::MinutesDocument</name>
    <message>
        <source>Amendment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opinions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dissent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chair:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed by the chair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minutes could not be written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendees:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No item was decided at this meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more item(s) not reviewed, carried over to the next meeting.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Minutes of the collective review (集体研判纪要)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sitting in:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::MinutesPanel</name>
    <message>
        <source>&amp;Draft minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onfirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;mend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft minutes were saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minutes are confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An amendment was started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minutes were saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No minutes yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1, confirmed. Confirmed minutes cannot be edited; amend them instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1, draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a meeting first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft the minutes first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the chair of the meeting, a supervisor or an administrator can confirm minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no minutes to amend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print previe&amp;w…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::MoveDialog</name>
    <message>
        <source>Move %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now: %1. Possible moves:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not possible now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No move is possible here now. Triage, evidence requests and dispatch have their own buttons in the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Substantiated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply the move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Referred to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Earlier report (number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a move.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::OcrEngine</name>
    <message>
        <source>The text recognition (Tesseract with its simplified Chinese model) is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page is empty or could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text on the page could not be recognised.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::OcrTextPanel</name>
    <message>
        <source>&lt;b&gt;Recognised te&amp;xt&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognised text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use the correction as the content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrected by hand: this is the report&apos;s content. The recognition as it came out is kept in the letter&apos;s recognition file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As recognised; no character was unsure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>As recognised; %n unsure character(s) are marked: check them against the page.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Page %1: confidence %2 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, straightened by %1°</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, turned upright by %1°</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add this text to the content</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::OverviewStats</name>
    <message>
        <source>Cannot count for the overview: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::OverviewWorkspace</name>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Petitions and reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no profile yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated at %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::ParticipantsBox</name>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sits in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sits in on the meeting (列席) rather than attending it (出席)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sits in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::PersonStore</name>
    <message>
        <source>A person needs at least a name, an ID number or a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person lookup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no person with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no photo to store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card detail %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see identities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your keys do not open identities; sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::PhoneLine</name>
    <message>
        <source>Line: off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line: registering…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line: registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line: answering direct calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line: not registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line: not registered (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::PhotoPanel</name>
    <message>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No camera found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the picture (F6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera (F6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card gave no photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo from the ID card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the decoder gave no picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No photo decoder is installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card photo not decoded, kept as read. F6: take one with the camera.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card photo not decoded, kept as read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect a camera and press F6 again, or register without a photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the visitor to look at the camera, then press F6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taking the picture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera gave an empty picture; press F6 to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo taken with the camera.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::PresentationWindow</name>
    <message>
        <source>Review meeting — presentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported unit / rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed dispatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen %1: %2 (%3×%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review meeting · case %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not triaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>class %1 · verifiability %2 · typicality %3 · timeliness %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no proposal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::PrintTemplates</name>
    <message>
        <source>The print template &apos;%1&apos; could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::PrivateFiles</name>
    <message>
        <source>Cannot create the folder %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::ProfileStatusBar</name>
    <message>
        <source>Local only — no sync server configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync state — click for conflicts and refused changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First sync: %1 records received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First sync: building the search index (%1 reports)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::ProfileStore</name>
    <message>
        <source>Please enter your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the signed-in user: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed-in user does not exist in this database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::QtCamera</name>
    <message>
        <source>The camera could not take the picture: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No camera found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera does not work: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the camera first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::QualityWorkspace</name>
    <message>
        <source>&amp;Quarter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Q%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handling office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-check sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Substantiated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two low, one high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (late)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n concluded report(s) waiting for the closing review, %1 late (due within %2 days).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n office(s) with reports concluded in %1, %2 flagged &quot;two low, one high&quot; (low substantiation, low satisfaction, many reported again).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Evidence requests: %1 report(s) asked, %2 needed a second request (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review and re-check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The oldest %1 are listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review-queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>office-quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::QueuePanel</name>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End conversation (F8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  arrived %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (group of %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In conversation: %1 in %2 since %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody in conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue ti&amp;cket (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;all next (F5)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::ReceiptDocument</name>
    <message>
        <source>the matter reported in person, with a recording of the conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the matter reported in person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receipt-%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::RecheckPanel</name>
    <message>
        <source>&amp;Draw the sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handling office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a supervisor, a meeting chair or an administrator draws the sample.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-check sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>problem found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No report was concluded in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) concluded in this period; no sample drawn yet.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 concluded reports drawn (%3 %, seed %4): %5 re-checked, %6 with a problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-check of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The re-check found a &amp;problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was checked and what it found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sh&amp;are to re-check:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the fi&amp;nding…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::RecorderPanel</name>
    <message>
        <source>Recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Recording %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recording.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording ready; it is attached on registration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start rec&amp;ording (F9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop rec&amp;ording (F9)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::RecusalPage</name>
    <message>
        <source>Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New recusal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the recusal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Officer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name of a reported person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. close relative works in the unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The officer is never proposed for, nor can be given, a report on this unit or person.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::ReferenceTablesDialog</name>
    <message>
        <source>Reference tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes are saved at once and reach every workstation with the next sync. The intake and the dispatch proposal use them from the next report opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can read these tables. Only an administrator or a supervisor can change them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem &amp;categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Jurisdiction table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rec&amp;usal table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;pability table</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::RegistrationNumbers</name>
    <message>
        <source>This database has no device id, so registration numbers cannot be given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device tag &apos;%1&apos; saved in this database is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a device tag: it needs three characters from 0-9 and A-Z without I, L, O and U.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a year for a registration number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot prepare the registration counter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot take a registration number: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the registration counter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the registration counter: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::ReleasesDialog</name>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custodian&apos;s reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity release requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show the released identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for your decision (custodian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refuse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for the reporter&apos;s identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why do you need the reporter&apos;s identity? The custodian decides and you see the answer under 工具 → 身份信息申请.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your request is with the custodian.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, ID %2, phone %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason (the requester sees it):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::RepeatDetector</name>
    <message>
        <source>same reporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same reported person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>similar content (%1%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot look for earlier reports by the same reporter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot look for reports about the same person: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the report&apos;s history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the reports: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A report cannot repeat itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report %1 is already recorded as a repeat of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a quarter; write it like 2026Q3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot list the repeats: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::RepeatNoticePanel</name>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the notice as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repeat-notice-%1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n repeat report(s) registered in %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No repeat report was registered in this quarter.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::ReportHistory</name>
    <message>
        <source>Cannot read the report&apos;s history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the report&apos;s repeats: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::ReportRegistrar</name>
    <message>
        <source>&apos;%1&apos; is not a channel of intake (letter, visit, phone, online, forwarded, handed_over).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A report needs its content or at least what happened (何事).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the number of the forwarding document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An online or forwarded report needs the id it has at its source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every reported person needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A real-name report needs the reporter&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reporter&apos;s ID number is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A real-name report needs the reporter&apos;s ID number or phone, to be answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be stored, so the report was not registered: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who (何人)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened (何事)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When (何时)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where (何地)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why (何因)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The result (何果)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demand (何求)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disposition (何置)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id at the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reported person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reason for correction</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::ReportSearch</name>
    <message>
        <source>Cannot search: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::ReportStore</name>
    <message>
        <source>Every reported person needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the reports: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no report %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read report %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the reported persons: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a field that can be changed; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reported person needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report names no reported person yet; set subject_name first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no category &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reported person %1 is not on this report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office&apos;s own principal leader cannot be taken off a report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a supervisor, a review-meeting chair or an administrator may clear the principal-leader flag.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::ReportTextIndexes</name>
    <message>
        <source>Cannot read the reported persons: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the report&apos;s text: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::ReporterChanges</name>
    <message>
        <source>A real-name report needs the reporter&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reporter&apos;s ID number is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A real-name report needs the reporter&apos;s ID number or phone, to be answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a registry clerk, a supervisor or an administrator may change the reporter of a report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This report is restricted to supervisors, meeting chairs and administrators.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::ReporterDialog</name>
    <message>
        <source>Reporter of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Anonymous (匿名)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Real name (实名)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current details are hidden. Show them to correct them; showing them is recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show the current details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>18 characters, as on the identity card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity is encrypted when saved and shown only to entitled roles. The history records that the reporter changed and who changed it, never the identity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A real-name reporter must be told within the set working days whether the report is accepted, counted from its receipt; an anonymous report has no such clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the reporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role may not see reporter identities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report stays anonymous.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report is now anonymous. The reporter&apos;s record is kept; the feedback clocks no longer apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the current details before correcting them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reporter&apos;s details are unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ID number belongs to a person already on file: the report is now linked to that person, whose recorded details were kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report is now real-name: the reporter must be told whether it is accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reporter&apos;s details are corrected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::Representatives</name>
    <message>
        <source>A group visit chooses at most %1 representatives; %2 are entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are more representatives (%1) than people in the group (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Representative %1 has an ID number but no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID number of representative %1 (%2) is not valid: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID number of representative %1 (%2) is entered twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::ReviewDialog</name>
    <message>
        <source>Closing review of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concluded %1. The review is due by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is late and will be recorded as late.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick what the review confirms:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;facts were established (事实查清)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was &amp;handled properly (处置得当)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;reporter understood the result (群众认可)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes (what to do better):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say in the notes what fell short.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::Role</name>
    <message>
        <source>Receptionist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hotline operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review meeting chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in first: %1 needs a signed-in user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role %1 may not %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::Roles</name>
    <message>
        <source>County or district commission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Township commission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-district committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident inspection unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Higher-level office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other body</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::SamIdCardReader</name>
    <message>
        <source>The ID card reader is switched off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to the ID card reader…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID card reader at %1 cannot be opened (%2). Check that it is plugged in; retrying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID card reader cannot be written to (%1); reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer from the ID card reader was damaged (checksum error). Place the card again; check the cable if this repeats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer from the ID card reader has an impossible length. Place the card again; check the cable if this repeats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer from the ID card reader is too short. Place the card again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place an ID card on the reader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card has been read. Take it off the reader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card data from the reader is incomplete. Place the card again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card data from the reader has the wrong length. Place the card again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer from the ID card reader was cut short. Place the card again; check the cable if this repeats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID card reader sent data that is not a valid answer. Check that the right device is configured and the cable is sound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID card reader is not responding. Check its cable and power; reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID card reader was disconnected; reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card could not be read. Take it off the reader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such port; is the reader plugged in?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access denied: the port is used by another program, or this user may not use serial ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the port is already open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reader went away (unplugged?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reader does not take data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reader did not answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the port reports an error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::SamStatus</name>
    <message>
        <source>The reader completed the operation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A card is on the reader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No card on the reader. Place the ID card flat on the reader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card could not be selected. Lift the card and place it on the reader again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card could not be read. Keep the card still on the reader and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reader received a damaged command (checksum error). Check the reader&apos;s cable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reader received a command of the wrong length. Check the reader&apos;s cable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reader does not understand the command. The reader model or its firmware is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reader refused the command because a parameter is out of range. The reader model or its firmware is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reader refused the command as not permitted. The reader may be locked or configured for another use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card and the reader could not authenticate each other. The card may be damaged or not genuine; try again or check the card by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reader&apos;s security module could not verify the card. The card may be damaged or not genuine; try again or check the card by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card did not accept the reader&apos;s security module. Take the card off, place it again, and check the card by hand if this repeats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This type of card is not supported. Use a resident ID card, a residence permit or a permanent residence card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card or the reader is not ready for this operation. Take the card off and place it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reader&apos;s security module failed its self-test. The reader needs servicing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reader&apos;s security module is not authorised. Contact the reader&apos;s supplier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reader reported an unknown status (code %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::SaneDevice</name>
    <message>
        <source>The scanner library (SANE) could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanners could not be listed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner library (SANE) could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner %1 could not be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner has no setting &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner&apos;s setting &quot;%1&quot; cannot be changed now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner refused &quot;%1&quot; for &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scanner is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This scanner has no duplex feeder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This scanner has no document feeder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This scanner has no flatbed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This scanner has no black-and-white mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This scanner has no colour mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This scanner has no grey mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner sent an empty page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner sends pages in a form Qingfeng cannot read (three-pass or %1-bit colour).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feeder is empty: put the letters in the feeder and continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper jam: open the feeder, take out the jammed sheet, put it back on top of the stack and continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner&apos;s cover is open: close it and continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner no longer answers (unplugged or switched off?): check the cable and power, then continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full: the page could not be kept. Free some space and continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scan was stopped; the pages scanned so far are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::ScanBatchView</name>
    <message>
        <source>&lt;b&gt;Letters found in this run&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters found in this run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge with the next letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Drop this page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Register the letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading letter %1: page %2 of %3…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Stopped. %n letter(s) registered; the others wait here.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) registered; %1 could not be: see their state.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) registered. Open one to go on with it (Enter).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n separator sheet(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blank page(s) dropped</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No page with anything on it was scanned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found: %1. Check the splits, then register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan a stack of letters: the run is split into one letter at each separator sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Letter %1: %n page(s), from page %2 of the run</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>To register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the letters…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> (may repeat %n report(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>New letter from this pa&amp;ge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop reading no&amp;w</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::ScanPdf</name>
    <message>
        <source>There are no pages to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A page of %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::ScanWorkspace</name>
    <message>
        <source>Letter intake (both sides, grey, 300 dpi, blank backs dropped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As set in the scanner settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;can (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Pages of this run&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages of this run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter scanning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scanner chosen for this workstation yet: choose one in the scanner settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanner: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan a new stack</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) of the last run are not registered yet. Scan a new stack and put them aside? Their pages stay in the run&apos;s folder.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Scanning… put the stack in the feeder face down, the first letter on top.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanning on from page %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping after this page…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Done: %n page(s) scanned.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped: the %n page(s) scanned are kept.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Put the letters in the feeder, then Continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 The %n page(s) before it are kept; clear it, then Continue.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Separator sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many sheets? Put one between every two letters of a stack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the separator sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/separator-sheets.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n separator sheet(s) written to %1: print them on plain A4.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Scanner s&amp;ettings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print sep&amp;arator sheets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prof&amp;ile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;ntinue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sto&amp;p</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::ScannedLetter</name>
    <message>
        <source>The scanned page %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter&apos;s PDF cannot be read back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the letter was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Scanned letter of %n page(s) in which no text was recognised: read the attached pages.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qf::ScannerConfig</name>
    <message>
        <source>This scanner has no duplex feeder: only the front of each sheet is scanned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This scanner has no document feeder: put the pages on the glass one by one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flatbed (glass)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document feeder, one side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document feeder, both sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Black and white</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::ScannerSettingsDialog</name>
    <message>
        <source>Scanner of this workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Look again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scanner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Drop blank pages (the backs of one-sided letters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test: scan one page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for scanners…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scanner found. Check that it is switched on and connected, then look again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the scanner what it can do…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 dpi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter intake on this scanner: %1, grey, %2 dpi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanning a test page…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner works: one page of %1 × %2 pixels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner gave no page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::ScopeRuleStore</name>
    <message>
        <source>The scope rules could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A scope rule needs a category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A scope rule needs the body that can handle such matters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the scope rules</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::ScopeRulesDialog</name>
    <message>
        <source>Scope pre-check rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keywords (comma-separated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competent body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::SeparatorSheet</name>
    <message>
        <source>Separator sheet - put it between two letters
Batch %1, sheet %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separator sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::Settings</name>
    <message>
        <source>%1 must be a whole number of zero or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the office&apos;s settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a number of zero or more (for example 0.3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a time of day such as 17:30.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::SettingsWorkspace</name>
    <message>
        <source>Local profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language takes effect the next time Qingfeng starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key that protects the identities in this database is held in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interface will be in %1 the next time Qingfeng starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The problem categories and the dispatch tables: jurisdiction, recusal and capability.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;reference tables…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles are given by the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identities in this database open only with the password of a user entitled to them; your role is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identities in this database open only with the password of a user entitled to them; your role is not: you register and look up, and a custodian can release a reporter&apos;s identity to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;profile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::ShortTermIndex</name>
    <message>
        <source>The search index for short terms cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot update the search index for short terms: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the reports: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is busy or read-only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot clear the search index for short terms: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::SignInDialog</name>
    <message>
        <source>Sign in to Qingfeng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Qingfeng&lt;/h3&gt;Sign in with your login and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::SqlError</name>
    <message>
        <source>The disk is full (no space left on the device): nothing of this change was saved. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file could not be read or written (a disk or file-system error); nothing of this change was saved. Close the program and start it again; if it happens again, tell the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is busy with another program; nothing of this change was saved. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database can only be read (its file or folder is read-only); nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This program may not use the database file (access denied).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file could not be opened: the file or its folder is missing or not accessible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is damaged or is not a Qingfeng database; restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The computer ran out of memory; nothing of this change was saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::SqlScript</name>
    <message>
        <source>A schema revision must begin with &quot;-- Revision N: description&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema revision %1 has no statements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the schema revision %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema revision %1 is out of order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No schema revisions in %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::SqlTransaction</name>
    <message>
        <source>No transaction is open: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not save the change: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::SupervisorWorkspace</name>
    <message>
        <source>Office / handler / number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no handling office)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no handler)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) yellow, orange, red or overdue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the list to an Excel workbook (.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handling office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports yellow, orange, red or overdue, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U&amp;rge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind the handling office of the selected reports (催办), recorded on each report, and print the 督办函</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the list with the counts per office at the top (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n time(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times urged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview closed, nothing printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report on the progress of this report and finish its handling without further delay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the reports to urge first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reminder is recorded; the letter could not be printed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urge</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n report(s). What the handling office is asked to do (printed in the 督办函):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n hotline callback(s) overdue (see Hotline)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qf::SyncController</name>
    <message>
        <source>The keychain holds no device token for this workstation; enrol it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local only — not enrolled with a sync server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last sync %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to send: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflicts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not applied: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::TableExport</name>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: the folder may be read-only, the disk full or the file open in another program.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::TablePage</name>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a row (Insert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the selected row (F2 or Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected row (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this row? It is removed on every workstation after the next sync.

%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::TodayQuery</name>
    <message>
        <source>To sign for, accept and triage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for evidence replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To dispatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceptance notices and result feedback due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot list today&apos;s work: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::TodayWorkspace</name>
    <message>
        <source>&lt;h2&gt;My work today&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qingfeng: my work today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Review meeting today: %n case(s) to decide</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>review meeting today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is waiting for you today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadlines approaching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My work today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) waiting for you</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n red or overdue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::Triage</name>
    <message>
        <source>Verifiability, typicality and timeliness are each scored from 1 to 5.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::TriageDialog</name>
    <message>
        <source>Triage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score the clue from 1 (weak) to 5 (strong) against the acceptance guideline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verifiability (可查性)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are the facts concrete enough to be checked?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ypicality (典型性)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is this a frequently reported kind of matter?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;imeliness (时效性)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is the matter recent enough to act on?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the triage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goes on to case handling: evidence request or the collective review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goes to the key-attention pool (重点关注库) and is watched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a reminder letter goes to the responsible department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::Urging</name>
    <message>
        <source>urge the handling of a report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write what the handling office is asked to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reminder could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reminders could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::UsersDialog</name>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users and roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the administrator adds users and gives roles. Roles entitled to identities receive the office&apos;s identity key, wrapped with the user&apos;s password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custodian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Custodian on/off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decides on requests to release identities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custodian:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first password of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New role of %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new password of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::VisitReceipts</name>
    <message>
        <source>Cannot read the report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report %1 was not registered at the check-in desk: it has no receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report %1 was referred elsewhere at the desk: it was given the notice of lawful referral, not a receipt.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::VisitRecordPanel</name>
    <message>
        <source>The visit (八何)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individual visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over-level visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Representatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened (何事)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person or unit reported (何人)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the visitor asks for (何诉求)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(decided by the pre-check)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down the matter; the pre-check runs as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probably out of scope: %1. Competent body: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probably out of scope: %1 (&quot;%2&quot;). Competent body: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sign that the matter is outside the office&apos;s remit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group visits: at most five representatives, each with the ID number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::VisitRegistrar</name>
    <message>
        <source>Write down what the matter is (何事) before registering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A group visit needs the number of people (at least two).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is busy; the visit was not registered: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::VisitStore</name>
    <message>
        <source>&apos;%1&apos; is not a kind of visit (individual, group, over_level).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A visit needs at least one person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A group visit needs the number of people (at least two).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visit could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no visit with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The waiting list could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the room for the conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desk&apos;s ticket prefix &apos;%1&apos; is not valid: use one to three letters or digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next ticket number could not be found: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::VisitorHistoryLookup</name>
    <message>
        <source>The visitor&apos;s history could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key petitioner&apos;s file could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::VisitorPanel</name>
    <message>
        <source>Visitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the ID card on the reader, or type the identity (F3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read from the ID card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typed in by hand: check the ID number against the document shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card t&amp;ype</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — expired %n day(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qf::WavWriter</name>
    <message>
        <source>The recording file could not be created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording file could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording file could not be finished: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::WltDecoder</name>
    <message>
        <source>No photo decoder is installed; the photo is kept undecoded. Install the reader vendor&apos;s WLT decoder library and set its path in the ID card reader settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No photo decoder is installed: the library %1 cannot be loaded (%2). The photo is kept undecoded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No photo decoder is installed: %1 has no function &quot;unpack&quot;. The photo is kept undecoded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card&apos;s photo has %1 bytes instead of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo decoder could not decode the card&apos;s photo (code %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::Writer</name>
    <message>
        <source>&apos;%1&apos; is not a table that can be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change to %1 has no row id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no field &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot prepare the change to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change to %1 was refused by the database: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no row %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record the change&apos;s clock: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot queue the change for sync: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is busy or read-only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the change&apos;s clock: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::server::HttpFront</name>
    <message>
        <source>The server is busy; the workstation tries again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request&apos;s headers are too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is not HTTP/1.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request has a malformed header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request gives two lengths.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request must give its length (Content-Length).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request&apos;s length is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is larger than the server takes (%1 bytes at most).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request took too long to arrive.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::server::PostgresFollowUpSource</name>
    <message>
        <source>The central store cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::server::RowSchema</name>
    <message>
        <source>The field %1 holds a character no database can keep (a NUL or half of a surrogate pair).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field %1 must hold bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field %1 must hold a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field %1 must hold a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field %1 is longer than the server takes (%2 characters at most).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field %1 must name a row by its id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field %1 must hold text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field %1 must hold a single value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server keeps no table &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table %1 has no field %2 that a change may set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change is larger than the server takes (%1 characters at most).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A row of %1 needs the field %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row is not one a workstation&apos;s table %1 can keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of %1 is not one the table %2 allows.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::server::ServerSchema</name>
    <message>
        <source>The central database refused a statement: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL driver of Qt (libqt6sql6-psql) is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the central database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the central database&apos;s version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting up the central store needs a PostgreSQL superuser connection (it creates roles and row-level security policies).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central store has schema version %1, newer than this program knows (%2); it was left as it is. Use a newer qingfeng-cli.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot finish setting up the central store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user needs a login, a name and an office code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a role; use one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add the user: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add the user: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add the device: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user &apos;%1&apos;; add the user first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No free device tag was found; the office has too many devices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot revoke the device: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision %1 of the central store names an unknown placeholder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL address is not valid; write it as postgresql://user@host:port/database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; names no PostgreSQL database: give key=value settings (host=... port=... dbname=... user=...) or an address (postgresql://user@host:port/database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to the central database (%1%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the audit alarms: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot set the password: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user %1 in the central store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot change the account: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no central account (add it with a password, or let the user enrol a workstation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no central account, or its role is not entitled to identities (a custodian&apos;s must be).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::server::SyncService</name>
    <message>
        <source>Cannot read the central database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>qingfeng-syncd refuses to run as a PostgreSQL role that bypasses row-level security; connect as qingfeng_sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device has no token; enrol it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device token is not known to the server (revoked or mistyped).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade required: this workstation speaks sync protocol %1, the server needs %2 to %3. Install the current Qingfeng on this workstation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server speaks sync protocol up to %1 and this workstation %2: the server must be upgraded first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change names a field that is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role may not record or change reporters&apos; or visitors&apos; identities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict records are made by the server; a device can only decide them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report this belongs to is not on the server, or not visible to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot record or move this for another office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This belongs to another office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registration number %1 was already given to another report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A report&apos;s history cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such row on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status cannot change from %1 to %2: it was changed elsewhere in the meantime.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a kind of change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The piece of the file does not fit its announced size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was announced with another size before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has %1 bytes of this file; send from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file arrived damaged (its SHA-256 does not match); it will be sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not have this file (yet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central store is not set up; run qingfeng-syncd admin init first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An answer kept by the central database cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change can only be made in the name of this device&apos;s user; %1 names someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change names no valid table or row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server keeps no table &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users, their roles and the offices are changed only by the central administration (qingfeng-syncd admin), not by a workstation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role (%1) may not change the reference table %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This row belongs to another office or is not open to your role; it was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change names its author with characters no database can keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change in the batch has no valid id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central database could not take the batch; it is kept on the workstation and sent again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central database is unavailable; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service may not act for this user; ask the administrator to check the user&apos;s role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no %1 on this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not take %2; it takes %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this workstation&apos;s audit log was altered at entry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entries of this workstation&apos;s audit log up to %1, which the server has seen, are missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this workstation&apos;s audit log no longer extends the one the server saw at entry %1; its history was rewritten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refuses to sync with this workstation: %1. The administrators of the central store have been alerted; nothing was sent or received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused this workstation&apos;s audit log and exchanges no data with it; the administrators of the central store have been alerted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workstation has reported its audit log before and must go on doing so: it needs sync protocol %1 (the current Qingfeng).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since must be a whole number, not negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>office_public_key must be a public key of 32 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workstation holds another identity key than its office&apos;s; it may not seal keys for the office&apos;s users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password change needs an Argon2id hash, a salt of 16 bytes and the wrapped key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central store has no enabled account for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central database did not take every change of the batch; it is kept on the workstation and sent again later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::sync::SyncClient</name>
    <message>
        <source>The server %1 cannot be reached: %2. Work goes on offline; nothing is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade required: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not accept this device: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workstation is not enrolled with a server (no device token in the keychain); run qingfeng-cli enrol.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds no certificate (PEM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a server address (http://host:port or https://host:port).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database already holds identities sealed with its own key, and the office has another. Enrol a new, empty database on this workstation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment %1 is missing from this workstation&apos;s store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the attachment %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1 (is the disk full?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An attachment arrived damaged (SHA-256 mismatch); it will be fetched again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workstation is not enrolled with a server; run qingfeng-cli enrol.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer does not match the changes sent; they stay queued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read (%1); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change is too large for the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refuses this workstation&apos;s audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office&apos;s keys arrived, but this workstation&apos;s account cannot take them; sign in with the account that enrolled it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office&apos;s identity key arrived, but this database already holds identities sealed with its own key. Enrol a new, empty database on this workstation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another sync of this workstation is still running; try again when it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::sync::SyncLocal</name>
    <message>
        <source>Cannot read the changes waiting to be sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot count the changes waiting to be sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is busy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot prepare the acknowledgement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record a refused change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot clear a sent change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot prepare the pending-change lookup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot prepare the update of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot apply a change from the server to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot prepare the field clocks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record a field clock: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot prepare the attachment queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot queue an attachment to fetch: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the attachments: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the attachments to fetch: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record a fetched attachment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the conflicts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot count the conflicts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the conflict: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no open conflict %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the refused changes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot prepare the update of a row from the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot apply a change from the server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot prepare the list of rows kept aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot keep aside a row from the server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot update the list of rows kept aside: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the rows kept aside: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot count the rows kept aside: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the reports: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot build the search index: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the indexes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot put off an index: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot build an index: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the changes sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::sync::detail::FieldCheck</name>
    <message>
        <source>The field %1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field %1 must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field %1 is longer than %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field %1 must be a whole number from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field %1 must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field %1 must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field %1 must be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field %1 has more than %2 entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field %1 is not base64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
