<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>qf::Accounts</name>
    <message>
        <source>The accounts could not be read: %1</source>
        <translation>无法读取账户：%1</translation>
    </message>
    <message>
        <source>There is no account %1 on this workstation.</source>
        <translation>本工作站没有账户 %1。</translation>
    </message>
    <message>
        <source>A password needs at least 8 characters.</source>
        <translation>密码至少需要 8 个字符。</translation>
    </message>
    <message>
        <source>The password may not be the login.</source>
        <translation>密码不能与登录名相同。</translation>
    </message>
    <message>
        <source>The password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>A login is 1 to 32 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit.</source>
        <translation>登录名由 1 至 32 个字母、数字、“.”“_”或“-”组成，须以字母或数字开头。</translation>
    </message>
    <message>
        <source>The office&apos;s identity key could not be opened with your keys; ask the administrator to give you your role again.</source>
        <translation>无法用您的密钥打开本单位的身份密钥，请管理员重新为您分配角色。</translation>
    </message>
    <message>
        <source>The office&apos;s index key could not be opened with your keys; ask the administrator to reset your password.</source>
        <translation>无法用您的密钥打开本单位的索引密钥，请管理员重置您的密码。</translation>
    </message>
    <message>
        <source>Only a user entitled to identities can take on the office&apos;s key.</source>
        <translation>只有有权查看身份信息的用户才能接收本单位的密钥。</translation>
    </message>
    <message>
        <source>The password could not be hashed (out of memory?).</source>
        <translation>无法计算密码的散列值（内存不足？）。</translation>
    </message>
    <message>
        <source>The account could not be saved: %1</source>
        <translation>无法保存账户：%1</translation>
    </message>
    <message>
        <source>This store has its administrator already; only an administrator adds users.</source>
        <translation>本数据库已有管理员；只有管理员可以添加用户。</translation>
    </message>
    <message>
        <source>Please enter the administrator&apos;s name.</source>
        <translation>请输入管理员姓名。</translation>
    </message>
    <message>
        <source>The name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Please choose the office or enter the name of a new one.</source>
        <translation>请选择单位，或输入新单位的名称。</translation>
    </message>
    <message>
        <source>The system keychain holds no key for this database (%1), so the identities in it cannot be read. Restore the keychain from a backup, or open the database on the account that created it.</source>
        <translation>系统钥匙串中没有本数据库（%1）的密钥，其中的身份信息无法读取。请从备份恢复钥匙串，或在创建该数据库的系统账户下打开。</translation>
    </message>
    <message>
        <source>The key in the system keychain does not belong to this database (%1); identities cannot be read with it.</source>
        <translation>系统钥匙串中的密钥不属于本数据库（%1），无法用它读取身份信息。</translation>
    </message>
    <message>
        <source>The administrator could not be saved: %1</source>
        <translation>无法保存管理员：%1</translation>
    </message>
    <message>
        <source>The login or the password is wrong.</source>
        <translation>登录名或密码错误。</translation>
    </message>
    <message>
        <source>unknown login %1</source>
        <translation>未知登录名 %1</translation>
    </message>
    <message>
        <source>This account is disabled. Ask the administrator.</source>
        <translation>该账户已停用，请联系管理员。</translation>
    </message>
    <message>
        <source>After too many wrong passwords this account is locked until %1.</source>
        <translation>密码错误次数过多，该账户已锁定至 %1。</translation>
    </message>
    <message>
        <source>%1 wrong passwords: the account is locked for %2 minutes.</source>
        <translation>密码错误 %1 次：账户锁定 %2 分钟。</translation>
    </message>
    <message>
        <source>Your keys on this workstation are damaged; ask the administrator to reset your password.</source>
        <translation>您在本工作站上的密钥已损坏，请管理员重置您的密码。</translation>
    </message>
    <message>
        <source>add users</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <source>Please enter the user&apos;s name.</source>
        <translation>请输入用户姓名。</translation>
    </message>
    <message>
        <source>There is no role %1.</source>
        <translation>没有角色 %1。</translation>
    </message>
    <message>
        <source>The login %1 is taken.</source>
        <translation>登录名 %1 已被使用。</translation>
    </message>
    <message>
        <source>The user could not be saved: %1</source>
        <translation>无法保存用户：%1</translation>
    </message>
    <message>
        <source>Only an administrator entitled to identities can take them from a user.</source>
        <translation>只有有权查看身份信息的管理员才能收回用户的身份信息权限。</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>请先登录。</translation>
    </message>
    <message>
        <source>The central user could not be recorded: %1</source>
        <translation>无法记录中心库用户：%1</translation>
    </message>
    <message>
        <source>was %1</source>
        <translation>原为 %1</translation>
    </message>
    <message>
        <source>give roles</source>
        <translation>分配角色</translation>
    </message>
    <message>
        <source>An administrator cannot change their own role.</source>
        <translation>管理员不能更改自己的角色。</translation>
    </message>
    <message>
        <source>The role could not be saved: %1</source>
        <translation>无法保存角色：%1</translation>
    </message>
    <message>
        <source>reset passwords</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>The password could not be saved: %1</source>
        <translation>无法保存密码：%1</translation>
    </message>
    <message>
        <source>disable accounts</source>
        <translation>停用账户</translation>
    </message>
    <message>
        <source>An administrator cannot disable their own account.</source>
        <translation>管理员不能停用自己的账户。</translation>
    </message>
    <message>
        <source>enable it again by resetting the password</source>
        <translation>重置密码即可重新启用</translation>
    </message>
    <message>
        <source>name custodians</source>
        <translation>指定保管人</translation>
    </message>
    <message>
        <source>A custodian must hold a role entitled to identities (%1 is %2).</source>
        <translation>保管人必须担任有权查看身份信息的角色（%1 是%2）。</translation>
    </message>
    <message>
        <source>Your account could not be read.</source>
        <translation>无法读取您的账户。</translation>
    </message>
    <message>
        <source>The present password is wrong.</source>
        <translation>当前密码错误。</translation>
    </message>
    <message>
        <source>list the accounts</source>
        <translation>查看账户列表</translation>
    </message>
    <message>
        <source>This workstation is enrolled: its users come from the central store. Ask its administrator (qingfeng-syncd admin add-user, reset-password, disable-user, custodian).</source>
        <translation>本工作站已接入中心库，用户由中心库统一管理。请联系中心库管理员办理（qingfeng-syncd admin add-user、reset-password、disable-user、custodian）。</translation>
    </message>
    <message>
        <source>The password is not the one you signed in with.</source>
        <translation>该密码与您登录时使用的密码不符。</translation>
    </message>
    <message>
        <source>The central account %1 is disabled.</source>
        <translation>中心账户 %1 已停用。</translation>
    </message>
    <message>
        <source>The password is not the one of the central account %1 (the central store&apos;s administrator can reset it with qingfeng-syncd admin reset-password).</source>
        <translation>该密码不是中心账户 %1 的密码（中心库管理员可用 qingfeng-syncd admin reset-password 重置）。</translation>
    </message>
    <message>
        <source>The office&apos;s identity key sealed for you does not open with your key.</source>
        <translation>为您封存的本单位身份密钥无法用您的密钥打开。</translation>
    </message>
    <message>
        <source>The office&apos;s keys have not been sealed for your account yet. They are, at the next sync of a workstation of your office where a user is signed in; sign in again after that.</source>
        <translation>本单位密钥尚未为您的账户封存。本单位任一已有用户登录的工作站下次同步时即会封存，届时请重新登录。</translation>
    </message>
    <message>
        <source>The office&apos;s index key sealed for you does not open with your key.</source>
        <translation>为您封存的本单位索引密钥无法用您的密钥打开。</translation>
    </message>
    <message>
        <source>The central account %1 could not be saved: %2</source>
        <translation>中心账户 %1 无法保存：%2</translation>
    </message>
    <message>
        <source>Sign in with an account of this workstation first.</source>
        <translation>请先用本工作站的账户登录。</translation>
    </message>
    <message>
        <source>The office&apos;s identity key sealed for you is not the one this workstation seals with; ask the administrator of the central store.</source>
        <translation>为您封存的本单位身份密钥与本工作站加密所用的密钥不一致，请联系中心库管理员。</translation>
    </message>
</context>
<context>
    <name>qf::AgendaBox</name>
    <message>
        <source>Agenda</source>
        <translation>议程</translation>
    </message>
    <message>
        <source>&amp;Build agenda</source>
        <translation>生成议程(&amp;B)</translation>
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
        <translation>输入要加入的编号，按回车</translation>
    </message>
    <message>
        <source>agenda</source>
        <translation>研判会议程</translation>
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
        <translation>无法生成议程：%1</translation>
    </message>
    <message>
        <source>The proposals could not be read: %1</source>
        <translation>无法读取提请研判的事项：%1</translation>
    </message>
</context>
<context>
    <name>qf::Analysis</name>
    <message>
        <source>Cannot compute the figures: %1</source>
        <translation>无法计算统计数据：%1</translation>
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
        <translation>受理口径：凡已登记且未删除的信访举报件均计入，不论来源渠道；上级转来、有关单位移交的件自签收后计入（尚待签收的不计）。</translation>
    </message>
    <message>
        <source>Date: a report counts under the day of its receipt as registered (received_at), in China Standard Time (UTC+8); a period includes its first and its last day.</source>
        <translation>日期口径：按登记的收件时间（received_at）所在日计算，以北京时间（UTC+8）为准；统计期间含首尾两日。</translation>
    </message>
    <message>
        <source>Repeats: a report counts as a repeat when it has been linked to an earlier report of the same matter (repeat_of), with or without new facts; every arrival counts as received in its own period, the repeat share is repeats divided by received.</source>
        <translation>重复件口径：与此前同一事项的件建立重复关联（repeat_of）的，无论有无新情况均计为重复件；每次来件均在其所在期间计为收件，重复件占比为重复件数除以收件总数。</translation>
    </message>
    <message>
        <source>Referral: a report lawfully referred to the body that can handle it (out of scope, 依法分类告知) counts as referred; every other report counts as in scope.</source>
        <translation>分流口径：依法分类告知、转由有权机关处理（不属受理范围）的计为分流件；其余计为属于受理范围。</translation>
    </message>
    <message>
        <source>Reported units and ranks: a report naming persons of several units (or ranks) counts once under each of them, so these groups may add up to more than the received total; a report naming none counts under &quot;not recorded&quot;.</source>
        <translation>被反映单位和职级口径：一件反映多个单位（或职级）人员的，在每个单位（或职级）下各计一次，故分组合计可能大于收件总数；未写明的计入“未记录”。</translation>
    </message>
    <message>
        <source>Categories: at a level of the taxonomy, a report counts under the category of that level above its own (a report recorded at a higher level counts under its own category).</source>
        <translation>问题类别口径：按问题分类的某一层级统计时，件计入其所属的该层级上级类别（登记在更高层级的，计入其本身类别）。</translation>
    </message>
    <message>
        <source>Reports about the office&apos;s principal leader are counted only for users entitled to see them.</source>
        <translation>反映本机关主要负责人的件，仅对有权查看的用户计入。</translation>
    </message>
    <message>
        <source>Scope: an office below counts the reports it handles (with the offices under it); a region the reports recorded for the region; a unit the reports naming a person of the unit.</source>
        <translation>范围口径：下级机关统计其承办的件（含其下属机关）；地区统计登记为该地区的件；单位统计反映该单位人员的件。</translation>
    </message>
    <message>
        <source>Warning when this month&apos;s count is above the mean of the previous %1 months plus %2 standard deviations (of those months) and at least %3.</source>
        <translation>本月件数高于前%1个月均值加%2倍标准差（按前述各月计算）且不少于%3件时预警。</translation>
    </message>
    <message>
        <source>Score = (%1 × acceptance + %2 × handling + %3 × cooperation) / %4, where acceptance = reports taken up by the quarter&apos;s end / workload, handling = reports concluded by the quarter&apos;s end / workload, cooperation = reports concluded in the quarter and reviewed within %5 days / reports concluded in the quarter (1 when none was concluded); workload = reports dispatched to the office (or, with no time of dispatch recorded, received) before the quarter&apos;s end and not concluded before it began; taken up = handling begun or concluded. Green from %6, yellow from %7, red below. Two yellow flags in a row: interview (约谈); a red flag: accountability (问责).</source>
        <translation>得分 =（%1 × 受理率 + %2 × 办理率 + %3 × 配合率）/ %4；其中受理率 = 季末前已着手办理的件数 / 工作量，办理率 = 季末前已办结的件数 / 工作量，配合率 = 本季度办结且在%5日内完成复盘的件数 / 本季度办结件数（本季度无办结件时为1）；工作量 = 季末前交办给该机关（未记录交办时间的按收件时间）且季初前未办结的件数；着手办理 = 已开始办理或已办结。%6分及以上为绿旗，%7分及以上为黄旗，以下为红旗。连续两个季度黄旗：约谈；红旗：问责。</translation>
    </message>
    <message>
        <source>Cannot read the categories: %1</source>
        <translation>无法读取问题类别：%1</translation>
    </message>
    <message>
        <source>Cannot read the offices: %1</source>
        <translation>无法读取机关：%1</translation>
    </message>
    <message>
        <source>(no category)</source>
        <translation>（无类别）</translation>
    </message>
    <message>
        <source>not triaged</source>
        <translation>未初筛</translation>
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
        <translation>（未记录）</translation>
    </message>
    <message>
        <source>real name</source>
        <translation>实名</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>匿名</translation>
    </message>
    <message>
        <source>repeat</source>
        <translation>重复件</translation>
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
        <translation>属于受理范围</translation>
    </message>
    <message>
        <source>talk and inquiry</source>
        <translation>谈话函询</translation>
    </message>
    <message>
        <source>preliminary verification</source>
        <translation>初步核实</translation>
    </message>
    <message>
        <source>stored pending</source>
        <translation>暂存待查</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>予以了结</translation>
    </message>
    <message>
        <source>The period is not valid: give a first day that is not after the last.</source>
        <translation>统计期间无效：起始日不能晚于截止日。</translation>
    </message>
    <message>
        <source>The month is not valid.</source>
        <translation>月份无效。</translation>
    </message>
    <message>
        <source>The quarter is not valid: give it as 2026Q4.</source>
        <translation>季度无效：请按2026Q4的格式填写。</translation>
    </message>
    <message>
        <source>On time: for each deadline clock, a report of the period counts as on time when the clock stopped before it ran out, and as late when it stopped after or ran out unstopped by the end of the period (working days by the official calendar, days in China time); a clock that never started, still runs in time, or ended because the report left its path (referred, filed, removed) does not count.</source>
        <translation>按期：对每一项办理时限，本期信访举报件在时限届满前完成的计为按期，届满后完成或至本期末仍未完成且已超时的计为超期（工作日按国家法定节假日安排计算，日期按北京时间）；时限未开始、仍在期限内，或因件已依法分类告知、存档、删除而终止的，不计入。</translation>
    </message>
    <message>
        <source>Second requests: of the period&apos;s reports with an evidence request, the share with two or more requests (二次补证率).</source>
        <translation>二次补证率：本期已发出补证告知的信访举报件中，补证告知两次及以上的件数所占比例。</translation>
    </message>
    <message>
        <source>Satisfaction: of the period&apos;s real-name reports that are concluded and whose reporter&apos;s satisfaction is recorded, the share satisfied.</source>
        <translation>满意率：本期已办结且记录了举报人满意度的实名举报件中，举报人表示满意的件数所占比例。</translation>
    </message>
    <message>
        <source>Two low, one high (两低一高): a concluded report of the period that was not substantiated, whose real-name reporter was not satisfied and that was reported again after its conclusion; a handling office is marked when its substantiation and satisfaction rates are below the office-wide rates and its rate of reports made again is above.</source>
        <translation>两低一高：本期已办结、反映问题未查实、实名举报人不满意且办结后又被重复举报的件；承办室的查实率和满意率均低于全机关水平、重复举报率高于全机关水平的，予以标注。</translation>
    </message>
    <message>
        <source>Key petitioners: the reporters of the period&apos;s reports whose person is kept as a key petitioner (重点信访人), listed by the registration number of their first report, never by name.</source>
        <translation>重点信访人：本期信访举报件的举报人中列为重点信访人的，以其首件信访举报的编号列示，不列姓名。</translation>
    </message>
    <message>
        <source>Forwarded items signed for in time</source>
        <translation>上级转来、有关单位移交件按期签收</translation>
    </message>
    <message>
        <source>Triaged in time</source>
        <translation>按期初筛</translation>
    </message>
    <message>
        <source>Evidence requested in time after triage (class A)</source>
        <translation>初筛后按期补证告知（A类件）</translation>
    </message>
    <message>
        <source>Dispatched in time</source>
        <translation>按期分送</translation>
    </message>
    <message>
        <source>Real-name reporters told of acceptance in time</source>
        <translation>按期告知实名举报人受理情况</translation>
    </message>
    <message>
        <source>Results fed back to real-name reporters in time</source>
        <translation>按期向实名举报人反馈办理结果</translation>
    </message>
</context>
<context>
    <name>qf::AnalysisExport</name>
    <message>
        <source>The document template lacks %1.</source>
        <translation>文书模板缺少%1。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a .docx, .xlsx or .pdf file.</source>
        <translation>“%1”不是.docx、.xlsx或.pdf文件。</translation>
    </message>
    <message>
        <source>The document template is not well-formed XML.</source>
        <translation>文书模板不是格式正确的XML。</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>无。</translation>
    </message>
    <message>
        <source>Appendix: counting rules and how this document was made</source>
        <translation>附：统计口径及本文书生成信息</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入%1。</translation>
    </message>
    <message>
        <source>Cannot write %1 (zip error %2).</source>
        <translation>无法写入%1（压缩错误%2）。</translation>
    </message>
    <message>
        <source>About</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入%1：%2</translation>
    </message>
</context>
<context>
    <name>qf::AnalysisExportRun</name>
    <message>
        <source>Reading the reports…</source>
        <translation>正在读取信访举报数据…</translation>
    </message>
    <message>
        <source>Counting the figures…</source>
        <translation>正在统计各项数据…</translation>
    </message>
    <message>
        <source>Writing the document…</source>
        <translation>正在写出文件…</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>取消导出</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>已取消导出，未写出任何文件。</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>已写出：%1</translation>
    </message>
    <message>
        <source>Counting the figures: %1 (%2 of %3)…</source>
        <translation>正在统计：%1（第%2项，共%3项）…</translation>
    </message>
</context>
<context>
    <name>qf::AnalysisIndicatorsPanel</name>
    <message>
        <source>Deadlines kept</source>
        <translation>办理时限执行情况</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>时限</translation>
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
        <translation>各承办室“两低一高”情况</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>承办室</translation>
    </message>
    <message>
        <source>Concluded</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>Substantiated</source>
        <translation>查实率</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>满意率</translation>
    </message>
    <message>
        <source>Reported again</source>
        <translation>重复举报率</translation>
    </message>
    <message>
        <source>Two low, one high</source>
        <translation>两低一高</translation>
    </message>
    <message>
        <source>Key petitioners</source>
        <translation>重点信访人</translation>
    </message>
    <message>
        <source>File (first report)</source>
        <translation>档案（首件编号）</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>本期</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>重复件</translation>
    </message>
    <message>
        <source>On file</source>
        <translation>累计件数</translation>
    </message>
    <message>
        <source>Last received</source>
        <translation>最近来信来访日期</translation>
    </message>
    <message>
        <source>evidence asked for twice or more</source>
        <translation>二次及以上补证</translation>
    </message>
    <message>
        <source>real-name reporters not satisfied</source>
        <translation>实名举报人不满意</translation>
    </message>
    <message>
        <source>two low, one high</source>
        <translation>两低一高</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: %n report(s)</source>
        <translation>
            <numerusform>%1，%2：%n件</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Second requests&lt;/b&gt; &lt;a href=&quot;second&quot;&gt;%1&lt;/a&gt; of %2 reports with an evidence request (%3) · &lt;b&gt;satisfaction&lt;/b&gt; %4 of %5 real-name reporters asked (%6, &lt;a href=&quot;dissatisfied&quot;&gt;%7 not satisfied&lt;/a&gt;) · &lt;b&gt;substantiated&lt;/b&gt; %8 of %9 concluded (%10) · &lt;b&gt;reported again&lt;/b&gt; %11 (%12) · &lt;b&gt;two low, one high&lt;/b&gt; &lt;a href=&quot;tlo&quot;&gt;%13&lt;/a&gt;</source>
        <translation>&lt;b&gt;二次补证&lt;/b&gt; &lt;a href=&quot;second&quot;&gt;%1&lt;/a&gt;件（补证件%2件，%3）· &lt;b&gt;满意&lt;/b&gt; %4件（测评实名举报人%5人，%6，&lt;a href=&quot;dissatisfied&quot;&gt;不满意%7件&lt;/a&gt;）· &lt;b&gt;查实&lt;/b&gt; %8件（办结%9件，%10）· &lt;b&gt;办结后重复举报&lt;/b&gt; %11件（%12）· &lt;b&gt;两低一高&lt;/b&gt; &lt;a href=&quot;tlo&quot;&gt;%13&lt;/a&gt;件</translation>
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
        <translation>%1，重点信访人%2：%3件</translation>
    </message>
</context>
<context>
    <name>qf::AnalysisReport</name>
    <message>
        <source>By channel</source>
        <translation>按来源渠道</translation>
    </message>
    <message>
        <source>By problem category</source>
        <translation>按问题类别</translation>
    </message>
    <message>
        <source>By region</source>
        <translation>按地区</translation>
    </message>
    <message>
        <source>By reported unit</source>
        <translation>按被反映单位</translation>
    </message>
    <message>
        <source>By rank of the reported persons</source>
        <translation>按被反映人职级</translation>
    </message>
    <message>
        <source>Real name and anonymous</source>
        <translation>实名与匿名</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>重复件</translation>
    </message>
    <message>
        <source>In scope and referred</source>
        <translation>受理与分流</translation>
    </message>
    <message>
        <source>By class</source>
        <translation>按类别（ABC）</translation>
    </message>
    <message>
        <source>By outcome</source>
        <translation>按处置结果</translation>
    </message>
    <message>
        <source>By status</source>
        <translation>按办理状态</translation>
    </message>
    <message>
        <source>By handling office</source>
        <translation>按承办机关</translation>
    </message>
    <message>
        <source>green</source>
        <translation>绿旗</translation>
    </message>
    <message>
        <source>yellow</source>
        <translation>黄旗</translation>
    </message>
    <message>
        <source>red</source>
        <translation>红旗</translation>
    </message>
    <message>
        <source>the whole office</source>
        <translation>全委（办）</translation>
    </message>
    <message>
        <source>categories at level %1</source>
        <translation>问题类别第%1级</translation>
    </message>
    <message>
        <source>reports about the principal leader included</source>
        <translation>含反映主要负责人的件</translation>
    </message>
    <message>
        <source>reports about the principal leader not included</source>
        <translation>不含反映主要负责人的件</translation>
    </message>
    <message>
        <source>counts of 1 and 2 shown as &lt;3</source>
        <translation>1件、2件的数字显示为“&lt;3”</translation>
    </message>
    <message>
        <source>Monthly analysis of petitions and reports, %1</source>
        <translation>%1信访举报情况月度分析</translation>
    </message>
    <message>
        <source>Quarterly analysis of petitions and reports, %1</source>
        <translation>%1信访举报情况季度分析</translation>
    </message>
    <message>
        <source>Topic analysis: %1, %2</source>
        <translation>专题分析：%1，%2</translation>
    </message>
    <message>
        <source>Petitions and reports concerning %1 for the inspection tour, %2</source>
        <translation>关于%1的信访举报情况（配合巡视巡察），%2</translation>
    </message>
    <message>
        <source>In %1 the office received %2 petitions and reports (%3 in the previous period, %4 in the same period a year earlier); %5 were repeats (%6) and %7 were referred to the body that can handle them.</source>
        <translation>%1共收到信访举报%2件（上期%3件，去年同期%4件）；其中重复件%5件（占%6），依法分流%7件。</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>总体情况</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>项目</translation>
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
        <translation>实名</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>分流件</translation>
    </message>
    <message>
        <source>Key petitioners</source>
        <translation>重点信访人</translation>
    </message>
    <message>
        <source>Repeat share</source>
        <translation>重复件占比</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>分组</translation>
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
        <translation>预警</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
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
        <translation>预警线</translation>
    </message>
    <message>
        <source>Early warnings: %1</source>
        <translation>预警：%1</translation>
    </message>
    <message>
        <source>Quarterly flags</source>
        <translation>季度责任旗</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>机关</translation>
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
        <translation>办理率</translation>
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
        <translation>标记</translation>
    </message>
    <message>
        <source>accountability</source>
        <translation>问责</translation>
    </message>
    <message>
        <source>interview</source>
        <translation>约谈</translation>
    </message>
    <message>
        <source>Quarterly flags: %1</source>
        <translation>季度责任旗：%1</translation>
    </message>
    <message>
        <source>The reports</source>
        <translation>件目清单</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>登记编号</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>问题类别</translation>
    </message>
    <message>
        <source>Reported unit</source>
        <translation>被反映单位</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>职级</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>办理状态</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>处置结果</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>统计期间：%1</translation>
    </message>
    <message>
        <source>Scope: %1</source>
        <translation>统计范围：%1</translation>
    </message>
    <message>
        <source>Filters: %1</source>
        <translation>筛选条件：%1</translation>
    </message>
    <message>
        <source>Counting rules: %1</source>
        <translation>统计口径版本：%1</translation>
    </message>
    <message>
        <source>Program: Qingfeng %1</source>
        <translation>程序：清风 %1</translation>
    </message>
    <message>
        <source>Hash of the counted data: %1</source>
        <translation>统计数据哈希：%1</translation>
    </message>
    <message>
        <source>Content hash: %1</source>
        <translation>内容哈希：%1</translation>
    </message>
    <message>
        <source>Deadlines kept</source>
        <translation>办理时限执行情况</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>时限</translation>
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
        <translation>补证、反馈及办理结果</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Of</source>
        <translation>基数</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>比例</translation>
    </message>
    <message>
        <source>Second requests of evidence (二次补证)</source>
        <translation>二次补证</translation>
    </message>
    <message>
        <source>Real-name reporters satisfied</source>
        <translation>实名举报人满意</translation>
    </message>
    <message>
        <source>Concluded reports substantiated</source>
        <translation>办结件查实</translation>
    </message>
    <message>
        <source>Concluded reports reported again</source>
        <translation>办结后重复举报</translation>
    </message>
    <message>
        <source>Two low, one high (两低一高)</source>
        <translation>两低一高</translation>
    </message>
    <message>
        <source>Two low, one high by handling office</source>
        <translation>各承办室“两低一高”情况</translation>
    </message>
    <message>
        <source>Concluded</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>Substantiated</source>
        <translation>查实率</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>满意率</translation>
    </message>
    <message>
        <source>Reported again</source>
        <translation>重复举报率</translation>
    </message>
    <message>
        <source>Two low, one high</source>
        <translation>两低一高</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>File (first report)</source>
        <translation>档案（首件编号）</translation>
    </message>
    <message>
        <source>On file</source>
        <translation>累计件数</translation>
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
        <translation>办理情况</translation>
    </message>
    <message>
        <source>the early warnings</source>
        <translation>预警</translation>
    </message>
    <message>
        <source>the quarterly flags</source>
        <translation>季度责任旗</translation>
    </message>
    <message>
        <source>the list of reports</source>
        <translation>信访举报件清单</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>已取消导出。</translation>
    </message>
</context>
<context>
    <name>qf::AnalysisTopicBar</name>
    <message>
        <source>New topic…</source>
        <translation>新建专题…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <source>Delete topic</source>
        <translation>删除专题</translation>
    </message>
    <message>
        <source>All reports (no topic)</source>
        <translation>全部信访举报（不限专题）</translation>
    </message>
    <message>
        <source>Delete the topic &quot;%1&quot; for the whole office? The reports are not touched.</source>
        <translation>删除本单位的专题“%1”？信访举报件本身不受影响。</translation>
    </message>
    <message>
        <source>period %1 — %2</source>
        <translation>期间：%1至%2</translation>
    </message>
    <message>
        <source>To&amp;pic:</source>
        <translation>专题(&amp;P)：</translation>
    </message>
