<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>qf::AttachmentStore</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>無法讀取 %1：%2</translation>
    </message>
    <message>
        <source>Cannot create the attachments folder %1.</source>
        <translation>無法建立附件資料夾 %1。</translation>
    </message>
    <message>
        <source>Cannot store the attachment: %1</source>
        <translation>無法儲存附件：%1</translation>
    </message>
    <message>
        <source>Cannot store the attachment (is the disk full?): %1</source>
        <translation>無法儲存附件（磁碟是否已滿？）：%1</translation>
    </message>
    <message>
        <source>%1 changed while it was being stored; please try again.</source>
        <translation>%1 在儲存過程中發生了變化，請重試。</translation>
    </message>
    <message>
        <source>Cannot record the attachment: %1</source>
        <translation>無法登記附件：%1</translation>
    </message>
    <message>
        <source>The stored file %1 is damaged (its content no longer matches its address).</source>
        <translation>已儲存的檔案 %1 已損壞（內容與其地址不再相符）。</translation>
    </message>
</context>
<context>
    <name>qf::AuditLog</name>
    <message>
        <source>Could not record the access in the audit log: %1</source>
        <translation>無法將此次訪問記入審計日誌：%1</translation>
    </message>
    <message>
        <source>The audit log was altered at entry %1.</source>
        <translation>審計日誌在第 %1 條處被篡改。</translation>
    </message>
</context>
<context>
    <name>qf::CalendarStore</name>
    <message>
        <source>The calendar file is not valid JSON (%1 at byte %2).</source>
        <translation>日曆檔案不是有效的 JSON（第 %2 位元組處：%1）。</translation>
    </message>
    <message>
        <source>The calendar file does not contain a calendar.</source>
        <translation>日曆檔案中沒有日曆資料。</translation>
    </message>
    <message>
        <source>The calendar file has an unknown format.</source>
        <translation>日曆檔案格式無法識別。</translation>
    </message>
    <message>
        <source>The calendar file was written by a newer version of the program.</source>
        <translation>日曆檔案由更新版本的程式生成。</translation>
    </message>
    <message>
        <source>The calendar file has no valid format version.</source>
        <translation>日曆檔案沒有有效的格式版本號。</translation>
    </message>
    <message>
        <source>The calendar file does not say which years it covers.</source>
        <translation>日曆檔案未說明涵蓋哪些年份。</translation>
    </message>
    <message>
        <source>The calendar file lists a year that is not a number.</source>
        <translation>日曆檔案中列出的某個年份不是數字。</translation>
    </message>
    <message>
        <source>The calendar file&apos;s year is not a number.</source>
        <translation>日曆檔案的年份不是數字。</translation>
    </message>
    <message>
        <source>The file is neither a Qingfeng calendar nor a holiday-cn year file.</source>
        <translation>該檔案既不是清風日曆檔案，也不是 holiday-cn 年度檔案。</translation>
    </message>
    <message>
        <source>The calendar file covers the year %1, which is out of range.</source>
        <translation>日曆檔案涵蓋的年份 %1 超出允許範圍。</translation>
    </message>
    <message>
        <source>The calendar file lists no days.</source>
        <translation>日曆檔案中沒有任何日期。</translation>
    </message>
    <message>
        <source>Day %1 of the calendar file has no valid date (YYYY-MM-DD).</source>
        <translation>日曆檔案第 %1 項沒有有效日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>Day %1 of the calendar file (%2) does not say whether it is a day off.</source>
        <translation>日曆檔案第 %1 項（%2）未說明是否為休息日。</translation>
    </message>
    <message>
        <source>Day %1 of the calendar file (%2) has a name that is not text.</source>
        <translation>日曆檔案第 %1 項（%2）的名稱不是文字。</translation>
    </message>
    <message>
        <source>Day %1 of the calendar file (%2) lies outside the years the file covers.</source>
        <translation>日曆檔案第 %1 項（%2）不在該檔案涵蓋的年份內。</translation>
    </message>
    <message>
        <source>The calendar file lists %1 twice.</source>
        <translation>日曆檔案中 %1 出現了兩次。</translation>
    </message>
    <message>
        <source>The built-in working-day calendar is missing from this program.</source>
        <translation>本程式缺少內建的工作日日曆。</translation>
    </message>
    <message>
        <source>The built-in working-day calendar is damaged: %1</source>
        <translation>內建的工作日日曆已損壞：%1</translation>
    </message>
    <message>
        <source>Could not read the imported calendar years: %1</source>
        <translation>無法讀取已匯入的日曆年份：%1</translation>
    </message>
    <message>
        <source>Could not read the imported calendar days: %1</source>
        <translation>無法讀取已匯入的日曆日期：%1</translation>
    </message>
    <message>
        <source>Could not open the calendar file %1: %2</source>
        <translation>無法開啟日曆檔案 %1：%2</translation>
    </message>
    <message>
        <source>The file %1 is too large to be a calendar.</source>
        <translation>檔案 %1 過大，不可能是日曆檔案。</translation>
    </message>
    <message>
        <source>Could not start the calendar import: %1</source>
        <translation>無法開始匯入日曆：%1</translation>
    </message>
    <message>
        <source>Could not import the calendar: %1</source>
        <translation>無法匯入日曆：%1</translation>
    </message>
