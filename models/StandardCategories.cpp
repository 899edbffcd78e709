// The standard problem-category taxonomy a new office starts with: the six kinds of
// discipline of the Party's disciplinary regulations (《中国共产党纪律处分条例》) with their
// usual sub-items, the spirit of the eight-point rules, duty-related illegality and crime
// (《监察法》), and the matters outside the remit. Data, not interface text: it is stored and
// edited like any category. The codes follow the demonstration data's, so demo reports land
// in the standard categories; the ids are stable per code (Uuid7::stableFor), so two
// workstations that both start a store carry the same rows, not two copies.
#include "models/CategoryStore.h"

#include "models/Uuid7.h"
#include "models/Writer.h"

namespace qf {

QList<Change> CategoryStore::standardTaxonomy()
{
    static const char* const rows[][2] = {
        { "01", "违反政治纪律" },
        { "01.01", "对抗组织审查" },
        { "01.02", "搞团团伙伙、结党营私、拉帮结派" },
        { "01.03", "公开发表违背党的理论和路线方针政策的言论" },
        { "01.04", "妄议党中央大政方针" },
        { "01.05", "拒不执行或擅自改变党中央决策部署" },
        { "01.06", "组织、参加迷信活动" },
        { "01.07", "搞两面派、做两面人" },
        { "01.09", "其他违反政治纪律行为" },
        { "02", "违反组织纪律" },
        { "02.01", "违规选拔任用干部" },
        { "02.02", "不如实报告个人有关事项" },
        { "02.03", "违反民主集中制原则" },
        { "02.04", "拉票贿选、违规操纵选举" },
        { "02.05", "违规办理、持有因私出国（境）证件" },
        { "02.06", "在人事、档案等工作中弄虚作假" },
        { "02.09", "其他违反组织纪律行为" },
        { "03", "违反廉洁纪律" },
        { "03.01", "违规收送礼品礼金" },
        { "03.02", "违规吃喝" },
        { "03.03", "违规操办婚丧喜庆事宜" },
        { "03.04", "利用职权为亲属及特定关系人谋利" },
        { "03.05", "违规经商办企业" },
        { "03.06", "违规兼职取酬" },
        { "03.07", "违规借用管理和服务对象钱款、住房、车辆" },
        { "03.08", "权权交易、权钱交易" },
        { "03.09", "其他违反廉洁纪律行为" },
        { "04", "违反群众纪律" },
        { "04.01", "侵害群众利益（截留挪用、侵占惠民资金）" },
        { "04.02", "优亲厚友（低保、救助、补贴等）" },
        { "04.03", "吃拿卡要" },
        { "04.04", "超标准超范围向群众筹资筹劳、摊派费用" },
        { "04.05", "漠视群众诉求、推诿扯皮" },
        { "04.09", "其他违反群众纪律行为" },
        { "05", "违反工作纪律" },
        { "05.01", "不作为、乱作为" },
        { "05.02", "违规干预插手市场经济、司法和执纪执法活动" },
        { "05.03", "形式主义、官僚主义" },
        { "05.04", "泄露、扩散或者窃取秘密" },
        { "05.05", "主体责任、监督责任落实不力" },
        { "05.09", "其他违反工作纪律行为" },
        { "06", "违反生活纪律" },
        { "06.01", "赌博" },
        { "06.02", "与他人发生不正当关系" },
        { "06.03", "生活奢靡、贪图享乐" },
        { "06.04", "违背社会公序良俗" },
        { "06.09", "其他违反生活纪律行为" },
        { "07", "职务犯罪" },
        { "07.01", "贪污" },
        { "07.02", "受贿" },
        { "07.03", "挪用公款" },
        { "07.04", "行贿、介绍贿赂" },
        { "07.05", "私分国有资产" },
        { "07.06", "滥用职权罪、玩忽职守罪" },
        { "07.07", "徇私舞弊犯罪" },
        { "07.09", "其他职务犯罪" },
        { "08", "职务违法" },
        { "08.01", "违规审批" },
        { "08.02", "滥用职权" },
        { "08.03", "徇私舞弊" },
        { "08.04", "违规收受财物" },
        { "08.09", "其他职务违法" },
        { "09", "失职失责" },
        { "09.01", "监管失职" },
        { "09.02", "履职不力、失职渎职" },
        { "09.09", "其他失职失责" },
        { "10", "违反中央八项规定精神" },
        { "10.01", "公车私用、违规配备使用公务用车" },
        { "10.02", "违规发放津补贴或福利" },
        { "10.03", "违规公款吃喝" },
        { "10.04", "违规收送名贵特产和礼品礼金" },
        { "10.05", "公款旅游、违规接受管理服务对象旅游活动安排" },
        { "10.06", "违规操办婚丧喜庆" },
        { "10.07", "楼堂馆所违规、违规使用办公用房" },
        { "10.08", "形式主义、官僚主义突出问题" },
        { "10.09", "其他违反中央八项规定精神问题" },
        { "90", "涉法涉诉" },
        { "99", "其他非纪检监察事项" },
    };
    QList<Change> out;
    for (const auto& r : rows) {
        const QString code = QString::fromUtf8(r[0]);
        QVariantMap f { { QStringLiteral("code"), code }, { QStringLiteral("name"), QString::fromUtf8(r[1]) },
                        { QStringLiteral("must_review"), 0 } };
        const qsizetype dot = code.indexOf(QLatin1Char('.'));
        if (dot > 0)
            f.insert(QStringLiteral("parent_id"), Uuid7::stableFor(QStringLiteral("categories"), code.left(dot)));
        out << Change::insert(QStringLiteral("categories"), Uuid7::stableFor(QStringLiteral("categories"), code), f);
    }
    return out;
}

} // namespace qf
