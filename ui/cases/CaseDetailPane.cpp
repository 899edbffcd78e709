#include "ui/cases/CaseDetailPane.h"
#include "ui/access/ReleasesDialog.h"

#include "ui/cases/CaseDocuments.h"
#include "ui/cases/CaseWork.h"

#include "models/CaseLabels.h"
#include "models/ProfileStore.h"
#include "models/ReportStore.h"
#include "models/Session.h"
#include "models/Role.h"

#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace qf {

CaseDetailPane::CaseDetailPane(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("caseDetail"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_text = new QTextBrowser(this);
    m_text->setObjectName(QStringLiteral("caseDetailText"));
    m_reporter = new QLabel(this);
    m_reporter->setObjectName(QStringLiteral("caseDetailReporter"));
    m_reporter->setWordWrap(true);
    m_reveal = new QPushButton(tr("Show the reporter's identity"), this);
    m_reveal->setObjectName(QStringLiteral("caseDetailReveal"));
    m_reveal->hide();
    layout->addWidget(m_text, 1);
    layout->addWidget(m_reporter);
    layout->addWidget(m_reveal, 0, Qt::AlignLeft);
    connect(m_reveal, &QPushButton::clicked, this, &CaseDetailPane::revealReporter);
    m_askRelease = new QPushButton(tr("Ask the custodian for the reporter…"), this);
    m_askRelease->setObjectName(QStringLiteral("caseDetailAskRelease"));
    m_askRelease->hide();
    layout->addWidget(m_askRelease, 0, Qt::AlignLeft);
    connect(m_askRelease, &QPushButton::clicked, this,
            [this] { ReleasesDialog::request(m_session, m_reportId, this); });
    m_print = new QPushButton(tr("&Print…"), this);
    m_print->setObjectName(QStringLiteral("caseDetailPrint"));
    m_print->setToolTip(tr("The receipt of the visit, the case file cover or the letter registration card"));
    m_print->setMenu(CaseDocuments::menu(
        m_session, [this] { return m_session.reports().get(m_reportId); },
        [this](const QString& message, bool error) {
            m_printed->setText(message);
            m_printed->setStyleSheet(error ? QStringLiteral("color: #b00020") : QString());
            m_printed->show();
        },
        this));
    m_print->hide();
    layout->addWidget(m_print, 0, Qt::AlignLeft);
    m_printed = new QLabel(this);
    m_printed->setObjectName(QStringLiteral("caseDetailPrinted"));
    m_printed->setWordWrap(true);
    m_printed->hide();
    layout->addWidget(m_printed);
    m_text->setPlaceholderText(tr("Choose a report in the list and press Enter."));
}

QString CaseDetailPane::role() const
{
    auto profile = m_session.profile().load();
    return profile ? profile->role : QString();
}

void CaseDetailPane::showReport(const QString& reportId)
{
    m_reportId = reportId;
    m_reporterId.clear();
    m_reporter->clear();
    m_reveal->hide();
    m_askRelease->hide();
    m_printed->hide();
    m_print->setVisible(!reportId.isEmpty());
    ReportStore& store = m_session.reports();
    auto r = store.get(reportId);
    if (!r) {
        m_text->setPlainText(r.error());
        return;
    }
    if (!ReportStore::canView(role(), *r)) {
        m_text->setPlainText(tr("This report is restricted to supervisors, meeting chairs and administrators."));
        return;
    }
    auto row = [](const QString& label, const QString& value) {
        return value.isEmpty() ? QString()
                               : QStringLiteral("<tr><th align=left valign=top>%1</th><td>%2</td></tr>")
                                     .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    QString html = QStringLiteral("<h3>%1</h3><table cellspacing=4>").arg(r->regNo.toHtmlEscaped());
    html += row(tr("Received"), r->receivedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    html += row(tr("Channel"), CaseLabels::channel(r->channel));
    html += row(tr("Status"), CaseLabels::status(stateName(r->state)));
    html += row(tr("Class"), r->triageClass ? triageClassName(*r->triageClass) : QString());
    html += row(tr("Real name"), r->realName() ? tr("yes") : tr("no (anonymous)"));
    html += row(tr("Who"), r->who) + row(tr("What"), r->what) + row(tr("When"), r->whenText)
        + row(tr("Where"), r->whereText) + row(tr("Why"), r->why) + row(tr("Result"), r->result)
        + row(tr("Demand"), r->demand) + row(tr("Disposition"), r->disposition);
    html += QStringLiteral("</table><h4>%1</h4><p>%2</p>").arg(tr("Content").toHtmlEscaped(), r->content.toHtmlEscaped());
    html += QStringLiteral("<h4>%1</h4><ul>").arg(tr("Reported persons").toHtmlEscaped());
    for (const Subject& s : std::as_const(r->subjects))
        html += QStringLiteral("<li>%1</li>")
                    .arg(QStringList { s.name, s.unit, s.rank, s.position }.join(QStringLiteral("，")).toHtmlEscaped());
    html += QStringLiteral("</ul><h4>%1</h4><ul>").arg(tr("History").toHtmlEscaped());
    if (auto events = m_session.history().events(r->id)) {
        for (const ReportEvent& e : std::as_const(*events))
            html += QStringLiteral("<li>%1 — %2</li>")
                        .arg(QDateTime::fromString(e.at, Qt::ISODate)
                                 .toLocalTime()
                                 .toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                             CaseWork::eventLabel(e.kind).toHtmlEscaped());
    }
    html += QStringLiteral("</ul>");
    m_text->setHtml(html);

    if (r->realName() && !r->reporterId.isEmpty()) {
        m_reporterId = r->reporterId;
        if (Role::may(role(), Capability::RevealReporter)) {
            m_reporter->setText(tr("Reporter: hidden. Showing it is recorded in the audit log."));
            m_reveal->show();
        } else {
            m_reporter->setText(tr("Reporter: hidden (your role may not see reporter identities; a custodian can "
                                   "release it to you)."));
            m_askRelease->show();
        }
    }
}

void CaseDetailPane::revealReporter()
{
    if (m_reporterId.isEmpty() || !Role::may(role(), Capability::RevealReporter))
        return;
    auto identity = m_session.persons().reveal(m_reporterId, QStringLiteral("case list: view report ") + m_reportId);
    if (!identity) {
        m_reporter->setText(identity.error());
        return;
    }
    m_reporter->setText(tr("Reporter: %1, phone %2").arg(identity->name, identity->phone));
    m_reveal->hide();
}

} // namespace qf