</context>
<context>
    <name>qf::CaseStateMachine</name>
    <message>
        <source>The report is closed (%1); it cannot be moved any more.</source>
        <translation>該件已辦結（%1），不能再流轉。</translation>
    </message>
    <message>
        <source>Only a supervisor, a review-meeting chair or an administrator may %1.</source>
        <translation>只有案管督辦人員、研判會主持人或系統管理員可以%1。</translation>
    </message>
    <message>
        <source>record the review decision</source>
        <translation>記錄研判決定</translation>
    </message>
    <message>
        <source>approve or reject this request</source>
        <translation>批准或駁回此申請</translation>
    </message>
    <message>
        <source>A report in state %1 cannot be moved by %2.</source>
        <translation>處於“%1”狀態的件不能執行“%2”。</translation>
    </message>
    <message>
        <source>A report about the office&apos;s own principal leader goes to the higher office (report_up).</source>
        <translation>反映本單位主要負責人的件應報送上級機關（report_up）。</translation>
    </message>
    <message>
        <source>A report that has not been triaged cannot be dispatched.</source>
        <translation>未經初篩的件不能分送。</translation>
    </message>
    <message>
        <source>A report must be decided by the collective review before it is dispatched.</source>
        <translation>分送前須經集體研判作出決定。</translation>
    </message>
    <message>
        <source>Only a talk-and-inquiry or preliminary-verification decision is dispatched; this one is concluded instead.</source>
        <translation>只有談話函詢或初步核實的決定需要分送；此件應直接辦結。</translation>
    </message>
    <message>
        <source>Name the office the report goes to (target_org).</source>
        <translation>請指明接收該件的單位（target_org）。</translation>
    </message>
    <message>
        <source>Only a forwarded or handed-over item waiting for signature can be signed for.</source>
        <translation>只有待簽收的上級轉來件或移交件才能簽收。</translation>
    </message>
    <message>
        <source>Name the body the matter is referred to (referred_to).</source>
        <translation>請指明該事項轉往的單位（referred_to）。</translation>
    </message>
    <message>
        <source>Name the earlier report this one repeats (repeat_of).</source>
        <translation>請指明此件所重複的原件（repeat_of）。</translation>
    </message>
    <message>
        <source>A report must pass the pre-check (accept) before triage.</source>
        <translation>初篩前須先透過預診（受理）。</translation>
    </message>
    <message>
        <source>Evidence is requested only for a report triaged as class A.</source>
        <translation>只有初篩為 A 類的件才需要補證。</translation>
    </message>
    <message>
        <source>No evidence was requested for this report.</source>
        <translation>此件未發出補證要求。</translation>
    </message>
    <message>
        <source>The requested evidence has not arrived yet.</source>
        <translation>所要求的補充證據尚未收到。</translation>
    </message>
    <message>
        <source>Only a report submitted to the collective review can be decided.</source>
        <translation>只有已提交集體研判的件才能作出決定。</translation>
    </message>
    <message>
        <source>The decision needs an outcome: talk_inquiry, preliminary_verification, stored_pending or closed_no_action.</source>
        <translation>決定須有處置結果：talk_inquiry（談話函詢）、preliminary_verification（初步核實）、stored_pending（暫存待查）或 closed_no_action（予以了結）。</translation>
    </message>
    <message>
        <source>Only a dispatched report can be sent back.</source>
        <translation>只有已分送的件才能退回。</translation>
    </message>
    <message>
        <source>Say why the report is sent back (reason).</source>
        <translation>請說明退回理由（reason）。</translation>
    </message>
    <message>
        <source>There is no send-back request waiting for approval.</source>
        <translation>沒有待審批的退回申請。</translation>
    </message>
    <message>
        <source>Say why the item has no substance (reason).</source>
        <translation>請說明該件無實質內容的理由（reason）。</translation>
    </message>
    <message>
        <source>There is no removal request waiting for approval.</source>
        <translation>沒有待審批的撤銷申請。</translation>
    </message>
    <message>
        <source>Only a report being handled (or closed by the review decision) can be concluded.</source>
        <translation>只有正在辦理（或經研判決定了結）的件才能辦結。</translation>
    </message>
    <message>
        <source>Only a concluded report can be reviewed.</source>
        <translation>只有已辦結的件才能覆盤。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date and time (at).</source>
        <translation>“%1”不是日期時間（at）。</translation>
    </message>
</context>
<context>
    <name>qf::ClosingReview</name>
    <message>
        <source>Cannot read the concluded reports: %1</source>
        <translation>無法讀取已辦結的件：%1</translation>
    </message>
    <message>
        <source>Cannot compute the office figures: %1</source>
        <translation>無法計算各單位的統計資料：%1</translation>
    </message>
</context>
<context>
    <name>qf::Database</name>
    <message>
        <source>Cannot create the folder %1 for the database.</source>
        <translation>無法為資料庫建立資料夾 %1。</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>無法開啟資料庫 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a Qingfeng database (or it is damaged).</source>
        <translation>%1 不是清風資料庫（或已損壞）。</translation>
    </message>
    <message>
        <source>This database was written by a newer version of Qingfeng (schema %1; this program knows up to %2). It has not been changed. Please install the newer version.</source>
        <translation>此資料庫由更新版本的清風寫入（結構版本 %1，本程式最高支援 %2）。資料庫未作任何改動。請安裝新版本。</translation>
    </message>
    <message>
        <source>Cannot configure the database: %1</source>
        <translation>無法配置資料庫：%1</translation>
    </message>
    <message>
        <source>The database needs an upgrade from schema %1 to %2; run &apos;qingfeng-cli migrate&apos;.</source>
        <translation>資料庫需要從結構版本 %1 升級到 %2，請執行“qingfeng-cli migrate”。</translation>
    </message>
    <message>
        <source>Could not write a backup copy before upgrading (%1); nothing was changed.</source>
        <translation>升級前無法寫入備份副本（%1），未作任何改動。</translation>
    </message>
    <message>
        <source>Cannot start the upgrade to schema %1: %2</source>
        <translation>無法開始升級到結構版本 %1：%2</translation>
    </message>
    <message>
        <source>Upgrade to schema %1 (%2) failed and was undone: %3</source>
        <translation>升級到結構版本 %1（%2）失敗，已撤銷：%3</translation>
    </message>
    <message>
        <source>Upgrade to schema %1 failed and was undone: %2</source>
        <translation>升級到結構版本 %1 失敗，已撤銷：%2</translation>
    </message>
    <message>
        <source>Could not initialise the database: %1</source>
        <translation>無法初始化資料庫：%1</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>無法儲存 %1：%2</translation>
    </message>
