#include "ui/analysis/AnalysisIndicatorsPanel.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace qf {

using namespace analysis_ui;

AnalysisIndicatorsPanel::AnalysisIndicatorsPanel(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("analysisIndicators"));
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("analysisCaseWork"));
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);
    grid->addWidget(m_summary, 0, 0, 1, 3);

    auto* clocksBox = new QGroupBox(tr("Deadlines kept"), this);
    auto* cl = new QVBoxLayout(clocksBox);
    m_clocks = makeTable({ tr("Deadline"), tr("On time"), tr("Late"), tr("On-time share") }, clocksBox);
    m_clocks->setObjectName(QStringLiteral("analysisClocks"));
    m_clocks->setMinimumHeight(200);
    cl->addWidget(m_clocks);
    grid->addWidget(clocksBox, 1, 0);

    auto* officesBox = new QGroupBox(tr("Two low, one high by handling office"), this);
    auto* ol = new QVBoxLayout(officesBox);
    m_offices = makeTable({ tr("Office"), tr("Concluded"), tr("Substantiated"), tr("Satisfied"), tr("Reported again"),
                            tr("Two low, one high") },
                          officesBox);
    m_offices->setObjectName(QStringLiteral("analysisOfficeQuality"));
    m_offices->setMinimumHeight(200);
    ol->addWidget(m_offices);
    grid->addWidget(officesBox, 1, 1);

    auto* keyBox = new QGroupBox(tr("Key petitioners"), this);
    auto* kl = new QVBoxLayout(keyBox);
    m_petitioners = makeTable({ tr("File (first report)"), tr("This period"), tr("Repeats"), tr("On file"),
                                tr("Last received") },
                              keyBox);
    m_petitioners->setObjectName(QStringLiteral("analysisKeyPetitioners"));
    m_petitioners->setMinimumHeight(200);
    kl->addWidget(m_petitioners);
    grid->addWidget(keyBox, 1, 2);
    for (int c = 0; c < 3; ++c)
        grid->setColumnStretch(c, 1);

    auto drill = [this](QTableWidgetItem* item) {
        if (!item || !m_page)
            return;
        const QVariant v = item->data(kFilterRole);
        if (v.canConvert<CaseListFilter>())
            emit drillDown(v.value<CaseListFilter>(), item->toolTip());
    };
    for (QTableWidget* t : { m_clocks, m_petitioners }) {
        connect(t, &QTableWidget::itemActivated, this, drill);
        connect(t, &QTableWidget::itemClicked, this, drill);
    }
    connect(m_summary, &QLabel::linkActivated, this, [this](const QString& link) {
        if (!m_page)
            return;
        const AnalysisIndicators& x = m_page->indicators;
        const QStringList& ids = link == QLatin1String("second") ? x.secondRequestIds
            : link == QLatin1String("dissatisfied")               ? x.dissatisfiedIds
                                                                  : x.twoLowOneHighIds;
        const QString what = link == QLatin1String("second") ? tr("evidence asked for twice or more")
            : link == QLatin1String("dissatisfied")           ? tr("real-name reporters not satisfied")
                                                              : tr("two low, one high");
        emit drillDown(m_page->analysis->idsFilter(m_page->query, ids),
                       tr("%1, %2: %n report(s)", nullptr, int(ids.size())).arg(m_page->query.period.label(), what));
    });
}

void AnalysisIndicatorsPanel::showPage(const AnalysisPage& page)
{
    m_page = &page;
    const AnalysisIndicators& x = page.indicators;
    const QString period = page.query.period.label();
    m_summary->setText(
        tr("<b>Second requests</b> <a href=\"second\">%1</a> of %2 reports with an evidence request (%3) · "
           "<b>satisfaction</b> %4 of %5 real-name reporters asked (%6, <a href=\"dissatisfied\">%7 not satisfied</a>) · "
           "<b>substantiated</b> %8 of %9 concluded (%10) · <b>reported again</b> %11 (%12) · "
           "<b>two low, one high</b> <a href=\"tlo\">%13</a>")
            .arg(x.secondRequests)
            .arg(x.evidenceRequested)
            .arg(percent(x.secondRequestRate()))
            .arg(x.satisfied)
            .arg(x.feedbackAsked)
            .arg(percent(x.satisfaction()))
            .arg(x.feedbackAsked - x.satisfied)
            .arg(x.substantiated)
            .arg(x.concluded)
            .arg(percent(x.substantiation()))
            .arg(x.repeatedAfter)
            .arg(percent(x.repeatRate()))
            .arg(x.twoLowOneHighIds.size()));

    const QBrush link = palette().link();
    m_clocks->setRowCount(int(x.clocks.size()));
    for (int i = 0; i < x.clocks.size(); ++i) {
        const ClockShare& c = x.clocks.at(i);
        m_clocks->setItem(i, 0, textItem(c.label));
        m_clocks->setItem(i, 1,
                          linkItem(QString::number(c.onTime), page.analysis->idsFilter(page.query, c.onTimeIds),
                                   tr("%1, %2: on time, %3 reports").arg(period, c.label).arg(c.onTime), link));
        m_clocks->setItem(i, 2,
                          linkItem(QString::number(c.late), page.analysis->idsFilter(page.query, c.lateIds),
                                   tr("%1, %2: late, %3 reports").arg(period, c.label).arg(c.late), link));
        m_clocks->setItem(i, 3, textItem(c.counted() ? percent(c.share()) : QStringLiteral("—")));
    }

    m_offices->setRowCount(int(x.offices.size()));
    for (int i = 0; i < x.offices.size(); ++i) {
        const OfficeCaseWork& o = x.offices.at(i);
        m_offices->setItem(i, 0, textItem(o.orgName));
        m_offices->setItem(i, 1, numberItem(o.concluded));
        m_offices->setItem(i, 2, textItem(percent(o.substantiation())));
        m_offices->setItem(i, 3, textItem(o.asked ? percent(o.satisfaction()) : QStringLiteral("—")));
        m_offices->setItem(i, 4, textItem(percent(o.repeatRate())));
        QTableWidgetItem* mark = textItem(o.twoLowOneHigh ? tr("yes") : QString());
        if (o.twoLowOneHigh) {
            mark->setBackground(QColor(0xc6, 0x28, 0x28));
            mark->setForeground(Qt::white);
        }
        m_offices->setItem(i, 5, mark);
    }

    m_petitioners->setRowCount(int(x.keyPetitioners.size()));
    for (int i = 0; i < x.keyPetitioners.size(); ++i) {
        const KeyPetitionerRow& k = x.keyPetitioners.at(i);
        m_petitioners->setItem(i, 0, textItem(k.firstRegNo));
        m_petitioners->setItem(i, 1,
                               linkItem(QString::number(k.count), page.analysis->reporterFilter(page.query, k.personId),
                                        tr("%1, key petitioner %2: %3 reports").arg(period, k.firstRegNo).arg(k.count),
                                        link));
        m_petitioners->setItem(i, 2, numberItem(k.repeats));
        m_petitioners->setItem(i, 3, numberItem(k.total));
        m_petitioners->setItem(i, 4, textItem(k.lastReceived.toString(Qt::ISODate)));
    }
}

} // namespace qf
