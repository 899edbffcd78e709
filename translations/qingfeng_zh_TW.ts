<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>qf::Accounts</name>
    <message>
        <source>The accounts could not be read: %1</source>
        <translation>無法讀取賬戶：%1</translation>
    </message>
    <message>
        <source>There is no account %1 on this workstation.</source>
        <translation>本工作站沒有賬戶 %1。</translation>
    </message>
    <message>
        <source>A password needs at least 8 characters.</source>
        <translation>密碼至少需要 8 個字元。</translation>
    </message>
    <message>
        <source>The password may not be the login.</source>
        <translation>密碼不能與登入名相同。</translation>
    </message>
    <message>
        <source>The password</source>
        <translation>密碼</translation>
    </message>
    <message>
        <source>A login is 1 to 32 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit.</source>
        <translation>登入名由 1 至 32 個字母、數字、“.”“_”或“-”組成，須以字母或數字開頭。</translation>
    </message>
    <message>
        <source>The office&apos;s identity key could not be opened with your keys; ask the administrator to give you your role again.</source>
        <translation>無法用您的金鑰開啟本單位的身份金鑰，請管理員重新為您分配角色。</translation>
    </message>
    <message>
        <source>The office&apos;s index key could not be opened with your keys; ask the administrator to reset your password.</source>
        <translation>無法用您的金鑰開啟本單位的索引金鑰，請管理員重置您的密碼。</translation>
    </message>
    <message>
        <source>Only a user entitled to identities can take on the office&apos;s key.</source>
        <translation>只有有權檢視身份資訊的使用者才能接收本單位的金鑰。</translation>
    </message>
    <message>
        <source>The password could not be hashed (out of memory?).</source>
        <translation>無法計算密碼的雜湊值（記憶體不足？）。</translation>
    </message>
    <message>
        <source>The account could not be saved: %1</source>
        <translation>無法儲存賬戶：%1</translation>
    </message>
    <message>
        <source>This store has its administrator already; only an administrator adds users.</source>
        <translation>本資料庫已有管理員；只有管理員可以新增使用者。</translation>
    </message>
    <message>
        <source>Please enter the administrator&apos;s name.</source>
        <translation>請輸入管理員姓名。</translation>
    </message>
    <message>
        <source>The name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Please choose the office or enter the name of a new one.</source>
        <translation>請選擇單位，或輸入新單位的名稱。</translation>
    </message>
    <message>
        <source>The system keychain holds no key for this database (%1), so the identities in it cannot be read. Restore the keychain from a backup, or open the database on the account that created it.</source>
        <translation>系統鑰匙串中沒有本資料庫（%1）的金鑰，其中的身份資訊無法讀取。請從備份恢復鑰匙串，或在建立該資料庫的系統賬戶下開啟。</translation>
    </message>
    <message>
        <source>The key in the system keychain does not belong to this database (%1); identities cannot be read with it.</source>
        <translation>系統鑰匙串中的金鑰不屬於本資料庫（%1），無法用它讀取身份資訊。</translation>
    </message>
    <message>
        <source>The administrator could not be saved: %1</source>
        <translation>無法儲存管理員：%1</translation>
    </message>
    <message>
        <source>The login or the password is wrong.</source>
        <translation>登入名或密碼錯誤。</translation>
    </message>
    <message>
        <source>unknown login %1</source>
        <translation>未知登入名 %1</translation>
    </message>
    <message>
        <source>This account is disabled. Ask the administrator.</source>
        <translation>該賬戶已停用，請聯絡管理員。</translation>
    </message>
    <message>
        <source>After too many wrong passwords this account is locked until %1.</source>
        <translation>密碼錯誤次數過多，該賬戶已鎖定至 %1。</translation>
    </message>
    <message>
        <source>%1 wrong passwords: the account is locked for %2 minutes.</source>
        <translation>密碼錯誤 %1 次：賬戶鎖定 %2 分鐘。</translation>
    </message>
    <message>
        <source>Your keys on this workstation are damaged; ask the administrator to reset your password.</source>
        <translation>您在本工作站上的金鑰已損壞，請管理員重置您的密碼。</translation>
    </message>
    <message>
        <source>add users</source>
        <translation>新增使用者</translation>
    </message>
    <message>
        <source>Please enter the user&apos;s name.</source>
        <translation>請輸入使用者姓名。</translation>
    </message>
    <message>
        <source>There is no role %1.</source>
        <translation>沒有角色 %1。</translation>
    </message>
    <message>
        <source>The login %1 is taken.</source>
        <translation>登入名 %1 已被使用。</translation>
    </message>
    <message>
        <source>The user could not be saved: %1</source>
        <translation>無法儲存使用者：%1</translation>
    </message>
    <message>
        <source>Only an administrator entitled to identities can take them from a user.</source>
        <translation>只有有權檢視身份資訊的管理員才能收回使用者的身份資訊許可權。</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>請先登入。</translation>
    </message>
    <message>
        <source>The central user could not be recorded: %1</source>
        <translation>無法記錄中心庫使用者：%1</translation>
    </message>
    <message>
        <source>was %1</source>
        <translation>原為 %1</translation>
    </message>
    <message>
        <source>give roles</source>
        <translation>分配角色</translation>
    </message>
    <message>
        <source>An administrator cannot change their own role.</source>
        <translation>管理員不能更改自己的角色。</translation>
    </message>
    <message>
        <source>The role could not be saved: %1</source>
        <translation>無法儲存角色：%1</translation>
    </message>
    <message>
        <source>reset passwords</source>
        <translation>重置密碼</translation>
    </message>
    <message>
        <source>The password could not be saved: %1</source>
        <translation>無法儲存密碼：%1</translation>
    </message>
    <message>
        <source>disable accounts</source>
        <translation>停用賬戶</translation>
    </message>
    <message>
        <source>An administrator cannot disable their own account.</source>
        <translation>管理員不能停用自己的賬戶。</translation>
    </message>
    <message>
        <source>enable it again by resetting the password</source>
        <translation>重置密碼即可重新啟用</translation>
    </message>
    <message>
        <source>name custodians</source>
        <translation>指定保管人</translation>
    </message>
    <message>
        <source>A custodian must hold a role entitled to identities (%1 is %2).</source>
        <translation>保管人必須擔任有權檢視身份資訊的角色（%1 是%2）。</translation>
    </message>
    <message>
        <source>Your account could not be read.</source>
        <translation>無法讀取您的賬戶。</translation>
    </message>
    <message>
        <source>The present password is wrong.</source>
        <translation>當前密碼錯誤。</translation>
    </message>
    <message>
        <source>list the accounts</source>
        <translation>檢視賬戶列表</translation>
    </message>
    <message>
        <source>This workstation is enrolled: its users come from the central store. Ask its administrator (qingfeng-syncd admin add-user, reset-password, disable-user, custodian).</source>
        <translation>本工作站已接入中心庫，使用者由中心庫統一管理。請聯絡中心庫管理員辦理（qingfeng-syncd admin add-user、reset-password、disable-user、custodian）。</translation>
    </message>
    <message>
        <source>The password is not the one you signed in with.</source>
        <translation>該密碼與您登入時使用的密碼不符。</translation>
    </message>
    <message>
        <source>The central account %1 is disabled.</source>
        <translation>中心賬戶 %1 已停用。</translation>
    </message>
    <message>
        <source>The password is not the one of the central account %1 (the central store&apos;s administrator can reset it with qingfeng-syncd admin reset-password).</source>
        <translation>該密碼不是中心賬戶 %1 的密碼（中心庫管理員可用 qingfeng-syncd admin reset-password 重置）。</translation>
    </message>
    <message>
        <source>The office&apos;s identity key sealed for you does not open with your key.</source>
        <translation>為您封存的本單位身份金鑰無法用您的金鑰開啟。</translation>
    </message>
    <message>
        <source>The office&apos;s keys have not been sealed for your account yet. They are, at the next sync of a workstation of your office where a user is signed in; sign in again after that.</source>
        <translation>本單位金鑰尚未為您的賬戶封存。本單位任一已有使用者登入的工作站下次同步時即會封存，屆時請重新登入。</translation>
    </message>
    <message>
        <source>The office&apos;s index key sealed for you does not open with your key.</source>
        <translation>為您封存的本單位索引金鑰無法用您的金鑰開啟。</translation>
    </message>
    <message>
        <source>The central account %1 could not be saved: %2</source>
        <translation>中心賬戶 %1 無法儲存：%2</translation>
    </message>
    <message>
        <source>Sign in with an account of this workstation first.</source>
        <translation>請先用本工作站的賬戶登入。</translation>
    </message>
    <message>
        <source>The office&apos;s identity key sealed for you is not the one this workstation seals with; ask the administrator of the central store.</source>
        <translation>為您封存的本單位身份金鑰與本工作站加密所用的金鑰不一致，請聯絡中心庫管理員。</translation>
    </message>
</context>
<context>
    <name>qf::AgendaBox</name>
    <message>
        <source>Agenda</source>
        <translation>議程</translation>
    </message>
    <message>
        <source>&amp;Build agenda</source>
        <translation>生成議程(&amp;B)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <source>Registration number to add, Enter</source>
        <translation>輸入要加入的編號，按回車</translation>
    </message>
    <message>
        <source>agenda</source>
        <translation>研判會議程</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
</context>
<context>
    <name>qf::AgendaBuilder</name>
    <message>
        <source>The agenda could not be built: %1</source>
        <translation>無法生成議程：%1</translation>
    </message>
    <message>
        <source>The proposals could not be read: %1</source>
        <translation>無法讀取提請研判的事項：%1</translation>
    </message>
</context>
<context>
    <name>qf::Analysis</name>
    <message>
        <source>Cannot compute the figures: %1</source>
        <translation>無法計算統計資料：%1</translation>
    </message>
    <message>
        <source>%1-%2</source>
        <translation>%1年%2月</translation>
    </message>
    <message>
        <source>Q%2 %1</source>
        <translation>%1年第%2季度</translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation>%1年</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1至%2</translation>
    </message>
    <message>
        <source>Received: every registered report that is not deleted, whatever its channel; an item forwarded from a higher office or handed over by another body counts once it has been signed for (reports still awaiting signature do not count).</source>
        <translation>受理口徑：凡已登記且未刪除的信訪舉報件均計入，不論來源渠道；上級轉來、有關單位移交的件自簽收後計入（尚待簽收的不計）。</translation>
    </message>
    <message>
        <source>Date: a report counts under the day of its receipt as registered (received_at), in China Standard Time (UTC+8); a period includes its first and its last day.</source>
        <translation>日期口徑：按登記的收件時間（received_at）所在日計算，以北京時間（UTC+8）為準；統計期間含首尾兩日。</translation>
    </message>
    <message>
        <source>Repeats: a report counts as a repeat when it has been linked to an earlier report of the same matter (repeat_of), with or without new facts; every arrival counts as received in its own period, the repeat share is repeats divided by received.</source>
        <translation>重複件口徑：與此前同一事項的件建立重複關聯（repeat_of）的，無論有無新情況均計為重複件；每次來件均在其所在期間計為收件，重複件佔比為重複件數除以收件總數。</translation>
    </message>
    <message>
        <source>Referral: a report lawfully referred to the body that can handle it (out of scope, 依法分类告知) counts as referred; every other report counts as in scope.</source>
        <translation>分流口徑：依法分類告知、轉由有權機關處理（不屬受理範圍）的計為分流件；其餘計為屬於受理範圍。</translation>
    </message>
    <message>
        <source>Reported units and ranks: a report naming persons of several units (or ranks) counts once under each of them, so these groups may add up to more than the received total; a report naming none counts under &quot;not recorded&quot;.</source>
        <translation>被反映單位和職級口徑：一件反映多個單位（或職級）人員的，在每個單位（或職級）下各計一次，故分組合計可能大於收件總數；未寫明的計入“未記錄”。</translation>
    </message>
    <message>
        <source>Categories: at a level of the taxonomy, a report counts under the category of that level above its own (a report recorded at a higher level counts under its own category).</source>
        <translation>問題類別口徑：按問題分類的某一層級統計時，件計入其所屬的該層級上級類別（登記在更高層級的，計入其本身類別）。</translation>
    </message>
    <message>
        <source>Reports about the office&apos;s principal leader are counted only for users entitled to see them.</source>
        <translation>反映本機關主要負責人的件，僅對有權檢視的使用者計入。</translation>
    </message>
    <message>
        <source>Scope: an office below counts the reports it handles (with the offices under it); a region the reports recorded for the region; a unit the reports naming a person of the unit.</source>
        <translation>範圍口徑：下級機關統計其承辦的件（含其下屬機關）；地區統計登記為該地區的件；單位統計反映該單位人員的件。</translation>
    </message>
    <message>
        <source>Warning when this month&apos;s count is above the mean of the previous %1 months plus %2 standard deviations (of those months) and at least %3.</source>
        <translation>本月件數高於前%1個月均值加%2倍標準差（按前述各月計算）且不少於%3件時預警。</translation>
    </message>
    <message>
        <source>Score = (%1 × acceptance + %2 × handling + %3 × cooperation) / %4, where acceptance = reports taken up by the quarter&apos;s end / workload, handling = reports concluded by the quarter&apos;s end / workload, cooperation = reports concluded in the quarter and reviewed within %5 days / reports concluded in the quarter (1 when none was concluded); workload = reports dispatched to the office (or, with no time of dispatch recorded, received) before the quarter&apos;s end and not concluded before it began; taken up = handling begun or concluded. Green from %6, yellow from %7, red below. Two yellow flags in a row: interview (约谈); a red flag: accountability (问责).</source>
        <translation>得分 =（%1 × 受理率 + %2 × 辦理率 + %3 × 配合率）/ %4；其中受理率 = 季末前已著手辦理的件數 / 工作量，辦理率 = 季末前已辦結的件數 / 工作量，配合率 = 本季度辦結且在%5日內完成覆盤的件數 / 本季度辦結件數（本季度無辦結件時為1）；工作量 = 季末前交辦給該機關（未記錄交辦時間的按收件時間）且季初前未辦結的件數；著手辦理 = 已開始辦理或已辦結。%6分及以上為綠旗，%7分及以上為黃旗，以下為紅旗。連續兩個季度黃旗：約談；紅旗：問責。</translation>
    </message>
    <message>
        <source>Cannot read the categories: %1</source>
        <translation>無法讀取問題類別：%1</translation>
    </message>
    <message>
        <source>Cannot read the offices: %1</source>
        <translation>無法讀取機關：%1</translation>
    </message>
    <message>
        <source>(no category)</source>
        <translation>（無類別）</translation>
    </message>
    <message>
        <source>not triaged</source>
        <translation>未初篩</translation>
    </message>
    <message>
        <source>no decision yet</source>
        <translation>尚未研判</translation>
    </message>
    <message>
        <source>not dispatched</source>
        <translation>未分送</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>（未記錄）</translation>
    </message>
    <message>
        <source>real name</source>
        <translation>實名</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>匿名</translation>
    </message>
    <message>
        <source>repeat</source>
        <translation>重複件</translation>
    </message>
    <message>
        <source>first report</source>
        <translation>首次件</translation>
    </message>
    <message>
        <source>referred elsewhere</source>
        <translation>分流</translation>
    </message>
    <message>
        <source>in scope</source>
        <translation>屬於受理範圍</translation>
    </message>
    <message>
        <source>talk and inquiry</source>
        <translation>談話函詢</translation>
    </message>
    <message>
        <source>preliminary verification</source>
        <translation>初步核實</translation>
    </message>
    <message>
        <source>stored pending</source>
        <translation>暫存待查</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>予以了結</translation>
    </message>
    <message>
        <source>The period is not valid: give a first day that is not after the last.</source>
        <translation>統計期間無效：起始日不能晚於截止日。</translation>
    </message>
    <message>
        <source>The month is not valid.</source>
        <translation>月份無效。</translation>
    </message>
    <message>
        <source>The quarter is not valid: give it as 2026Q4.</source>
        <translation>季度無效：請按2026Q4的格式填寫。</translation>
    </message>
    <message>
        <source>On time: for each deadline clock, a report of the period counts as on time when the clock stopped before it ran out, and as late when it stopped after or ran out unstopped by the end of the period (working days by the official calendar, days in China time); a clock that never started, still runs in time, or ended because the report left its path (referred, filed, removed) does not count.</source>
        <translation>按期：對每一項辦理時限，本期信訪舉報件在時限屆滿前完成的計為按期，屆滿後完成或至本期末仍未完成且已超時的計為超期（工作日按國家法定節假日安排計算，日期按北京時間）；時限未開始、仍在期限內，或因件已依法分類告知、存檔、刪除而終止的，不計入。</translation>
    </message>
    <message>
        <source>Second requests: of the period&apos;s reports with an evidence request, the share with two or more requests (二次补证率).</source>
        <translation>二次補證率：本期已發出補證告知的信訪舉報件中，補證告知兩次及以上的件數所佔比例。</translation>
    </message>
    <message>
        <source>Satisfaction: of the period&apos;s real-name reports that are concluded and whose reporter&apos;s satisfaction is recorded, the share satisfied.</source>
        <translation>滿意率：本期已辦結且記錄了舉報人滿意度的實名舉報件中，舉報人表示滿意的件數所佔比例。</translation>
    </message>
    <message>
        <source>Two low, one high (两低一高): a concluded report of the period that was not substantiated, whose real-name reporter was not satisfied and that was reported again after its conclusion; a handling office is marked when its substantiation and satisfaction rates are below the office-wide rates and its rate of reports made again is above.</source>
        <translation>兩低一高：本期已辦結、反映問題未查實、實名舉報人不滿意且辦結後又被重複舉報的件；承辦室的查實率和滿意率均低於全機關水平、重複舉報率高於全機關水平的，予以標註。</translation>
    </message>
    <message>
        <source>Key petitioners: the reporters of the period&apos;s reports whose person is kept as a key petitioner (重点信访人), listed by the registration number of their first report, never by name.</source>
        <translation>重點信訪人：本期信訪舉報件的舉報人中列為重點信訪人的，以其首件信訪舉報的編號列示，不列姓名。</translation>
    </message>
    <message>
        <source>Forwarded items signed for in time</source>
        <translation>上級轉來、有關單位移交件按期簽收</translation>
    </message>
    <message>
        <source>Triaged in time</source>
        <translation>按期初篩</translation>
    </message>
    <message>
        <source>Evidence requested in time after triage (class A)</source>
        <translation>初篩後按期補證告知（A類件）</translation>
    </message>
    <message>
        <source>Dispatched in time</source>
        <translation>按期分送</translation>
    </message>
    <message>
        <source>Real-name reporters told of acceptance in time</source>
        <translation>按期告知實名舉報人受理情況</translation>
    </message>
    <message>
        <source>Results fed back to real-name reporters in time</source>
        <translation>按期向實名舉報人反饋辦理結果</translation>
    </message>
</context>
<context>
    <name>qf::AnalysisExport</name>
    <message>
        <source>The document template lacks %1.</source>
        <translation>文書模板缺少%1。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a .docx, .xlsx or .pdf file.</source>
        <translation>“%1”不是.docx、.xlsx或.pdf檔案。</translation>
    </message>
    <message>
        <source>The document template is not well-formed XML.</source>
        <translation>文書模板不是格式正確的XML。</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>無。</translation>
    </message>
    <message>
        <source>Appendix: counting rules and how this document was made</source>
        <translation>附：統計口徑及本文書生成資訊</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>無法寫入%1。</translation>
    </message>
    <message>
        <source>Cannot write %1 (zip error %2).</source>
        <translation>無法寫入%1（壓縮錯誤%2）。</translation>
    </message>
    <message>
        <source>About</source>
        <translation>說明</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>無法寫入%1：%2</translation>
    </message>
</context>
<context>
    <name>qf::AnalysisExportRun</name>
    <message>
        <source>Reading the reports…</source>
        <translation>正在讀取信訪舉報資料…</translation>
    </message>
    <message>
        <source>Counting the figures…</source>
        <translation>正在統計各項資料…</translation>
    </message>
    <message>
        <source>Writing the document…</source>
        <translation>正在寫出檔案…</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>取消匯出</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>已取消匯出，未寫出任何檔案。</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>已寫出：%1</translation>
    </message>
    <message>
        <source>Counting the figures: %1 (%2 of %3)…</source>
        <translation>正在統計：%1（第%2項，共%3項）…</translation>
    </message>
</context>
<context>
    <name>qf::AnalysisIndicatorsPanel</name>
    <message>
        <source>Deadlines kept</source>
        <translation>辦理時限執行情況</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>時限</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>按期</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>超期</translation>
    </message>
    <message>
        <source>On-time share</source>
        <translation>按期率</translation>
    </message>
    <message>
        <source>Two low, one high by handling office</source>
        <translation>各承辦室“兩低一高”情況</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>承辦室</translation>
    </message>
    <message>
        <source>Concluded</source>
        <translation>辦結</translation>
    </message>
    <message>
        <source>Substantiated</source>
        <translation>查實率</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>滿意率</translation>
    </message>
    <message>
        <source>Reported again</source>
        <translation>重複舉報率</translation>
    </message>
    <message>
        <source>Two low, one high</source>
        <translation>兩低一高</translation>
    </message>
    <message>
        <source>Key petitioners</source>
        <translation>重點信訪人</translation>
    </message>
    <message>
        <source>File (first report)</source>
        <translation>檔案（首件編號）</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>本期</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>重複件</translation>
    </message>
    <message>
        <source>On file</source>
        <translation>累計件數</translation>
    </message>
    <message>
        <source>Last received</source>
        <translation>最近來信來訪日期</translation>
    </message>
    <message>
        <source>evidence asked for twice or more</source>
        <translation>二次及以上補證</translation>
    </message>
    <message>
        <source>real-name reporters not satisfied</source>
        <translation>實名舉報人不滿意</translation>
    </message>
    <message>
        <source>two low, one high</source>
        <translation>兩低一高</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: %n report(s)</source>
        <translation>
            <numerusform>%1，%2：%n件</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Second requests&lt;/b&gt; &lt;a href=&quot;second&quot;&gt;%1&lt;/a&gt; of %2 reports with an evidence request (%3) · &lt;b&gt;satisfaction&lt;/b&gt; %4 of %5 real-name reporters asked (%6, &lt;a href=&quot;dissatisfied&quot;&gt;%7 not satisfied&lt;/a&gt;) · &lt;b&gt;substantiated&lt;/b&gt; %8 of %9 concluded (%10) · &lt;b&gt;reported again&lt;/b&gt; %11 (%12) · &lt;b&gt;two low, one high&lt;/b&gt; &lt;a href=&quot;tlo&quot;&gt;%13&lt;/a&gt;</source>
        <translation>&lt;b&gt;二次補證&lt;/b&gt; &lt;a href=&quot;second&quot;&gt;%1&lt;/a&gt;件（補證件%2件，%3）· &lt;b&gt;滿意&lt;/b&gt; %4件（測評實名舉報人%5人，%6，&lt;a href=&quot;dissatisfied&quot;&gt;不滿意%7件&lt;/a&gt;）· &lt;b&gt;查實&lt;/b&gt; %8件（辦結%9件，%10）· &lt;b&gt;辦結後重復舉報&lt;/b&gt; %11件（%12）· &lt;b&gt;兩低一高&lt;/b&gt; &lt;a href=&quot;tlo&quot;&gt;%13&lt;/a&gt;件</translation>
    </message>
    <message>
        <source>%1, %2: on time, %3 reports</source>
        <translation>%1，%2：按期%3件</translation>
    </message>
    <message>
        <source>%1, %2: late, %3 reports</source>
        <translation>%1，%2：超期%3件</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>%1, key petitioner %2: %3 reports</source>
        <translation>%1，重點信訪人%2：%3件</translation>
    </message>
</context>
<context>
    <name>qf::AnalysisReport</name>
    <message>
        <source>By channel</source>
        <translation>按來源渠道</translation>
    </message>
    <message>
        <source>By problem category</source>
        <translation>按問題類別</translation>
    </message>
    <message>
        <source>By region</source>
        <translation>按地區</translation>
    </message>
    <message>
        <source>By reported unit</source>
        <translation>按被反映單位</translation>
    </message>
    <message>
        <source>By rank of the reported persons</source>
        <translation>按被反映人職級</translation>
    </message>
    <message>
        <source>Real name and anonymous</source>
        <translation>實名與匿名</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>重複件</translation>
    </message>
    <message>
        <source>In scope and referred</source>
        <translation>受理與分流</translation>
    </message>
    <message>
        <source>By class</source>
        <translation>按類別（ABC）</translation>
    </message>
    <message>
        <source>By outcome</source>
        <translation>按處置結果</translation>
    </message>
    <message>
        <source>By status</source>
        <translation>按辦理狀態</translation>
    </message>
    <message>
        <source>By handling office</source>
        <translation>按承辦機關</translation>
    </message>
    <message>
        <source>green</source>
        <translation>綠旗</translation>
    </message>
    <message>
        <source>yellow</source>
        <translation>黃旗</translation>
    </message>
    <message>
        <source>red</source>
        <translation>紅旗</translation>
    </message>
    <message>
        <source>the whole office</source>
        <translation>全委（辦）</translation>
    </message>
    <message>
        <source>categories at level %1</source>
        <translation>問題類別第%1級</translation>
    </message>
    <message>
        <source>reports about the principal leader included</source>
        <translation>含反映主要負責人的件</translation>
    </message>
    <message>
        <source>reports about the principal leader not included</source>
        <translation>不含反映主要負責人的件</translation>
    </message>
    <message>
        <source>counts of 1 and 2 shown as &lt;3</source>
        <translation>1件、2件的數字顯示為“&lt;3”</translation>
    </message>
    <message>
        <source>Monthly analysis of petitions and reports, %1</source>
        <translation>%1信訪舉報情況月度分析</translation>
    </message>
    <message>
        <source>Quarterly analysis of petitions and reports, %1</source>
        <translation>%1信訪舉報情況季度分析</translation>
    </message>
    <message>
        <source>Topic analysis: %1, %2</source>
        <translation>專題分析：%1，%2</translation>
    </message>
    <message>
        <source>Petitions and reports concerning %1 for the inspection tour, %2</source>
        <translation>關於%1的信訪舉報情況（配合巡視巡察），%2</translation>
    </message>
    <message>
        <source>In %1 the office received %2 petitions and reports (%3 in the previous period, %4 in the same period a year earlier); %5 were repeats (%6) and %7 were referred to the body that can handle them.</source>
        <translation>%1共收到信訪舉報%2件（上期%3件，去年同期%4件）；其中重複件%5件（佔%6），依法分流%7件。</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>總體情況</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>專案</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>本期</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>上期</translation>
    </message>
    <message>
        <source>A year earlier</source>
        <translation>去年同期</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收件</translation>
    </message>
    <message>
        <source>Real name</source>
        <translation>實名</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>分流件</translation>
    </message>
    <message>
        <source>Key petitioners</source>
        <translation>重點信訪人</translation>
    </message>
    <message>
        <source>Repeat share</source>
        <translation>重複件佔比</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>分組</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>按月份</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Early warnings</source>
        <translation>預警</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>型別</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Mean before</source>
        <translation>前期均值</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>預警線</translation>
    </message>
    <message>
        <source>Early warnings: %1</source>
        <translation>預警：%1</translation>
    </message>
    <message>
        <source>Quarterly flags</source>
        <translation>季度責任旗</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>機關</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>工作量</translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation>受理率</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>辦理率</translation>
    </message>
    <message>
        <source>Cooperation</source>
        <translation>配合率</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>旗色</translation>
    </message>
    <message>
        <source>Marked for</source>
        <translation>標記</translation>
    </message>
    <message>
        <source>accountability</source>
        <translation>問責</translation>
    </message>
    <message>
        <source>interview</source>
        <translation>約談</translation>
    </message>
    <message>
        <source>Quarterly flags: %1</source>
        <translation>季度責任旗：%1</translation>
    </message>
    <message>
        <source>The reports</source>
        <translation>件目清單</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>登記編號</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>問題類別</translation>
    </message>
    <message>
        <source>Reported unit</source>
        <translation>被反映單位</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>職級</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>辦理狀態</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>處置結果</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>統計期間：%1</translation>
    </message>
    <message>
        <source>Scope: %1</source>
        <translation>統計範圍：%1</translation>
    </message>
    <message>
        <source>Filters: %1</source>
        <translation>篩選條件：%1</translation>
    </message>
    <message>
        <source>Counting rules: %1</source>
        <translation>統計口徑版本：%1</translation>
    </message>
    <message>
        <source>Program: Qingfeng %1</source>
        <translation>程式：清風 %1</translation>
    </message>
    <message>
        <source>Hash of the counted data: %1</source>
        <translation>統計資料雜湊：%1</translation>
    </message>
    <message>
        <source>Content hash: %1</source>
        <translation>內容雜湊：%1</translation>
    </message>
    <message>
        <source>Deadlines kept</source>
        <translation>辦理時限執行情況</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>時限</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>按期</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>超期</translation>
    </message>
    <message>
        <source>On-time share</source>
        <translation>按期率</translation>
    </message>
    <message>
        <source>Evidence, feedback and results</source>
        <translation>補證、反饋及辦理結果</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>件數</translation>
    </message>
    <message>
        <source>Of</source>
        <translation>基數</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>比例</translation>
    </message>
    <message>
        <source>Second requests of evidence (二次补证)</source>
        <translation>二次補證</translation>
    </message>
    <message>
        <source>Real-name reporters satisfied</source>
        <translation>實名舉報人滿意</translation>
    </message>
    <message>
        <source>Concluded reports substantiated</source>
        <translation>辦結件查實</translation>
    </message>
    <message>
        <source>Concluded reports reported again</source>
        <translation>辦結後重復舉報</translation>
    </message>
    <message>
        <source>Two low, one high (两低一高)</source>
        <translation>兩低一高</translation>
    </message>
    <message>
        <source>Two low, one high by handling office</source>
        <translation>各承辦室“兩低一高”情況</translation>
    </message>
    <message>
        <source>Concluded</source>
        <translation>辦結</translation>
    </message>
    <message>
        <source>Substantiated</source>
        <translation>查實率</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>滿意率</translation>
    </message>
    <message>
        <source>Reported again</source>
        <translation>重複舉報率</translation>
    </message>
    <message>
        <source>Two low, one high</source>
        <translation>兩低一高</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>File (first report)</source>
        <translation>檔案（首件編號）</translation>
    </message>
    <message>
        <source>On file</source>
        <translation>累計件數</translation>
    </message>
    <message>
        <source>Received by month</source>
        <translation>按月收件</translation>
    </message>
    <message>
        <source>this period, the previous one and a year earlier</source>
        <translation>本期、上期和去年同期</translation>
    </message>
    <message>
        <source>the case work</source>
        <translation>辦理情況</translation>
    </message>
    <message>
        <source>the early warnings</source>
        <translation>預警</translation>
    </message>
    <message>
        <source>the quarterly flags</source>
        <translation>季度責任旗</translation>
    </message>
    <message>
        <source>the list of reports</source>
        <translation>信訪舉報件清單</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>已取消匯出。</translation>
    </message>
</context>
<context>
    <name>qf::AnalysisTopicBar</name>
    <message>
        <source>New topic…</source>
        <translation>新建專題…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <source>Delete topic</source>
        <translation>刪除專題</translation>
    </message>
    <message>
        <source>All reports (no topic)</source>
        <translation>全部信訪舉報（不限專題）</translation>
    </message>
    <message>
        <source>Delete the topic &quot;%1&quot; for the whole office? The reports are not touched.</source>
        <translation>刪除本單位的專題“%1”？信訪舉報件本身不受影響。</translation>
    </message>
    <message>
        <source>period %1 — %2</source>
        <translation>期間：%1至%2</translation>
    </message>
    <message>
        <source>To&amp;pic:</source>
        <translation>專題(&amp;P)：</translation>
    </message>