</context>
<context>
    <name>qf::DeadlineClock</name>
    <message numerus="yes">
        <source>The forwarded item has not been signed for within %n working day(s).</source>
        <translation>
            <numerusform>上級轉來件超過 %n 個工作日未簽收。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not triaged within %n hour(s).</source>
        <translation>
            <numerusform>超過 %n 小時未初篩。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No evidence supplement requested within %n working day(s) of triage.</source>
        <translation>
            <numerusform>初篩後 %n 個工作日內未發出補證要求。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The evidence supplement has not arrived within %n working day(s).</source>
        <translation>
            <numerusform>補充證據超過 %n 個工作日仍未收到。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not dispatched within %n working day(s).</source>
        <translation>
            <numerusform>超過 %n 個工作日未分送。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The real-name reporter has not been told within %n working day(s) whether the report is accepted.</source>
        <translation>
            <numerusform>超過 %n 個工作日未告知實名舉報人是否受理。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The result has not been fed back to the real-name reporter within %n working day(s) of conclusion.</source>
        <translation>
            <numerusform>辦結後超過 %n 個工作日未向實名舉報人反饋結果。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qf::DemoDataJob</name>
    <message>
        <source>Creating demonstration data…</source>
        <translation>正在生成演示資料…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Demonstration data</source>
        <translation>演示資料</translation>
    </message>
    <message>
        <source>Creating demonstration data: %1 of %2 reports…</source>
        <translation>正在生成演示資料：第 %1 件，共 %2 件…</translation>
    </message>
    <message>
        <source>The demonstration data cannot create a new key.</source>
        <translation>生成演示資料時不能建立新金鑰。</translation>
    </message>
    <message>
        <source>The system keychain holds no key for this database.</source>
        <translation>系統金鑰庫中沒有此資料庫的金鑰。</translation>
    </message>
</context>
<context>
    <name>qf::DemoGenerator</name>
    <message>
        <source>Cannot prepare the demo labels: %1</source>
        <translation>無法準備演示資料標記：%1</translation>
    </message>
    <message>
        <source>Cannot record the demo labels: %1</source>
        <translation>無法記錄演示資料標記：%1</translation>
    </message>
    <message>
        <source>The number of demo reports must be between 0 and %1.</source>
        <translation>演示信訪舉報件數必須在 0 到 %1 之間。</translation>
    </message>
</context>
<context>
    <name>qf::DemoReference</name>
    <message>
        <source>Cannot read the %1 of the database: %2</source>
        <translation>無法讀取資料庫中的%1：%2</translation>
    </message>
</context>
<context>
    <name>qf::Desktop</name>
    <message>
        <source>Qingfeng cannot start</source>
        <translation>清風無法啟動</translation>
    </message>
</context>
<context>
    <name>qf::DispatchAdvisor</name>
    <message>
        <source>A jurisdiction rule needs an office.</source>
        <translation>管轄規則須指定單位。</translation>
    </message>
    <message>
        <source>A recusal names an officer and a unit or a person.</source>
        <translation>迴避記錄須寫明承辦人員以及迴避的單位或人員。</translation>
    </message>
    <message>
        <source>Cannot read the recusal table: %1</source>
        <translation>無法讀取回避庫：%1</translation>
    </message>
    <message>
        <source>Cannot read the jurisdiction table: %1</source>
        <translation>無法讀取管轄庫：%1</translation>
    </message>
    <message>
        <source>its jurisdiction covers the unit %1</source>
        <translation>其管轄範圍包括單位 %1</translation>
    </message>
    <message>
        <source>its jurisdiction covers the region %1</source>
        <translation>其管轄範圍包括地區 %1</translation>
    </message>
    <message>
        <source>it manages cadres of rank %1</source>
        <translation>其管理 %1 級幹部</translation>
    </message>
    <message>
        <source>Cannot read the capability table: %1</source>
        <translation>無法讀取能力庫：%1</translation>
    </message>
    <message>
        <source>the handler&apos;s areas include this category</source>
        <translation>承辦人擅長領域包括此類別</translation>
    </message>
    <message numerus="yes">
        <source>not recused; %n open case(s) of at most %1</source>
        <translation>
            <numerusform>無需迴避；在辦 %n 件，上限 %1 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>not recused; at capacity with %n open case(s)</source>
        <translation>
            <numerusform>無需迴避；在辦 %n 件，已滿負荷</numerusform>
        </translation>
    </message>
    <message>
        <source>no handler on record in this office</source>
        <translation>該單位沒有登記承辦人</translation>
    </message>
    <message>
        <source>%1 is not a way of dispatching.</source>
        <translation>%1 不是有效的分送方式。</translation>
    </message>
    <message>
        <source>The chosen handler is recused from this unit or person.</source>
        <translation>所選承辦人須迴避該單位或人員。</translation>
    </message>
    <message>
        <source>The choice differs from the proposal; give the reason for overriding it.</source>
        <translation>所選與建議不同，請說明不採納建議的理由。</translation>
    </message>
</context>
<context>
    <name>qf::EvidenceRequest</name>
    <message>
        <source>The evidence notice lists nothing missing.</source>
        <translation>補證通知中沒有列出任何缺少的材料。</translation>
    </message>
    <message>
        <source>Cannot count the evidence requests: %1</source>
        <translation>無法統計補證要求：%1</translation>
    </message>