</context>
<context>
    <name>qf::AnalysisTopicDialog</name>
    <message>
        <source>New topic analysis</source>
        <translation>新建专题分析</translation>
    </message>
    <message>
        <source>Change the topic analysis</source>
        <translation>修改专题分析</translation>
    </message>
    <message>
        <source>e.g. Village collective funds, assets and resources</source>
        <translation>例如：农村集体“三资”管理</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Categories (each with those below it):</source>
        <translation>问题类别(&amp;C)（含下级类别）：</translation>
    </message>
    <message>
        <source>words the reports contain, as in the case list&apos;s search</source>
        <translation>信访举报内容中含有的词语，与“信访件”列表的搜索相同</translation>
    </message>
    <message>
        <source>The text &amp;contains:</source>
        <translation>内容含有(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Regions:</source>
        <translation>地区(&amp;R)：</translation>
    </message>
    <message>
        <source>reported units, separated by 、 or commas</source>
        <translation>被反映单位，以“、”或逗号分隔</translation>
    </message>
    <message>
        <source>Reported &amp;units:</source>
        <translation>被反映单位(&amp;U)：</translation>
    </message>
    <message>
        <source>Read for its own &amp;period:</source>
        <translation>按专题自身期间统计(&amp;P)：</translation>
    </message>
</context>
<context>
    <name>qf::AnalysisTopics</name>
    <message>
        <source>The topics could not be read: %1</source>
        <translation>无法读取专题：%1</translation>
    </message>
    <message>
        <source>There is no topic &quot;%1&quot;.</source>
        <translation>没有名为“%1”的专题。</translation>
    </message>
    <message>
        <source>A topic needs a name.</source>
        <translation>专题须有名称。</translation>
    </message>
    <message>
        <source>A topic&apos;s name has at most 80 characters.</source>
        <translation>专题名称最多80个字。</translation>
    </message>
    <message>
        <source>A topic names at least one category, region or unit, or words its reports contain.</source>
        <translation>专题须至少指定一个问题类别、地区或被反映单位，或内容中含有的词语。</translation>
    </message>
    <message>
        <source>A topic&apos;s period needs a first day that is not after its last.</source>
        <translation>专题期间的起始日不能晚于截止日。</translation>
    </message>
    <message>
        <source>The office already has a topic named &quot;%1&quot;.</source>
        <translation>本单位已有名为“%1”的专题。</translation>
    </message>
    <message>
        <source>topic &quot;%1&quot;</source>
        <translation>专题“%1”</translation>
    </message>
    <message>
        <source>category %1 and below</source>
        <translation>%1类别及其下级</translation>
    </message>
    <message>
        <source>the text contains &quot;%1&quot;</source>
        <translation>内容含“%1”</translation>
    </message>
    <message>
        <source>region %1</source>
        <translation>地区：%1</translation>
    </message>
    <message>
        <source>reported unit %1</source>
        <translation>被反映单位：%1</translation>
    </message>
</context>
<context>
    <name>qf::AnalysisWorkspace</name>
    <message>
        <source>Channel</source>
        <translation>来源渠道</translation>
    </message>
    <message>
        <source>Problem category</source>
        <translation>问题类别</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Reported unit</source>
        <translation>被反映单位</translation>
    </message>
    <message>
        <source>Rank of the reported</source>
        <translation>被反映人职级</translation>
    </message>
    <message>
        <source>Real name / anonymous</source>
        <translation>实名／匿名</translation>
    </message>
    <message>
        <source>Repeat / first</source>
        <translation>重复／首次</translation>
    </message>
    <message>
        <source>In scope / referred</source>
        <translation>受理／分流</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>处置结果</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>办理状态</translation>
    </message>
    <message>
        <source>Handling office</source>
        <translation>承办机关</translation>
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
        <translation>统计期间</translation>
    </message>
    <message>
        <source> (year)</source>
        <translation>年</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>统计范围</translation>
    </message>
    <message>
        <source>The whole office</source>
        <translation>全委（办）</translation>
    </message>
    <message>
        <source>level </source>
        <translation>层级 </translation>
    </message>
    <message>
        <source>Level of the category tree (1 = top, 0 = as recorded)</source>
        <translation>问题分类层级（1 = 最上层，0 = 按登记类别）</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>范围：</translation>
    </message>
    <message>
        <source>Group by:</source>
        <translation>分组：</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>统计数据</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>分组</translation>
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
        <translation>环比</translation>
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
        <translation>趋势与类别</translation>
    </message>
    <message>
        <source>Risk map: region × category</source>
        <translation>风险图：地区 × 问题类别</translation>
    </message>
    <message>
        <source>Early warnings</source>
        <translation>预警</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Mean before</source>
        <translation>前期均值</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>预警线</translation>
    </message>
    <message>
        <source>Quarterly flags</source>
        <translation>季度责任旗</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>机关</translation>
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
        <translation>办理率</translation>
    </message>
    <message>
        <source>Cooperation</source>
        <translation>配合率</translation>
    </message>
    <message>
        <source>Marked for</source>
        <translation>标记</translation>
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
        <translation>统计期间无效：起始日不能晚于截止日。</translation>
    </message>
    <message>
        <source>Counting %1…</source>
        <translation>正在统计%1…</translation>
    </message>
    <message>
        <source>Office: %1</source>
        <translation>机关：%1</translation>
    </message>
    <message>
        <source>Region: %1</source>
        <translation>地区：%1</translation>
    </message>
    <message>
        <source>the whole office</source>
        <translation>全委（办）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Received&lt;/b&gt; &lt;a href=&quot;all&quot;&gt;%1&lt;/a&gt; (previous period %2, %3; a year earlier %4, %5) · &lt;b&gt;real name&lt;/b&gt; &lt;a href=&quot;real&quot;&gt;%6&lt;/a&gt; · &lt;b&gt;repeats&lt;/b&gt; &lt;a href=&quot;repeat&quot;&gt;%7&lt;/a&gt; (%8%) · &lt;b&gt;referred&lt;/b&gt; &lt;a href=&quot;referred&quot;&gt;%9&lt;/a&gt; · &lt;b&gt;key petitioners&lt;/b&gt; %10</source>
        <translation>&lt;b&gt;收件&lt;/b&gt; &lt;a href=&quot;all&quot;&gt;%1&lt;/a&gt;件（上期%2件，环比%3；去年同期%4件，同比%5）· &lt;b&gt;实名&lt;/b&gt; &lt;a href=&quot;real&quot;&gt;%6&lt;/a&gt;件 · &lt;b&gt;重复件&lt;/b&gt; &lt;a href=&quot;repeat&quot;&gt;%7&lt;/a&gt;件（%8%）· &lt;b&gt;分流&lt;/b&gt; &lt;a href=&quot;referred&quot;&gt;%9&lt;/a&gt;件 · &lt;b&gt;重点信访人&lt;/b&gt; %10人</translation>
    </message>
    <message>
        <source>%1, %2: open the %3 reports</source>
        <translation>%1，%2：打开这%3件</translation>
    </message>
    <message>
        <source>Received by month</source>
        <translation>按月收件</translation>
    </message>
    <message>
        <source>By problem category (click a bar for the reports)</source>
        <translation>按问题类别（点击柱形查看件目）</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>%1 × %2: open the %3 reports</source>
        <translation>%1 × %2：打开这%3件</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>问题类别</translation>
    </message>
    <message>
        <source>green</source>
        <translation>绿旗</translation>
    </message>
    <message>
        <source>yellow</source>
        <translation>黄旗</translation>
    </message>
    <message>
        <source>red</source>
        <translation>红旗</translation>
    </message>
    <message>
        <source>accountability</source>
        <translation>问责</translation>
    </message>
    <message>
        <source>interview</source>
        <translation>约谈</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Export the analysis</source>
        <translation>导出统计分析</translation>
    </message>
    <message>
        <source>Word document (*.docx);;Excel workbook (*.xlsx);;PDF (*.pdf)</source>
        <translation>Word文档 (*.docx);;Excel工作簿 (*.xlsx);;PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>统计分析</translation>
    </message>
    <message>
        <source>%1, %2 — counting rules, version %3</source>
        <translation>%1，%2 — 统计口径第%3版</translation>
    </message>
    <message>
        <source>Case work</source>
        <translation>办理情况</translation>
    </message>
    <message>
        <source>Make a topic analysis of it…</source>
        <translation>据此建立专题分析…</translation>
    </message>
    <message>
        <source>%1 (warning of %2)</source>
        <translation>%1（%2预警）</translation>
    </message>
</context>
<context>
    <name>qf::AttachmentStore</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Cannot create the attachments folder %1.</source>
        <translation>无法创建附件文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot store the attachment: %1</source>
        <translation>无法保存附件：%1</translation>
    </message>
    <message>
        <source>Cannot store the attachment (is the disk full?): %1</source>
        <translation>无法保存附件（磁盘是否已满？）：%1</translation>
    </message>
    <message>
        <source>%1 changed while it was being stored; please try again.</source>
        <translation>%1 在保存过程中发生了变化，请重试。</translation>
    </message>
    <message>
        <source>Cannot record the attachment: %1</source>
        <translation>无法登记附件：%1</translation>
    </message>
    <message>
        <source>The stored file %1 is damaged (its content no longer matches its address).</source>
        <translation>已保存的文件 %1 已损坏（内容与其地址不再相符）。</translation>
    </message>
    <message>
        <source>Cannot read the attachments: %1</source>
        <translation>无法读取附件：%1</translation>
    </message>
    <message>
        <source>%1 is this workstation&apos;s database; it cannot be attached.</source>
        <translation>%1 是本机的数据库文件，不能作为附件。</translation>
    </message>
</context>
<context>
    <name>qf::AttachmentViewer</name>
    <message>
        <source>Previous page</source>
        <translation>上一页</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>下一页</translation>
    </message>
    <message>
        <source>Choose an attachment to see it here.</source>
        <translation>请选择一个附件，在此处查看。</translation>
    </message>
    <message>
        <source>%1 cannot be shown here (neither an image nor a readable PDF).</source>
        <translation>%1 无法在此显示（既不是图片，也不是可读取的 PDF）。</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-, Ctrl+wheel)</source>
        <translation>缩小（Ctrl+-，或按住 Ctrl 滚动滚轮）</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++, Ctrl+wheel)</source>
        <translation>放大（Ctrl++，或按住 Ctrl 滚动滚轮）</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <source>Fit the page to the width (Ctrl+0)</source>
        <translation>页面适合窗口宽度（Ctrl+0）</translation>
    </message>
    <message>
        <source>Rotate left</source>
        <translation>向左旋转</translation>
    </message>
    <message>
        <source>Turn the page a quarter to the left (Ctrl+Left); the file is not changed</source>
        <translation>页面向左旋转90°（Ctrl+←），原文件不变</translation>
    </message>
    <message>
        <source>Rotate right</source>
        <translation>向右旋转</translation>
    </message>
    <message>
        <source>Turn the page a quarter to the right (Ctrl+Right); the file is not changed</source>
        <translation>页面向右旋转90°（Ctrl+→），原文件不变</translation>
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
        <translation>已在录音中。</translation>
    </message>
    <message>
        <source>No microphone was found. Connect a microphone (or check the sound settings) to record the conversation.</source>
        <translation>未找到麦克风。请连接麦克风（或检查声音设置）后再录制谈话。</translation>
    </message>
    <message>
        <source>The microphone could not be opened.</source>
        <translation>无法打开麦克风。</translation>
    </message>
    <message>
        <source>Nothing is being recorded.</source>
        <translation>当前未在录音。</translation>
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
        <translation>审计日志</translation>
    </message>
    <message>
        <source>login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>registration number</source>
        <translation>登记编号</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>用户(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>信访件(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>类别(&amp;K)</translation>
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
        <translation>查询(&amp;S)</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Export as &amp;PDF…</source>
        <translation>导出 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>Export as &amp;Excel…</source>
        <translation>导出 Excel(&amp;E)…</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类别</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>共 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>导出审计日志</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
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
        <translation>用户 %1</translation>
    </message>
    <message>
        <source>report %1</source>
        <translation>信访件 %1</translation>
    </message>
    <message>
        <source>kind %1</source>
        <translation>类别 %1</translation>
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
        <translation>全部条目</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>The chain is broken: entry %1 was altered.</source>
        <translation>哈希链已断裂：第 %1 条被篡改。</translation>
    </message>
    <message>
        <source>The chain verifies: %1 entries intact.</source>
        <translation>哈希链校验通过：%1 条记录完整。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither a .pdf nor an .xlsx file.</source>
        <translation>“%1”既不是 .pdf 文件，也不是 .xlsx 文件。</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>数据表</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>筛选条件：%1</translation>
    </message>
    <message>
        <source>Exported %1, %2 entries</source>
        <translation>导出时间 %1，共 %2 条</translation>
    </message>
</context>
<context>
    <name>qf::AuditLog</name>
    <message>
        <source>Could not record the access in the audit log: %1</source>
        <translation>无法将此次访问记入审计日志：%1</translation>
    </message>
    <message>
        <source>The audit log was altered at entry %1.</source>
        <translation>审计日志在第 %1 条处被篡改。</translation>
    </message>
</context>
<context>
    <name>qf::AuditQuery</name>
    <message>
        <source>Only administrators and supervisors may read the audit log.</source>
        <translation>只有管理员和监督人员可以查阅审计日志。</translation>
    </message>
    <message>
        <source>Cannot read the audit log: %1</source>
        <translation>无法读取审计日志：%1</translation>
    </message>
    <message>
        <source>Identity viewed</source>
        <translation>查看身份信息</translation>
    </message>
    <message>
        <source>Key visitor file viewed</source>
        <translation>查看重点人员档案</translation>
    </message>
    <message>
        <source>Profile created</source>
        <translation>创建用户档案</translation>
    </message>
    <message>
        <source>Follow-up code reissued</source>
        <translation>重新发放查询码</translation>
    </message>
    <message>
        <source>Audit log exported</source>
        <translation>导出审计日志</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>信访件</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>来访</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Audit log viewed</source>
        <translation>查阅审计日志</translation>
    </message>
    <message>
        <source>account disabled</source>
        <translation>账户已停用</translation>
    </message>
    <message>
        <source>account locked</source>
        <translation>账户已锁定</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Account created</source>
        <translation>创建账户</translation>
    </message>
    <message>
        <source>Named custodian</source>
        <translation>指定为保管人</translation>
    </message>
    <message>
        <source>No longer custodian</source>
        <translation>取消保管人</translation>
    </message>
    <message>
        <source>Account disabled</source>
        <translation>停用账户</translation>
    </message>
    <message>
        <source>Account enabled</source>
        <translation>启用账户</translation>
    </message>
    <message>
        <source>Account enrolled from the central store</source>
        <translation>从中心库登记账户</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>Role changed</source>
        <translation>变更角色</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <source>Account locked after failed sign-ins</source>
        <translation>多次登录失败后锁定账户</translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation>拒绝登录</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Screen locked</source>
        <translation>锁定屏幕</translation>
    </message>
    <message>
        <source>Identity release requested</source>
        <translation>申请调阅身份</translation>
    </message>
    <message>
        <source>Identity release approved</source>
        <translation>批准调阅身份</translation>
    </message>
    <message>
        <source>Identity release refused</source>
        <translation>拒绝调阅身份</translation>
    </message>
    <message>
        <source>Released identity viewed</source>
        <translation>查看已调阅的身份</translation>
    </message>
    <message>
        <source>Report urged</source>
        <translation>催办信访件</translation>
    </message>
</context>
<context>
    <name>qf::CalendarStore</name>
    <message>
        <source>The calendar file is not valid JSON (%1 at byte %2).</source>
        <translation>日历文件不是有效的 JSON（第 %2 字节处：%1）。</translation>
    </message>
    <message>
        <source>The calendar file does not contain a calendar.</source>
        <translation>日历文件中没有日历数据。</translation>
    </message>
    <message>
        <source>The calendar file has an unknown format.</source>
        <translation>日历文件格式无法识别。</translation>
    </message>
    <message>
        <source>The calendar file was written by a newer version of the program.</source>
        <translation>日历文件由更新版本的程序生成。</translation>
    </message>
    <message>
        <source>The calendar file has no valid format version.</source>
        <translation>日历文件没有有效的格式版本号。</translation>
    </message>
    <message>
        <source>The calendar file does not say which years it covers.</source>
        <translation>日历文件未说明涵盖哪些年份。</translation>
    </message>
    <message>
        <source>The calendar file lists a year that is not a number.</source>
        <translation>日历文件中列出的某个年份不是数字。</translation>
    </message>
    <message>
        <source>The calendar file&apos;s year is not a number.</source>
        <translation>日历文件的年份不是数字。</translation>
    </message>
    <message>
        <source>The file is neither a Qingfeng calendar nor a holiday-cn year file.</source>
        <translation>该文件既不是清风日历文件，也不是 holiday-cn 年度文件。</translation>
    </message>
    <message>
        <source>The calendar file covers the year %1, which is out of range.</source>
        <translation>日历文件涵盖的年份 %1 超出允许范围。</translation>
    </message>
    <message>
        <source>The calendar file lists no days.</source>
        <translation>日历文件中没有任何日期。</translation>
    </message>
    <message>
        <source>Day %1 of the calendar file has no valid date (YYYY-MM-DD).</source>
        <translation>日历文件第 %1 项没有有效日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>Day %1 of the calendar file (%2) does not say whether it is a day off.</source>
        <translation>日历文件第 %1 项（%2）未说明是否为休息日。</translation>
    </message>
    <message>
        <source>Day %1 of the calendar file (%2) has a name that is not text.</source>
        <translation>日历文件第 %1 项（%2）的名称不是文本。</translation>
    </message>
    <message>
        <source>Day %1 of the calendar file (%2) lies outside the years the file covers.</source>
        <translation>日历文件第 %1 项（%2）不在该文件涵盖的年份内。</translation>
    </message>
    <message>
        <source>The calendar file lists %1 twice.</source>
        <translation>日历文件中 %1 出现了两次。</translation>
    </message>
    <message>
        <source>The built-in working-day calendar is missing from this program.</source>
        <translation>本程序缺少内置的工作日日历。</translation>
    </message>
    <message>
        <source>The built-in working-day calendar is damaged: %1</source>
        <translation>内置的工作日日历已损坏：%1</translation>
    </message>
    <message>
        <source>Could not read the imported calendar years: %1</source>
        <translation>无法读取已导入的日历年份：%1</translation>
    </message>
    <message>
        <source>Could not read the imported calendar days: %1</source>
        <translation>无法读取已导入的日历日期：%1</translation>
    </message>
    <message>
        <source>Could not open the calendar file %1: %2</source>
        <translation>无法打开日历文件 %1：%2</translation>
    </message>
    <message>
        <source>The file %1 is too large to be a calendar.</source>
        <translation>文件 %1 过大，不可能是日历文件。</translation>
    </message>
    <message>
        <source>Could not start the calendar import: %1</source>
        <translation>无法开始导入日历：%1</translation>
    </message>
    <message>
        <source>Could not import the calendar: %1</source>
        <translation>无法导入日历：%1</translation>
    </message>
    <message>
        <source>Day %1 of the calendar file (%2) has a name with %3.</source>
        <translation>日历文件的第 %1 天（%2）的名称含有%3。</translation>
    </message>
</context>
<context>
    <name>qf::CallLog</name>
    <message>
        <source>Ringing</source>
        <translation>振铃中</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>已接听</translation>
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
        <translation>来电方挂断</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>通话失败</translation>
    </message>
    <message>
        <source>take calls on the hotline</source>
        <translation>接听热线来电</translation>
    </message>
    <message>
        <source>The call cannot be recorded: nobody is signed in with the office&apos;s keys.</source>
        <translation>无法记录该来电：没有持有本室密钥的用户登录。</translation>
    </message>
    <message>
        <source>The call could not be read: %1</source>
        <translation>无法读取该来电：%1</translation>
    </message>
    <message>
        <source>There is no call with the id %1.</source>
        <translation>没有编号为 %1 的来电。</translation>
    </message>
    <message>
        <source>link a call to a report</source>
        <translation>将来电关联到举报</translation>
    </message>
    <message>
        <source>There is no report with the id %1.</source>
        <translation>没有编号为 %1 的举报。</translation>
    </message>
    <message>
        <source>The calls could not be read: %1</source>
        <translation>无法读取来电记录：%1</translation>
    </message>
    <message>
        <source>There is no such call.</source>
        <translation>没有该来电。</translation>
    </message>
    <message>
        <source>The report could not be read: %1</source>
        <translation>无法读取该举报：%1</translation>
    </message>
    <message>
        <source>There is no report numbered %1.</source>
        <translation>没有编号为 %1 的件。</translation>
    </message>
    <message>
        <source>The caller&apos;s history could not be read: %1</source>
        <translation>无法读取来电人的往来记录：%1</translation>
    </message>
</context>
<context>
    <name>qf::Callbacks</name>
    <message>
        <source>The callbacks could not be read: %1</source>
        <translation>无法读取回拨任务：%1</translation>
    </message>
    <message>
        <source>call back a caller</source>
        <translation>回拨来电人</translation>
    </message>
    <message>
        <source>Say how the callback went.</source>
        <translation>请填写回拨结果。</translation>
    </message>
    <message>
        <source>There is no callback with the id %1.</source>
        <translation>没有编号为 %1 的回拨任务。</translation>
    </message>
    <message>
        <source>This callback was already made.</source>
        <translation>该回拨已完成。</translation>
    </message>
</context>
<context>
    <name>qf::CapabilityPage</name>
    <message>
        <source>Officer</source>
        <translation>承办人</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>承办室</translation>
    </message>
    <message>
        <source>Areas (category codes)</source>
        <translation>擅长领域（问题类别代码）</translation>
    </message>
    <message>
        <source>Base load</source>
        <translation>基础工作量</translation>
    </message>
    <message>
        <source>Maximum load</source>
        <translation>工作量上限</translation>
    </message>
    <message>
        <source>New capability row</source>
        <translation>新建能力库条目</translation>
    </message>
    <message>
        <source>Change the capability row</source>
        <translation>修改能力库条目</translation>
    </message>
    <message>
        <source>O&amp;fficer:</source>
        <translation>承办人(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation>承办室(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Areas:</source>
        <translation>擅长领域(&amp;A)：</translation>
    </message>
    <message>
        <source>category codes, comma-separated</source>
        <translation>问题类别代码，以逗号分隔</translation>
    </message>
    <message>
        <source>&amp;Base load:</source>
        <translation>基础工作量(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Maximum load:</source>
        <translation>工作量上限(&amp;M)：</translation>
    </message>
    <message>
        <source>Base load: cases the officer carries outside this database. The open cases handled here are added to it; an officer at the maximum is ranked last.</source>
        <translation>基础工作量：该承办人在本系统之外承担的案件数。其在本系统中承办的在办件将累加在内；达到上限的承办人排在最后。</translation>
    </message>
</context>
<context>
    <name>qf::CaseDetailPane</name>
    <message>
        <source>Show the reporter&apos;s identity</source>
        <translation>显示举报人身份</translation>
    </message>
    <message>
        <source>Choose a report in the list and press Enter.</source>
        <translation>请在列表中选择一件，然后按回车。</translation>
    </message>
    <message>
        <source>This report is restricted to supervisors, meeting chairs and administrators.</source>
        <translation>此件仅限分管领导、研判会主持人和管理员查看。</translation>
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
        <translation>状态</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Real name</source>
        <translation>实名</translation>
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
        <translation>何时</translation>
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
        <translation>结果</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>诉求</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>处置方式</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Reported persons</source>
        <translation>被反映人</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>Reporter: hidden. Showing it is recorded in the audit log.</source>
        <translation>举报人：已隐藏。显示身份将记入审计日志。</translation>
    </message>
    <message>
        <source>Reporter: %1, phone %2</source>
        <translation>举报人：%1，电话 %2</translation>
    </message>
    <message>
        <source>Ask the custodian for the reporter…</source>
        <translation>向保管人申请查看举报人…</translation>
    </message>
    <message>
        <source>Reporter: hidden (your role may not see reporter identities; a custodian can release it to you).</source>
        <translation>举报人：已隐藏（您的角色无权查看举报人身份；可向保管人申请）。</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>The receipt of the visit, the case file cover or the letter registration card</source>
        <translation>来访回执、卷宗封面或来信登记卡</translation>
    </message>
</context>
<context>
    <name>qf::CaseDocuments</name>
    <message>
        <source>the receipt</source>
        <translation>回执</translation>
    </message>
    <message>
        <source>receipt-%1</source>
        <translation>回执-%1</translation>
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
        <translation>来信登记卡</translation>
    </message>
    <message>
        <source>letter-card-%1</source>
        <translation>来信登记卡-%1</translation>
    </message>
    <message>
        <source>%1 of %2 is saved as %3.</source>
        <translation>%2的%1已保存为 %3。</translation>
    </message>
    <message>
        <source>%1 of %2 is printed.</source>
        <translation>%2的%1已打印。</translation>
    </message>
    <message>
        <source>The preview was closed without printing: %1 of %2 was not printed.</source>
        <translation>预览已关闭，未打印：%2的%1没有打印。</translation>
    </message>
    <message>
        <source>Receipt of the visit (回执)</source>
        <translation>来访登记回执</translation>
    </message>
    <message>
        <source>Case file cover (卷宗封面)</source>
        <translation>卷宗封面</translation>
    </message>
    <message>
        <source>Letter registration card (来信登记卡)</source>
        <translation>来信登记卡</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>保存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>打印预览</translation>
    </message>
</context>
<context>
    <name>qf::CaseEditor</name>
    <message>
        <source>Report</source>
        <translation>信访件</translation>
    </message>
    <message>
        <source>&amp;Triage…</source>
        <translation>初筛(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Evidence request…</source>
        <translation>补证(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Dispatch…</source>
        <translation>分送(&amp;D)…</translation>
    </message>
    <message>
        <source>Status &amp;move…</source>
        <translation>状态变更(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Feedback…</source>
        <translation>反馈(&amp;F)…</translation>
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
        <translation>何时</translation>
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
        <translation>何处理</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>问题类别</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
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
        <translation>单位</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>职级</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Own principal leader</source>
        <translation>本单位主要负责人</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>添加人员</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>The office&apos;s own principal leader cannot be taken off a report.</source>
        <translation>本单位主要负责人不能从信访件中移除。</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>举报人</translation>
    </message>
    <message>
        <source>Show the reporter&apos;s identity</source>
        <translation>查看举报人身份信息</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>History</source>
        <translation>办理记录</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>添加附件</translation>
    </message>
    <message>
        <source>Scans and documents (*.pdf *.jpg *.jpeg *.png);;All files (*)</source>
        <translation>扫描件和文档 (*.pdf *.jpg *.jpeg *.png);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Earlier reports this one repeats, later repeats of it, reports by the same reporter or about the same person. Double-click or press Enter to open one.</source>
        <translation>此件所重复的此前信访件、此件的后续重复件、同一举报人的信访件或反映同一人的信访件。双击或按 Enter 键打开。</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>登记编号</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收件日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Why related</source>
        <translation>关联原因</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>关联件</translation>
    </message>
    <message>
        <source>This report is restricted to supervisors, meeting chairs and administrators.</source>
        <translation>此件限制查阅，仅主管领导、研判会主持人和管理员可查看。</translation>
    </message>
    <message>
        <source>Report %1</source>
        <translation>信访件 %1</translation>
    </message>
    <message>
        <source>received %1</source>
        <translation>收件于 %1</translation>
    </message>
    <message>
        <source>restricted</source>
        <translation>限制查阅</translation>
    </message>
    <message>
        <source>Real-name report (实名)</source>
        <translation>实名举报</translation>
    </message>
    <message>
        <source>Anonymous report (匿名)</source>
        <translation>匿名举报</translation>
    </message>
    <message>
        <source>The identity is hidden. Showing it is recorded in the audit log.</source>
        <translation>身份信息已隐藏。查看身份信息将记入审计日志。</translation>
    </message>
    <message>
        <source>The identity is hidden (your role may not see reporter identities).</source>
        <translation>身份信息已隐藏（您的角色无权查看举报人身份信息）。</translation>
    </message>
    <message>
        <source>now: %1</source>
        <translation>现为：%1</translation>
    </message>
    <message>
        <source>%1 added, %2 changed, %3 removed</source>
        <translation>新增 %1 项，修改 %2 项，移除 %3 项</translation>
    </message>
    <message>
        <source>verifiability %1, typicality %2, timeliness %3</source>
        <translation>可查性 %1，典型性 %2，时效性 %3</translation>
    </message>
    <message>
        <source>override: %1</source>
        <translation>改选理由：%1</translation>
    </message>
    <message>
        <source>Attachments (%1)</source>
        <translation>附件（%1）</translation>
    </message>
    <message>
        <source>this report repeats it</source>
        <translation>此件与其重复</translation>
    </message>
    <message>
        <source>repeats this report</source>
        <translation>与此件重复</translation>
    </message>
    <message>
        <source>Related (%1)</source>
        <translation>关联件（%1）</translation>
    </message>
    <message>
        <source>Not possible in the state %1.</source>
        <translation>在状态“%1”下无法执行此操作。</translation>
    </message>
    <message numerus="yes">
        <source>Saved (%n field(s) changed).</source>
        <translation>
            <numerusform>已保存（修改了 %n 个字段）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved (%n field(s) and the reported persons changed).</source>
        <translation>
            <numerusform>已保存（修改了 %n 个字段及被反映人）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Your role may not see reporter identities.</source>
        <translation>您的角色无权查看举报人身份信息。</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>姓名：%1</translation>
    </message>
    <message>
        <source>ID number: %1</source>
        <translation>身份证号码：%1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>电话：%1</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>地址：%1</translation>
    </message>
    <message>
        <source>Save the changes to this report?</source>
        <translation>是否保存对此件的修改？</translation>
    </message>
    <message>
        <source>Closing re&amp;view…</source>
        <translation>复盘(&amp;V)…</translation>
    </message>
    <message>
        <source>On saving, the report will be restricted and can only be reported up to the higher office.</source>
        <translation>保存后，此件将限制查阅，且只能报送上级机关。</translation>
    </message>
    <message>
        <source>On saving, the report will be restricted and reported up to the higher office; your role will no longer see it.</source>
        <translation>保存后，此件将限制查阅并报送上级机关；您的角色将无法再查看此件。</translation>
    </message>
    <message>
        <source>Edit &amp;reporter…</source>
        <translation>编辑举报人(&amp;R)…</translation>
    </message>
    <message>
        <source>Anonymous or real name, and corrections of the reporter&apos;s details</source>
        <translation>设置匿名或实名，更正举报人信息</translation>
    </message>
    <message>
        <source>Saved. The report concerns the office&apos;s own principal leader: it is restricted to supervisors, meeting chairs and administrators and goes to the higher office. Your role can no longer see it.</source>
        <translation>已保存。此件反映本单位主要负责人：已限制查阅，仅限案管督办人员、研判会主持人和系统管理员查看，并将报送上级机关。您的角色已无法再查看此件。</translation>
    </message>
    <message>
        <source>Saved. The report concerns the office&apos;s own principal leader: it is now restricted and can only be reported up to the higher office.</source>
        <translation>已保存。此件反映本单位主要负责人：现已限制查阅，且只能报送上级机关。</translation>
    </message>
    <message>
        <source>The office&apos;s own principal leader (主要负责人): the report goes to the higher office and is restricted to supervisors, meeting chairs and administrators.</source>
        <translation>本单位主要负责人：此件将报送上级机关，并限制查阅，仅限案管督办人员、研判会主持人和系统管理员查看。</translation>
    </message>
    <message>
        <source>Your role may not change the reporter.</source>
        <translation>您的角色无权修改举报人。</translation>
    </message>
    <message>
        <source>now real-name</source>
        <translation>改为实名</translation>
    </message>
    <message>
        <source>now anonymous</source>
        <translation>改为匿名</translation>
    </message>
    <message>
        <source>another person on file</source>
        <translation>关联到已存档的另一人员</translation>
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
        <translation>标记 %1 人，取消标记 %2 人</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>The receipt of the visit, the case file cover or the letter registration card</source>
        <translation>来访回执、卷宗封面或来信登记卡</translation>
    </message>
    <message>
        <source>handling deadline %1</source>
        <translation>办理期限%1</translation>
    </message>
    <message>
        <source>Document &amp;camera…</source>
        <translation>高拍仪拍摄(&amp;C)…</translation>
    </message>
    <message>
        <source>The pages taken cannot be kept: %1</source>
        <translation>拍摄的页面无法保存：%1</translation>
    </message>
    <message numerus="yes">
        <source>Reading the %n page(s) taken…</source>
        <translation>
            <numerusform>正在识别拍摄的 %n 页…</numerusform>
        </translation>
    </message>
    <message>
        <source>The pages taken are attached as %1.</source>
        <translation>拍摄的页面已作为 %1 附上。</translation>
    </message>
</context>
<context>
    <name>qf::CaseLabels</name>
    <message>
        <source>Awaiting signature</source>
        <translation>待签收</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>已登记</translation>
    </message>
    <message>
        <source>Out of scope</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>已存档</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>Triaged</source>
        <translation>已初筛</translation>
    </message>
    <message>
        <source>Key attention</source>
        <translation>重点关注</translation>
    </message>
    <message>
        <source>Reminder sent</source>
        <translation>已提醒</translation>
    </message>
    <message>
        <source>Evidence requested</source>
        <translation>已发补证</translation>
    </message>
    <message>
        <source>Evidence received</source>
        <translation>已补证</translation>
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
        <translation>办理中</translation>
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
        <translation>已办结</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>已复盘</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>来信</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>来访</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>来电</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Forwarded</source>
        <translation>转送</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>移交</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>绿灯</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>黄灯</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>橙灯</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>红灯</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <source>Class %1</source>
        <translation>%1类</translation>
    </message>
    <message>
        <source>Sign for (签收)</source>
        <translation>签收</translation>
    </message>
    <message>
        <source>Accept (受理)</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Out of scope: refer to the competent body</source>
        <translation>不属受理范围：移交有权处理机关</translation>
    </message>
    <message>
        <source>File as a repeat</source>
        <translation>作为重复件存档</translation>
    </message>
    <message>
        <source>Triage (初筛)</source>
        <translation>初筛</translation>
    </message>
    <message>
        <source>Request evidence (补证)</source>
        <translation>补证</translation>
    </message>
    <message>
        <source>Submit for the collective review</source>
        <translation>提交集体研判</translation>
    </message>
    <message>
        <source>Record the review decision</source>
        <translation>录入研判意见</translation>
    </message>
    <message>
        <source>Transfer (移送)</source>
        <translation>移送</translation>
    </message>
    <message>
        <source>Forward (转送)</source>
        <translation>转送</translation>
    </message>
    <message>
        <source>Assign down (交办)</source>
        <translation>交办</translation>
    </message>
    <message>
        <source>Report up (上报)</source>
        <translation>上报</translation>
    </message>
    <message>
        <source>Begin handling</source>
        <translation>开始办理</translation>
    </message>
    <message>
        <source>Ask to send back (退回)</source>
        <translation>申请退回</translation>
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
        <translation>申请移除（无实质内容）</translation>
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
        <translation>办结</translation>
    </message>
    <message>
        <source>Post-closing review done (复盘)</source>
        <translation>已完成复盘</translation>
    </message>
</context>
<context>
    <name>qf::CaseListModel</name>
    <message>
        <source>Number</source>
        <translation>编号</translation>
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
        <translation>类别</translation>
    </message>
    <message>
        <source>Reported person</source>
        <translation>被反映人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>预警灯</translation>
    </message>
    <message>
        <source>Handling office</source>
        <translation>承办室</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>承办人</translation>
    </message>
</context>
<context>
    <name>qf::CaseListQuery</name>
    <message>
        <source>Cannot list the reports: %1</source>
        <translation>无法列出信访件：%1</translation>
    </message>
    <message>
        <source>Cannot read the reports: %1</source>
        <translation>无法读取信访件：%1</translation>
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
        <translation>全部状态</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>全部分类</translation>
    </message>
    <message>
        <source>Not triaged</source>
        <translation>未初筛</translation>
    </message>
    <message>
        <source>All lights</source>
        <translation>全部预警灯</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>全部渠道</translation>
    </message>
    <message>
        <source>All offices</source>
        <translation>全部承办室</translation>
    </message>
    <message>
        <source>All handlers</source>
        <translation>全部承办人</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>信访件</translation>
    </message>
    <message>
        <source>&amp;New report…</source>
        <translation>新建信访件(&amp;N)…</translation>
    </message>
    <message>
        <source>Register a letter, a call, a forwarded or handed-over item (Ctrl+N)</source>
        <translation>登记来信、来电、上级转交或移交的信访件（Ctrl+N）</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the list as it is filtered to an Excel workbook (.xlsx)</source>
        <translation>将按当前条件筛选的列表保存为 Excel 工作簿（.xlsx）</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Copy the selected rows</source>
        <translation>复制所选行</translation>
    </message>
    <message>
        <source>Export the list…</source>
        <translation>导出列表…</translation>
    </message>
    <message>
        <source>Search: %1</source>
        <translation>搜索：%1</translation>
    </message>
    <message>
        <source>Received from %1 to %2</source>
        <translation>收件日期 %1 至 %2</translation>
    </message>
    <message>
        <source>All reports</source>
        <translation>全部信访件</translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>筛选条件：%1</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>信访件</translation>
    </message>
    <message numerus="yes">
        <source>Exported %1, %n report(s)</source>
        <translation>
            <numerusform>导出于 %1，共 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the list</source>
        <translation>导出列表</translation>
    </message>
    <message>
        <source>reports</source>
        <translation>信访件</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) copied</source>
        <translation>
            <numerusform>已复制 %n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) behind the analysis&apos; figure: %1</source>
        <translation>
            <numerusform>统计分析中该数字对应的%n件：%1</numerusform>
        </translation>
    </message>
    <message>
        <source> (the search index is still being built after this workstation&apos;s first sync: some reports may be missing)</source>
        <translation>（本机首次同步后搜索索引仍在建立，部分案件可能查不到）</translation>
    </message>
    <message>
        <source>Search number, follow-up code, content, reported persons… (Ctrl+F)</source>
        <translation>检索编号、查询码、内容、被反映人……（Ctrl+F）</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部问题分类</translation>
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
        <translation>本周</translation>
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
        <translation>自选日期</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收件日期</translation>
    </message>
    <message>
        <source>Pr&amp;int…</source>
        <translation>打印(&amp;I)…</translation>
    </message>
    <message>
        <source>Print the list as it is filtered, with the filter written at the top (Ctrl+P)</source>
        <translation>按当前筛选打印列表，表头写明筛选条件（Ctrl+P）</translation>
    </message>
    <message>
        <source>Print the list…</source>
        <translation>打印列表…</translation>
    </message>
    <message>
        <source>No category</source>
        <translation>未分类</translation>
    </message>
    <message>
        <source>The list is still loading; export or print it when it is shown.</source>
        <translation>列表仍在加载，显示后再导出或打印。</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) are too many to print; narrow the filter or export the list.</source>
        <translation>
            <numerusform>%n 件太多，无法打印；请缩小筛选范围或导出列表。</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview closed, nothing printed.</source>
        <translation>预览已关闭，未打印。</translation>
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
        <translation>意见：</translation>
    </message>
    <message>
        <source>Dissent:</source>
        <translation>不同意见：</translation>
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
        <translation>绿灯：按期办理</translation>
    </message>
    <message>
        <source>Yellow: not triaged within 24 hours</source>
        <translation>黄灯：24小时内未初筛</translation>
    </message>
    <message>
        <source>Orange: evidence supplement late</source>
        <translation>橙灯：补证逾期</translation>
    </message>
    <message>
        <source>Red: not dispatched within 7 working days</source>
        <translation>红灯：7个工作日内未分送</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <source>No deadline running</source>
        <translation>无进行中的期限</translation>
    </message>
    <message>
        <source>Talk and inquiry (谈话函询)</source>
        <translation>谈话函询</translation>
    </message>
    <message>
        <source>Preliminary verification (初步核实)</source>
        <translation>初步核实</translation>
    </message>
    <message>
        <source>Stored pending (暂存待查)</source>
        <translation>暂存待查</translation>
    </message>
    <message>
        <source>Closed, no action (予以了结)</source>
        <translation>予以了结</translation>
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
        <translation>暂缓</translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation>尚未研判</translation>
    </message>
    <message>
        <source>class A</source>
        <translation>A类</translation>
    </message>
    <message>
        <source>must review (十必研)</source>
        <translation>十必研</translation>
    </message>
    <message>
        <source>put forward</source>
        <translation>提请研判</translation>
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
        <translation>该件已办结（%1），不能再流转。</translation>
    </message>
    <message>
        <source>Only a supervisor, a review-meeting chair or an administrator may %1.</source>
        <translation>只有案管督办人员、研判会主持人或系统管理员可以%1。</translation>
    </message>
    <message>
        <source>record the review decision</source>
        <translation>记录研判决定</translation>
    </message>
    <message>
        <source>approve or reject this request</source>
        <translation>批准或驳回此申请</translation>
    </message>
    <message>
        <source>A report that has not been triaged cannot be dispatched.</source>
        <translation>未经初筛的件不能分送。</translation>
    </message>
    <message>
        <source>A report must be decided by the collective review before it is dispatched.</source>
        <translation>分送前须经集体研判作出决定。</translation>
    </message>
    <message>
        <source>Only a talk-and-inquiry or preliminary-verification decision is dispatched; this one is concluded instead.</source>
        <translation>只有谈话函询或初步核实的决定需要分送；此件应直接办结。</translation>
    </message>
    <message>
        <source>Only a forwarded or handed-over item waiting for signature can be signed for.</source>
        <translation>只有待签收的上级转来件或移交件才能签收。</translation>
    </message>
    <message>
        <source>A report must pass the pre-check (accept) before triage.</source>
        <translation>初筛前须先通过预诊（受理）。</translation>
    </message>
    <message>
        <source>Evidence is requested only for a report triaged as class A.</source>
        <translation>只有初筛为 A 类的件才需要补证。</translation>
    </message>
    <message>
        <source>No evidence was requested for this report.</source>
        <translation>此件未发出补证要求。</translation>
    </message>
    <message>
        <source>The requested evidence has not arrived yet.</source>
        <translation>所要求的补充证据尚未收到。</translation>
    </message>
    <message>
        <source>Only a report submitted to the collective review can be decided.</source>
        <translation>只有已提交集体研判的件才能作出决定。</translation>
    </message>
    <message>
        <source>The decision needs an outcome: talk_inquiry, preliminary_verification, stored_pending or closed_no_action.</source>
        <translation>决定须有处置结果：talk_inquiry（谈话函询）、preliminary_verification（初步核实）、stored_pending（暂存待查）或 closed_no_action（予以了结）。</translation>
    </message>
    <message>
        <source>Only a dispatched report can be sent back.</source>
        <translation>只有已分送的件才能退回。</translation>
    </message>
    <message>
        <source>Say why the report is sent back (reason).</source>
        <translation>请说明退回理由（reason）。</translation>
    </message>
    <message>
        <source>There is no send-back request waiting for approval.</source>
        <translation>没有待审批的退回申请。</translation>
    </message>
    <message>
        <source>Say why the item has no substance (reason).</source>
        <translation>请说明该件无实质内容的理由（reason）。</translation>
    </message>
    <message>
        <source>There is no removal request waiting for approval.</source>
        <translation>没有待审批的撤销申请。</translation>
    </message>
    <message>
        <source>Only a report being handled (or closed by the review decision) can be concluded.</source>
        <translation>只有正在办理（或经研判决定了结）的件才能办结。</translation>
    </message>
    <message>
        <source>Only a concluded report can be reviewed.</source>
        <translation>只有已办结的件才能复盘。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date and time (at).</source>
        <translation>“%1”不是日期时间（at）。</translation>
    </message>
    <message>
        <source>A report that is “%1” cannot be moved by “%2”.</source>
        <translation>处于“%1”状态的件不能执行“%2”。</translation>
    </message>
    <message>
        <source>A report about the office&apos;s own principal leader goes to the higher office (report up).</source>
        <translation>反映本机关主要负责人的件应上报上级机关。</translation>
    </message>
    <message>
        <source>Name the office the report goes to.</source>
        <translation>请指定承办单位。</translation>
    </message>
    <message>
        <source>Name the body the matter is referred to.</source>
        <translation>请指定转办的有权处理机关。</translation>
    </message>
    <message>
        <source>Name the earlier report this one repeats.</source>
        <translation>请指定与本件重复的原件。</translation>
    </message>
    <message>
        <source>The requested evidence has already been received.</source>
        <translation>所要求补充的材料已经收到。</translation>
    </message>
</context>
<context>
    <name>qf::CaseWork</name>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Talk and inquiry (谈话函询)</source>
        <translation>谈话函询</translation>
    </message>
    <message>
        <source>Preliminary verification (初步核实)</source>
        <translation>初步核实</translation>
    </message>
    <message>
        <source>Stored pending (暂存待查)</source>
        <translation>暂存待查</translation>
    </message>
    <message>
        <source>Closed (予以了结)</source>
        <translation>予以了结</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>问题类别</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
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
        <translation>何时</translation>
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
        <translation>何处理</translation>
    </message>
    <message>
        <source>Reported person: name</source>
        <translation>被反映人：姓名</translation>
    </message>
    <message>
        <source>Reported person: unit</source>
        <translation>被反映人：单位</translation>
    </message>
    <message>
        <source>Reported person: rank</source>
        <translation>被反映人：职级</translation>
    </message>
    <message>
        <source>Reported person: position</source>
        <translation>被反映人：职务</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>已登记</translation>
    </message>
    <message>
        <source>Field changed</source>
        <translation>字段已修改</translation>
    </message>
    <message>
        <source>Possible repeat proposed</source>
        <translation>提示可能重复</translation>
    </message>
    <message>
        <source>Repeat confirmed</source>
        <translation>确认重复</translation>
    </message>
    <message>
        <source>Repeat rejected</source>
        <translation>确认不重复</translation>
    </message>
    <message>
        <source>Feedback notice sent</source>
        <translation>已发送反馈告知</translation>
    </message>
    <message>
        <source>Objection recorded</source>
        <translation>已记录异议</translation>
    </message>
    <message>
        <source>Case management notified</source>
        <translation>已通知案件管理部门</translation>
    </message>
    <message>
        <source>Marked for correction</source>
        <translation>已标记待纠正</translation>
    </message>
    <message>
        <source>Satisfaction recorded</source>
        <translation>已记录满意度</translation>
    </message>
    <message>
        <source>Reported persons changed</source>
        <translation>被反映人已变更</translation>
    </message>
    <message>
        <source>Anonymous / real name changed</source>
        <translation>匿名/实名已变更</translation>
    </message>
    <message>
        <source>Reporter changed</source>
        <translation>举报人已变更</translation>
    </message>
    <message>
        <source>Principal-leader flag changed</source>
        <translation>主要负责人标记已变更</translation>
    </message>
    <message>
        <source>Drawn for the re-check</source>
        <translation>已抽中回头看</translation>
    </message>
    <message>
        <source>Re-check finding recorded</source>
        <translation>已记录复查结论</translation>
    </message>
    <message>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Reporter&apos;s identity requested from the custodian</source>
        <translation>向保管人申请查看举报人身份</translation>
    </message>
    <message>
        <source>Identity release approved by the custodian</source>
        <translation>保管人批准提供身份信息</translation>
    </message>
    <message>
        <source>Identity release refused by the custodian</source>
        <translation>保管人拒绝提供身份信息</translation>
    </message>
    <message>
        <source>Released identity viewed by the requester</source>
        <translation>申请人查看了获准提供的身份信息</translation>
    </message>
    <message>
        <source>Document issued</source>
        <translation>文书已制发</translation>
    </message>
    <message>
        <source>Document reprinted</source>
        <translation>文书已补打</translation>
    </message>
    <message>
        <source>Review meeting decision</source>
        <translation>研判会决定</translation>
    </message>
    <message>
        <source>Review meeting decision undone</source>
        <translation>撤销研判会决定</translation>
    </message>
    <message>
        <source>Other change</source>
        <translation>其他变更</translation>
    </message>
    <message>
        <source>Urged by the supervisor</source>
        <translation>督办催办</translation>
    </message>
</context>
<context>
    <name>qf::CategoryPage</name>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Must review (十必研)</source>
        <translation>十必研</translation>
    </message>
    <message>
        <source>Add &amp;top-level…</source>
        <translation>添加一级类别(&amp;T)…</translation>
    </message>
    <message>
        <source>Add a top-level category (Shift+Insert)</source>
        <translation>添加一级类别（Shift+Insert）</translation>
    </message>
    <message>
        <source>Add &amp;subcategory…</source>
        <translation>添加子类别(&amp;S)…</translation>
    </message>
    <message>
        <source>Add a subcategory of the selected category (Insert)</source>
        <translation>为所选类别添加子类别（Insert）</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Rename, change the code, the parent or the must-review flag (F2 or Enter)</source>
        <translation>重命名，修改代码、上级类别或十必研标记（F2 或 Enter）</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Retire the selected category (Delete)</source>
        <translation>停用所选类别（Delete）</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>问题分类</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Remove the category</source>
        <translation>移除类别</translation>
    </message>
    <message>
        <source>Retire the category &quot;%1&quot; (%2)? It can no longer be chosen for a report, here and on every workstation after the next sync.</source>
        <translation>确定停用类别“%1”（%2）？停用后，本工作站以及下次同步后的所有工作站都不能再为信访件选择该类别。</translation>
    </message>
    <message numerus="yes">
        <source>%n concluded report(s) keep it in their history and statistics.</source>
        <translation>
            <numerusform>%n 件已办结的信访件将在其办理记录和统计中保留该类别。</numerusform>
        </translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>（一级类别）</translation>
    </message>
    <message>
        <source>New category</source>
        <translation>新建类别</translation>
    </message>
    <message>
        <source>Change the category</source>
        <translation>修改类别</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>代码(&amp;C)：</translation>
    </message>
    <message>
        <source>unique, e.g. A0103; named in officers&apos; areas and imports</source>
        <translation>须唯一，例如 A0103；在承办人擅长领域和导入数据中使用</translation>
    </message>
    <message>
        <source>&amp;Parent:</source>
        <translation>上级类别(&amp;P)：</translation>
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
        <translation>无法读取问题分类：%1</translation>
    </message>
    <message>
        <source>The category no longer exists; it may have been removed on another workstation.</source>
        <translation>该类别已不存在，可能已在其他工作站上被移除。</translation>
    </message>
    <message>
        <source>There is no category with the code &apos;%1&apos;.</source>
        <translation>没有代码为“%1”的类别。</translation>
    </message>
    <message>
        <source>A category needs a code.</source>
        <translation>类别须填写代码。</translation>
    </message>
    <message>
        <source>A category code cannot contain a comma.</source>
        <translation>类别代码不能包含逗号。</translation>
    </message>
    <message>
        <source>A category needs a name.</source>
        <translation>类别须填写名称。</translation>
    </message>
    <message>
        <source>The code %1 belonged to the retired category &quot;%2&quot;; choose another code.</source>
        <translation>代码 %1 曾属于已停用的类别“%2”，请另选代码。</translation>
    </message>
    <message>
        <source>The code %1 is already used by the category &quot;%2&quot;.</source>
        <translation>代码 %1 已被类别“%2”使用。</translation>
    </message>
    <message>
        <source>A category cannot be its own parent.</source>
        <translation>类别不能作为自身的上级类别。</translation>
    </message>
    <message>
        <source>A category cannot be placed under one of its own subcategories.</source>
        <translation>类别不能放在其自身的子类别之下。</translation>
    </message>
    <message>
        <source>The chosen parent category does not exist (any more).</source>
        <translation>所选上级类别不存在（或已被移除）。</translation>
    </message>
    <message>
        <source>The capability table could not be read: %1</source>
        <translation>无法读取能力库：%1</translation>
    </message>
    <message>
        <source>The use of the category could not be read: %1</source>
        <translation>无法读取该类别的使用情况：%1</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; still has %n subcategory(ies); move or remove them first.</source>
        <translation>
            <numerusform>“%1”下还有 %n 个子类别，请先移动或移除。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) still being worked on are filed under &quot;%1&quot;; reclassify them first. A category used only by concluded reports can be retired: those reports keep it.</source>
        <translation>
            <numerusform>仍有 %n 件在办信访件归入“%1”，请先重新归类。仅被已办结信访件使用的类别可以停用，这些信访件仍保留该类别。</numerusform>
        </translation>
    </message>
    <message>
        <source>change the categories</source>
        <translation>修改问题分类</translation>
    </message>
</context>
<context>
    <name>qf::CheckInWorkspace</name>
    <message>
        <source>Outside the office&apos;s remit?</source>
        <translation>不属于本机关受理范围？</translation>
    </message>
    <message>
        <source>The matter looks like &quot;%1&quot;, which %2 handles.

Register the visit as referred out of scope and print the notice of lawful referral?</source>
        <translation>该事项似属“%1”，应由%2处理。

是否按不属于受理范围登记本次来访，并打印依法分类告知单？</translation>
    </message>
    <message>
        <source>Scope r&amp;ules…</source>
        <translation>受理范围规则(&amp;U)…</translation>
    </message>
    <message>
        <source>New visitor (Ctrl+N)</source>
        <translation>新来访人 (Ctrl+N)</translation>
    </message>
    <message>
        <source>Re&amp;gister (Ctrl+Enter)</source>
        <translation>登记(&amp;G) (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>No ID-card reader configured (Devices…).</source>
        <translation>未配置身份证阅读器（设备…）。</translation>
    </message>
    <message>
        <source>Reader connected</source>
        <translation>阅读器已连接</translation>
    </message>
    <message>
        <source>Reader connecting</source>
        <translation>正在连接阅读器</translation>
    </message>
    <message>
        <source>Reader not responding, reconnecting</source>
        <translation>阅读器无响应，正在重新连接</translation>
    </message>
    <message>
        <source>Reader off</source>
        <translation>阅读器已关闭</translation>
    </message>
    <message>
        <source>Key petitioner: see the file before the conversation.</source>
        <translation>重点信访人：谈话前请先查看档案。</translation>
    </message>
    <message>
        <source>The ID number is not valid: %1</source>
        <translation>身份证号码无效：%1</translation>
    </message>
    <message>
        <source>Ticket %1 issued.</source>
        <translation>已发放 %1 号。</translation>
    </message>
    <message>
        <source>Ticket %1, please come to %2.</source>
        <translation>%1 号，请到%2。</translation>
    </message>
    <message>
        <source>Nobody is in conversation.</source>
        <translation>当前无人谈话。</translation>
    </message>
    <message>
        <source>Conversation ended. Register the visit (Ctrl+Enter).</source>
        <translation>谈话已结束。请登记本次来访 (Ctrl+Enter)。</translation>
    </message>
    <message>
        <source>Write down what the matter is (何事) before registering.</source>
        <translation>登记前请先写明来访事项（何事）。</translation>
    </message>
    <message>
        <source>Registered as %1 and referred to %2; the notice of lawful referral is printed.</source>
        <translation>已登记，编号 %1，并告知向%2反映；依法分类告知单已打印。</translation>
    </message>
    <message>
        <source>Registered as %1; the receipt is printed.</source>
        <translation>已登记，编号 %1；回执已打印。</translation>
    </message>
    <message>
        <source>Only an administrator can change the scope rules.</source>
        <translation>只有管理员可以修改受理范围规则。</translation>
    </message>
    <message>
        <source>Open the key petitioner&apos;s file</source>
        <translation>查看重点信访人档案</translation>
    </message>
    <message>
        <source>Purpose (recorded in the audit log):</source>
        <translation>查看目的（记入审计日志）：</translation>
    </message>
    <message>
        <source>Reception of a visit</source>
        <translation>接待来访</translation>
    </message>
    <message>
        <source>Key petitioner&apos;s file</source>
        <translation>重点信访人档案</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>档案为空。</translation>
    </message>
    <message>
        <source>Check-in desk: identity of the visitor checked</source>
        <translation>来访登记台：核对来访人身份</translation>
    </message>
    <message>
        <source>The stored identity was filled in; the view is recorded in the audit log.</source>
        <translation>已填入存档的身份信息；本次查看已记入审计日志。</translation>
    </message>
    <message>
        <source>Check-in desk</source>
        <translation>来访登记台</translation>
    </message>
    <message>
        <source>Ticket %1 issued; it was not printed.</source>
        <translation>已发放 %1 号，未打印。</translation>
    </message>
    <message>
        <source>Registered as %1 and referred to %2; the notice of lawful referral was not printed.</source>
        <translation>已登记，编号 %1，并告知向%2反映；依法分类告知单未打印。</translation>
    </message>
    <message>
        <source>Registered as %1; the receipt was not printed.</source>
        <translation>已登记，编号 %1；回执未打印。</translation>
    </message>
    <message>
        <source>The receipt of %1 is printed again.</source>
        <translation>%1的回执已补打。</translation>
    </message>
    <message>
        <source>The preview was closed without printing: the receipt of %1 was not printed.</source>
        <translation>预览已关闭，未打印：%1的回执没有打印。</translation>
    </message>
    <message>
        <source>Devices…</source>
        <translation>设备…</translation>
    </message>
    <message>
        <source>The ID card reader is connected again.</source>
        <translation>身份证读卡器已重新连接。</translation>
    </message>
    <message>
        <source>The ID card reader went away; the last card&apos;s data was cleared from the form. Put the card on again once the reader is back.</source>
        <translation>身份证读卡器已断开，表单中上一张证件的信息已清除。读卡器恢复后请重新放卡。</translation>
    </message>
    <message>
        <source>This ID card expired on %1. The visit is registered all the same; tell the visitor to renew the card.</source>
        <translation>该身份证已于 %1 过期。来访照常登记；请提醒来访人及时换领证件。</translation>
    </message>
</context>
<context>
    <name>qf::ClosingReview</name>
    <message>
        <source>Cannot read the concluded reports: %1</source>
        <translation>无法读取已办结的件：%1</translation>
    </message>
    <message>
        <source>Cannot compute the office figures: %1</source>
        <translation>无法计算各单位的统计数据：%1</translation>
    </message>
    <message>
        <source>The period is not valid.</source>
        <translation>时段无效。</translation>
    </message>
    <message>
        <source>Only a supervisor, a meeting chair or an administrator may draw the re-check sample.</source>
        <translation>只有案管督办人员、研判会主持人或系统管理员可以抽取回头看样本。</translation>
    </message>
    <message>
        <source>The share to re-check must be between 1 and 100 percent.</source>
        <translation>抽查比例须在 1% 至 100% 之间。</translation>
    </message>
    <message>
        <source>No report was concluded between %1 and %2.</source>
        <translation>%1 至 %2 期间没有办结的信访件。</translation>
    </message>
    <message>
        <source>Only a supervisor, a meeting chair or an administrator may record a re-check.</source>
        <translation>只有案管督办人员、研判会主持人或系统管理员可以记录回头看结论。</translation>
    </message>
    <message>
        <source>The report is not in the re-check sample of this period.</source>
        <translation>此件不在本期回头看抽查样本中。</translation>
    </message>
    <message>
        <source>Say what the re-check found.</source>
        <translation>请填写复查结论。</translation>
    </message>
    <message>
        <source>Cannot read the re-check sample: %1</source>
        <translation>无法读取回头看抽查样本：%1</translation>
    </message>
</context>
<context>
    <name>qf::ConflictsDialog</name>
    <message>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>何求</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>问题类别</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>承办人</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Deleted or kept</source>
        <translation>删除或保留</translation>
    </message>
    <message>
        <source>(sealed identity — open the case to view)</source>
        <translation>（身份信息已加密，请打开该件查看）</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>已删除</translation>
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
        <translation>同步冲突</translation>
    </message>
    <message>
        <source>The same field was changed on two workstations before either synced. The later change is in force; decide whether it stays or the other value is taken.</source>
        <translation>同一字段在两个工作站上均被修改，且修改前双方均未同步。现以较晚的修改为现行值；请决定保留现行值还是采用另一值。</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Value in force</source>
        <translation>现行值</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation>另一值</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>&amp;Keep the value in force</source>
        <translation>保留现行值(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Take the other value</source>
        <translation>采用另一值(&amp;T)</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Refused at</source>
        <translation>被拒时间</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation>被服务器拒绝</translation>
    </message>
    <message>
        <source>The other value is taken; it reaches the other workstations with the next sync.</source>
        <translation>已采用另一值；下次同步时将传至其他工作站。</translation>
    </message>
    <message>
        <source>The value in force stays; the decision reaches the other workstations with the next sync.</source>
        <translation>保留现行值；该决定将在下次同步时传至其他工作站。</translation>
    </message>
    <message>
        <source>Changes from the server that this workstation could not apply. The sync goes on without them; they are tried again after an upgrade of Qingfeng, or now with Retry. Tell the administrator of the sync server if they stay.</source>
        <translation>服务器发来的、本工作站无法应用的变更。同步不会因此停止；升级清风后会自动重试，也可以点“重试”立即重试。如果一直无法应用，请告知同步服务器的管理员。</translation>
    </message>
    <message>
        <source>Kept aside at</source>
        <translation>暂存时间</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>尝试次数</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>重试(&amp;R)</translation>
    </message>
    <message>
        <source>Not applied here</source>
        <translation>本机未能应用</translation>
    </message>
    <message>
        <source>Every change kept aside is applied now.</source>
        <translation>暂存的变更已全部应用。</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) applied now; the others are still kept aside.</source>
        <translation>
            <numerusform>已应用 %n 项变更，其余的仍暂存。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qf::CsvReader</name>
    <message>
        <source>a quoted field is followed by other characters before the next comma</source>
        <translation>带引号的字段之后、下一个逗号之前还有其他字符</translation>
    </message>
    <message>
        <source>the quoted field that starts on line %1 is never closed (the file ends early?)</source>
        <translation>从第 %1 行开始的带引号字段没有结束（文件提前结束？）</translation>
    </message>
</context>
<context>
    <name>qf::Database</name>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>无法打开数据库 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a Qingfeng database (or it is damaged).</source>
        <translation>%1 不是清风数据库（或已损坏）。</translation>
    </message>
    <message>
        <source>This database was written by a newer version of Qingfeng (schema %1; this program knows up to %2). It has not been changed. Please install the newer version.</source>
        <translation>此数据库由更新版本的清风写入（结构版本 %1，本程序最高支持 %2）。数据库未作任何改动。请安装新版本。</translation>
    </message>
    <message>
        <source>Cannot configure the database: %1</source>
        <translation>无法配置数据库：%1</translation>
    </message>
    <message>
        <source>The database needs an upgrade from schema %1 to %2; run &apos;qingfeng-cli migrate&apos;.</source>
        <translation>数据库需要从结构版本 %1 升级到 %2，请运行“qingfeng-cli migrate”。</translation>
    </message>
    <message>
        <source>Could not write a backup copy before upgrading (%1); nothing was changed.</source>
        <translation>升级前无法写入备份副本（%1），未作任何改动。</translation>
    </message>
    <message>
        <source>Cannot start the upgrade to schema %1: %2</source>
        <translation>无法开始升级到结构版本 %1：%2</translation>
    </message>
    <message>
        <source>Upgrade to schema %1 (%2) failed and was undone: %3</source>
        <translation>升级到结构版本 %1（%2）失败，已撤销：%3</translation>
    </message>
    <message>
        <source>Upgrade to schema %1 failed and was undone: %2</source>
        <translation>升级到结构版本 %1 失败，已撤销：%2</translation>
    </message>
    <message>
        <source>Could not initialise the database: %1</source>
        <translation>无法初始化数据库：%1</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <source>Cannot create the database %1: %2</source>
        <translation>无法创建数据库 %1：%2</translation>
    </message>
</context>
<context>
    <name>qf::DeadlineClock</name>
    <message numerus="yes">
        <source>The forwarded item has not been signed for within %n working day(s).</source>
        <translation>
            <numerusform>上级转来件超过 %n 个工作日未签收。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not triaged within %n hour(s).</source>
        <translation>
            <numerusform>超过 %n 小时未初筛。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No evidence supplement requested within %n working day(s) of triage.</source>
        <translation>
            <numerusform>初筛后 %n 个工作日内未发出补证要求。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The evidence supplement has not arrived within %n working day(s).</source>
        <translation>
            <numerusform>补充证据超过 %n 个工作日仍未收到。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not dispatched within %n working day(s).</source>
        <translation>
            <numerusform>超过 %n 个工作日未分送。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The real-name reporter has not been told within %n working day(s) whether the report is accepted.</source>
        <translation>
            <numerusform>超过 %n 个工作日未告知实名举报人是否受理。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The result has not been fed back to the real-name reporter within %n working day(s) of conclusion.</source>
        <translation>
            <numerusform>办结后超过 %n 个工作日未向实名举报人反馈结果。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qf::DecisionBar</name>
    <message>
        <source>Decision (keys 1–7; Page Up/Down: previous/next case)</source>
        <translation>研判结果（按键 1–7；Page Up/Down：上一件/下一件）</translation>
    </message>
    <message>
        <source>&amp;1 Talk and inquiry</source>
        <translation>谈话函询(&amp;1)</translation>
    </message>
    <message>
        <source>&amp;2 Preliminary verification</source>
        <translation>初步核实(&amp;2)</translation>
    </message>
    <message>
        <source>&amp;3 Stored pending</source>
        <translation>暂存待查(&amp;3)</translation>
    </message>
    <message>
        <source>&amp;4 Closed, no action</source>
        <translation>予以了结(&amp;4)</translation>
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
        <translation>暂缓(&amp;7)</translation>
    </message>
    <message>
        <source>Undo decision (Ctrl+Z)</source>
        <translation>撤销决定（Ctrl+Z）</translation>
    </message>
    <message>
        <source>Takes the decision back until the minutes are confirmed</source>
        <translation>纪要确认前可撤销已作出的决定</translation>
    </message>
</context>
<context>
    <name>qf::DemoDataJob</name>
    <message>
        <source>Creating demonstration data…</source>
        <translation>正在生成演示数据…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Demonstration data</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <source>Creating demonstration data: %1 of %2 reports…</source>
        <translation>正在生成演示数据：第 %1 件，共 %2 件…</translation>
    </message>
    <message>
        <source>Sign in first: demonstration data is written by a signed-in user.</source>
        <translation>请先登录：演示数据由已登录的用户写入。</translation>
    </message>
</context>
<context>
    <name>qf::DemoGenerator</name>
    <message>
        <source>Cannot prepare the demo labels: %1</source>
        <translation>无法准备演示数据标记：%1</translation>
    </message>
    <message>
        <source>Cannot record the demo labels: %1</source>
        <translation>无法记录演示数据标记：%1</translation>
    </message>
    <message>
        <source>The number of demo reports must be between 0 and %1.</source>
        <translation>演示信访举报件数必须在 0 到 %1 之间。</translation>
    </message>
</context>
<context>
    <name>qf::DemoReference</name>
    <message>
        <source>Cannot read the %1 of the database: %2</source>
        <translation>无法读取数据库中的%1：%2</translation>
    </message>
</context>
<context>
    <name>qf::DeskSettings</name>
    <message>
        <source>Reception room 1</source>
        <translation>1号接待室</translation>
    </message>
    <message>
        <source>Reception room 2</source>
        <translation>2号接待室</translation>
    </message>
    <message>
        <source>Interview room</source>
        <translation>谈话室</translation>
    </message>
</context>
<context>
    <name>qf::DeskSettingsDialog</name>
    <message>
        <source>Desk devices</source>
        <translation>登记台设备</translation>
    </message>
    <message>
        <source>Any device path is accepted, e.g. /dev/ttyUSB0 or a link to a pseudo-terminal.</source>
        <translation>可填写任意设备路径，例如 /dev/ttyUSB0 或指向伪终端的链接。</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>测试(&amp;T)</translation>
    </message>
    <message>
        <source>ID-card &amp;reader port</source>
        <translation>身份证阅读器端口(&amp;R)</translation>
    </message>
    <message>
        <source>Preview, then print</source>
        <translation>先预览，再打印</translation>
    </message>
    <message>
        <source>Straight to the printer</source>
        <translation>直接打印</translation>
    </message>
    <message>
        <source>PDF files in a folder</source>
        <translation>保存为文件夹中的 PDF 文件</translation>
    </message>
    <message>
        <source>&amp;Printouts</source>
        <translation>打印方式(&amp;P)</translation>
    </message>
    <message>
        <source>PDF &amp;folder</source>
        <translation>PDF 文件夹(&amp;F)</translation>
    </message>
    <message>
        <source>R&amp;ooms</source>
        <translation>房间(&amp;O)</translation>
    </message>
    <message>
        <source>Enter the reader&apos;s port first.</source>
        <translation>请先填写阅读器端口。</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>正在测试…</translation>
    </message>
    <message>
        <source>The reader answers: %1</source>
        <translation>阅读器有响应：%1</translation>
    </message>
    <message>
        <source>The reader does not answer: %1</source>
        <translation>阅读器无响应：%1</translation>
    </message>
    <message>
        <source>e.g. /opt/reader/libwlt.so</source>
        <translation>例如 /opt/reader/libwlt.so</translation>
    </message>
    <message>
        <source>The reader vendor&apos;s library that decodes the card photo. Without it the photo is kept undecoded and the camera can take one instead.</source>
        <translation>读卡器厂商提供的证件照片解码库。未配置时，照片按未解码数据保存，可改用摄像头拍照。</translation>
    </message>
    <message>
        <source>Photo &amp;decoder library</source>
        <translation>照片解码库(&amp;D)</translation>
    </message>
    <message>
        <source>device tag</source>
        <translation>设备标识</translation>
    </message>
    <message>
        <source>Tickets of this desk read e.g. A-007. Give every desk of the hall its own letter; left empty, the device tag is used, which is unique.</source>
        <translation>本接待台的号票形如 A-007。请为大厅内每个接待台指定不同的字母；留空则使用设备标识（唯一）。</translation>
    </message>
    <message>
        <source>Tic&amp;ket prefix</source>
        <translation>号票前缀(&amp;K)</translation>
    </message>
    <message>
        <source>80 mm receipt printer</source>
        <translation>80 毫米小票打印机</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4 纸</translation>
    </message>
    <message>
        <source>Ticket p&amp;aper</source>
        <translation>候访号纸张(&amp;A)</translation>
    </message>
</context>
<context>
    <name>qf::Desktop</name>
    <message>
        <source>Qingfeng cannot start</source>
        <translation>清风无法启动</translation>
    </message>
</context>
<context>
    <name>qf::Directory</name>
    <message>
        <source>Cannot read the list of offices: %1</source>
        <translation>无法读取单位列表：%1</translation>
    </message>
    <message>
        <source>Cannot read the list of users: %1</source>
        <translation>无法读取用户列表：%1</translation>
    </message>
</context>
<context>
    <name>qf::DispatchAdvisor</name>
    <message>
        <source>Cannot read the recusal table: %1</source>
        <translation>无法读取回避库：%1</translation>
    </message>
    <message>
        <source>Cannot read the jurisdiction table: %1</source>
        <translation>无法读取管辖库：%1</translation>
    </message>
    <message>
        <source>its jurisdiction covers the unit %1</source>
        <translation>其管辖范围包括单位 %1</translation>
    </message>
    <message>
        <source>its jurisdiction covers the region %1</source>
        <translation>其管辖范围包括地区 %1</translation>
    </message>
    <message>
        <source>it manages cadres of rank %1</source>
        <translation>其管理 %1 级干部</translation>
    </message>
    <message>
        <source>Cannot read the capability table: %1</source>
        <translation>无法读取能力库：%1</translation>
    </message>
    <message>
        <source>the handler&apos;s areas include this category</source>
        <translation>承办人擅长领域包括此类别</translation>
    </message>
    <message numerus="yes">
        <source>not recused; %n open case(s) of at most %1</source>
        <translation>
            <numerusform>无需回避；在办 %n 件，上限 %1 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>not recused; at capacity with %n open case(s)</source>
        <translation>
            <numerusform>无需回避；在办 %n 件，已满负荷</numerusform>
        </translation>
    </message>
    <message>
        <source>no handler on record in this office</source>
        <translation>该单位没有登记承办人</translation>
    </message>
    <message>
        <source>%1 is not a way of dispatching.</source>
        <translation>%1 不是有效的分送方式。</translation>
    </message>
    <message>
        <source>The chosen handler is recused from this unit or person.</source>
        <translation>所选承办人须回避该单位或人员。</translation>
    </message>
    <message>
        <source>The choice differs from the proposal; give the reason for overriding it.</source>
        <translation>所选与建议不同，请说明不采纳建议的理由。</translation>
    </message>
    <message>
        <source>Cannot read the categories: %1</source>
        <translation>无法读取类别：%1</translation>
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
        <translation>建议方案，按优先顺序排列（管辖、回避、业务范围和工作量）：</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>名次</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>承办人</translation>
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
        <translation>单位(&amp;O)</translation>
    </message>
    <message>
        <source>Hand&amp;ler</source>
        <translation>承办人(&amp;L)</translation>
    </message>
    <message>
        <source>Supervise the lower office&apos;s handling (督办)</source>
        <translation>督办下级单位的办理</translation>
    </message>
    <message>
        <source>Override &amp;reason</source>
        <translation>改选理由(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Dispatch</source>
        <translation>分送(&amp;D)</translation>
    </message>
    <message>
        <source>This report cannot be dispatched in its present state.</source>
        <translation>此件在当前状态下不能分送。</translation>
    </message>
    <message>
        <source>(none on record)</source>
        <translation>（无记录）</translation>
    </message>
    <message>
        <source>(no handler yet)</source>
        <translation>（尚未指定承办人）</translation>
    </message>
    <message>
        <source>This differs from the top proposal: say why (kept with the dispatch).</source>
        <translation>与首选建议不同：请说明理由（随分送一并保存）。</translation>
    </message>
    <message>
        <source>Follows the top proposal.</source>
        <translation>与首选建议一致。</translation>
    </message>
    <message>
        <source>Print the transfer form (转办单 / 交办函 / 移送函)</source>
        <translation>打印转办单 / 交办函 / 移送函</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>This item is supervised: please handle it carefully and report the result by the deadline; this office will follow its handling.</source>
        <translation>本件为督办件，请认真办理，按期报送办理结果，本机关将跟踪督办。</translation>
    </message>
    <message>
        <source>Supervision re&amp;quest (督办要求)</source>
        <translation>督办要求(&amp;Q)</translation>
    </message>
    <message>
        <source>Handling deadline</source>
        <translation>办理期限</translation>
    </message>
    <message>
        <source>as set by the review meeting</source>
        <translation>研判会议确定的期限</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) from today</source>
        <translation>
            <numerusform>自今日起%n个工作日</numerusform>
        </translation>
    </message>
    <message>
        <source>This item is supervised.</source>
        <translation>本件为督办件。</translation>
    </message>
</context>
<context>
    <name>qf::DispatchTables</name>
    <message>
        <source>The database could not be read: %1</source>
        <translation>无法读取数据库：%1</translation>
    </message>
    <message>
        <source>The jurisdiction table could not be read: %1</source>
        <translation>无法读取管辖库：%1</translation>
    </message>
    <message>
        <source>A jurisdiction rule needs an office.</source>
        <translation>管辖规则须指定承办机关。</translation>
    </message>
    <message>
        <source>The chosen office does not exist (any more).</source>
        <translation>所选承办机关不存在（或已被移除）。</translation>
    </message>
    <message>
        <source>The recusal table could not be read: %1</source>
        <translation>无法读取回避库：%1</translation>
    </message>
    <message>
        <source>A recusal needs the officer who may not handle the matter.</source>
        <translation>回避规则须指定应回避的承办人。</translation>
    </message>
    <message>
        <source>A recusal needs a unit or the name of a person (or both).</source>
        <translation>回避规则须填写单位或人员姓名（或两者都填）。</translation>
    </message>
    <message>
        <source>The chosen officer does not exist (any more).</source>
        <translation>所选承办人不存在（或已被移除）。</translation>
    </message>
    <message>
        <source>The capability table could not be read: %1</source>
        <translation>无法读取能力库：%1</translation>
    </message>
    <message>
        <source>A capability row needs an officer.</source>
        <translation>能力库条目须指定承办人。</translation>
    </message>
    <message>
        <source>A capability row needs the office the officer handles cases for.</source>
        <translation>能力库条目须指定该承办人所在的承办室。</translation>
    </message>
    <message>
        <source>The base load cannot be negative.</source>
        <translation>基础工作量不能为负数。</translation>
    </message>
    <message>
        <source>The maximum load (%1) cannot be below the base load (%2).</source>
        <translation>工作量上限（%1）不能低于基础工作量（%2）。</translation>
    </message>
    <message>
        <source>Unknown category code(s) in the areas: %1. Use the codes of the category table.</source>
        <translation>擅长领域中有未知的类别代码：%1。请使用问题分类中的代码。</translation>
    </message>
    <message>
        <source>This officer already has a row for this office; change that row instead.</source>
        <translation>该承办人在此承办室已有条目，请修改该条目。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of the dispatch tables.</source>
        <translation>“%1”不是分送所用的基础表。</translation>
    </message>
    <message>
        <source>The list of offices could not be read: %1</source>
        <translation>无法读取单位列表：%1</translation>
    </message>
    <message>
        <source>The list of officers could not be read: %1</source>
        <translation>无法读取承办人列表：%1</translation>
    </message>
    <message>
        <source>change the dispatch tables</source>
        <translation>修改分办规则表</translation>
    </message>
</context>
<context>
    <name>qf::DocumentCameraDialog</name>
    <message>
        <source>Document camera</source>
        <translation>高拍仪</translation>
    </message>
    <message>
        <source>Camera picture</source>
        <translation>拍摄画面</translation>
    </message>
    <message>
        <source>Pages taken</source>
        <translation>已拍摄的页面</translation>
    </message>
    <message>
        <source>&amp;Take the page (Space)</source>
        <translation>拍摄此页(&amp;T)（空格）</translation>
    </message>
    <message>
        <source>&amp;Drop the page (Delete)</source>
        <translation>删除此页(&amp;D)（Delete）</translation>
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
        <translation>%1：把页面放在镜头下，按空格拍摄。</translation>
    </message>
    <message>
        <source>No camera found. Connect the document camera and open this window again.</source>
        <translation>未找到摄像头。请连接高拍仪后重新打开此窗口。</translation>
    </message>
    <message>
        <source>No camera</source>
        <translation>没有摄像头</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>第 %1 页</translation>
    </message>
    <message>
        <source>Page %1 taken, cut out of the picture and squared.</source>
        <translation>已拍摄第 %1 页，已从画面中裁出并校正透视。</translation>
    </message>
    <message>
        <source>Page %1 taken as the whole picture: no page stood out from the desk.</source>
        <translation>已拍摄第 %1 页，为整个画面：未能从桌面上分辨出页面。</translation>
    </message>
</context>
<context>
    <name>qf::DocumentNumbers</name>
    <message>
        <source>Cannot read the document number counter: %1</source>
        <translation>无法读取文号计数器：%1</translation>
    </message>
</context>
<context>
    <name>qf::DocumentPdf</name>
    <message>
        <source>The PDF file %1 could not be written.</source>
        <translation>无法写入 PDF 文件 %1。</translation>
    </message>
</context>
<context>
    <name>qf::DocumentPrinter</name>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>The document was printed, but its number %1 was not recorded: %2</source>
        <translation>文书已打印，但文号%1未能登记：%2</translation>
    </message>
    <message>
        <source>Queue ticket</source>
        <translation>候访号</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>回执</translation>
    </message>
    <message>
        <source>Notice of referral</source>
        <translation>转办告知书</translation>
    </message>
    <message>
        <source>Request for evidence</source>
        <translation>补充材料通知</translation>
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
        <translation>重复件通报</translation>
    </message>
    <message>
        <source>Cover sheet</source>
        <translation>封面</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文书</translation>
    </message>
    <message>
        <source>Print preview: %1</source>
        <translation>打印预览：%1</translation>
    </message>
    <message>
        <source>List</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>Letter urging the handling (督办函)</source>
        <translation>督办函</translation>
    </message>
</context>
<context>
    <name>qf::DuplicateIndex</name>
    <message>
        <source>Cannot read the duplicate index: %1</source>
        <translation>无法读取重复举报索引：%1</translation>
    </message>
    <message>
        <source>Cannot update the duplicate index: %1</source>
        <translation>无法更新重复举报索引：%1</translation>
    </message>
    <message>
        <source>Cannot add to the duplicate index: %1</source>
        <translation>无法向重复举报索引添加内容：%1</translation>
    </message>
    <message>
        <source>Cannot read the reports: %1</source>
        <translation>无法读取信访件：%1</translation>
    </message>
    <message>
        <source>The database is busy or read-only: %1</source>
        <translation>数据库正忙或为只读：%1</translation>
    </message>
    <message>
        <source>Cannot clear the duplicate index: %1</source>
        <translation>无法清空重复举报索引：%1</translation>
    </message>
    <message>
        <source>The duplicate index cannot be used (is the database at schema 9?): %1</source>
        <translation>查重索引无法使用（数据库结构版本是否为 9？）：%1</translation>
    </message>
</context>
<context>
    <name>qf::EvidenceDialog</name>
    <message>
        <source>Evidence request for %1</source>
        <translation>%1 的补证通知</translation>
    </message>
    <message>
        <source>Everything missing goes into this one notice (一次性补证); one item a line.</source>
        <translation>所有缺项一次性列入本通知书（一次性补证）；每行一项。</translation>
    </message>
    <message>
        <source>Missing &amp;facts (事实要素)</source>
        <translation>缺少的事实要素(&amp;F)</translation>
    </message>
    <message>
        <source>E&amp;vidence to provide (证据指引)</source>
        <translation>证据指引(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Level points (层级对照)</source>
        <translation>层级对照(&amp;L)</translation>
    </message>
    <message>
        <source>Reply by</source>
        <translation>答复期限</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>另存为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Record the request</source>
        <translation>记录补证(&amp;R)</translation>
    </message>
    <message>
        <source>The notice lists nothing missing yet.</source>
        <translation>通知书尚未列出任何缺项。</translation>
    </message>
    <message>
        <source>Save the notice as PDF</source>
        <translation>将通知书保存为 PDF</translation>
    </message>
    <message>
        <source>evidence-request-%1.pdf</source>
        <translation>补证通知书-%1.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>qf::EvidenceRequest</name>
    <message>
        <source>The evidence notice lists nothing missing.</source>
        <translation>补证通知中没有列出任何缺少的材料。</translation>
    </message>
    <message>
        <source>Cannot count the evidence requests: %1</source>
        <translation>无法统计补证要求：%1</translation>
    </message>
</context>
<context>
    <name>qf::FeedbackDialog</name>
    <message>
        <source>Feedback to the reporter of %1</source>
        <translation>向 %1 的举报人反馈</translation>
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
        <translation>结果反馈</translation>
    </message>
    <message>
        <source> — not reached yet</source>
        <translation> — 尚未到达</translation>
    </message>
    <message>
        <source> — due</source>
        <translation> — 待发送</translation>
    </message>
    <message>
        <source> — sent</source>
        <translation> — 已发送</translation>
    </message>
    <message>
        <source>&amp;Notice</source>
        <translation>告知(&amp;N)</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>告知书</translation>
    </message>
    <message>
        <source>Address by name (shows the name; audited)</source>
        <translation>称呼姓名（将显示姓名，记入审计日志）</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>另存为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>SMS text (for the gateway; never carries a name)</source>
        <translation>短信内容（用于短信网关，不含姓名）</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Objection from the reporter</source>
        <translation>举报人的异议</translation>
    </message>
    <message>
        <source>Record the &amp;objection</source>
        <translation>记录异议(&amp;O)</translation>
    </message>
    <message>
        <source>Record as &amp;sent</source>
        <translation>记为已发送(&amp;S)</translation>
    </message>
    <message>
        <source>Save the letter as PDF</source>
        <translation>将告知书保存为 PDF</translation>
    </message>
    <message>
        <source>feedback-%1.pdf</source>
        <translation>反馈告知书-%1.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>The objection is recorded.</source>
        <translation>异议已记录。</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>The report has not reached this milestone yet.</source>
        <translation>此件尚未到达该环节。</translation>
    </message>
    <message>
        <source>The preview was closed without printing: the letter was not printed.</source>
        <translation>预览已关闭，未打印：告知书没有打印。</translation>
    </message>
    <message>
        <source>The letter is printed.</source>
        <translation>告知书已打印。</translation>
    </message>
    <message>
        <source>The letter is saved as %1.</source>
        <translation>告知书已保存为 %1。</translation>
    </message>
    <message>
        <source>The letter %1 is printed again.</source>
        <translation>告知书%1已补打。</translation>
    </message>
    <message>
        <source>The letter %1 is saved again as %2.</source>
        <translation>告知书%1已再次保存为 %2。</translation>
    </message>
    <message>
        <source>The letter %1 is printed and kept with the report.</source>
        <translation>告知书%1已打印，并随件存档。</translation>
    </message>
    <message>
        <source>The letter %1 is saved as %2 and kept with the report.</source>
        <translation>告知书%1已保存为 %2，并随件存档。</translation>
    </message>
</context>
<context>
    <name>qf::FeedbackNotices</name>
    <message>
        <source>Cannot read the report&apos;s history: %1</source>
        <translation>无法读取该件的办理记录：%1</translation>
    </message>
    <message>
        <source>The report is anonymous: there is nobody to send feedback to.</source>
        <translation>此件为匿名举报，无反馈对象。</translation>
    </message>
    <message>
        <source>The report has not reached the %1 stage yet.</source>
        <translation>此件尚未进入“%1”阶段。</translation>
    </message>
    <message>
        <source>The %1 notice has already been sent.</source>
        <translation>“%1”告知已发送过。</translation>
    </message>
    <message>
        <source>Write down what the reporter objects to.</source>
        <translation>请记录举报人提出的异议。</translation>
    </message>
</context>
<context>
    <name>qf::FirstRunDialog</name>
    <message>
        <source>Welcome to Qingfeng</source>
        <translation>欢迎使用清风</translation>
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
        <translation>所在单位</translation>
    </message>
    <message>
        <source>&amp;Existing office:</source>
        <translation>已有单位(&amp;E)：</translation>
    </message>
    <message>
        <source>New o&amp;ffice:</source>
        <translation>新建单位(&amp;F)：</translation>
    </message>
    <message>
        <source>e.g. Petition Office of the County Commission for Discipline Inspection</source>
        <translation>例如：某县纪委监委信访室</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>层级(&amp;L)：</translation>
    </message>
    <message>
        <source>Fill with &amp;demonstration data:</source>
        <translation>生成演示数据(&amp;D)：</translation>
    </message>
    <message>
        <source> reports</source>
        <translation> 件</translation>
    </message>
    <message>
        <source>&amp;Start working</source>
        <translation>开始工作(&amp;S)</translation>
    </message>
    <message>
        <source>This store has no administrator yet. The administrator signs in first, then adds the office&apos;s users and gives each their role; every record carries the name of the user who signed in.</source>
        <translation>本数据库还没有管理员。管理员先登录，再添加本单位的用户并为每人分配角色；每条记录都署有登录用户的姓名。</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Letters and digits, e.g. admin</source>
        <translation>字母和数字，如 admin</translation>
    </message>
    <message>
        <source>At least 8 characters</source>
        <translation>至少 8 个字符</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>登录名(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation>再次输入密码(&amp;A)：</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>qf::FollowUpCode</name>
    <message>
        <source>The cryptography library could not be started.</source>
        <translation>无法启动加密组件。</translation>
    </message>
    <message>
        <source>Not enough memory to protect the follow-up code.</source>
        <translation>内存不足，无法保护查询码。</translation>
    </message>
</context>
<context>
    <name>qf::FollowUpCodes</name>
    <message>
        <source>Cannot read the report&apos;s follow-up code: %1</source>
        <translation>无法读取该件的查询码：%1</translation>
    </message>
    <message>
        <source>There is no report %1.</source>
        <translation>没有信访件 %1。</translation>
    </message>
    <message>
        <source>A follow-up code has 16 digits; please check the code.</source>
        <translation>查询码为16位数字，请核对。</translation>
    </message>
    <message>
        <source>Cannot look the code up: %1</source>
        <translation>无法查询该查询码：%1</translation>
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
        <translation>使用说明</translation>
    </message>
</context>
<context>
    <name>qf::HistoryPanel</name>
    <message>
        <source>Visit</source>
        <translation>来访</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>来电</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>来信</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Forwarded</source>
        <translation>转送</translation>
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
        <translation>已登记</translation>
    </message>
    <message>
        <source>Filed as repeat</source>
        <translation>作为重复举报存档</translation>
    </message>
    <message>
        <source>Concluded</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>Being handled</source>
        <translation>办理中</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>已分送</translation>
    </message>
    <message>
        <source>Waiting / in conversation</source>
        <translation>候谈/谈话中</translation>
    </message>
    <message>
        <source>History of this visitor</source>
        <translation>该来访人的历史记录</translation>
    </message>
    <message>
        <source>Key petitioner</source>
        <translation>重点信访人</translation>
    </message>
    <message>
        <source>Shows the stored identity of this person; the view is recorded in the audit log.</source>
        <translation>显示此人存档的身份信息；本次查看将记入审计日志。</translation>
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
        <translation>编号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>No visitor yet.</source>
        <translation>暂无来访人。</translation>
    </message>
    <message>
        <source>First contact: this person is not in the records.</source>
        <translation>首次来访：记录中没有此人。</translation>
    </message>
    <message>
        <source>Known person: %1 visit(s), %2 call(s), %3 other report(s).</source>
        <translation>已有记录：来访 %1 次，来电 %2 次，其他信访件 %3 件。</translation>
    </message>
    <message>
        <source>(restricted)</source>
        <translation>（受限）</translation>
    </message>
    <message>
        <source>The receipt of the chosen visit, with its registration number; the follow-up code is not printed again.</source>
        <translation>补打所选来访的回执，登记编号不变；查询码不再打印。</translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation>打开档案…</translation>
    </message>
    <message>
        <source>Fill from records…</source>
        <translation>从记录中填入…</translation>
    </message>
    <message>
        <source>Reprint the receipt…</source>
        <translation>补打回执(&amp;B)…</translation>
    </message>
</context>
<context>
    <name>qf::Hotline</name>
    <message>
        <source>This callback is no longer open.</source>
        <translation>该回拨任务已不在待办中。</translation>
    </message>
    <message>
        <source>The number of this callback cannot be opened with your role.</source>
        <translation>您的角色无权查看该回拨号码。</translation>
    </message>
    <message>
        <source>The call could not be recorded completely: %1 The recording is kept at %2.</source>
        <translation>来电记录未能完整保存：%1 录音保留在 %2。</translation>
    </message>
</context>
<context>
    <name>qf::HotlineOfficeSettings</name>
    <message>
        <source>Hotline (this office)</source>
        <translation>热线（本单位）</translation>
    </message>
    <message>
        <source>Record every answered call (operators cannot turn it off)</source>
        <translation>所有接听的通话一律录音（接线员不能关闭）</translation>
    </message>
    <message>
        <source>the same working day</source>
        <translation>当个工作日内</translation>
    </message>
    <message>
        <source> working days later</source>
        <translation> 个工作日内</translation>
    </message>
    <message>
        <source>Missed calls called back by:</source>
        <translation>未接来电回拨期限：</translation>
    </message>
    <message>
        <source>The working day ends at:</source>
        <translation>工作日下班时间：</translation>
    </message>
    <message>
        <source>These rules hold for every workstation of the office once synced.</source>
        <translation>同步后，本单位所有工作站都按这些规则执行。</translation>
    </message>
    <message>
        <source>Only the administrator changes the office&apos;s hotline rules.</source>
        <translation>本单位的热线规则只能由管理员修改。</translation>
    </message>
    <message>
        <source>Saved. The rules hold for every workstation of the office once synced.</source>
        <translation>已保存。同步后，本单位所有工作站都按这些规则执行。</translation>
    </message>
    <message>
        <source>Save the hotline r&amp;ules</source>
        <translation>保存热线规则(&amp;U)</translation>
    </message>
</context>
<context>
    <name>qf::HotlineWorkspace</name>
    <message>
        <source>Connect the line</source>
        <translation>接通线路</translation>
    </message>
    <message>
        <source>Line settings…</source>
        <translation>线路设置…</translation>
    </message>
    <message>
        <source>&lt;b&gt;To call back&lt;/b&gt; (missed, declined and abandoned calls)</source>
        <translation>&lt;b&gt;待回拨&lt;/b&gt;（未接、拒接和放弃的来电）</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>回拨期限</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <source>Missed at</source>
        <translation>来电时间</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Call back (F5)</source>
        <translation>回拨（F5）</translation>
    </message>
    <message>
        <source>Called back by another phone…</source>
        <translation>已用其他电话回拨…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Latest calls&lt;/b&gt;</source>
        <translation>&lt;b&gt;最近来电&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>录音</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>举报</translation>
    </message>
    <message>
        <source>Register a phone report from the call…</source>
        <translation>据此来电登记电话举报…</translation>
    </message>
    <message>
        <source>Attach the call to a case…</source>
        <translation>将来电关联到已有件…</translation>
    </message>
    <message>
        <source>Called back</source>
        <translation>已回拨</translation>
    </message>
    <message>
        <source>How did the callback go?</source>
        <translation>回拨情况如何？</translation>
    </message>
    <message>
        <source>Hotline</source>
        <translation>12388 热线</translation>
    </message>
    <message>
        <source>Attach the call to a case</source>
        <translation>将来电关联到已有件</translation>
    </message>
    <message>
        <source>Registration number of the case:</source>
        <translation>件的编号：</translation>
    </message>
    <message>
        <source>Connect the line first.</source>
        <translation>请先接通线路。</translation>
    </message>
    <message>
        <source>Calling back %1…</source>
        <translation>正在回拨 %1…</translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation>（不可见）</translation>
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
        <translation>待回拨</translation>
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
        <translation>已关联</translation>
    </message>
    <message numerus="yes">
        <source> · no answer %n time(s), last %1</source>
        <translation>
            <numerusform> · 已回拨 %n 次未接通，最近一次 %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qf::IdCardData</name>
    <message>
        <source>Resident identity card</source>
        <translation>居民身份证</translation>
    </message>
    <message>
        <source>Residence permit for Hong Kong, Macao and Taiwan residents</source>
        <translation>港澳台居民居住证</translation>
    </message>
    <message>
        <source>Foreigner&apos;s permanent residence ID card</source>
        <translation>外国人永久居留身份证</translation>
    </message>
    <message>
        <source>Foreigner&apos;s permanent residence ID card (2023 edition)</source>
        <translation>外国人永久居留身份证（2023 版）</translation>
    </message>
</context>
<context>
    <name>qf::IdCardJson</name>
    <message>
        <source>Unknown card type &quot;%1&quot;.</source>
        <translation>未知的证件类型“%1”。</translation>
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
        <translation>valid_until 既不是日期（YYYY-MM-DD），也不是“长期”。</translation>
    </message>
    <message>
        <source>photo is not base64.</source>
        <translation>photo 不是 base64 编码。</translation>
    </message>
    <message>
        <source>Cannot read the card file %1: %2</source>
        <translation>无法读取证件文件 %1：%2</translation>
    </message>
    <message>
        <source>The card file %1 is not a JSON object: %2</source>
        <translation>证件文件 %1 不是 JSON 对象：%2</translation>
    </message>
</context>
<context>
    <name>qf::IdCardSimulator</name>
    <message>
        <source>Cannot create a pseudo-terminal: %1</source>
        <translation>无法创建伪终端：%1</translation>
    </message>
    <message>
        <source>Cannot create the link %1: %2</source>
        <translation>无法创建链接 %1：%2</translation>
    </message>
</context>
<context>
    <name>qf::IdCardText</name>
    <message>
        <source>The card&apos;s text is too short (%1 bytes instead of %2).</source>
        <translation>证件文字信息过短（%1 字节，应为 %2 字节）。</translation>
    </message>
    <message>
        <source>This kind of card is not supported (card type code %1).</source>
        <translation>不支持此类证件（证件类型代码 %1）。</translation>
    </message>
    <message>
        <source>The card could not be read as a valid card: %1. Place it again; if this repeats, check the document by eye and type the identity in (F3).</source>
        <translation>该证件无法作为有效证件读取：%1。请重新放置；如仍如此，请目视核对证件并手工录入身份信息（F3）。</translation>
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
        <translation>性别</translation>
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
        <translation>身份证号码</translation>
    </message>
    <message>
        <source>the issuer</source>
        <translation>签发机关</translation>
    </message>
    <message>
        <source>the pass number</source>
        <translation>通行证号码</translation>
    </message>
    <message>
        <source>the issue count</source>
        <translation>签发次数</translation>
    </message>
    <message>
        <source>the nationality</source>
        <translation>国籍</translation>
    </message>
    <message>
        <source>the card version</source>
        <translation>证件版本</translation>
    </message>
    <message>
        <source>%1 holds %2</source>
        <translation>%1含有%2</translation>
    </message>
    <message>
        <source>it holds no name</source>
        <translation>证件上没有姓名</translation>
    </message>
    <message>
        <source>its birth date is not a date</source>
        <translation>出生日期不是有效日期</translation>
    </message>
    <message>
        <source>its birth date lies in the future</source>
        <translation>出生日期在将来</translation>
    </message>
    <message>
        <source>its sex code is not one of GB/T 2261.1</source>
        <translation>性别代码不符合 GB/T 2261.1</translation>
    </message>
    <message>
        <source>its ID number is not valid (%1)</source>
        <translation>身份证号码无效（%1）</translation>
    </message>
    <message>
        <source>a card holds the 18-character number</source>
        <translation>证件上应为 18 位号码</translation>
    </message>
    <message>
        <source>its ID number is not one of this kind of card</source>
        <translation>身份证号码与证件类型不符</translation>
    </message>
    <message>
        <source>its sex differs from the one the ID number gives</source>
        <translation>性别与身份证号码所示性别不一致</translation>
    </message>
    <message>
        <source>its card number is not valid (18 characters starting with 9, with the check character at the end)</source>
        <translation>证件号码无效（应为以 9 开头的 18 位，末位为校验码）</translation>
    </message>
    <message>
        <source>its permanent-residence number is not valid (three letters and twelve digits)</source>
        <translation>永久居留证号码无效（应为三个字母加十二位数字）</translation>
    </message>
    <message>
        <source>its birth date differs from the one in its number</source>
        <translation>出生日期与号码中的出生日期不一致</translation>
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
        <translation>有效期截止日期既不是日期也不是“长期”</translation>
    </message>
    <message>
        <source>its validity ends before it begins</source>
        <translation>有效期截止日期早于起始日期</translation>
    </message>
</context>
<context>
    <name>qf::IdNumber</name>
    <message>
        <source>No ID number was entered.</source>
        <translation>未输入身份证号码。</translation>
    </message>
    <message>
        <source>The ID number contains a character that is not allowed (only digits, and X as the last character).</source>
        <translation>身份证号码含有不允许的字符（只能是数字，最后一位可以是 X）。</translation>
    </message>
    <message numerus="yes">
        <source>The ID number has %n character(s); it must have 18 (or 15 on an old card).</source>
        <translation>
            <numerusform>身份证号码为 %n 位，应为 18 位（旧证为 15 位）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The ID number does not start with a known region code.</source>
        <translation>身份证号码开头不是已知的行政区划代码。</translation>
    </message>
    <message>
        <source>The birth date in the ID number is not a possible date.</source>
        <translation>身份证号码中的出生日期不是有效日期。</translation>
    </message>
    <message>
        <source>The birth date in the ID number is in the future.</source>
        <translation>身份证号码中的出生日期晚于今天。</translation>
    </message>
    <message>
        <source>The check character (the last one) does not match; the number was probably mistyped.</source>
        <translation>校验码（最后一位）不符，号码可能输错了。</translation>
    </message>
    <message>
        <source>The birth date in the ID number (%1) makes the holder older than 120 years; check the number against the card.</source>
        <translation>身份证号码中的出生日期（%1）表明持证人已超过 120 岁，请对照证件核对号码。</translation>
    </message>
</context>
<context>
    <name>qf::IdentityMasker</name>
    <message>
        <source>The persons of the case could not be read: %1</source>
        <translation>无法读取本件涉及的人员：%1</translation>
    </message>
</context>
<context>
    <name>qf::IdentityReleases</name>
    <message>
        <source>Sign in first.</source>
        <translation>请先登录。</translation>
    </message>
    <message>
        <source>Say why you need the reporter&apos;s identity.</source>
        <translation>请说明需要举报人身份信息的理由。</translation>
    </message>
    <message>
        <source>The reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>This report is anonymous: there is no identity to release.</source>
        <translation>该件为匿名举报，没有可提供的身份信息。</translation>
    </message>
    <message>
        <source>Your account has no key to receive an identity; ask the administrator to reset your password.</source>
        <translation>您的账户没有接收身份信息的密钥，请管理员重置您的密码。</translation>
    </message>
    <message>
        <source>The request could not be saved: %1</source>
        <translation>无法保存申请：%1</translation>
    </message>
    <message>
        <source>The requests could not be read: %1</source>
        <translation>无法读取申请：%1</translation>
    </message>
    <message>
        <source>There is no release request %1.</source>
        <translation>没有编号为 %1 的身份信息申请。</translation>
    </message>
    <message>
        <source>Only a custodian decides on releasing an identity.</source>
        <translation>只有保管人可以决定是否提供身份信息。</translation>
    </message>
    <message>
        <source>A custodian does not decide on their own request.</source>
        <translation>保管人不能审批自己的申请。</translation>
    </message>
    <message>
        <source>This request has been decided already.</source>
        <translation>该申请已经审批。</translation>
    </message>
    <message>
        <source>Give the requester a reason for the decision.</source>
        <translation>请向申请人说明审批理由。</translation>
    </message>
    <message>
        <source>The request could not be read.</source>
        <translation>无法读取该申请。</translation>
    </message>
    <message>
        <source>release to the requester of %1</source>
        <translation>向申请 %1 的申请人提供</translation>
    </message>
    <message>
        <source>The requester&apos;s account is disabled or has no key.</source>
        <translation>申请人的账户已停用或没有密钥。</translation>
    </message>
    <message>
        <source>The decision could not be saved: %1</source>
        <translation>无法保存审批结果：%1</translation>
    </message>
    <message>
        <source>An identity is released to its requester only.</source>
        <translation>身份信息只提供给申请人本人。</translation>
    </message>
    <message>
        <source>The custodian refused: %1</source>
        <translation>保管人不同意：%1</translation>
    </message>
    <message>
        <source>The custodian has not decided yet.</source>
        <translation>保管人尚未审批。</translation>
    </message>
    <message>
        <source>The release ran out at %1; ask again if you still need it.</source>
        <translation>查看期限已于 %1 届满；如仍需要，请重新申请。</translation>
    </message>
</context>
<context>
    <name>qf::IdentityVault</name>
    <message>
        <source>The encryption library could not start.</source>
        <translation>加密库无法启动。</translation>
    </message>
    <message>
        <source>The data key has the wrong length (%1 bytes instead of %2).</source>
        <translation>数据密钥长度不对（%1 字节，应为 %2 字节）。</translation>
    </message>
    <message>
        <source>A protected field is damaged or in an unknown format.</source>
        <translation>某个受保护字段已损坏或格式未知。</translation>
    </message>
    <message>
        <source>A protected field cannot be opened with this key (wrong key or tampered data).</source>
        <translation>无法用此密钥打开受保护字段（密钥错误或数据被篡改）。</translation>
    </message>
    <message>
        <source>The office&apos;s sealing key is damaged.</source>
        <translation>本单位的加密公钥已损坏。</translation>
    </message>
    <message>
        <source>Your role may not see identities.</source>
        <translation>您的角色无权查看身份信息。</translation>
    </message>
</context>
<context>
    <name>qf::ImportDialog</name>
    <message>
        <source>Import online reports</source>
        <translation>导入网络举报件</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Online platform export (*.jsonl *.json *.csv);;All files (*)</source>
        <translation>网络举报平台导出文件 (*.jsonl *.json *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Importing %1 records…</source>
        <translation>正在导入 %1 条记录…</translation>
    </message>
    <message>
        <source>Stopped by you; the reports imported so far are kept.</source>
        <translation>已按您的操作停止；已导入的举报件予以保留。</translation>
    </message>
    <message>
        <source>Imported %1 of %2 records…</source>
        <translation>已导入 %1 条，共 %2 条记录…</translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation>已导入：%1</translation>
    </message>
    <message>
        <source>Already present: %1</source>
        <translation>已存在：%1</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>已拒绝：%1</translation>
    </message>
    <message>
        <source>  line %1: %2</source>
        <translation>  第 %1 行：%2</translation>
    </message>
    <message>
        <source>Marked for correction: %1</source>
        <translation>标记待更正：%1</translation>
    </message>
    <message>
        <source>  line %1 (%2): %3</source>
        <translation>  第 %1 行（%2）：%3</translation>
    </message>
    <message>
        <source>Possible repeats: %1</source>
        <translation>可能重复：%1</translation>
    </message>
    <message>
        <source>  line %1 (%2) may repeat %3</source>
        <translation>  第 %1 行（%2）可能与 %3 重复</translation>
    </message>
    <message>
        <source>Every record was imported.</source>
        <translation>全部记录均已导入。</translation>
    </message>
    <message>
        <source>Some records were rejected; see the lines below.</source>
        <translation>部分记录被拒绝，详见下方各行。</translation>
    </message>
    <message>
        <source>&amp;Export the lines…</source>
        <translation>导出问题行(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Print the lines…</source>
        <translation>打印问题行(&amp;P)…</translation>
    </message>
    <message>
        <source>The rejected lines, the lines marked for correction and the possible repeats</source>
        <translation>被拒绝的行、需校正的行和可能重复的行</translation>
    </message>
    <message>
        <source>import-lines</source>
        <translation>导入问题行</translation>
    </message>
    <message>
        <source>Import: lines that need attention</source>
        <translation>导入：需要处理的行</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>文件：%1</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>What</source>
        <translation>情况</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Marked for correction</source>
        <translation>需校正</translation>
    </message>
    <message>
        <source>Possible repeat</source>
        <translation>可能重复</translation>
    </message>
</context>
<context>
    <name>qf::ImportJob</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is larger than 1 GB; split the export into smaller files.</source>
        <translation>%1 大于 1 GB，请将导出内容拆分为较小的文件。</translation>
    </message>
    <message>
        <source>%1 is not a text file of reports: it holds binary data (line %2); nothing was imported.</source>
        <translation>%1 不是举报件文本文件：其中含有二进制数据（第 %2 行）；未导入任何内容。</translation>
    </message>
    <message>
        <source>not valid JSON: the line ends early (%1)</source>
        <translation>不是有效的 JSON：该行提前结束（%1）</translation>
    </message>
    <message>
        <source>not valid JSON: %1 at character %2</source>
        <translation>不是有效的 JSON：%1（第 %2 个字符处）</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>不是 JSON 对象</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text (line %1); nothing was imported.</source>
        <translation>该文件不是 UTF-8 文本（第 %1 行）；未导入任何内容。</translation>
    </message>
    <message>
        <source>The first line of a CSV file must name the columns; %1 missing. Nothing was imported.</source>
        <translation>CSV 文件的第一行必须为列名；缺少 %1。未导入任何内容。</translation>
    </message>
    <message>
        <source>%1 fields where the header names %2</source>
        <translation>有 %1 个字段，而表头列出 %2 个</translation>
    </message>
    <message>
        <source>Cannot read the categories: %1</source>
        <translation>无法读取类别：%1</translation>
    </message>
    <message>
        <source>Cannot read the reports: %1</source>
        <translation>无法读取信访件：%1</translation>
    </message>
    <message>
        <source>category &apos;%1&apos; is not in the taxonomy</source>
        <translation>类别“%1”不在分类体系中</translation>
    </message>
    <message>
        <source>Line %1 could not be registered: %2</source>
        <translation>第 %1 行无法登记：%2</translation>
    </message>
    <message>
        <source>%1 looks like UTF-16 text but is not valid UTF-16; save it as UTF-8. Nothing was imported.</source>
        <translation>%1 看起来是 UTF-16 文本，但不是有效的 UTF-16，请另存为 UTF-8。未导入任何内容。</translation>
    </message>
    <message>
        <source>%1; lines %2 to %3 are read again as rows of their own</source>
        <translation>%1；第 %2 至 %3 行已重新作为单独的行读取</translation>
    </message>
    <message>
        <source>import reports</source>
        <translation>导入信访件</translation>
    </message>
    <message>
        <source>%1 is this workstation&apos;s database, not an export of online reports. Nothing was imported.</source>
        <translation>%1 是本机的数据库文件，不是网上举报的导出文件。未导入任何内容。</translation>
    </message>
</context>
<context>
    <name>qf::ImportRecord</name>
    <message>
        <source>the required key %1 is missing</source>
        <translation>缺少必填字段 %1</translation>
    </message>
    <message>
        <source>%1 must be text</source>
        <translation>%1 必须是文本</translation>
    </message>
    <message>
        <source>source_id is empty</source>
        <translation>source_id 为空</translation>
    </message>
    <message>
        <source>content is empty</source>
        <translation>content 为空</translation>
    </message>
    <message>
        <source>%1 is not text</source>
        <translation>%1 不是文本</translation>
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
        <translation>reporter_phone 不是有效的电话号码</translation>
    </message>
    <message>
        <source>the report is not anonymous but names no reporter</source>
        <translation>该件不是匿名举报，但未写明举报人</translation>
    </message>
    <message>
        <source>subject_unit or subject_rank is given without subject_name</source>
        <translation>填写了 subject_unit 或 subject_rank，但缺少 subject_name</translation>
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
        <translation>通话</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>来访</translation>
    </message>
    <message>
        <source>Hotline call</source>
        <translation>热线来电</translation>
    </message>
    <message>
        <source>Number withheld</source>
        <translation>未显示号码</translation>
    </message>
    <message>
        <source>First call from this number.</source>
        <translation>该号码首次来电。</translation>
    </message>
    <message>
        <source>Earlier: %1 calls, %2 visits, %3 reports.</source>
        <translation>此前：来电 %1 次，来访 %2 次，举报 %3 件。</translation>
    </message>
    <message>
        <source>Repeat caller: a matter of theirs is still open.</source>
        <translation>重复来电：其反映事项尚未办结。</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>What</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>何事</translation>
    </message>
    <message>
        <source>(restricted)</source>
        <translation>（限阅）</translation>
    </message>
    <message>
        <source>Ringing…</source>
        <translation>振铃中…</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>保持</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>静音</translation>
    </message>
    <message>
        <source>Register a phone report…</source>
        <translation>登记电话举报…</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>恢复通话</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>通话保持中</translation>
    </message>
    <message>
        <source>In call</source>
        <translation>通话中</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>取消静音</translation>
    </message>
    <message>
        <source>Call ended: %1</source>
        <translation>通话结束：%1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Answer (F12)</source>
        <translation>接听（F12）</translation>
    </message>
    <message>
        <source>Decline (Shift+F12)</source>
        <translation>拒接 (Shift+F12)</translation>
    </message>
    <message>
        <source>Hang up (Shift+F12)</source>
        <translation>挂断 (Shift+F12)</translation>
    </message>
</context>
<context>
    <name>qf::InputCheck</name>
    <message>
        <source>a control character (%1) at character %2</source>
        <translation>第 %2 个字符处的控制字符（%1）</translation>
    </message>
    <message>
        <source>a broken character (half of a UTF-16 surrogate pair, %1, not valid Unicode) at character %2</source>
        <translation>第 %2 个字符处的残缺字符（半个 UTF-16 代理对 %1，不是有效的 Unicode）</translation>
    </message>
    <message>
        <source>a non-character (%1) at character %2</source>
        <translation>第 %2 个字符处的非字符码位（%1）</translation>
    </message>
    <message>
        <source>a text-direction override (%1), which makes the text read differently from what it holds, at character %2</source>
        <translation>第 %2 个字符处的文字方向控制符（%1），它会使文字显示得与实际内容不同</translation>
    </message>
    <message>
        <source>a line break or tab at character %1 in a value that must be one line</source>
        <translation>第 %1 个字符处的换行符或制表符（此项只能为单行）</translation>
    </message>
    <message>
        <source>%1: %2 is not allowed.</source>
        <translation>%1：不允许含有%2。</translation>
    </message>
    <message numerus="yes">
        <source>… (%n characters in all)</source>
        <translation>
            <numerusform>…（共 %n 个字符）</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ISO 8601 date and time (e.g. 2026-07-01T09:30:00+08:00)</source>
        <translation>“%1”不是 ISO 8601 日期时间（例如 2026-07-01T09:30:00+08:00）</translation>
    </message>
    <message>
        <source>%1 is not a date of the calendar</source>
        <translation>%1 不是日历上的日期</translation>
    </message>
    <message>
        <source>%1 is not a time of day (hours 00 to 23, minutes and seconds 00 to 59)</source>
        <translation>%1 不是一天中的时刻（小时为 00 至 23，分钟和秒为 00 至 59）</translation>
    </message>
    <message>
        <source>%1 is not a time-zone offset (they run from -14:00 to +14:00)</source>
        <translation>%1 不是时区偏移（范围为 -14:00 至 +14:00）</translation>
    </message>
    <message>
        <source>The time of receipt %1 lies before %2; it cannot be right.</source>
        <translation>收件时间 %1 早于 %2 年，不可能正确。</translation>
    </message>
    <message>
        <source>The time of receipt %1 lies in the future (more than a day after now); check the date.</source>
        <translation>收件时间 %1 在将来（比现在晚一天以上），请检查日期。</translation>
    </message>
</context>
<context>
    <name>qf::IntakeDialog</name>
    <message>
        <source>Register a report</source>
        <translation>登记信访举报</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>&amp;Channel</source>
        <translation>来源渠道(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Document number</source>
        <translation>文号(&amp;D)</translation>
    </message>
    <message>
        <source>Ca&amp;tegory</source>
        <translation>问题类别(&amp;T)</translation>
    </message>
    <message>
        <source>Re&amp;gion</source>
        <translation>地区(&amp;G)</translation>
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
        <translation>何时</translation>
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
        <translation>何处理</translation>
    </message>
    <message>
        <source>Co&amp;ntent</source>
        <translation>内容(&amp;N)</translation>
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
        <translation>单位</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>职级</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Own principal leader</source>
        <translation>本单位主要负责人</translation>
    </message>
    <message>
        <source>&amp;Add person</source>
        <translation>添加人员(&amp;A)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>举报人</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>The identity is encrypted when saved and shown only to entitled roles.</source>
        <translation>身份信息保存时加密，仅向有权限的角色显示。</translation>
    </message>
    <message>
        <source>Scanned pages and files</source>
        <translation>扫描页和文件</translation>
    </message>
    <message>
        <source>Drop PDF, JPEG or PNG files anywhere on this window, or choose them.</source>
        <translation>将 PDF、JPEG 或 PNG 文件拖放到本窗口任意位置，或点击选择文件。</translation>
    </message>
    <message>
        <source>Choose &amp;files…</source>
        <translation>选择文件(&amp;F)…</translation>
    </message>
    <message>
        <source>Attach scans</source>
        <translation>添加扫描件</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.jpg *.jpeg *.png)</source>
        <translation>扫描件 (*.pdf *.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>登记(&amp;R)</translation>
    </message>
    <message>
        <source>Earlier report</source>
        <translation>此前的信访件</translation>
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
        <translation>决定</translation>
    </message>
    <message>
        <source>It brings new facts</source>
        <translation>含有新事实</translation>
    </message>
    <message>
        <source>&amp;Confirm: it repeats this report</source>
        <translation>确认：与此件重复(&amp;C)</translation>
    </message>
    <message>
        <source>Not a &amp;repeat</source>
        <translation>不是重复件(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Open the report</source>
        <translation>打开此件(&amp;O)</translation>
    </message>
    <message>
        <source>Register &amp;another</source>
        <translation>继续登记(&amp;A)</translation>
    </message>
    <message>
        <source>The office&apos;s own principal leader: the report goes to the higher office and is restricted.</source>
        <translation>本单位主要负责人：此件将报送上级单位，并限制查阅。</translation>
    </message>
    <message>
        <source>Scanned pages of the letter</source>
        <translation>来信扫描页</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Only PDF, JPEG and PNG files can be attached; not taken: %1</source>
        <translation>只能添加 PDF、JPEG 和 PNG 文件；未添加：%1</translation>
    </message>
    <message>
        <source>This report is already registered as %1.</source>
        <translation>此件已登记，登记编号为 %1。</translation>
    </message>
    <message>
        <source>Registered. Registration number:</source>
        <translation>已登记。登记编号：</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) attached.</source>
        <translation>
            <numerusform>已添加 %n 个文件。</numerusform>
        </translation>
    </message>
    <message>
        <source>This report may repeat an earlier one. Choose the report and confirm, or say it is not a repeat.</source>
        <translation>此件可能与此前某件重复。请选择该件并确认，或确认不是重复件。</translation>
    </message>
    <message>
        <source>No earlier report looks like a repeat of this one.</source>
        <translation>未发现与此件重复的此前信访件。</translation>
    </message>
    <message>
        <source>Choose the earlier report first.</source>
        <translation>请先选择此前的信访件。</translation>
    </message>
    <message>
        <source>repeat with new facts</source>
        <translation>重复件，含新事实</translation>
    </message>
    <message>
        <source>repeat, kept on file</source>
        <translation>重复件，存档备查</translation>
    </message>
    <message>
        <source>not a repeat</source>
        <translation>非重复件</translation>
    </message>
    <message>
        <source>Follow-up code for the reporter:</source>
        <translation>反映人查询码：</translation>
    </message>
    <message>
        <source>Tell it to the reporter or write it into the acceptance letter now: it is shown only this once. With it the reporter can follow the stage of the report.</source>
        <translation>请现在告知反映人或写入受理告知书：查询码仅显示这一次。反映人凭查询码可查看办理进度。</translation>
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
        <translation>实名(&amp;L)</translation>
    </message>
    <message>
        <source>The pages taken cannot be kept: %1</source>
        <translation>拍摄的页面无法保存：%1</translation>
    </message>
    <message numerus="yes">
        <source>Reading the %n page(s) taken…</source>
        <translation>
            <numerusform>正在识别拍摄的 %n 页…</numerusform>
        </translation>
    </message>
    <message>
        <source>Document ca&amp;mera…</source>
        <translation>高拍仪拍摄(&amp;M)…</translation>
    </message>
</context>
<context>
    <name>qf::IssuedDocuments</name>
    <message>
        <source>Cannot read the issued documents: %1</source>
        <translation>无法读取已制发文书：%1</translation>
    </message>
    <message>
        <source>The document number %1 was given to another document meanwhile; please print the document again (it will carry %2).</source>
        <translation>文号%1已被其他文书使用，请重新打印（新文号为%2）。</translation>
    </message>
</context>
<context>
    <name>qf::JurisdictionPage</name>
    <message>
        <source>Office</source>
        <translation>承办机关</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Ranks</source>
        <translation>职级</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>(any)</source>
        <translation>（不限）</translation>
    </message>
    <message>
        <source>New jurisdiction rule</source>
        <translation>新建管辖规则</translation>
    </message>
    <message>
        <source>Change the jurisdiction rule</source>
        <translation>修改管辖规则</translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation>承办机关(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>单位(&amp;U)：</translation>
    </message>
    <message>
        <source>empty: any unit</source>
        <translation>留空表示不限单位</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>地区(&amp;G)：</translation>
    </message>
    <message>
        <source>empty: any region</source>
        <translation>留空表示不限地区</translation>
    </message>
    <message>
        <source>&amp;Ranks:</source>
        <translation>职级(&amp;R)：</translation>
    </message>
    <message>
        <source>comma-separated, e.g. 科级, 股级; empty: any rank</source>
        <translation>以逗号分隔，例如 科级, 股级；留空表示不限职级</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>The office is proposed for reports whose reported person matches every criterion given.</source>
        <translation>被反映人符合所填全部条件的信访件，将建议分送该承办机关。</translation>
    </message>
</context>
<context>
    <name>qf::KeychainKeyProvider</name>
    <message>
        <source>No system keychain is available (on Linux: a Secret Service such as GNOME Keyring or KWallet, unlocked, on the session bus). Qingfeng keeps identities only encrypted with a key held there and will not write them without it. Details: %1</source>
        <translation>没有可用的系统密钥库（Linux 上需要会话总线上已解锁的 Secret Service，如 GNOME Keyring 或 KWallet）。清风只以保存在密钥库中的密钥加密存放身份信息，没有密钥库就不会写入身份信息。详细信息：%1</translation>
    </message>
    <message>
        <source>The system keychain refused access to Qingfeng&apos;s key (%1). Unlock the keychain and try again.</source>
        <translation>系统密钥库拒绝访问清风的密钥（%1）。请解锁密钥库后重试。</translation>
    </message>
    <message>
        <source>The system keychain reported an error: %1</source>
        <translation>系统密钥库报告错误：%1</translation>
    </message>
</context>
<context>
    <name>qf::KnownKeyProvider</name>
    <message>
        <source>Keys cannot be changed from this thread.</source>
        <translation>不能在此线程中更改密钥。</translation>
    </message>
</context>
<context>
    <name>qf::LineSettingsDialog</name>
    <message>
        <source>Hotline line</source>
        <translation>热线线路</translation>
    </message>
    <message>
        <source>empty: answer direct calls only</source>
        <translation>留空：只接听直连来电</translation>
    </message>
    <message>
        <source>empty: the registrar itself</source>
        <translation>留空：即注册服务器</translation>
    </message>
    <message>
        <source>kept in the system keychain</source>
        <translation>保存在系统钥匙串中</translation>
    </message>
    <message>
        <source>unchanged (kept in the system keychain)</source>
        <translation>不变（保存在系统钥匙串中）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Announcement</source>
        <translation>录音提示音</translation>
    </message>
    <message>
        <source>WAV sound (*.wav)</source>
        <translation>WAV 音频 (*.wav)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>No headset or sound card on this workstation</source>
        <translation>本工作站没有耳麦或声卡</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>线路</translation>
    </message>
    <message>
        <source>SIP account</source>
        <translation>SIP 账号</translation>
    </message>
    <message>
        <source>Registrar (domain)</source>
        <translation>注册服务器（域）</translation>
    </message>
    <message>
        <source>Outbound proxy</source>
        <translation>出站代理</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>传输方式</translation>
    </message>
    <message>
        <source>Local port</source>
        <translation>本地端口</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Recorded announcement</source>
        <translation>录音提示</translation>
    </message>
    <message>
        <source>Missed after ringing</source>
        <translation>振铃超过即为未接</translation>
    </message>
    <message>
        <source>Record calls</source>
        <translation>通话录音</translation>
    </message>
    <message>
        <source>Record calls (required by the office; set by the administrator)</source>
        <translation>通话录音（本单位要求录音，由管理员设定）</translation>
    </message>
</context>
<context>
    <name>qf::LinphoneLine</name>
    <message>
        <source>The phone line has no folder to work in.</source>
        <translation>电话线路没有工作目录。</translation>
    </message>
    <message>
        <source>The phone line cannot create its folder %1.</source>
        <translation>电话线路无法创建目录 %1。</translation>
    </message>
    <message>
        <source>The announcement %1 does not exist.</source>
        <translation>提示音文件 %1 不存在。</translation>
    </message>
    <message>
        <source>The phone line could not be started (liblinphone).</source>
        <translation>电话线路无法启动（liblinphone）。</translation>
    </message>
    <message>
        <source>The phone line cannot listen on port %1.</source>
        <translation>电话线路无法在端口 %1 上监听。</translation>
    </message>
    <message>
        <source>The SIP account %1 is not a valid address.</source>
        <translation>SIP 账号 %1 不是有效地址。</translation>
    </message>
    <message>
        <source>The SIP account %1 could not be set up.</source>
        <translation>无法设置 SIP 账号 %1。</translation>
    </message>
    <message>
        <source>There is no call ringing to answer.</source>
        <translation>没有正在振铃的来电可接听。</translation>
    </message>
    <message>
        <source>The call could not be answered: the caller may have hung up.</source>
        <translation>无法接听：来电方可能已挂断。</translation>
    </message>
    <message>
        <source>There is no call ringing to decline.</source>
        <translation>没有正在振铃的来电可拒接。</translation>
    </message>
    <message>
        <source>There is no call to hang up.</source>
        <translation>没有可挂断的通话。</translation>
    </message>
    <message>
        <source>There is no call in progress.</source>
        <translation>没有进行中的通话。</translation>
    </message>
    <message>
        <source>The call could not be put on hold.</source>
        <translation>无法保持该通话。</translation>
    </message>
    <message>
        <source>The call could not be resumed.</source>
        <translation>无法恢复该通话。</translation>
    </message>
    <message>
        <source>The phone line is not open.</source>
        <translation>电话线路未接通。</translation>
    </message>
    <message>
        <source>There is no number to call.</source>
        <translation>没有可拨打的号码。</translation>
    </message>
    <message>
        <source>%1 is not a number that can be called.</source>
        <translation>%1 不是可拨打的号码。</translation>
    </message>
    <message>
        <source>The call to %1 could not be placed.</source>
        <translation>无法拨打 %1。</translation>
    </message>
    <message>
        <source>The phone line&apos;s SIP module (libqingfeng_sip.so) could not be loaded%1. Reinstall Qingfeng.</source>
        <translation>无法加载电话线路的 SIP 模块（libqingfeng_sip.so）%1。请重新安装清风。</translation>
    </message>
</context>
<context>
    <name>qf::ListActions</name>
    <message>
        <source>Export the list</source>
        <translation>导出列表</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
    <message>
        <source>Preview closed, nothing printed.</source>
        <translation>预览已关闭，未打印。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) copied</source>
        <translation>
            <numerusform>已复制 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy the selected rows</source>
        <translation>复制所选行</translation>
    </message>
    <message>
        <source>Export the list…</source>
        <translation>导出列表…</translation>
    </message>
    <message>
        <source>Print the list…</source>
        <translation>打印列表…</translation>
    </message>
</context>
<context>
    <name>qf::MainWindow</name>
    <message>
        <source>Qingfeng</source>
        <translation>清风信访举报工作台</translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation>工作区</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Go to the &amp;side bar</source>
        <translation>转到侧边栏(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Qingfeng</source>
        <translation>关于清风(&amp;A)</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1（Ctrl+%2）</translation>
    </message>
    <message>
        <source>Demonstration data</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <source>The demonstration data could not be created completely: %1</source>
        <translation>演示数据未能全部生成：%1</translation>
    </message>
    <message>
        <source>About Qingfeng</source>
        <translation>关于清风</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Qingfeng %1&lt;/h3&gt;&lt;p&gt;Workstation for the petition and report offices of discipline-inspection bodies: visitor check-in, case handling, review meetings.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;清风 %1&lt;/h3&gt;&lt;p&gt;纪检监察机关信访举报工作台：来访登记、案件办理、集体研判。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Import online reports…</source>
        <translation>导入网络举报(&amp;I)…</translation>
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
        <translation>冲突和被拒绝的变更(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Reference tables…</source>
        <translation>基础表(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation>审计日志(&amp;A)…</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Qingfeng is locked&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;清风已锁定&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <source>S&amp;witch user…</source>
        <translation>切换用户(&amp;W)…</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2). Enter the password to go on.</source>
        <translation>当前登录：%1（%2）。请输入密码继续。</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>锁定(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Users and roles…</source>
        <translation>用户与角色(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Identity release requests…</source>
        <translation>身份信息申请(&amp;I)…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>使用说明(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
</context>
<context>
    <name>qf::MeetingStore</name>
    <message>
        <source>Case management</source>
        <translation>案件监督管理室</translation>
    </message>
    <message>
        <source>Trial</source>
        <translation>案件审理室</translation>
    </message>
    <message>
        <source>Inspection tours</source>
        <translation>巡察机构</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>组织部门</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>审计部门</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>信访室</translation>
    </message>
    <message>
        <source>A meeting needs the date it is held on.</source>
        <translation>研判会须填写召开日期。</translation>
    </message>
    <message>
        <source>The meeting could not be read: %1</source>
        <translation>无法读取研判会：%1</translation>
    </message>
    <message>
        <source>There is no meeting %1.</source>
        <translation>没有研判会 %1。</translation>
    </message>
    <message>
        <source>The participants could not be read: %1</source>
        <translation>无法读取参会人员：%1</translation>
    </message>
    <message>
        <source>The agenda could not be read: %1</source>
        <translation>无法读取议程：%1</translation>
    </message>
    <message>
        <source>The meetings could not be read: %1</source>
        <translation>无法读取研判会列表：%1</translation>
    </message>
    <message>
        <source>A participant needs a name.</source>
        <translation>参会人员须填写姓名。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a department of the review meeting.</source>
        <translation>“%1”不是研判会的参会部门。</translation>
    </message>
    <message>
        <source>This case is already on the agenda.</source>
        <translation>此件已列入议程。</translation>
    </message>
    <message>
        <source>This item is not on the agenda.</source>
        <translation>此件不在议程中。</translation>
    </message>
    <message>
        <source>Choose a decision.</source>
        <translation>请选择研判决定。</translation>
    </message>
    <message>
        <source>This case has already been decided at this meeting.</source>
        <translation>此件已在本次研判会上作出决定。</translation>
    </message>
    <message>
        <source>A dispatch needs the office the case goes to.</source>
        <translation>分送须指定承办室。</translation>
    </message>
    <message>
        <source>Only a dispatched case can be sent back; this one is %1.</source>
        <translation>只有已分送的件才能退回；此件当前为“%1”。</translation>
    </message>
    <message>
        <source>Sent back by the review meeting.</source>
        <translation>由研判会退回。</translation>
    </message>
    <message>
        <source>The minutes could not be read: %1</source>
        <translation>无法读取纪要：%1</translation>
    </message>
    <message>
        <source>This meeting has no minutes yet.</source>
        <translation>本次研判会尚无纪要。</translation>
    </message>
    <message>
        <source>There are no such minutes.</source>
        <translation>没有该纪要。</translation>
    </message>
    <message>
        <source>These minutes were confirmed on %1 and can no longer be changed. Make an amendment instead: it is kept as a new record linked to them.</source>
        <translation>该纪要已于 %1 确认，不能再修改。请改为修订：修订内容将作为与原纪要关联的新记录保存。</translation>
    </message>
    <message>
        <source>These minutes are already confirmed.</source>
        <translation>该纪要已确认。</translation>
    </message>
    <message>
        <source>Only the chair of the meeting, a supervisor or an administrator can confirm minutes.</source>
        <translation>只有研判会主持人、案管督办人员或系统管理员可以确认纪要。</translation>
    </message>
    <message>
        <source>The minutes are empty.</source>
        <translation>纪要内容为空。</translation>
    </message>
    <message>
        <source>A draft is edited directly; only confirmed minutes are amended.</source>
        <translation>草稿可直接编辑；只有已确认的纪要才需修订。</translation>
    </message>
    <message>
        <source>These minutes have already been amended; amend the newest version.</source>
        <translation>该纪要已修订过，请修订最新版本。</translation>
    </message>
    <message>
        <source>confirm minutes</source>
        <translation>确认纪要</translation>
    </message>
    <message>
        <source>Cannot read the meeting&apos;s decisions: %1</source>
        <translation>无法读取会议的研判决定：%1</translation>
    </message>
    <message>
        <source>The meeting&apos;s number must be between 1 and 999.</source>
        <translation>会议次数须在1至999之间。</translation>
    </message>
    <message>
        <source>The case could not be read: %1</source>
        <translation>无法读取该件：%1</translation>
    </message>
    <message>
        <source>Closing a case with no action needs the reasons: write them under Reasons first.</source>
        <translation>“予以了结”须写明理由：请先在“理由”栏填写。</translation>
    </message>
    <message>
        <source>Sending a case back needs the reasons: write them under Reasons first.</source>
        <translation>“退回”须写明理由：请先在“理由”栏填写。</translation>
    </message>
    <message>
        <source>undo a meeting decision</source>
        <translation>撤销研判会决定</translation>
    </message>
    <message>
        <source>This case has not been decided at this meeting.</source>
        <translation>本次会议尚未对此件作出决定。</translation>
    </message>
    <message>
        <source>The minutes of this meeting are confirmed: its decisions can no longer be undone.</source>
        <translation>本次会议纪要已确认，其决定不能再撤销。</translation>
    </message>
    <message>
        <source>The decision could not be read: %1</source>
        <translation>无法读取该决定：%1</translation>
    </message>
    <message>
        <source>This decision was recorded before decisions could be undone; change the case in its editor instead.</source>
        <translation>此决定记录于可撤销功能启用之前，请在案件编辑中修改。</translation>
    </message>
    <message>
        <source>The case has changed since the decision; change it in its editor instead.</source>
        <translation>作出决定后此件已有变动，请在案件编辑中修改。</translation>
    </message>
</context>
<context>
    <name>qf::MeetingWorkspace</name>
    <message>
        <source>Meeting</source>
        <translation>研判会</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>纪要</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>Meeting:</source>
        <translation>研判会：</translation>
    </message>
    <message>
        <source>&amp;New meeting</source>
        <translation>新建研判会(&amp;N)</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>地点：</translation>
    </message>
    <message>
        <source>Show reporter&apos;s identity (audited)</source>
        <translation>显示举报人身份（留痕审计）</translation>
    </message>
    <message>
        <source>Show on &amp;projector</source>
        <translation>在投影屏幕上显示(&amp;P)</translation>
    </message>
    <message>
        <source>Projector:</source>
        <translation>投影屏幕：</translation>
    </message>
    <message>
        <source>Open or create a meeting first.</source>
        <translation>请先打开或新建研判会。</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) added to the agenda.</source>
        <translation>
            <numerusform>已将 %n 件列入议程。</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a case first.</source>
        <translation>请先选择信访件。</translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation>第 %1 件，共 %2 件：%3</translation>
    </message>
    <message>
        <source>Unit / rank: %1 / %2</source>
        <translation>单位 / 职级：%1 / %2</translation>
    </message>
    <message>
        <source>Category: %1 · class %2 (%3/%4/%5) · %6</source>
        <translation>类别：%1 · %2类（%3/%4/%5） · %6</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Decision: %1</source>
        <translation>决定：%1</translation>
    </message>
    <message>
        <source>Only the chair, a supervisor or an administrator may see the reporter&apos;s identity.</source>
        <translation>只有研判会主持人、案管督办人员或系统管理员可以查看举报人身份。</translation>
    </message>
    <message>
        <source>Anonymous report.</source>
        <translation>匿名举报。</translation>
    </message>
    <message>
        <source>Review meeting</source>
        <translation>研判会</translation>
    </message>
    <message>
        <source>(not numbered)</source>
        <translation>（不编号）</translation>
    </message>
    <message>
        <source>The meeting&apos;s number in its year, printed in the minutes</source>
        <translation>本年度第几次会议，印在纪要上</translation>
    </message>
    <message>
        <source>Number, place, chair and recorder as the minutes print them</source>
        <translation>纪要上的会议次数、地点、主持人和记录人</translation>
    </message>
    <message>
        <source>Number in the year:</source>
        <translation>本年第几次：</translation>
    </message>
    <message>
        <source>Chair:</source>
        <translation>主持人：</translation>
    </message>
    <message>
        <source>Recorder:</source>
        <translation>记录人：</translation>
    </message>
    <message>
        <source>The heading of the minutes is saved.</source>
        <translation>纪要抬头已保存。</translation>
    </message>
    <message>
        <source>%1: %2 (Ctrl+Z undoes it until the minutes are confirmed)</source>
        <translation>%1：%2（纪要确认前可按 Ctrl+Z 撤销）</translation>
    </message>
    <message>
        <source>“%1” needs the reasons: write them under Reasons, then decide again.</source>
        <translation>“%1”须写明理由：请在“理由”栏填写后再作决定。</translation>
    </message>
    <message>
        <source>Record “%1” for %2?</source>
        <translation>确定对 %2 作出“%1”决定吗？</translation>
    </message>
    <message>
        <source>Dispatch %1 to %2?</source>
        <translation>确定将 %1 分送 %2 吗？</translation>
    </message>
    <message>
        <source>Confirm the decision</source>
        <translation>确认决定</translation>
    </message>
    <message>
        <source>Not recorded.</source>
        <translation>未记录。</translation>
    </message>
    <message>
        <source>Open a meeting first.</source>
        <translation>请先打开一次会议。</translation>
    </message>
    <message>
        <source>There is no decision to undo.</source>
        <translation>没有可撤销的决定。</translation>
    </message>
    <message>
        <source>%1: the decision “%2” was undone.</source>
        <translation>%1：已撤销“%2”决定。</translation>
    </message>
    <message>
        <source>Save the hea&amp;ding</source>
        <translation>保存纪要抬头(&amp;J)</translation>
    </message>
    <message>
        <source>Agenda of the review meeting, %1, %2</source>
        <translation>研判会议程（%1，%2）</translation>
    </message>
</context>
<context>
    <name>qf::MinutesDocument</name>
    <message>
        <source>Amendment %1</source>
        <translation>第 %1 次修订</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>地点：</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>研判决定：</translation>
    </message>
    <message>
        <source>Reasons:</source>
        <translation>理由：</translation>
    </message>
    <message>
        <source>Opinions:</source>
        <translation>意见：</translation>
    </message>
    <message>
        <source>Dissent:</source>
        <translation>不同意见：</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation>办理期限：%1</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>签名：</translation>
    </message>
    <message>
        <source>Chair:</source>
        <translation>主持人：</translation>
    </message>
    <message>
        <source>Confirmed by the chair.</source>
        <translation>已经主持人确认。</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>The minutes could not be written to %1.</source>
        <translation>无法将纪要写入 %1。</translation>
    </message>
    <message>
        <source>Attendees:</source>
        <translation>出席人员：</translation>
    </message>
    <message>
        <source>No item was decided at this meeting.</source>
        <translation>本次会议未研判决定任何事项。</translation>
    </message>
    <message numerus="yes">
        <source>%n more item(s) not reviewed, carried over to the next meeting.</source>
        <translation>
            <numerusform>另有 %n 件未研判，顺延下次。</numerusform>
        </translation>
    </message>
    <message>
        <source>Minutes of the collective review (集体研判纪要)</source>
        <translation>集体研判纪要</translation>
    </message>
    <message>
        <source>Meeting %1 of %2</source>
        <translation>%2年第%1次</translation>
    </message>
    <message>
        <source>Recorder:</source>
        <translation>记录人：</translation>
    </message>
    <message>
        <source>Sitting in:</source>
        <translation>列席人员：</translation>
    </message>
</context>
<context>
    <name>qf::MinutesPanel</name>
    <message>
        <source>&amp;Draft minutes</source>
        <translation>起草纪要(&amp;D)</translation>
    </message>
    <message>
        <source>C&amp;onfirm</source>
        <translation>确认(&amp;O)</translation>
    </message>
    <message>
        <source>A&amp;mend</source>
        <translation>修订(&amp;M)</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>另存为 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>The draft minutes were saved.</source>
        <translation>纪要草稿已保存。</translation>
    </message>
    <message>
        <source>The minutes are confirmed.</source>
        <translation>纪要已确认。</translation>
    </message>
    <message>
        <source>An amendment was started.</source>
        <translation>已开始修订。</translation>
    </message>
    <message>
        <source>Save the minutes</source>
        <translation>保存纪要</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>The minutes were saved as %1.</source>
        <translation>纪要已保存为 %1。</translation>
    </message>
    <message>
        <source>No minutes yet.</source>
        <translation>尚无纪要。</translation>
    </message>
    <message>
        <source>Version %1, confirmed. Confirmed minutes cannot be edited; amend them instead.</source>
        <translation>第 %1 版，已确认。已确认的纪要不能编辑，如需改动请修订。</translation>
    </message>
    <message>
        <source>Version %1, draft.</source>
        <translation>第 %1 版，草稿。</translation>
    </message>
    <message>
        <source>Open a meeting first.</source>
        <translation>请先打开研判会。</translation>
    </message>
    <message>
        <source>Draft the minutes first.</source>
        <translation>请先起草纪要。</translation>
    </message>
    <message>
        <source>Only the chair of the meeting, a supervisor or an administrator can confirm minutes.</source>
        <translation>只有研判会主持人、案管督办人员或系统管理员可以确认纪要。</translation>
    </message>
    <message>
        <source>There are no minutes to amend.</source>
        <translation>没有可修订的纪要。</translation>
    </message>
    <message>
        <source>Print previe&amp;w…</source>
        <translation>打印预览(&amp;W)…</translation>
    </message>
</context>
<context>
    <name>qf::MoveDialog</name>
    <message>
        <source>Move %1</source>
        <translation>%1 状态变更</translation>
    </message>
    <message>
        <source>Now: %1. Possible moves:</source>
        <translation>当前：%1。可进行的变更：</translation>
    </message>
    <message>
        <source>Not possible now</source>
        <translation>当前不可进行</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>No move is possible here now. Triage, evidence requests and dispatch have their own buttons in the report.</source>
        <translation>当前无可进行的状态变更。初筛、补证和分送请使用信访件中的相应按钮。</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>处置方式(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Substantiated</source>
        <translation>是否属实(&amp;S)</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>未说明</translation>
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
        <translation>执行变更(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Referred to</source>
        <translation>移交至(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Earlier report (number)</source>
        <translation>此前的信访件（登记编号）(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>理由(&amp;R)</translation>
    </message>
    <message>
        <source>Choose a move.</source>
        <translation>请选择一项变更。</translation>
    </message>
</context>
<context>
    <name>qf::OcrEngine</name>
    <message>
        <source>The text recognition (Tesseract with its simplified Chinese model) is not installed.</source>
        <translation>未安装文字识别组件（Tesseract 及其简体中文模型）。</translation>
    </message>
    <message>
        <source>The page is empty or could not be read.</source>
        <translation>该页为空或无法读取。</translation>
    </message>
    <message>
        <source>The text on the page could not be recognised.</source>
        <translation>无法识别该页上的文字。</translation>
    </message>
</context>
<context>
    <name>qf::OcrTextPanel</name>
    <message>
        <source>&lt;b&gt;Recognised te&amp;xt&lt;/b&gt;</source>
        <translation>&lt;b&gt;识别出的文字(&amp;X)&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Recognised text</source>
        <translation>识别出的文字</translation>
    </message>
    <message>
        <source>&amp;Use the correction as the content</source>
        <translation>采用校对后的文字作为来信内容(&amp;U)</translation>
    </message>
    <message>
        <source>Corrected by hand: this is the report&apos;s content. The recognition as it came out is kept in the letter&apos;s recognition file.</source>
        <translation>已人工校对：这是本件的内容。原始识别结果仍保存在来信的识别文件中。</translation>
    </message>
    <message>
        <source>As recognised; no character was unsure.</source>
        <translation>识别原文；没有把握不准的字。</translation>
    </message>
    <message numerus="yes">
        <source>As recognised; %n unsure character(s) are marked: check them against the page.</source>
        <translation>
            <numerusform>识别原文；已标出 %n 个把握不准的字：请对照原件核对。</numerusform>
        </translation>
    </message>
    <message>
        <source>Page %1: confidence %2 %</source>
        <translation>第 %1 页：置信度 %2%</translation>
    </message>
    <message>
        <source>, straightened by %1°</source>
        <translation>，已纠正倾斜 %1°</translation>
    </message>
    <message>
        <source>, turned upright by %1°</source>
        <translation>，已旋转 %1° 摆正</translation>
    </message>
    <message>
        <source>&amp;Add this text to the content</source>
        <translation>把这些文字加到内容末尾(&amp;A)</translation>
    </message>
</context>
<context>
    <name>qf::OverviewStats</name>
    <message>
        <source>Cannot count for the overview: %1</source>
        <translation>无法统计概览数据：%1</translation>
    </message>
</context>
<context>
    <name>qf::OverviewWorkspace</name>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>This workstation</source>
        <translation>本工作站</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>用户：</translation>
    </message>
    <message>
        <source>Office:</source>
        <translation>单位：</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>岗位：</translation>
    </message>
    <message>
        <source>Petitions and reports</source>
        <translation>信访举报</translation>
    </message>
    <message>
        <source>Registered today</source>
        <translation>今日登记</translation>
    </message>
    <message>
        <source>Registered this week</source>
        <translation>本周登记</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>在办</translation>
    </message>
    <message>
        <source>Visits today</source>
        <translation>今日来访</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Local database</source>
        <translation>本地数据库</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation>结构版本：</translation>
    </message>
    <message>
        <source>(no profile yet)</source>
        <translation>（尚未设置本机用户）</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>Updated at %1</source>
        <translation>更新于 %1</translation>
    </message>
</context>
<context>
    <name>qf::ParticipantsBox</name>
    <message>
        <source>Participants</source>
        <translation>参会人员</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Sits in</source>
        <translation>列席</translation>
    </message>
    <message>
        <source>Sits in on the meeting (列席) rather than attending it (出席)</source>
        <translation>列席会议（而非出席）</translation>
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
        <translation>人员信息至少需要姓名、身份证号码或电话号码之一。</translation>
    </message>
    <message>
        <source>The person lookup failed: %1</source>
        <translation>人员查询失败：%1</translation>
    </message>
    <message>
        <source>The person could not be read: %1</source>
        <translation>无法读取人员信息：%1</translation>
    </message>
    <message>
        <source>There is no person with the id %1.</source>
        <translation>没有编号为 %1 的人员。</translation>
    </message>
    <message>
        <source>There is no photo to store.</source>
        <translation>没有可保存的照片。</translation>
    </message>
    <message>
        <source>The name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>The ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <source>The phone number</source>
        <translation>电话号码</translation>
    </message>
    <message>
        <source>The address</source>
        <translation>住址</translation>
    </message>
    <message>
        <source>The card detail %1</source>
        <translation>证件信息 %1</translation>
    </message>
    <message>
        <source>see identities</source>
        <translation>查看身份信息</translation>
    </message>
    <message>
        <source>Your keys do not open identities; sign in again.</source>
        <translation>您的密钥无法打开身份信息，请重新登录。</translation>
    </message>
</context>
<context>
    <name>qf::PhoneLine</name>
    <message>
        <source>Line: off</source>
        <translation>线路：未接通</translation>
    </message>
    <message>
        <source>Line: registering…</source>
        <translation>线路：正在注册…</translation>
    </message>
    <message>
        <source>Line: registered</source>
        <translation>线路：已注册</translation>
    </message>
    <message>
        <source>Line: answering direct calls</source>
        <translation>线路：直连接听中</translation>
    </message>
    <message>
        <source>Line: not registered</source>
        <translation>线路：未注册</translation>
    </message>
    <message>
        <source>Line: not registered (%1)</source>
        <translation>线路：未注册（%1）</translation>
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
        <translation>无照片</translation>
    </message>
    <message>
        <source>No photo.</source>
        <translation>无照片。</translation>
    </message>
    <message>
        <source>No camera found.</source>
        <translation>未找到摄像头。</translation>
    </message>
    <message>
        <source>Camera: %1</source>
        <translation>摄像头：%1</translation>
    </message>
    <message>
        <source>Take the picture (F6)</source>
        <translation>拍照（F6）</translation>
    </message>
    <message>
        <source>Camera (F6)</source>
        <translation>摄像头（F6）</translation>
    </message>
    <message>
        <source>The card gave no photo.</source>
        <translation>证件中未读取到照片。</translation>
    </message>
    <message>
        <source>Photo from the ID card.</source>
        <translation>照片取自身份证。</translation>
    </message>
    <message>
        <source>the decoder gave no picture</source>
        <translation>解码库未输出图像</translation>
    </message>
    <message>
        <source>No photo decoder is installed.</source>
        <translation>未安装照片解码库。</translation>
    </message>
    <message>
        <source>Card photo not decoded, kept as read. F6: take one with the camera.</source>
        <translation>证件照片未解码，已按读取原样保存。按 F6 可用摄像头拍照。</translation>
    </message>
    <message>
        <source>Card photo not decoded, kept as read.</source>
        <translation>证件照片未解码，已按读取原样保存。</translation>
    </message>
    <message>
        <source>Photo on file.</source>
        <translation>已有照片。</translation>
    </message>
    <message>
        <source>Connect a camera and press F6 again, or register without a photo.</source>
        <translation>请连接摄像头后再按 F6，或不带照片登记。</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>正在启动摄像头…</translation>
    </message>
    <message>
        <source>Ask the visitor to look at the camera, then press F6.</source>
        <translation>请来访人看向摄像头，然后按 F6。</translation>
    </message>
    <message>
        <source>Taking the picture…</source>
        <translation>正在拍照…</translation>
    </message>
    <message>
        <source>The camera gave an empty picture; press F6 to try again.</source>
        <translation>摄像头返回空白图像；请按 F6 重试。</translation>
    </message>
    <message>
        <source>Photo taken with the camera.</source>
        <translation>已用摄像头拍照。</translation>
    </message>
</context>
<context>
    <name>qf::PresentationWindow</name>
    <message>
        <source>Review meeting — presentation</source>
        <translation>研判会 — 投屏展示</translation>
    </message>
    <message>
        <source>Reported unit / rank</source>
        <translation>被反映人单位 / 职级</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Triage</source>
        <translation>初筛</translation>
    </message>
    <message>
        <source>Proposed dispatch</source>
        <translation>建议分送</translation>
    </message>
    <message>
        <source>Review meeting</source>
        <translation>研判会</translation>
    </message>
    <message>
        <source>Screen %1: %2 (%3×%4)</source>
        <translation>屏幕 %1：%2（%3×%4）</translation>
    </message>
    <message>
        <source>Review meeting · case %1 of %2</source>
        <translation>研判会 · 第 %1 件，共 %2 件</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>not triaged</source>
        <translation>未初筛</translation>
    </message>
    <message>
        <source>class %1 · verifiability %2 · typicality %3 · timeliness %4</source>
        <translation>%1类 · 可查性 %2 · 典型性 %3 · 时效性 %4</translation>
    </message>
    <message>
        <source>no proposal</source>
        <translation>无建议</translation>
    </message>
</context>
<context>
    <name>qf::PrintTemplates</name>
    <message>
        <source>The print template &apos;%1&apos; could not be read: %2</source>
        <translation>无法读取打印模板“%1”：%2</translation>
    </message>
</context>
<context>
    <name>qf::PrivateFiles</name>
    <message>
        <source>Cannot create the folder %1: %2</source>
        <translation>无法创建文件夹 %1：%2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>无法创建 %1：%2</translation>
    </message>
</context>
<context>
    <name>qf::ProfileStatusBar</name>
    <message>
        <source>Local only — no sync server configured</source>
        <translation>仅本地，未配置同步服务器</translation>
    </message>
    <message>
        <source>No profile</source>
        <translation>未设置本机用户</translation>
    </message>
    <message>
        <source>Sync state — click for conflicts and refused changes</source>
        <translation>同步状态——点击查看冲突和被拒绝的变更</translation>
    </message>
    <message>
        <source>First sync: %1 records received</source>
        <translation>首次同步：已接收 %1 条记录</translation>
    </message>
    <message>
        <source>First sync: building the search index (%1 reports)</source>
        <translation>首次同步：正在建立搜索索引（%1 件）</translation>
    </message>
</context>
<context>
    <name>qf::ProfileStore</name>
    <message>
        <source>Please enter your name.</source>
        <translation>请输入您的姓名。</translation>
    </message>
    <message>
        <source>Could not save the profile: %1</source>
        <translation>无法保存本机用户信息：%1</translation>
    </message>
    <message>
        <source>Nobody is signed in.</source>
        <translation>尚无用户登录。</translation>
    </message>
    <message>
        <source>Cannot read the signed-in user: %1</source>
        <translation>无法读取当前登录用户：%1</translation>
    </message>
    <message>
        <source>The signed-in user does not exist in this database.</source>
        <translation>当前登录用户不在本数据库中。</translation>
    </message>
</context>
<context>
    <name>qf::QtCamera</name>
    <message>
        <source>The camera could not take the picture: %1</source>
        <translation>摄像头无法拍照：%1</translation>
    </message>
    <message>
        <source>No camera found.</source>
        <translation>未找到摄像头。</translation>
    </message>
    <message>
        <source>The camera does not work: %1</source>
        <translation>摄像头无法工作：%1</translation>
    </message>
    <message>
        <source>Start the camera first.</source>
        <translation>请先启动摄像头。</translation>
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
        <translation>复盘(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Open the case</source>
        <translation>打开此件(&amp;O)</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Handling office</source>
        <translation>承办室</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>承办人</translation>
    </message>
    <message>
        <source>Concluded</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>复盘期限</translation>
    </message>
    <message>
        <source>Awaiting review</source>
        <translation>待复盘</translation>
    </message>
    <message>
        <source>Re-check sample</source>
        <translation>回头看抽查</translation>
    </message>
    <message>
        <source>Substantiated</source>
        <translation>属实率</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>满意率</translation>
    </message>
    <message>
        <source>Reported again</source>
        <translation>重复举报率</translation>
    </message>
    <message>
        <source>Two low, one high</source>
        <translation>两低一高</translation>
    </message>
    <message>
        <source>Office quality</source>
        <translation>承办室办理质量</translation>
    </message>
    <message>
        <source>Repeat notice</source>
        <translation>重复举报通报</translation>
    </message>
    <message>
        <source>%1 (late)</source>
        <translation>%1（逾期）</translation>
    </message>
    <message numerus="yes">
        <source>%n concluded report(s) waiting for the closing review, %1 late (due within %2 days).</source>
        <translation>
            <numerusform>%n 件已办结信访件待复盘，其中 %1 件已逾期（应在办结后 %2 日内复盘）。</numerusform>
        </translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message numerus="yes">
        <source>%n office(s) with reports concluded in %1, %2 flagged &quot;two low, one high&quot; (low substantiation, low satisfaction, many reported again).</source>
        <translation>
            <numerusform>%1有办结件的承办室共 %n 个，其中 %2 个被标记为“两低一高”（属实率低、满意率低、重复举报率高）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Evidence requests: %1 report(s) asked, %2 needed a second request (%3).</source>
        <translation>补证：共对 %1 件发出补证通知，其中 %2 件需要二次补证（二次补证率 %3）。</translation>
    </message>
    <message>
        <source>Closing review</source>
        <translation>复盘</translation>
    </message>
    <message>
        <source>Review and re-check</source>
        <translation>复盘与回头看</translation>
    </message>
    <message>
        <source>The oldest %1 are listed.</source>
        <translation>下面列出最早的 %1 件。</translation>
    </message>
    <message>
        <source>review-queue</source>
        <translation>待审核</translation>
    </message>
    <message>
        <source>office-quality</source>
        <translation>各室办理质量</translation>
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
        <translation>排队叫号</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等候中</translation>
    </message>
    <message>
        <source>&amp;Room</source>
        <translation>接谈室(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;End conversation (F8)</source>
        <translation>结束接谈(&amp;E) (F8)</translation>
    </message>
    <message>
        <source>%1  arrived %2</source>
        <translation>%1  %2 到达</translation>
    </message>
    <message>
        <source>  (group of %1)</source>
        <translation>  （集体来访，%1 人）</translation>
    </message>
    <message>
        <source>In conversation: %1 in %2 since %3</source>
        <translation>正在接谈：%1（%2，%3 起）</translation>
    </message>
    <message>
        <source>Nobody in conversation.</source>
        <translation>当前无人接谈。</translation>
    </message>
    <message>
        <source>Issue ti&amp;cket (F2)</source>
        <translation>取号(&amp;C) (F2)</translation>
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
        <translation>当面反映的问题及谈话录音</translation>
    </message>
    <message>
        <source>the matter reported in person</source>
        <translation>当面反映的问题</translation>
    </message>
    <message>
        <source>receipt-%1</source>
        <translation>回执-%1</translation>
    </message>
</context>
<context>
    <name>qf::RecheckPanel</name>
    <message>
        <source>&amp;Draw the sample</source>
        <translation>抽取样本(&amp;D)</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Handling office</source>
        <translation>承办室</translation>
    </message>
    <message>
        <source>Concluded</source>
        <translation>办结时间</translation>
    </message>
    <message>
        <source>Re-check</source>
        <translation>回头看</translation>
    </message>
    <message>
        <source>Only a supervisor, a meeting chair or an administrator draws the sample.</source>
        <translation>只有案管督办人员、研判会主持人或系统管理员可以抽取样本。</translation>
    </message>
    <message>
        <source>Re-check sample</source>
        <translation>回头看抽查</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>待复查</translation>
    </message>
    <message>
        <source>problem found: %1</source>
        <translation>发现问题：%1</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>确认无误</translation>
    </message>
    <message>
        <source>No report was concluded in this period.</source>
        <translation>本期没有办结的信访件。</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) concluded in this period; no sample drawn yet.</source>
        <translation>
            <numerusform>本期共办结 %n 件，尚未抽取样本。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 concluded reports drawn (%3 %, seed %4): %5 re-checked, %6 with a problem.</source>
        <translation>已从 %2 件办结件中抽取 %1 件（比例 %3%，随机种子 %4）：已复查 %5 件，发现问题 %6 件。</translation>
    </message>
    <message>
        <source>Re-check of %1</source>
        <translation>回头看：%1</translation>
    </message>
    <message>
        <source>The re-check found a &amp;problem</source>
        <translation>复查发现问题(&amp;P)</translation>
    </message>
    <message>
        <source>What was checked and what it found</source>
        <translation>复查了哪些内容，结论如何</translation>
    </message>
    <message>
        <source>Sh&amp;are to re-check:</source>
        <translation>抽查比例(&amp;A)：</translation>
    </message>
    <message>
        <source>Record the fi&amp;nding…</source>
        <translation>记录复查结论(&amp;N)…</translation>
    </message>
</context>
<context>
    <name>qf::RecorderPanel</name>
    <message>
        <source>Recording</source>
        <translation>录音</translation>
    </message>
    <message>
        <source>● Recording %1:%2</source>
        <translation>● 录音中 %1:%2</translation>
    </message>
    <message>
        <source>Not recording.</source>
        <translation>未在录音。</translation>
    </message>
    <message>
        <source>Recording ready; it is attached on registration.</source>
        <translation>录音已就绪，登记时将自动附上。</translation>
    </message>
    <message>
        <source>Start rec&amp;ording (F9)</source>
        <translation>开始录音(&amp;O) (F9)</translation>
    </message>
    <message>
        <source>Stop rec&amp;ording (F9)</source>
        <translation>停止录音(&amp;O) (F9)</translation>
    </message>
</context>
<context>
    <name>qf::RecusalPage</name>
    <message>
        <source>Officer</source>
        <translation>承办人</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>New recusal</source>
        <translation>新建回避规则</translation>
    </message>
    <message>
        <source>Change the recusal</source>
        <translation>修改回避规则</translation>
    </message>
    <message>
        <source>&amp;Officer:</source>
        <translation>承办人(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>单位(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>人员(&amp;P)：</translation>
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
        <translation>例如：近亲属在该单位工作</translation>
    </message>
    <message>
        <source>The officer is never proposed for, nor can be given, a report on this unit or person.</source>
        <translation>涉及该单位或人员的信访件，不会建议也不能分送给该承办人。</translation>
    </message>
</context>
<context>
    <name>qf::ReferenceTablesDialog</name>
    <message>
        <source>Reference tables</source>
        <translation>基础表</translation>
    </message>
    <message>
        <source>Changes are saved at once and reach every workstation with the next sync. The intake and the dispatch proposal use them from the next report opened.</source>
        <translation>修改即时保存，下次同步时传至所有工作站。登记和分送建议将从下一次打开信访件起使用修改后的内容。</translation>
    </message>
    <message>
        <source>You can read these tables. Only an administrator or a supervisor can change them.</source>
        <translation>您可以查阅这些基础表。只有系统管理员或案管督办人员可以修改。</translation>
    </message>
    <message>
        <source>Problem &amp;categories</source>
        <translation>问题分类(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Jurisdiction table</source>
        <translation>管辖库(&amp;J)</translation>
    </message>
    <message>
        <source>Rec&amp;usal table</source>
        <translation>回避库(&amp;U)</translation>
    </message>
    <message>
        <source>Ca&amp;pability table</source>
        <translation>能力库(&amp;P)</translation>
    </message>
</context>
<context>
    <name>qf::RegistrationNumbers</name>
    <message>
        <source>This database has no device id, so registration numbers cannot be given.</source>
        <translation>此数据库没有设备标识，无法分配登记编号。</translation>
    </message>
    <message>
        <source>The device tag &apos;%1&apos; saved in this database is not valid.</source>
        <translation>此数据库中保存的设备代码“%1”无效。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a device tag: it needs three characters from 0-9 and A-Z without I, L, O and U.</source>
        <translation>“%1”不是有效的设备代码：应为 3 个字符，取自 0-9 和 A-Z（不含 I、L、O、U）。</translation>
    </message>
    <message>
        <source>%1 is not a year for a registration number.</source>
        <translation>%1 不能作为登记编号的年份。</translation>
    </message>
    <message>
        <source>Cannot prepare the registration counter: %1</source>
        <translation>无法准备登记编号计数器：%1</translation>
    </message>
    <message>
        <source>Cannot take a registration number: %1</source>
        <translation>无法取得登记编号：%1</translation>
    </message>
    <message>
        <source>Cannot read the registration counter: %1</source>
        <translation>无法读取登记编号计数器：%1</translation>
    </message>
    <message>
        <source>Cannot save the registration counter: %1</source>
        <translation>无法保存登记编号计数器：%1</translation>
    </message>
</context>
<context>
    <name>qf::ReleasesDialog</name>
    <message>
        <source>Report</source>
        <translation>信访件</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>申请时间</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>审批结果</translation>
    </message>
    <message>
        <source>Custodian&apos;s reason</source>
        <translation>保管人意见</translation>
    </message>
    <message>
        <source>Identity release requests</source>
        <translation>身份信息申请</translation>
    </message>
    <message>
        <source>My requests</source>
        <translation>我的申请</translation>
    </message>
    <message>
        <source>&amp;Show the released identity</source>
        <translation>查看已提供的身份信息(&amp;S)</translation>
    </message>
    <message>
        <source>Waiting for your decision (custodian)</source>
        <translation>待您审批（保管人）</translation>
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
        <translation>申请查看举报人身份</translation>
    </message>
    <message>
        <source>Why do you need the reporter&apos;s identity? The custodian decides and you see the answer under 工具 → 身份信息申请.</source>
        <translation>为什么需要举报人的身份信息？由保管人审批，结果可在“工具 → 身份信息申请”中查看。</translation>
    </message>
    <message>
        <source>Your request is with the custodian.</source>
        <translation>您的申请已提交保管人。</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>待审批</translation>
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
        <translation>%1，身份证号 %2，电话 %3，%4</translation>
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
        <translation>理由（申请人可见）：</translation>
    </message>
</context>
<context>
    <name>qf::RepeatDetector</name>
    <message>
        <source>same reporter</source>
        <translation>同一举报人</translation>
    </message>
    <message>
        <source>same reported person</source>
        <translation>同一被反映人</translation>
    </message>
    <message>
        <source>similar content (%1%)</source>
        <translation>内容相似（%1%）</translation>
    </message>
    <message>
        <source>Cannot look for earlier reports by the same reporter: %1</source>
        <translation>无法查找同一举报人的既往举报：%1</translation>
    </message>
    <message>
        <source>Cannot look for reports about the same person: %1</source>
        <translation>无法查找反映同一人的件：%1</translation>
    </message>
    <message>
        <source>Cannot read the report&apos;s history: %1</source>
        <translation>无法读取该件的办理记录：%1</translation>
    </message>
    <message>
        <source>Cannot read the reports: %1</source>
        <translation>无法读取信访举报件：%1</translation>
    </message>
    <message>
        <source>A report cannot repeat itself.</source>
        <translation>信访件不能标记为与自身重复。</translation>
    </message>
    <message>
        <source>Report %1 is already recorded as a repeat of %2.</source>
        <translation>信访件 %1 已登记为 %2 的重复举报。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a quarter; write it like 2026Q3.</source>
        <translation>“%1”不是有效的季度，格式如 2026Q3。</translation>
    </message>
    <message>
        <source>Cannot list the repeats: %1</source>
        <translation>无法列出重复举报：%1</translation>
    </message>
</context>
<context>
    <name>qf::RepeatNoticePanel</name>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>另存为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收件日期</translation>
    </message>
    <message>
        <source>Repeat of</source>
        <translation>此前信访件</translation>
    </message>
    <message>
        <source>New facts</source>
        <translation>含新事实</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Save the notice as PDF</source>
        <translation>将通报保存为 PDF</translation>
    </message>
    <message>
        <source>repeat-notice-%1.pdf</source>
        <translation>重复举报通报-%1.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
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
            <numerusform>%1 共登记重复举报 %n 件。</numerusform>
        </translation>
    </message>
    <message>
        <source>No repeat report was registered in this quarter.</source>
        <translation>本季度未登记重复举报。</translation>
    </message>
</context>
<context>
    <name>qf::ReportHistory</name>
    <message>
        <source>Cannot read the report&apos;s history: %1</source>
        <translation>无法读取信访件的历史记录：%1</translation>
    </message>
    <message>
        <source>Cannot read the report&apos;s repeats: %1</source>
        <translation>无法读取该信访件的重复件：%1</translation>
    </message>
</context>
<context>
    <name>qf::ReportRegistrar</name>
    <message>
        <source>&apos;%1&apos; is not a channel of intake (letter, visit, phone, online, forwarded, handed_over).</source>
        <translation>“%1”不是受理渠道（来信、来访、电话、网络、上级转来、有关单位移交）。</translation>
    </message>
    <message>
        <source>A report needs its content or at least what happened (何事).</source>
        <translation>信访举报件须有内容，至少写明何事。</translation>
    </message>
    <message>
        <source>Give the number of the forwarding document.</source>
        <translation>请填写转办文件的文号。</translation>
    </message>
    <message>
        <source>An online or forwarded report needs the id it has at its source.</source>
        <translation>网络举报件或上级转来件须填写其在来源处的编号。</translation>
    </message>
    <message>
        <source>Every reported person needs a name.</source>
        <translation>每个被反映人都须填写姓名。</translation>
    </message>
    <message>
        <source>A real-name report needs the reporter&apos;s name.</source>
        <translation>实名举报须填写举报人姓名。</translation>
    </message>
    <message>
        <source>The reporter&apos;s ID number is not valid: %1</source>
        <translation>举报人身份证号码无效：%1</translation>
    </message>
    <message>
        <source>A real-name report needs the reporter&apos;s ID number or phone, to be answered.</source>
        <translation>实名举报须填写举报人身份证号码或电话，以便答复。</translation>
    </message>
    <message>
        <source>%1 could not be stored, so the report was not registered: %2</source>
        <translation>%1 无法保存，此件未登记：%2</translation>
    </message>
    <message>
        <source>The content</source>
        <translation>内容</translation>
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
        <translation>何时</translation>
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
        <translation>地区</translation>
    </message>
    <message>
        <source>The id at the source</source>
        <translation>来源编号</translation>
    </message>
    <message>
        <source>The channel</source>
        <translation>来源渠道</translation>
    </message>
    <message>
        <source>The office</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>The category</source>
        <translation>问题类别</translation>
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
        <translation>信息校正原因</translation>
    </message>
</context>
<context>
    <name>qf::ReportSearch</name>
    <message>
        <source>Cannot search: %1</source>
        <translation>无法搜索：%1</translation>
    </message>
</context>
<context>
    <name>qf::ReportStore</name>
    <message>
        <source>Every reported person needs a name.</source>
        <translation>每个被反映人都须填写姓名。</translation>
    </message>
    <message>
        <source>Cannot read the reports: %1</source>
        <translation>无法读取信访举报件：%1</translation>
    </message>
    <message>
        <source>There is no report %1.</source>
        <translation>没有信访举报件 %1。</translation>
    </message>
    <message>
        <source>Cannot read report %1: %2</source>
        <translation>无法读取信访举报件 %1：%2</translation>
    </message>
    <message>
        <source>Cannot read the reported persons: %1</source>
        <translation>无法读取被反映人：%1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a field that can be changed; use one of: %2.</source>
        <translation>“%1”不是可修改的字段；可用字段：%2。</translation>
    </message>
    <message>
        <source>A reported person needs a name.</source>
        <translation>被反映人须填写姓名。</translation>
    </message>
    <message>
        <source>The report names no reported person yet; set subject_name first.</source>
        <translation>此件尚未填写被反映人，请先设置 subject_name。</translation>
    </message>
    <message>
        <source>There is no category &apos;%1&apos;.</source>
        <translation>没有类别“%1”。</translation>
    </message>
    <message>
        <source>The reported person %1 is not on this report.</source>
        <translation>被反映人 %1 不在此件中。</translation>
    </message>
    <message>
        <source>The office&apos;s own principal leader cannot be taken off a report.</source>
        <translation>本单位主要负责人不能从信访件中移除。</translation>
    </message>
    <message>
        <source>Only a supervisor, a review-meeting chair or an administrator may clear the principal-leader flag.</source>
        <translation>只有案管督办人员、研判会主持人或系统管理员可以取消主要负责人标记。</translation>
    </message>
</context>
<context>
    <name>qf::ReportTextIndexes</name>
    <message>
        <source>Cannot read the reported persons: %1</source>
        <translation>无法读取被反映人：%1</translation>
    </message>
    <message>
        <source>Cannot read the report&apos;s text: %1</source>
        <translation>无法读取信访件文本：%1</translation>
    </message>
</context>
<context>
    <name>qf::ReporterChanges</name>
    <message>
        <source>A real-name report needs the reporter&apos;s name.</source>
        <translation>实名举报须填写举报人姓名。</translation>
    </message>
    <message>
        <source>The reporter&apos;s ID number is not valid: %1</source>
        <translation>举报人身份证号码无效：%1</translation>
    </message>
    <message>
        <source>A real-name report needs the reporter&apos;s ID number or phone, to be answered.</source>
        <translation>实名举报须填写举报人身份证号码或电话，以便答复。</translation>
    </message>
    <message>
        <source>Only a registry clerk, a supervisor or an administrator may change the reporter of a report.</source>
        <translation>只有信访室登记员、案管督办人员或系统管理员可以修改信访件的举报人。</translation>
    </message>
    <message>
        <source>This report is restricted to supervisors, meeting chairs and administrators.</source>
        <translation>此件限制查阅，仅限案管督办人员、研判会主持人和系统管理员查看。</translation>
    </message>
</context>
<context>
    <name>qf::ReporterDialog</name>
    <message>
        <source>Reporter of %1</source>
        <translation>%1 的举报人</translation>
    </message>
    <message>
        <source>&amp;Anonymous (匿名)</source>
        <translation>匿名(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Real name (实名)</source>
        <translation>实名(&amp;R)</translation>
    </message>
    <message>
        <source>The reporter</source>
        <translation>举报人</translation>
    </message>
    <message>
        <source>The current details are hidden. Show them to correct them; showing them is recorded in the audit log.</source>
        <translation>当前信息已隐藏。如需更正，请先显示；显示操作将记入审计日志。</translation>
    </message>
    <message>
        <source>&amp;Show the current details</source>
        <translation>显示当前信息(&amp;S)</translation>
    </message>
    <message>
        <source>18 characters, as on the identity card</source>
        <translation>18 位，与居民身份证一致</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;ID number</source>
        <translation>身份证号码(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>电话(&amp;P)</translation>
    </message>
    <message>
        <source>The identity is encrypted when saved and shown only to entitled roles. The history records that the reporter changed and who changed it, never the identity.</source>
        <translation>身份信息保存时加密，仅向有权限的角色显示。办理记录只记载举报人有变更及变更人，从不记录身份信息。</translation>
    </message>
    <message>
        <source>A real-name reporter must be told within the set working days whether the report is accepted, counted from its receipt; an anonymous report has no such clock.</source>
        <translation>对实名举报人，须自收件之日起在规定的工作日内告知是否受理；匿名举报不计此期限。</translation>
    </message>
    <message>
        <source>Save the reporter</source>
        <translation>保存举报人信息</translation>
    </message>
    <message>
        <source>Your role may not see reporter identities.</source>
        <translation>您的角色无权查看举报人身份信息。</translation>
    </message>
    <message>
        <source>Not valid: %1</source>
        <translation>无效：%1</translation>
    </message>
    <message>
        <source>The report stays anonymous.</source>
        <translation>此件仍为匿名举报。</translation>
    </message>
    <message>
        <source>The report is now anonymous. The reporter&apos;s record is kept; the feedback clocks no longer apply.</source>
        <translation>此件已改为匿名举报。举报人记录予以保留；反馈期限不再适用。</translation>
    </message>
    <message>
        <source>Show the current details before correcting them.</source>
        <translation>请先显示当前信息，再进行更正。</translation>
    </message>
    <message>
        <source>The reporter&apos;s details are unchanged.</source>
        <translation>举报人信息未作更改。</translation>
    </message>
    <message>
        <source>This ID number belongs to a person already on file: the report is now linked to that person, whose recorded details were kept.</source>
        <translation>该身份证号码属于已存档的人员：此件已关联到该人员，其存档信息保持不变。</translation>
    </message>
    <message>
        <source>The report is now real-name: the reporter must be told whether it is accepted.</source>
        <translation>此件已改为实名举报：须告知举报人是否受理。</translation>
    </message>
    <message>
        <source>The reporter&apos;s details are corrected.</source>
        <translation>举报人信息已更正。</translation>
    </message>
</context>
<context>
    <name>qf::Representatives</name>
    <message>
        <source>A group visit chooses at most %1 representatives; %2 are entered.</source>
        <translation>集体访推选代表不超过 %1 人，现填写了 %2 人。</translation>
    </message>
    <message>
        <source>There are more representatives (%1) than people in the group (%2).</source>
        <translation>代表人数（%1）多于来访人数（%2）。</translation>
    </message>
    <message>
        <source>Representative %1 has an ID number but no name.</source>
        <translation>第 %1 位代表填写了身份证号码，但没有姓名。</translation>
    </message>
    <message>
        <source>The ID number of representative %1 (%2) is not valid: %3</source>
        <translation>第 %1 位代表（%2）的身份证号码无效：%3</translation>
    </message>
    <message>
        <source>The ID number of representative %1 (%2) is entered twice.</source>
        <translation>第 %1 位代表（%2）的身份证号码重复填写。</translation>
    </message>
</context>
<context>
    <name>qf::ReviewDialog</name>
    <message>
        <source>Closing review of %1</source>
        <translation>%1 的复盘</translation>
    </message>
    <message>
        <source>Concluded %1. The review is due by %2.</source>
        <translation>办结于 %1，应于 %2 前完成复盘。</translation>
    </message>
    <message>
        <source>It is late and will be recorded as late.</source>
        <translation>已逾期，将记为逾期复盘。</translation>
    </message>
    <message>
        <source>Tick what the review confirms:</source>
        <translation>请勾选经复盘确认的事项：</translation>
    </message>
    <message>
        <source>The &amp;facts were established (事实查清)</source>
        <translation>事实查清(&amp;F)</translation>
    </message>
    <message>
        <source>The report was &amp;handled properly (处置得当)</source>
        <translation>处置得当(&amp;H)</translation>
    </message>
    <message>
        <source>The &amp;reporter understood the result (群众认可)</source>
        <translation>群众认可(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Notes (what to do better):</source>
        <translation>备注（需改进之处）(&amp;N)：</translation>
    </message>
    <message>
        <source>Record the review</source>
        <translation>记录复盘</translation>
    </message>
    <message>
        <source>Say in the notes what fell short.</source>
        <translation>请在备注中写明不足之处。</translation>
    </message>
</context>
<context>
    <name>qf::Role</name>
    <message>
        <source>Receptionist</source>
        <translation>接访人员</translation>
    </message>
    <message>
        <source>Hotline operator</source>
        <translation>举报电话接听员</translation>
    </message>
    <message>
        <source>Registry clerk</source>
        <translation>信访室登记员</translation>
    </message>
    <message>
        <source>Case officer</source>
        <translation>承办人</translation>
    </message>
    <message>
        <source>Review meeting chair</source>
        <translation>研判会主持人</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>案管督办人员</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>系统管理员</translation>
    </message>
    <message>
        <source>Sign in first: %1 needs a signed-in user.</source>
        <translation>请先登录：%1需要已登录的用户。</translation>
    </message>
    <message>
        <source>The role %1 may not %2.</source>
        <translation>“%1”角色无权%2。</translation>
    </message>
</context>
<context>
    <name>qf::Roles</name>
    <message>
        <source>County or district commission</source>
        <translation>县（区）纪委监委</translation>
    </message>
    <message>
        <source>Township commission</source>
        <translation>乡镇纪委</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <source>Sub-district committee</source>
        <translation>街道纪工委</translation>
    </message>
    <message>
        <source>Resident inspection unit</source>
        <translation>派驻纪检监察组</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>内设部门</translation>
    </message>
    <message>
        <source>Higher-level office</source>
        <translation>上级机关</translation>
    </message>
    <message>
        <source>Other body</source>
        <translation>其他单位</translation>
    </message>
</context>
<context>
    <name>qf::SamIdCardReader</name>
    <message>
        <source>The ID card reader is switched off.</source>
        <translation>身份证阅读器已关闭。</translation>
    </message>
    <message>
        <source>Connecting to the ID card reader…</source>
        <translation>正在连接身份证阅读器…</translation>
    </message>
    <message>
        <source>The ID card reader at %1 cannot be opened (%2). Check that it is plugged in; retrying…</source>
        <translation>无法打开位于 %1 的身份证阅读器（%2）。请检查是否已连接，正在重试…</translation>
    </message>
    <message>
        <source>The ID card reader cannot be written to (%1); reconnecting…</source>
        <translation>无法向身份证阅读器发送数据（%1），正在重新连接…</translation>
    </message>
    <message>
        <source>The answer from the ID card reader was damaged (checksum error). Place the card again; check the cable if this repeats.</source>
        <translation>身份证阅读器的应答已损坏（校验和错误）。请重新放置证件；如反复出现，请检查连接线。</translation>
    </message>
    <message>
        <source>The answer from the ID card reader has an impossible length. Place the card again; check the cable if this repeats.</source>
        <translation>身份证阅读器的应答长度异常。请重新放置证件；如反复出现，请检查连接线。</translation>
    </message>
    <message>
        <source>The answer from the ID card reader is too short. Place the card again.</source>
        <translation>身份证阅读器的应答过短。请重新放置证件。</translation>
    </message>
    <message>
        <source>Place an ID card on the reader.</source>
        <translation>请将身份证放在阅读器上。</translation>
    </message>
    <message>
        <source>The card has been read. Take it off the reader.</source>
        <translation>证件已读取，请从阅读器上取下。</translation>
    </message>
    <message>
        <source>Reading the card…</source>
        <translation>正在读取证件…</translation>
    </message>
    <message>
        <source>The card data from the reader is incomplete. Place the card again.</source>
        <translation>阅读器读取的证件数据不完整。请重新放置证件。</translation>
    </message>
    <message>
        <source>The card data from the reader has the wrong length. Place the card again.</source>
        <translation>阅读器读取的证件数据长度不对。请重新放置证件。</translation>
    </message>
    <message>
        <source>The answer from the ID card reader was cut short. Place the card again; check the cable if this repeats.</source>
        <translation>身份证阅读器的应答被截断。请重新放置证件；如反复出现，请检查连接线。</translation>
    </message>
    <message>
        <source>The ID card reader sent data that is not a valid answer. Check that the right device is configured and the cable is sound.</source>
        <translation>身份证阅读器发来的数据不是有效应答。请检查所配置的设备是否正确、连接线是否完好。</translation>
    </message>
    <message>
        <source>The ID card reader is not responding. Check its cable and power; reconnecting…</source>
        <translation>身份证阅读器无响应。请检查连接线和电源，正在重新连接…</translation>
    </message>
    <message>
        <source>The ID card reader was disconnected; reconnecting…</source>
        <translation>身份证阅读器已断开，正在重新连接…</translation>
    </message>
    <message>
        <source>The card could not be read. Take it off the reader.</source>
        <translation>无法读取该证件，请将其从读卡器上取下。</translation>
    </message>
    <message>
        <source>no such port; is the reader plugged in?</source>
        <translation>找不到该端口，读卡器是否已接好？</translation>
    </message>
    <message>
        <source>access denied: the port is used by another program, or this user may not use serial ports</source>
        <translation>无权使用：端口被其他程序占用，或当前用户无权使用串口</translation>
    </message>
    <message>
        <source>the port is already open</source>
        <translation>端口已被打开</translation>
    </message>
    <message>
        <source>the reader went away (unplugged?)</source>
        <translation>读卡器已断开（是否被拔出？）</translation>
    </message>
    <message>
        <source>the reader does not take data</source>
        <translation>读卡器不接收数据</translation>
    </message>
    <message>
        <source>the reader did not answer in time</source>
        <translation>读卡器未及时响应</translation>
    </message>
    <message>
        <source>the port reports an error</source>
        <translation>端口报告错误</translation>
    </message>
</context>
<context>
    <name>qf::SamStatus</name>
    <message>
        <source>The reader completed the operation.</source>
        <translation>阅读器已完成操作。</translation>
    </message>
    <message>
        <source>A card is on the reader.</source>
        <translation>阅读器上有证件。</translation>
    </message>
    <message>
        <source>No card on the reader. Place the ID card flat on the reader.</source>
        <translation>阅读器上没有证件。请将身份证平放在阅读器上。</translation>
    </message>
    <message>
        <source>The card could not be selected. Lift the card and place it on the reader again.</source>
        <translation>无法选中证件。请拿起证件后重新放到阅读器上。</translation>
    </message>
    <message>
        <source>The card could not be read. Keep the card still on the reader and try again.</source>
        <translation>无法读取证件。请保持证件在阅读器上不动，然后重试。</translation>
    </message>
    <message>
        <source>The reader received a damaged command (checksum error). Check the reader&apos;s cable.</source>
        <translation>阅读器收到的指令已损坏（校验和错误）。请检查阅读器连接线。</translation>
    </message>
    <message>
        <source>The reader received a command of the wrong length. Check the reader&apos;s cable.</source>
        <translation>阅读器收到的指令长度不对。请检查阅读器连接线。</translation>
    </message>
    <message>
        <source>The reader does not understand the command. The reader model or its firmware is not supported.</source>
        <translation>阅读器无法识别该指令。不支持此阅读器型号或其固件。</translation>
    </message>
    <message>
        <source>The reader refused the command because a parameter is out of range. The reader model or its firmware is not supported.</source>
        <translation>阅读器因参数超出范围而拒绝该指令。不支持此阅读器型号或其固件。</translation>
    </message>
    <message>
        <source>The reader refused the command as not permitted. The reader may be locked or configured for another use.</source>
        <translation>阅读器拒绝执行该指令（操作不允许）。阅读器可能已锁定或被配置为其他用途。</translation>
    </message>
    <message>
        <source>The card and the reader could not authenticate each other. The card may be damaged or not genuine; try again or check the card by hand.</source>
        <translation>证件与阅读器无法相互认证。证件可能已损坏或非真实证件；请重试或人工核验证件。</translation>
    </message>
    <message>
        <source>The reader&apos;s security module could not verify the card. The card may be damaged or not genuine; try again or check the card by hand.</source>
        <translation>阅读器安全模块无法验证该证件。证件可能已损坏或非真实证件；请重试或人工核验证件。</translation>
    </message>
    <message>
        <source>The card did not accept the reader&apos;s security module. Take the card off, place it again, and check the card by hand if this repeats.</source>
        <translation>证件未接受阅读器安全模块的认证。请取下证件后重新放置；如反复出现，请人工核验证件。</translation>
    </message>
    <message>
        <source>This type of card is not supported. Use a resident ID card, a residence permit or a permanent residence card.</source>
        <translation>不支持此类证件。请使用居民身份证、居住证或永久居留身份证。</translation>
    </message>
    <message>
        <source>The card or the reader is not ready for this operation. Take the card off and place it again.</source>
        <translation>证件或阅读器尚未就绪。请取下证件后重新放置。</translation>
    </message>
    <message>
        <source>The reader&apos;s security module failed its self-test. The reader needs servicing.</source>
        <translation>阅读器安全模块自检失败，需要维修。</translation>
    </message>
    <message>
        <source>The reader&apos;s security module is not authorised. Contact the reader&apos;s supplier.</source>
        <translation>阅读器安全模块未获授权。请联系阅读器供应商。</translation>
    </message>
    <message>
        <source>The reader reported an unknown status (code %1).</source>
        <translation>阅读器报告了未知状态（代码 %1）。</translation>
    </message>
</context>
<context>
    <name>qf::SaneDevice</name>
    <message>
        <source>The scanner library (SANE) could not start: %1</source>
        <translation>扫描仪组件（SANE）无法启动：%1</translation>
    </message>
    <message>
        <source>The scanners could not be listed: %1</source>
        <translation>无法列出扫描仪：%1</translation>
    </message>
    <message>
        <source>The scanner library (SANE) could not start.</source>
        <translation>扫描仪组件（SANE）无法启动。</translation>
    </message>
    <message>
        <source>The scanner %1 could not be opened: %2</source>
        <translation>无法打开扫描仪 %1：%2</translation>
    </message>
    <message>
        <source>The scanner has no setting &quot;%1&quot;.</source>
        <translation>扫描仪没有“%1”设置。</translation>
    </message>
    <message>
        <source>The scanner&apos;s setting &quot;%1&quot; cannot be changed now.</source>
        <translation>扫描仪的“%1”设置现在无法更改。</translation>
    </message>
    <message>
        <source>The scanner refused &quot;%1&quot; for &quot;%2&quot;: %3</source>
        <translation>扫描仪拒绝将“%2”设为“%1”：%3</translation>
    </message>
    <message>
        <source>No scanner is open.</source>
        <translation>没有打开的扫描仪。</translation>
    </message>
    <message>
        <source>This scanner has no duplex feeder.</source>
        <translation>该扫描仪没有双面进纸器。</translation>
    </message>
    <message>
        <source>This scanner has no document feeder.</source>
        <translation>该扫描仪没有自动进纸器。</translation>
    </message>
    <message>
        <source>This scanner has no flatbed.</source>
        <translation>该扫描仪没有平板。</translation>
    </message>
    <message>
        <source>This scanner has no black-and-white mode.</source>
        <translation>该扫描仪没有黑白模式。</translation>
    </message>
    <message>
        <source>This scanner has no colour mode.</source>
        <translation>该扫描仪没有彩色模式。</translation>
    </message>
    <message>
        <source>This scanner has no grey mode.</source>
        <translation>该扫描仪没有灰度模式。</translation>
    </message>
    <message>
        <source>The scanner stopped: %1</source>
        <translation>扫描仪已停止：%1</translation>
    </message>
    <message>
        <source>The scanner sent an empty page.</source>
        <translation>扫描仪送来了一张空页。</translation>
    </message>
    <message>
        <source>The scanner sends pages in a form Qingfeng cannot read (three-pass or %1-bit colour).</source>
        <translation>扫描仪送来的页面格式清风无法读取（三遍扫描或 %1 位色彩）。</translation>
    </message>
    <message>
        <source>The feeder is empty: put the letters in the feeder and continue.</source>
        <translation>进纸器为空：请放入信件后继续。</translation>
    </message>
    <message>
        <source>Paper jam: open the feeder, take out the jammed sheet, put it back on top of the stack and continue.</source>
        <translation>卡纸：请打开进纸器，取出卡住的纸张，放回纸叠最上面后继续。</translation>
    </message>
    <message>
        <source>The scanner&apos;s cover is open: close it and continue.</source>
        <translation>扫描仪盖板已打开：请合上后继续。</translation>
    </message>
    <message>
        <source>The scanner no longer answers (unplugged or switched off?): check the cable and power, then continue.</source>
        <translation>扫描仪无响应（已拔出或关机？）：请检查数据线和电源后继续。</translation>
    </message>
    <message>
        <source>The disk is full: the page could not be kept. Free some space and continue.</source>
        <translation>磁盘已满：该页无法保存。请腾出空间后继续。</translation>
    </message>
    <message>
        <source>The scan was stopped; the pages scanned so far are kept.</source>
        <translation>扫描已停止；已扫描的页面均已保留。</translation>
    </message>
    <message>
        <source>The scanner stopped.</source>
        <translation>扫描仪已停止。</translation>
    </message>
</context>
<context>
    <name>qf::ScanBatchView</name>
    <message>
        <source>&lt;b&gt;Letters found in this run&lt;/b&gt;</source>
        <translation>&lt;b&gt;本次扫描分出的来信&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>来信</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Letters found in this run</source>
        <translation>本次扫描分出的来信</translation>
    </message>
    <message>
        <source>Page preview</source>
        <translation>页面预览</translation>
    </message>
    <message>
        <source>&amp;Merge with the next letter</source>
        <translation>与下一封合并(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Drop this page</source>
        <translation>删除此页(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Register the letters</source>
        <translation>登记这些来信(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Open the case</source>
        <translation>打开案件(&amp;O)</translation>
    </message>
    <message>
        <source>Reading letter %1: page %2 of %3…</source>
        <translation>正在识别第 %1 封来信：第 %2 页，共 %3 页…</translation>
    </message>
    <message numerus="yes">
        <source>Stopped. %n letter(s) registered; the others wait here.</source>
        <translation>
            <numerusform>已停止。已登记 %n 封来信，其余的留在这里待登记。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) registered; %1 could not be: see their state.</source>
        <translation>
            <numerusform>已登记 %n 封来信；%1 封未能登记，原因见其状态。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) registered. Open one to go on with it (Enter).</source>
        <translation>
            <numerusform>已登记 %n 封来信。打开其中一封即可继续办理（回车）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s)</source>
        <translation>
            <numerusform>%n 封来信</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n separator sheet(s)</source>
        <translation>
            <numerusform>%n 张分隔页</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blank page(s) dropped</source>
        <translation>
            <numerusform>去掉 %n 张空白页</numerusform>
        </translation>
    </message>
    <message>
        <source>No page with anything on it was scanned.</source>
        <translation>没有扫描到有内容的页面。</translation>
    </message>
    <message>
        <source>Found: %1. Check the splits, then register.</source>
        <translation>找到：%1。请核对分封是否正确，然后登记。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>Scan a stack of letters: the run is split into one letter at each separator sheet.</source>
        <translation>扫描一叠来信：每遇到一张分隔页就分出一封来信。</translation>
    </message>
    <message numerus="yes">
        <source>Letter %1: %n page(s), from page %2 of the run</source>
        <translation>
            <numerusform>第 %1 封：共 %n 页，自本次扫描第 %2 页起</numerusform>
        </translation>
    </message>
    <message>
        <source>To register</source>
        <translation>待登记</translation>
    </message>
    <message>
        <source>Registered as %1</source>
        <translation>已登记，编号 %1</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>第 %1 页</translation>
    </message>
    <message>
        <source>Reading the letters…</source>
        <translation>正在识别来信…</translation>
    </message>
    <message numerus="yes">
        <source> (may repeat %n report(s))</source>
        <translation>
            <numerusform>（可能与 %n 件重复）</numerusform>
        </translation>
    </message>
    <message>
        <source>New letter from this pa&amp;ge</source>
        <translation>从此页起另作一封(&amp;G)</translation>
    </message>
    <message>
        <source>Stop reading no&amp;w</source>
        <translation>停止识别(&amp;W)</translation>
    </message>
</context>
<context>
    <name>qf::ScanPdf</name>
    <message>
        <source>There are no pages to write.</source>
        <translation>没有可写入的页面。</translation>
    </message>
    <message>
        <source>A page of %1 cannot be read.</source>
        <translation>%1 中有一页无法读取。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>qf::ScanWorkspace</name>
    <message>
        <source>Letter intake (both sides, grey, 300 dpi, blank backs dropped)</source>
        <translation>来信登记（双面、灰度、300 dpi，去掉空白背面）</translation>
    </message>
    <message>
        <source>As set in the scanner settings</source>
        <translation>按扫描仪设置</translation>
    </message>
    <message>
        <source>S&amp;can (F5)</source>
        <translation>扫描(&amp;C)（F5）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Pages of this run&lt;/b&gt;</source>
        <translation>&lt;b&gt;本次扫描的页面&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Pages of this run</source>
        <translation>本次扫描的页面</translation>
    </message>
    <message>
        <source>Letter scanning</source>
        <translation>来信扫描</translation>
    </message>
    <message>
        <source>No scanner chosen for this workstation yet: choose one in the scanner settings.</source>
        <translation>本机尚未选择扫描仪：请在“扫描仪设置”中选择。</translation>
    </message>
    <message>
        <source>Scanner: %1</source>
        <translation>扫描仪：%1</translation>
    </message>
    <message>
        <source>Scan a new stack</source>
        <translation>扫描新的一叠</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) of the last run are not registered yet. Scan a new stack and put them aside? Their pages stay in the run&apos;s folder.</source>
        <translation>
            <numerusform>上次扫描还有 %n 封来信尚未登记。要扫描新的一叠并把它们放在一边吗？其页面仍保存在该次扫描的文件夹中。</numerusform>
        </translation>
    </message>
    <message>
        <source>Scanning… put the stack in the feeder face down, the first letter on top.</source>
        <translation>正在扫描…请将来信正面朝下放入进纸器，第一封在最上面。</translation>
    </message>
    <message>
        <source>Scanning on from page %1…</source>
        <translation>从第 %1 页起继续扫描…</translation>
    </message>
    <message>
        <source>Stopping after this page…</source>
        <translation>扫完这一页后停止…</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>第 %1 页</translation>
    </message>
    <message numerus="yes">
        <source>Done: %n page(s) scanned.</source>
        <translation>
            <numerusform>完成：共扫描 %n 页。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped: the %n page(s) scanned are kept.</source>
        <translation>
            <numerusform>已停止：已扫描的 %n 页都已保留。</numerusform>
        </translation>
    </message>
    <message>
        <source>Put the letters in the feeder, then Continue.</source>
        <translation>请把来信放入进纸器，然后点“继续扫描”。</translation>
    </message>
    <message numerus="yes">
        <source>%1 The %n page(s) before it are kept; clear it, then Continue.</source>
        <translation>
            <numerusform>%1 此前扫描的 %n 页都已保留；排除故障后点“继续扫描”。</numerusform>
        </translation>
    </message>
    <message>
        <source>Separator sheets</source>
        <translation>分隔页</translation>
    </message>
    <message>
        <source>How many sheets? Put one between every two letters of a stack.</source>
        <translation>要打印多少张？在一叠来信中每两封之间放一张。</translation>
    </message>
    <message>
        <source>Save the separator sheets</source>
        <translation>保存分隔页</translation>
    </message>
    <message>
        <source>/separator-sheets.pdf</source>
        <translation>/分隔页.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>%n separator sheet(s) written to %1: print them on plain A4.</source>
        <translation>
            <numerusform>已将 %n 张分隔页写入 %1：请用普通 A4 纸打印。</numerusform>
        </translation>
    </message>
    <message>
        <source>Scanner s&amp;ettings…</source>
        <translation>扫描仪设置(&amp;E)…</translation>
    </message>
    <message>
        <source>Print sep&amp;arator sheets…</source>
        <translation>打印分隔页(&amp;A)…</translation>
    </message>
    <message>
        <source>Prof&amp;ile:</source>
        <translation>扫描方式(&amp;I)：</translation>
    </message>
    <message>
        <source>Co&amp;ntinue</source>
        <translation>继续扫描(&amp;N)</translation>
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
        <translation>无法读取扫描的第 %1 页。</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>来信</translation>
    </message>
    <message>
        <source>The letter&apos;s PDF cannot be read back.</source>
        <translation>无法读回该来信的 PDF。</translation>
    </message>
    <message>
        <source>Reading the letter was stopped.</source>
        <translation>来信识别已停止。</translation>
    </message>
    <message numerus="yes">
        <source>Scanned letter of %n page(s) in which no text was recognised: read the attached pages.</source>
        <translation>
            <numerusform>扫描来信共 %n 页，未识别出文字：请阅看所附页面。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qf::ScannerConfig</name>
    <message>
        <source>This scanner has no duplex feeder: only the front of each sheet is scanned.</source>
        <translation>此扫描仪没有双面进纸器：每张纸只扫描正面。</translation>
    </message>
    <message>
        <source>This scanner has no document feeder: put the pages on the glass one by one.</source>
        <translation>此扫描仪没有自动进纸器：请把页面逐张放在玻璃板上。</translation>
    </message>
    <message>
        <source>Flatbed (glass)</source>
        <translation>平板（玻璃板）</translation>
    </message>
    <message>
        <source>Document feeder, one side</source>
        <translation>自动进纸器，单面</translation>
    </message>
    <message>
        <source>Document feeder, both sides</source>
        <translation>自动进纸器，双面</translation>
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
        <translation>本机扫描仪</translation>
    </message>
    <message>
        <source>&amp;Look again</source>
        <translation>重新查找(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Scanner:</source>
        <translation>扫描仪(&amp;S)：</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>纸张来源(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>色彩(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>分辨率(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Drop blank pages (the backs of one-sided letters)</source>
        <translation>去掉空白页（单面来信的背面）(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Test: scan one page</source>
        <translation>测试：扫描一页(&amp;T)</translation>
    </message>
    <message>
        <source>Test page</source>
        <translation>测试页</translation>
    </message>
    <message>
        <source>Looking for scanners…</source>
        <translation>正在查找扫描仪…</translation>
    </message>
    <message>
        <source>No scanner found. Check that it is switched on and connected, then look again.</source>
        <translation>未找到扫描仪。请检查扫描仪已开机并已连接，然后重新查找。</translation>
    </message>
    <message>
        <source>Asking the scanner what it can do…</source>
        <translation>正在读取扫描仪的功能…</translation>
    </message>
    <message>
        <source>%1 dpi</source>
        <translation>%1 dpi</translation>
    </message>
    <message>
        <source>Letter intake on this scanner: %1, grey, %2 dpi.</source>
        <translation>此扫描仪的来信登记方式：%1，灰度，%2 dpi。</translation>
    </message>
    <message>
        <source>Scanning a test page…</source>
        <translation>正在扫描测试页…</translation>
    </message>
    <message>
        <source>The scanner works: one page of %1 × %2 pixels.</source>
        <translation>扫描仪工作正常：扫描一页，%1 × %2 像素。</translation>
    </message>
    <message>
        <source>The scanner gave no page.</source>
        <translation>扫描仪没有送出页面。</translation>
    </message>
</context>
<context>
    <name>qf::ScopeRuleStore</name>
    <message>
        <source>The scope rules could not be read: %1</source>
        <translation>无法读取受理范围规则：%1</translation>
    </message>
    <message>
        <source>A scope rule needs a category.</source>
        <translation>受理范围规则须指定类别。</translation>
    </message>
    <message>
        <source>A scope rule needs the body that can handle such matters.</source>
        <translation>受理范围规则须写明有权处理此类事项的机关。</translation>
    </message>
    <message>
        <source>change the scope rules</source>
        <translation>修改受理范围规则</translation>
    </message>
</context>
<context>
    <name>qf::ScopeRulesDialog</name>
    <message>
        <source>Scope pre-check rules</source>
        <translation>受理范围预诊规则</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Keywords (comma-separated)</source>
        <translation>关键词（以逗号分隔）</translation>
    </message>
    <message>
        <source>Competent body</source>
        <translation>有权处理机关</translation>
    </message>
    <message>
        <source>&amp;Add rule</source>
        <translation>添加规则(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove rule</source>
        <translation>删除规则(&amp;R)</translation>
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
        <translation>分隔页——请放在两封来信之间
批次 %1，第 %2 张</translation>
    </message>
    <message>
        <source>Separator sheets</source>
        <translation>分隔页</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
</context>
<context>
    <name>qf::Settings</name>
    <message>
        <source>%1 must be a whole number of zero or more.</source>
        <translation>%1 必须是大于或等于零的整数。</translation>
    </message>
    <message>
        <source>change the office&apos;s settings</source>
        <translation>修改本单位设置</translation>
    </message>
    <message>
        <source>%1 must be a number of zero or more (for example 0.3).</source>
        <translation>%1须为不小于零的数（例如0.3）。</translation>
    </message>
    <message>
        <source>%1 must be true or false.</source>
        <translation>%1须为true或false。</translation>
    </message>
    <message>
        <source>%1 must be a time of day such as 17:30.</source>
        <translation>%1 必须是一天中的时刻，例如 17:30。</translation>
    </message>
</context>
<context>
    <name>qf::SettingsWorkspace</name>
    <message>
        <source>Local profile</source>
        <translation>本机用户</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>Office:</source>
        <translation>单位：</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>界面语言(&amp;I)：</translation>
    </message>
    <message>
        <source>A new language takes effect the next time Qingfeng starts.</source>
        <translation>更改的语言将在下次启动清风时生效。</translation>
    </message>
    <message>
        <source>System keychain</source>
        <translation>系统密钥库</translation>
    </message>
    <message>
        <source>&amp;Check again</source>
        <translation>重新检查(&amp;C)</translation>
    </message>
    <message>
        <source>The key that protects the identities in this database is held in the system keychain.</source>
        <translation>保护此数据库中身份信息的密钥保存在系统密钥库中。</translation>
    </message>
    <message>
        <source>The interface will be in %1 the next time Qingfeng starts.</source>
        <translation>下次启动清风时，界面语言将为%1。</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Reference tables</source>
        <translation>基础表</translation>
    </message>
    <message>
        <source>The problem categories and the dispatch tables: jurisdiction, recusal and capability.</source>
        <translation>问题分类以及分送所用的管辖库、回避库和能力库。</translation>
    </message>
    <message>
        <source>Open the &amp;reference tables…</source>
        <translation>打开基础表(&amp;R)…</translation>
    </message>
    <message>
        <source>Roles are given by the administrator.</source>
        <translation>角色由管理员分配。</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <source>Identities in this database open only with the password of a user entitled to them; your role is.</source>
        <translation>本数据库中的身份信息只能凭有权用户的密码打开；您的角色有此权限。</translation>
    </message>
    <message>
        <source>Identities in this database open only with the password of a user entitled to them; your role is not: you register and look up, and a custodian can release a reporter&apos;s identity to you.</source>
        <translation>本数据库中的身份信息只能凭有权用户的密码打开；您的角色没有此权限：您可以登记和查询，保管人可以向您提供举报人的身份信息。</translation>
    </message>
    <message>
        <source>Save &amp;profile</source>
        <translation>保存(&amp;P)</translation>
    </message>
</context>
<context>
    <name>qf::ShortTermIndex</name>
    <message>
        <source>The search index for short terms cannot be used: %1</source>
        <translation>短词检索索引无法使用：%1</translation>
    </message>
    <message>
        <source>Cannot update the search index for short terms: %1</source>
        <translation>无法更新短词检索索引：%1</translation>
    </message>
    <message>
        <source>Cannot read the reports: %1</source>
        <translation>无法读取信访件：%1</translation>
    </message>
    <message>
        <source>The database is busy or read-only: %1</source>
        <translation>数据库繁忙或处于只读状态：%1</translation>
    </message>
    <message>
        <source>Cannot clear the search index for short terms: %1</source>
        <translation>无法清空短词检索索引：%1</translation>
    </message>
</context>
<context>
    <name>qf::SignInDialog</name>
    <message>
        <source>Sign in to Qingfeng</source>
        <translation>登录清风</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Qingfeng&lt;/h3&gt;Sign in with your login and password.</source>
        <translation>&lt;h3&gt;清风&lt;/h3&gt;请输入登录名和密码。</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>登录名(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>登录(&amp;S)</translation>
    </message>
</context>
<context>
    <name>qf::SqlError</name>
    <message>
        <source>The disk is full (no space left on the device): nothing of this change was saved. Free some space and try again.</source>
        <translation>磁盘已满（设备上没有剩余空间）：这次的更改没有保存。请腾出一些空间后重试。</translation>
    </message>
    <message>
        <source>The database file could not be read or written (a disk or file-system error); nothing of this change was saved. Close the program and start it again; if it happens again, tell the administrator.</source>
        <translation>数据库文件无法读写（磁盘或文件系统错误），本次修改未保存。请关闭程序后重新启动；如再次出现，请告知管理员。</translation>
    </message>
    <message>
        <source>The database is busy with another program; nothing of this change was saved. Try again in a moment.</source>
        <translation>数据库正被其他程序使用，本次修改未保存。请稍后再试。</translation>
    </message>
    <message>
        <source>The database can only be read (its file or folder is read-only); nothing was saved.</source>
        <translation>数据库只能读取（文件或文件夹为只读），未保存任何内容。</translation>
    </message>
    <message>
        <source>This program may not use the database file (access denied).</source>
        <translation>本程序无权使用该数据库文件（访问被拒绝）。</translation>
    </message>
    <message>
        <source>The database file could not be opened: the file or its folder is missing or not accessible.</source>
        <translation>无法打开数据库文件：文件或所在文件夹不存在或无法访问。</translation>
    </message>
    <message>
        <source>The database file is damaged or is not a Qingfeng database; restore it from a backup.</source>
        <translation>数据库文件已损坏或不是清风数据库，请从备份恢复。</translation>
    </message>
    <message>
        <source>The computer ran out of memory; nothing of this change was saved.</source>
        <translation>计算机内存不足，本次修改未保存。</translation>
    </message>
</context>
<context>
    <name>qf::SqlScript</name>
    <message>
        <source>A schema revision must begin with &quot;-- Revision N: description&quot;.</source>
        <translation>结构修订文件必须以“-- Revision N: 说明”开头。</translation>
    </message>
    <message>
        <source>Schema revision %1 has no statements.</source>
        <translation>结构修订 %1 不含任何语句。</translation>
    </message>
    <message>
        <source>Cannot read the schema revision %1: %2</source>
        <translation>无法读取结构修订 %1：%2</translation>
    </message>
    <message>
        <source>The schema revision %1 is out of order.</source>
        <translation>结构修订 %1 的编号顺序不对。</translation>
    </message>
    <message>
        <source>No schema revisions in %1.</source>
        <translation>%1 中没有结构修订。</translation>
    </message>
</context>
<context>
    <name>qf::SqlTransaction</name>
    <message>
        <source>No transaction is open: %1</source>
        <translation>没有打开的事务：%1</translation>
    </message>
    <message>
        <source>The database could not save the change: %1</source>
        <translation>数据库无法保存此更改：%1</translation>
    </message>
</context>
<context>
    <name>qf::SupervisorWorkspace</name>
    <message>
        <source>Office / handler / number</source>
        <translation>承办室 / 承办人 / 编号</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>预警灯</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Reported person</source>
        <translation>被反映人</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收件时间</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>(no handling office)</source>
        <translation>（未指定承办室）</translation>
    </message>
    <message>
        <source>(no handler)</source>
        <translation>（未指定承办人）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) yellow, orange, red or overdue</source>
        <translation>
            <numerusform>%n 件亮黄灯、橙灯、红灯或已超期</numerusform>
        </translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>督办</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the list to an Excel workbook (.xlsx)</source>
        <translation>将列表保存为 Excel 工作簿（.xlsx）</translation>
    </message>
    <message>
        <source>Export the list</source>
        <translation>导出列表</translation>
    </message>
    <message>
        <source>supervision</source>
        <translation>督办</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
    <message>
        <source>Handling office</source>
        <translation>承办室</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>承办人</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Reports yellow, orange, red or overdue, %1</source>
        <translation>亮黄灯、橙灯、红灯或已超期的件，%1</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>应办结</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>超期</translation>
    </message>
    <message>
        <source>Urged</source>
        <translation>催办</translation>
    </message>
    <message>
        <source>U&amp;rge…</source>
        <translation>催办(&amp;R)…</translation>
    </message>
    <message>
        <source>Remind the handling office of the selected reports (催办), recorded on each report, and print the 督办函</source>
        <translation>催办所选信访件：在每件的办理记录中记下催办，并打印督办函</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Print the list with the counts per office at the top (Ctrl+P)</source>
        <translation>打印列表，表头列出各承办室的件数（Ctrl+P）</translation>
    </message>
    <message>
        <source>Urge…</source>
        <translation>催办…</translation>
    </message>
    <message>
        <source>Copy the selected rows</source>
        <translation>复制所选行</translation>
    </message>
    <message>
        <source>Print the list…</source>
        <translation>打印列表…</translation>
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
        <translation>超期天数</translation>
    </message>
    <message>
        <source>Times urged</source>
        <translation>催办次数</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Preview closed, nothing printed.</source>
        <translation>预览已关闭，未打印。</translation>
    </message>
    <message>
        <source>Report on the progress of this report and finish its handling without further delay.</source>
        <translation>请报告该件办理进展，并抓紧办结，不得再拖延。</translation>
    </message>
    <message>
        <source>Select the reports to urge first.</source>
        <translation>请先选择要催办的件。</translation>
    </message>
    <message>
        <source>The reminder is recorded; the letter could not be printed: %1</source>
        <translation>催办已记录，但督办函未能打印：%1</translation>
    </message>
    <message>
        <source>Urged: %1</source>
        <translation>已催办：%1</translation>
    </message>
    <message>
        <source>Urge</source>
        <translation>催办</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s). What the handling office is asked to do (printed in the 督办函):</source>
        <translation>
            <numerusform>共 %n 件。对承办部门的要求（印在督办函中）：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n hotline callback(s) overdue (see Hotline)</source>
        <translation>
            <numerusform>；热线有 %n 个回拨已超期（见“12388 热线”）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qf::SyncController</name>
    <message>
        <source>The keychain holds no device token for this workstation; enrol it again.</source>
        <translation>系统密钥环中没有本工作站的设备令牌；请重新接入。</translation>
    </message>
    <message>
        <source>Local only — not enrolled with a sync server</source>
        <translation>仅本地，未接入同步服务器</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
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
        <translation>待发送：%1</translation>
    </message>
    <message>
        <source>conflicts: %1</source>
        <translation>冲突：%1</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>被拒：%1</translation>
    </message>
    <message>
        <source>not applied: %1</source>
        <translation>未能应用：%1</translation>
    </message>
</context>
<context>
    <name>qf::TableExport</name>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>List</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder may be read-only, the disk full or the file open in another program.</source>
        <translation>无法写入 %1：文件夹可能为只读、磁盘已满或文件正被其他程序打开。</translation>
    </message>
</context>
<context>
    <name>qf::TablePage</name>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>Add a row (Insert)</source>
        <translation>添加一行（Insert）</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Change the selected row (F2 or Enter)</source>
        <translation>修改所选行（F2 或 Enter）</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Remove the selected row (Delete)</source>
        <translation>移除所选行（Delete）</translation>
    </message>
    <message>
        <source>Remove the row</source>
        <translation>移除此行</translation>
    </message>
    <message>
        <source>Remove this row? It is removed on every workstation after the next sync.

%1</source>
        <translation>确定移除此行？下次同步后，该行将在所有工作站上移除。

%1</translation>
    </message>
</context>
<context>
    <name>qf::TodayQuery</name>
    <message>
        <source>To sign for, accept and triage</source>
        <translation>待签收、受理和初筛</translation>
    </message>
    <message>
        <source>Waiting for evidence replies</source>
        <translation>待补证回复</translation>
    </message>
    <message>
        <source>To dispatch</source>
        <translation>待分送</translation>
    </message>
    <message>
        <source>Acceptance notices and result feedback due</source>
        <translation>受理告知和结果反馈临期</translation>
    </message>
    <message>
        <source>Sent back</source>
        <translation>退回件</translation>
    </message>
    <message>
        <source>Cannot list today&apos;s work: %1</source>
        <translation>无法列出今日待办：%1</translation>
    </message>
</context>
<context>
    <name>qf::TodayWorkspace</name>
    <message>
        <source>&lt;h2&gt;My work today&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;我的工作 · 今日待办&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>亮灯</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
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
        <translation>清风：今日待办</translation>
    </message>
    <message numerus="yes">
        <source>Review meeting today: %n case(s) to decide</source>
        <translation>
            <numerusform>今日研判会：%n 件待研判</numerusform>
        </translation>
    </message>
    <message>
        <source>review meeting today</source>
        <translation>今日有研判会</translation>
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
        <translation>今天没有待办事项。</translation>
    </message>
    <message>
        <source>%1 is now %2</source>
        <translation>%1 已亮%2</translation>
    </message>
    <message>
        <source>Deadlines approaching</source>
        <translation>办理期限临近</translation>
    </message>
    <message>
        <source>My work today</source>
        <translation>今日待办</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) waiting for you</source>
        <translation>
            <numerusform>您有 %n 项待办</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n red or overdue</source>
        <translation>
            <numerusform>，其中 %n 项红灯或超期</numerusform>
        </translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日待办</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在载入…</translation>
    </message>
</context>
<context>
    <name>qf::Triage</name>
    <message>
        <source>Verifiability, typicality and timeliness are each scored from 1 to 5.</source>
        <translation>可查性、典型性、时效性各按 1 至 5 分评分。</translation>
    </message>
</context>
<context>
    <name>qf::TriageDialog</name>
    <message>
        <source>Triage %1</source>
        <translation>初筛 %1</translation>
    </message>
    <message>
        <source>Score the clue from 1 (weak) to 5 (strong) against the acceptance guideline.</source>
        <translation>对照受理指引，按 1（弱）至 5（强）为线索评分。</translation>
    </message>
    <message>
        <source>&amp;Verifiability (可查性)</source>
        <translation>可查性(&amp;V)</translation>
    </message>
    <message>
        <source>Are the facts concrete enough to be checked?</source>
        <translation>事实是否具体到可以核查？</translation>
    </message>
    <message>
        <source>T&amp;ypicality (典型性)</source>
        <translation>典型性(&amp;Y)</translation>
    </message>
    <message>
        <source>Is this a frequently reported kind of matter?</source>
        <translation>是否属于反映较多的问题类型？</translation>
    </message>
    <message>
        <source>T&amp;imeliness (时效性)</source>
        <translation>时效性(&amp;I)</translation>
    </message>
    <message>
        <source>Is the matter recent enough to act on?</source>
        <translation>事项是否仍在可处理的时效内？</translation>
    </message>
    <message>
        <source>Record the triage</source>
        <translation>记录初筛结果</translation>
    </message>
    <message>
        <source>goes on to case handling: evidence request or the collective review.</source>
        <translation>转入办理：补证或提交集体研判。</translation>
    </message>
    <message>
        <source>goes to the key-attention pool (重点关注库) and is watched.</source>
        <translation>纳入重点关注库，持续关注。</translation>
    </message>
    <message>
        <source>a reminder letter goes to the responsible department.</source>
        <translation>向责任部门发送提醒函。</translation>
    </message>
    <message>
        <source>Class %1</source>
        <translation>%1类</translation>
    </message>
</context>
<context>
    <name>qf::Urging</name>
    <message>
        <source>urge the handling of a report</source>
        <translation>催办信访件</translation>
    </message>
    <message>
        <source>Write what the handling office is asked to do.</source>
        <translation>请写明对承办部门的要求。</translation>
    </message>
    <message>
        <source>The reminder could not be saved: %1</source>
        <translation>催办未能保存：%1</translation>
    </message>
    <message>
        <source>The reminders could not be read: %1</source>
        <translation>催办记录未能读取：%1</translation>
    </message>
</context>
<context>
    <name>qf::UsersDialog</name>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation>再次输入密码(&amp;A)：</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>Users and roles</source>
        <translation>用户与角色</translation>
    </message>
    <message>
        <source>Only the administrator adds users and gives roles. Roles entitled to identities receive the office&apos;s identity key, wrapped with the user&apos;s password.</source>
        <translation>只有管理员可以添加用户、分配角色。有权查看身份信息的角色会得到本单位的身份密钥，并以该用户的密码加密保存。</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>登录名</translation>
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
        <translation>状态</translation>
    </message>
    <message>
        <source>Custodian</source>
        <translation>保管人</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>添加用户(&amp;A)…</translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation>更改角色(&amp;R)…</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>重置密码(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Custodian on/off</source>
        <translation>设为/取消保管人(&amp;C)</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation>锁定至 %1</translation>
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
        <translation>添加用户</translation>
    </message>
    <message>
        <source>Decides on requests to release identities</source>
        <translation>审批身份信息申请</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>登录名(&amp;L)：</translation>
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
        <translation>%1 的初始密码</translation>
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
        <translation>重置密码</translation>
    </message>
    <message>
        <source>The new password of %1</source>
        <translation>%1 的新密码</translation>
    </message>
</context>
<context>
    <name>qf::VisitReceipts</name>
    <message>
        <source>Cannot read the report: %1</source>
        <translation>无法读取该件：%1</translation>
    </message>
    <message>
        <source>There is no such report.</source>
        <translation>没有这一件。</translation>
    </message>
    <message>
        <source>Report %1 was not registered at the check-in desk: it has no receipt.</source>
        <translation>%1不是在来访登记台登记的，没有回执。</translation>
    </message>
    <message>
        <source>Report %1 was referred elsewhere at the desk: it was given the notice of lawful referral, not a receipt.</source>
        <translation>%1已在来访登记台依法分类处理，出具的是依法分类告知单，不是回执。</translation>
    </message>
</context>
<context>
    <name>qf::VisitRecordPanel</name>
    <message>
        <source>The visit (八何)</source>
        <translation>来访情况（八何）</translation>
    </message>
    <message>
        <source>Individual visit</source>
        <translation>个人来访</translation>
    </message>
    <message>
        <source>Group visit</source>
        <translation>集体来访</translation>
    </message>
    <message>
        <source>Over-level visit</source>
        <translation>越级来访</translation>
    </message>
    <message>
        <source>People</source>
        <translation>来访人员</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>来访类型(&amp;K)</translation>
    </message>
    <message>
        <source>Representatives</source>
        <translation>代表</translation>
    </message>
    <message>
        <source>Companions</source>
        <translation>随行人员</translation>
    </message>
    <message>
        <source>What happened (何事)</source>
        <translation>反映的事项（何事）</translation>
    </message>
    <message>
        <source>&amp;Matter</source>
        <translation>事项(&amp;M)</translation>
    </message>
    <message>
        <source>The person or unit reported (何人)</source>
        <translation>被反映的人员或单位（何人）</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>何人</translation>
    </message>
    <message>
        <source>When</source>
        <translation>何时</translation>
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
        <translation>何果（目前结果）</translation>
    </message>
    <message>
        <source>What the visitor asks for (何诉求)</source>
        <translation>来访人的诉求（何诉求）</translation>
    </message>
    <message>
        <source>&amp;Demand</source>
        <translation>诉求(&amp;D)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Pre-check</source>
        <translation>预诊</translation>
    </message>
    <message>
        <source>(decided by the pre-check)</source>
        <translation>（由预审确定）</translation>
    </message>
    <message>
        <source>Write down the matter; the pre-check runs as you type.</source>
        <translation>请填写事项，系统将边输入边预审。</translation>
    </message>
    <message>
        <source>Probably out of scope: %1. Competent body: %2.</source>
        <translation>可能不属于受理范围：%1。有权处理机关：%2。</translation>
    </message>
    <message>
        <source>Probably out of scope: %1 (&quot;%2&quot;). Competent body: %3.</source>
        <translation>可能不属于受理范围：%1（“%2”）。有权处理机关：%3。</translation>
    </message>
    <message>
        <source>No sign that the matter is outside the office&apos;s remit.</source>
        <translation>未发现该事项超出本机关受理范围。</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>代表姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <source>Group visits: at most five representatives, each with the ID number</source>
        <translation>集体访：不超过五名代表，每人填写身份证号码</translation>
    </message>
</context>
<context>
    <name>qf::VisitRegistrar</name>
    <message>
        <source>Write down what the matter is (何事) before registering.</source>
        <translation>登记前请填写反映的事项（何事）。</translation>
    </message>
    <message>
        <source>A group visit needs the number of people (at least two).</source>
        <translation>集体来访须填写人数（至少两人）。</translation>
    </message>
    <message>
        <source>The database is busy; the visit was not registered: %1</source>
        <translation>数据库正忙，本次来访未登记：%1</translation>
    </message>
</context>
<context>
    <name>qf::VisitStore</name>
    <message>
        <source>&apos;%1&apos; is not a kind of visit (individual, group, over_level).</source>
        <translation>“%1”不是有效的来访类型（individual 个人来访、group 集体来访、over_level 越级来访）。</translation>
    </message>
    <message>
        <source>A visit needs at least one person.</source>
        <translation>来访登记至少需要一名来访人。</translation>
    </message>
    <message>
        <source>A group visit needs the number of people (at least two).</source>
        <translation>集体来访须填写人数（至少两人）。</translation>
    </message>
    <message>
        <source>The visit could not be read: %1</source>
        <translation>无法读取来访记录：%1</translation>
    </message>
    <message>
        <source>There is no visit with the id %1.</source>
        <translation>没有编号为 %1 的来访记录。</translation>
    </message>
    <message>
        <source>The waiting list could not be read: %1</source>
        <translation>无法读取候谈名单：%1</translation>
    </message>
    <message>
        <source>Nobody is waiting.</source>
        <translation>当前无人等候。</translation>
    </message>
    <message>
        <source>Choose the room for the conversation.</source>
        <translation>请选择接谈室。</translation>
    </message>
    <message>
        <source>The desk&apos;s ticket prefix &apos;%1&apos; is not valid: use one to three letters or digits.</source>
        <translation>接待台号票前缀“%1”无效：请使用一至三个字母或数字。</translation>
    </message>
    <message>
        <source>The next ticket number could not be found: %1</source>
        <translation>无法获取下一个号票号码：%1</translation>
    </message>
</context>
<context>
    <name>qf::VisitorHistoryLookup</name>
    <message>
        <source>The visitor&apos;s history could not be read: %1</source>
        <translation>无法读取来访人的来访记录：%1</translation>
    </message>
    <message>
        <source>The key petitioner&apos;s file could not be read.</source>
        <translation>无法读取重点信访人档案。</translation>
    </message>
</context>
<context>
    <name>qf::VisitorPanel</name>
    <message>
        <source>Visitor</source>
        <translation>来访人</translation>
    </message>
    <message>
        <source>Put the ID card on the reader, or type the identity (F3).</source>
        <translation>请将身份证放在阅读器上，或手动输入身份信息 (F3)。</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <source>Se&amp;x</source>
        <translation>性别(&amp;X)</translation>
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
        <translation>证件号码(&amp;I)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>电话(&amp;P)</translation>
    </message>
    <message>
        <source>Read from the ID card.</source>
        <translation>已从身份证读取。</translation>
    </message>
    <message>
        <source>Typed in by hand: check the ID number against the document shown.</source>
        <translation>手动输入：请对照所出示的证件核对证件号码。</translation>
    </message>
    <message>
        <source>Card t&amp;ype</source>
        <translation>证件类型(&amp;Y)</translation>
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
            <numerusform>%1 — 已过期 %n 天</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qf::WavWriter</name>
    <message>
        <source>The recording file could not be created: %1</source>
        <translation>无法创建录音文件：%1</translation>
    </message>
    <message>
        <source>The recording file could not be written: %1</source>
        <translation>无法写入录音文件：%1</translation>
    </message>
    <message>
        <source>The recording file could not be finished: %1</source>
        <translation>无法完成录音文件的写入：%1</translation>
    </message>
</context>
<context>
    <name>qf::WltDecoder</name>
    <message>
        <source>No photo decoder is installed; the photo is kept undecoded. Install the reader vendor&apos;s WLT decoder library and set its path in the ID card reader settings.</source>
        <translation>未安装照片解码器，照片按原样保存未解码。请安装阅读器厂商的 WLT 解码库，并在身份证阅读器设置中指定其路径。</translation>
    </message>
    <message>
        <source>No photo decoder is installed: the library %1 cannot be loaded (%2). The photo is kept undecoded.</source>
        <translation>未安装照片解码器：无法加载库 %1（%2）。照片按原样保存未解码。</translation>
    </message>
    <message>
        <source>No photo decoder is installed: %1 has no function &quot;unpack&quot;. The photo is kept undecoded.</source>
        <translation>未安装照片解码器：%1 中没有“unpack”函数。照片按原样保存未解码。</translation>
    </message>
    <message>
        <source>The card&apos;s photo has %1 bytes instead of %2.</source>
        <translation>证件照片为 %1 字节，应为 %2 字节。</translation>
    </message>
    <message>
        <source>The photo decoder could not decode the card&apos;s photo (code %1).</source>
        <translation>照片解码器无法解码证件照片（代码 %1）。</translation>
    </message>
</context>
<context>
    <name>qf::Writer</name>
    <message>
        <source>&apos;%1&apos; is not a table that can be changed.</source>
        <translation>“%1”不是可修改的数据表。</translation>
    </message>
    <message>
        <source>A change to %1 has no row id.</source>
        <translation>对 %1 的更改缺少行编号。</translation>
    </message>
    <message>
        <source>%1 has no field &apos;%2&apos;.</source>
        <translation>%1 没有字段“%2”。</translation>
    </message>
    <message>
        <source>Cannot prepare the change to %1: %2</source>
        <translation>无法准备对 %1 的更改：%2</translation>
    </message>
    <message>
        <source>The change to %1 was refused by the database: %2</source>
        <translation>数据库拒绝了对 %1 的更改：%2</translation>
    </message>
    <message>
        <source>There is no row %1 in %2.</source>
        <translation>%2 中没有行 %1。</translation>
    </message>
    <message>
        <source>Cannot record the change&apos;s clock: %1</source>
        <translation>无法记录更改的时钟：%1</translation>
    </message>
    <message>
        <source>Cannot queue the change for sync: %1</source>
        <translation>无法将更改加入同步队列：%1</translation>
    </message>
    <message>
        <source>The database is busy or read-only: %1</source>
        <translation>数据库忙或只读：%1</translation>
    </message>
    <message>
        <source>Cannot read the change&apos;s clock: %1</source>
        <translation>无法读取变更的时钟：%1</translation>
    </message>
</context>
<context>
    <name>qf::server::HttpFront</name>
    <message>
        <source>The server is busy; the workstation tries again later.</source>
        <translation>服务器繁忙；工作站稍后会再试。</translation>
    </message>
    <message>
        <source>The request&apos;s headers are too large.</source>
        <translation>请求头过大。</translation>
    </message>
    <message>
        <source>The request is not HTTP/1.1.</source>
        <translation>该请求不是 HTTP/1.1 请求。</translation>
    </message>
    <message>
        <source>The request has a malformed header.</source>
        <translation>请求中有格式错误的请求头。</translation>
    </message>
    <message>
        <source>The request gives two lengths.</source>
        <translation>请求给出了两个不同的长度。</translation>
    </message>
    <message>
        <source>The request must give its length (Content-Length).</source>
        <translation>请求必须给出其长度（Content-Length）。</translation>
    </message>
    <message>
        <source>The request&apos;s length is not a number.</source>
        <translation>请求的长度不是数字。</translation>
    </message>
    <message>
        <source>The request is larger than the server takes (%1 bytes at most).</source>
        <translation>请求超过服务器接受的大小（最多 %1 字节）。</translation>
    </message>
    <message>
        <source>The request took too long to arrive.</source>
        <translation>请求传输时间过长。</translation>
    </message>
</context>
<context>
    <name>qf::server::PostgresFollowUpSource</name>
    <message>
        <source>The central store cannot be read.</source>
        <translation>无法读取中心库。</translation>
    </message>
</context>
<context>
    <name>qf::server::RowSchema</name>
    <message>
        <source>The field %1 holds a character no database can keep (a NUL or half of a surrogate pair).</source>
        <translation>字段 %1 含有数据库无法保存的字符（NUL 或不成对的代理字符）。</translation>
    </message>
    <message>
        <source>The field %1 must hold bytes.</source>
        <translation>字段 %1 必须是字节数据。</translation>
    </message>
    <message>
        <source>The field %1 must hold a whole number.</source>
        <translation>字段 %1 必须是整数。</translation>
    </message>
    <message>
        <source>The field %1 must hold a number.</source>
        <translation>字段 %1 必须是数字。</translation>
    </message>
    <message>
        <source>The field %1 is longer than the server takes (%2 characters at most).</source>
        <translation>字段 %1 超过服务器接受的长度（最多 %2 个字符）。</translation>
    </message>
    <message>
        <source>The field %1 must name a row by its id.</source>
        <translation>字段 %1 必须是一条记录的编号。</translation>
    </message>
    <message>
        <source>The field %1 must hold text.</source>
        <translation>字段 %1 必须是文本。</translation>
    </message>
    <message>
        <source>The field %1 must hold a single value.</source>
        <translation>字段 %1 必须是单个值。</translation>
    </message>
    <message>
        <source>The server keeps no table &apos;%1&apos;.</source>
        <translation>服务器没有“%1”这张表。</translation>
    </message>
    <message>
        <source>The table %1 has no field %2 that a change may set.</source>
        <translation>表 %1 没有可由变更设置的字段 %2。</translation>
    </message>
    <message>
        <source>The change is larger than the server takes (%1 characters at most).</source>
        <translation>该变更超过服务器接受的大小（最多 %1 个字符）。</translation>
    </message>
    <message>
        <source>A row of %1 needs the field %2.</source>
        <translation>%1 的记录必须有字段 %2。</translation>
    </message>
    <message>
        <source>The row is not one a workstation&apos;s table %1 can keep.</source>
        <translation>该记录不符合工作站 %1 表的要求。</translation>
    </message>
    <message>
        <source>The value of %1 is not one the table %2 allows.</source>
        <translation>%1 的值不是表 %2 允许的值。</translation>
    </message>
</context>
<context>
    <name>qf::server::ServerSchema</name>
    <message>
        <source>The central database refused a statement: %1</source>
        <translation>中心数据库拒绝执行语句：%1</translation>
    </message>
    <message>
        <source>The PostgreSQL driver of Qt (libqt6sql6-psql) is not installed.</source>
        <translation>未安装 Qt 的 PostgreSQL 驱动（libqt6sql6-psql）。</translation>
    </message>
    <message>
        <source>Cannot read the central database: %1</source>
        <translation>无法读取中心数据库：%1</translation>
    </message>
    <message>
        <source>Cannot read the central database&apos;s version: %1</source>
        <translation>无法读取中心数据库版本：%1</translation>
    </message>
    <message>
        <source>Setting up the central store needs a PostgreSQL superuser connection (it creates roles and row-level security policies).</source>
        <translation>建立中心库需要使用 PostgreSQL 超级用户连接（需创建角色和行级安全策略）。</translation>
    </message>
    <message>
        <source>The central store has schema version %1, newer than this program knows (%2); it was left as it is. Use a newer qingfeng-cli.</source>
        <translation>中心库的结构版本为 %1，高于本程序支持的版本（%2）；未作任何改动。请使用更新版本的 qingfeng-cli。</translation>
    </message>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation>无法开始事务：%1</translation>
    </message>
    <message>
        <source>Cannot finish setting up the central store: %1</source>
        <translation>无法完成中心库的建立：%1</translation>
    </message>
    <message>
        <source>A user needs a login, a name and an office code.</source>
        <translation>用户须有登录名、姓名和单位代码。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a role; use one of: %2</source>
        <translation>“%1”不是有效角色；请使用以下之一：%2</translation>
    </message>
    <message>
        <source>Cannot add the user: %1 (%2)</source>
        <translation>无法添加用户：%1（%2）</translation>
    </message>
    <message>
        <source>Cannot add the user: %1</source>
        <translation>无法添加用户：%1</translation>
    </message>
    <message>
        <source>Cannot add the device: %1</source>
        <translation>无法添加设备：%1</translation>
    </message>
    <message>
        <source>There is no user &apos;%1&apos;; add the user first.</source>
        <translation>用户“%1”不存在；请先添加该用户。</translation>
    </message>
    <message>
        <source>No free device tag was found; the office has too many devices.</source>
        <translation>找不到可用的设备标识；本单位设备过多。</translation>
    </message>
    <message>
        <source>Cannot revoke the device: %1</source>
        <translation>无法吊销该设备：%1</translation>
    </message>
    <message>
        <source>Revision %1 of the central store names an unknown placeholder.</source>
        <translation>中心库的结构修订 %1 含有未知的占位符。</translation>
    </message>
    <message>
        <source>The PostgreSQL address is not valid; write it as postgresql://user@host:port/database.</source>
        <translation>PostgreSQL 地址无效；请写成 postgresql://用户@主机:端口/数据库。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names no PostgreSQL database: give key=value settings (host=... port=... dbname=... user=...) or an address (postgresql://user@host:port/database).</source>
        <translation>“%1”没有指明 PostgreSQL 数据库：请给出 key=value 设置（host=... port=... dbname=... user=...）或地址（postgresql://用户@主机:端口/数据库）。</translation>
    </message>
    <message>
        <source>local socket</source>
        <translation>本机套接字</translation>
    </message>
    <message>
        <source>Cannot connect to the central database (%1%2): %3</source>
        <translation>无法连接中心数据库（%1%2）：%3</translation>
    </message>
    <message>
        <source>Cannot read the audit alarms: %1</source>
        <translation>无法读取审计告警：%1</translation>
    </message>
    <message>
        <source>Cannot set the password: %1</source>
        <translation>无法设置密码：%1</translation>
    </message>
    <message>
        <source>There is no user %1 in the central store.</source>
        <translation>中心库中没有用户 %1。</translation>
    </message>
    <message>
        <source>Cannot change the account: %1</source>
        <translation>无法修改账户：%1</translation>
    </message>
    <message>
        <source>%1 has no central account (add it with a password, or let the user enrol a workstation).</source>
        <translation>%1 没有中心账户（请带密码添加该用户，或由该用户先接入一台工作站）。</translation>
    </message>
    <message>
        <source>%1 has no central account, or its role is not entitled to identities (a custodian&apos;s must be).</source>
        <translation>%1 没有中心账户，或其角色无权查看身份信息（保管人必须有此权限）。</translation>
    </message>
</context>
<context>
    <name>qf::server::SyncService</name>
    <message>
        <source>Cannot read the central database: %1</source>
        <translation>无法读取中心数据库：%1</translation>
    </message>
    <message>
        <source>qingfeng-syncd refuses to run as a PostgreSQL role that bypasses row-level security; connect as qingfeng_sync.</source>
        <translation>qingfeng-syncd 拒绝以可绕过行级安全的 PostgreSQL 角色运行；请以 qingfeng_sync 身份连接。</translation>
    </message>
    <message>
        <source>This device has no token; enrol it first.</source>
        <translation>此设备没有设备令牌；请先接入。</translation>
    </message>
    <message>
        <source>The device token is not known to the server (revoked or mistyped).</source>
        <translation>服务器无法识别该设备令牌（已吊销或输入有误）。</translation>
    </message>
    <message>
        <source>Upgrade required: this workstation speaks sync protocol %1, the server needs %2 to %3. Install the current Qingfeng on this workstation.</source>
        <translation>需要升级：本工作站使用同步协议 %1，服务器要求 %2 至 %3。请在本工作站安装当前版本的清风。</translation>
    </message>
    <message>
        <source>The server speaks sync protocol up to %1 and this workstation %2: the server must be upgraded first.</source>
        <translation>服务器最高支持同步协议 %1，本工作站为 %2：须先升级服务器。</translation>
    </message>
    <message>
        <source>The change names a field that is not valid.</source>
        <translation>该变更指定的字段无效。</translation>
    </message>
    <message>
        <source>Your role may not record or change reporters&apos; or visitors&apos; identities.</source>
        <translation>您的角色无权记录或修改举报人或来访人的身份信息。</translation>
    </message>
    <message>
        <source>Conflict records are made by the server; a device can only decide them.</source>
        <translation>冲突记录由服务器生成；设备只能对其作出决定。</translation>
    </message>
    <message>
        <source>The report this belongs to is not on the server, or not visible to you.</source>
        <translation>该记录所属的信访件不在服务器上，或您无权查看。</translation>
    </message>
    <message>
        <source>You cannot record or move this for another office.</source>
        <translation>您不能为其他单位记录或变更此项。</translation>
    </message>
    <message>
        <source>This belongs to another office.</source>
        <translation>此项属于其他单位。</translation>
    </message>
    <message>
        <source>The registration number %1 was already given to another report.</source>
        <translation>登记编号 %1 已分配给其他信访件。</translation>
    </message>
    <message>
        <source>A report&apos;s history cannot be deleted.</source>
        <translation>信访件的办理记录不能删除。</translation>
    </message>
    <message>
        <source>There is no such row on the server.</source>
        <translation>服务器上没有该行。</translation>
    </message>
    <message>
        <source>The status cannot change from %1 to %2: it was changed elsewhere in the meantime.</source>
        <translation>状态无法从 %1 变更为 %2：其间已在其他地方被修改。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a kind of change.</source>
        <translation>“%1”不是有效的变更类型。</translation>
    </message>
    <message>
        <source>The piece of the file does not fit its announced size.</source>
        <translation>文件分块与声明的大小不符。</translation>
    </message>
    <message>
        <source>The file was announced with another size before.</source>
        <translation>该文件此前已按其他大小声明。</translation>
    </message>
    <message>
        <source>The server has %1 bytes of this file; send from there.</source>
        <translation>服务器已有此文件的 %1 字节；请从该处继续发送。</translation>
    </message>
    <message>
        <source>The file arrived damaged (its SHA-256 does not match); it will be sent again.</source>
        <translation>文件到达时已损坏（SHA-256 不匹配）；将重新发送。</translation>
    </message>
    <message>
        <source>The server does not have this file (yet).</source>
        <translation>服务器上暂无此文件。</translation>
    </message>
    <message>
        <source>The central store is not set up; run qingfeng-syncd admin init first.</source>
        <translation>中心库尚未建立，请先运行 qingfeng-syncd admin init。</translation>
    </message>
    <message>
        <source>An answer kept by the central database cannot be read: %1</source>
        <translation>无法读取中心数据库保存的应答：%1</translation>
    </message>
    <message>
        <source>A change can only be made in the name of this device&apos;s user; %1 names someone else.</source>
        <translation>变更只能以本设备用户的名义提交；%1 填写的是其他人。</translation>
    </message>
    <message>
        <source>The change names no valid table or row.</source>
        <translation>该变更没有有效的表或记录。</translation>
    </message>
    <message>
        <source>The server keeps no table &apos;%1&apos;.</source>
        <translation>服务器没有“%1”这张表。</translation>
    </message>
    <message>
        <source>Users, their roles and the offices are changed only by the central administration (qingfeng-syncd admin), not by a workstation.</source>
        <translation>用户、角色和单位只能由中心管理（qingfeng-syncd admin）更改，工作站不能更改。</translation>
    </message>
    <message>
        <source>Your role (%1) may not change the reference table %2.</source>
        <translation>您的角色（%1）不能更改基础数据表 %2。</translation>
    </message>
    <message>
        <source>This row belongs to another office or is not open to your role; it was not changed.</source>
        <translation>该记录属于其他单位或您的角色无权查看；未作更改。</translation>
    </message>
    <message>
        <source>The change names its author with characters no database can keep.</source>
        <translation>该变更的作者含有数据库无法保存的字符。</translation>
    </message>
    <message>
        <source>A change in the batch has no valid id.</source>
        <translation>本批中有一项变更没有有效编号。</translation>
    </message>
    <message>
        <source>The central database could not take the batch; it is kept on the workstation and sent again later.</source>
        <translation>中心数据库未能接收本批变更；变更保留在工作站上，稍后会再次发送。</translation>
    </message>
    <message>
        <source>The central database is unavailable; try again later.</source>
        <translation>中心数据库暂不可用；请稍后再试。</translation>
    </message>
    <message>
        <source>The service may not act for this user; ask the administrator to check the user&apos;s role.</source>
        <translation>服务不能代表该用户操作；请管理员检查该用户的角色。</translation>
    </message>
    <message>
        <source>There is no %1 on this server.</source>
        <translation>本服务器上没有 %1。</translation>
    </message>
    <message>
        <source>%1 does not take %2; it takes %3.</source>
        <translation>%1 不接受 %2 请求；只接受 %3。</translation>
    </message>
    <message>
        <source>this workstation&apos;s audit log was altered at entry %1</source>
        <translation>本工作站的审计日志第 %1 条已被篡改</translation>
    </message>
    <message>
        <source>entries of this workstation&apos;s audit log up to %1, which the server has seen, are missing</source>
        <translation>服务器已见过的本工作站审计日志（截至第 %1 条）有条目缺失</translation>
    </message>
    <message>
        <source>this workstation&apos;s audit log no longer extends the one the server saw at entry %1; its history was rewritten</source>
        <translation>本工作站的审计日志已不再延续服务器在第 %1 条所见的日志，其历史已被改写</translation>
    </message>
    <message>
        <source>The server refuses to sync with this workstation: %1. The administrators of the central store have been alerted; nothing was sent or received.</source>
        <translation>服务器拒绝与本工作站同步：%1。已通知中心库管理员；未发送也未接收任何数据。</translation>
    </message>
    <message>
        <source>The server refused this workstation&apos;s audit log and exchanges no data with it; the administrators of the central store have been alerted.</source>
        <translation>服务器已拒绝本工作站的审计日志，不再与其交换任何数据；已通知中心库管理员。</translation>
    </message>
    <message>
        <source>This workstation has reported its audit log before and must go on doing so: it needs sync protocol %1 (the current Qingfeng).</source>
        <translation>本工作站此前已报送过审计日志，必须继续报送：需要同步协议 %1（当前版本的清风）。</translation>
    </message>
    <message>
        <source>since must be a whole number, not negative.</source>
        <translation>since 必须是不小于零的整数。</translation>
    </message>
    <message>
        <source>office_public_key must be a public key of 32 bytes.</source>
        <translation>office_public_key 必须是 32 字节的公钥。</translation>
    </message>
    <message>
        <source>This workstation holds another identity key than its office&apos;s; it may not seal keys for the office&apos;s users.</source>
        <translation>本工作站持有的身份密钥与本单位的不同，不能为本单位用户封存密钥。</translation>
    </message>
    <message>
        <source>A password change needs an Argon2id hash, a salt of 16 bytes and the wrapped key.</source>
        <translation>修改密码需要 Argon2id 散列值、16 字节的盐和封装后的密钥。</translation>
    </message>
    <message>
        <source>The central store has no enabled account for %1.</source>
        <translation>中心库中没有 %1 的可用账户。</translation>
    </message>
    <message>
        <source>The central database did not take every change of the batch; it is kept on the workstation and sent again later.</source>
        <translation>中心库没有接收这一批的全部改动；改动仍保存在本工作站上，稍后会重新发送。</translation>
    </message>
</context>
<context>
    <name>qf::sync::SyncClient</name>
    <message>
        <source>The server %1 cannot be reached: %2. Work goes on offline; nothing is lost.</source>
        <translation>无法连接服务器 %1：%2。工作将以离线方式继续，不会丢失任何数据。</translation>
    </message>
    <message>
        <source>Upgrade required: %1</source>
        <translation>需要升级：%1</translation>
    </message>
    <message>
        <source>The server does not accept this device: %1</source>
        <translation>服务器不接受此设备：%1</translation>
    </message>
    <message>
        <source>The server answered %1: %2</source>
        <translation>服务器返回 %1：%2</translation>
    </message>
    <message>
        <source>This workstation is not enrolled with a server (no device token in the keychain); run qingfeng-cli enrol.</source>
        <translation>本工作站未接入服务器（系统密钥环中没有设备令牌）；请运行 qingfeng-cli enrol。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds no certificate (PEM).</source>
        <translation>“%1”中没有证书（PEM）。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a server address (http://host:port or https://host:port).</source>
        <translation>“%1”不是服务器地址（http://host:port 或 https://host:port）。</translation>
    </message>
    <message>
        <source>This database already holds identities sealed with its own key, and the office has another. Enrol a new, empty database on this workstation.</source>
        <translation>此数据库已存有以其自身密钥加密的身份信息，而本单位使用另一单位密钥。请在本工作站接入一个新的空数据库。</translation>
    </message>
    <message>
        <source>The attachment %1 is missing from this workstation&apos;s store.</source>
        <translation>本工作站的存储中缺少附件 %1。</translation>
    </message>
    <message>
        <source>Cannot read the attachment %1.</source>
        <translation>无法读取附件 %1。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Cannot write %1 (is the disk full?).</source>
        <translation>无法写入 %1（磁盘是否已满？）。</translation>
    </message>
    <message>
        <source>An attachment arrived damaged (SHA-256 mismatch); it will be fetched again.</source>
        <translation>有附件到达时已损坏（SHA-256 不匹配）；将重新获取。</translation>
    </message>
    <message>
        <source>This workstation is not enrolled with a server; run qingfeng-cli enrol.</source>
        <translation>本工作站未接入服务器；请运行 qingfeng-cli enrol。</translation>
    </message>
    <message>
        <source>The server&apos;s answer does not match the changes sent; they stay queued.</source>
        <translation>服务器的应答与已发送的变更不符；这些变更仍在队列中。</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read (%1); nothing was changed.</source>
        <translation>无法读取服务器的应答（%1），未作任何更改。</translation>
    </message>
    <message>
        <source>The change is too large for the server.</source>
        <translation>该变更超过服务器接受的大小。</translation>
    </message>
    <message>
        <source>The server refuses this workstation&apos;s audit log.</source>
        <translation>服务器拒绝本工作站的审计日志。</translation>
    </message>
    <message>
        <source>The office&apos;s keys arrived, but this workstation&apos;s account cannot take them; sign in with the account that enrolled it.</source>
        <translation>本单位密钥已送达，但本工作站当前账户无法接收；请用接入本工作站时所用的账户登录。</translation>
    </message>
    <message>
        <source>The office&apos;s identity key arrived, but this database already holds identities sealed with its own key. Enrol a new, empty database on this workstation.</source>
        <translation>本单位身份密钥已送达，但本数据库中已有用自身密钥加密的身份信息。请在本工作站用一个新的空数据库重新接入。</translation>
    </message>
    <message>
        <source>Another sync of this workstation is still running; try again when it has finished.</source>
        <translation>本机另一次同步尚未结束，请待其完成后再试。</translation>
    </message>
</context>
<context>
    <name>qf::sync::SyncLocal</name>
    <message>
        <source>Cannot read the changes waiting to be sent: %1</source>
        <translation>无法读取待发送的变更：%1</translation>
    </message>
    <message>
        <source>Cannot count the changes waiting to be sent: %1</source>
        <translation>无法统计待发送的变更：%1</translation>
    </message>
    <message>
        <source>The database is busy: %1</source>
        <translation>数据库繁忙：%1</translation>
    </message>
    <message>
        <source>Cannot prepare the acknowledgement.</source>
        <translation>无法准备确认信息。</translation>
    </message>
    <message>
        <source>Cannot record a refused change: %1</source>
        <translation>无法记录被拒绝的变更：%1</translation>
    </message>
    <message>
        <source>Cannot clear a sent change: %1</source>
        <translation>无法清除已发送的变更：%1</translation>
    </message>
    <message>
        <source>Cannot prepare the pending-change lookup.</source>
        <translation>无法准备待发送变更的查询。</translation>
    </message>
    <message>
        <source>Cannot prepare the update of %1.</source>
        <translation>无法准备对 %1 的更新。</translation>
    </message>
    <message>
        <source>Cannot apply a change from the server to %1: %2</source>
        <translation>无法将服务器的变更应用到 %1：%2</translation>
    </message>
    <message>
        <source>Cannot prepare the field clocks.</source>
        <translation>无法准备字段时钟。</translation>
    </message>
    <message>
        <source>Cannot record a field clock: %1</source>
        <translation>无法记录字段时钟：%1</translation>
    </message>
    <message>
        <source>Cannot prepare the attachment queue.</source>
        <translation>无法准备附件队列。</translation>
    </message>
    <message>
        <source>Cannot queue an attachment to fetch: %1</source>
        <translation>无法将待获取的附件加入队列：%1</translation>
    </message>
    <message>
        <source>Cannot read the attachments: %1</source>
        <translation>无法读取附件：%1</translation>
    </message>
    <message>
        <source>Cannot read the attachments to fetch: %1</source>
        <translation>无法读取待获取的附件：%1</translation>
    </message>
    <message>
        <source>Cannot record a fetched attachment: %1</source>
        <translation>无法记录已获取的附件：%1</translation>
    </message>
    <message>
        <source>Cannot read the conflicts: %1</source>
        <translation>无法读取冲突：%1</translation>
    </message>
    <message>
        <source>Cannot count the conflicts: %1</source>
        <translation>无法统计冲突：%1</translation>
    </message>
    <message>
        <source>Cannot read the conflict: %1</source>
        <translation>无法读取该冲突：%1</translation>
    </message>
    <message>
        <source>There is no open conflict %1.</source>
        <translation>不存在未处理的冲突 %1。</translation>
    </message>
    <message>
        <source>Cannot read the refused changes: %1</source>
        <translation>无法读取被拒绝的变更：%1</translation>
    </message>
    <message>
        <source>Cannot prepare the update of a row from the server.</source>
        <translation>无法准备应用服务器发来的记录。</translation>
    </message>
    <message>
        <source>Cannot apply a change from the server: %1</source>
        <translation>无法应用服务器发来的变更：%1</translation>
    </message>
    <message>
        <source>Cannot prepare the list of rows kept aside.</source>
        <translation>无法准备暂存记录列表。</translation>
    </message>
    <message>
        <source>Cannot keep aside a row from the server: %1</source>
        <translation>无法暂存服务器发来的记录：%1</translation>
    </message>
    <message>
        <source>Cannot update the list of rows kept aside: %1</source>
        <translation>无法更新暂存记录列表：%1</translation>
    </message>
    <message>
        <source>Cannot read the rows kept aside: %1</source>
        <translation>无法读取暂存的记录：%1</translation>
    </message>
    <message>
        <source>Cannot count the rows kept aside: %1</source>
        <translation>无法统计暂存的记录：%1</translation>
    </message>
    <message>
        <source>Cannot read the reports: %1</source>
        <translation>无法读取案件：%1</translation>
    </message>
    <message>
        <source>Cannot build the search index: %1</source>
        <translation>无法建立搜索索引：%1</translation>
    </message>
    <message>
        <source>Cannot read the indexes: %1</source>
        <translation>无法读取索引：%1</translation>
    </message>
    <message>
        <source>Cannot put off an index: %1</source>
        <translation>无法暂缓建立索引：%1</translation>
    </message>
    <message>
        <source>Cannot build an index: %1</source>
        <translation>无法建立索引：%1</translation>
    </message>
    <message>
        <source>Cannot read the changes sent: %1</source>
        <translation>无法读取已发送的变更：%1</translation>
    </message>
</context>
<context>
    <name>qf::sync::detail::FieldCheck</name>
    <message>
        <source>The field %1 is missing.</source>
        <translation>缺少字段 %1。</translation>
    </message>
    <message>
        <source>The field %1 must be text.</source>
        <translation>字段 %1 必须是文本。</translation>
    </message>
    <message>
        <source>The field %1 is longer than %2 characters.</source>
        <translation>字段 %1 超过 %2 个字符。</translation>
    </message>
    <message>
        <source>The field %1 must be a whole number from %2 to %3.</source>
        <translation>字段 %1 必须是 %2 到 %3 之间的整数。</translation>
    </message>
    <message>
        <source>The field %1 must be true or false.</source>
        <translation>字段 %1 必须是真或假（true / false）。</translation>
    </message>
    <message>
        <source>The field %1 must be an object.</source>
        <translation>字段 %1 必须是对象。</translation>
    </message>
    <message>
        <source>The field %1 must be a list.</source>
        <translation>字段 %1 必须是列表。</translation>
    </message>
    <message>
        <source>The field %1 has more than %2 entries.</source>
        <translation>字段 %1 的条目超过 %2 个。</translation>
    </message>
    <message>
        <source>The field %1 is not base64.</source>
        <translation>字段 %1 不是 base64 编码。</translation>
    </message>
    <message>
        <source>The message is not valid JSON: %1</source>
        <translation>消息不是有效的 JSON：%1</translation>
    </message>
    <message>
        <source>The message is not a JSON object.</source>
        <translation>消息不是 JSON 对象。</translation>
    </message>
</context>
</TS>
