<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
        <source>A report in state %1 cannot be moved by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A report about the office&apos;s own principal leader goes to the higher office (report_up).</source>
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
        <source>Name the office the report goes to (target_org).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a forwarded or handed-over item waiting for signature can be signed for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the body the matter is referred to (referred_to).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the earlier report this one repeats (repeat_of).</source>
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
</context>
<context>
    <name>qf::Database</name>
    <message>
        <source>Cannot create the folder %1 for the database.</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>The demonstration data cannot create a new key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain holds no key for this database.</source>
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
    <name>qf::Desktop</name>
    <message>
        <source>Qingfeng cannot start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::DispatchAdvisor</name>
    <message>
        <source>A jurisdiction rule needs an office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recusal names an officer and a unit or a person.</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>This workstation has no local profile yet. Please tell Qingfeng who works here; every record you register will carry this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You</source>
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
        <source>&amp;Role:</source>
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
</context>
<context>
    <name>qf::ProfileStore</name>
    <message>
        <source>No local profile has been set up on this device yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the local profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local profile points to a user that does not exist in this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the list of offices: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose your role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose your office or enter the name of a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the profile: %1</source>
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
    <name>qf::ReportStore</name>
    <message>
        <source>&apos;%1&apos; is not a channel of intake (letter, visit, phone, online, forwarded, handed_over).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A report needs its content or at least what happened (何事).</source>
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
</context>
<context>
    <name>qf::Roles</name>
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
    <name>qf::Session</name>
    <message>
        <source>The system keychain holds no key for this database (%1), so the identities in it cannot be read. Restore the keychain from a backup, or open the database on the account that created it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key in the system keychain does not belong to this database (%1); identities cannot be read with it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qf::Settings</name>
    <message>
        <source>%1 must be a whole number of zero or more.</source>
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
        <source>&amp;Save profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
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
        <source>The system keychain answers, but holds no key for this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
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
    <name>qf::Triage</name>
    <message>
        <source>Verifiability, typicality and timeliness are each scored from 1 to 5.</source>
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
</context>
</TS>
