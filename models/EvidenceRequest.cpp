#include "models/EvidenceRequest.h"
#include "models/SqlError.h"

#include "models/Database.h"
#include "models/Report.h"
#include "models/ReportStore.h"
#include "models/Writer.h"

#include <QSqlError>
#include <QSqlQuery>

namespace qf {

namespace {

struct Section
{
    QString title;
    const QStringList* items;
};

QList<Section> sections(const EvidenceNotice& n)
{
    return { { QStringLiteral("一、事实要素（请补充）"), &n.factItems },
             { QStringLiteral("二、证据指引（请提供）"), &n.evidenceItems },
             { QStringLiteral("三、层级对照（请说明）"), &n.levelItems } };
}

} // namespace

EvidenceRequest::EvidenceRequest(ReportStore& reports, CaseStateMachine& machine)
    : m_reports(reports)
    , m_machine(machine)
{
}

QString EvidenceRequest::plainText(const Report& r, const EvidenceNotice& n, const QDate& date)
{
    QString t = QStringLiteral("补充材料告知书\n\n编号：%1\n\n").arg(r.regNo);
    t += QStringLiteral("您反映的问题已收悉。为便于依规核查，请一次性补充以下材料：\n\n");
    for (const Section& s : sections(n)) {
        if (s.items->isEmpty())
            continue;
        t += s.title + QLatin1Char('\n');
        for (int i = 0; i < s.items->size(); ++i)
            t += QStringLiteral("  %1. %2\n").arg(i + 1).arg(s.items->at(i));
        t += QLatin1Char('\n');
    }
    if (n.replyBy.isValid())
        t += QStringLiteral("请于%1前提交。\n").arg(n.replyBy.toString(QStringLiteral("yyyy年M月d日")));
    t += QStringLiteral("\n%1\n").arg(date.toString(QStringLiteral("yyyy年M月d日")));
    return t;
}

QString EvidenceRequest::html(const Report& r, const EvidenceNotice& n, const QDate& date, const QString& officeName,
                             const QString& docNo)
{
    // 成文日期 as GB/T 9704-2012 writes it: Arabic digits, no leading zeros.
    const QString dateFormat = QStringLiteral("yyyy年M月d日");
    QString h = QStringLiteral("<html><body><p class=\"title\">补充材料告知书</p>");
    if (!docNo.isEmpty())
        h += QStringLiteral("<p class=\"docno\">%1</p>").arg(docNo.toHtmlEscaped());
    h += QStringLiteral("<p class=\"addressee\">您好：</p>"
                               "<p class=\"text\">您反映的问题（编号：%1）已收悉。为便于依规核查，请一次性补充以下材料：</p>")
                    .arg(r.regNo.toHtmlEscaped());
    for (const Section& s : sections(n)) {
        if (s.items->isEmpty())
            continue;
        h += QStringLiteral("<p class=\"text\"><b>%1</b></p><ol>").arg(s.title);
        for (const QString& item : *s.items)
            h += QStringLiteral("<li>%1</li>").arg(item.toHtmlEscaped());
        h += QStringLiteral("</ol>");
    }
    if (n.replyBy.isValid())
        h += QStringLiteral("<p class=\"text\">请于%1前提交。</p>").arg(n.replyBy.toString(dateFormat));
    h += QStringLiteral("<p>&nbsp;</p>");
    if (!officeName.trimmed().isEmpty())
        h += QStringLiteral("<p class=\"sign\">%1</p>").arg(officeName.toHtmlEscaped());
    h += QStringLiteral("<p class=\"seal\">（盖章）</p><p class=\"sign\">%1</p></body></html>").arg(date.toString(dateFormat));
    return h;
}

Status EvidenceRequest::request(const QString& reportId, const EvidenceNotice& n, const Actor& actor,
                                const QDateTime& at)
{
    if (n.isEmpty())
        return Error { tr("The evidence notice lists nothing missing.") };
    QVariantMap params { { QStringLiteral("facts"), n.factItems },
                         { QStringLiteral("evidence"), n.evidenceItems },
                         { QStringLiteral("levels"), n.levelItems } };
    if (n.replyBy.isValid())
        params.insert(QStringLiteral("reply_by"), n.replyBy.toString(Qt::ISODate));
    if (at.isValid())
        params.insert(QStringLiteral("at"), at);
    return m_machine.apply(reportId, Transition::RequestEvidence, params, actor);
}

Result<SecondRequestRate> EvidenceRequest::secondRequestRate(const QDate& from, const QDate& to) const
{
    QSqlQuery q(m_reports.writer().database().connection());
    q.prepare(QStringLiteral(
        "SELECT COUNT(*), COALESCE(SUM(n > 1), 0) FROM ("
        " SELECT report_id, COUNT(*) AS n, MIN(at) AS first FROM events"
        " WHERE kind = 'request_evidence' GROUP BY report_id)"
        " WHERE first >= ? AND first < ?"));
    q.addBindValue(from.toString(Qt::ISODate));
    q.addBindValue(to.addDays(1).toString(Qt::ISODate)); // ISO text: the day after, exclusive
    if (!q.exec() || !q.next())
        return Error { tr("Cannot count the evidence requests: %1").arg(SqlError::text(q.lastError())) };
    return SecondRequestRate { q.value(0).toInt(), q.value(1).toInt() };
}

} // namespace qf
