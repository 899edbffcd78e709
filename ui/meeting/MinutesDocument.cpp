#include "ui/meeting/MinutesDocument.h"

#include "models/MeetingStore.h"
#include "models/PrivateFiles.h"

#include <QFile>
#include <QLocale>
#include <QPageLayout>
#include <QPrinter>
#include <QTextDocument>

namespace qf {

namespace {

QString esc(const QString& s)
{
    return s.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
}

QString duration(int seconds)
{
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

QString MinutesDocument::html(const Meeting& m, const QHash<QString, CaseSlide>& slides,
    const NameOf& orgName, int version, bool confirmed)
{
    QString h;
    h += QStringLiteral("<html><body style=\"font-size: 11pt;\">");
    h += QStringLiteral("<h1 align=\"center\">%1</h1>")
             .arg(esc(tr("Minutes of the collective review (集体研判纪要)")));
    if (version > 1)
        h += QStringLiteral("<p align=\"center\">%1</p>").arg(esc(tr("Amendment %1").arg(version - 1)));
    h += QStringLiteral("<p><b>%1</b> %2<br/><b>%3</b> %4</p>")
             .arg(esc(tr("Date:")), esc(QLocale().toString(m.heldOn, QLocale::LongFormat)), esc(tr("Place:")),
                 esc(m.place));
    h += QStringLiteral("<p><b>%1</b></p><ul>").arg(esc(tr("Participants:")));
    for (const MeetingParticipant& p : m.participants)
        h += QStringLiteral("<li>%1 (%2)</li>")
                 .arg(esc(p.name), esc(MeetingStore::departmentName(p.department)));
    h += QStringLiteral("</ul>");

    h += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Cases reviewed")));
    int n = 0;
    for (const AgendaItem& i : m.items) {
        ++n;
        const CaseSlide s = slides.value(i.reportId);
        h += QStringLiteral("<h3>%1. %2</h3>").arg(n).arg(esc(s.regNo));
        h += QStringLiteral("<p>%1</p>").arg(esc(s.summary));
        QString decision = CaseSlideLoader::outcomeText(meetingDecisionName(i.decision));
        if (i.decision == MeetingDecision::Dispatch && orgName)
            decision += QStringLiteral(" → ") + orgName(i.targetOrg);
        h += QStringLiteral("<p><b>%1</b> %2</p>").arg(esc(tr("Decision:")), esc(decision));
        if (!i.reasons.trimmed().isEmpty())
            h += QStringLiteral("<p><b>%1</b> %2</p>").arg(esc(tr("Reasons:")), esc(i.reasons));
        if (!i.opinions.trimmed().isEmpty())
            h += QStringLiteral("<p><b>%1</b> %2</p>").arg(esc(tr("Opinions:")), esc(i.opinions));
        h += QStringLiteral("<p><b>%1</b> %2</p>")
                 .arg(esc(tr("Dissent:")), esc(i.dissent.trimmed().isEmpty() ? tr("none") : i.dissent));
        QString line;
        if (i.deadline.isValid())
            line += tr("Deadline: %1").arg(QLocale().toString(i.deadline, QLocale::ShortFormat))
                + QStringLiteral("  ");
        line += tr("Time spent: %1").arg(duration(i.seconds));
        h += QStringLiteral("<p>%1</p>").arg(esc(line));
    }

    h += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Signatures")));
    h += QStringLiteral("<table width=\"100%\" cellpadding=\"8\">");
    for (const MeetingParticipant& p : m.participants)
        h += QStringLiteral(
            "<tr><td width=\"40%\">%1 (%2)</td><td>%3 ______________________ %4 ____________</td></tr>")
                 .arg(esc(p.name), esc(MeetingStore::departmentName(p.department)), esc(tr("Signature:")),
                     esc(tr("Date:")));
    h += QStringLiteral("</table>");
    h += QStringLiteral("<p>%1 ______________________</p>").arg(esc(tr("Chair:")));
    h += QStringLiteral("<p><i>%1</i></p>").arg(esc(confirmed ? tr("Confirmed by the chair.") : tr("Draft")));
    h += QStringLiteral("</body></html>");
    return h;
}

void MinutesDocument::print(const QString& html, QPrinter* printer)
{
    QTextDocument doc;
    doc.setHtml(html);
    doc.print(printer);
}

Status MinutesDocument::writePdf(const QString& html, const QString& path)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout::Millimeter);
    printer.setDocName(tr("Minutes of the collective review"));
    if (Status s = PrivateFiles::prepareFile(path); !s)
        return Error { tr("The minutes could not be written to %1.").arg(path) };
    print(html, &printer);
    QFile f(path);
    if (!f.exists() || f.size() == 0)
        return Error { tr("The minutes could not be written to %1.").arg(path) };
    return {};
}

} // namespace qf
