#include "ui/meeting/MinutesDocument.h"

#include "app/print/DocumentPdf.h"
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

} // namespace

QString MinutesDocument::html(const Meeting& m, const QHash<QString, CaseSlide>& slides,
    const NameOf& orgName, int version, bool confirmed)
{
    // Laid out like every other document (DocumentPdf): title, heading lines, then only the
    // items the meeting decided; the undecided ones in one line at the end; no timings.
    QString h;
    h += QStringLiteral("<html><body>");
    h += QStringLiteral("<p class=\"title\">%1</p>").arg(esc(tr("Minutes of the collective review (集体研判纪要)")));
    if (version > 1)
        h += QStringLiteral("<p class=\"docno\">%1</p>").arg(esc(tr("Amendment %1").arg(version - 1)));
    // The heading: which meeting (第N次 of its year), when, where, who chaired and recorded it,
    // who attended (出席) and who sat in (列席).
    if (m.number > 0)
        h += QStringLiteral("<p class=\"docno\">%1</p>")
                 .arg(esc(tr("Meeting %1 of %2").arg(m.number).arg(m.heldOn.year())));
    QString chair = m.chairName.trimmed();
    QStringList attendees, sittingIn;
    for (const MeetingParticipant& p : m.participants) {
        const QString who = QStringLiteral("%1（%2）").arg(p.name, MeetingStore::departmentName(p.department));
        if (chair.isEmpty() && p.id == m.chairId)
            chair = p.name;
        (p.sittingIn ? sittingIn : attendees) << who;
    }
    h += QStringLiteral("<p>%1%2</p>").arg(esc(tr("Date:")), esc(DocumentPdf::documentDate(m.heldOn)));
    if (!m.place.trimmed().isEmpty())
        h += QStringLiteral("<p>%1%2</p>").arg(esc(tr("Place:")), esc(m.place));
    if (!chair.isEmpty())
        h += QStringLiteral("<p>%1%2</p>").arg(esc(tr("Chair:")), esc(chair));
    if (!m.recorder.trimmed().isEmpty())
        h += QStringLiteral("<p>%1%2</p>").arg(esc(tr("Recorder:")), esc(m.recorder.trimmed()));
    if (!attendees.isEmpty())
        h += QStringLiteral("<p>%1%2</p>").arg(esc(tr("Attendees:")), esc(attendees.join(QStringLiteral("、"))));
    if (!sittingIn.isEmpty())
        h += QStringLiteral("<p>%1%2</p>").arg(esc(tr("Sitting in:")), esc(sittingIn.join(QStringLiteral("、"))));

    int n = 0;
    int undecided = 0;
    for (const AgendaItem& i : m.items) {
        if (i.decision == MeetingDecision::None) {
            ++undecided;
            continue;
        }
        ++n;
        const CaseSlide s = slides.value(i.reportId);
        h += QStringLiteral("<p>&nbsp;</p><p><b>%1、%2</b></p>").arg(n).arg(esc(s.regNo));
        if (!s.summary.trimmed().isEmpty())
            h += QStringLiteral("<p class=\"text\">%1</p>").arg(esc(s.summary));
        QString decision = CaseSlideLoader::outcomeText(meetingDecisionName(i.decision));
        if (i.decision == MeetingDecision::Dispatch && orgName)
            decision += QStringLiteral(" → ") + orgName(i.targetOrg);
        if (i.deadline.isValid())
            decision += QStringLiteral("（") + tr("Deadline: %1").arg(DocumentPdf::documentDate(i.deadline))
                + QStringLiteral("）");
        h += QStringLiteral("<p class=\"text\">%1%2</p>").arg(esc(tr("Decision:")), esc(decision));
        if (!i.reasons.trimmed().isEmpty())
            h += QStringLiteral("<p class=\"text\">%1%2</p>").arg(esc(tr("Reasons:")), esc(i.reasons));
        if (!i.opinions.trimmed().isEmpty())
            h += QStringLiteral("<p class=\"text\">%1%2</p>").arg(esc(tr("Opinions:")), esc(i.opinions));
        h += QStringLiteral("<p class=\"text\">%1%2</p>")
                 .arg(esc(tr("Dissent:")), esc(i.dissent.trimmed().isEmpty() ? tr("none") : i.dissent));
    }
    if (n == 0)
        h += QStringLiteral("<p>&nbsp;</p><p class=\"text\">%1</p>").arg(esc(tr("No item was decided at this meeting.")));
    if (undecided > 0)
        h += QStringLiteral("<p>&nbsp;</p><p class=\"text\">%1</p>")
                 .arg(esc(tr("%n more item(s) not reviewed, carried over to the next meeting.", nullptr, undecided)));

    h += QStringLiteral("<p>&nbsp;</p><p><b>%1</b></p>").arg(esc(tr("Signatures")));
    h += QStringLiteral("<table width=\"100%\" cellpadding=\"8\">");
    for (const MeetingParticipant& p : m.participants)
        h += QStringLiteral("<tr><td width=\"40%\">%1（%2）</td><td width=\"35%\">%3 ____________</td>"
                            "<td>%4 ________</td></tr>")
                 .arg(esc(p.name), esc(MeetingStore::departmentName(p.department)), esc(tr("Signature:")),
                     esc(tr("Date:")));
    h += QStringLiteral("</table>");
    h += QStringLiteral("<p>%1 ________________　　%2 ________________</p>").arg(esc(tr("Chair:")), esc(tr("Recorder:")));
    h += QStringLiteral("<p class=\"small\">%1</p>").arg(esc(confirmed ? tr("Confirmed by the chair.") : tr("Draft")));
    h += QStringLiteral("</body></html>");
    return h;
}

void MinutesDocument::print(const QString& html, QPrinter* printer)
{
    DocumentPdf::paint(html, printer);
}

Status MinutesDocument::writePdf(const QString& html, const QString& path)
{
    if (Status s = DocumentPdf::toPdf(html, path); !s)
        return Error { tr("The minutes could not be written to %1.").arg(path) };
    return {};
}

} // namespace qf