</context>
<context>
    <name>qf::FeedbackNotices</name>
    <message>
        <source>Cannot read the report&apos;s history: %1</source>
        <translation>無法讀取該件的辦理記錄：%1</translation>
    </message>
    <message>
        <source>The report is anonymous: there is nobody to send feedback to.</source>
        <translation>此件為匿名舉報，無反饋物件。</translation>
    </message>
    <message>
        <source>The report has not reached the %1 stage yet.</source>
        <translation>此件尚未進入“%1”階段。</translation>
    </message>
    <message>
        <source>The %1 notice has already been sent.</source>
        <translation>“%1”告知已傳送過。</translation>
    </message>
    <message>
        <source>Write down what the reporter objects to.</source>
        <translation>請記錄舉報人提出的異議。</translation>
    </message>
</context>
<context>
    <name>qf::FirstRunDialog</name>
    <message>
        <source>Welcome to Qingfeng</source>
        <translation>歡迎使用清風</translation>
    </message>
    <message>
        <source>This workstation has no local profile yet. Please tell Qingfeng who works here; every record you register will carry this name.</source>
        <translation>本工作站尚未設定本機使用者。請填寫在此工作的人員資訊，您登記的每一條記錄都將署此姓名。</translation>
    </message>
    <message>
        <source>You</source>
        <translation>本人資訊</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>崗位(&amp;R)：</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>所在單位</translation>
    </message>
    <message>
        <source>&amp;Existing office:</source>
        <translation>已有單位(&amp;E)：</translation>
    </message>
    <message>
        <source>New o&amp;ffice:</source>
        <translation>新建單位(&amp;F)：</translation>
    </message>
    <message>
        <source>e.g. Petition Office of the County Commission for Discipline Inspection</source>
        <translation>例如：某縣紀委監委信訪室</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>層級(&amp;L)：</translation>
    </message>
    <message>
        <source>Fill with &amp;demonstration data:</source>
        <translation>生成演示資料(&amp;D)：</translation>
    </message>
    <message>
        <source> reports</source>
        <translation> 件</translation>
    </message>
    <message>
        <source>&amp;Start working</source>
        <translation>開始工作(&amp;S)</translation>
    </message>
</context>
<context>
    <name>qf::IdCardData</name>
    <message>
        <source>Resident identity card</source>
        <translation>居民身份證</translation>
    </message>
    <message>
        <source>Residence permit for Hong Kong, Macao and Taiwan residents</source>
        <translation>港澳臺居民居住證</translation>
    </message>
    <message>
        <source>Foreigner&apos;s permanent residence ID card</source>
        <translation>外國人永久居留身份證</translation>
    </message>
    <message>
        <source>Foreigner&apos;s permanent residence ID card (2023 edition)</source>
        <translation>外國人永久居留身份證（2023 版）</translation>
    </message>
</context>
<context>
    <name>qf::IdCardJson</name>
    <message>
        <source>Unknown card type &quot;%1&quot;.</source>
        <translation>未知的證件型別“%1”。</translation>
    </message>
    <message>
        <source>birth_date is not a date (YYYY-MM-DD).</source>
        <translation>birth_date 不是日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>valid_from is not a date (YYYY-MM-DD).</source>
        <translation>valid_from 不是日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>valid_until is neither a date (YYYY-MM-DD) nor 长期.</source>
        <translation>valid_until 既不是日期（YYYY-MM-DD），也不是“長期”。</translation>
    </message>
    <message>
        <source>photo is not base64.</source>
        <translation>photo 不是 base64 編碼。</translation>
    </message>
    <message>
        <source>Cannot read the card file %1: %2</source>
        <translation>無法讀取證件檔案 %1：%2</translation>
    </message>
    <message>
        <source>The card file %1 is not a JSON object: %2</source>
        <translation>證件檔案 %1 不是 JSON 物件：%2</translation>
    </message>
</context>
<context>
    <name>qf::IdCardSimulator</name>
    <message>
        <source>Cannot create a pseudo-terminal: %1</source>
        <translation>無法建立偽終端：%1</translation>
    </message>
    <message>
        <source>Cannot create the link %1: %2</source>
        <translation>無法建立連結 %1：%2</translation>
    </message>
</context>
<context>
    <name>qf::IdCardText</name>
    <message>
        <source>The card&apos;s text is too short (%1 bytes instead of %2).</source>
        <translation>證件文字資訊過短（%1 位元組，應為 %2 位元組）。</translation>
    </message>
    <message>
        <source>This kind of card is not supported (card type code %1).</source>
        <translation>不支援此類證件（證件型別程式碼 %1）。</translation>
    </message>
</context>
<context>
    <name>qf::IdNumber</name>
    <message>
        <source>No ID number was entered.</source>
        <translation>未輸入身份證號碼。</translation>
    </message>
    <message>
        <source>The ID number contains a character that is not allowed (only digits, and X as the last character).</source>
        <translation>身份證號碼含有不允許的字元（只能是數字，最後一位可以是 X）。</translation>
    </message>
    <message numerus="yes">
        <source>The ID number has %n character(s); it must have 18 (or 15 on an old card).</source>
        <translation>
            <numerusform>身份證號碼為 %n 位，應為 18 位（舊證為 15 位）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The ID number does not start with a known region code.</source>
        <translation>身份證號碼開頭不是已知的行政區劃程式碼。</translation>
    </message>
    <message>
        <source>The birth date in the ID number is not a possible date.</source>
        <translation>身份證號碼中的出生日期不是有效日期。</translation>
    </message>
    <message>
        <source>The birth date in the ID number is in the future.</source>
        <translation>身份證號碼中的出生日期晚於今天。</translation>
    </message>
    <message>
        <source>The check character (the last one) does not match; the number was probably mistyped.</source>
        <translation>校驗碼（最後一位）不符，號碼可能輸錯了。</translation>
    </message>