</context>
<context>
    <name>qf::AnalysisTopicDialog</name>
    <message>
        <source>New topic analysis</source>
        <translation>新建專題分析</translation>
    </message>
    <message>
        <source>Change the topic analysis</source>
        <translation>修改專題分析</translation>
    </message>
    <message>
        <source>e.g. Village collective funds, assets and resources</source>
        <translation>例如：農村集體“三資”管理</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名稱(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Categories (each with those below it):</source>
        <translation>問題類別(&amp;C)（含下級類別）：</translation>
    </message>
    <message>
        <source>words the reports contain, as in the case list&apos;s search</source>
        <translation>信訪舉報內容中含有的詞語，與“信訪件”列表的搜尋相同</translation>
    </message>
    <message>
        <source>The text &amp;contains:</source>
        <translation>內容含有(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Regions:</source>
        <translation>地區(&amp;R)：</translation>
    </message>
    <message>
        <source>reported units, separated by 、 or commas</source>
        <translation>被反映單位，以“、”或逗號分隔</translation>
    </message>
    <message>
        <source>Reported &amp;units:</source>
        <translation>被反映單位(&amp;U)：</translation>
    </message>
    <message>
        <source>Read for its own &amp;period:</source>
        <translation>按專題自身期間統計(&amp;P)：</translation>
    </message>
</context>
<context>
    <name>qf::AnalysisTopics</name>
    <message>
        <source>The topics could not be read: %1</source>
        <translation>無法讀取專題：%1</translation>
    </message>
    <message>
        <source>There is no topic &quot;%1&quot;.</source>
        <translation>沒有名為“%1”的專題。</translation>
    </message>
    <message>
        <source>A topic needs a name.</source>
        <translation>專題須有名稱。</translation>
    </message>
    <message>
        <source>A topic&apos;s name has at most 80 characters.</source>
        <translation>專題名稱最多80個字。</translation>
    </message>
    <message>
        <source>A topic names at least one category, region or unit, or words its reports contain.</source>
        <translation>專題須至少指定一個問題類別、地區或被反映單位，或內容中含有的詞語。</translation>
    </message>
    <message>
        <source>A topic&apos;s period needs a first day that is not after its last.</source>
        <translation>專題期間的起始日不能晚於截止日。</translation>
    </message>
    <message>
        <source>The office already has a topic named &quot;%1&quot;.</source>
        <translation>本單位已有名為“%1”的專題。</translation>
    </message>
    <message>
        <source>topic &quot;%1&quot;</source>
        <translation>專題“%1”</translation>
    </message>
    <message>
        <source>category %1 and below</source>
        <translation>%1類別及其下級</translation>
    </message>
    <message>
        <source>the text contains &quot;%1&quot;</source>
        <translation>內容含“%1”</translation>
    </message>
    <message>
        <source>region %1</source>
        <translation>地區：%1</translation>
    </message>
    <message>
        <source>reported unit %1</source>
        <translation>被反映單位：%1</translation>
    </message>
</context>
<context>
    <name>qf::AnalysisWorkspace</name>
    <message>
        <source>Channel</source>
        <translation>來源渠道</translation>
    </message>
    <message>
        <source>Problem category</source>
        <translation>問題類別</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地區</translation>
    </message>
    <message>
        <source>Reported unit</source>
        <translation>被反映單位</translation>
    </message>
    <message>
        <source>Rank of the reported</source>
        <translation>被反映人職級</translation>
    </message>
    <message>
        <source>Real name / anonymous</source>
        <translation>實名／匿名</translation>
    </message>
    <message>
        <source>Repeat / first</source>
        <translation>重複／首次</translation>
    </message>
    <message>
        <source>In scope / referred</source>
        <translation>受理／分流</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>處置結果</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>辦理狀態</translation>
    </message>
    <message>
        <source>Handling office</source>
        <translation>承辦機關</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <source>From – to</source>
        <translation>起止日期</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>統計期間</translation>
    </message>
    <message>
        <source> (year)</source>
        <translation>年</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>統計範圍</translation>
    </message>
    <message>
        <source>The whole office</source>
        <translation>全委（辦）</translation>
    </message>
    <message>
        <source>level </source>
        <translation>層級 </translation>
    </message>
    <message>
        <source>Level of the category tree (1 = top, 0 = as recorded)</source>
        <translation>問題分類層級（1 = 最上層，0 = 按登記類別）</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>重新整理</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>匯出…</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>範圍：</translation>
    </message>
    <message>
        <source>Group by:</source>
        <translation>分組：</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>統計資料</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>分組</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>本期</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>上期</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>環比</translation>
    </message>
    <message>
        <source>A year earlier</source>
        <translation>去年同期</translation>
    </message>
    <message>
        <source>Year on year</source>
        <translation>同比</translation>
    </message>
    <message>
        <source>Trend and categories</source>
        <translation>趨勢與類別</translation>
    </message>
    <message>
        <source>Risk map: region × category</source>
        <translation>風險圖：地區 × 問題類別</translation>
    </message>
    <message>
        <source>Early warnings</source>
        <translation>預警</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>型別</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>件數</translation>
    </message>
    <message>
        <source>Mean before</source>
        <translation>前期均值</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>預警線</translation>
    </message>
    <message>
        <source>Quarterly flags</source>
        <translation>季度責任旗</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>機關</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>旗色</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>工作量</translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation>受理率</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>辦理率</translation>
    </message>
    <message>
        <source>Cooperation</source>
        <translation>配合率</translation>
    </message>
    <message>
        <source>Marked for</source>
        <translation>標記</translation>
    </message>
    <message>
        <source>Earlier quarters</source>
        <translation>以往季度</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Month %1</source>
        <translation>%1月</translation>
    </message>
    <message>
        <source>Q%1</source>
        <translation>第%1季度</translation>
    </message>
    <message>
        <source>The period is not valid: the first day must not be after the last.</source>
        <translation>統計期間無效：起始日不能晚於截止日。</translation>
    </message>
    <message>
        <source>Counting %1…</source>
        <translation>正在統計%1…</translation>
    </message>
    <message>
        <source>Office: %1</source>
        <translation>機關：%1</translation>
    </message>
    <message>
        <source>Region: %1</source>
        <translation>地區：%1</translation>
    </message>
    <message>
        <source>the whole office</source>
        <translation>全委（辦）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Received&lt;/b&gt; &lt;a href=&quot;all&quot;&gt;%1&lt;/a&gt; (previous period %2, %3; a year earlier %4, %5) · &lt;b&gt;real name&lt;/b&gt; &lt;a href=&quot;real&quot;&gt;%6&lt;/a&gt; · &lt;b&gt;repeats&lt;/b&gt; &lt;a href=&quot;repeat&quot;&gt;%7&lt;/a&gt; (%8%) · &lt;b&gt;referred&lt;/b&gt; &lt;a href=&quot;referred&quot;&gt;%9&lt;/a&gt; · &lt;b&gt;key petitioners&lt;/b&gt; %10</source>
        <translation>&lt;b&gt;收件&lt;/b&gt; &lt;a href=&quot;all&quot;&gt;%1&lt;/a&gt;件（上期%2件，環比%3；去年同期%4件，同比%5）· &lt;b&gt;實名&lt;/b&gt; &lt;a href=&quot;real&quot;&gt;%6&lt;/a&gt;件 · &lt;b&gt;重複件&lt;/b&gt; &lt;a href=&quot;repeat&quot;&gt;%7&lt;/a&gt;件（%8%）· &lt;b&gt;分流&lt;/b&gt; &lt;a href=&quot;referred&quot;&gt;%9&lt;/a&gt;件 · &lt;b&gt;重點信訪人&lt;/b&gt; %10人</translation>
    </message>
    <message>
        <source>%1, %2: open the %3 reports</source>
        <translation>%1，%2：開啟這%3件</translation>
    </message>
    <message>
        <source>Received by month</source>
        <translation>按月收件</translation>
    </message>
    <message>
        <source>By problem category (click a bar for the reports)</source>
        <translation>按問題類別（點選柱形檢視件目）</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>%1 × %2: open the %3 reports</source>
        <translation>%1 × %2：開啟這%3件</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>問題類別</translation>
    </message>
    <message>
        <source>green</source>
        <translation>綠旗</translation>
    </message>
    <message>
        <source>yellow</source>
        <translation>黃旗</translation>
    </message>
    <message>
        <source>red</source>
        <translation>紅旗</translation>
    </message>
    <message>
        <source>accountability</source>
        <translation>問責</translation>
    </message>
    <message>
        <source>interview</source>
        <translation>約談</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Export the analysis</source>
        <translation>匯出統計分析</translation>
    </message>
    <message>
        <source>Word document (*.docx);;Excel workbook (*.xlsx);;PDF (*.pdf)</source>
        <translation>Word文件 (*.docx);;Excel工作簿 (*.xlsx);;PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>統計分析</translation>
    </message>
    <message>
        <source>%1, %2 — counting rules, version %3</source>
        <translation>%1，%2 — 統計口徑第%3版</translation>
    </message>
    <message>
        <source>Case work</source>
        <translation>辦理情況</translation>
    </message>
    <message>
        <source>Make a topic analysis of it…</source>
        <translation>據此建立專題分析…</translation>
    </message>
    <message>
        <source>%1 (warning of %2)</source>
        <translation>%1（%2預警）</translation>
    </message>
</context>
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
    <message>
        <source>Cannot read the attachments: %1</source>
        <translation>無法讀取附件：%1</translation>
    </message>
    <message>
        <source>%1 is this workstation&apos;s database; it cannot be attached.</source>
        <translation>%1 是本機的資料庫檔案，不能作為附件。</translation>
    </message>
</context>
<context>
    <name>qf::AttachmentViewer</name>
    <message>
        <source>Previous page</source>
        <translation>上一頁</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>下一頁</translation>
    </message>
    <message>
        <source>Choose an attachment to see it here.</source>
        <translation>請選擇一個附件，在此處檢視。</translation>
    </message>
    <message>
        <source>%1 cannot be shown here (neither an image nor a readable PDF).</source>
        <translation>%1 無法在此顯示（既不是圖片，也不是可讀取的 PDF）。</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 頁，共 %2 頁</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-, Ctrl+wheel)</source>
        <translation>縮小（Ctrl+-，或按住 Ctrl 滾動滾輪）</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++, Ctrl+wheel)</source>
        <translation>放大（Ctrl++，或按住 Ctrl 滾動滾輪）</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>適合寬度</translation>
    </message>
    <message>
        <source>Fit the page to the width (Ctrl+0)</source>
        <translation>頁面適合視窗寬度（Ctrl+0）</translation>
    </message>
    <message>
        <source>Rotate left</source>
        <translation>向左旋轉</translation>
    </message>
    <message>
        <source>Turn the page a quarter to the left (Ctrl+Left); the file is not changed</source>
        <translation>頁面向左旋轉90°（Ctrl+←），原檔案不變</translation>
    </message>
    <message>
        <source>Rotate right</source>
        <translation>向右旋轉</translation>
    </message>
    <message>
        <source>Turn the page a quarter to the right (Ctrl+Right); the file is not changed</source>
        <translation>頁面向右旋轉90°（Ctrl+→），原檔案不變</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
</context>
<context>
    <name>qf::AudioRecorder</name>
    <message>
        <source>A recording is already running.</source>
        <translation>已在錄音中。</translation>
    </message>
    <message>
        <source>No microphone was found. Connect a microphone (or check the sound settings) to record the conversation.</source>
        <translation>未找到麥克風。請連接麥克風（或檢查聲音設定）後再錄製談話。</translation>
    </message>
    <message>
        <source>The microphone could not be opened.</source>
        <translation>無法開啟麥克風。</translation>
    </message>
    <message>
        <source>Nothing is being recorded.</source>
        <translation>當前未在錄音。</translation>
    </message>
