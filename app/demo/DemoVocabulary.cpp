// Word lists of the demo generator: invented place names and plausible sentences of the
// kind a petition office receives. Nothing here is about a real person.
#include "app/demo/DemoVocabulary.h"

namespace qf::demo {

namespace {

QStringList split(const QString& words)
{
    return words.split(QLatin1Char('|'));
}

} // namespace

const std::vector<DemoKind>& demoKinds()
{
    using T = SubjectTier;
    static const std::vector<DemoKind> kinds = {
        { QStringLiteral("03.01"), QStringLiteral("违规收受红包礼金"), 12, false, T::Village,
          split(QStringLiteral("{P}{S}在办理宅基地审批时收受村民{O}红包{A}|{S}利用逢年过节之机多次收受下属和群众送的礼金，合计约{A}"
                               "|{D}，{S}在为{E}办理手续过程中收受购物卡{N}张|{S}儿子结婚时，{S}收受本村及项目老板所送礼金{A}"
                               "|群众办事必须先给{S}送烟送酒，否则一拖再拖")),
          split(QStringLiteral("利用职务便利谋取私利|借机敛财|作风不正")),
          split(QStringLiteral("群众意见很大|严重损害党员干部形象|办事群众敢怒不敢言")) },
        { QStringLiteral("03.02"), QStringLiteral("违规吃喝"), 6, false, T::Township,
          split(QStringLiteral("{S}经常在{T}的农家乐用公款吃喝，{D}一次就花费{A}|{S}多次接受{E}老板宴请，饭后还去KTV娱乐"
                               "|{U}以开会名义在酒店聚餐，费用在下拨经费中列支{A}|{S}工作日中午饮酒，下午上班满身酒气")),
          split(QStringLiteral("无视中央八项规定精神|纪律观念淡薄")),
          split(QStringLiteral("浪费公款|造成不良影响")) },
        { QStringLiteral("03.03"), QStringLiteral("违规操办婚丧喜庆"), 4, false, T::Township,
          split(QStringLiteral("{S}为其母亲操办丧事，大摆宴席{N}桌|{S}借女儿升学之机宴请管理服务对象，收受礼金{A}"
                               "|{S}在{D}为儿子举办婚礼，动用公车{N}辆接送客人")),
          split(QStringLiteral("借机敛财|大操大办")),
          split(QStringLiteral("群众议论纷纷|败坏社会风气")) },
        { QStringLiteral("12.01"), QStringLiteral("挪用村集体资金"), 10, false, T::Village,
          split(QStringLiteral("{S}将{V}村集体山林承包款{A}存入个人账户|{S}挪用村集体资金{A}给其{R}做生意，至今未归还"
                               "|{V}村账目多年不公开，{S}以虚开发票的方式套取村集体资金{A}|{S}私自将村集体鱼塘低价发包给其{R}，合同期长达{N}年"
                               "|{D}收到的土地流转款{A}没有入账，被{S}截留")),
          split(QStringLiteral("村务不公开|集体资产管理混乱|利用职务便利侵占集体资产")),
          split(QStringLiteral("村集体经济遭受损失|村民多次上访未果|村民分红至今没有兑现")) },
        { QStringLiteral("04.02"), QStringLiteral("优亲厚友分配低保"), 9, false, T::Village,
          split(QStringLiteral("{S}把低保名额优先给了其{R}和亲戚，而真正困难的{O}家却没有|{S}的{R}家有小车有楼房仍然享受低保"
                               "|{D}评定低保时没有召开村民代表会议，名单由{S}一人说了算|{S}将危房改造补助{A}给了自己的亲戚"
                               "|残疾人{O}多次申请救助都被{S}拒绝")),
          split(QStringLiteral("优亲厚友|暗箱操作|评议程序不规范")),
          split(QStringLiteral("真正困难的群众没有得到救助|群众反映强烈|影响党群干群关系")) },
        { QStringLiteral("04.01"), QStringLiteral("克扣群众惠民补贴"), 8, false, T::Village,
          split(QStringLiteral("{S}克扣村民耕地地力保护补贴，每户少发{N}00元|{S}以收取工作经费为名扣留村民退耕还林补助{A}"
                               "|村民领取的养老保险补贴被{S}截留{A}|{S}向办理宅基地手续的群众收取“好处费”{A}")),
          split(QStringLiteral("侵害群众利益|吃拿卡要")),
          split(QStringLiteral("村民应得补贴没有足额发放|群众利益受损")) },
        { QStringLiteral("10.01"), QStringLiteral("公车私用"), 5, false, T::County,
          split(QStringLiteral("{S}长期将单位公务用车停放在自家小区，周末用来接送孩子|{D}，{S}驾驶公车到外地旅游"
                               "|{U}公车经常出现在{T}的酒店门口|{S}让司机开公车为其{R}搬家")),
          split(QStringLiteral("特权思想严重|违反公务用车管理规定")),
          split(QStringLiteral("造成公车运行费用增加|群众看在眼里")) },
        { QStringLiteral("07.02"), QStringLiteral("收受贿赂插手工程"), 7, false, T::County,
          split(QStringLiteral("{S}插手{T}道路硬化工程，指定由{E}承建，收受好处费{A}|{S}在项目验收中放水，事后收受{E}所送现金{A}"
                               "|{S}的{R}挂靠{E}承揽了多个政府项目|{D}{S}违规将{A}的工程拆分发包，规避招标")),
          split(QStringLiteral("权钱交易|利用职务便利为他人谋取利益")),
          split(QStringLiteral("工程质量差，路面已经开裂|国有资金流失")) },
        { QStringLiteral("08.01"), QStringLiteral("滥用职权违规审批"), 5, false, T::County,
          split(QStringLiteral("{S}违规为不符合条件的{E}办理采矿许可|{S}明知手续不全仍签字同意在基本农田上建厂房"
                               "|{S}违规批准其{R}的违章建筑补办手续|{D}{S}越权减免{E}应缴费用{A}")),
          split(QStringLiteral("滥用职权|违反审批程序")),
          split(QStringLiteral("破坏耕地|国家利益受损")) },
        { QStringLiteral("09.01"), QStringLiteral("玩忽职守监管失职"), 4, false, T::Township,
          split(QStringLiteral("{S}对{E}长期违法排污不闻不问|{V}村自建房存在重大安全隐患，{S}多次接到举报却不处理"
                               "|{D}发生的安全事故，{S}事前已经接到预警却没有采取措施|{S}对辖区内非法采砂行为放任不管")),
          split(QStringLiteral("不作为|监管缺位")),
          split(QStringLiteral("环境污染严重|群众生命财产安全受到威胁")) },
        { QStringLiteral("05.01"), QStringLiteral("不作为推诿扯皮"), 5, false, T::Township,
          split(QStringLiteral("群众到{U}办事，{S}推三阻四，要求跑了{N}次才办成|{S}上班时间经常玩手机游戏，群众找不到人"
                               "|{S}对群众反映的问题不回复、不处理|{S}多次无故不参加值班")),
          split(QStringLiteral("工作作风漂浮|服务意识差")),
          split(QStringLiteral("群众办事难|损害政府形象")) },
        { QStringLiteral("06.01"), QStringLiteral("参与赌博"), 3, false, T::Township,
          split(QStringLiteral("{S}经常在{T}的茶楼打牌赌博，输赢上万元|{S}晚上和{E}老板一起赌博|{D}有人看到{S}在麻将馆聚众赌博")),
          split(QStringLiteral("生活作风不检点")),
          split(QStringLiteral("影响恶劣")) },
        { QStringLiteral("11.01"), QStringLiteral("一把手独断专行"), 4, false, T::Township,
          split(QStringLiteral("{S}作为{U}主要负责人，重大事项从不上会研究，个人说了算|{S}违规决定将{A}项目交给{E}"
                               "|{S}在干部调整中任人唯亲，提拔了{N}名与其关系密切的人员|{S}家长作风严重，班子成员不敢提不同意见")),
          split(QStringLiteral("违反民主集中制|一把手权力不受监督")),
          split(QStringLiteral("单位风气不正|干部群众意见很大")) },
        { QStringLiteral("13.01"), QStringLiteral("换届选举拉票贿选"), 3, false, T::Village,
          split(QStringLiteral("{D}{V}村换届选举前，{S}挨家挨户送米送油拉票|{S}安排其{R}给每位村民代表发放{N}00元“辛苦费”"
                               "|{S}在选举中违规代写选票|{S}威胁不投票给他的村民，说以后不给办事")),
          split(QStringLiteral("破坏选举|拉票贿选")),
          split(QStringLiteral("选举结果不能体现民意|村民强烈不满")) },
        { QStringLiteral("02.01"), QStringLiteral("违规选拔任用干部"), 2, false, T::County,
          split(QStringLiteral("{S}违规提拔其{R}担任{U}股长|{U}招聘时{S}暗箱操作，录用的{N}人都有关系|{S}伪造档案材料，骗取提拔")),
          split(QStringLiteral("违反干部选拔任用规定")),
          split(QStringLiteral("干部职工意见很大")) },
        { QStringLiteral("01.01"), QStringLiteral("对抗组织审查"), 1, false, T::County,
          split(QStringLiteral("{S}得知被举报后，找{O}订立攻守同盟|{S}转移藏匿账本，销毁证据")),
          split(QStringLiteral("对抗组织审查")),
          split(QStringLiteral("妨碍调查")) },
        { QStringLiteral("90"), QStringLiteral("不服法院判决"), 4, true, T::County,
          split(QStringLiteral("我与{O}的借款纠纷，法院判决不公|法院执行局迟迟不执行判决，欠款{A}至今没有拿到"
                               "|我对{D}的二审判决不服，请求纪委督促法院重审")),
          split(QStringLiteral("对司法裁判不服")),
          split(QStringLiteral("合法权益得不到保障")) },
        { QStringLiteral("91"), QStringLiteral("征地拆迁补偿争议"), 5, true, T::Township,
          split(QStringLiteral("{T}征收我家房屋，补偿标准太低，只给了{A}|我家的承包地被征收，青苗补偿款{A}至今没有发放"
                               "|拆迁时我家的评估面积少算了{N}0平方米")),
          split(QStringLiteral("对补偿标准有异议")),
          split(QStringLiteral("生活困难")) },
        { QStringLiteral("92"), QStringLiteral("拖欠工资劳资纠纷"), 4, true, T::County,
          split(QStringLiteral("{E}拖欠我们{N}0名工人工资{A}|老板跑路了，我们{D}以来的工资都没有发|劳动监察部门说管不了，让我们去仲裁")),
          split(QStringLiteral("劳资纠纷")),
          split(QStringLiteral("工人无法回家过年")) },
        { QStringLiteral("99"), QStringLiteral("邻里纠纷"), 3, true, T::Village,
          split(QStringLiteral("邻居{O}建房占了我家的宅基地|{O}家的猪圈臭气熏天，多次协商无果|{O}在我家门口堆放杂物")),
          split(QStringLiteral("邻里矛盾")),
          split(QStringLiteral("影响正常生活")) },
    };
    return kinds;
}

const std::vector<DemoCategory>& demoCategories()
{
    static const std::vector<DemoCategory> list = [] {
        const char* rows[][4] = {
            { "01", "违反政治纪律", "", "" },          { "01.01", "对抗组织审查", "01", "" },
            { "01.02", "搞团团伙伙", "01", "" },       { "02", "违反组织纪律", "", "" },
            { "02.01", "违规选拔任用干部", "02", "" }, { "02.02", "不如实报告个人有关事项", "02", "" },
            { "03", "违反廉洁纪律", "", "" },          { "03.01", "违规收送礼品礼金", "03", "" },
            { "03.02", "违规吃喝", "03", "" },         { "03.03", "违规操办婚丧喜庆", "03", "" },
            { "03.04", "利用职权为亲属谋利", "03", "" }, { "04", "违反群众纪律", "", "" },
            { "04.01", "侵害群众利益", "04", "" },     { "04.02", "优亲厚友", "04", "" },
            { "04.03", "吃拿卡要", "04", "" },         { "05", "违反工作纪律", "", "" },
            { "05.01", "不作为乱作为", "05", "" },     { "05.02", "违规干预插手", "05", "" },
            { "06", "违反生活纪律", "", "" },          { "06.01", "赌博", "06", "" },
            { "06.02", "不正当关系", "06", "" },       { "07", "贪污贿赂", "", "" },
            { "07.01", "贪污", "07", "" },             { "07.02", "受贿", "07", "" },
            { "07.03", "挪用公款", "07", "" },         { "08", "滥用职权", "", "" },
            { "08.01", "违规审批", "08", "" },         { "09", "玩忽职守", "", "" },
            { "09.01", "监管失职", "09", "" },         { "10", "违反中央八项规定精神", "", "" },
            { "10.01", "公车私用", "10", "" },         { "10.02", "违规发放津补贴", "10", "" },
            { "11", "一把手问题", "", "must" },        { "11.01", "违反民主集中制", "11", "must" },
            { "12", "三资管理（集体资产）", "", "must" }, { "12.01", "侵占挪用集体资金", "12", "must" },
            { "12.02", "违规处置集体资产", "12", "must" }, { "13", "换届选举", "", "must" },
            { "13.01", "拉票贿选", "13", "must" },     { "90", "涉法涉诉", "", "" },
            { "91", "征地拆迁", "", "" },              { "92", "劳资纠纷", "", "" },
            { "99", "其他非纪检监察事项", "", "" },
        };
        std::vector<DemoCategory> out;
        for (const auto& r : rows)
            out.push_back({ QString::fromUtf8(r[0]), QString::fromUtf8(r[1]), QString::fromUtf8(r[2]), r[3][0] != 0 });
        return out;
    }();
    return list;
}

#define QF_WORDS(name, text)                                                                                           \
    const QStringList& name()                                                                                          \
    {                                                                                                                  \
        static const QStringList list = split(QStringLiteral(text));                                                   \
        return list;                                                                                                   \
    }

QF_WORDS(surnames, "王|李|张|刘|陈|杨|黄|赵|吴|周|徐|孙|马|朱|胡|郭|何|高|林|罗|郑|梁|谢|宋|唐|许|韩|冯|邓|曹|彭|曾|肖|田|董|袁|潘|蒋|蔡|余|杜|叶|程|魏|苏|吕|丁|任|沈|姚|卢|姜|崔|钟|谭|陆|汪|范|廖|石|贺|龙|欧阳")
QF_WORDS(givenNameChars, "伟|芳|娜|敏|静|丽|强|磊|军|洋|勇|艳|杰|娟|涛|明|超|秀|霞|平|刚|桂|英|华|建|国|红|文|辉|玉|兰|志|海|春|林|峰|斌|波|宇|浩|凯|鹏|飞|云|莲|梅|琴|德|福|生|金|成|荣|富|贵|友|和|永|长|顺|利|新|庆|兵|东|亮|晓|燕|丹|萍")
QF_WORDS(townships, "城关镇|清河镇|白沙镇|石门镇|柳林镇|龙泉镇|黄土岭镇|新塘镇|东城街道|西城街道")
QF_WORDS(villages, "东山|石桥|柳树湾|大塘|杨家坪|新民|双河|高峰|桃源|李家冲|茶园|金盆|枫树|长岭|马鞍|青龙|向阳|五里牌|沙坪|田心|荷花|松柏|观音岩|大坪")
QF_WORDS(countyBodies, "县自然资源局|县住房和城乡建设局|县交通运输局|县教育局|县卫生健康局|县农业农村局|县水利局|县民政局|县人力资源和社会保障局|县市场监督管理局|县生态环境分局|县城市管理局|县财政局|县医疗保障局")
QF_WORDS(streets, "解放路|人民路|建设路|新华街|文化路|胜利路|滨江路|五一路|朝阳路|迎宾大道")
QF_WORDS(enterprises, "宏达建筑工程有限公司|鑫源建材有限公司|顺发砂石场|恒通路桥公司|金穗农业开发公司|华兴物业公司|永盛劳务公司|绿源环保科技公司|天宇房地产开发公司|利民农机合作社")
QF_WORDS(relatives, "妻子|弟弟|儿子|女婿|侄子|表哥|小舅子|姐姐")
QF_WORDS(openings, "我是{T}{V}村村民，|本人系{T}{V}村村民，现实名举报。|我叫{O}，家住{T}{V}村，|我们是{T}{V}村的党员群众，|本人是{U}的退休职工，")
QF_WORDS(anonymousOpenings, "我们是{T}{V}村的部分村民，|知情群众反映：|一名老党员反映：|我们是{U}的干部职工，因怕打击报复不敢署名。|")
QF_WORDS(evidence, "有关转账记录和照片可以作证。|村里很多群众都知道此事。|相关账目可以查证。|我手上有录音。|可以找{O}核实。|")
QF_WORDS(demands, "请求上级纪委调查处理。|恳请纪委监委派人核实，还群众一个公道。|希望依纪依法严肃处理。|请求追回被侵占的资金。|请求纪委督促有关部门解决。|希望尽快给我们一个答复。")
QF_WORDS(regionCodes, "431121|431121|431121|431122|431102|431103|430124|430602|430626|431124")
QF_WORDS(ethnicities, "汉|汉|汉|汉|汉|汉|瑶|土家|苗|侗")

#undef QF_WORDS

} // namespace qf::demo