</context>
<context>
    <name>qf::IdentityVault</name>
    <message>
        <source>The encryption library could not start.</source>
        <translation>加密庫無法啟動。</translation>
    </message>
    <message>
        <source>The data key has the wrong length (%1 bytes instead of %2).</source>
        <translation>資料金鑰長度不對（%1 位元組，應為 %2 位元組）。</translation>
    </message>
    <message>
        <source>A protected field is damaged or in an unknown format.</source>
        <translation>某個受保護欄位已損壞或格式未知。</translation>
    </message>
    <message>
        <source>A protected field cannot be opened with this key (wrong key or tampered data).</source>
        <translation>無法用此金鑰開啟受保護欄位（金鑰錯誤或資料被篡改）。</translation>
    </message>
</context>
<context>
    <name>qf::KeychainKeyProvider</name>
    <message>
        <source>No system keychain is available (on Linux: a Secret Service such as GNOME Keyring or KWallet, unlocked, on the session bus). Qingfeng keeps identities only encrypted with a key held there and will not write them without it. Details: %1</source>
        <translation>沒有可用的系統金鑰庫（Linux 上需要會話總線上已解鎖的 Secret Service，如 GNOME Keyring 或 KWallet）。清風只以儲存在金鑰庫中的金鑰加密存放身份資訊，沒有金鑰庫就不會寫入身份資訊。詳細資訊：%1</translation>
    </message>
    <message>
        <source>The system keychain refused access to Qingfeng&apos;s key (%1). Unlock the keychain and try again.</source>
        <translation>系統金鑰庫拒絕訪問清風的金鑰（%1）。請解鎖金鑰庫後重試。</translation>
    </message>
    <message>
        <source>The system keychain reported an error: %1</source>
        <translation>系統金鑰庫報告錯誤：%1</translation>
    </message>