</context>
<context>
    <name>qf::AuditDialog</name>
    <message>
        <source>any day</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>審計日誌</translation>
    </message>
    <message>
        <source>login</source>
        <translation>登入名</translation>
    </message>
    <message>
        <source>registration number</source>
        <translation>登記編號</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>使用者(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>信訪件(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>類別(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>起(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>止(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>查詢(&amp;S)</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序號</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>User</source>
        <translation>使用者</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>物件</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>說明</translation>
    </message>
    <message>
        <source>Export as &amp;PDF…</source>
        <translation>匯出 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>Export as &amp;Excel…</source>
        <translation>匯出 Excel(&amp;E)…</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部類別</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>共 %n 條</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>匯出審計日誌</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>qf::AuditExport</name>
    <message>
        <source>user %1</source>
        <translation>使用者 %1</translation>
    </message>
    <message>
        <source>report %1</source>
        <translation>信訪件 %1</translation>
    </message>
    <message>
        <source>kind %1</source>
        <translation>類別 %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>自 %1</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>至 %1</translation>
    </message>
    <message>
        <source>all entries</source>
        <translation>全部條目</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>The chain is broken: entry %1 was altered.</source>
        <translation>雜湊鏈已斷裂：第 %1 條被篡改。</translation>
    </message>
    <message>
        <source>The chain verifies: %1 entries intact.</source>
        <translation>雜湊鏈校驗透過：%1 條記錄完整。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither a .pdf nor an .xlsx file.</source>
        <translation>“%1”既不是 .pdf 檔案，也不是 .xlsx 檔案。</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>無法寫入 %1。</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>審計日誌</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序號</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>User</source>
        <translation>使用者</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>資料表</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>物件</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>說明</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>篩選條件：%1</translation>
    </message>
    <message>
        <source>Exported %1, %2 entries</source>
        <translation>匯出時間 %1，共 %2 條</translation>
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
    <name>qf::AuditQuery</name>
    <message>
        <source>Only administrators and supervisors may read the audit log.</source>
        <translation>只有管理員和監督人員可以查閱審計日誌。</translation>
    </message>
    <message>
        <source>Cannot read the audit log: %1</source>
        <translation>無法讀取審計日誌：%1</translation>
    </message>
    <message>
        <source>Identity viewed</source>
        <translation>檢視身份資訊</translation>
    </message>
    <message>
        <source>Key visitor file viewed</source>
        <translation>檢視重點人員檔案</translation>
    </message>
    <message>
        <source>Profile created</source>
        <translation>建立使用者檔案</translation>
    </message>
    <message>
        <source>Follow-up code reissued</source>
        <translation>重新發放查詢碼</translation>
    </message>
    <message>
        <source>Audit log exported</source>
        <translation>匯出審計日誌</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人員</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>信訪件</translation>
    </message>
    <message>
        <source>User</source>
        <translation>使用者</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>來訪</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>審計日誌</translation>
    </message>
    <message>
        <source>Audit log viewed</source>
        <translation>查閱審計日誌</translation>
    </message>
    <message>
        <source>account disabled</source>
        <translation>賬戶已停用</translation>
    </message>
    <message>
        <source>account locked</source>
        <translation>賬戶已鎖定</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>賬戶</translation>
    </message>
    <message>
        <source>Account created</source>
        <translation>建立賬戶</translation>
    </message>
    <message>
        <source>Named custodian</source>
        <translation>指定為保管人</translation>
    </message>
    <message>
        <source>No longer custodian</source>
        <translation>取消保管人</translation>
    </message>
    <message>
        <source>Account disabled</source>
        <translation>停用賬戶</translation>
    </message>
    <message>
        <source>Account enabled</source>
        <translation>啟用賬戶</translation>
    </message>
    <message>
        <source>Account enrolled from the central store</source>
        <translation>從中心庫登記賬戶</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>修改密碼</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>重置密碼</translation>
    </message>
    <message>
        <source>Role changed</source>
        <translation>變更角色</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>登入</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>登入失敗</translation>
    </message>
    <message>
        <source>Account locked after failed sign-ins</source>
        <translation>多次登入失敗後鎖定賬戶</translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation>拒絕登入</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>退出登入</translation>
    </message>
    <message>
        <source>Screen locked</source>
        <translation>鎖定螢幕</translation>
    </message>
    <message>
        <source>Identity release requested</source>
        <translation>申請調閱身份</translation>
    </message>
    <message>
        <source>Identity release approved</source>
        <translation>批准調閱身份</translation>
    </message>
    <message>
        <source>Identity release refused</source>
        <translation>拒絕調閱身份</translation>
    </message>
    <message>
        <source>Released identity viewed</source>
        <translation>檢視已調閱的身份</translation>
    </message>
    <message>
        <source>Report urged</source>
        <translation>催辦信訪件</translation>
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
    <message>
        <source>Day %1 of the calendar file (%2) has a name with %3.</source>
        <translation>日曆檔案的第 %1 天（%2）的名稱含有%3。</translation>
    </message>
</context>
<context>
    <name>qf::CallLog</name>
    <message>
        <source>Ringing</source>
        <translation>振鈴中</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>已接聽</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>未接</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>已拒接</translation>
    </message>
    <message>
        <source>Caller hung up</source>
        <translation>來電方結束通話</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>通話失敗</translation>
    </message>
    <message>
        <source>take calls on the hotline</source>
        <translation>接聽熱線來電</translation>
    </message>
    <message>
        <source>The call cannot be recorded: nobody is signed in with the office&apos;s keys.</source>
        <translation>無法記錄該來電：沒有持有本室金鑰的使用者登入。</translation>
    </message>
    <message>
        <source>The call could not be read: %1</source>
        <translation>無法讀取該來電：%1</translation>
    </message>
    <message>
        <source>There is no call with the id %1.</source>
        <translation>沒有編號為 %1 的來電。</translation>
    </message>
    <message>
        <source>link a call to a report</source>
        <translation>將來電關聯到舉報</translation>
    </message>
    <message>
        <source>There is no report with the id %1.</source>
        <translation>沒有編號為 %1 的舉報。</translation>
    </message>
    <message>
        <source>The calls could not be read: %1</source>
        <translation>無法讀取來電記錄：%1</translation>
    </message>
    <message>
        <source>There is no such call.</source>
        <translation>沒有該來電。</translation>
    </message>
    <message>
        <source>The report could not be read: %1</source>
        <translation>無法讀取該舉報：%1</translation>
    </message>
    <message>
        <source>There is no report numbered %1.</source>
        <translation>沒有編號為 %1 的件。</translation>
    </message>
    <message>
        <source>The caller&apos;s history could not be read: %1</source>
        <translation>無法讀取來電人的往來記錄：%1</translation>
    </message>
</context>
<context>
    <name>qf::Callbacks</name>
    <message>
        <source>The callbacks could not be read: %1</source>
        <translation>無法讀取回撥任務：%1</translation>
    </message>
    <message>
        <source>call back a caller</source>
        <translation>回撥來電人</translation>
    </message>
    <message>
        <source>Say how the callback went.</source>
        <translation>請填寫回撥結果。</translation>
    </message>
    <message>
        <source>There is no callback with the id %1.</source>
        <translation>沒有編號為 %1 的回撥任務。</translation>
    </message>
    <message>
        <source>This callback was already made.</source>
        <translation>該回撥已完成。</translation>
    </message>
</context>
<context>
    <name>qf::CapabilityPage</name>
    <message>
        <source>Officer</source>
        <translation>承辦人</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>承辦室</translation>
    </message>
    <message>
        <source>Areas (category codes)</source>
        <translation>擅長領域（問題類別代碼）</translation>
    </message>
    <message>
        <source>Base load</source>
        <translation>基礎工作量</translation>
    </message>
    <message>
        <source>Maximum load</source>
        <translation>工作量上限</translation>
    </message>
    <message>
        <source>New capability row</source>
        <translation>新建能力庫條目</translation>
    </message>
    <message>
        <source>Change the capability row</source>
        <translation>修改能力庫條目</translation>
    </message>
    <message>
        <source>O&amp;fficer:</source>
        <translation>承辦人(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation>承辦室(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Areas:</source>
        <translation>擅長領域(&amp;A)：</translation>
    </message>
    <message>
        <source>category codes, comma-separated</source>
        <translation>問題類別代碼，以逗號分隔</translation>
    </message>
    <message>
        <source>&amp;Base load:</source>
        <translation>基礎工作量(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Maximum load:</source>
        <translation>工作量上限(&amp;M)：</translation>
    </message>
    <message>
        <source>Base load: cases the officer carries outside this database. The open cases handled here are added to it; an officer at the maximum is ranked last.</source>
        <translation>基礎工作量：該承辦人在本系統之外承擔的案件數。其在本系統中承辦的在辦件將累加在內；達到上限的承辦人排在最後。</translation>
    </message>
</context>
<context>
    <name>qf::CaseDetailPane</name>
    <message>
        <source>Show the reporter&apos;s identity</source>
        <translation>顯示舉報人身份</translation>
    </message>
    <message>
        <source>Choose a report in the list and press Enter.</source>
        <translation>請在列表中選擇一件，然後按回車。</translation>
    </message>
    <message>
        <source>This report is restricted to supervisors, meeting chairs and administrators.</source>
        <translation>此件僅限分管領導、研判會主持人和管理員檢視。</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收件日期</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>分類</translation>
    </message>
    <message>
        <source>Real name</source>
        <translation>實名</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no (anonymous)</source>
        <translation>否（匿名）</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>何人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>何事</translation>
    </message>
    <message>
        <source>When</source>
        <translation>何時</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>何地</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>何因</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>訴求</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>處置方式</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>內容</translation>
    </message>
    <message>
        <source>Reported persons</source>
        <translation>被反映人</translation>
    </message>
    <message>
        <source>History</source>
        <translation>歷史記錄</translation>
    </message>
    <message>
        <source>Reporter: hidden. Showing it is recorded in the audit log.</source>
        <translation>舉報人：已隱藏。顯示身份將記入審計日誌。</translation>
    </message>
    <message>
        <source>Reporter: %1, phone %2</source>
        <translation>舉報人：%1，電話 %2</translation>
    </message>
    <message>
        <source>Ask the custodian for the reporter…</source>
        <translation>向保管人申請檢視舉報人…</translation>
    </message>
    <message>
        <source>Reporter: hidden (your role may not see reporter identities; a custodian can release it to you).</source>
        <translation>舉報人：已隱藏（您的角色無權檢視舉報人身份；可向保管人申請）。</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>列印(&amp;P)…</translation>
    </message>
    <message>
        <source>The receipt of the visit, the case file cover or the letter registration card</source>
        <translation>來訪回執、卷宗封面或來信登記卡</translation>
    </message>
</context>
<context>
    <name>qf::CaseDocuments</name>
    <message>
        <source>the receipt</source>
        <translation>回執</translation>
    </message>
    <message>
        <source>receipt-%1</source>
        <translation>回執-%1</translation>
    </message>
    <message>
        <source>the case file cover</source>
        <translation>卷宗封面</translation>
    </message>
    <message>
        <source>cover-%1</source>
        <translation>卷宗封面-%1</translation>
    </message>
    <message>
        <source>the letter registration card</source>
        <translation>來信登記卡</translation>
    </message>
    <message>
        <source>letter-card-%1</source>
        <translation>來信登記卡-%1</translation>
    </message>
    <message>
        <source>%1 of %2 is saved as %3.</source>
        <translation>%2的%1已儲存為 %3。</translation>
    </message>
    <message>
        <source>%1 of %2 is printed.</source>
        <translation>%2的%1已列印。</translation>
    </message>
    <message>
        <source>The preview was closed without printing: %1 of %2 was not printed.</source>
        <translation>預覽已關閉，未列印：%2的%1沒有列印。</translation>
    </message>
    <message>
        <source>Receipt of the visit (回执)</source>
        <translation>來訪登記回執</translation>
    </message>
    <message>
        <source>Case file cover (卷宗封面)</source>
        <translation>卷宗封面</translation>
    </message>
    <message>
        <source>Letter registration card (来信登记卡)</source>
        <translation>來信登記卡</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>儲存為 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 檔案 (*.pdf)</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>列印預覽</translation>
    </message>
</context>
<context>
    <name>qf::CaseEditor</name>
    <message>
        <source>Report</source>
        <translation>信訪件</translation>
    </message>
    <message>
        <source>&amp;Triage…</source>
        <translation>初篩(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Evidence request…</source>
        <translation>補證(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Dispatch…</source>
        <translation>分送(&amp;D)…</translation>
    </message>
    <message>
        <source>Status &amp;move…</source>
        <translation>狀態變更(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Feedback…</source>
        <translation>反饋(&amp;F)…</translation>
    </message>
    <message>
        <source>The record (八何)</source>
        <translation>八何</translation>
    </message>
    <message>
        <source>Who (何人)</source>
        <translation>何人</translation>
    </message>
    <message>
        <source>What (何事)</source>
        <translation>何事</translation>
    </message>
    <message>
        <source>When (何时)</source>
        <translation>何時</translation>
    </message>
    <message>
        <source>Where (何地)</source>
        <translation>何地</translation>
    </message>
    <message>
        <source>Why (何因)</source>
        <translation>何因</translation>
    </message>
    <message>
        <source>Result (何果)</source>
        <translation>何果</translation>
    </message>
    <message>
        <source>Demand (何求)</source>
        <translation>何求</translation>
    </message>
    <message>
        <source>Disposition (何处理)</source>
        <translation>何處理</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>內容</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>分類</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>問題類別</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地區</translation>
    </message>
    <message>
        <source>Reported persons</source>
        <translation>被反映人</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>單位</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>職級</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>職務</translation>
    </message>
    <message>
        <source>Own principal leader</source>
        <translation>本單位主要負責人</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>新增人員</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>The office&apos;s own principal leader cannot be taken off a report.</source>
        <translation>本單位主要負責人不能從信訪件中移除。</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>舉報人</translation>
    </message>
    <message>
        <source>Show the reporter&apos;s identity</source>
        <translation>檢視舉報人身份資訊</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>記錄</translation>
    </message>
    <message>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>事項</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳情</translation>
    </message>
    <message>
        <source>History</source>
        <translation>辦理記錄</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>新增檔案…</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>新增附件</translation>
    </message>
    <message>
        <source>Scans and documents (*.pdf *.jpg *.jpeg *.png);;All files (*)</source>
        <translation>掃描件和文件 (*.pdf *.jpg *.jpeg *.png);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Earlier reports this one repeats, later repeats of it, reports by the same reporter or about the same person. Double-click or press Enter to open one.</source>
        <translation>此件所重複的此前信訪件、此件的後續重複件、同一舉報人的信訪件或反映同一人的信訪件。雙擊或按 Enter 鍵開啟。</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>登記編號</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收件日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Why related</source>
        <translation>關聯原因</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>關聯件</translation>
    </message>
    <message>
        <source>This report is restricted to supervisors, meeting chairs and administrators.</source>
        <translation>此件限制查閱，僅主管領導、研判會主持人和管理員可檢視。</translation>
    </message>
    <message>
        <source>Report %1</source>
        <translation>信訪件 %1</translation>
    </message>
    <message>
        <source>received %1</source>
        <translation>收件於 %1</translation>
    </message>
    <message>
        <source>restricted</source>
        <translation>限制查閱</translation>
    </message>
    <message>
        <source>Real-name report (实名)</source>
        <translation>實名舉報</translation>
    </message>
    <message>
        <source>Anonymous report (匿名)</source>
        <translation>匿名舉報</translation>
    </message>
    <message>
        <source>The identity is hidden. Showing it is recorded in the audit log.</source>
        <translation>身份資訊已隱藏。檢視身份資訊將記入審計日誌。</translation>
    </message>
    <message>
        <source>The identity is hidden (your role may not see reporter identities).</source>
        <translation>身份資訊已隱藏（您的角色無權檢視舉報人身份資訊）。</translation>
    </message>
    <message>
        <source>now: %1</source>
        <translation>現為：%1</translation>
    </message>
    <message>
        <source>%1 added, %2 changed, %3 removed</source>
        <translation>新增 %1 項，修改 %2 項，移除 %3 項</translation>
    </message>
    <message>
        <source>verifiability %1, typicality %2, timeliness %3</source>
        <translation>可查性 %1，典型性 %2，時效性 %3</translation>
    </message>
    <message>
        <source>override: %1</source>
        <translation>改選理由：%1</translation>
    </message>
    <message>
        <source>Attachments (%1)</source>
        <translation>附件（%1）</translation>
    </message>
    <message>
        <source>this report repeats it</source>
        <translation>此件與其重複</translation>
    </message>
    <message>
        <source>repeats this report</source>
        <translation>與此件重複</translation>
    </message>
    <message>
        <source>Related (%1)</source>
        <translation>關聯件（%1）</translation>
    </message>
    <message>
        <source>Not possible in the state %1.</source>
        <translation>在狀態“%1”下無法執行此操作。</translation>
    </message>
    <message numerus="yes">
        <source>Saved (%n field(s) changed).</source>
        <translation>
            <numerusform>已儲存（修改了 %n 個欄位）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved (%n field(s) and the reported persons changed).</source>
        <translation>
            <numerusform>已儲存（修改了 %n 個欄位及被反映人）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Your role may not see reporter identities.</source>
        <translation>您的角色無權檢視舉報人身份資訊。</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>姓名：%1</translation>
    </message>
    <message>
        <source>ID number: %1</source>
        <translation>身份證號碼：%1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>電話：%1</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>地址：%1</translation>
    </message>
    <message>
        <source>Save the changes to this report?</source>
        <translation>是否儲存對此件的修改？</translation>
    </message>
    <message>
        <source>Closing re&amp;view…</source>
        <translation>覆盤(&amp;V)…</translation>
    </message>
    <message>
        <source>On saving, the report will be restricted and can only be reported up to the higher office.</source>
        <translation>儲存後，此件將限制查閱，且只能報送上級機關。</translation>
    </message>
    <message>
        <source>On saving, the report will be restricted and reported up to the higher office; your role will no longer see it.</source>
        <translation>儲存後，此件將限制查閱並報送上級機關；您的角色將無法再檢視此件。</translation>
    </message>
    <message>
        <source>Edit &amp;reporter…</source>
        <translation>編輯舉報人(&amp;R)…</translation>
    </message>
    <message>
        <source>Anonymous or real name, and corrections of the reporter&apos;s details</source>
        <translation>設定匿名或實名，更正舉報人資訊</translation>
    </message>
    <message>
        <source>Saved. The report concerns the office&apos;s own principal leader: it is restricted to supervisors, meeting chairs and administrators and goes to the higher office. Your role can no longer see it.</source>
        <translation>已儲存。此件反映本單位主要負責人：已限制查閱，僅限案管督辦人員、研判會主持人和系統管理員檢視，並將報送上級機關。您的角色已無法再檢視此件。</translation>
    </message>
    <message>
        <source>Saved. The report concerns the office&apos;s own principal leader: it is now restricted and can only be reported up to the higher office.</source>
        <translation>已儲存。此件反映本單位主要負責人：現已限制查閱，且只能報送上級機關。</translation>
    </message>
    <message>
        <source>The office&apos;s own principal leader (主要负责人): the report goes to the higher office and is restricted to supervisors, meeting chairs and administrators.</source>
        <translation>本單位主要負責人：此件將報送上級機關，並限制查閱，僅限案管督辦人員、研判會主持人和系統管理員檢視。</translation>
    </message>
    <message>
        <source>Your role may not change the reporter.</source>
        <translation>您的角色無權修改舉報人。</translation>
    </message>
    <message>
        <source>now real-name</source>
        <translation>改為實名</translation>
    </message>
    <message>
        <source>now anonymous</source>
        <translation>改為匿名</translation>
    </message>
    <message>
        <source>another person on file</source>
        <translation>關聯到已存檔的另一人員</translation>
    </message>
    <message>
        <source>corrected: %1</source>
        <translation>更正：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 flagged, %2 cleared</source>
        <translation>標記 %1 人，取消標記 %2 人</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>列印(&amp;P)…</translation>
    </message>
    <message>
        <source>The receipt of the visit, the case file cover or the letter registration card</source>
        <translation>來訪回執、卷宗封面或來信登記卡</translation>
    </message>
    <message>
        <source>handling deadline %1</source>
        <translation>辦理期限%1</translation>
    </message>
    <message>
        <source>Document &amp;camera…</source>
        <translation>高拍儀拍攝(&amp;C)…</translation>
    </message>
    <message>
        <source>The pages taken cannot be kept: %1</source>
        <translation>拍攝的頁面無法儲存：%1</translation>
    </message>
    <message numerus="yes">
        <source>Reading the %n page(s) taken…</source>
        <translation>
            <numerusform>正在識別拍攝的 %n 頁…</numerusform>
        </translation>
    </message>
    <message>
        <source>The pages taken are attached as %1.</source>
        <translation>拍攝的頁面已作為 %1 附上。</translation>
    </message>
</context>
<context>
    <name>qf::CaseLabels</name>
    <message>
        <source>Awaiting signature</source>
        <translation>待簽收</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>已登記</translation>
    </message>
    <message>
        <source>Out of scope</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>已存檔</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>Triaged</source>
        <translation>已初篩</translation>
    </message>
    <message>
        <source>Key attention</source>
        <translation>重點關注</translation>
    </message>
    <message>
        <source>Reminder sent</source>
        <translation>已提醒</translation>
    </message>
    <message>
        <source>Evidence requested</source>
        <translation>已發補證</translation>
    </message>
    <message>
        <source>Evidence received</source>
        <translation>已補證</translation>
    </message>
    <message>
        <source>Awaiting review</source>
        <translation>待研判</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>已研判</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>已分送</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>辦理中</translation>
    </message>
    <message>
        <source>Send-back pending</source>
        <translation>待退回</translation>
    </message>
    <message>
        <source>Removal pending</source>
        <translation>待移出</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>已移出</translation>
    </message>
    <message>
        <source>Concluded</source>
        <translation>已辦結</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>已覆盤</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>來信</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>來訪</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>來電</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>網路</translation>
    </message>
    <message>
        <source>Forwarded</source>
        <translation>轉送</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>移交</translation>
    </message>
    <message>
        <source>None</source>
        <translation>無</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>綠燈</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>黃燈</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>橙燈</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>紅燈</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <source>Class %1</source>
        <translation>%1類</translation>
    </message>
    <message>
        <source>Sign for (签收)</source>
        <translation>簽收</translation>
    </message>
    <message>
        <source>Accept (受理)</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Out of scope: refer to the competent body</source>
        <translation>不屬受理範圍：移交有權處理機關</translation>
    </message>
    <message>
        <source>File as a repeat</source>
        <translation>作為重複件存檔</translation>
    </message>
    <message>
        <source>Triage (初筛)</source>
        <translation>初篩</translation>
    </message>
    <message>
        <source>Request evidence (补证)</source>
        <translation>補證</translation>
    </message>
    <message>
        <source>Submit for the collective review</source>
        <translation>提交集體研判</translation>
    </message>
    <message>
        <source>Record the review decision</source>
        <translation>錄入研判意見</translation>
    </message>
    <message>
        <source>Transfer (移送)</source>
        <translation>移送</translation>
    </message>
    <message>
        <source>Forward (转送)</source>
        <translation>轉送</translation>
    </message>
    <message>
        <source>Assign down (交办)</source>
        <translation>交辦</translation>
    </message>
    <message>
        <source>Report up (上报)</source>
        <translation>上報</translation>
    </message>
    <message>
        <source>Begin handling</source>
        <translation>開始辦理</translation>
    </message>
    <message>
        <source>Ask to send back (退回)</source>
        <translation>申請退回</translation>
    </message>
    <message>
        <source>Approve the send-back</source>
        <translation>批准退回</translation>
    </message>
    <message>
        <source>Reject the send-back</source>
        <translation>不同意退回</translation>
    </message>
    <message>
        <source>Ask to remove (no substance)</source>
        <translation>申請移除（無實質內容）</translation>
    </message>
    <message>
        <source>Approve the removal</source>
        <translation>批准移除</translation>
    </message>
    <message>
        <source>Reject the removal</source>
        <translation>不同意移除</translation>
    </message>
    <message>
        <source>Conclude (办结)</source>
        <translation>辦結</translation>
    </message>
    <message>
        <source>Post-closing review done (复盘)</source>
        <translation>已完成覆盤</translation>
    </message>
</context>
<context>
    <name>qf::CaseListModel</name>
    <message>
        <source>Number</source>
        <translation>編號</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收件日期</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Reported person</source>
        <translation>被反映人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>分類</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>預警燈</translation>
    </message>
    <message>
        <source>Handling office</source>
        <translation>承辦室</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>承辦人</translation>
    </message>
</context>
<context>
    <name>qf::CaseListQuery</name>
    <message>
        <source>Cannot list the reports: %1</source>
        <translation>無法列出信訪件：%1</translation>
    </message>
    <message>
        <source>Cannot read the reports: %1</source>
        <translation>無法讀取信訪件：%1</translation>
    </message>
</context>
<context>
    <name>qf::CaseListWorkspace</name>
    <message>
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部狀態</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>全部分類</translation>
    </message>
    <message>
        <source>Not triaged</source>
        <translation>未初篩</translation>
    </message>
    <message>
        <source>All lights</source>
        <translation>全部預警燈</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>全部渠道</translation>
    </message>
    <message>
        <source>All offices</source>
        <translation>全部承辦室</translation>
    </message>
    <message>
        <source>All handlers</source>
        <translation>全部承辦人</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在載入…</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>信訪件</translation>
    </message>
    <message>
        <source>&amp;New report…</source>
        <translation>新建信訪件(&amp;N)…</translation>
    </message>
    <message>
        <source>Register a letter, a call, a forwarded or handed-over item (Ctrl+N)</source>
        <translation>登記來信、來電、上級轉交或移交的信訪件（Ctrl+N）</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>匯出(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the list as it is filtered to an Excel workbook (.xlsx)</source>
        <translation>將按當前條件篩選的列表儲存為 Excel 工作簿（.xlsx）</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開啟</translation>
    </message>
    <message>
        <source>Copy the selected rows</source>
        <translation>複製所選行</translation>
    </message>
    <message>
        <source>Export the list…</source>
        <translation>匯出列表…</translation>
    </message>
    <message>
        <source>Search: %1</source>
        <translation>搜尋：%1</translation>
    </message>
    <message>
        <source>Received from %1 to %2</source>
        <translation>收件日期 %1 至 %2</translation>
    </message>
    <message>
        <source>All reports</source>
        <translation>全部信訪件</translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>篩選條件：%1</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>信訪件</translation>
    </message>
    <message numerus="yes">
        <source>Exported %1, %n report(s)</source>
        <translation>
            <numerusform>匯出於 %1，共 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the list</source>
        <translation>匯出列表</translation>
    </message>
    <message>
        <source>reports</source>
        <translation>信訪件</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>已儲存到 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) copied</source>
        <translation>
            <numerusform>已複製 %n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) behind the analysis&apos; figure: %1</source>
        <translation>
            <numerusform>統計分析中該數字對應的%n件：%1</numerusform>
        </translation>
    </message>
    <message>
        <source> (the search index is still being built after this workstation&apos;s first sync: some reports may be missing)</source>
        <translation>（本機首次同步後搜尋索引仍在建立，部分案件可能查不到）</translation>
    </message>
    <message>
        <source>Search number, follow-up code, content, reported persons… (Ctrl+F)</source>
        <translation>檢索編號、查詢碼、內容、被反映人……（Ctrl+F）</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部問題分類</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>不限日期</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>本週</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>本季度</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>本年</translation>
    </message>
    <message>
        <source>Chosen dates</source>
        <translation>自選日期</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收件日期</translation>
    </message>
    <message>
        <source>Pr&amp;int…</source>
        <translation>列印(&amp;I)…</translation>
    </message>
    <message>
        <source>Print the list as it is filtered, with the filter written at the top (Ctrl+P)</source>
        <translation>按當前篩選列印列表，表頭寫明篩選條件（Ctrl+P）</translation>
    </message>
    <message>
        <source>Print the list…</source>
        <translation>列印列表…</translation>
    </message>
    <message>
        <source>No category</source>
        <translation>未分類</translation>
    </message>
    <message>
        <source>The list is still loading; export or print it when it is shown.</source>
        <translation>列表仍在載入，顯示後再匯出或列印。</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) are too many to print; narrow the filter or export the list.</source>
        <translation>
            <numerusform>%n 件太多，無法列印；請縮小篩選範圍或匯出列表。</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview closed, nothing printed.</source>
        <translation>預覽已關閉，未列印。</translation>
    </message>
</context>
<context>
    <name>qf::CaseNotes</name>
    <message>
        <source>Reasons:</source>
        <translation>理由：</translation>
    </message>
    <message>
        <source>Opinions:</source>
        <translation>意見：</translation>
    </message>
    <message>
        <source>Dissent:</source>
        <translation>不同意見：</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>期限：</translation>
    </message>
</context>
<context>
    <name>qf::CaseSlideLoader</name>
    <message>
        <source>Green: on time</source>
        <translation>綠燈：按期辦理</translation>
    </message>
    <message>
        <source>Yellow: not triaged within 24 hours</source>
        <translation>黃燈：24小時內未初篩</translation>
    </message>
    <message>
        <source>Orange: evidence supplement late</source>
        <translation>橙燈：補證逾期</translation>
    </message>
    <message>
        <source>Red: not dispatched within 7 working days</source>
        <translation>紅燈：7個工作日內未分送</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <source>No deadline running</source>
        <translation>無進行中的期限</translation>
    </message>
    <message>
        <source>Talk and inquiry (谈话函询)</source>
        <translation>談話函詢</translation>
    </message>
    <message>
        <source>Preliminary verification (初步核实)</source>
        <translation>初步核實</translation>
    </message>
    <message>
        <source>Stored pending (暂存待查)</source>
        <translation>暫存待查</translation>
    </message>
    <message>
        <source>Closed, no action (予以了结)</source>
        <translation>予以了結</translation>
    </message>
    <message>
        <source>Dispatched (分送)</source>
        <translation>分送</translation>
    </message>
    <message>
        <source>Sent back (退回)</source>
        <translation>退回</translation>
    </message>
    <message>
        <source>Deferred (暂缓)</source>
        <translation>暫緩</translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation>尚未研判</translation>
    </message>
    <message>
        <source>class A</source>
        <translation>A類</translation>
    </message>
    <message>
        <source>must review (十必研)</source>
        <translation>十必研</translation>
    </message>
    <message>
        <source>put forward</source>
        <translation>提請研判</translation>
    </message>
    <message>
        <source>added by the chair</source>
        <translation>主持人增列</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>%1 到期</translation>
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
        <source>Only a forwarded or handed-over item waiting for signature can be signed for.</source>
        <translation>只有待簽收的上級轉來件或移交件才能簽收。</translation>
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
    <message>
        <source>A report that is “%1” cannot be moved by “%2”.</source>
        <translation>處於“%1”狀態的件不能執行“%2”。</translation>
    </message>
    <message>
        <source>A report about the office&apos;s own principal leader goes to the higher office (report up).</source>
        <translation>反映本機關主要負責人的件應上報上級機關。</translation>
    </message>
    <message>
        <source>Name the office the report goes to.</source>
        <translation>請指定承辦單位。</translation>
    </message>
    <message>
        <source>Name the body the matter is referred to.</source>
        <translation>請指定轉辦的有權處理機關。</translation>
    </message>
    <message>
        <source>Name the earlier report this one repeats.</source>
        <translation>請指定與本件重複的原件。</translation>
    </message>
    <message>
        <source>The requested evidence has already been received.</source>
        <translation>所要求補充的材料已經收到。</translation>
    </message>
</context>
<context>
    <name>qf::CaseWork</name>
    <message>
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <source>Talk and inquiry (谈话函询)</source>
        <translation>談話函詢</translation>
    </message>
    <message>
        <source>Preliminary verification (初步核实)</source>
        <translation>初步核實</translation>
    </message>
    <message>
        <source>Stored pending (暂存待查)</source>
        <translation>暫存待查</translation>
    </message>
    <message>
        <source>Closed (予以了结)</source>
        <translation>予以了結</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>內容</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>問題類別</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地區</translation>
    </message>
    <message>
        <source>Who (何人)</source>
        <translation>何人</translation>
    </message>
    <message>
        <source>What (何事)</source>
        <translation>何事</translation>
    </message>
    <message>
        <source>When (何时)</source>
        <translation>何時</translation>
    </message>
    <message>
        <source>Where (何地)</source>
        <translation>何地</translation>
    </message>
    <message>
        <source>Why (何因)</source>
        <translation>何因</translation>
    </message>
    <message>
        <source>Result (何果)</source>
        <translation>何果</translation>
    </message>
    <message>
        <source>Demand (何求)</source>
        <translation>何求</translation>
    </message>
    <message>
        <source>Disposition (何处理)</source>
        <translation>何處理</translation>
    </message>
    <message>
        <source>Reported person: name</source>
        <translation>被反映人：姓名</translation>
    </message>
    <message>
        <source>Reported person: unit</source>
        <translation>被反映人：單位</translation>
    </message>
    <message>
        <source>Reported person: rank</source>
        <translation>被反映人：職級</translation>
    </message>
    <message>
        <source>Reported person: position</source>
        <translation>被反映人：職務</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>已登記</translation>
    </message>
    <message>
        <source>Field changed</source>
        <translation>欄位已修改</translation>
    </message>
    <message>
        <source>Possible repeat proposed</source>
        <translation>提示可能重複</translation>
    </message>
    <message>
        <source>Repeat confirmed</source>
        <translation>確認重複</translation>
    </message>
    <message>
        <source>Repeat rejected</source>
        <translation>確認不重複</translation>
    </message>
    <message>
        <source>Feedback notice sent</source>
        <translation>已傳送反饋告知</translation>
    </message>
    <message>
        <source>Objection recorded</source>
        <translation>已記錄異議</translation>
    </message>
    <message>
        <source>Case management notified</source>
        <translation>已通知案件管理部門</translation>
    </message>
    <message>
        <source>Marked for correction</source>
        <translation>已標記待糾正</translation>
    </message>
    <message>
        <source>Satisfaction recorded</source>
        <translation>已記錄滿意度</translation>
    </message>
    <message>
        <source>Reported persons changed</source>
        <translation>被反映人已變更</translation>
    </message>
    <message>
        <source>Anonymous / real name changed</source>
        <translation>匿名/實名已變更</translation>
    </message>
    <message>
        <source>Reporter changed</source>
        <translation>舉報人已變更</translation>
    </message>
    <message>
        <source>Principal-leader flag changed</source>
        <translation>主要負責人標記已變更</translation>
    </message>
    <message>
        <source>Drawn for the re-check</source>
        <translation>已抽中回頭看</translation>
    </message>
    <message>
        <source>Re-check finding recorded</source>
        <translation>已記錄複查結論</translation>
    </message>
    <message>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份證號碼</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Reporter&apos;s identity requested from the custodian</source>
        <translation>向保管人申請檢視舉報人身份</translation>
    </message>
    <message>
        <source>Identity release approved by the custodian</source>
        <translation>保管人批准提供身份資訊</translation>
    </message>
    <message>
        <source>Identity release refused by the custodian</source>
        <translation>保管人拒絕提供身份資訊</translation>
    </message>
    <message>
        <source>Released identity viewed by the requester</source>
        <translation>申請人查看了獲准提供的身份資訊</translation>
    </message>
    <message>
        <source>Document issued</source>
        <translation>文書已制發</translation>
    </message>
    <message>
        <source>Document reprinted</source>
        <translation>文書已補打</translation>
    </message>
    <message>
        <source>Review meeting decision</source>
        <translation>研判會決定</translation>
    </message>
    <message>
        <source>Review meeting decision undone</source>
        <translation>撤銷研判會決定</translation>
    </message>
    <message>
        <source>Other change</source>
        <translation>其他變更</translation>
    </message>
    <message>
        <source>Urged by the supervisor</source>
        <translation>督辦催辦</translation>
    </message>
</context>
<context>
    <name>qf::CategoryPage</name>
    <message>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代碼</translation>
    </message>
    <message>
        <source>Must review (十必研)</source>
        <translation>十必研</translation>
    </message>
    <message>
        <source>Add &amp;top-level…</source>
        <translation>新增一級類別(&amp;T)…</translation>
    </message>
    <message>
        <source>Add a top-level category (Shift+Insert)</source>
        <translation>新增一級類別（Shift+Insert）</translation>
    </message>
    <message>
        <source>Add &amp;subcategory…</source>
        <translation>新增子類別(&amp;S)…</translation>
    </message>
    <message>
        <source>Add a subcategory of the selected category (Insert)</source>
        <translation>為所選類別新增子類別（Insert）</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>編輯(&amp;E)…</translation>
    </message>
    <message>
        <source>Rename, change the code, the parent or the must-review flag (F2 or Enter)</source>
        <translation>重新命名，修改代碼、上級類別或十必研標記（F2 或 Enter）</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Retire the selected category (Delete)</source>
        <translation>停用所選類別（Delete）</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>問題分類</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Remove the category</source>
        <translation>移除類別</translation>
    </message>
    <message>
        <source>Retire the category &quot;%1&quot; (%2)? It can no longer be chosen for a report, here and on every workstation after the next sync.</source>
        <translation>確定停用類別“%1”（%2）？停用後，本工作站以及下次同步後的所有工作站都不能再為信訪件選擇該類別。</translation>
    </message>
    <message numerus="yes">
        <source>%n concluded report(s) keep it in their history and statistics.</source>
        <translation>
            <numerusform>%n 件已辦結的信訪件將在其辦理記錄和統計中保留該類別。</numerusform>
        </translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>（一級類別）</translation>
    </message>
    <message>
        <source>New category</source>
        <translation>新建類別</translation>
    </message>
    <message>
        <source>Change the category</source>
        <translation>修改類別</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名稱(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>代碼(&amp;C)：</translation>
    </message>
    <message>
        <source>unique, e.g. A0103; named in officers&apos; areas and imports</source>
        <translation>須唯一，例如 A0103；在承辦人擅長領域和匯入資料中使用</translation>
    </message>
    <message>
        <source>&amp;Parent:</source>
        <translation>上級類別(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Must go to the collective review (十必研)</source>
        <translation>十必研(&amp;M)</translation>
    </message>
</context>
<context>
    <name>qf::CategoryStore</name>
    <message>
        <source>The categories could not be read: %1</source>
        <translation>無法讀取問題分類：%1</translation>
    </message>
    <message>
        <source>The category no longer exists; it may have been removed on another workstation.</source>
        <translation>該類別已不存在，可能已在其他工作站上被移除。</translation>
    </message>
    <message>
        <source>There is no category with the code &apos;%1&apos;.</source>
        <translation>沒有代碼為“%1”的類別。</translation>
    </message>
    <message>
        <source>A category needs a code.</source>
        <translation>類別須填寫代碼。</translation>
    </message>
    <message>
        <source>A category code cannot contain a comma.</source>
        <translation>類別代碼不能包含逗號。</translation>
    </message>
    <message>
        <source>A category needs a name.</source>
        <translation>類別須填寫名稱。</translation>
    </message>
    <message>
        <source>The code %1 belonged to the retired category &quot;%2&quot;; choose another code.</source>
        <translation>代碼 %1 曾屬於已停用的類別“%2”，請另選代碼。</translation>
    </message>
    <message>
        <source>The code %1 is already used by the category &quot;%2&quot;.</source>
        <translation>代碼 %1 已被類別“%2”使用。</translation>
    </message>
    <message>
        <source>A category cannot be its own parent.</source>
        <translation>類別不能作為自身的上級類別。</translation>
    </message>
    <message>
        <source>A category cannot be placed under one of its own subcategories.</source>
        <translation>類別不能放在其自身的子類別之下。</translation>
    </message>
    <message>
        <source>The chosen parent category does not exist (any more).</source>
        <translation>所選上級類別不存在（或已被移除）。</translation>
    </message>
    <message>
        <source>The capability table could not be read: %1</source>
        <translation>無法讀取能力庫：%1</translation>
    </message>
    <message>
        <source>The use of the category could not be read: %1</source>
        <translation>無法讀取該類別的使用情況：%1</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; still has %n subcategory(ies); move or remove them first.</source>
        <translation>
            <numerusform>“%1”下還有 %n 個子類別，請先移動或移除。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) still being worked on are filed under &quot;%1&quot;; reclassify them first. A category used only by concluded reports can be retired: those reports keep it.</source>
        <translation>
            <numerusform>仍有 %n 件在辦信訪件歸入“%1”，請先重新歸類。僅被已辦結信訪件使用的類別可以停用，這些信訪件仍保留該類別。</numerusform>
        </translation>
    </message>
    <message>
        <source>change the categories</source>
        <translation>修改問題分類</translation>
    </message>
</context>
<context>
    <name>qf::CheckInWorkspace</name>
    <message>
        <source>Outside the office&apos;s remit?</source>
        <translation>不屬於本機關受理範圍？</translation>
    </message>
    <message>
        <source>The matter looks like &quot;%1&quot;, which %2 handles.

Register the visit as referred out of scope and print the notice of lawful referral?</source>
        <translation>該事項似屬“%1”，應由%2處理。

是否按不屬於受理範圍登記本次來訪，並列印依法分類告知單？</translation>
    </message>
    <message>
        <source>Scope r&amp;ules…</source>
        <translation>受理範圍規則(&amp;U)…</translation>
    </message>
    <message>
        <source>New visitor (Ctrl+N)</source>
        <translation>新來訪人 (Ctrl+N)</translation>
    </message>
    <message>
        <source>Re&amp;gister (Ctrl+Enter)</source>
        <translation>登記(&amp;G) (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>No ID-card reader configured (Devices…).</source>
        <translation>未配置身份證閱讀器（裝置…）。</translation>
    </message>
    <message>
        <source>Reader connected</source>
        <translation>閱讀器已連線</translation>
    </message>
    <message>
        <source>Reader connecting</source>
        <translation>正在連線閱讀器</translation>
    </message>
    <message>
        <source>Reader not responding, reconnecting</source>
        <translation>閱讀器無響應，正在重新連線</translation>
    </message>
    <message>
        <source>Reader off</source>
        <translation>閱讀器已關閉</translation>
    </message>
    <message>
        <source>Key petitioner: see the file before the conversation.</source>
        <translation>重點信訪人：談話前請先檢視檔案。</translation>
    </message>
    <message>
        <source>The ID number is not valid: %1</source>
        <translation>身份證號碼無效：%1</translation>
    </message>
    <message>
        <source>Ticket %1 issued.</source>
        <translation>已發放 %1 號。</translation>
    </message>
    <message>
        <source>Ticket %1, please come to %2.</source>
        <translation>%1 號，請到%2。</translation>
    </message>
    <message>
        <source>Nobody is in conversation.</source>
        <translation>當前無人談話。</translation>
    </message>
    <message>
        <source>Conversation ended. Register the visit (Ctrl+Enter).</source>
        <translation>談話已結束。請登記本次來訪 (Ctrl+Enter)。</translation>
    </message>
    <message>
        <source>Write down what the matter is (何事) before registering.</source>
        <translation>登記前請先寫明來訪事項（何事）。</translation>
    </message>
    <message>
        <source>Registered as %1 and referred to %2; the notice of lawful referral is printed.</source>
        <translation>已登記，編號 %1，並告知向%2反映；依法分類告知單已列印。</translation>
    </message>
    <message>
        <source>Registered as %1; the receipt is printed.</source>
        <translation>已登記，編號 %1；回執已列印。</translation>
    </message>
    <message>
        <source>Only an administrator can change the scope rules.</source>
        <translation>只有管理員可以修改受理範圍規則。</translation>
    </message>
    <message>
        <source>Open the key petitioner&apos;s file</source>
        <translation>檢視重點信訪人檔案</translation>
    </message>
    <message>
        <source>Purpose (recorded in the audit log):</source>
        <translation>檢視目的（記入審計日誌）：</translation>
    </message>
    <message>
        <source>Reception of a visit</source>
        <translation>接待來訪</translation>
    </message>
    <message>
        <source>Key petitioner&apos;s file</source>
        <translation>重點信訪人檔案</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>檔案為空。</translation>
    </message>
    <message>
        <source>Check-in desk: identity of the visitor checked</source>
        <translation>來訪登記臺：核對來訪人身份</translation>
    </message>
    <message>
        <source>The stored identity was filled in; the view is recorded in the audit log.</source>
        <translation>已填入存檔的身份資訊；本次檢視已記入審計日誌。</translation>
    </message>
    <message>
        <source>Check-in desk</source>
        <translation>來訪登記臺</translation>
    </message>
    <message>
        <source>Ticket %1 issued; it was not printed.</source>
        <translation>已發放 %1 號，未列印。</translation>
    </message>
    <message>
        <source>Registered as %1 and referred to %2; the notice of lawful referral was not printed.</source>
        <translation>已登記，編號 %1，並告知向%2反映；依法分類告知單未列印。</translation>
    </message>
    <message>
        <source>Registered as %1; the receipt was not printed.</source>
        <translation>已登記，編號 %1；回執未列印。</translation>
    </message>
    <message>
        <source>The receipt of %1 is printed again.</source>
        <translation>%1的回執已補打。</translation>
    </message>
    <message>
        <source>The preview was closed without printing: the receipt of %1 was not printed.</source>
        <translation>預覽已關閉，未列印：%1的回執沒有列印。</translation>
    </message>
    <message>
        <source>Devices…</source>
        <translation>裝置…</translation>
    </message>
    <message>
        <source>The ID card reader is connected again.</source>
        <translation>身份證讀卡器已重新連線。</translation>
    </message>
    <message>
        <source>The ID card reader went away; the last card&apos;s data was cleared from the form. Put the card on again once the reader is back.</source>
        <translation>身份證讀卡器已斷開，表單中上一張證件的資訊已清除。讀卡器恢復後請重新放卡。</translation>
    </message>
    <message>
        <source>This ID card expired on %1. The visit is registered all the same; tell the visitor to renew the card.</source>
        <translation>該身份證已於 %1 過期。來訪照常登記；請提醒來訪人及時換領證件。</translation>
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
    <message>
        <source>The period is not valid.</source>
        <translation>時段無效。</translation>
    </message>
    <message>
        <source>Only a supervisor, a meeting chair or an administrator may draw the re-check sample.</source>
        <translation>只有案管督辦人員、研判會主持人或系統管理員可以抽取回頭看樣本。</translation>
    </message>
    <message>
        <source>The share to re-check must be between 1 and 100 percent.</source>
        <translation>抽查比例須在 1% 至 100% 之間。</translation>
    </message>
    <message>
        <source>No report was concluded between %1 and %2.</source>
        <translation>%1 至 %2 期間沒有辦結的信訪件。</translation>
    </message>
    <message>
        <source>Only a supervisor, a meeting chair or an administrator may record a re-check.</source>
        <translation>只有案管督辦人員、研判會主持人或系統管理員可以記錄回頭看結論。</translation>
    </message>
    <message>
        <source>The report is not in the re-check sample of this period.</source>
        <translation>此件不在本期回頭看抽查樣本中。</translation>
    </message>
    <message>
        <source>Say what the re-check found.</source>
        <translation>請填寫複查結論。</translation>
    </message>
    <message>
        <source>Cannot read the re-check sample: %1</source>
        <translation>無法讀取回頭看抽查樣本：%1</translation>
    </message>
</context>
<context>
    <name>qf::ConflictsDialog</name>
    <message>
        <source>Content</source>
        <translation>內容</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地區</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>何求</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>問題類別</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>承辦人</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>單位</translation>
    </message>
    <message>
        <source>Deleted or kept</source>
        <translation>刪除或保留</translation>
    </message>
    <message>
        <source>(sealed identity — open the case to view)</source>
        <translation>（身份資訊已加密，請開啟該件檢視）</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>已刪除</translation>
    </message>
    <message>
        <source>kept, with the edit</source>
        <translation>保留（含修改）</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>Sync conflicts</source>
        <translation>同步衝突</translation>
    </message>
    <message>
        <source>The same field was changed on two workstations before either synced. The later change is in force; decide whether it stays or the other value is taken.</source>
        <translation>同一欄位在兩個工作站上均被修改，且修改前雙方均未同步。現以較晚的修改為現行值；請決定保留現行值還是採用另一值。</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>欄位</translation>
    </message>
    <message>
        <source>Value in force</source>
        <translation>現行值</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation>另一值</translation>
    </message>
    <message>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>&amp;Keep the value in force</source>
        <translation>保留現行值(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Take the other value</source>
        <translation>採用另一值(&amp;T)</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>衝突</translation>
    </message>
    <message>
        <source>Refused at</source>
        <translation>被拒時間</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>記錄</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>變更</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation>被伺服器拒絕</translation>
    </message>
    <message>
        <source>The other value is taken; it reaches the other workstations with the next sync.</source>
        <translation>已採用另一值；下次同步時將傳至其他工作站。</translation>
    </message>
    <message>
        <source>The value in force stays; the decision reaches the other workstations with the next sync.</source>
        <translation>保留現行值；該決定將在下次同步時傳至其他工作站。</translation>
    </message>
    <message>
        <source>Changes from the server that this workstation could not apply. The sync goes on without them; they are tried again after an upgrade of Qingfeng, or now with Retry. Tell the administrator of the sync server if they stay.</source>
        <translation>伺服器發來的、本工作站無法應用的變更。同步不會因此停止；升級清風后會自動重試，也可以點“重試”立即重試。如果一直無法應用，請告知同步伺服器的管理員。</translation>
    </message>
    <message>
        <source>Kept aside at</source>
        <translation>暫存時間</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>嘗試次數</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>重試(&amp;R)</translation>
    </message>
    <message>
        <source>Not applied here</source>
        <translation>本機未能應用</translation>
    </message>
    <message>
        <source>Every change kept aside is applied now.</source>
        <translation>暫存的變更已全部應用。</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) applied now; the others are still kept aside.</source>
        <translation>
            <numerusform>已應用 %n 項變更，其餘的仍暫存。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qf::CsvReader</name>
    <message>
        <source>a quoted field is followed by other characters before the next comma</source>
        <translation>帶引號的欄位之後、下一個逗號之前還有其他字元</translation>
    </message>
    <message>
        <source>the quoted field that starts on line %1 is never closed (the file ends early?)</source>
        <translation>從第 %1 行開始的帶引號欄位沒有結束（檔案提前結束？）</translation>
    </message>
</context>
<context>
    <name>qf::Database</name>
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
    <message>
        <source>Cannot create the database %1: %2</source>
        <translation>無法建立資料庫 %1：%2</translation>
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
    <name>qf::DecisionBar</name>
    <message>
        <source>Decision (keys 1–7; Page Up/Down: previous/next case)</source>
        <translation>研判結果（按鍵 1–7；Page Up/Down：上一件/下一件）</translation>
    </message>
    <message>
        <source>&amp;1 Talk and inquiry</source>
        <translation>談話函詢(&amp;1)</translation>
    </message>
    <message>
        <source>&amp;2 Preliminary verification</source>
        <translation>初步核實(&amp;2)</translation>
    </message>
    <message>
        <source>&amp;3 Stored pending</source>
        <translation>暫存待查(&amp;3)</translation>
    </message>
    <message>
        <source>&amp;4 Closed, no action</source>
        <translation>予以了結(&amp;4)</translation>
    </message>
    <message>
        <source>&amp;5 Dispatch to:</source>
        <translation>分送至(&amp;5)：</translation>
    </message>
    <message>
        <source>&amp;6 Send back</source>
        <translation>退回(&amp;6)</translation>
    </message>
    <message>
        <source>&amp;7 Defer</source>
        <translation>暫緩(&amp;7)</translation>
    </message>
    <message>
        <source>Undo decision (Ctrl+Z)</source>
        <translation>撤銷決定（Ctrl+Z）</translation>
    </message>
    <message>
        <source>Takes the decision back until the minutes are confirmed</source>
        <translation>紀要確認前可撤銷已作出的決定</translation>
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
        <source>Sign in first: demonstration data is written by a signed-in user.</source>
        <translation>請先登入：演示資料由已登入的使用者寫入。</translation>
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
    <name>qf::DeskSettings</name>
    <message>
        <source>Reception room 1</source>
        <translation>1號接待室</translation>
    </message>
    <message>
        <source>Reception room 2</source>
        <translation>2號接待室</translation>
    </message>
    <message>
        <source>Interview room</source>
        <translation>談話室</translation>
    </message>
</context>
<context>
    <name>qf::DeskSettingsDialog</name>
    <message>
        <source>Desk devices</source>
        <translation>登記臺裝置</translation>
    </message>
    <message>
        <source>Any device path is accepted, e.g. /dev/ttyUSB0 or a link to a pseudo-terminal.</source>
        <translation>可填寫任意裝置路徑，例如 /dev/ttyUSB0 或指向偽終端的連結。</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>測試(&amp;T)</translation>
    </message>
    <message>
        <source>ID-card &amp;reader port</source>
        <translation>身份證閱讀器埠(&amp;R)</translation>
    </message>
    <message>
        <source>Preview, then print</source>
        <translation>先預覽，再列印</translation>
    </message>
    <message>
        <source>Straight to the printer</source>
        <translation>直接列印</translation>
    </message>
    <message>
        <source>PDF files in a folder</source>
        <translation>儲存為資料夾中的 PDF 檔案</translation>
    </message>
    <message>
        <source>&amp;Printouts</source>
        <translation>列印方式(&amp;P)</translation>
    </message>
    <message>
        <source>PDF &amp;folder</source>
        <translation>PDF 資料夾(&amp;F)</translation>
    </message>
    <message>
        <source>R&amp;ooms</source>
        <translation>房間(&amp;O)</translation>
    </message>
    <message>
        <source>Enter the reader&apos;s port first.</source>
        <translation>請先填寫閱讀器埠。</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>正在測試…</translation>
    </message>
    <message>
        <source>The reader answers: %1</source>
        <translation>閱讀器有響應：%1</translation>
    </message>
    <message>
        <source>The reader does not answer: %1</source>
        <translation>閱讀器無響應：%1</translation>
    </message>
    <message>
        <source>e.g. /opt/reader/libwlt.so</source>
        <translation>例如 /opt/reader/libwlt.so</translation>
    </message>
    <message>
        <source>The reader vendor&apos;s library that decodes the card photo. Without it the photo is kept undecoded and the camera can take one instead.</source>
        <translation>讀卡器廠商提供的證件照片解碼庫。未配置時，照片按未解碼資料儲存，可改用攝像頭拍照。</translation>
    </message>
    <message>
        <source>Photo &amp;decoder library</source>
        <translation>照片解碼庫(&amp;D)</translation>
    </message>
    <message>
        <source>device tag</source>
        <translation>裝置標識</translation>
    </message>
    <message>
        <source>Tickets of this desk read e.g. A-007. Give every desk of the hall its own letter; left empty, the device tag is used, which is unique.</source>
        <translation>本接待臺的號票形如 A-007。請為大廳內每個接待臺指定不同的字母；留空則使用裝置標識（唯一）。</translation>
    </message>
    <message>
        <source>Tic&amp;ket prefix</source>
        <translation>號票字首(&amp;K)</translation>
    </message>
    <message>
        <source>80 mm receipt printer</source>
        <translation>80 毫米小票印表機</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4 紙</translation>
    </message>
    <message>
        <source>Ticket p&amp;aper</source>
        <translation>候訪號紙張(&amp;A)</translation>
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
    <name>qf::Directory</name>
    <message>
        <source>Cannot read the list of offices: %1</source>
        <translation>無法讀取單位列表：%1</translation>
    </message>
    <message>
        <source>Cannot read the list of users: %1</source>
        <translation>無法讀取使用者列表：%1</translation>
    </message>
</context>
<context>
    <name>qf::DispatchAdvisor</name>
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
    <message>
        <source>Cannot read the categories: %1</source>
        <translation>無法讀取類別：%1</translation>
    </message>
</context>
<context>
    <name>qf::DispatchDialog</name>
    <message>
        <source>Dispatch %1</source>
        <translation>分送 %1</translation>
    </message>
    <message>
        <source>&amp;How</source>
        <translation>方式(&amp;H)</translation>
    </message>
    <message>
        <source>Proposal, best first (jurisdiction, recusal, areas and load):</source>
        <translation>建議方案，按優先順序排列（管轄、迴避、業務範圍和工作量）：</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>名次</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>單位</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>承辦人</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>&amp;Office</source>
        <translation>單位(&amp;O)</translation>
    </message>
    <message>
        <source>Hand&amp;ler</source>
        <translation>承辦人(&amp;L)</translation>
    </message>
    <message>
        <source>Supervise the lower office&apos;s handling (督办)</source>
        <translation>督辦下級單位的辦理</translation>
    </message>
    <message>
        <source>Override &amp;reason</source>
        <translation>改選理由(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Dispatch</source>
        <translation>分送(&amp;D)</translation>
    </message>
    <message>
        <source>This report cannot be dispatched in its present state.</source>
        <translation>此件在當前狀態下不能分送。</translation>
    </message>
    <message>
        <source>(none on record)</source>
        <translation>（無記錄）</translation>
    </message>
    <message>
        <source>(no handler yet)</source>
        <translation>（尚未指定承辦人）</translation>
    </message>
    <message>
        <source>This differs from the top proposal: say why (kept with the dispatch).</source>
        <translation>與首選建議不同：請說明理由（隨分送一併儲存）。</translation>
    </message>
    <message>
        <source>Follows the top proposal.</source>
        <translation>與首選建議一致。</translation>
    </message>
    <message>
        <source>Print the transfer form (转办单 / 交办函 / 移送函)</source>
        <translation>列印轉辦單 / 交辦函 / 移送函</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>列印</translation>
    </message>
    <message>
        <source>This item is supervised: please handle it carefully and report the result by the deadline; this office will follow its handling.</source>
        <translation>本件為督辦件，請認真辦理，按期報送辦理結果，本機關將跟蹤督辦。</translation>
    </message>
    <message>
        <source>Supervision re&amp;quest (督办要求)</source>
        <translation>督辦要求(&amp;Q)</translation>
    </message>
    <message>
        <source>Handling deadline</source>
        <translation>辦理期限</translation>
    </message>
    <message>
        <source>as set by the review meeting</source>
        <translation>研判會議確定的期限</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) from today</source>
        <translation>
            <numerusform>自今日起%n個工作日</numerusform>
        </translation>
    </message>
    <message>
        <source>This item is supervised.</source>
        <translation>本件為督辦件。</translation>
    </message>
</context>
<context>
    <name>qf::DispatchTables</name>
    <message>
        <source>The database could not be read: %1</source>
        <translation>無法讀取資料庫：%1</translation>
    </message>
    <message>
        <source>The jurisdiction table could not be read: %1</source>
        <translation>無法讀取管轄庫：%1</translation>
    </message>
    <message>
        <source>A jurisdiction rule needs an office.</source>
        <translation>管轄規則須指定承辦機關。</translation>
    </message>
    <message>
        <source>The chosen office does not exist (any more).</source>
        <translation>所選承辦機關不存在（或已被移除）。</translation>
    </message>
    <message>
        <source>The recusal table could not be read: %1</source>
        <translation>無法讀取回避庫：%1</translation>
    </message>
    <message>
        <source>A recusal needs the officer who may not handle the matter.</source>
        <translation>迴避規則須指定應迴避的承辦人。</translation>
    </message>
    <message>
        <source>A recusal needs a unit or the name of a person (or both).</source>
        <translation>迴避規則須填寫單位或人員姓名（或兩者都填）。</translation>
    </message>
    <message>
        <source>The chosen officer does not exist (any more).</source>
        <translation>所選承辦人不存在（或已被移除）。</translation>
    </message>
    <message>
        <source>The capability table could not be read: %1</source>
        <translation>無法讀取能力庫：%1</translation>
    </message>
    <message>
        <source>A capability row needs an officer.</source>
        <translation>能力庫條目須指定承辦人。</translation>
    </message>
    <message>
        <source>A capability row needs the office the officer handles cases for.</source>
        <translation>能力庫條目須指定該承辦人所在的承辦室。</translation>
    </message>
    <message>
        <source>The base load cannot be negative.</source>
        <translation>基礎工作量不能為負數。</translation>
    </message>
    <message>
        <source>The maximum load (%1) cannot be below the base load (%2).</source>
        <translation>工作量上限（%1）不能低於基礎工作量（%2）。</translation>
    </message>
    <message>
        <source>Unknown category code(s) in the areas: %1. Use the codes of the category table.</source>
        <translation>擅長領域中有未知的類別代碼：%1。請使用問題分類中的代碼。</translation>
    </message>
    <message>
        <source>This officer already has a row for this office; change that row instead.</source>
        <translation>該承辦人在此承辦室已有條目，請修改該條目。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of the dispatch tables.</source>
        <translation>“%1”不是分送所用的基礎表。</translation>
    </message>
    <message>
        <source>The list of offices could not be read: %1</source>
        <translation>無法讀取單位列表：%1</translation>
    </message>
    <message>
        <source>The list of officers could not be read: %1</source>
        <translation>無法讀取承辦人列表：%1</translation>
    </message>
    <message>
        <source>change the dispatch tables</source>
        <translation>修改分辦規則表</translation>
    </message>
</context>
<context>
    <name>qf::DocumentCameraDialog</name>
    <message>
        <source>Document camera</source>
        <translation>高拍儀</translation>
    </message>
    <message>
        <source>Camera picture</source>
        <translation>拍攝畫面</translation>
    </message>
    <message>
        <source>Pages taken</source>
        <translation>已拍攝的頁面</translation>
    </message>
    <message>
        <source>&amp;Take the page (Space)</source>
        <translation>拍攝此頁(&amp;T)（空格）</translation>
    </message>
    <message>
        <source>&amp;Drop the page (Delete)</source>
        <translation>刪除此頁(&amp;D)（Delete）</translation>
    </message>
    <message>
        <source>Do&amp;ne</source>
        <translation>完成(&amp;N)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>%1: put the page under the camera; Space takes it.</source>
        <translation>%1：把頁面放在鏡頭下，按空格拍攝。</translation>
    </message>
    <message>
        <source>No camera found. Connect the document camera and open this window again.</source>
        <translation>未找到攝像頭。請連線高拍儀後重新開啟此視窗。</translation>
    </message>
    <message>
        <source>No camera</source>
        <translation>沒有攝像頭</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>第 %1 頁</translation>
    </message>
    <message>
        <source>Page %1 taken, cut out of the picture and squared.</source>
        <translation>已拍攝第 %1 頁，已從畫面中裁出並校正透視。</translation>
    </message>
    <message>
        <source>Page %1 taken as the whole picture: no page stood out from the desk.</source>
        <translation>已拍攝第 %1 頁，為整個畫面：未能從桌面上分辨出頁面。</translation>
    </message>
</context>
<context>
    <name>qf::DocumentNumbers</name>
    <message>
        <source>Cannot read the document number counter: %1</source>
        <translation>無法讀取文號計數器：%1</translation>
    </message>
</context>
<context>
    <name>qf::DocumentPdf</name>
    <message>
        <source>The PDF file %1 could not be written.</source>
        <translation>無法寫入 PDF 檔案 %1。</translation>
    </message>
</context>
<context>
    <name>qf::DocumentPrinter</name>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>無法建立資料夾 %1。</translation>
    </message>
    <message>
        <source>The document was printed, but its number %1 was not recorded: %2</source>
        <translation>文書已列印，但文號%1未能登記：%2</translation>
    </message>
    <message>
        <source>Queue ticket</source>
        <translation>候訪號</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>回執</translation>
    </message>
    <message>
        <source>Notice of referral</source>
        <translation>轉辦告知書</translation>
    </message>
    <message>
        <source>Request for evidence</source>
        <translation>補充材料通知</translation>
    </message>
    <message>
        <source>Transfer letter</source>
        <translation>移送函</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>函件</translation>
    </message>
    <message>
        <source>Notice of repeat reports</source>
        <translation>重複件通報</translation>
    </message>
    <message>
        <source>Cover sheet</source>
        <translation>封面</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文書</translation>
    </message>
    <message>
        <source>Print preview: %1</source>
        <translation>列印預覽：%1</translation>
    </message>
    <message>
        <source>List</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>Letter urging the handling (督办函)</source>
        <translation>督辦函</translation>
    </message>
</context>
<context>
    <name>qf::DuplicateIndex</name>
    <message>
        <source>Cannot read the duplicate index: %1</source>
        <translation>無法讀取重複舉報索引：%1</translation>
    </message>
    <message>
        <source>Cannot update the duplicate index: %1</source>
        <translation>無法更新重複舉報索引：%1</translation>
    </message>
    <message>
        <source>Cannot add to the duplicate index: %1</source>
        <translation>無法向重複舉報索引新增內容：%1</translation>
    </message>
    <message>
        <source>Cannot read the reports: %1</source>
        <translation>無法讀取信訪件：%1</translation>
    </message>
    <message>
        <source>The database is busy or read-only: %1</source>
        <translation>資料庫正忙或為只讀：%1</translation>
    </message>
    <message>
        <source>Cannot clear the duplicate index: %1</source>
        <translation>無法清空重複舉報索引：%1</translation>
    </message>
    <message>
        <source>The duplicate index cannot be used (is the database at schema 9?): %1</source>
        <translation>查重索引無法使用（資料庫結構版本是否為 9？）：%1</translation>
    </message>
</context>
<context>
    <name>qf::EvidenceDialog</name>
    <message>
        <source>Evidence request for %1</source>
        <translation>%1 的補證通知</translation>
    </message>
    <message>
        <source>Everything missing goes into this one notice (一次性补证); one item a line.</source>
        <translation>所有缺項一次性列入本通知書（一次性補證）；每行一項。</translation>
    </message>
    <message>
        <source>Missing &amp;facts (事实要素)</source>
        <translation>缺少的事實要素(&amp;F)</translation>
    </message>
    <message>
        <source>E&amp;vidence to provide (证据指引)</source>
        <translation>證據指引(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Level points (层级对照)</source>
        <translation>層級對照(&amp;L)</translation>
    </message>
    <message>
        <source>Reply by</source>
        <translation>答覆期限</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>列印(&amp;P)…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>另存為 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Record the request</source>
        <translation>記錄補證(&amp;R)</translation>
    </message>
    <message>
        <source>The notice lists nothing missing yet.</source>
        <translation>通知書尚未列出任何缺項。</translation>
    </message>
    <message>
        <source>Save the notice as PDF</source>
        <translation>將通知書儲存為 PDF</translation>
    </message>
    <message>
        <source>evidence-request-%1.pdf</source>
        <translation>補證通知書-%1.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 檔案 (*.pdf)</translation>
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
    <name>qf::FeedbackDialog</name>
    <message>
        <source>Feedback to the reporter of %1</source>
        <translation>向 %1 的舉報人反饋</translation>
    </message>
    <message>
        <source>Accepted (受理告知)</source>
        <translation>受理告知</translation>
    </message>
    <message>
        <source>Dispatched (分送告知)</source>
        <translation>分送告知</translation>
    </message>
    <message>
        <source>Concluded (结果反馈)</source>
        <translation>結果反饋</translation>
    </message>
    <message>
        <source> — not reached yet</source>
        <translation> — 尚未到達</translation>
    </message>
    <message>
        <source> — due</source>
        <translation> — 待發送</translation>
    </message>
    <message>
        <source> — sent</source>
        <translation> — 已傳送</translation>
    </message>
    <message>
        <source>&amp;Notice</source>
        <translation>告知(&amp;N)</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>告知書</translation>
    </message>
    <message>
        <source>Address by name (shows the name; audited)</source>
        <translation>稱呼姓名（將顯示姓名，記入審計日誌）</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>列印(&amp;P)…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>另存為 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>SMS text (for the gateway; never carries a name)</source>
        <translation>簡訊內容（用於簡訊閘道器，不含姓名）</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>複製(&amp;C)</translation>
    </message>
    <message>
        <source>Objection from the reporter</source>
        <translation>舉報人的異議</translation>
    </message>
    <message>
        <source>Record the &amp;objection</source>
        <translation>記錄異議(&amp;O)</translation>
    </message>
    <message>
        <source>Record as &amp;sent</source>
        <translation>記為已傳送(&amp;S)</translation>
    </message>
    <message>
        <source>Save the letter as PDF</source>
        <translation>將告知書儲存為 PDF</translation>
    </message>
    <message>
        <source>feedback-%1.pdf</source>
        <translation>反饋告知書-%1.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 檔案 (*.pdf)</translation>
    </message>
    <message>
        <source>The objection is recorded.</source>
        <translation>異議已記錄。</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>The report has not reached this milestone yet.</source>
        <translation>此件尚未到達該環節。</translation>
    </message>
    <message>
        <source>The preview was closed without printing: the letter was not printed.</source>
        <translation>預覽已關閉，未列印：告知書沒有列印。</translation>
    </message>
    <message>
        <source>The letter is printed.</source>
        <translation>告知書已列印。</translation>
    </message>
    <message>
        <source>The letter is saved as %1.</source>
        <translation>告知書已儲存為 %1。</translation>
    </message>
    <message>
        <source>The letter %1 is printed again.</source>
        <translation>告知書%1已補打。</translation>
    </message>
    <message>
        <source>The letter %1 is saved again as %2.</source>
        <translation>告知書%1已再次儲存為 %2。</translation>
    </message>
    <message>
        <source>The letter %1 is printed and kept with the report.</source>
        <translation>告知書%1已列印，並隨件存檔。</translation>
    </message>
    <message>
        <source>The letter %1 is saved as %2 and kept with the report.</source>
        <translation>告知書%1已儲存為 %2，並隨件存檔。</translation>
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
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
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
    <message>
        <source>This store has no administrator yet. The administrator signs in first, then adds the office&apos;s users and gives each their role; every record carries the name of the user who signed in.</source>
        <translation>本資料庫還沒有管理員。管理員先登入，再新增本單位的使用者併為每人分配角色；每條記錄都署有登入使用者的姓名。</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理員</translation>
    </message>
    <message>
        <source>Letters and digits, e.g. admin</source>
        <translation>字母和數字，如 admin</translation>
    </message>
    <message>
        <source>At least 8 characters</source>
        <translation>至少 8 個字元</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>登入名(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密碼(&amp;P)：</translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation>再次輸入密碼(&amp;A)：</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>兩次輸入的密碼不一致。</translation>
    </message>
</context>
<context>
    <name>qf::FollowUpCode</name>
    <message>
        <source>The cryptography library could not be started.</source>
        <translation>無法啟動加密元件。</translation>
    </message>
    <message>
        <source>Not enough memory to protect the follow-up code.</source>
        <translation>記憶體不足，無法保護查詢碼。</translation>
    </message>
</context>
<context>
    <name>qf::FollowUpCodes</name>
    <message>
        <source>Cannot read the report&apos;s follow-up code: %1</source>
        <translation>無法讀取該件的查詢碼：%1</translation>
    </message>
    <message>
        <source>There is no report %1.</source>
        <translation>沒有信訪件 %1。</translation>
    </message>
    <message>
        <source>A follow-up code has 16 digits; please check the code.</source>
        <translation>查詢碼為16位數字，請核對。</translation>
    </message>
    <message>
        <source>Cannot look the code up: %1</source>
        <translation>無法查詢該查詢碼：%1</translation>
    </message>
</context>
<context>
    <name>qf::FormDialog</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>qf::HelpDialog</name>
    <message>
        <source>User guide</source>
        <translation>使用說明</translation>
    </message>
</context>
<context>
    <name>qf::HistoryPanel</name>
    <message>
        <source>Visit</source>
        <translation>來訪</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>來電</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>來信</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>網路</translation>
    </message>
    <message>
        <source>Forwarded</source>
        <translation>轉送</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>移交</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>Referred elsewhere</source>
        <translation>告知另行反映</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>已登記</translation>
    </message>
    <message>
        <source>Filed as repeat</source>
        <translation>作為重複舉報存檔</translation>
    </message>
    <message>
        <source>Concluded</source>
        <translation>已辦結</translation>
    </message>
    <message>
        <source>Being handled</source>
        <translation>辦理中</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>已分送</translation>
    </message>
    <message>
        <source>Waiting / in conversation</source>
        <translation>候談/談話中</translation>
    </message>
    <message>
        <source>History of this visitor</source>
        <translation>該來訪人的歷史記錄</translation>
    </message>
    <message>
        <source>Key petitioner</source>
        <translation>重點信訪人</translation>
    </message>
    <message>
        <source>Shows the stored identity of this person; the view is recorded in the audit log.</source>
        <translation>顯示此人存檔的身份資訊；本次檢視將記入審計日誌。</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>編號</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>事項</translation>
    </message>
    <message>
        <source>No visitor yet.</source>
        <translation>暫無來訪人。</translation>
    </message>
    <message>
        <source>First contact: this person is not in the records.</source>
        <translation>首次來訪：記錄中沒有此人。</translation>
    </message>
    <message>
        <source>Known person: %1 visit(s), %2 call(s), %3 other report(s).</source>
        <translation>已有記錄：來訪 %1 次，來電 %2 次，其他信訪件 %3 件。</translation>
    </message>
    <message>
        <source>(restricted)</source>
        <translation>（受限）</translation>
    </message>
    <message>
        <source>The receipt of the chosen visit, with its registration number; the follow-up code is not printed again.</source>
        <translation>補打所選來訪的回執，登記編號不變；查詢碼不再列印。</translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation>開啟檔案…</translation>
    </message>
    <message>
        <source>Fill from records…</source>
        <translation>從記錄中填入…</translation>
    </message>
    <message>
        <source>Reprint the receipt…</source>
        <translation>補打回執(&amp;B)…</translation>
    </message>
</context>
<context>
    <name>qf::Hotline</name>
    <message>
        <source>This callback is no longer open.</source>
        <translation>該回撥任務已不在待辦中。</translation>
    </message>
    <message>
        <source>The number of this callback cannot be opened with your role.</source>
        <translation>您的角色無權檢視該回撥號碼。</translation>
    </message>
    <message>
        <source>The call could not be recorded completely: %1 The recording is kept at %2.</source>
        <translation>來電記錄未能完整儲存：%1 錄音保留在 %2。</translation>
    </message>
</context>
<context>
    <name>qf::HotlineOfficeSettings</name>
    <message>
        <source>Hotline (this office)</source>
        <translation>熱線（本單位）</translation>
    </message>
    <message>
        <source>Record every answered call (operators cannot turn it off)</source>
        <translation>所有接聽的通話一律錄音（接線員不能關閉）</translation>
    </message>
    <message>
        <source>the same working day</source>
        <translation>當個工作日內</translation>
    </message>
    <message>
        <source> working days later</source>
        <translation> 個工作日內</translation>
    </message>
    <message>
        <source>Missed calls called back by:</source>
        <translation>未接來電回撥期限：</translation>
    </message>
    <message>
        <source>The working day ends at:</source>
        <translation>工作日下班時間：</translation>
    </message>
    <message>
        <source>These rules hold for every workstation of the office once synced.</source>
        <translation>同步後，本單位所有工作站都按這些規則執行。</translation>
    </message>
    <message>
        <source>Only the administrator changes the office&apos;s hotline rules.</source>
        <translation>本單位的熱線規則只能由管理員修改。</translation>
    </message>
    <message>
        <source>Saved. The rules hold for every workstation of the office once synced.</source>
        <translation>已儲存。同步後，本單位所有工作站都按這些規則執行。</translation>
    </message>
    <message>
        <source>Save the hotline r&amp;ules</source>
        <translation>儲存熱線規則(&amp;U)</translation>
    </message>
</context>
<context>
    <name>qf::HotlineWorkspace</name>
    <message>
        <source>Connect the line</source>
        <translation>接通線路</translation>
    </message>
    <message>
        <source>Line settings…</source>
        <translation>線路設定…</translation>
    </message>
    <message>
        <source>&lt;b&gt;To call back&lt;/b&gt; (missed, declined and abandoned calls)</source>
        <translation>&lt;b&gt;待回撥&lt;/b&gt;（未接、拒接和放棄的來電）</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>回撥期限</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>號碼</translation>
    </message>
    <message>
        <source>Missed at</source>
        <translation>來電時間</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Call back (F5)</source>
        <translation>回撥（F5）</translation>
    </message>
    <message>
        <source>Called back by another phone…</source>
        <translation>已用其他電話回撥…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Latest calls&lt;/b&gt;</source>
        <translation>&lt;b&gt;最近來電&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>時長</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>錄音</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>舉報</translation>
    </message>
    <message>
        <source>Register a phone report from the call…</source>
        <translation>據此來電登記電話舉報…</translation>
    </message>
    <message>
        <source>Attach the call to a case…</source>
        <translation>將來電關聯到已有件…</translation>
    </message>
    <message>
        <source>Called back</source>
        <translation>已回撥</translation>
    </message>
    <message>
        <source>How did the callback go?</source>
        <translation>回撥情況如何？</translation>
    </message>
    <message>
        <source>Hotline</source>
        <translation>12388 熱線</translation>
    </message>
    <message>
        <source>Attach the call to a case</source>
        <translation>將來電關聯到已有件</translation>
    </message>
    <message>
        <source>Registration number of the case:</source>
        <translation>件的編號：</translation>
    </message>
    <message>
        <source>Connect the line first.</source>
        <translation>請先接通線路。</translation>
    </message>
    <message>
        <source>Calling back %1…</source>
        <translation>正在回撥 %1…</translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation>（不可見）</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>今日到期</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待回撥</translation>
    </message>
    <message>
        <source>%1:%2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>linked</source>
        <translation>已關聯</translation>
    </message>
    <message numerus="yes">
        <source> · no answer %n time(s), last %1</source>
        <translation>
            <numerusform> · 已回撥 %n 次未接通，最近一次 %1</numerusform>
        </translation>
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
        <translation>不支援此類證件（證件型別代碼 %1）。</translation>
    </message>
    <message>
        <source>The card could not be read as a valid card: %1. Place it again; if this repeats, check the document by eye and type the identity in (F3).</source>
        <translation>該證件無法作為有效證件讀取：%1。請重新放置；如仍如此，請目視核對證件並手工錄入身份資訊（F3）。</translation>
    </message>
    <message>
        <source>its text is not valid UTF-16</source>
        <translation>其文字不是有效的 UTF-16</translation>
    </message>
    <message>
        <source>the name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>the English name</source>
        <translation>英文姓名</translation>
    </message>
    <message>
        <source>the sex</source>
        <translation>性別</translation>
    </message>
    <message>
        <source>the ethnic group</source>
        <translation>民族</translation>
    </message>
    <message>
        <source>the address</source>
        <translation>住址</translation>
    </message>
    <message>
        <source>the ID number</source>
        <translation>身份證號碼</translation>
    </message>
    <message>
        <source>the issuer</source>
        <translation>簽發機關</translation>
    </message>
    <message>
        <source>the pass number</source>
        <translation>通行證號碼</translation>
    </message>
    <message>
        <source>the issue count</source>
        <translation>簽發次數</translation>
    </message>
    <message>
        <source>the nationality</source>
        <translation>國籍</translation>
    </message>
    <message>
        <source>the card version</source>
        <translation>證件版本</translation>
    </message>
    <message>
        <source>%1 holds %2</source>
        <translation>%1含有%2</translation>
    </message>
    <message>
        <source>it holds no name</source>
        <translation>證件上沒有姓名</translation>
    </message>
    <message>
        <source>its birth date is not a date</source>
        <translation>出生日期不是有效日期</translation>
    </message>
    <message>
        <source>its birth date lies in the future</source>
        <translation>出生日期在將來</translation>
    </message>
    <message>
        <source>its sex code is not one of GB/T 2261.1</source>
        <translation>性別代碼不符合 GB/T 2261.1</translation>
    </message>
    <message>
        <source>its ID number is not valid (%1)</source>
        <translation>身份證號碼無效（%1）</translation>
    </message>
    <message>
        <source>a card holds the 18-character number</source>
        <translation>證件上應為 18 位號碼</translation>
    </message>
    <message>
        <source>its ID number is not one of this kind of card</source>
        <translation>身份證號碼與證件型別不符</translation>
    </message>
    <message>
        <source>its sex differs from the one the ID number gives</source>
        <translation>性別與身份證號碼所示性別不一致</translation>
    </message>
    <message>
        <source>its card number is not valid (18 characters starting with 9, with the check character at the end)</source>
        <translation>證件號碼無效（應為以 9 開頭的 18 位，末位為校驗碼）</translation>
    </message>
    <message>
        <source>its permanent-residence number is not valid (three letters and twelve digits)</source>
        <translation>永久居留證號碼無效（應為三個字母加十二位數字）</translation>
    </message>
    <message>
        <source>its birth date differs from the one in its number</source>
        <translation>出生日期與號碼中的出生日期不一致</translation>
    </message>
    <message>
        <source>the start of its validity is not a date</source>
        <translation>有效期起始日期不是有效日期</translation>
    </message>
    <message>
        <source>the start of its validity (%1) is not possible</source>
        <translation>有效期起始日期（%1）不可能成立</translation>
    </message>
    <message>
        <source>the end of its validity is neither a date nor 长期</source>
        <translation>有效期截止日期既不是日期也不是“長期”</translation>
    </message>
    <message>
        <source>its validity ends before it begins</source>
        <translation>有效期截止日期早於起始日期</translation>
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
        <translation>身份證號碼開頭不是已知的行政區劃代碼。</translation>
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
    <message>
        <source>The birth date in the ID number (%1) makes the holder older than 120 years; check the number against the card.</source>
        <translation>身份證號碼中的出生日期（%1）表明持證人已超過 120 歲，請對照證件核對號碼。</translation>
    </message>
</context>
<context>
    <name>qf::IdentityMasker</name>
    <message>
        <source>The persons of the case could not be read: %1</source>
        <translation>無法讀取本件涉及的人員：%1</translation>
    </message>
</context>
<context>
    <name>qf::IdentityReleases</name>
    <message>
        <source>Sign in first.</source>
        <translation>請先登入。</translation>
    </message>
    <message>
        <source>Say why you need the reporter&apos;s identity.</source>
        <translation>請說明需要舉報人身份資訊的理由。</translation>
    </message>
    <message>
        <source>The reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>This report is anonymous: there is no identity to release.</source>
        <translation>該件為匿名舉報，沒有可提供的身份資訊。</translation>
    </message>
    <message>
        <source>Your account has no key to receive an identity; ask the administrator to reset your password.</source>
        <translation>您的賬戶沒有接收身份資訊的金鑰，請管理員重置您的密碼。</translation>
    </message>
    <message>
        <source>The request could not be saved: %1</source>
        <translation>無法儲存申請：%1</translation>
    </message>
    <message>
        <source>The requests could not be read: %1</source>
        <translation>無法讀取申請：%1</translation>
    </message>
    <message>
        <source>There is no release request %1.</source>
        <translation>沒有編號為 %1 的身份資訊申請。</translation>
    </message>
    <message>
        <source>Only a custodian decides on releasing an identity.</source>
        <translation>只有保管人可以決定是否提供身份資訊。</translation>
    </message>
    <message>
        <source>A custodian does not decide on their own request.</source>
        <translation>保管人不能審批自己的申請。</translation>
    </message>
    <message>
        <source>This request has been decided already.</source>
        <translation>該申請已經審批。</translation>
    </message>
    <message>
        <source>Give the requester a reason for the decision.</source>
        <translation>請向申請人說明審批理由。</translation>
    </message>
    <message>
        <source>The request could not be read.</source>
        <translation>無法讀取該申請。</translation>
    </message>
    <message>
        <source>release to the requester of %1</source>
        <translation>向申請 %1 的申請人提供</translation>
    </message>
    <message>
        <source>The requester&apos;s account is disabled or has no key.</source>
        <translation>申請人的賬戶已停用或沒有金鑰。</translation>
    </message>
    <message>
        <source>The decision could not be saved: %1</source>
        <translation>無法儲存審批結果：%1</translation>
    </message>
    <message>
        <source>An identity is released to its requester only.</source>
        <translation>身份資訊只提供給申請人本人。</translation>
    </message>
    <message>
        <source>The custodian refused: %1</source>
        <translation>保管人不同意：%1</translation>
    </message>
    <message>
        <source>The custodian has not decided yet.</source>
        <translation>保管人尚未審批。</translation>
    </message>
    <message>
        <source>The release ran out at %1; ask again if you still need it.</source>
        <translation>檢視期限已於 %1 屆滿；如仍需要，請重新申請。</translation>
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
    <message>
        <source>The office&apos;s sealing key is damaged.</source>
        <translation>本單位的加密公鑰已損壞。</translation>
    </message>
    <message>
        <source>Your role may not see identities.</source>
        <translation>您的角色無權檢視身份資訊。</translation>
    </message>
</context>
<context>
    <name>qf::ImportDialog</name>
    <message>
        <source>Import online reports</source>
        <translation>匯入網路舉報件</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在讀取 %1…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Online platform export (*.jsonl *.json *.csv);;All files (*)</source>
        <translation>網路舉報平臺匯出檔案 (*.jsonl *.json *.csv);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Importing %1 records…</source>
        <translation>正在匯入 %1 條記錄…</translation>
    </message>
    <message>
        <source>Stopped by you; the reports imported so far are kept.</source>
        <translation>已按您的操作停止；已匯入的舉報件予以保留。</translation>
    </message>
    <message>
        <source>Imported %1 of %2 records…</source>
        <translation>已匯入 %1 條，共 %2 條記錄…</translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation>已匯入：%1</translation>
    </message>
    <message>
        <source>Already present: %1</source>
        <translation>已存在：%1</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>已拒絕：%1</translation>
    </message>
    <message>
        <source>  line %1: %2</source>
        <translation>  第 %1 行：%2</translation>
    </message>
    <message>
        <source>Marked for correction: %1</source>
        <translation>標記待更正：%1</translation>
    </message>
    <message>
        <source>  line %1 (%2): %3</source>
        <translation>  第 %1 行（%2）：%3</translation>
    </message>
    <message>
        <source>Possible repeats: %1</source>
        <translation>可能重複：%1</translation>
    </message>
    <message>
        <source>  line %1 (%2) may repeat %3</source>
        <translation>  第 %1 行（%2）可能與 %3 重複</translation>
    </message>
    <message>
        <source>Every record was imported.</source>
        <translation>全部記錄均已匯入。</translation>
    </message>
    <message>
        <source>Some records were rejected; see the lines below.</source>
        <translation>部分記錄被拒絕，詳見下方各行。</translation>
    </message>
    <message>
        <source>&amp;Export the lines…</source>
        <translation>匯出問題行(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Print the lines…</source>
        <translation>列印問題行(&amp;P)…</translation>
    </message>
    <message>
        <source>The rejected lines, the lines marked for correction and the possible repeats</source>
        <translation>被拒絕的行、需校正的行和可能重複的行</translation>
    </message>
    <message>
        <source>import-lines</source>
        <translation>匯入問題行</translation>
    </message>
    <message>
        <source>Import: lines that need attention</source>
        <translation>匯入：需要處理的行</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>檔案：%1</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行號</translation>
    </message>
    <message>
        <source>What</source>
        <translation>情況</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>編號</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒絕</translation>
    </message>
    <message>
        <source>Marked for correction</source>
        <translation>需校正</translation>
    </message>
    <message>
        <source>Possible repeat</source>
        <translation>可能重複</translation>
    </message>
</context>
<context>
    <name>qf::ImportJob</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>無法讀取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is larger than 1 GB; split the export into smaller files.</source>
        <translation>%1 大於 1 GB，請將匯出內容拆分為較小的檔案。</translation>
    </message>
    <message>
        <source>%1 is not a text file of reports: it holds binary data (line %2); nothing was imported.</source>
        <translation>%1 不是舉報件文字檔案：其中含有二進位制資料（第 %2 行）；未匯入任何內容。</translation>
    </message>
    <message>
        <source>not valid JSON: the line ends early (%1)</source>
        <translation>不是有效的 JSON：該行提前結束（%1）</translation>
    </message>
    <message>
        <source>not valid JSON: %1 at character %2</source>
        <translation>不是有效的 JSON：%1（第 %2 個字元處）</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>不是 JSON 物件</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text (line %1); nothing was imported.</source>
        <translation>該檔案不是 UTF-8 文字（第 %1 行）；未匯入任何內容。</translation>
    </message>
    <message>
        <source>The first line of a CSV file must name the columns; %1 missing. Nothing was imported.</source>
        <translation>CSV 檔案的第一行必須為列名；缺少 %1。未匯入任何內容。</translation>
    </message>
    <message>
        <source>%1 fields where the header names %2</source>
        <translation>有 %1 個欄位，而表頭列出 %2 個</translation>
    </message>
    <message>
        <source>Cannot read the categories: %1</source>
        <translation>無法讀取類別：%1</translation>
    </message>
    <message>
        <source>Cannot read the reports: %1</source>
        <translation>無法讀取信訪件：%1</translation>
    </message>
    <message>
        <source>category &apos;%1&apos; is not in the taxonomy</source>
        <translation>類別“%1”不在分類體系中</translation>
    </message>
    <message>
        <source>Line %1 could not be registered: %2</source>
        <translation>第 %1 行無法登記：%2</translation>
    </message>
    <message>
        <source>%1 looks like UTF-16 text but is not valid UTF-16; save it as UTF-8. Nothing was imported.</source>
        <translation>%1 看起來是 UTF-16 文字，但不是有效的 UTF-16，請另存為 UTF-8。未匯入任何內容。</translation>
    </message>
    <message>
        <source>%1; lines %2 to %3 are read again as rows of their own</source>
        <translation>%1；第 %2 至 %3 行已重新作為單獨的行讀取</translation>
    </message>
    <message>
        <source>import reports</source>
        <translation>匯入信訪件</translation>
    </message>
    <message>
        <source>%1 is this workstation&apos;s database, not an export of online reports. Nothing was imported.</source>
        <translation>%1 是本機的資料庫檔案，不是網上舉報的匯出檔案。未匯入任何內容。</translation>
    </message>
</context>
<context>
    <name>qf::ImportRecord</name>
    <message>
        <source>the required key %1 is missing</source>
        <translation>缺少必填欄位 %1</translation>
    </message>
    <message>
        <source>%1 must be text</source>
        <translation>%1 必須是文字</translation>
    </message>
    <message>
        <source>source_id is empty</source>
        <translation>source_id 為空</translation>
    </message>
    <message>
        <source>content is empty</source>
        <translation>content 為空</translation>
    </message>
    <message>
        <source>%1 is not text</source>
        <translation>%1 不是文字</translation>
    </message>
    <message>
        <source>anonymous is neither true nor false</source>
        <translation>anonymous 既不是 true 也不是 false</translation>
    </message>
    <message>
        <source>reporter_id_number: %1</source>
        <translation>reporter_id_number：%1</translation>
    </message>
    <message>
        <source>reporter_phone is not a phone number</source>
        <translation>reporter_phone 不是有效的電話號碼</translation>
    </message>
    <message>
        <source>the report is not anonymous but names no reporter</source>
        <translation>該件不是匿名舉報，但未寫明舉報人</translation>
    </message>
    <message>
        <source>subject_unit or subject_rank is given without subject_name</source>
        <translation>填寫了 subject_unit 或 subject_rank，但缺少 subject_name</translation>
    </message>
    <message>
        <source>received_at: %1</source>
        <translation>received_at：%1</translation>
    </message>
</context>
<context>
    <name>qf::IncomingCallPopup</name>
    <message>
        <source>Call</source>
        <translation>通話</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>來訪</translation>
    </message>
    <message>
        <source>Hotline call</source>
        <translation>熱線來電</translation>
    </message>
    <message>
        <source>Number withheld</source>
        <translation>未顯示號碼</translation>
    </message>
    <message>
        <source>First call from this number.</source>
        <translation>該號碼首次來電。</translation>
    </message>
    <message>
        <source>Earlier: %1 calls, %2 visits, %3 reports.</source>
        <translation>此前：來電 %1 次，來訪 %2 次，舉報 %3 件。</translation>
    </message>
    <message>
        <source>Repeat caller: a matter of theirs is still open.</source>
        <translation>重複來電：其反映事項尚未辦結。</translation>
    </message>
    <message>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>What</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>號碼</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>何事</translation>
    </message>
    <message>
        <source>(restricted)</source>
        <translation>（限閱）</translation>
    </message>
    <message>
        <source>Ringing…</source>
        <translation>振鈴中…</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>保持</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>靜音</translation>
    </message>
    <message>
        <source>Register a phone report…</source>
        <translation>登記電話舉報…</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>恢復通話</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>通話保持中</translation>
    </message>
    <message>
        <source>In call</source>
        <translation>通話中</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>取消靜音</translation>
    </message>
    <message>
        <source>Call ended: %1</source>
        <translation>通話結束：%1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Answer (F12)</source>
        <translation>接聽（F12）</translation>
    </message>
    <message>
        <source>Decline (Shift+F12)</source>
        <translation>拒接 (Shift+F12)</translation>
    </message>
    <message>
        <source>Hang up (Shift+F12)</source>
        <translation>結束通話 (Shift+F12)</translation>
    </message>
</context>
<context>
    <name>qf::InputCheck</name>
    <message>
        <source>a control character (%1) at character %2</source>
        <translation>第 %2 個字元處的控制字元（%1）</translation>
    </message>
    <message>
        <source>a broken character (half of a UTF-16 surrogate pair, %1, not valid Unicode) at character %2</source>
        <translation>第 %2 個字元處的殘缺字元（半個 UTF-16 代理對 %1，不是有效的 Unicode）</translation>
    </message>
    <message>
        <source>a non-character (%1) at character %2</source>
        <translation>第 %2 個字元處的非字元碼位（%1）</translation>
    </message>
    <message>
        <source>a text-direction override (%1), which makes the text read differently from what it holds, at character %2</source>
        <translation>第 %2 個字元處的文字方向控制符（%1），它會使文字顯示得與實際內容不同</translation>
    </message>
    <message>
        <source>a line break or tab at character %1 in a value that must be one line</source>
        <translation>第 %1 個字元處的換行符或製表符（此項只能為單行）</translation>
    </message>
    <message>
        <source>%1: %2 is not allowed.</source>
        <translation>%1：不允許含有%2。</translation>
    </message>
    <message numerus="yes">
        <source>… (%n characters in all)</source>
        <translation>
            <numerusform>…（共 %n 個字元）</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ISO 8601 date and time (e.g. 2026-07-01T09:30:00+08:00)</source>
        <translation>“%1”不是 ISO 8601 日期時間（例如 2026-07-01T09:30:00+08:00）</translation>
    </message>
    <message>
        <source>%1 is not a date of the calendar</source>
        <translation>%1 不是日曆上的日期</translation>
    </message>
    <message>
        <source>%1 is not a time of day (hours 00 to 23, minutes and seconds 00 to 59)</source>
        <translation>%1 不是一天中的時刻（小時為 00 至 23，分鐘和秒為 00 至 59）</translation>
    </message>
    <message>
        <source>%1 is not a time-zone offset (they run from -14:00 to +14:00)</source>
        <translation>%1 不是時區偏移（範圍為 -14:00 至 +14:00）</translation>
    </message>
    <message>
        <source>The time of receipt %1 lies before %2; it cannot be right.</source>
        <translation>收件時間 %1 早於 %2 年，不可能正確。</translation>
    </message>
    <message>
        <source>The time of receipt %1 lies in the future (more than a day after now); check the date.</source>
        <translation>收件時間 %1 在將來（比現在晚一天以上），請檢查日期。</translation>
    </message>
</context>
<context>
    <name>qf::IntakeDialog</name>
    <message>
        <source>Register a report</source>
        <translation>登記信訪舉報</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>登記</translation>
    </message>
    <message>
        <source>&amp;Channel</source>
        <translation>來源渠道(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Document number</source>
        <translation>文號(&amp;D)</translation>
    </message>
    <message>
        <source>Ca&amp;tegory</source>
        <translation>問題類別(&amp;T)</translation>
    </message>
    <message>
        <source>Re&amp;gion</source>
        <translation>地區(&amp;G)</translation>
    </message>
    <message>
        <source>The record (八何)</source>
        <translation>八何</translation>
    </message>
    <message>
        <source>Who (何人)</source>
        <translation>何人</translation>
    </message>
    <message>
        <source>What (何事)</source>
        <translation>何事</translation>
    </message>
    <message>
        <source>When (何时)</source>
        <translation>何時</translation>
    </message>
    <message>
        <source>Where (何地)</source>
        <translation>何地</translation>
    </message>
    <message>
        <source>Why (何因)</source>
        <translation>何因</translation>
    </message>
    <message>
        <source>Result (何果)</source>
        <translation>何果</translation>
    </message>
    <message>
        <source>Demand (何求)</source>
        <translation>何求</translation>
    </message>
    <message>
        <source>Disposition (何处理)</source>
        <translation>何處理</translation>
    </message>
    <message>
        <source>Co&amp;ntent</source>
        <translation>內容(&amp;N)</translation>
    </message>
    <message>
        <source>Reported persons</source>
        <translation>被反映人</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>單位</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>職級</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>職務</translation>
    </message>
    <message>
        <source>Own principal leader</source>
        <translation>本單位主要負責人</translation>
    </message>
    <message>
        <source>&amp;Add person</source>
        <translation>新增人員(&amp;A)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>舉報人</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份證號碼</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>The identity is encrypted when saved and shown only to entitled roles.</source>
        <translation>身份資訊儲存時加密，僅向有許可權的角色顯示。</translation>
    </message>
    <message>
        <source>Scanned pages and files</source>
        <translation>掃描頁和檔案</translation>
    </message>
    <message>
        <source>Drop PDF, JPEG or PNG files anywhere on this window, or choose them.</source>
        <translation>將 PDF、JPEG 或 PNG 檔案拖放到本視窗任意位置，或點選選擇檔案。</translation>
    </message>
    <message>
        <source>Choose &amp;files…</source>
        <translation>選擇檔案(&amp;F)…</translation>
    </message>
    <message>
        <source>Attach scans</source>
        <translation>新增掃描件</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.jpg *.jpeg *.png)</source>
        <translation>掃描件 (*.pdf *.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>登記(&amp;R)</translation>
    </message>
    <message>
        <source>Earlier report</source>
        <translation>此前的信訪件</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收件日期</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>決定</translation>
    </message>
    <message>
        <source>It brings new facts</source>
        <translation>含有新事實</translation>
    </message>
    <message>
        <source>&amp;Confirm: it repeats this report</source>
        <translation>確認：與此件重複(&amp;C)</translation>
    </message>
    <message>
        <source>Not a &amp;repeat</source>
        <translation>不是重複件(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Open the report</source>
        <translation>開啟此件(&amp;O)</translation>
    </message>
    <message>
        <source>Register &amp;another</source>
        <translation>繼續登記(&amp;A)</translation>
    </message>
    <message>
        <source>The office&apos;s own principal leader: the report goes to the higher office and is restricted.</source>
        <translation>本單位主要負責人：此件將報送上級單位，並限制查閱。</translation>
    </message>
    <message>
        <source>Scanned pages of the letter</source>
        <translation>來信掃描頁</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>Only PDF, JPEG and PNG files can be attached; not taken: %1</source>
        <translation>只能新增 PDF、JPEG 和 PNG 檔案；未新增：%1</translation>
    </message>
    <message>
        <source>This report is already registered as %1.</source>
        <translation>此件已登記，登記編號為 %1。</translation>
    </message>
    <message>
        <source>Registered. Registration number:</source>
        <translation>已登記。登記編號：</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) attached.</source>
        <translation>
            <numerusform>已新增 %n 個檔案。</numerusform>
        </translation>
    </message>
    <message>
        <source>This report may repeat an earlier one. Choose the report and confirm, or say it is not a repeat.</source>
        <translation>此件可能與此前某件重複。請選擇該件並確認，或確認不是重複件。</translation>
    </message>
    <message>
        <source>No earlier report looks like a repeat of this one.</source>
        <translation>未發現與此件重複的此前信訪件。</translation>
    </message>
    <message>
        <source>Choose the earlier report first.</source>
        <translation>請先選擇此前的信訪件。</translation>
    </message>
    <message>
        <source>repeat with new facts</source>
        <translation>重複件，含新事實</translation>
    </message>
    <message>
        <source>repeat, kept on file</source>
        <translation>重複件，存檔備查</translation>
    </message>
    <message>
        <source>not a repeat</source>
        <translation>非重複件</translation>
    </message>
    <message>
        <source>Follow-up code for the reporter:</source>
        <translation>反映人查詢碼：</translation>
    </message>
    <message>
        <source>Tell it to the reporter or write it into the acceptance letter now: it is shown only this once. With it the reporter can follow the stage of the report.</source>
        <translation>請現在告知反映人或寫入受理告知書：查詢碼僅顯示這一次。反映人憑查詢碼可檢視辦理進度。</translation>
    </message>
    <message>
        <source>Recei&amp;ved</source>
        <translation>收件日期(&amp;V)</translation>
    </message>
    <message>
        <source>Anon&amp;ymous</source>
        <translation>匿名(&amp;Y)</translation>
    </message>
    <message>
        <source>Rea&amp;l name</source>
        <translation>實名(&amp;L)</translation>
    </message>
    <message>
        <source>The pages taken cannot be kept: %1</source>
        <translation>拍攝的頁面無法儲存：%1</translation>
    </message>
    <message numerus="yes">
        <source>Reading the %n page(s) taken…</source>
        <translation>
            <numerusform>正在識別拍攝的 %n 頁…</numerusform>
        </translation>
    </message>
    <message>
        <source>Document ca&amp;mera…</source>
        <translation>高拍儀拍攝(&amp;M)…</translation>
    </message>
</context>
<context>
    <name>qf::IssuedDocuments</name>
    <message>
        <source>Cannot read the issued documents: %1</source>
        <translation>無法讀取已制發文書：%1</translation>
    </message>
    <message>
        <source>The document number %1 was given to another document meanwhile; please print the document again (it will carry %2).</source>
        <translation>文號%1已被其他文書使用，請重新列印（新文號為%2）。</translation>
    </message>
</context>
<context>
    <name>qf::JurisdictionPage</name>
    <message>
        <source>Office</source>
        <translation>承辦機關</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>單位</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地區</translation>
    </message>
    <message>
        <source>Ranks</source>
        <translation>職級</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>(any)</source>
        <translation>（不限）</translation>
    </message>
    <message>
        <source>New jurisdiction rule</source>
        <translation>新建管轄規則</translation>
    </message>
    <message>
        <source>Change the jurisdiction rule</source>
        <translation>修改管轄規則</translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation>承辦機關(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>單位(&amp;U)：</translation>
    </message>
    <message>
        <source>empty: any unit</source>
        <translation>留空表示不限單位</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>地區(&amp;G)：</translation>
    </message>
    <message>
        <source>empty: any region</source>
        <translation>留空表示不限地區</translation>
    </message>
    <message>
        <source>&amp;Ranks:</source>
        <translation>職級(&amp;R)：</translation>
    </message>
    <message>
        <source>comma-separated, e.g. 科级, 股级; empty: any rank</source>
        <translation>以逗號分隔，例如 科級, 股級；留空表示不限職級</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>備註(&amp;N)：</translation>
    </message>
    <message>
        <source>The office is proposed for reports whose reported person matches every criterion given.</source>
        <translation>被反映人符合所填全部條件的信訪件，將建議分送該承辦機關。</translation>
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
    <name>qf::KnownKeyProvider</name>
    <message>
        <source>Keys cannot be changed from this thread.</source>
        <translation>不能在此執行緒中更改金鑰。</translation>
    </message>
</context>
<context>
    <name>qf::LineSettingsDialog</name>
    <message>
        <source>Hotline line</source>
        <translation>熱線線路</translation>
    </message>
    <message>
        <source>empty: answer direct calls only</source>
        <translation>留空：只接聽直連來電</translation>
    </message>
    <message>
        <source>empty: the registrar itself</source>
        <translation>留空：即註冊伺服器</translation>
    </message>
    <message>
        <source>kept in the system keychain</source>
        <translation>儲存在系統鑰匙串中</translation>
    </message>
    <message>
        <source>unchanged (kept in the system keychain)</source>
        <translation>不變（儲存在系統鑰匙串中）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選擇…</translation>
    </message>
    <message>
        <source>Announcement</source>
        <translation>錄音提示音</translation>
    </message>
    <message>
        <source>WAV sound (*.wav)</source>
        <translation>WAV 音訊 (*.wav)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>No headset or sound card on this workstation</source>
        <translation>本工作站沒有耳麥或音效卡</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>線路</translation>
    </message>
    <message>
        <source>SIP account</source>
        <translation>SIP 賬號</translation>
    </message>
    <message>
        <source>Registrar (domain)</source>
        <translation>註冊伺服器（域）</translation>
    </message>
    <message>
        <source>Outbound proxy</source>
        <translation>出站代理</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>傳輸方式</translation>
    </message>
    <message>
        <source>Local port</source>
        <translation>本地埠</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密碼</translation>
    </message>
    <message>
        <source>Recorded announcement</source>
        <translation>錄音提示</translation>
    </message>
    <message>
        <source>Missed after ringing</source>
        <translation>振鈴超過即為未接</translation>
    </message>
    <message>
        <source>Record calls</source>
        <translation>通話錄音</translation>
    </message>
    <message>
        <source>Record calls (required by the office; set by the administrator)</source>
        <translation>通話錄音（本單位要求錄音，由管理員設定）</translation>
    </message>
</context>
<context>
    <name>qf::LinphoneLine</name>
    <message>
        <source>The phone line has no folder to work in.</source>
        <translation>電話線路沒有工作目錄。</translation>
    </message>
    <message>
        <source>The phone line cannot create its folder %1.</source>
        <translation>電話線路無法建立目錄 %1。</translation>
    </message>
    <message>
        <source>The announcement %1 does not exist.</source>
        <translation>提示音檔案 %1 不存在。</translation>
    </message>
    <message>
        <source>The phone line could not be started (liblinphone).</source>
        <translation>電話線路無法啟動（liblinphone）。</translation>
    </message>
    <message>
        <source>The phone line cannot listen on port %1.</source>
        <translation>電話線路無法在埠 %1 上監聽。</translation>
    </message>
    <message>
        <source>The SIP account %1 is not a valid address.</source>
        <translation>SIP 賬號 %1 不是有效地址。</translation>
    </message>
    <message>
        <source>The SIP account %1 could not be set up.</source>
        <translation>無法設定 SIP 賬號 %1。</translation>
    </message>
    <message>
        <source>There is no call ringing to answer.</source>
        <translation>沒有正在振鈴的來電可接聽。</translation>
    </message>
    <message>
        <source>The call could not be answered: the caller may have hung up.</source>
        <translation>無法接聽：來電方可能已結束通話。</translation>
    </message>
    <message>
        <source>There is no call ringing to decline.</source>
        <translation>沒有正在振鈴的來電可拒接。</translation>
    </message>
    <message>
        <source>There is no call to hang up.</source>
        <translation>沒有可結束通話的通話。</translation>
    </message>
    <message>
        <source>There is no call in progress.</source>
        <translation>沒有進行中的通話。</translation>
    </message>
    <message>
        <source>The call could not be put on hold.</source>
        <translation>無法保持該通話。</translation>
    </message>
    <message>
        <source>The call could not be resumed.</source>
        <translation>無法恢復該通話。</translation>
    </message>
    <message>
        <source>The phone line is not open.</source>
        <translation>電話線路未接通。</translation>
    </message>
    <message>
        <source>There is no number to call.</source>
        <translation>沒有可撥打的號碼。</translation>
    </message>
    <message>
        <source>%1 is not a number that can be called.</source>
        <translation>%1 不是可撥打的號碼。</translation>
    </message>
    <message>
        <source>The call to %1 could not be placed.</source>
        <translation>無法撥打 %1。</translation>
    </message>
    <message>
        <source>The phone line&apos;s SIP module (libqingfeng_sip.so) could not be loaded%1. Reinstall Qingfeng.</source>
        <translation>無法載入電話線路的 SIP 模組（libqingfeng_sip.so）%1。請重新安裝清風。</translation>
    </message>
</context>
<context>
    <name>qf::ListActions</name>
    <message>
        <source>Export the list</source>
        <translation>匯出列表</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>已儲存到 %1</translation>
    </message>
    <message>
        <source>Preview closed, nothing printed.</source>
        <translation>預覽已關閉，未列印。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) copied</source>
        <translation>
            <numerusform>已複製 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy the selected rows</source>
        <translation>複製所選行</translation>
    </message>
    <message>
        <source>Export the list…</source>
        <translation>匯出列表…</translation>
    </message>
    <message>
        <source>Print the list…</source>
        <translation>列印列表…</translation>
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
    <message>
        <source>&amp;Import online reports…</source>
        <translation>匯入網路舉報(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>同步(&amp;S)</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>立即同步(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Conflicts and refused changes…</source>
        <translation>衝突和被拒絕的變更(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Reference tables…</source>
        <translation>基礎表(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation>審計日誌(&amp;A)…</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Qingfeng is locked&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;清風已鎖定&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密碼</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解鎖(&amp;U)</translation>
    </message>
    <message>
        <source>S&amp;witch user…</source>
        <translation>切換使用者(&amp;W)…</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2). Enter the password to go on.</source>
        <translation>當前登入：%1（%2）。請輸入密碼繼續。</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>鎖定(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Users and roles…</source>
        <translation>使用者與角色(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Identity release requests…</source>
        <translation>身份資訊申請(&amp;I)…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>使用說明(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>鍵盤快捷鍵(&amp;K)</translation>
    </message>
</context>
<context>
    <name>qf::MeetingStore</name>
    <message>
        <source>Case management</source>
        <translation>案件監督管理室</translation>
    </message>
    <message>
        <source>Trial</source>
        <translation>案件審理室</translation>
    </message>
    <message>
        <source>Inspection tours</source>
        <translation>巡察機構</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>組織部門</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>審計部門</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>信訪室</translation>
    </message>
    <message>
        <source>A meeting needs the date it is held on.</source>
        <translation>研判會須填寫召開日期。</translation>
    </message>
    <message>
        <source>The meeting could not be read: %1</source>
        <translation>無法讀取研判會：%1</translation>
    </message>
    <message>
        <source>There is no meeting %1.</source>
        <translation>沒有研判會 %1。</translation>
    </message>
    <message>
        <source>The participants could not be read: %1</source>
        <translation>無法讀取參會人員：%1</translation>
    </message>
    <message>
        <source>The agenda could not be read: %1</source>
        <translation>無法讀取議程：%1</translation>
    </message>
    <message>
        <source>The meetings could not be read: %1</source>
        <translation>無法讀取研判會列表：%1</translation>
    </message>
    <message>
        <source>A participant needs a name.</source>
        <translation>參會人員須填寫姓名。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a department of the review meeting.</source>
        <translation>“%1”不是研判會的參會部門。</translation>
    </message>
    <message>
        <source>This case is already on the agenda.</source>
        <translation>此件已列入議程。</translation>
    </message>
    <message>
        <source>This item is not on the agenda.</source>
        <translation>此件不在議程中。</translation>
    </message>
    <message>
        <source>Choose a decision.</source>
        <translation>請選擇研判決定。</translation>
    </message>
    <message>
        <source>This case has already been decided at this meeting.</source>
        <translation>此件已在本次研判會上作出決定。</translation>
    </message>
    <message>
        <source>A dispatch needs the office the case goes to.</source>
        <translation>分送須指定承辦室。</translation>
    </message>
    <message>
        <source>Only a dispatched case can be sent back; this one is %1.</source>
        <translation>只有已分送的件才能退回；此件當前為“%1”。</translation>
    </message>
    <message>
        <source>Sent back by the review meeting.</source>
        <translation>由研判會退回。</translation>
    </message>
    <message>
        <source>The minutes could not be read: %1</source>
        <translation>無法讀取紀要：%1</translation>
    </message>
    <message>
        <source>This meeting has no minutes yet.</source>
        <translation>本次研判會尚無紀要。</translation>
    </message>
    <message>
        <source>There are no such minutes.</source>
        <translation>沒有該紀要。</translation>
    </message>
    <message>
        <source>These minutes were confirmed on %1 and can no longer be changed. Make an amendment instead: it is kept as a new record linked to them.</source>
        <translation>該紀要已於 %1 確認，不能再修改。請改為修訂：修訂內容將作為與原紀要關聯的新記錄儲存。</translation>
    </message>
    <message>
        <source>These minutes are already confirmed.</source>
        <translation>該紀要已確認。</translation>
    </message>
    <message>
        <source>Only the chair of the meeting, a supervisor or an administrator can confirm minutes.</source>
        <translation>只有研判會主持人、案管督辦人員或系統管理員可以確認紀要。</translation>
    </message>
    <message>
        <source>The minutes are empty.</source>
        <translation>紀要內容為空。</translation>
    </message>
    <message>
        <source>A draft is edited directly; only confirmed minutes are amended.</source>
        <translation>草稿可直接編輯；只有已確認的紀要才需修訂。</translation>
    </message>
    <message>
        <source>These minutes have already been amended; amend the newest version.</source>
        <translation>該紀要已修訂過，請修訂最新版本。</translation>
    </message>
    <message>
        <source>confirm minutes</source>
        <translation>確認紀要</translation>
    </message>
    <message>
        <source>Cannot read the meeting&apos;s decisions: %1</source>
        <translation>無法讀取會議的研判決定：%1</translation>
    </message>
    <message>
        <source>The meeting&apos;s number must be between 1 and 999.</source>
        <translation>會議次數須在1至999之間。</translation>
    </message>
    <message>
        <source>The case could not be read: %1</source>
        <translation>無法讀取該件：%1</translation>
    </message>
    <message>
        <source>Closing a case with no action needs the reasons: write them under Reasons first.</source>
        <translation>“予以了結”須寫明理由：請先在“理由”欄填寫。</translation>
    </message>
    <message>
        <source>Sending a case back needs the reasons: write them under Reasons first.</source>
        <translation>“退回”須寫明理由：請先在“理由”欄填寫。</translation>
    </message>
    <message>
        <source>undo a meeting decision</source>
        <translation>撤銷研判會決定</translation>
    </message>
    <message>
        <source>This case has not been decided at this meeting.</source>
        <translation>本次會議尚未對此件作出決定。</translation>
    </message>
    <message>
        <source>The minutes of this meeting are confirmed: its decisions can no longer be undone.</source>
        <translation>本次會議紀要已確認，其決定不能再撤銷。</translation>
    </message>
    <message>
        <source>The decision could not be read: %1</source>
        <translation>無法讀取該決定：%1</translation>
    </message>
    <message>
        <source>This decision was recorded before decisions could be undone; change the case in its editor instead.</source>
        <translation>此決定記錄於可撤銷功能啟用之前，請在案件編輯中修改。</translation>
    </message>
    <message>
        <source>The case has changed since the decision; change it in its editor instead.</source>
        <translation>作出決定後此件已有變動，請在案件編輯中修改。</translation>
    </message>
</context>
<context>
    <name>qf::MeetingWorkspace</name>
    <message>
        <source>Meeting</source>
        <translation>研判會</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>紀要</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>開啟(&amp;O)</translation>
    </message>
    <message>
        <source>Meeting:</source>
        <translation>研判會：</translation>
    </message>
    <message>
        <source>&amp;New meeting</source>
        <translation>新建研判會(&amp;N)</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>地點：</translation>
    </message>
    <message>
        <source>Show reporter&apos;s identity (audited)</source>
        <translation>顯示舉報人身份（留痕審計）</translation>
    </message>
    <message>
        <source>Show on &amp;projector</source>
        <translation>在投影螢幕上顯示(&amp;P)</translation>
    </message>
    <message>
        <source>Projector:</source>
        <translation>投影螢幕：</translation>
    </message>
    <message>
        <source>Open or create a meeting first.</source>
        <translation>請先開啟或新建研判會。</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) added to the agenda.</source>
        <translation>
            <numerusform>已將 %n 件列入議程。</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a case first.</source>
        <translation>請先選擇信訪件。</translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation>第 %1 件，共 %2 件：%3</translation>
    </message>
    <message>
        <source>Unit / rank: %1 / %2</source>
        <translation>單位 / 職級：%1 / %2</translation>
    </message>
    <message>
        <source>Category: %1 · class %2 (%3/%4/%5) · %6</source>
        <translation>類別：%1 · %2類（%3/%4/%5） · %6</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Decision: %1</source>
        <translation>決定：%1</translation>
    </message>
    <message>
        <source>Only the chair, a supervisor or an administrator may see the reporter&apos;s identity.</source>
        <translation>只有研判會主持人、案管督辦人員或系統管理員可以檢視舉報人身份。</translation>
    </message>
    <message>
        <source>Anonymous report.</source>
        <translation>匿名舉報。</translation>
    </message>
    <message>
        <source>Review meeting</source>
        <translation>研判會</translation>
    </message>
    <message>
        <source>(not numbered)</source>
        <translation>（不編號）</translation>
    </message>
    <message>
        <source>The meeting&apos;s number in its year, printed in the minutes</source>
        <translation>本年度第幾次會議，印在紀要上</translation>
    </message>
    <message>
        <source>Number, place, chair and recorder as the minutes print them</source>
        <translation>紀要上的會議次數、地點、主持人和記錄人</translation>
    </message>
    <message>
        <source>Number in the year:</source>
        <translation>本年第幾次：</translation>
    </message>
    <message>
        <source>Chair:</source>
        <translation>主持人：</translation>
    </message>
    <message>
        <source>Recorder:</source>
        <translation>記錄人：</translation>
    </message>
    <message>
        <source>The heading of the minutes is saved.</source>
        <translation>紀要抬頭已儲存。</translation>
    </message>
    <message>
        <source>%1: %2 (Ctrl+Z undoes it until the minutes are confirmed)</source>
        <translation>%1：%2（紀要確認前可按 Ctrl+Z 撤銷）</translation>
    </message>
    <message>
        <source>“%1” needs the reasons: write them under Reasons, then decide again.</source>
        <translation>“%1”須寫明理由：請在“理由”欄填寫後再作決定。</translation>
    </message>
    <message>
        <source>Record “%1” for %2?</source>
        <translation>確定對 %2 作出“%1”決定嗎？</translation>
    </message>
    <message>
        <source>Dispatch %1 to %2?</source>
        <translation>確定將 %1 分送 %2 嗎？</translation>
    </message>
    <message>
        <source>Confirm the decision</source>
        <translation>確認決定</translation>
    </message>
    <message>
        <source>Not recorded.</source>
        <translation>未記錄。</translation>
    </message>
    <message>
        <source>Open a meeting first.</source>
        <translation>請先開啟一次會議。</translation>
    </message>
    <message>
        <source>There is no decision to undo.</source>
        <translation>沒有可撤銷的決定。</translation>
    </message>
    <message>
        <source>%1: the decision “%2” was undone.</source>
        <translation>%1：已撤銷“%2”決定。</translation>
    </message>
    <message>
        <source>Save the hea&amp;ding</source>
        <translation>儲存紀要抬頭(&amp;J)</translation>
    </message>
    <message>
        <source>Agenda of the review meeting, %1, %2</source>
        <translation>研判會議程（%1，%2）</translation>
    </message>
</context>
<context>
    <name>qf::MinutesDocument</name>
    <message>
        <source>Amendment %1</source>
        <translation>第 %1 次修訂</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>地點：</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>研判決定：</translation>
    </message>
    <message>
        <source>Reasons:</source>
        <translation>理由：</translation>
    </message>
    <message>
        <source>Opinions:</source>
        <translation>意見：</translation>
    </message>
    <message>
        <source>Dissent:</source>
        <translation>不同意見：</translation>
    </message>
    <message>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation>辦理期限：%1</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>簽名</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>簽名：</translation>
    </message>
    <message>
        <source>Chair:</source>
        <translation>主持人：</translation>
    </message>
    <message>
        <source>Confirmed by the chair.</source>
        <translation>已經主持人確認。</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>The minutes could not be written to %1.</source>
        <translation>無法將紀要寫入 %1。</translation>
    </message>
    <message>
        <source>Attendees:</source>
        <translation>出席人員：</translation>
    </message>
    <message>
        <source>No item was decided at this meeting.</source>
        <translation>本次會議未研判決定任何事項。</translation>
    </message>
    <message numerus="yes">
        <source>%n more item(s) not reviewed, carried over to the next meeting.</source>
        <translation>
            <numerusform>另有 %n 件未研判，順延下次。</numerusform>
        </translation>
    </message>
    <message>
        <source>Minutes of the collective review (集体研判纪要)</source>
        <translation>集體研判紀要</translation>
    </message>
    <message>
        <source>Meeting %1 of %2</source>
        <translation>%2年第%1次</translation>
    </message>
    <message>
        <source>Recorder:</source>
        <translation>記錄人：</translation>
    </message>
    <message>
        <source>Sitting in:</source>
        <translation>列席人員：</translation>
    </message>
</context>
<context>
    <name>qf::MinutesPanel</name>
    <message>
        <source>&amp;Draft minutes</source>
        <translation>起草紀要(&amp;D)</translation>
    </message>
    <message>
        <source>C&amp;onfirm</source>
        <translation>確認(&amp;O)</translation>
    </message>
    <message>
        <source>A&amp;mend</source>
        <translation>修訂(&amp;M)</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>另存為 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>The draft minutes were saved.</source>
        <translation>紀要草稿已儲存。</translation>
    </message>
    <message>
        <source>The minutes are confirmed.</source>
        <translation>紀要已確認。</translation>
    </message>
    <message>
        <source>An amendment was started.</source>
        <translation>已開始修訂。</translation>
    </message>
    <message>
        <source>Save the minutes</source>
        <translation>儲存紀要</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 檔案 (*.pdf)</translation>
    </message>
    <message>
        <source>The minutes were saved as %1.</source>
        <translation>紀要已儲存為 %1。</translation>
    </message>
    <message>
        <source>No minutes yet.</source>
        <translation>尚無紀要。</translation>
    </message>
    <message>
        <source>Version %1, confirmed. Confirmed minutes cannot be edited; amend them instead.</source>
        <translation>第 %1 版，已確認。已確認的紀要不能編輯，如需改動請修訂。</translation>
    </message>
    <message>
        <source>Version %1, draft.</source>
        <translation>第 %1 版，草稿。</translation>
    </message>
    <message>
        <source>Open a meeting first.</source>
        <translation>請先開啟研判會。</translation>
    </message>
    <message>
        <source>Draft the minutes first.</source>
        <translation>請先起草紀要。</translation>
    </message>
    <message>
        <source>Only the chair of the meeting, a supervisor or an administrator can confirm minutes.</source>
        <translation>只有研判會主持人、案管督辦人員或系統管理員可以確認紀要。</translation>
    </message>
    <message>
        <source>There are no minutes to amend.</source>
        <translation>沒有可修訂的紀要。</translation>
    </message>
    <message>
        <source>Print previe&amp;w…</source>
        <translation>列印預覽(&amp;W)…</translation>
    </message>
</context>
<context>
    <name>qf::MoveDialog</name>
    <message>
        <source>Move %1</source>
        <translation>%1 狀態變更</translation>
    </message>
    <message>
        <source>Now: %1. Possible moves:</source>
        <translation>當前：%1。可進行的變更：</translation>
    </message>
    <message>
        <source>Not possible now</source>
        <translation>當前不可進行</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>No move is possible here now. Triage, evidence requests and dispatch have their own buttons in the report.</source>
        <translation>當前無可進行的狀態變更。初篩、補證和分送請使用信訪件中的相應按鈕。</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>處置方式(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Substantiated</source>
        <translation>是否屬實(&amp;S)</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>未說明</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>&amp;Apply the move</source>
        <translation>執行變更(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Referred to</source>
        <translation>移交至(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Earlier report (number)</source>
        <translation>此前的信訪件（登記編號）(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>理由(&amp;R)</translation>
    </message>
    <message>
        <source>Choose a move.</source>
        <translation>請選擇一項變更。</translation>
    </message>
</context>
<context>
    <name>qf::OcrEngine</name>
    <message>
        <source>The text recognition (Tesseract with its simplified Chinese model) is not installed.</source>
        <translation>未安裝文字識別元件（Tesseract 及其簡體中文模型）。</translation>
    </message>
    <message>
        <source>The page is empty or could not be read.</source>
        <translation>該頁為空或無法讀取。</translation>
    </message>
    <message>
        <source>The text on the page could not be recognised.</source>
        <translation>無法識別該頁上的文字。</translation>
    </message>
</context>
<context>
    <name>qf::OcrTextPanel</name>
    <message>
        <source>&lt;b&gt;Recognised te&amp;xt&lt;/b&gt;</source>
        <translation>&lt;b&gt;識別出的文字(&amp;X)&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Recognised text</source>
        <translation>識別出的文字</translation>
    </message>
    <message>
        <source>&amp;Use the correction as the content</source>
        <translation>採用校對後的文字作為來信內容(&amp;U)</translation>
    </message>
    <message>
        <source>Corrected by hand: this is the report&apos;s content. The recognition as it came out is kept in the letter&apos;s recognition file.</source>
        <translation>已人工校對：這是本件的內容。原始識別結果仍儲存在來信的識別檔案中。</translation>
    </message>
    <message>
        <source>As recognised; no character was unsure.</source>
        <translation>識別原文；沒有把握不準的字。</translation>
    </message>
    <message numerus="yes">
        <source>As recognised; %n unsure character(s) are marked: check them against the page.</source>
        <translation>
            <numerusform>識別原文；已標出 %n 個把握不準的字：請對照原件核對。</numerusform>
        </translation>
    </message>
    <message>
        <source>Page %1: confidence %2 %</source>
        <translation>第 %1 頁：置信度 %2%</translation>
    </message>
    <message>
        <source>, straightened by %1°</source>
        <translation>，已糾正傾斜 %1°</translation>
    </message>
    <message>
        <source>, turned upright by %1°</source>
        <translation>，已旋轉 %1° 擺正</translation>
    </message>
    <message>
        <source>&amp;Add this text to the content</source>
        <translation>把這些文字加到內容末尾(&amp;A)</translation>
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
    <name>qf::ParticipantsBox</name>
    <message>
        <source>Participants</source>
        <translation>參會人員</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Sits in</source>
        <translation>列席</translation>
    </message>
    <message>
        <source>Sits in on the meeting (列席) rather than attending it (出席)</source>
        <translation>列席會議（而非出席）</translation>
    </message>
    <message>
        <source>sits in</source>
        <translation>列席</translation>
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
    <message>
        <source>There is no photo to store.</source>
        <translation>沒有可儲存的照片。</translation>
    </message>
    <message>
        <source>The name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>The ID number</source>
        <translation>身份證號碼</translation>
    </message>
    <message>
        <source>The phone number</source>
        <translation>電話號碼</translation>
    </message>
    <message>
        <source>The address</source>
        <translation>住址</translation>
    </message>
    <message>
        <source>The card detail %1</source>
        <translation>證件資訊 %1</translation>
    </message>
    <message>
        <source>see identities</source>
        <translation>檢視身份資訊</translation>
    </message>
    <message>
        <source>Your keys do not open identities; sign in again.</source>
        <translation>您的金鑰無法開啟身份資訊，請重新登入。</translation>
    </message>
</context>
<context>
    <name>qf::PhoneLine</name>
    <message>
        <source>Line: off</source>
        <translation>線路：未接通</translation>
    </message>
    <message>
        <source>Line: registering…</source>
        <translation>線路：正在註冊…</translation>
    </message>
    <message>
        <source>Line: registered</source>
        <translation>線路：已註冊</translation>
    </message>
    <message>
        <source>Line: answering direct calls</source>
        <translation>線路：直連線聽中</translation>
    </message>
    <message>
        <source>Line: not registered</source>
        <translation>線路：未註冊</translation>
    </message>
    <message>
        <source>Line: not registered (%1)</source>
        <translation>線路：未註冊（%1）</translation>
    </message>
</context>
<context>
    <name>qf::PhotoPanel</name>
    <message>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>無照片</translation>
    </message>
    <message>
        <source>No photo.</source>
        <translation>無照片。</translation>
    </message>
    <message>
        <source>No camera found.</source>
        <translation>未找到攝像頭。</translation>
    </message>
    <message>
        <source>Camera: %1</source>
        <translation>攝像頭：%1</translation>
    </message>
    <message>
        <source>Take the picture (F6)</source>
        <translation>拍照（F6）</translation>
    </message>
    <message>
        <source>Camera (F6)</source>
        <translation>攝像頭（F6）</translation>
    </message>
    <message>
        <source>The card gave no photo.</source>
        <translation>證件中未讀取到照片。</translation>
    </message>
    <message>
        <source>Photo from the ID card.</source>
        <translation>照片取自身份證。</translation>
    </message>
    <message>
        <source>the decoder gave no picture</source>
        <translation>解碼庫未輸出影象</translation>
    </message>
    <message>
        <source>No photo decoder is installed.</source>
        <translation>未安裝照片解碼庫。</translation>
    </message>
    <message>
        <source>Card photo not decoded, kept as read. F6: take one with the camera.</source>
        <translation>證件照片未解碼，已按讀取原樣儲存。按 F6 可用攝像頭拍照。</translation>
    </message>
    <message>
        <source>Card photo not decoded, kept as read.</source>
        <translation>證件照片未解碼，已按讀取原樣儲存。</translation>
    </message>
    <message>
        <source>Photo on file.</source>
        <translation>已有照片。</translation>
    </message>
    <message>
        <source>Connect a camera and press F6 again, or register without a photo.</source>
        <translation>請連線攝像頭後再按 F6，或不帶照片登記。</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>正在啟動攝像頭…</translation>
    </message>
    <message>
        <source>Ask the visitor to look at the camera, then press F6.</source>
        <translation>請來訪人看向攝像頭，然後按 F6。</translation>
    </message>
    <message>
        <source>Taking the picture…</source>
        <translation>正在拍照…</translation>
    </message>
    <message>
        <source>The camera gave an empty picture; press F6 to try again.</source>
        <translation>攝像頭返回空白影象；請按 F6 重試。</translation>
    </message>
    <message>
        <source>Photo taken with the camera.</source>
        <translation>已用攝像頭拍照。</translation>
    </message>
</context>
<context>
    <name>qf::PresentationWindow</name>
    <message>
        <source>Review meeting — presentation</source>
        <translation>研判會 — 投屏展示</translation>
    </message>
    <message>
        <source>Reported unit / rank</source>
        <translation>被反映人單位 / 職級</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Triage</source>
        <translation>初篩</translation>
    </message>
    <message>
        <source>Proposed dispatch</source>
        <translation>建議分送</translation>
    </message>
    <message>
        <source>Review meeting</source>
        <translation>研判會</translation>
    </message>
    <message>
        <source>Screen %1: %2 (%3×%4)</source>
        <translation>螢幕 %1：%2（%3×%4）</translation>
    </message>
    <message>
        <source>Review meeting · case %1 of %2</source>
        <translation>研判會 · 第 %1 件，共 %2 件</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>not triaged</source>
        <translation>未初篩</translation>
    </message>
    <message>
        <source>class %1 · verifiability %2 · typicality %3 · timeliness %4</source>
        <translation>%1類 · 可查性 %2 · 典型性 %3 · 時效性 %4</translation>
    </message>
    <message>
        <source>no proposal</source>
        <translation>無建議</translation>
    </message>
</context>
<context>
    <name>qf::PrintTemplates</name>
    <message>
        <source>The print template &apos;%1&apos; could not be read: %2</source>
        <translation>無法讀取列印模板“%1”：%2</translation>
    </message>
</context>
<context>
    <name>qf::PrivateFiles</name>
    <message>
        <source>Cannot create the folder %1: %2</source>
        <translation>無法建立資料夾 %1：%2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>無法建立資料夾 %1。</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>無法建立 %1：%2</translation>
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
    <message>
        <source>Sync state — click for conflicts and refused changes</source>
        <translation>同步狀態——點選檢視衝突和被拒絕的變更</translation>
    </message>
    <message>
        <source>First sync: %1 records received</source>
        <translation>首次同步：已接收 %1 條記錄</translation>
    </message>
    <message>
        <source>First sync: building the search index (%1 reports)</source>
        <translation>首次同步：正在建立搜尋索引（%1 件）</translation>
    </message>
</context>
<context>
    <name>qf::ProfileStore</name>
    <message>
        <source>Please enter your name.</source>
        <translation>請輸入您的姓名。</translation>
    </message>
    <message>
        <source>Could not save the profile: %1</source>
        <translation>無法儲存本機使用者資訊：%1</translation>
    </message>
    <message>
        <source>Nobody is signed in.</source>
        <translation>尚無使用者登入。</translation>
    </message>
    <message>
        <source>Cannot read the signed-in user: %1</source>
        <translation>無法讀取當前登入使用者：%1</translation>
    </message>
    <message>
        <source>The signed-in user does not exist in this database.</source>
        <translation>當前登入使用者不在本資料庫中。</translation>
    </message>
</context>
<context>
    <name>qf::QtCamera</name>
    <message>
        <source>The camera could not take the picture: %1</source>
        <translation>攝像頭無法拍照：%1</translation>
    </message>
    <message>
        <source>No camera found.</source>
        <translation>未找到攝像頭。</translation>
    </message>
    <message>
        <source>The camera does not work: %1</source>
        <translation>攝像頭無法工作：%1</translation>
    </message>
    <message>
        <source>Start the camera first.</source>
        <translation>請先啟動攝像頭。</translation>
    </message>
</context>
<context>
    <name>qf::QualityWorkspace</name>
    <message>
        <source>&amp;Quarter:</source>
        <translation>季度(&amp;Q)：</translation>
    </message>
    <message>
        <source>%1 Q%2</source>
        <translation>%1年第%2季度</translation>
    </message>
    <message>
        <source>&amp;Review…</source>
        <translation>覆盤(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Open the case</source>
        <translation>開啟此件(&amp;O)</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>編號</translation>
    </message>
    <message>
        <source>Handling office</source>
        <translation>承辦室</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>承辦人</translation>
    </message>
    <message>
        <source>Concluded</source>
        <translation>辦結</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>覆盤期限</translation>
    </message>
    <message>
        <source>Awaiting review</source>
        <translation>待覆盤</translation>
    </message>
    <message>
        <source>Re-check sample</source>
        <translation>回頭看抽查</translation>
    </message>
    <message>
        <source>Substantiated</source>
        <translation>屬實率</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>滿意率</translation>
    </message>
    <message>
        <source>Reported again</source>
        <translation>重複舉報率</translation>
    </message>
    <message>
        <source>Two low, one high</source>
        <translation>兩低一高</translation>
    </message>
    <message>
        <source>Office quality</source>
        <translation>承辦室辦理質量</translation>
    </message>
    <message>
        <source>Repeat notice</source>
        <translation>重複舉報通報</translation>
    </message>
    <message>
        <source>%1 (late)</source>
        <translation>%1（逾期）</translation>
    </message>
    <message numerus="yes">
        <source>%n concluded report(s) waiting for the closing review, %1 late (due within %2 days).</source>
        <translation>
            <numerusform>%n 件已辦結信訪件待覆盤，其中 %1 件已逾期（應在辦結後 %2 日內覆盤）。</numerusform>
        </translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message numerus="yes">
        <source>%n office(s) with reports concluded in %1, %2 flagged &quot;two low, one high&quot; (low substantiation, low satisfaction, many reported again).</source>
        <translation>
            <numerusform>%1有辦結件的承辦室共 %n 個，其中 %2 個被標記為“兩低一高”（屬實率低、滿意率低、重複舉報率高）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Evidence requests: %1 report(s) asked, %2 needed a second request (%3).</source>
        <translation>補證：共對 %1 件發出補證通知，其中 %2 件需要二次補證（二次補證率 %3）。</translation>
    </message>
    <message>
        <source>Closing review</source>
        <translation>覆盤</translation>
    </message>
    <message>
        <source>Review and re-check</source>
        <translation>覆盤與回頭看</translation>
    </message>
    <message>
        <source>The oldest %1 are listed.</source>
        <translation>下面列出最早的 %1 件。</translation>
    </message>
    <message>
        <source>review-queue</source>
        <translation>待稽核</translation>
    </message>
    <message>
        <source>office-quality</source>
        <translation>各室辦理質量</translation>
    </message>
    <message>
        <source>Quarter: %1</source>
        <translation>季度：%1</translation>
    </message>
</context>
<context>
    <name>qf::QueuePanel</name>
    <message>
        <source>Queue</source>
        <translation>排隊叫號</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等候中</translation>
    </message>
    <message>
        <source>&amp;Room</source>
        <translation>接談室(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;End conversation (F8)</source>
        <translation>結束接談(&amp;E) (F8)</translation>
    </message>
    <message>
        <source>%1  arrived %2</source>
        <translation>%1  %2 到達</translation>
    </message>
    <message>
        <source>  (group of %1)</source>
        <translation>  （集體來訪，%1 人）</translation>
    </message>
    <message>
        <source>In conversation: %1 in %2 since %3</source>
        <translation>正在接談：%1（%2，%3 起）</translation>
    </message>
    <message>
        <source>Nobody in conversation.</source>
        <translation>當前無人接談。</translation>
    </message>
    <message>
        <source>Issue ti&amp;cket (F2)</source>
        <translation>取號(&amp;C) (F2)</translation>
    </message>
    <message>
        <source>C&amp;all next (F5)</source>
        <translation>叫下一位(&amp;A) (F5)</translation>
    </message>
</context>
<context>
    <name>qf::ReceiptDocument</name>
    <message>
        <source>the matter reported in person, with a recording of the conversation</source>
        <translation>當面反映的問題及談話錄音</translation>
    </message>
    <message>
        <source>the matter reported in person</source>
        <translation>當面反映的問題</translation>
    </message>
    <message>
        <source>receipt-%1</source>
        <translation>回執-%1</translation>
    </message>
</context>
<context>
    <name>qf::RecheckPanel</name>
    <message>
        <source>&amp;Draw the sample</source>
        <translation>抽取樣本(&amp;D)</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>編號</translation>
    </message>
    <message>
        <source>Handling office</source>
        <translation>承辦室</translation>
    </message>
    <message>
        <source>Concluded</source>
        <translation>辦結時間</translation>
    </message>
    <message>
        <source>Re-check</source>
        <translation>回頭看</translation>
    </message>
    <message>
        <source>Only a supervisor, a meeting chair or an administrator draws the sample.</source>
        <translation>只有案管督辦人員、研判會主持人或系統管理員可以抽取樣本。</translation>
    </message>
    <message>
        <source>Re-check sample</source>
        <translation>回頭看抽查</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>待複查</translation>
    </message>
    <message>
        <source>problem found: %1</source>
        <translation>發現問題：%1</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>確認無誤</translation>
    </message>
    <message>
        <source>No report was concluded in this period.</source>
        <translation>本期沒有辦結的信訪件。</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) concluded in this period; no sample drawn yet.</source>
        <translation>
            <numerusform>本期共辦結 %n 件，尚未抽取樣本。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 concluded reports drawn (%3 %, seed %4): %5 re-checked, %6 with a problem.</source>
        <translation>已從 %2 件辦結件中抽取 %1 件（比例 %3%，隨機種子 %4）：已複查 %5 件，發現問題 %6 件。</translation>
    </message>
    <message>
        <source>Re-check of %1</source>
        <translation>回頭看：%1</translation>
    </message>
    <message>
        <source>The re-check found a &amp;problem</source>
        <translation>複查發現問題(&amp;P)</translation>
    </message>
    <message>
        <source>What was checked and what it found</source>
        <translation>複查了哪些內容，結論如何</translation>
    </message>
    <message>
        <source>Sh&amp;are to re-check:</source>
        <translation>抽查比例(&amp;A)：</translation>
    </message>
    <message>
        <source>Record the fi&amp;nding…</source>
        <translation>記錄複查結論(&amp;N)…</translation>
    </message>
</context>
<context>
    <name>qf::RecorderPanel</name>
    <message>
        <source>Recording</source>
        <translation>錄音</translation>
    </message>
    <message>
        <source>● Recording %1:%2</source>
        <translation>● 錄音中 %1:%2</translation>
    </message>
    <message>
        <source>Not recording.</source>
        <translation>未在錄音。</translation>
    </message>
    <message>
        <source>Recording ready; it is attached on registration.</source>
        <translation>錄音已就緒，登記時將自動附上。</translation>
    </message>
    <message>
        <source>Start rec&amp;ording (F9)</source>
        <translation>開始錄音(&amp;O) (F9)</translation>
    </message>
    <message>
        <source>Stop rec&amp;ording (F9)</source>
        <translation>停止錄音(&amp;O) (F9)</translation>
    </message>
</context>
<context>
    <name>qf::RecusalPage</name>
    <message>
        <source>Officer</source>
        <translation>承辦人</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>單位</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人員</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>New recusal</source>
        <translation>新建迴避規則</translation>
    </message>
    <message>
        <source>Change the recusal</source>
        <translation>修改迴避規則</translation>
    </message>
    <message>
        <source>&amp;Officer:</source>
        <translation>承辦人(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>單位(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>人員(&amp;P)：</translation>
    </message>
    <message>
        <source>name of a reported person</source>
        <translation>被反映人姓名</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>e.g. close relative works in the unit</source>
        <translation>例如：近親屬在該單位工作</translation>
    </message>
    <message>
        <source>The officer is never proposed for, nor can be given, a report on this unit or person.</source>
        <translation>涉及該單位或人員的信訪件，不會建議也不能分送給該承辦人。</translation>
    </message>
</context>
<context>
    <name>qf::ReferenceTablesDialog</name>
    <message>
        <source>Reference tables</source>
        <translation>基礎表</translation>
    </message>
    <message>
        <source>Changes are saved at once and reach every workstation with the next sync. The intake and the dispatch proposal use them from the next report opened.</source>
        <translation>修改即時儲存，下次同步時傳至所有工作站。登記和分送建議將從下一次開啟信訪件起使用修改後的內容。</translation>
    </message>
    <message>
        <source>You can read these tables. Only an administrator or a supervisor can change them.</source>
        <translation>您可以查閱這些基礎表。只有系統管理員或案管督辦人員可以修改。</translation>
    </message>
    <message>
        <source>Problem &amp;categories</source>
        <translation>問題分類(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Jurisdiction table</source>
        <translation>管轄庫(&amp;J)</translation>
    </message>
    <message>
        <source>Rec&amp;usal table</source>
        <translation>迴避庫(&amp;U)</translation>
    </message>
    <message>
        <source>Ca&amp;pability table</source>
        <translation>能力庫(&amp;P)</translation>
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
        <translation>此資料庫中儲存的裝置代碼“%1”無效。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a device tag: it needs three characters from 0-9 and A-Z without I, L, O and U.</source>
        <translation>“%1”不是有效的裝置代碼：應為 3 個字元，取自 0-9 和 A-Z（不含 I、L、O、U）。</translation>
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
    <name>qf::ReleasesDialog</name>
    <message>
        <source>Report</source>
        <translation>信訪件</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>申請時間</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>審批結果</translation>
    </message>
    <message>
        <source>Custodian&apos;s reason</source>
        <translation>保管人意見</translation>
    </message>
    <message>
        <source>Identity release requests</source>
        <translation>身份資訊申請</translation>
    </message>
    <message>
        <source>My requests</source>
        <translation>我的申請</translation>
    </message>
    <message>
        <source>&amp;Show the released identity</source>
        <translation>檢視已提供的身份資訊(&amp;S)</translation>
    </message>
    <message>
        <source>Waiting for your decision (custodian)</source>
        <translation>待您審批（保管人）</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>同意(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Refuse…</source>
        <translation>不同意(&amp;R)…</translation>
    </message>
    <message>
        <source>Ask for the reporter&apos;s identity</source>
        <translation>申請檢視舉報人身份</translation>
    </message>
    <message>
        <source>Why do you need the reporter&apos;s identity? The custodian decides and you see the answer under 工具 → 身份信息申请.</source>
        <translation>為什麼需要舉報人的身份資訊？由保管人審批，結果可在“工具 → 身份資訊申請”中檢視。</translation>
    </message>
    <message>
        <source>Your request is with the custodian.</source>
        <translation>您的申請已提交保管人。</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>待審批</translation>
    </message>
    <message>
        <source>Approved until %1</source>
        <translation>已同意，有效至 %1</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>不同意</translation>
    </message>
    <message>
        <source>%1, ID %2, phone %3, %4</source>
        <translation>%1，身份證號 %2，電話 %3，%4</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>不同意</translation>
    </message>
    <message>
        <source>The reason (the requester sees it):</source>
        <translation>理由（申請人可見）：</translation>
    </message>
</context>
<context>
    <name>qf::RepeatDetector</name>
    <message>
        <source>same reporter</source>
        <translation>同一舉報人</translation>
    </message>
    <message>
        <source>same reported person</source>
        <translation>同一被反映人</translation>
    </message>
    <message>
        <source>similar content (%1%)</source>
        <translation>內容相似（%1%）</translation>
    </message>
    <message>
        <source>Cannot look for earlier reports by the same reporter: %1</source>
        <translation>無法查詢同一舉報人的既往舉報：%1</translation>
    </message>
    <message>
        <source>Cannot look for reports about the same person: %1</source>
        <translation>無法查詢反映同一人的件：%1</translation>
    </message>
    <message>
        <source>Cannot read the report&apos;s history: %1</source>
        <translation>無法讀取該件的辦理記錄：%1</translation>
    </message>
    <message>
        <source>Cannot read the reports: %1</source>
        <translation>無法讀取信訪舉報件：%1</translation>
    </message>
    <message>
        <source>A report cannot repeat itself.</source>
        <translation>信訪件不能標記為與自身重複。</translation>
    </message>
    <message>
        <source>Report %1 is already recorded as a repeat of %2.</source>
        <translation>信訪件 %1 已登記為 %2 的重複舉報。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a quarter; write it like 2026Q3.</source>
        <translation>“%1”不是有效的季度，格式如 2026Q3。</translation>
    </message>
    <message>
        <source>Cannot list the repeats: %1</source>
        <translation>無法列出重複舉報：%1</translation>
    </message>
</context>
<context>
    <name>qf::RepeatNoticePanel</name>
    <message>
        <source>&amp;Print…</source>
        <translation>列印(&amp;P)…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>另存為 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部門</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>編號</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收件日期</translation>
    </message>
    <message>
        <source>Repeat of</source>
        <translation>此前信訪件</translation>
    </message>
    <message>
        <source>New facts</source>
        <translation>含新事實</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>列印</translation>
    </message>
    <message>
        <source>Save the notice as PDF</source>
        <translation>將通報儲存為 PDF</translation>
    </message>
    <message>
        <source>repeat-notice-%1.pdf</source>
        <translation>重複舉報通報-%1.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 檔案 (*.pdf)</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存為 PDF</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>（未知）</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message numerus="yes">
        <source>%n repeat report(s) registered in %1.</source>
        <translation>
            <numerusform>%1 共登記重複舉報 %n 件。</numerusform>
        </translation>
    </message>
    <message>
        <source>No repeat report was registered in this quarter.</source>
        <translation>本季度未登記重複舉報。</translation>
    </message>
</context>
<context>
    <name>qf::ReportHistory</name>
    <message>
        <source>Cannot read the report&apos;s history: %1</source>
        <translation>無法讀取信訪件的歷史記錄：%1</translation>
    </message>
    <message>
        <source>Cannot read the report&apos;s repeats: %1</source>
        <translation>無法讀取該信訪件的重複件：%1</translation>
    </message>
</context>
<context>
    <name>qf::ReportRegistrar</name>
    <message>
        <source>&apos;%1&apos; is not a channel of intake (letter, visit, phone, online, forwarded, handed_over).</source>
        <translation>“%1”不是受理渠道（來信、來訪、電話、網路、上級轉來、有關單位移交）。</translation>
    </message>
    <message>
        <source>A report needs its content or at least what happened (何事).</source>
        <translation>信訪舉報件須有內容，至少寫明何事。</translation>
    </message>
    <message>
        <source>Give the number of the forwarding document.</source>
        <translation>請填寫轉辦檔案的文號。</translation>
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
        <source>A real-name report needs the reporter&apos;s name.</source>
        <translation>實名舉報須填寫舉報人姓名。</translation>
    </message>
    <message>
        <source>The reporter&apos;s ID number is not valid: %1</source>
        <translation>舉報人身份證號碼無效：%1</translation>
    </message>
    <message>
        <source>A real-name report needs the reporter&apos;s ID number or phone, to be answered.</source>
        <translation>實名舉報須填寫舉報人身份證號碼或電話，以便答覆。</translation>
    </message>
    <message>
        <source>%1 could not be stored, so the report was not registered: %2</source>
        <translation>%1 無法儲存，此件未登記：%2</translation>
    </message>
    <message>
        <source>The content</source>
        <translation>內容</translation>
    </message>
    <message>
        <source>Who (何人)</source>
        <translation>何人</translation>
    </message>
    <message>
        <source>What happened (何事)</source>
        <translation>何事</translation>
    </message>
    <message>
        <source>When (何时)</source>
        <translation>何時</translation>
    </message>
    <message>
        <source>Where (何地)</source>
        <translation>何地</translation>
    </message>
    <message>
        <source>Why (何因)</source>
        <translation>何因</translation>
    </message>
    <message>
        <source>The result (何果)</source>
        <translation>何果</translation>
    </message>
    <message>
        <source>The demand (何求)</source>
        <translation>何求</translation>
    </message>
    <message>
        <source>The disposition (何置)</source>
        <translation>何置</translation>
    </message>
    <message>
        <source>The region</source>
        <translation>地區</translation>
    </message>
    <message>
        <source>The id at the source</source>
        <translation>來源編號</translation>
    </message>
    <message>
        <source>The channel</source>
        <translation>來源渠道</translation>
    </message>
    <message>
        <source>The office</source>
        <translation>單位</translation>
    </message>
    <message>
        <source>The category</source>
        <translation>問題類別</translation>
    </message>
    <message>
        <source>The reporter</source>
        <translation>反映人</translation>
    </message>
    <message>
        <source>A reported person</source>
        <translation>被反映人</translation>
    </message>
    <message>
        <source>A reason for correction</source>
        <translation>資訊校正原因</translation>
    </message>
</context>
<context>
    <name>qf::ReportSearch</name>
    <message>
        <source>Cannot search: %1</source>
        <translation>無法搜尋：%1</translation>
    </message>
</context>
<context>
    <name>qf::ReportStore</name>
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
    <message>
        <source>The reported person %1 is not on this report.</source>
        <translation>被反映人 %1 不在此件中。</translation>
    </message>
    <message>
        <source>The office&apos;s own principal leader cannot be taken off a report.</source>
        <translation>本單位主要負責人不能從信訪件中移除。</translation>
    </message>
    <message>
        <source>Only a supervisor, a review-meeting chair or an administrator may clear the principal-leader flag.</source>
        <translation>只有案管督辦人員、研判會主持人或系統管理員可以取消主要負責人標記。</translation>
    </message>
</context>
<context>
    <name>qf::ReportTextIndexes</name>
    <message>
        <source>Cannot read the reported persons: %1</source>
        <translation>無法讀取被反映人：%1</translation>
    </message>
    <message>
        <source>Cannot read the report&apos;s text: %1</source>
        <translation>無法讀取信訪件文字：%1</translation>
    </message>
</context>
<context>
    <name>qf::ReporterChanges</name>
    <message>
        <source>A real-name report needs the reporter&apos;s name.</source>
        <translation>實名舉報須填寫舉報人姓名。</translation>
    </message>
    <message>
        <source>The reporter&apos;s ID number is not valid: %1</source>
        <translation>舉報人身份證號碼無效：%1</translation>
    </message>
    <message>
        <source>A real-name report needs the reporter&apos;s ID number or phone, to be answered.</source>
        <translation>實名舉報須填寫舉報人身份證號碼或電話，以便答覆。</translation>
    </message>
    <message>
        <source>Only a registry clerk, a supervisor or an administrator may change the reporter of a report.</source>
        <translation>只有信訪室登記員、案管督辦人員或系統管理員可以修改信訪件的舉報人。</translation>
    </message>
    <message>
        <source>This report is restricted to supervisors, meeting chairs and administrators.</source>
        <translation>此件限制查閱，僅限案管督辦人員、研判會主持人和系統管理員檢視。</translation>
    </message>
</context>
<context>
    <name>qf::ReporterDialog</name>
    <message>
        <source>Reporter of %1</source>
        <translation>%1 的舉報人</translation>
    </message>
    <message>
        <source>&amp;Anonymous (匿名)</source>
        <translation>匿名(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Real name (实名)</source>
        <translation>實名(&amp;R)</translation>
    </message>
    <message>
        <source>The reporter</source>
        <translation>舉報人</translation>
    </message>
    <message>
        <source>The current details are hidden. Show them to correct them; showing them is recorded in the audit log.</source>
        <translation>當前資訊已隱藏。如需更正，請先顯示；顯示操作將記入審計日誌。</translation>
    </message>
    <message>
        <source>&amp;Show the current details</source>
        <translation>顯示當前資訊(&amp;S)</translation>
    </message>
    <message>
        <source>18 characters, as on the identity card</source>
        <translation>18 位，與居民身份證一致</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;ID number</source>
        <translation>身份證號碼(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>電話(&amp;P)</translation>
    </message>
    <message>
        <source>The identity is encrypted when saved and shown only to entitled roles. The history records that the reporter changed and who changed it, never the identity.</source>
        <translation>身份資訊儲存時加密，僅向有許可權的角色顯示。辦理記錄只記載舉報人有變更及變更人，從不記錄身份資訊。</translation>
    </message>
    <message>
        <source>A real-name reporter must be told within the set working days whether the report is accepted, counted from its receipt; an anonymous report has no such clock.</source>
        <translation>對實名舉報人，須自收件之日起在規定的工作日內告知是否受理；匿名舉報不計此期限。</translation>
    </message>
    <message>
        <source>Save the reporter</source>
        <translation>儲存舉報人資訊</translation>
    </message>
    <message>
        <source>Your role may not see reporter identities.</source>
        <translation>您的角色無權檢視舉報人身份資訊。</translation>
    </message>
    <message>
        <source>Not valid: %1</source>
        <translation>無效：%1</translation>
    </message>
    <message>
        <source>The report stays anonymous.</source>
        <translation>此件仍為匿名舉報。</translation>
    </message>
    <message>
        <source>The report is now anonymous. The reporter&apos;s record is kept; the feedback clocks no longer apply.</source>
        <translation>此件已改為匿名舉報。舉報人記錄予以保留；反饋期限不再適用。</translation>
    </message>
    <message>
        <source>Show the current details before correcting them.</source>
        <translation>請先顯示當前資訊，再進行更正。</translation>
    </message>
    <message>
        <source>The reporter&apos;s details are unchanged.</source>
        <translation>舉報人資訊未作更改。</translation>
    </message>
    <message>
        <source>This ID number belongs to a person already on file: the report is now linked to that person, whose recorded details were kept.</source>
        <translation>該身份證號碼屬於已存檔的人員：此件已關聯到該人員，其存檔資訊保持不變。</translation>
    </message>
    <message>
        <source>The report is now real-name: the reporter must be told whether it is accepted.</source>
        <translation>此件已改為實名舉報：須告知舉報人是否受理。</translation>
    </message>
    <message>
        <source>The reporter&apos;s details are corrected.</source>
        <translation>舉報人資訊已更正。</translation>
    </message>
</context>
<context>
    <name>qf::Representatives</name>
    <message>
        <source>A group visit chooses at most %1 representatives; %2 are entered.</source>
        <translation>集體訪推選代表不超過 %1 人，現填寫了 %2 人。</translation>
    </message>
    <message>
        <source>There are more representatives (%1) than people in the group (%2).</source>
        <translation>代表人數（%1）多於來訪人數（%2）。</translation>
    </message>
    <message>
        <source>Representative %1 has an ID number but no name.</source>
        <translation>第 %1 位代表填寫了身份證號碼，但沒有姓名。</translation>
    </message>
    <message>
        <source>The ID number of representative %1 (%2) is not valid: %3</source>
        <translation>第 %1 位代表（%2）的身份證號碼無效：%3</translation>
    </message>
    <message>
        <source>The ID number of representative %1 (%2) is entered twice.</source>
        <translation>第 %1 位代表（%2）的身份證號碼重複填寫。</translation>
    </message>
</context>
<context>
    <name>qf::ReviewDialog</name>
    <message>
        <source>Closing review of %1</source>
        <translation>%1 的覆盤</translation>
    </message>
    <message>
        <source>Concluded %1. The review is due by %2.</source>
        <translation>辦結於 %1，應於 %2 前完成覆盤。</translation>
    </message>
    <message>
        <source>It is late and will be recorded as late.</source>
        <translation>已逾期，將記為逾期覆盤。</translation>
    </message>
    <message>
        <source>Tick what the review confirms:</source>
        <translation>請勾選經覆盤確認的事項：</translation>
    </message>
    <message>
        <source>The &amp;facts were established (事实查清)</source>
        <translation>事實查清(&amp;F)</translation>
    </message>
    <message>
        <source>The report was &amp;handled properly (处置得当)</source>
        <translation>處置得當(&amp;H)</translation>
    </message>
    <message>
        <source>The &amp;reporter understood the result (群众认可)</source>
        <translation>群眾認可(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Notes (what to do better):</source>
        <translation>備註（需改進之處）(&amp;N)：</translation>
    </message>
    <message>
        <source>Record the review</source>
        <translation>記錄覆盤</translation>
    </message>
    <message>
        <source>Say in the notes what fell short.</source>
        <translation>請在備註中寫明不足之處。</translation>
    </message>
</context>
<context>
    <name>qf::Role</name>
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
        <source>Sign in first: %1 needs a signed-in user.</source>
        <translation>請先登入：%1需要已登入的使用者。</translation>
    </message>
    <message>
        <source>The role %1 may not %2.</source>
        <translation>“%1”角色無權%2。</translation>
    </message>
</context>
<context>
    <name>qf::Roles</name>
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
    <message>
        <source>The card could not be read. Take it off the reader.</source>
        <translation>無法讀取該證件，請將其從讀卡器上取下。</translation>
    </message>
    <message>
        <source>no such port; is the reader plugged in?</source>
        <translation>找不到該埠，讀卡器是否已接好？</translation>
    </message>
    <message>
        <source>access denied: the port is used by another program, or this user may not use serial ports</source>
        <translation>無權使用：埠被其他程式佔用，或當前使用者無權使用串列埠</translation>
    </message>
    <message>
        <source>the port is already open</source>
        <translation>埠已被開啟</translation>
    </message>
    <message>
        <source>the reader went away (unplugged?)</source>
        <translation>讀卡器已斷開（是否被拔出？）</translation>
    </message>
    <message>
        <source>the reader does not take data</source>
        <translation>讀卡器不接收資料</translation>
    </message>
    <message>
        <source>the reader did not answer in time</source>
        <translation>讀卡器未及時響應</translation>
    </message>
    <message>
        <source>the port reports an error</source>
        <translation>埠報告錯誤</translation>
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
        <translation>閱讀器報告了未知狀態（代碼 %1）。</translation>
    </message>
</context>
<context>
    <name>qf::SaneDevice</name>
    <message>
        <source>The scanner library (SANE) could not start: %1</source>
        <translation>掃描器元件（SANE）無法啟動：%1</translation>
    </message>
    <message>
        <source>The scanners could not be listed: %1</source>
        <translation>無法列出掃描器：%1</translation>
    </message>
    <message>
        <source>The scanner library (SANE) could not start.</source>
        <translation>掃描器元件（SANE）無法啟動。</translation>
    </message>
    <message>
        <source>The scanner %1 could not be opened: %2</source>
        <translation>無法開啟掃描器 %1：%2</translation>
    </message>
    <message>
        <source>The scanner has no setting &quot;%1&quot;.</source>
        <translation>掃描器沒有“%1”設定。</translation>
    </message>
    <message>
        <source>The scanner&apos;s setting &quot;%1&quot; cannot be changed now.</source>
        <translation>掃描器的“%1”設定現在無法更改。</translation>
    </message>
    <message>
        <source>The scanner refused &quot;%1&quot; for &quot;%2&quot;: %3</source>
        <translation>掃描器拒絕將“%2”設為“%1”：%3</translation>
    </message>
    <message>
        <source>No scanner is open.</source>
        <translation>沒有開啟的掃描器。</translation>
    </message>
    <message>
        <source>This scanner has no duplex feeder.</source>
        <translation>該掃描器沒有雙面進紙器。</translation>
    </message>
    <message>
        <source>This scanner has no document feeder.</source>
        <translation>該掃描器沒有自動進紙器。</translation>
    </message>
    <message>
        <source>This scanner has no flatbed.</source>
        <translation>該掃描器沒有平板。</translation>
    </message>
    <message>
        <source>This scanner has no black-and-white mode.</source>
        <translation>該掃描器沒有黑白模式。</translation>
    </message>
    <message>
        <source>This scanner has no colour mode.</source>
        <translation>該掃描器沒有彩色模式。</translation>
    </message>
    <message>
        <source>This scanner has no grey mode.</source>
        <translation>該掃描器沒有灰度模式。</translation>
    </message>
    <message>
        <source>The scanner stopped: %1</source>
        <translation>掃描器已停止：%1</translation>
    </message>
    <message>
        <source>The scanner sent an empty page.</source>
        <translation>掃描器送來了一張空頁。</translation>
    </message>
    <message>
        <source>The scanner sends pages in a form Qingfeng cannot read (three-pass or %1-bit colour).</source>
        <translation>掃描器送來的頁面格式清風無法讀取（三遍掃描或 %1 位色彩）。</translation>
    </message>
    <message>
        <source>The feeder is empty: put the letters in the feeder and continue.</source>
        <translation>進紙器為空：請放入信件後繼續。</translation>
    </message>
    <message>
        <source>Paper jam: open the feeder, take out the jammed sheet, put it back on top of the stack and continue.</source>
        <translation>卡紙：請開啟進紙器，取出卡住的紙張，放回紙疊最上面後繼續。</translation>
    </message>
    <message>
        <source>The scanner&apos;s cover is open: close it and continue.</source>
        <translation>掃描器蓋板已開啟：請合上後繼續。</translation>
    </message>
    <message>
        <source>The scanner no longer answers (unplugged or switched off?): check the cable and power, then continue.</source>
        <translation>掃描器無響應（已拔出或關機？）：請檢查資料線和電源後繼續。</translation>
    </message>
    <message>
        <source>The disk is full: the page could not be kept. Free some space and continue.</source>
        <translation>磁碟已滿：該頁無法儲存。請騰出空間後繼續。</translation>
    </message>
    <message>
        <source>The scan was stopped; the pages scanned so far are kept.</source>
        <translation>掃描已停止；已掃描的頁面均已保留。</translation>
    </message>
    <message>
        <source>The scanner stopped.</source>
        <translation>掃描器已停止。</translation>
    </message>
</context>
<context>
    <name>qf::ScanBatchView</name>
    <message>
        <source>&lt;b&gt;Letters found in this run&lt;/b&gt;</source>
        <translation>&lt;b&gt;本次掃描分出的來信&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>來信</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Letters found in this run</source>
        <translation>本次掃描分出的來信</translation>
    </message>
    <message>
        <source>Page preview</source>
        <translation>頁面預覽</translation>
    </message>
    <message>
        <source>&amp;Merge with the next letter</source>
        <translation>與下一封合併(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Drop this page</source>
        <translation>刪除此頁(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Register the letters</source>
        <translation>登記這些來信(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Open the case</source>
        <translation>開啟案件(&amp;O)</translation>
    </message>
    <message>
        <source>Reading letter %1: page %2 of %3…</source>
        <translation>正在識別第 %1 封來信：第 %2 頁，共 %3 頁…</translation>
    </message>
    <message numerus="yes">
        <source>Stopped. %n letter(s) registered; the others wait here.</source>
        <translation>
            <numerusform>已停止。已登記 %n 封來信，其餘的留在這裡待登記。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) registered; %1 could not be: see their state.</source>
        <translation>
            <numerusform>已登記 %n 封來信；%1 封未能登記，原因見其狀態。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) registered. Open one to go on with it (Enter).</source>
        <translation>
            <numerusform>已登記 %n 封來信。開啟其中一封即可繼續辦理（回車）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s)</source>
        <translation>
            <numerusform>%n 封來信</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n separator sheet(s)</source>
        <translation>
            <numerusform>%n 張分隔頁</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blank page(s) dropped</source>
        <translation>
            <numerusform>去掉 %n 張空白頁</numerusform>
        </translation>
    </message>
    <message>
        <source>No page with anything on it was scanned.</source>
        <translation>沒有掃描到有內容的頁面。</translation>
    </message>
    <message>
        <source>Found: %1. Check the splits, then register.</source>
        <translation>找到：%1。請核對分封是否正確，然後登記。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>Scan a stack of letters: the run is split into one letter at each separator sheet.</source>
        <translation>掃描一疊來信：每遇到一張分隔頁就分出一封來信。</translation>
    </message>
    <message numerus="yes">
        <source>Letter %1: %n page(s), from page %2 of the run</source>
        <translation>
            <numerusform>第 %1 封：共 %n 頁，自本次掃描第 %2 頁起</numerusform>
        </translation>
    </message>
    <message>
        <source>To register</source>
        <translation>待登記</translation>
    </message>
    <message>
        <source>Registered as %1</source>
        <translation>已登記，編號 %1</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>第 %1 頁</translation>
    </message>
    <message>
        <source>Reading the letters…</source>
        <translation>正在識別來信…</translation>
    </message>
    <message numerus="yes">
        <source> (may repeat %n report(s))</source>
        <translation>
            <numerusform>（可能與 %n 件重複）</numerusform>
        </translation>
    </message>
    <message>
        <source>New letter from this pa&amp;ge</source>
        <translation>從此頁起另作一封(&amp;G)</translation>
    </message>
    <message>
        <source>Stop reading no&amp;w</source>
        <translation>停止識別(&amp;W)</translation>
    </message>
</context>
<context>
    <name>qf::ScanPdf</name>
    <message>
        <source>There are no pages to write.</source>
        <translation>沒有可寫入的頁面。</translation>
    </message>
    <message>
        <source>A page of %1 cannot be read.</source>
        <translation>%1 中有一頁無法讀取。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
</context>
<context>
    <name>qf::ScanWorkspace</name>
    <message>
        <source>Letter intake (both sides, grey, 300 dpi, blank backs dropped)</source>
        <translation>來信登記（雙面、灰度、300 dpi，去掉空白背面）</translation>
    </message>
    <message>
        <source>As set in the scanner settings</source>
        <translation>按掃描器設定</translation>
    </message>
    <message>
        <source>S&amp;can (F5)</source>
        <translation>掃描(&amp;C)（F5）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Pages of this run&lt;/b&gt;</source>
        <translation>&lt;b&gt;本次掃描的頁面&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Pages of this run</source>
        <translation>本次掃描的頁面</translation>
    </message>
    <message>
        <source>Letter scanning</source>
        <translation>來信掃描</translation>
    </message>
    <message>
        <source>No scanner chosen for this workstation yet: choose one in the scanner settings.</source>
        <translation>本機尚未選擇掃描器：請在“掃描器設定”中選擇。</translation>
    </message>
    <message>
        <source>Scanner: %1</source>
        <translation>掃描器：%1</translation>
    </message>
    <message>
        <source>Scan a new stack</source>
        <translation>掃描新的一疊</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) of the last run are not registered yet. Scan a new stack and put them aside? Their pages stay in the run&apos;s folder.</source>
        <translation>
            <numerusform>上次掃描還有 %n 封來信尚未登記。要掃描新的一疊並把它們放在一邊嗎？其頁面仍儲存在該次掃描的資料夾中。</numerusform>
        </translation>
    </message>
    <message>
        <source>Scanning… put the stack in the feeder face down, the first letter on top.</source>
        <translation>正在掃描…請將來信正面朝下放入進紙器，第一封在最上面。</translation>
    </message>
    <message>
        <source>Scanning on from page %1…</source>
        <translation>從第 %1 頁起繼續掃描…</translation>
    </message>
    <message>
        <source>Stopping after this page…</source>
        <translation>掃完這一頁後停止…</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>第 %1 頁</translation>
    </message>
    <message numerus="yes">
        <source>Done: %n page(s) scanned.</source>
        <translation>
            <numerusform>完成：共掃描 %n 頁。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped: the %n page(s) scanned are kept.</source>
        <translation>
            <numerusform>已停止：已掃描的 %n 頁都已保留。</numerusform>
        </translation>
    </message>
    <message>
        <source>Put the letters in the feeder, then Continue.</source>
        <translation>請把來信放入進紙器，然後點“繼續掃描”。</translation>
    </message>
    <message numerus="yes">
        <source>%1 The %n page(s) before it are kept; clear it, then Continue.</source>
        <translation>
            <numerusform>%1 此前掃描的 %n 頁都已保留；排除故障後點“繼續掃描”。</numerusform>
        </translation>
    </message>
    <message>
        <source>Separator sheets</source>
        <translation>分隔頁</translation>
    </message>
    <message>
        <source>How many sheets? Put one between every two letters of a stack.</source>
        <translation>要列印多少張？在一疊來信中每兩封之間放一張。</translation>
    </message>
    <message>
        <source>Save the separator sheets</source>
        <translation>儲存分隔頁</translation>
    </message>
    <message>
        <source>/separator-sheets.pdf</source>
        <translation>/分隔頁.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 檔案 (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>%n separator sheet(s) written to %1: print them on plain A4.</source>
        <translation>
            <numerusform>已將 %n 張分隔頁寫入 %1：請用普通 A4 紙列印。</numerusform>
        </translation>
    </message>
    <message>
        <source>Scanner s&amp;ettings…</source>
        <translation>掃描器設定(&amp;E)…</translation>
    </message>
    <message>
        <source>Print sep&amp;arator sheets…</source>
        <translation>列印分隔頁(&amp;A)…</translation>
    </message>
    <message>
        <source>Prof&amp;ile:</source>
        <translation>掃描方式(&amp;I)：</translation>
    </message>
    <message>
        <source>Co&amp;ntinue</source>
        <translation>繼續掃描(&amp;N)</translation>
    </message>
    <message>
        <source>Sto&amp;p</source>
        <translation>停止(&amp;P)</translation>
    </message>
</context>
<context>
    <name>qf::ScannedLetter</name>
    <message>
        <source>The scanned page %1 cannot be read.</source>
        <translation>無法讀取掃描的第 %1 頁。</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>來信</translation>
    </message>
    <message>
        <source>The letter&apos;s PDF cannot be read back.</source>
        <translation>無法讀回該來信的 PDF。</translation>
    </message>
    <message>
        <source>Reading the letter was stopped.</source>
        <translation>來信識別已停止。</translation>
    </message>
    <message numerus="yes">
        <source>Scanned letter of %n page(s) in which no text was recognised: read the attached pages.</source>
        <translation>
            <numerusform>掃描來信共 %n 頁，未識別出文字：請閱看所附頁面。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qf::ScannerConfig</name>
    <message>
        <source>This scanner has no duplex feeder: only the front of each sheet is scanned.</source>
        <translation>此掃描器沒有雙面進紙器：每張紙只掃描正面。</translation>
    </message>
    <message>
        <source>This scanner has no document feeder: put the pages on the glass one by one.</source>
        <translation>此掃描器沒有自動進紙器：請把頁面逐張放在玻璃板上。</translation>
    </message>
    <message>
        <source>Flatbed (glass)</source>
        <translation>平板（玻璃板）</translation>
    </message>
    <message>
        <source>Document feeder, one side</source>
        <translation>自動進紙器，單面</translation>
    </message>
    <message>
        <source>Document feeder, both sides</source>
        <translation>自動進紙器，雙面</translation>
    </message>
    <message>
        <source>Grey</source>
        <translation>灰度</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>彩色</translation>
    </message>
    <message>
        <source>Black and white</source>
        <translation>黑白</translation>
    </message>
</context>
<context>
    <name>qf::ScannerSettingsDialog</name>
    <message>
        <source>Scanner of this workstation</source>
        <translation>本機掃描器</translation>
    </message>
    <message>
        <source>&amp;Look again</source>
        <translation>重新查詢(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Scanner:</source>
        <translation>掃描器(&amp;S)：</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>紙張來源(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>色彩(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>解析度(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Drop blank pages (the backs of one-sided letters)</source>
        <translation>去掉空白頁（單面來信的背面）(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Test: scan one page</source>
        <translation>測試：掃描一頁(&amp;T)</translation>
    </message>
    <message>
        <source>Test page</source>
        <translation>測試頁</translation>
    </message>
    <message>
        <source>Looking for scanners…</source>
        <translation>正在查詢掃描器…</translation>
    </message>
    <message>
        <source>No scanner found. Check that it is switched on and connected, then look again.</source>
        <translation>未找到掃描器。請檢查掃描器已開機並已連線，然後重新查詢。</translation>
    </message>
    <message>
        <source>Asking the scanner what it can do…</source>
        <translation>正在讀取掃描器的功能…</translation>
    </message>
    <message>
        <source>%1 dpi</source>
        <translation>%1 dpi</translation>
    </message>
    <message>
        <source>Letter intake on this scanner: %1, grey, %2 dpi.</source>
        <translation>此掃描器的來信登記方式：%1，灰度，%2 dpi。</translation>
    </message>
    <message>
        <source>Scanning a test page…</source>
        <translation>正在掃描測試頁…</translation>
    </message>
    <message>
        <source>The scanner works: one page of %1 × %2 pixels.</source>
        <translation>掃描器工作正常：掃描一頁，%1 × %2 畫素。</translation>
    </message>
    <message>
        <source>The scanner gave no page.</source>
        <translation>掃描器沒有送出頁面。</translation>
    </message>
</context>
<context>
    <name>qf::ScopeRuleStore</name>
    <message>
        <source>The scope rules could not be read: %1</source>
        <translation>無法讀取受理範圍規則：%1</translation>
    </message>
    <message>
        <source>A scope rule needs a category.</source>
        <translation>受理範圍規則須指定類別。</translation>
    </message>
    <message>
        <source>A scope rule needs the body that can handle such matters.</source>
        <translation>受理範圍規則須寫明有權處理此類事項的機關。</translation>
    </message>
    <message>
        <source>change the scope rules</source>
        <translation>修改受理範圍規則</translation>
    </message>
</context>
<context>
    <name>qf::ScopeRulesDialog</name>
    <message>
        <source>Scope pre-check rules</source>
        <translation>受理範圍預診規則</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Keywords (comma-separated)</source>
        <translation>關鍵詞（以逗號分隔）</translation>
    </message>
    <message>
        <source>Competent body</source>
        <translation>有權處理機關</translation>
    </message>
    <message>
        <source>&amp;Add rule</source>
        <translation>新增規則(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove rule</source>
        <translation>刪除規則(&amp;R)</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
</context>
<context>
    <name>qf::SeparatorSheet</name>
    <message>
        <source>Separator sheet - put it between two letters
Batch %1, sheet %2</source>
        <translation>分隔頁——請放在兩封來信之間
批次 %1，第 %2 張</translation>
    </message>
    <message>
        <source>Separator sheets</source>
        <translation>分隔頁</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>無法寫入 %1。</translation>
    </message>
</context>
<context>
    <name>qf::Settings</name>
    <message>
        <source>%1 must be a whole number of zero or more.</source>
        <translation>%1 必須是大於或等於零的整數。</translation>
    </message>
    <message>
        <source>change the office&apos;s settings</source>
        <translation>修改本單位設定</translation>
    </message>
    <message>
        <source>%1 must be a number of zero or more (for example 0.3).</source>
        <translation>%1須為不小於零的數（例如0.3）。</translation>
    </message>
    <message>
        <source>%1 must be true or false.</source>
        <translation>%1須為true或false。</translation>
    </message>
    <message>
        <source>%1 must be a time of day such as 17:30.</source>
        <translation>%1 必須是一天中的時刻，例如 17:30。</translation>
    </message>
</context>
<context>
    <name>qf::SettingsWorkspace</name>
    <message>
        <source>Local profile</source>
        <translation>本機使用者</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
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
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Reference tables</source>
        <translation>基礎表</translation>
    </message>
    <message>
        <source>The problem categories and the dispatch tables: jurisdiction, recusal and capability.</source>
        <translation>問題分類以及分送所用的管轄庫、迴避庫和能力庫。</translation>
    </message>
    <message>
        <source>Open the &amp;reference tables…</source>
        <translation>開啟基礎表(&amp;R)…</translation>
    </message>
    <message>
        <source>Roles are given by the administrator.</source>
        <translation>角色由管理員分配。</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <source>Identities in this database open only with the password of a user entitled to them; your role is.</source>
        <translation>本資料庫中的身份資訊只能憑有權使用者的密碼開啟；您的角色有此許可權。</translation>
    </message>
    <message>
        <source>Identities in this database open only with the password of a user entitled to them; your role is not: you register and look up, and a custodian can release a reporter&apos;s identity to you.</source>
        <translation>本資料庫中的身份資訊只能憑有權使用者的密碼開啟；您的角色沒有此許可權：您可以登記和查詢，保管人可以向您提供舉報人的身份資訊。</translation>
    </message>
    <message>
        <source>Save &amp;profile</source>
        <translation>儲存(&amp;P)</translation>
    </message>
</context>
<context>
    <name>qf::ShortTermIndex</name>
    <message>
        <source>The search index for short terms cannot be used: %1</source>
        <translation>短詞檢索索引無法使用：%1</translation>
    </message>
    <message>
        <source>Cannot update the search index for short terms: %1</source>
        <translation>無法更新短詞檢索索引：%1</translation>
    </message>
    <message>
        <source>Cannot read the reports: %1</source>
        <translation>無法讀取信訪件：%1</translation>
    </message>
    <message>
        <source>The database is busy or read-only: %1</source>
        <translation>資料庫繁忙或處於只讀狀態：%1</translation>
    </message>
    <message>
        <source>Cannot clear the search index for short terms: %1</source>
        <translation>無法清空短詞檢索索引：%1</translation>
    </message>
</context>
<context>
    <name>qf::SignInDialog</name>
    <message>
        <source>Sign in to Qingfeng</source>
        <translation>登入清風</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Qingfeng&lt;/h3&gt;Sign in with your login and password.</source>
        <translation>&lt;h3&gt;清風&lt;/h3&gt;請輸入登入名和密碼。</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>登入名(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密碼(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>登入(&amp;S)</translation>
    </message>
</context>
<context>
    <name>qf::SqlError</name>
    <message>
        <source>The disk is full (no space left on the device): nothing of this change was saved. Free some space and try again.</source>
        <translation>磁碟已滿（裝置上沒有剩餘空間）：這次的更改沒有儲存。請騰出一些空間後重試。</translation>
    </message>
    <message>
        <source>The database file could not be read or written (a disk or file-system error); nothing of this change was saved. Close the program and start it again; if it happens again, tell the administrator.</source>
        <translation>資料庫檔案無法讀寫（磁碟或檔案系統錯誤），本次修改未儲存。請關閉程式後重新啟動；如再次出現，請告知管理員。</translation>
    </message>
    <message>
        <source>The database is busy with another program; nothing of this change was saved. Try again in a moment.</source>
        <translation>資料庫正被其他程式使用，本次修改未儲存。請稍後再試。</translation>
    </message>
    <message>
        <source>The database can only be read (its file or folder is read-only); nothing was saved.</source>
        <translation>資料庫只能讀取（檔案或資料夾為只讀），未儲存任何內容。</translation>
    </message>
    <message>
        <source>This program may not use the database file (access denied).</source>
        <translation>本程式無權使用該資料庫檔案（訪問被拒絕）。</translation>
    </message>
    <message>
        <source>The database file could not be opened: the file or its folder is missing or not accessible.</source>
        <translation>無法開啟資料庫檔案：檔案或所在資料夾不存在或無法訪問。</translation>
    </message>
    <message>
        <source>The database file is damaged or is not a Qingfeng database; restore it from a backup.</source>
        <translation>資料庫檔案已損壞或不是清風資料庫，請從備份恢復。</translation>
    </message>
    <message>
        <source>The computer ran out of memory; nothing of this change was saved.</source>
        <translation>計算機記憶體不足，本次修改未儲存。</translation>
    </message>
</context>
<context>
    <name>qf::SqlScript</name>
    <message>
        <source>A schema revision must begin with &quot;-- Revision N: description&quot;.</source>
        <translation>結構修訂檔案必須以“-- Revision N: 說明”開頭。</translation>
    </message>
    <message>
        <source>Schema revision %1 has no statements.</source>
        <translation>結構修訂 %1 不含任何語句。</translation>
    </message>
    <message>
        <source>Cannot read the schema revision %1: %2</source>
        <translation>無法讀取結構修訂 %1：%2</translation>
    </message>
    <message>
        <source>The schema revision %1 is out of order.</source>
        <translation>結構修訂 %1 的編號順序不對。</translation>
    </message>
    <message>
        <source>No schema revisions in %1.</source>
        <translation>%1 中沒有結構修訂。</translation>
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
    <name>qf::SupervisorWorkspace</name>
    <message>
        <source>Office / handler / number</source>
        <translation>承辦室 / 承辦人 / 編號</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>預警燈</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Reported person</source>
        <translation>被反映人</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收件時間</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在載入…</translation>
    </message>
    <message>
        <source>(no handling office)</source>
        <translation>（未指定承辦室）</translation>
    </message>
    <message>
        <source>(no handler)</source>
        <translation>（未指定承辦人）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) yellow, orange, red or overdue</source>
        <translation>
            <numerusform>%n 件亮黃燈、橙燈、紅燈或已超期</numerusform>
        </translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>督辦</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>匯出(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the list to an Excel workbook (.xlsx)</source>
        <translation>將列表儲存為 Excel 工作簿（.xlsx）</translation>
    </message>
    <message>
        <source>Export the list</source>
        <translation>匯出列表</translation>
    </message>
    <message>
        <source>supervision</source>
        <translation>督辦</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>已儲存到 %1</translation>
    </message>
    <message>
        <source>Handling office</source>
        <translation>承辦室</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>承辦人</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>編號</translation>
    </message>
    <message>
        <source>Reports yellow, orange, red or overdue, %1</source>
        <translation>亮黃燈、橙燈、紅燈或已超期的件，%1</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>應辦結</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>超期</translation>
    </message>
    <message>
        <source>Urged</source>
        <translation>催辦</translation>
    </message>
    <message>
        <source>U&amp;rge…</source>
        <translation>催辦(&amp;R)…</translation>
    </message>
    <message>
        <source>Remind the handling office of the selected reports (催办), recorded on each report, and print the 督办函</source>
        <translation>催辦所選信訪件：在每件的辦理記錄中記下催辦，並列印督辦函</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>列印(&amp;P)…</translation>
    </message>
    <message>
        <source>Print the list with the counts per office at the top (Ctrl+P)</source>
        <translation>列印列表，表頭列出各承辦室的件數（Ctrl+P）</translation>
    </message>
    <message>
        <source>Urge…</source>
        <translation>催辦…</translation>
    </message>
    <message>
        <source>Copy the selected rows</source>
        <translation>複製所選行</translation>
    </message>
    <message>
        <source>Print the list…</source>
        <translation>列印列表…</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>超期 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>超期天數</translation>
    </message>
    <message>
        <source>Times urged</source>
        <translation>催辦次數</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Preview closed, nothing printed.</source>
        <translation>預覽已關閉，未列印。</translation>
    </message>
    <message>
        <source>Report on the progress of this report and finish its handling without further delay.</source>
        <translation>請報告該件辦理進展，並抓緊辦結，不得再拖延。</translation>
    </message>
    <message>
        <source>Select the reports to urge first.</source>
        <translation>請先選擇要催辦的件。</translation>
    </message>
    <message>
        <source>The reminder is recorded; the letter could not be printed: %1</source>
        <translation>催辦已記錄，但督辦函未能列印：%1</translation>
    </message>
    <message>
        <source>Urged: %1</source>
        <translation>已催辦：%1</translation>
    </message>
    <message>
        <source>Urge</source>
        <translation>催辦</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s). What the handling office is asked to do (printed in the 督办函):</source>
        <translation>
            <numerusform>共 %n 件。對承辦部門的要求（印在督辦函中）：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n hotline callback(s) overdue (see Hotline)</source>
        <translation>
            <numerusform>；熱線有 %n 個回撥已超期（見“12388 熱線”）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qf::SyncController</name>
    <message>
        <source>The keychain holds no device token for this workstation; enrol it again.</source>
        <translation>系統金鑰環中沒有本工作站的裝置令牌；請重新接入。</translation>
    </message>
    <message>
        <source>Local only — not enrolled with a sync server</source>
        <translation>僅本地，未接入同步伺服器</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>線上</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>離線</translation>
    </message>
    <message>
        <source>last sync %1</source>
        <translation>上次同步 %1</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>尚未同步</translation>
    </message>
    <message>
        <source>to send: %1</source>
        <translation>待發送：%1</translation>
    </message>
    <message>
        <source>conflicts: %1</source>
        <translation>衝突：%1</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>被拒：%1</translation>
    </message>
    <message>
        <source>not applied: %1</source>
        <translation>未能應用：%1</translation>
    </message>
</context>
<context>
    <name>qf::TableExport</name>
    <message>
        <source>Cannot write %1.</source>
        <translation>無法寫入 %1。</translation>
    </message>
    <message>
        <source>List</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder may be read-only, the disk full or the file open in another program.</source>
        <translation>無法寫入 %1：資料夾可能為只讀、磁碟已滿或檔案正被其他程式開啟。</translation>
    </message>
</context>
<context>
    <name>qf::TablePage</name>
    <message>
        <source>&amp;Add…</source>
        <translation>新增(&amp;A)…</translation>
    </message>
    <message>
        <source>Add a row (Insert)</source>
        <translation>新增一行（Insert）</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>編輯(&amp;E)…</translation>
    </message>
    <message>
        <source>Change the selected row (F2 or Enter)</source>
        <translation>修改所選行（F2 或 Enter）</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Remove the selected row (Delete)</source>
        <translation>移除所選行（Delete）</translation>
    </message>
    <message>
        <source>Remove the row</source>
        <translation>移除此行</translation>
    </message>
    <message>
        <source>Remove this row? It is removed on every workstation after the next sync.

%1</source>
        <translation>確定移除此行？下次同步後，該行將在所有工作站上移除。

%1</translation>
    </message>
</context>
<context>
    <name>qf::TodayQuery</name>
    <message>
        <source>To sign for, accept and triage</source>
        <translation>待簽收、受理和初篩</translation>
    </message>
    <message>
        <source>Waiting for evidence replies</source>
        <translation>待補證回覆</translation>
    </message>
    <message>
        <source>To dispatch</source>
        <translation>待分送</translation>
    </message>
    <message>
        <source>Acceptance notices and result feedback due</source>
        <translation>受理告知和結果反饋臨期</translation>
    </message>
    <message>
        <source>Sent back</source>
        <translation>退回件</translation>
    </message>
    <message>
        <source>Cannot list today&apos;s work: %1</source>
        <translation>無法列出今日待辦：%1</translation>
    </message>
</context>
<context>
    <name>qf::TodayWorkspace</name>
    <message>
        <source>&lt;h2&gt;My work today&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;我的工作 · 今日待辦&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>編號</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>亮燈</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Reported person</source>
        <translation>被反映人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Qingfeng: my work today</source>
        <translation>清風：今日待辦</translation>
    </message>
    <message numerus="yes">
        <source>Review meeting today: %n case(s) to decide</source>
        <translation>
            <numerusform>今日研判會：%n 件待研判</numerusform>
        </translation>
    </message>
    <message>
        <source>review meeting today</source>
        <translation>今日有研判會</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Nothing is waiting for you today.</source>
        <translation>今天沒有待辦事項。</translation>
    </message>
    <message>
        <source>%1 is now %2</source>
        <translation>%1 已亮%2</translation>
    </message>
    <message>
        <source>Deadlines approaching</source>
        <translation>辦理期限臨近</translation>
    </message>
    <message>
        <source>My work today</source>
        <translation>今日待辦</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) waiting for you</source>
        <translation>
            <numerusform>您有 %n 項待辦</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n red or overdue</source>
        <translation>
            <numerusform>，其中 %n 項紅燈或超期</numerusform>
        </translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日待辦</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在載入…</translation>
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
    <name>qf::TriageDialog</name>
    <message>
        <source>Triage %1</source>
        <translation>初篩 %1</translation>
    </message>
    <message>
        <source>Score the clue from 1 (weak) to 5 (strong) against the acceptance guideline.</source>
        <translation>對照受理指引，按 1（弱）至 5（強）為線索評分。</translation>
    </message>
    <message>
        <source>&amp;Verifiability (可查性)</source>
        <translation>可查性(&amp;V)</translation>
    </message>
    <message>
        <source>Are the facts concrete enough to be checked?</source>
        <translation>事實是否具體到可以核查？</translation>
    </message>
    <message>
        <source>T&amp;ypicality (典型性)</source>
        <translation>典型性(&amp;Y)</translation>
    </message>
    <message>
        <source>Is this a frequently reported kind of matter?</source>
        <translation>是否屬於反映較多的問題型別？</translation>
    </message>
    <message>
        <source>T&amp;imeliness (时效性)</source>
        <translation>時效性(&amp;I)</translation>
    </message>
    <message>
        <source>Is the matter recent enough to act on?</source>
        <translation>事項是否仍在可處理的時效內？</translation>
    </message>
    <message>
        <source>Record the triage</source>
        <translation>記錄初篩結果</translation>
    </message>
    <message>
        <source>goes on to case handling: evidence request or the collective review.</source>
        <translation>轉入辦理：補證或提交集體研判。</translation>
    </message>
    <message>
        <source>goes to the key-attention pool (重点关注库) and is watched.</source>
        <translation>納入重點關注庫，持續關注。</translation>
    </message>
    <message>
        <source>a reminder letter goes to the responsible department.</source>
        <translation>向責任部門傳送提醒函。</translation>
    </message>
    <message>
        <source>Class %1</source>
        <translation>%1類</translation>
    </message>
</context>
<context>
    <name>qf::Urging</name>
    <message>
        <source>urge the handling of a report</source>
        <translation>催辦信訪件</translation>
    </message>
    <message>
        <source>Write what the handling office is asked to do.</source>
        <translation>請寫明對承辦部門的要求。</translation>
    </message>
    <message>
        <source>The reminder could not be saved: %1</source>
        <translation>催辦未能儲存：%1</translation>
    </message>
    <message>
        <source>The reminders could not be read: %1</source>
        <translation>催辦記錄未能讀取：%1</translation>
    </message>
</context>
<context>
    <name>qf::UsersDialog</name>
    <message>
        <source>&amp;Password:</source>
        <translation>密碼(&amp;P)：</translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation>再次輸入密碼(&amp;A)：</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>兩次輸入的密碼不一致。</translation>
    </message>
    <message>
        <source>Users and roles</source>
        <translation>使用者與角色</translation>
    </message>
    <message>
        <source>Only the administrator adds users and gives roles. Roles entitled to identities receive the office&apos;s identity key, wrapped with the user&apos;s password.</source>
        <translation>只有管理員可以新增使用者、分配角色。有權檢視身份資訊的角色會得到本單位的身份金鑰，並以該使用者的密碼加密儲存。</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>登入名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Custodian</source>
        <translation>保管人</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>新增使用者(&amp;A)…</translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation>更改角色(&amp;R)…</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>重置密碼(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Custodian on/off</source>
        <translation>設為/取消保管人(&amp;C)</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation>鎖定至 %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>新增使用者</translation>
    </message>
    <message>
        <source>Decides on requests to release identities</source>
        <translation>審批身份資訊申請</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>登入名(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <source>Custodian:</source>
        <translation>保管人：</translation>
    </message>
    <message>
        <source>The first password of %1</source>
        <translation>%1 的初始密碼</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>更改角色</translation>
    </message>
    <message>
        <source>New role of %1:</source>
        <translation>%1 的新角色：</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>重置密碼</translation>
    </message>
    <message>
        <source>The new password of %1</source>
        <translation>%1 的新密碼</translation>
    </message>
</context>
<context>
    <name>qf::VisitReceipts</name>
    <message>
        <source>Cannot read the report: %1</source>
        <translation>無法讀取該件：%1</translation>
    </message>
    <message>
        <source>There is no such report.</source>
        <translation>沒有這一件。</translation>
    </message>
    <message>
        <source>Report %1 was not registered at the check-in desk: it has no receipt.</source>
        <translation>%1不是在來訪登記臺登記的，沒有回執。</translation>
    </message>
    <message>
        <source>Report %1 was referred elsewhere at the desk: it was given the notice of lawful referral, not a receipt.</source>
        <translation>%1已在來訪登記臺依法分類處理，出具的是依法分類告知單，不是回執。</translation>
    </message>
</context>
<context>
    <name>qf::VisitRecordPanel</name>
    <message>
        <source>The visit (八何)</source>
        <translation>來訪情況（八何）</translation>
    </message>
    <message>
        <source>Individual visit</source>
        <translation>個人來訪</translation>
    </message>
    <message>
        <source>Group visit</source>
        <translation>集體來訪</translation>
    </message>
    <message>
        <source>Over-level visit</source>
        <translation>越級來訪</translation>
    </message>
    <message>
        <source>People</source>
        <translation>來訪人員</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>來訪型別(&amp;K)</translation>
    </message>
    <message>
        <source>Representatives</source>
        <translation>代表</translation>
    </message>
    <message>
        <source>Companions</source>
        <translation>隨行人員</translation>
    </message>
    <message>
        <source>What happened (何事)</source>
        <translation>反映的事項（何事）</translation>
    </message>
    <message>
        <source>&amp;Matter</source>
        <translation>事項(&amp;M)</translation>
    </message>
    <message>
        <source>The person or unit reported (何人)</source>
        <translation>被反映的人員或單位（何人）</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>何人</translation>
    </message>
    <message>
        <source>When</source>
        <translation>何時</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>何地</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>何因</translation>
    </message>
    <message>
        <source>Result so far</source>
        <translation>何果（目前結果）</translation>
    </message>
    <message>
        <source>What the visitor asks for (何诉求)</source>
        <translation>來訪人的訴求（何訴求）</translation>
    </message>
    <message>
        <source>&amp;Demand</source>
        <translation>訴求(&amp;D)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Pre-check</source>
        <translation>預診</translation>
    </message>
    <message>
        <source>(decided by the pre-check)</source>
        <translation>（由預審確定）</translation>
    </message>
    <message>
        <source>Write down the matter; the pre-check runs as you type.</source>
        <translation>請填寫事項，系統將邊輸入邊預審。</translation>
    </message>
    <message>
        <source>Probably out of scope: %1. Competent body: %2.</source>
        <translation>可能不屬於受理範圍：%1。有權處理機關：%2。</translation>
    </message>
    <message>
        <source>Probably out of scope: %1 (&quot;%2&quot;). Competent body: %3.</source>
        <translation>可能不屬於受理範圍：%1（“%2”）。有權處理機關：%3。</translation>
    </message>
    <message>
        <source>No sign that the matter is outside the office&apos;s remit.</source>
        <translation>未發現該事項超出本機關受理範圍。</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>代表姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份證號碼</translation>
    </message>
    <message>
        <source>Group visits: at most five representatives, each with the ID number</source>
        <translation>集體訪：不超過五名代表，每人填寫身份證號碼</translation>
    </message>
</context>
<context>
    <name>qf::VisitRegistrar</name>
    <message>
        <source>Write down what the matter is (何事) before registering.</source>
        <translation>登記前請填寫反映的事項（何事）。</translation>
    </message>
    <message>
        <source>A group visit needs the number of people (at least two).</source>
        <translation>集體來訪須填寫人數（至少兩人）。</translation>
    </message>
    <message>
        <source>The database is busy; the visit was not registered: %1</source>
        <translation>資料庫正忙，本次來訪未登記：%1</translation>
    </message>
</context>
<context>
    <name>qf::VisitStore</name>
    <message>
        <source>&apos;%1&apos; is not a kind of visit (individual, group, over_level).</source>
        <translation>“%1”不是有效的來訪型別（individual 個人來訪、group 集體來訪、over_level 越級來訪）。</translation>
    </message>
    <message>
        <source>A visit needs at least one person.</source>
        <translation>來訪登記至少需要一名來訪人。</translation>
    </message>
    <message>
        <source>A group visit needs the number of people (at least two).</source>
        <translation>集體來訪須填寫人數（至少兩人）。</translation>
    </message>
    <message>
        <source>The visit could not be read: %1</source>
        <translation>無法讀取來訪記錄：%1</translation>
    </message>
    <message>
        <source>There is no visit with the id %1.</source>
        <translation>沒有編號為 %1 的來訪記錄。</translation>
    </message>
    <message>
        <source>The waiting list could not be read: %1</source>
        <translation>無法讀取候談名單：%1</translation>
    </message>
    <message>
        <source>Nobody is waiting.</source>
        <translation>當前無人等候。</translation>
    </message>
    <message>
        <source>Choose the room for the conversation.</source>
        <translation>請選擇接談室。</translation>
    </message>
    <message>
        <source>The desk&apos;s ticket prefix &apos;%1&apos; is not valid: use one to three letters or digits.</source>
        <translation>接待臺號票字首“%1”無效：請使用一至三個字母或數字。</translation>
    </message>
    <message>
        <source>The next ticket number could not be found: %1</source>
        <translation>無法獲取下一個號票號碼：%1</translation>
    </message>
</context>
<context>
    <name>qf::VisitorHistoryLookup</name>
    <message>
        <source>The visitor&apos;s history could not be read: %1</source>
        <translation>無法讀取來訪人的來訪記錄：%1</translation>
    </message>
    <message>
        <source>The key petitioner&apos;s file could not be read.</source>
        <translation>無法讀取重點信訪人檔案。</translation>
    </message>
</context>
<context>
    <name>qf::VisitorPanel</name>
    <message>
        <source>Visitor</source>
        <translation>來訪人</translation>
    </message>
    <message>
        <source>Put the ID card on the reader, or type the identity (F3).</source>
        <translation>請將身份證放在閱讀器上，或手動輸入身份資訊 (F3)。</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <source>Se&amp;x</source>
        <translation>性別(&amp;X)</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>&amp;ID number</source>
        <translation>證件號碼(&amp;I)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>電話(&amp;P)</translation>
    </message>
    <message>
        <source>Read from the ID card.</source>
        <translation>已從身份證讀取。</translation>
    </message>
    <message>
        <source>Typed in by hand: check the ID number against the document shown.</source>
        <translation>手動輸入：請對照所出示的證件核對證件號碼。</translation>
    </message>
    <message>
        <source>Card t&amp;ype</source>
        <translation>證件型別(&amp;Y)</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效期限</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 — expired %n day(s) ago</source>
        <translation>
            <numerusform>%1 — 已過期 %n 天</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qf::WavWriter</name>
    <message>
        <source>The recording file could not be created: %1</source>
        <translation>無法建立錄音檔案：%1</translation>
    </message>
    <message>
        <source>The recording file could not be written: %1</source>
        <translation>無法寫入錄音檔案：%1</translation>
    </message>
    <message>
        <source>The recording file could not be finished: %1</source>
        <translation>無法完成錄音檔案的寫入：%1</translation>
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
        <translation>照片解碼器無法解碼證件照片（代碼 %1）。</translation>
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
    <message>
        <source>Cannot read the change&apos;s clock: %1</source>
        <translation>無法讀取變更的時鐘：%1</translation>
    </message>
</context>
<context>
    <name>qf::server::HttpFront</name>
    <message>
        <source>The server is busy; the workstation tries again later.</source>
        <translation>伺服器繁忙；工作站稍後會再試。</translation>
    </message>
    <message>
        <source>The request&apos;s headers are too large.</source>
        <translation>請求頭過大。</translation>
    </message>
    <message>
        <source>The request is not HTTP/1.1.</source>
        <translation>該請求不是 HTTP/1.1 請求。</translation>
    </message>
    <message>
        <source>The request has a malformed header.</source>
        <translation>請求中有格式錯誤的請求頭。</translation>
    </message>
    <message>
        <source>The request gives two lengths.</source>
        <translation>請求給出了兩個不同的長度。</translation>
    </message>
    <message>
        <source>The request must give its length (Content-Length).</source>
        <translation>請求必須給出其長度（Content-Length）。</translation>
    </message>
    <message>
        <source>The request&apos;s length is not a number.</source>
        <translation>請求的長度不是數字。</translation>
    </message>
    <message>
        <source>The request is larger than the server takes (%1 bytes at most).</source>
        <translation>請求超過伺服器接受的大小（最多 %1 位元組）。</translation>
    </message>
    <message>
        <source>The request took too long to arrive.</source>
        <translation>請求傳輸時間過長。</translation>
    </message>
</context>
<context>
    <name>qf::server::PostgresFollowUpSource</name>
    <message>
        <source>The central store cannot be read.</source>
        <translation>無法讀取中心庫。</translation>
    </message>
</context>
<context>
    <name>qf::server::RowSchema</name>
    <message>
        <source>The field %1 holds a character no database can keep (a NUL or half of a surrogate pair).</source>
        <translation>欄位 %1 含有資料庫無法儲存的字元（NUL 或不成對的代理字元）。</translation>
    </message>
    <message>
        <source>The field %1 must hold bytes.</source>
        <translation>欄位 %1 必須是位元組資料。</translation>
    </message>
    <message>
        <source>The field %1 must hold a whole number.</source>
        <translation>欄位 %1 必須是整數。</translation>
    </message>
    <message>
        <source>The field %1 must hold a number.</source>
        <translation>欄位 %1 必須是數字。</translation>
    </message>
    <message>
        <source>The field %1 is longer than the server takes (%2 characters at most).</source>
        <translation>欄位 %1 超過伺服器接受的長度（最多 %2 個字元）。</translation>
    </message>
    <message>
        <source>The field %1 must name a row by its id.</source>
        <translation>欄位 %1 必須是一條記錄的編號。</translation>
    </message>
    <message>
        <source>The field %1 must hold text.</source>
        <translation>欄位 %1 必須是文字。</translation>
    </message>
    <message>
        <source>The field %1 must hold a single value.</source>
        <translation>欄位 %1 必須是單個值。</translation>
    </message>
    <message>
        <source>The server keeps no table &apos;%1&apos;.</source>
        <translation>伺服器沒有“%1”這張表。</translation>
    </message>
    <message>
        <source>The table %1 has no field %2 that a change may set.</source>
        <translation>表 %1 沒有可由變更設定的欄位 %2。</translation>
    </message>
    <message>
        <source>The change is larger than the server takes (%1 characters at most).</source>
        <translation>該變更超過伺服器接受的大小（最多 %1 個字元）。</translation>
    </message>
    <message>
        <source>A row of %1 needs the field %2.</source>
        <translation>%1 的記錄必須有欄位 %2。</translation>
    </message>
    <message>
        <source>The row is not one a workstation&apos;s table %1 can keep.</source>
        <translation>該記錄不符合工作站 %1 表的要求。</translation>
    </message>
    <message>
        <source>The value of %1 is not one the table %2 allows.</source>
        <translation>%1 的值不是表 %2 允許的值。</translation>
    </message>
</context>
<context>
    <name>qf::server::ServerSchema</name>
    <message>
        <source>The central database refused a statement: %1</source>
        <translation>中心資料庫拒絕執行語句：%1</translation>
    </message>
    <message>
        <source>The PostgreSQL driver of Qt (libqt6sql6-psql) is not installed.</source>
        <translation>未安裝 Qt 的 PostgreSQL 驅動（libqt6sql6-psql）。</translation>
    </message>
    <message>
        <source>Cannot read the central database: %1</source>
        <translation>無法讀取中心資料庫：%1</translation>
    </message>
    <message>
        <source>Cannot read the central database&apos;s version: %1</source>
        <translation>無法讀取中心資料庫版本：%1</translation>
    </message>
    <message>
        <source>Setting up the central store needs a PostgreSQL superuser connection (it creates roles and row-level security policies).</source>
        <translation>建立中心庫需要使用 PostgreSQL 超級使用者連線（需建立角色和行級安全策略）。</translation>
    </message>
    <message>
        <source>The central store has schema version %1, newer than this program knows (%2); it was left as it is. Use a newer qingfeng-cli.</source>
        <translation>中心庫的結構版本為 %1，高於本程式支援的版本（%2）；未作任何改動。請使用更新版本的 qingfeng-cli。</translation>
    </message>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation>無法開始事務：%1</translation>
    </message>
    <message>
        <source>Cannot finish setting up the central store: %1</source>
        <translation>無法完成中心庫的建立：%1</translation>
    </message>
    <message>
        <source>A user needs a login, a name and an office code.</source>
        <translation>使用者須有登入名、姓名和單位代碼。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a role; use one of: %2</source>
        <translation>“%1”不是有效角色；請使用以下之一：%2</translation>
    </message>
    <message>
        <source>Cannot add the user: %1 (%2)</source>
        <translation>無法新增使用者：%1（%2）</translation>
    </message>
    <message>
        <source>Cannot add the user: %1</source>
        <translation>無法新增使用者：%1</translation>
    </message>
    <message>
        <source>Cannot add the device: %1</source>
        <translation>無法新增裝置：%1</translation>
    </message>
    <message>
        <source>There is no user &apos;%1&apos;; add the user first.</source>
        <translation>使用者“%1”不存在；請先新增該使用者。</translation>
    </message>
    <message>
        <source>No free device tag was found; the office has too many devices.</source>
        <translation>找不到可用的裝置標識；本單位裝置過多。</translation>
    </message>
    <message>
        <source>Cannot revoke the device: %1</source>
        <translation>無法吊銷該裝置：%1</translation>
    </message>
    <message>
        <source>Revision %1 of the central store names an unknown placeholder.</source>
        <translation>中心庫的結構修訂 %1 含有未知的佔位符。</translation>
    </message>
    <message>
        <source>The PostgreSQL address is not valid; write it as postgresql://user@host:port/database.</source>
        <translation>PostgreSQL 地址無效；請寫成 postgresql://使用者@主機:埠/資料庫。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names no PostgreSQL database: give key=value settings (host=... port=... dbname=... user=...) or an address (postgresql://user@host:port/database).</source>
        <translation>“%1”沒有指明 PostgreSQL 資料庫：請給出 key=value 設定（host=... port=... dbname=... user=...）或地址（postgresql://使用者@主機:埠/資料庫）。</translation>
    </message>
    <message>
        <source>local socket</source>
        <translation>本機套接字</translation>
    </message>
    <message>
        <source>Cannot connect to the central database (%1%2): %3</source>
        <translation>無法連線中心資料庫（%1%2）：%3</translation>
    </message>
    <message>
        <source>Cannot read the audit alarms: %1</source>
        <translation>無法讀取審計告警：%1</translation>
    </message>
    <message>
        <source>Cannot set the password: %1</source>
        <translation>無法設定密碼：%1</translation>
    </message>
    <message>
        <source>There is no user %1 in the central store.</source>
        <translation>中心庫中沒有使用者 %1。</translation>
    </message>
    <message>
        <source>Cannot change the account: %1</source>
        <translation>無法修改賬戶：%1</translation>
    </message>
    <message>
        <source>%1 has no central account (add it with a password, or let the user enrol a workstation).</source>
        <translation>%1 沒有中心賬戶（請帶密碼新增該使用者，或由該使用者先接入一臺工作站）。</translation>
    </message>
    <message>
        <source>%1 has no central account, or its role is not entitled to identities (a custodian&apos;s must be).</source>
        <translation>%1 沒有中心賬戶，或其角色無權檢視身份資訊（保管人必須有此許可權）。</translation>
    </message>
</context>
<context>
    <name>qf::server::SyncService</name>
    <message>
        <source>Cannot read the central database: %1</source>
        <translation>無法讀取中心資料庫：%1</translation>
    </message>
    <message>
        <source>qingfeng-syncd refuses to run as a PostgreSQL role that bypasses row-level security; connect as qingfeng_sync.</source>
        <translation>qingfeng-syncd 拒絕以可繞過行級安全的 PostgreSQL 角色執行；請以 qingfeng_sync 身份連線。</translation>
    </message>
    <message>
        <source>This device has no token; enrol it first.</source>
        <translation>此裝置沒有裝置令牌；請先接入。</translation>
    </message>
    <message>
        <source>The device token is not known to the server (revoked or mistyped).</source>
        <translation>伺服器無法識別該裝置令牌（已吊銷或輸入有誤）。</translation>
    </message>
    <message>
        <source>Upgrade required: this workstation speaks sync protocol %1, the server needs %2 to %3. Install the current Qingfeng on this workstation.</source>
        <translation>需要升級：本工作站使用同步協議 %1，伺服器要求 %2 至 %3。請在本工作站安裝當前版本的清風。</translation>
    </message>
    <message>
        <source>The server speaks sync protocol up to %1 and this workstation %2: the server must be upgraded first.</source>
        <translation>伺服器最高支援同步協議 %1，本工作站為 %2：須先升級伺服器。</translation>
    </message>
    <message>
        <source>The change names a field that is not valid.</source>
        <translation>該變更指定的欄位無效。</translation>
    </message>
    <message>
        <source>Your role may not record or change reporters&apos; or visitors&apos; identities.</source>
        <translation>您的角色無權記錄或修改舉報人或來訪人的身份資訊。</translation>
    </message>
    <message>
        <source>Conflict records are made by the server; a device can only decide them.</source>
        <translation>衝突記錄由伺服器生成；裝置只能對其作出決定。</translation>
    </message>
    <message>
        <source>The report this belongs to is not on the server, or not visible to you.</source>
        <translation>該記錄所屬的信訪件不在伺服器上，或您無權檢視。</translation>
    </message>
    <message>
        <source>You cannot record or move this for another office.</source>
        <translation>您不能為其他單位記錄或變更此項。</translation>
    </message>
    <message>
        <source>This belongs to another office.</source>
        <translation>此項屬於其他單位。</translation>
    </message>
    <message>
        <source>The registration number %1 was already given to another report.</source>
        <translation>登記編號 %1 已分配給其他信訪件。</translation>
    </message>
    <message>
        <source>A report&apos;s history cannot be deleted.</source>
        <translation>信訪件的辦理記錄不能刪除。</translation>
    </message>
    <message>
        <source>There is no such row on the server.</source>
        <translation>伺服器上沒有該行。</translation>
    </message>
    <message>
        <source>The status cannot change from %1 to %2: it was changed elsewhere in the meantime.</source>
        <translation>狀態無法從 %1 變更為 %2：其間已在其他地方被修改。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a kind of change.</source>
        <translation>“%1”不是有效的變更型別。</translation>
    </message>
    <message>
        <source>The piece of the file does not fit its announced size.</source>
        <translation>檔案分塊與宣告的大小不符。</translation>
    </message>
    <message>
        <source>The file was announced with another size before.</source>
        <translation>該檔案此前已按其他大小宣告。</translation>
    </message>
    <message>
        <source>The server has %1 bytes of this file; send from there.</source>
        <translation>伺服器已有此檔案的 %1 位元組；請從該處繼續傳送。</translation>
    </message>
    <message>
        <source>The file arrived damaged (its SHA-256 does not match); it will be sent again.</source>
        <translation>檔案到達時已損壞（SHA-256 不匹配）；將重新發送。</translation>
    </message>
    <message>
        <source>The server does not have this file (yet).</source>
        <translation>伺服器上暫無此檔案。</translation>
    </message>
    <message>
        <source>The central store is not set up; run qingfeng-syncd admin init first.</source>
        <translation>中心庫尚未建立，請先執行 qingfeng-syncd admin init。</translation>
    </message>
    <message>
        <source>An answer kept by the central database cannot be read: %1</source>
        <translation>無法讀取中心資料庫儲存的應答：%1</translation>
    </message>
    <message>
        <source>A change can only be made in the name of this device&apos;s user; %1 names someone else.</source>
        <translation>變更只能以本裝置使用者的名義提交；%1 填寫的是其他人。</translation>
    </message>
    <message>
        <source>The change names no valid table or row.</source>
        <translation>該變更沒有有效的表或記錄。</translation>
    </message>
    <message>
        <source>The server keeps no table &apos;%1&apos;.</source>
        <translation>伺服器沒有“%1”這張表。</translation>
    </message>
    <message>
        <source>Users, their roles and the offices are changed only by the central administration (qingfeng-syncd admin), not by a workstation.</source>
        <translation>使用者、角色和單位只能由中心管理（qingfeng-syncd admin）更改，工作站不能更改。</translation>
    </message>
    <message>
        <source>Your role (%1) may not change the reference table %2.</source>
        <translation>您的角色（%1）不能更改基礎資料表 %2。</translation>
    </message>
    <message>
        <source>This row belongs to another office or is not open to your role; it was not changed.</source>
        <translation>該記錄屬於其他單位或您的角色無權檢視；未作更改。</translation>
    </message>
    <message>
        <source>The change names its author with characters no database can keep.</source>
        <translation>該變更的作者含有資料庫無法儲存的字元。</translation>
    </message>
    <message>
        <source>A change in the batch has no valid id.</source>
        <translation>本批中有一項變更沒有有效編號。</translation>
    </message>
    <message>
        <source>The central database could not take the batch; it is kept on the workstation and sent again later.</source>
        <translation>中心資料庫未能接收本批變更；變更保留在工作站上，稍後會再次傳送。</translation>
    </message>
    <message>
        <source>The central database is unavailable; try again later.</source>
        <translation>中心資料庫暫不可用；請稍後再試。</translation>
    </message>
    <message>
        <source>The service may not act for this user; ask the administrator to check the user&apos;s role.</source>
        <translation>服務不能代表該使用者操作；請管理員檢查該使用者的角色。</translation>
    </message>
    <message>
        <source>There is no %1 on this server.</source>
        <translation>本伺服器上沒有 %1。</translation>
    </message>
    <message>
        <source>%1 does not take %2; it takes %3.</source>
        <translation>%1 不接受 %2 請求；只接受 %3。</translation>
    </message>
    <message>
        <source>this workstation&apos;s audit log was altered at entry %1</source>
        <translation>本工作站的審計日誌第 %1 條已被篡改</translation>
    </message>
    <message>
        <source>entries of this workstation&apos;s audit log up to %1, which the server has seen, are missing</source>
        <translation>伺服器已見過的本工作站審計日誌（截至第 %1 條）有條目缺失</translation>
    </message>
    <message>
        <source>this workstation&apos;s audit log no longer extends the one the server saw at entry %1; its history was rewritten</source>
        <translation>本工作站的審計日誌已不再延續伺服器在第 %1 條所見的日誌，其歷史已被改寫</translation>
    </message>
    <message>
        <source>The server refuses to sync with this workstation: %1. The administrators of the central store have been alerted; nothing was sent or received.</source>
        <translation>伺服器拒絕與本工作站同步：%1。已通知中心庫管理員；未傳送也未接收任何資料。</translation>
    </message>
    <message>
        <source>The server refused this workstation&apos;s audit log and exchanges no data with it; the administrators of the central store have been alerted.</source>
        <translation>伺服器已拒絕本工作站的審計日誌，不再與其交換任何資料；已通知中心庫管理員。</translation>
    </message>
    <message>
        <source>This workstation has reported its audit log before and must go on doing so: it needs sync protocol %1 (the current Qingfeng).</source>
        <translation>本工作站此前已報送過審計日誌，必須繼續報送：需要同步協議 %1（當前版本的清風）。</translation>
    </message>
    <message>
        <source>since must be a whole number, not negative.</source>
        <translation>since 必須是不小於零的整數。</translation>
    </message>
    <message>
        <source>office_public_key must be a public key of 32 bytes.</source>
        <translation>office_public_key 必須是 32 位元組的公鑰。</translation>
    </message>
    <message>
        <source>This workstation holds another identity key than its office&apos;s; it may not seal keys for the office&apos;s users.</source>
        <translation>本工作站持有的身份金鑰與本單位的不同，不能為本單位使用者封存金鑰。</translation>
    </message>
    <message>
        <source>A password change needs an Argon2id hash, a salt of 16 bytes and the wrapped key.</source>
        <translation>修改密碼需要 Argon2id 雜湊值、16 位元組的鹽和封裝後的金鑰。</translation>
    </message>
    <message>
        <source>The central store has no enabled account for %1.</source>
        <translation>中心庫中沒有 %1 的可用賬戶。</translation>
    </message>
    <message>
        <source>The central database did not take every change of the batch; it is kept on the workstation and sent again later.</source>
        <translation>中心庫沒有接收這一批的全部改動；改動仍儲存在本工作站上，稍後會重新發送。</translation>
    </message>
</context>
<context>
    <name>qf::sync::SyncClient</name>
    <message>
        <source>The server %1 cannot be reached: %2. Work goes on offline; nothing is lost.</source>
        <translation>無法連線伺服器 %1：%2。工作將以離線方式繼續，不會丟失任何資料。</translation>
    </message>
    <message>
        <source>Upgrade required: %1</source>
        <translation>需要升級：%1</translation>
    </message>
    <message>
        <source>The server does not accept this device: %1</source>
        <translation>伺服器不接受此裝置：%1</translation>
    </message>
    <message>
        <source>The server answered %1: %2</source>
        <translation>伺服器返回 %1：%2</translation>
    </message>
    <message>
        <source>This workstation is not enrolled with a server (no device token in the keychain); run qingfeng-cli enrol.</source>
        <translation>本工作站未接入伺服器（系統金鑰環中沒有裝置令牌）；請執行 qingfeng-cli enrol。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds no certificate (PEM).</source>
        <translation>“%1”中沒有證書（PEM）。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a server address (http://host:port or https://host:port).</source>
        <translation>“%1”不是伺服器地址（http://host:port 或 https://host:port）。</translation>
    </message>
    <message>
        <source>This database already holds identities sealed with its own key, and the office has another. Enrol a new, empty database on this workstation.</source>
        <translation>此資料庫已存有以其自身金鑰加密的身份資訊，而本單位使用另一單位金鑰。請在本工作站接入一個新的空資料庫。</translation>
    </message>
    <message>
        <source>The attachment %1 is missing from this workstation&apos;s store.</source>
        <translation>本工作站的儲存中缺少附件 %1。</translation>
    </message>
    <message>
        <source>Cannot read the attachment %1.</source>
        <translation>無法讀取附件 %1。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>無法建立資料夾 %1。</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>無法寫入 %1。</translation>
    </message>
    <message>
        <source>Cannot write %1 (is the disk full?).</source>
        <translation>無法寫入 %1（磁碟是否已滿？）。</translation>
    </message>
    <message>
        <source>An attachment arrived damaged (SHA-256 mismatch); it will be fetched again.</source>
        <translation>有附件到達時已損壞（SHA-256 不匹配）；將重新獲取。</translation>
    </message>
    <message>
        <source>This workstation is not enrolled with a server; run qingfeng-cli enrol.</source>
        <translation>本工作站未接入伺服器；請執行 qingfeng-cli enrol。</translation>
    </message>
    <message>
        <source>The server&apos;s answer does not match the changes sent; they stay queued.</source>
        <translation>伺服器的應答與已傳送的變更不符；這些變更仍在佇列中。</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read (%1); nothing was changed.</source>
        <translation>無法讀取伺服器的應答（%1），未作任何更改。</translation>
    </message>
    <message>
        <source>The change is too large for the server.</source>
        <translation>該變更超過伺服器接受的大小。</translation>
    </message>
    <message>
        <source>The server refuses this workstation&apos;s audit log.</source>
        <translation>伺服器拒絕本工作站的審計日誌。</translation>
    </message>
    <message>
        <source>The office&apos;s keys arrived, but this workstation&apos;s account cannot take them; sign in with the account that enrolled it.</source>
        <translation>本單位金鑰已送達，但本工作站當前賬戶無法接收；請用接入本工作站時所用的賬戶登入。</translation>
    </message>
    <message>
        <source>The office&apos;s identity key arrived, but this database already holds identities sealed with its own key. Enrol a new, empty database on this workstation.</source>
        <translation>本單位身份金鑰已送達，但本資料庫中已有用自身金鑰加密的身份資訊。請在本工作站用一個新的空資料庫重新接入。</translation>
    </message>
    <message>
        <source>Another sync of this workstation is still running; try again when it has finished.</source>
        <translation>本機另一次同步尚未結束，請待其完成後再試。</translation>
    </message>
</context>
<context>
    <name>qf::sync::SyncLocal</name>
    <message>
        <source>Cannot read the changes waiting to be sent: %1</source>
        <translation>無法讀取待發送的變更：%1</translation>
    </message>
    <message>
        <source>Cannot count the changes waiting to be sent: %1</source>
        <translation>無法統計待發送的變更：%1</translation>
    </message>
    <message>
        <source>The database is busy: %1</source>
        <translation>資料庫繁忙：%1</translation>
    </message>
    <message>
        <source>Cannot prepare the acknowledgement.</source>
        <translation>無法準備確認資訊。</translation>
    </message>
    <message>
        <source>Cannot record a refused change: %1</source>
        <translation>無法記錄被拒絕的變更：%1</translation>
    </message>
    <message>
        <source>Cannot clear a sent change: %1</source>
        <translation>無法清除已傳送的變更：%1</translation>
    </message>
    <message>
        <source>Cannot prepare the pending-change lookup.</source>
        <translation>無法準備待發送變更的查詢。</translation>
    </message>
    <message>
        <source>Cannot prepare the update of %1.</source>
        <translation>無法準備對 %1 的更新。</translation>
    </message>
    <message>
        <source>Cannot apply a change from the server to %1: %2</source>
        <translation>無法將伺服器的變更應用到 %1：%2</translation>
    </message>
    <message>
        <source>Cannot prepare the field clocks.</source>
        <translation>無法準備欄位時鐘。</translation>
    </message>
    <message>
        <source>Cannot record a field clock: %1</source>
        <translation>無法記錄欄位時鐘：%1</translation>
    </message>
    <message>
        <source>Cannot prepare the attachment queue.</source>
        <translation>無法準備附件佇列。</translation>
    </message>
    <message>
        <source>Cannot queue an attachment to fetch: %1</source>
        <translation>無法將待獲取的附件加入佇列：%1</translation>
    </message>
    <message>
        <source>Cannot read the attachments: %1</source>
        <translation>無法讀取附件：%1</translation>
    </message>
    <message>
        <source>Cannot read the attachments to fetch: %1</source>
        <translation>無法讀取待獲取的附件：%1</translation>
    </message>
    <message>
        <source>Cannot record a fetched attachment: %1</source>
        <translation>無法記錄已獲取的附件：%1</translation>
    </message>
    <message>
        <source>Cannot read the conflicts: %1</source>
        <translation>無法讀取衝突：%1</translation>
    </message>
    <message>
        <source>Cannot count the conflicts: %1</source>
        <translation>無法統計衝突：%1</translation>
    </message>
    <message>
        <source>Cannot read the conflict: %1</source>
        <translation>無法讀取該衝突：%1</translation>
    </message>
    <message>
        <source>There is no open conflict %1.</source>
        <translation>不存在未處理的衝突 %1。</translation>
    </message>
    <message>
        <source>Cannot read the refused changes: %1</source>
        <translation>無法讀取被拒絕的變更：%1</translation>
    </message>
    <message>
        <source>Cannot prepare the update of a row from the server.</source>
        <translation>無法準備應用伺服器發來的記錄。</translation>
    </message>
    <message>
        <source>Cannot apply a change from the server: %1</source>
        <translation>無法應用伺服器發來的變更：%1</translation>
    </message>
    <message>
        <source>Cannot prepare the list of rows kept aside.</source>
        <translation>無法準備暫存記錄列表。</translation>
    </message>
    <message>
        <source>Cannot keep aside a row from the server: %1</source>
        <translation>無法暫存伺服器發來的記錄：%1</translation>
    </message>
    <message>
        <source>Cannot update the list of rows kept aside: %1</source>
        <translation>無法更新暫存記錄列表：%1</translation>
    </message>
    <message>
        <source>Cannot read the rows kept aside: %1</source>
        <translation>無法讀取暫存的記錄：%1</translation>
    </message>
    <message>
        <source>Cannot count the rows kept aside: %1</source>
        <translation>無法統計暫存的記錄：%1</translation>
    </message>
    <message>
        <source>Cannot read the reports: %1</source>
        <translation>無法讀取案件：%1</translation>
    </message>
    <message>
        <source>Cannot build the search index: %1</source>
        <translation>無法建立搜尋索引：%1</translation>
    </message>
    <message>
        <source>Cannot read the indexes: %1</source>
        <translation>無法讀取索引：%1</translation>
    </message>
    <message>
        <source>Cannot put off an index: %1</source>
        <translation>無法暫緩建立索引：%1</translation>
    </message>
    <message>
        <source>Cannot build an index: %1</source>
        <translation>無法建立索引：%1</translation>
    </message>
    <message>
        <source>Cannot read the changes sent: %1</source>
        <translation>無法讀取已傳送的變更：%1</translation>
    </message>
</context>
<context>
    <name>qf::sync::detail::FieldCheck</name>
    <message>
        <source>The field %1 is missing.</source>
        <translation>缺少欄位 %1。</translation>
    </message>
    <message>
        <source>The field %1 must be text.</source>
        <translation>欄位 %1 必須是文字。</translation>
    </message>
    <message>
        <source>The field %1 is longer than %2 characters.</source>
        <translation>欄位 %1 超過 %2 個字元。</translation>
    </message>
    <message>
        <source>The field %1 must be a whole number from %2 to %3.</source>
        <translation>欄位 %1 必須是 %2 到 %3 之間的整數。</translation>
    </message>
    <message>
        <source>The field %1 must be true or false.</source>
        <translation>欄位 %1 必須是真或假（true / false）。</translation>
    </message>
    <message>
        <source>The field %1 must be an object.</source>
        <translation>欄位 %1 必須是物件。</translation>
    </message>
    <message>
        <source>The field %1 must be a list.</source>
        <translation>欄位 %1 必須是列表。</translation>
    </message>
    <message>
        <source>The field %1 has more than %2 entries.</source>
        <translation>欄位 %1 的條目超過 %2 個。</translation>
    </message>
    <message>
        <source>The field %1 is not base64.</source>
        <translation>欄位 %1 不是 base64 編碼。</translation>
    </message>
    <message>
        <source>The message is not valid JSON: %1</source>
        <translation>訊息不是有效的 JSON：%1</translation>
    </message>
    <message>
        <source>The message is not a JSON object.</source>
        <translation>訊息不是 JSON 物件。</translation>
    </message>
</context>
</TS>