</context>
<context>
    <name>qf::MainWindow</name>
    <message>
        <source>Qingfeng</source>
        <translation>清風信訪舉報工作台</translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation>工作區</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <source>Go to the &amp;side bar</source>
        <translation>轉到側邊欄(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>語言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>幫助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Qingfeng</source>
        <translation>關於清風(&amp;A)</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1（Ctrl+%2）</translation>
    </message>
    <message>
        <source>Demonstration data</source>
        <translation>演示資料</translation>
    </message>
    <message>
        <source>The demonstration data could not be created completely: %1</source>
        <translation>演示資料未能全部生成：%1</translation>
    </message>
    <message>
        <source>About Qingfeng</source>
        <translation>關於清風</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Qingfeng %1&lt;/h3&gt;&lt;p&gt;Workstation for the petition and report offices of discipline-inspection bodies: visitor check-in, case handling, review meetings.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;清風 %1&lt;/h3&gt;&lt;p&gt;紀檢監察機關信訪舉報工作臺：來訪登記、案件辦理、集體研判。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>qf::OverviewStats</name>
    <message>
        <source>Cannot count for the overview: %1</source>
        <translation>無法統計概覽資料：%1</translation>
    </message>
</context>
<context>
    <name>qf::OverviewWorkspace</name>
    <message>
        <source>Overview</source>
        <translation>概覽</translation>
    </message>
    <message>
        <source>This workstation</source>
        <translation>本工作站</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>使用者：</translation>
    </message>
    <message>
        <source>Office:</source>
        <translation>單位：</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>崗位：</translation>
    </message>
    <message>
        <source>Petitions and reports</source>
        <translation>信訪舉報</translation>
    </message>
    <message>
        <source>Registered today</source>
        <translation>今日登記</translation>
    </message>
    <message>
        <source>Registered this week</source>
        <translation>本週登記</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>在辦</translation>
    </message>
    <message>
        <source>Visits today</source>
        <translation>今日來訪</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>重新整理(&amp;R)</translation>
    </message>
    <message>
        <source>Local database</source>
        <translation>本地資料庫</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>檔案：</translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation>結構版本：</translation>
    </message>
    <message>
        <source>(no profile yet)</source>
        <translation>（尚未設定本機使用者）</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在統計…</translation>
    </message>
    <message>
        <source>Updated at %1</source>
        <translation>更新於 %1</translation>
    </message>
</context>
<context>
    <name>qf::PersonStore</name>
    <message>
        <source>A person needs at least a name, an ID number or a phone number.</source>
        <translation>人員資訊至少需要姓名、身份證號碼或電話號碼之一。</translation>
    </message>
    <message>
        <source>The person lookup failed: %1</source>
        <translation>人員查詢失敗：%1</translation>
    </message>
    <message>
        <source>The person could not be read: %1</source>
        <translation>無法讀取人員資訊：%1</translation>
    </message>
    <message>
        <source>There is no person with the id %1.</source>
        <translation>沒有編號為 %1 的人員。</translation>
    </message>
</context>
<context>
    <name>qf::ProfileStatusBar</name>
    <message>
        <source>Local only — no sync server configured</source>
        <translation>僅本地，未配置同步伺服器</translation>
    </message>
    <message>
        <source>No profile</source>
        <translation>未設定本機使用者</translation>
    </message>
</context>
<context>
    <name>qf::ProfileStore</name>
    <message>
        <source>No local profile has been set up on this device yet.</source>
        <translation>本裝置尚未設定本機使用者。</translation>
    </message>
    <message>
        <source>Cannot read the local profile: %1</source>
        <translation>無法讀取本機使用者資訊：%1</translation>
    </message>
    <message>
        <source>The local profile points to a user that does not exist in this database.</source>
        <translation>本機使用者設定指向的使用者在此資料庫中不存在。</translation>
    </message>
    <message>
        <source>Cannot read the list of offices: %1</source>
        <translation>無法讀取單位列表：%1</translation>
    </message>
    <message>
        <source>Please enter your name.</source>
        <translation>請輸入您的姓名。</translation>
    </message>
    <message>
        <source>Please choose your role.</source>
        <translation>請選擇您的崗位。</translation>
    </message>
    <message>
        <source>Please choose your office or enter the name of a new one.</source>
        <translation>請選擇所在單位，或輸入新單位的名稱。</translation>
    </message>
    <message>
        <source>Could not save the profile: %1</source>
        <translation>無法儲存本機使用者資訊：%1</translation>
    </message>
</context>
<context>
    <name>qf::RegistrationNumbers</name>
    <message>
        <source>This database has no device id, so registration numbers cannot be given.</source>
        <translation>此資料庫沒有裝置標識，無法分配登記編號。</translation>
    </message>
    <message>
        <source>The device tag &apos;%1&apos; saved in this database is not valid.</source>
        <translation>此資料庫中儲存的裝置程式碼“%1”無效。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a device tag: it needs three characters from 0-9 and A-Z without I, L, O and U.</source>
        <translation>“%1”不是有效的裝置程式碼：應為 3 個字元，取自 0-9 和 A-Z（不含 I、L、O、U）。</translation>
    </message>
    <message>
        <source>%1 is not a year for a registration number.</source>
        <translation>%1 不能作為登記編號的年份。</translation>
    </message>
    <message>
        <source>Cannot prepare the registration counter: %1</source>
        <translation>無法準備登記編號計數器：%1</translation>
    </message>
    <message>
        <source>Cannot take a registration number: %1</source>
        <translation>無法取得登記編號：%1</translation>
    </message>
    <message>
        <source>Cannot read the registration counter: %1</source>
        <translation>無法讀取登記編號計數器：%1</translation>
    </message>
    <message>
        <source>Cannot save the registration counter: %1</source>
        <translation>無法儲存登記編號計數器：%1</translation>
    </message>
</context>
<context>
    <name>qf::ReportStore</name>
    <message>
        <source>&apos;%1&apos; is not a channel of intake (letter, visit, phone, online, forwarded, handed_over).</source>
        <translation>“%1”不是受理渠道（letter 來信、visit 來訪、phone 電話、online 網路、forwarded 上級轉來、handed_over 有關單位移交）。</translation>
    </message>
    <message>
        <source>A report needs its content or at least what happened (何事).</source>
        <translation>信訪舉報件須有內容，至少寫明何事。</translation>
    </message>
    <message>
        <source>An online or forwarded report needs the id it has at its source.</source>
        <translation>網路舉報件或上級轉來件須填寫其在來源處的編號。</translation>
    </message>
    <message>
        <source>Every reported person needs a name.</source>
        <translation>每個被反映人都須填寫姓名。</translation>
    </message>
    <message>
        <source>Cannot read the reports: %1</source>
        <translation>無法讀取信訪舉報件：%1</translation>
    </message>
    <message>
        <source>There is no report %1.</source>
        <translation>沒有信訪舉報件 %1。</translation>
    </message>
    <message>
        <source>Cannot read report %1: %2</source>
        <translation>無法讀取信訪舉報件 %1：%2</translation>
    </message>
    <message>
        <source>Cannot read the reported persons: %1</source>
        <translation>無法讀取被反映人：%1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a field that can be changed; use one of: %2.</source>
        <translation>“%1”不是可修改的欄位；可用欄位：%2。</translation>
    </message>
    <message>
        <source>A reported person needs a name.</source>
        <translation>被反映人須填寫姓名。</translation>
    </message>
    <message>
        <source>The report names no reported person yet; set subject_name first.</source>
        <translation>此件尚未填寫被反映人，請先設定 subject_name。</translation>
    </message>
    <message>
        <source>There is no category &apos;%1&apos;.</source>
        <translation>沒有類別“%1”。</translation>
    </message>
</context>
<context>
    <name>qf::Roles</name>
    <message>
        <source>Receptionist</source>
        <translation>接訪人員</translation>
    </message>
    <message>
        <source>Hotline operator</source>
        <translation>舉報電話接聽員</translation>
    </message>
    <message>
        <source>Registry clerk</source>
        <translation>信訪室登記員</translation>
    </message>
    <message>
        <source>Case officer</source>
        <translation>承辦人</translation>
    </message>
    <message>
        <source>Review meeting chair</source>
        <translation>研判會主持人</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>案管督辦人員</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>系統管理員</translation>
    </message>
    <message>
        <source>County or district commission</source>
        <translation>縣（區）紀委監委</translation>
    </message>
    <message>
        <source>Township commission</source>
        <translation>鄉鎮紀委</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村（社群）</translation>
    </message>
    <message>
        <source>Sub-district committee</source>
        <translation>街道紀工委</translation>
    </message>
    <message>
        <source>Resident inspection unit</source>
        <translation>派駐紀檢監察組</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>內設部門</translation>
    </message>
    <message>
        <source>Higher-level office</source>
        <translation>上級機關</translation>
    </message>
    <message>
        <source>Other body</source>
        <translation>其他單位</translation>
    </message>
</context>
<context>
    <name>qf::SamIdCardReader</name>
    <message>
        <source>The ID card reader is switched off.</source>
        <translation>身份證閱讀器已關閉。</translation>
    </message>
    <message>
        <source>Connecting to the ID card reader…</source>
        <translation>正在連線身份證閱讀器…</translation>
    </message>
    <message>
        <source>The ID card reader at %1 cannot be opened (%2). Check that it is plugged in; retrying…</source>
        <translation>無法開啟位於 %1 的身份證閱讀器（%2）。請檢查是否已連線，正在重試…</translation>
    </message>
    <message>
        <source>The ID card reader cannot be written to (%1); reconnecting…</source>
        <translation>無法向身份證閱讀器傳送資料（%1），正在重新連線…</translation>
    </message>
    <message>
        <source>The answer from the ID card reader was damaged (checksum error). Place the card again; check the cable if this repeats.</source>
        <translation>身份證閱讀器的應答已損壞（校驗和錯誤）。請重新放置證件；如反覆出現，請檢查連線線。</translation>
    </message>
    <message>
        <source>The answer from the ID card reader has an impossible length. Place the card again; check the cable if this repeats.</source>
        <translation>身份證閱讀器的應答長度異常。請重新放置證件；如反覆出現，請檢查連線線。</translation>
    </message>
    <message>
        <source>The answer from the ID card reader is too short. Place the card again.</source>
        <translation>身份證閱讀器的應答過短。請重新放置證件。</translation>
    </message>
    <message>
        <source>Place an ID card on the reader.</source>
        <translation>請將身份證放在閱讀器上。</translation>
    </message>
    <message>
        <source>The card has been read. Take it off the reader.</source>
        <translation>證件已讀取，請從閱讀器上取下。</translation>
    </message>
    <message>
        <source>Reading the card…</source>
        <translation>正在讀取證件…</translation>
    </message>
    <message>
        <source>The card data from the reader is incomplete. Place the card again.</source>
        <translation>閱讀器讀取的證件資料不完整。請重新放置證件。</translation>
    </message>
    <message>
        <source>The card data from the reader has the wrong length. Place the card again.</source>
        <translation>閱讀器讀取的證件資料長度不對。請重新放置證件。</translation>
    </message>
    <message>
        <source>The answer from the ID card reader was cut short. Place the card again; check the cable if this repeats.</source>
        <translation>身份證閱讀器的應答被截斷。請重新放置證件；如反覆出現，請檢查連線線。</translation>
    </message>
    <message>
        <source>The ID card reader sent data that is not a valid answer. Check that the right device is configured and the cable is sound.</source>
        <translation>身份證閱讀器發來的資料不是有效應答。請檢查所配置的裝置是否正確、連線線是否完好。</translation>
    </message>
    <message>
        <source>The ID card reader is not responding. Check its cable and power; reconnecting…</source>
        <translation>身份證閱讀器無響應。請檢查連線線和電源，正在重新連線…</translation>
    </message>
    <message>
        <source>The ID card reader was disconnected; reconnecting…</source>
        <translation>身份證閱讀器已斷開，正在重新連線…</translation>
    </message>
</context>
<context>
    <name>qf::SamStatus</name>
    <message>
        <source>The reader completed the operation.</source>
        <translation>閱讀器已完成操作。</translation>
    </message>
    <message>
        <source>A card is on the reader.</source>
        <translation>閱讀器上有證件。</translation>
    </message>
    <message>
        <source>No card on the reader. Place the ID card flat on the reader.</source>
        <translation>閱讀器上沒有證件。請將身份證平放在閱讀器上。</translation>
    </message>
    <message>
        <source>The card could not be selected. Lift the card and place it on the reader again.</source>
        <translation>無法選中證件。請拿起證件後重新放到閱讀器上。</translation>
    </message>
    <message>
        <source>The card could not be read. Keep the card still on the reader and try again.</source>
        <translation>無法讀取證件。請保持證件在閱讀器上不動，然後重試。</translation>
    </message>
    <message>
        <source>The reader received a damaged command (checksum error). Check the reader&apos;s cable.</source>
        <translation>閱讀器收到的指令已損壞（校驗和錯誤）。請檢查閱讀器連線線。</translation>
    </message>
    <message>
        <source>The reader received a command of the wrong length. Check the reader&apos;s cable.</source>
        <translation>閱讀器收到的指令長度不對。請檢查閱讀器連線線。</translation>
    </message>
    <message>
        <source>The reader does not understand the command. The reader model or its firmware is not supported.</source>
        <translation>閱讀器無法識別該指令。不支援此閱讀器型號或其韌體。</translation>
    </message>
    <message>
        <source>The reader refused the command because a parameter is out of range. The reader model or its firmware is not supported.</source>
        <translation>閱讀器因引數超出範圍而拒絕該指令。不支援此閱讀器型號或其韌體。</translation>
    </message>
    <message>
        <source>The reader refused the command as not permitted. The reader may be locked or configured for another use.</source>
        <translation>閱讀器拒絕執行該指令（操作不允許）。閱讀器可能已鎖定或被配置為其他用途。</translation>
    </message>
    <message>
        <source>The card and the reader could not authenticate each other. The card may be damaged or not genuine; try again or check the card by hand.</source>
        <translation>證件與閱讀器無法相互認證。證件可能已損壞或非真實證件；請重試或人工核驗證件。</translation>
    </message>
    <message>
        <source>The reader&apos;s security module could not verify the card. The card may be damaged or not genuine; try again or check the card by hand.</source>
        <translation>閱讀器安全模組無法驗證該證件。證件可能已損壞或非真實證件；請重試或人工核驗證件。</translation>
    </message>
    <message>
        <source>The card did not accept the reader&apos;s security module. Take the card off, place it again, and check the card by hand if this repeats.</source>
        <translation>證件未接受閱讀器安全模組的認證。請取下證件後重新放置；如反覆出現，請人工核驗證件。</translation>
    </message>
    <message>
        <source>This type of card is not supported. Use a resident ID card, a residence permit or a permanent residence card.</source>
        <translation>不支援此類證件。請使用居民身份證、居住證或永久居留身份證。</translation>
    </message>
    <message>
        <source>The card or the reader is not ready for this operation. Take the card off and place it again.</source>
        <translation>證件或閱讀器尚未就緒。請取下證件後重新放置。</translation>
    </message>
    <message>
        <source>The reader&apos;s security module failed its self-test. The reader needs servicing.</source>
        <translation>閱讀器安全模組自檢失敗，需要維修。</translation>
    </message>
    <message>
        <source>The reader&apos;s security module is not authorised. Contact the reader&apos;s supplier.</source>
        <translation>閱讀器安全模組未獲授權。請聯絡閱讀器供應商。</translation>
    </message>
    <message>
        <source>The reader reported an unknown status (code %1).</source>
        <translation>閱讀器報告了未知狀態（程式碼 %1）。</translation>
    </message>
</context>
<context>
    <name>qf::Session</name>
    <message>
        <source>The system keychain holds no key for this database (%1), so the identities in it cannot be read. Restore the keychain from a backup, or open the database on the account that created it.</source>
        <translation>系統金鑰庫中沒有此資料庫（%1）的金鑰，因此無法讀取其中的身份資訊。請從備份恢復金鑰庫，或在建立該資料庫的賬戶下開啟它。</translation>
    </message>
    <message>
        <source>The key in the system keychain does not belong to this database (%1); identities cannot be read with it.</source>
        <translation>系統金鑰庫中的金鑰不屬於此資料庫（%1），無法用它讀取身份資訊。</translation>
    </message>
</context>
<context>
    <name>qf::Settings</name>
    <message>
        <source>%1 must be a whole number of zero or more.</source>
        <translation>%1 必須是大於或等於零的整數。</translation>
    </message>
</context>
<context>
    <name>qf::SettingsWorkspace</name>
    <message>
        <source>Local profile</source>
        <translation>本機使用者</translation>
    </message>
    <message>
        <source>&amp;Save profile</source>
        <translation>儲存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>崗位(&amp;O)：</translation>
    </message>
    <message>
        <source>Office:</source>
        <translation>單位：</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>介面語言(&amp;I)：</translation>
    </message>
    <message>
        <source>A new language takes effect the next time Qingfeng starts.</source>
        <translation>更改的語言將在下次啟動清風時生效。</translation>
    </message>
    <message>
        <source>System keychain</source>
        <translation>系統金鑰庫</translation>
    </message>
    <message>
        <source>&amp;Check again</source>
        <translation>重新檢查(&amp;C)</translation>
    </message>
    <message>
        <source>The key that protects the identities in this database is held in the system keychain.</source>
        <translation>保護此資料庫中身份資訊的金鑰儲存在系統金鑰庫中。</translation>
    </message>
    <message>
        <source>The interface will be in %1 the next time Qingfeng starts.</source>
        <translation>下次啟動清風時，介面語言將為%1。</translation>
    </message>
    <message>
        <source>The system keychain answers, but holds no key for this database.</source>
        <translation>系統金鑰庫有響應，但其中沒有此資料庫的金鑰。</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
</context>
<context>
    <name>qf::SqlTransaction</name>
    <message>
        <source>No transaction is open: %1</source>
        <translation>沒有開啟的事務：%1</translation>
    </message>
    <message>
        <source>The database could not save the change: %1</source>
        <translation>資料庫無法儲存此更改：%1</translation>
    </message>
</context>
<context>
    <name>qf::Triage</name>
    <message>
        <source>Verifiability, typicality and timeliness are each scored from 1 to 5.</source>
        <translation>可查性、典型性、時效性各按 1 至 5 分評分。</translation>
    </message>
</context>
<context>
    <name>qf::WltDecoder</name>
    <message>
        <source>No photo decoder is installed; the photo is kept undecoded. Install the reader vendor&apos;s WLT decoder library and set its path in the ID card reader settings.</source>
        <translation>未安裝照片解碼器，照片按原樣儲存未解碼。請安裝閱讀器廠商的 WLT 解碼庫，並在身份證閱讀器設定中指定其路徑。</translation>
    </message>
    <message>
        <source>No photo decoder is installed: the library %1 cannot be loaded (%2). The photo is kept undecoded.</source>
        <translation>未安裝照片解碼器：無法載入庫 %1（%2）。照片按原樣儲存未解碼。</translation>
    </message>
    <message>
        <source>No photo decoder is installed: %1 has no function &quot;unpack&quot;. The photo is kept undecoded.</source>
        <translation>未安裝照片解碼器：%1 中沒有“unpack”函式。照片按原樣儲存未解碼。</translation>
    </message>
    <message>
        <source>The card&apos;s photo has %1 bytes instead of %2.</source>
        <translation>證件照片為 %1 位元組，應為 %2 位元組。</translation>
    </message>
    <message>
        <source>The photo decoder could not decode the card&apos;s photo (code %1).</source>
        <translation>照片解碼器無法解碼證件照片（程式碼 %1）。</translation>
    </message>
</context>
<context>
    <name>qf::Writer</name>
    <message>
        <source>&apos;%1&apos; is not a table that can be changed.</source>
        <translation>“%1”不是可修改的資料表。</translation>
    </message>
    <message>
        <source>A change to %1 has no row id.</source>
        <translation>對 %1 的更改缺少行編號。</translation>
    </message>
    <message>
        <source>%1 has no field &apos;%2&apos;.</source>
        <translation>%1 沒有欄位“%2”。</translation>
    </message>
    <message>
        <source>Cannot prepare the change to %1: %2</source>
        <translation>無法準備對 %1 的更改：%2</translation>
    </message>
    <message>
        <source>The change to %1 was refused by the database: %2</source>
        <translation>資料庫拒絕了對 %1 的更改：%2</translation>
    </message>
    <message>
        <source>There is no row %1 in %2.</source>
        <translation>%2 中沒有行 %1。</translation>
    </message>
    <message>
        <source>Cannot record the change&apos;s clock: %1</source>
        <translation>無法記錄更改的時鐘：%1</translation>
    </message>
    <message>
        <source>Cannot queue the change for sync: %1</source>
        <translation>無法將更改加入同步佇列：%1</translation>
    </message>
    <message>
        <source>The database is busy or read-only: %1</source>
        <translation>資料庫忙或只讀：%1</translation>
    </message>
</context>
</TS>
