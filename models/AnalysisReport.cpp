#include "models/AnalysisReport.h"
#include "models/AnalysisTopics.h"

#include <QCryptographicHash>

#include <cmath>

namespace qf {

namespace {

QString percent(qint64 part, qint64 whole)
{
    return whole ? QString::number(100.0 * double(part) / double(whole), 'f', 1) + QLatin1Char('%') : QStringLiteral("—");
}

// A count as it is printed: suppressed as "<3" for 1 and 2 when the document leaves the office.
QVariant countCell(qint64 n, bool suppress)
{
    if (suppress && n > 0 && n < 3)
        return QStringLiteral("<3");
    return n;
}

QString dimensionTitle(Dimension d)
{
    switch (d) {
    case Dimension::Channel: return AnalysisReport::tr("By channel");
    case Dimension::Category: return AnalysisReport::tr("By problem category");
    case Dimension::Region: return AnalysisReport::tr("By region");
    case Dimension::Unit: return AnalysisReport::tr("By reported unit");
    case Dimension::Rank: return AnalysisReport::tr("By rank of the reported persons");
    case Dimension::RealName: return AnalysisReport::tr("Real name and anonymous");
    case Dimension::Repeat: return AnalysisReport::tr("Repeats");
    case Dimension::Referral: return AnalysisReport::tr("In scope and referred");
    case Dimension::TriageClass: return AnalysisReport::tr("By class");
    case Dimension::Outcome: return AnalysisReport::tr("By outcome");
    case Dimension::Status: return AnalysisReport::tr("By status");
    case Dimension::Office: return AnalysisReport::tr("By handling office");
    }
    return {};
}

QString flagText(OfficeFlag::Colour c)
{
    switch (c) {
    case OfficeFlag::Colour::Green: return AnalysisReport::tr("green");
    case OfficeFlag::Colour::Yellow: return AnalysisReport::tr("yellow");
    case OfficeFlag::Colour::Red: return AnalysisReport::tr("red");
    }
    return {};
}

} // namespace

std::optional<AnalysisReport::Kind> AnalysisReport::kindFromName(const QString& name)
{
    for (Kind k : { Kind::Monthly, Kind::Quarterly, Kind::Topic, Kind::Tour })
        if (kindName(k) == name)
            return k;
    return std::nullopt;
}

QString AnalysisReport::kindName(Kind k)
{
    switch (k) {
    case Kind::Monthly: return QStringLiteral("monthly");
    case Kind::Quarterly: return QStringLiteral("quarterly");
    case Kind::Topic: return QStringLiteral("topic");
    case Kind::Tour: return QStringLiteral("tour");
    }
    return {};
}

Result<AnalysisReport> AnalysisReport::build(const Analysis& analysis, Kind kind, const AnalysisQuery& query,
                                             bool leavesOffice, const QString& office, const QString& programVersion,
                                             const QDate& issuedOn, const Progress& progress)
{
    // The parts this kind of document counts, in order.
    QStringList parts { tr("this period, the previous one and a year earlier"), tr("the case work") };
    if (kind == Kind::Monthly || kind == Kind::Quarterly)
        parts << tr("the early warnings");
    if (kind == Kind::Quarterly)
        parts << tr("the quarterly flags");
    if (kind == Kind::Tour)
        parts << tr("the list of reports");
    int part = 0;
    const auto next = [&]() -> bool {
        const bool go = !progress || progress(part, int(parts.size()), parts.value(part));
        ++part;
        return go;
    };
    const Error cancelled { tr("The export was cancelled."), ErrorCode::Refused };
    if (!next())
        return cancelled;
    auto cmp = analysis.compare(query);
    if (!cmp)
        return Error { cmp.error() };
    const AnalysisFigures& now = cmp->current;
    const bool suppress = leavesOffice;
    AnalysisReport r;
    r.kind = kind;
    r.office = office;
    r.issuedOn = issuedOn;
    r.leavesOffice = leavesOffice;
    r.rulesVersion = QString::fromLatin1(Analysis::kRulesVersion);
    r.programVersion = programVersion;
    r.dataHash = now.dataHash;
    r.periodText = query.period.label() + QStringLiteral("（") + query.period.from.toString(Qt::ISODate)
        + QStringLiteral(" — ") + query.period.to.toString(Qt::ISODate) + QStringLiteral("）");
    r.scopeText = query.scope.kind == AnalysisScope::Kind::Office ? tr("the whole office")
                                                                    : (query.scope.label.isEmpty() ? query.scope.value
                                                                                                   : query.scope.label);
    QStringList filters = describeTopic(query, [&analysis](const QString& id) { return analysis.label(Dimension::Category, id); });
    filters << tr("categories at level %1").arg(query.categoryLevel);
    filters << (query.includeRestricted ? tr("reports about the principal leader included")
                                        : tr("reports about the principal leader not included"));
    if (leavesOffice)
        filters << tr("counts of 1 and 2 shown as <3");
    r.filterText = filters.join(QStringLiteral("；"));

    switch (kind) {
    case Kind::Monthly: r.title = tr("Monthly analysis of petitions and reports, %1").arg(query.period.label()); break;
    case Kind::Quarterly: r.title = tr("Quarterly analysis of petitions and reports, %1").arg(query.period.label()); break;
    case Kind::Topic:
        r.title = tr("Topic analysis: %1, %2")
                      .arg(query.topicName.isEmpty() ? r.filterText.section(QStringLiteral("；"), 0, 0) : query.topicName,
                           query.period.label());
        break;
    case Kind::Tour: r.title = tr("Petitions and reports concerning %1 for the inspection tour, %2").arg(r.scopeText, query.period.label()); break;
    }

    r.paragraphs << tr("In %1 the office received %2 petitions and reports (%3 in the previous period, %4 in the same period a "
                       "year earlier); %5 were repeats (%6) and %7 were referred to the body that can handle them.")
                        .arg(query.period.label())
                        .arg(countCell(now.received, suppress).toString())
                        .arg(countCell(cmp->previous.received, suppress).toString())
                        .arg(countCell(cmp->yearEarlier.received, suppress).toString())
                        .arg(countCell(now.repeats, suppress).toString(), percent(now.repeats, now.received))
                        .arg(countCell(now.referred, suppress).toString());

    ReportTable summary { tr("Overview"), { tr("Figure"), tr("This period"), tr("Previous period"), tr("A year earlier") }, {} };
    auto line = [&](const QString& name, auto get) {
        summary.rows << QVariantList { name, countCell(get(now), suppress), countCell(get(cmp->previous), suppress),
                                       countCell(get(cmp->yearEarlier), suppress) };
    };
    line(tr("Received"), [](const AnalysisFigures& f) { return f.received; });
    line(tr("Real name"), [](const AnalysisFigures& f) { return f.realName; });
    line(tr("Repeats"), [](const AnalysisFigures& f) { return f.repeats; });
    line(tr("Referred"), [](const AnalysisFigures& f) { return f.referred; });
    line(tr("Key petitioners"), [](const AnalysisFigures& f) { return f.keyPetitioners; });
    summary.rows << QVariantList { tr("Repeat share"), percent(now.repeats, now.received),
                                   percent(cmp->previous.repeats, cmp->previous.received),
                                   percent(cmp->yearEarlier.repeats, cmp->yearEarlier.received) };
    r.tables << summary;

    QList<Dimension> dims { Dimension::Channel, Dimension::Category, Dimension::Region, Dimension::Unit,
                            Dimension::Rank, Dimension::RealName, Dimension::Referral, Dimension::TriageClass,
                            Dimension::Outcome, Dimension::Status };
    if (kind == Kind::Tour)
        dims = { Dimension::Channel, Dimension::Category, Dimension::Unit, Dimension::Rank, Dimension::Status,
                 Dimension::Outcome };
    for (Dimension d : dims) {
        ReportTable t { dimensionTitle(d), { tr("Group"), tr("This period"), tr("Previous period"), tr("A year earlier") }, {} };
        for (const AnalysisCell& c : now.cells(d))
            t.rows << QVariantList { c.label, countCell(c.count, suppress), countCell(cmp->previous.count(d, c.key), suppress),
                                     countCell(cmp->yearEarlier.count(d, c.key), suppress) };
        r.tables << t;
    }
    if (!next())
        return cancelled;
    auto indicators = analysis.indicators(query);
    if (!indicators)
        return Error { indicators.error() };
    const AnalysisIndicators& x = *indicators;
    ReportTable clocks { tr("Deadlines kept"), { tr("Deadline"), tr("On time"), tr("Late"), tr("On-time share") }, {} };
    for (const ClockShare& c : x.clocks)
        clocks.rows << QVariantList { c.label, countCell(c.onTime, suppress), countCell(c.late, suppress),
                                      c.counted() ? percent(c.onTime, c.counted()) : QStringLiteral("—") };
    r.tables << clocks;
    ReportTable work { tr("Evidence, feedback and results"), { tr("Figure"), tr("Count"), tr("Of"), tr("Share") }, {} };
    work.rows << QVariantList { tr("Second requests of evidence (二次补证)"), countCell(x.secondRequests, suppress),
                                countCell(x.evidenceRequested, suppress), percent(x.secondRequests, x.evidenceRequested) };
    work.rows << QVariantList { tr("Real-name reporters satisfied"), countCell(x.satisfied, suppress),
                                countCell(x.feedbackAsked, suppress), percent(x.satisfied, x.feedbackAsked) };
    work.rows << QVariantList { tr("Concluded reports substantiated"), countCell(x.substantiated, suppress),
                                countCell(x.concluded, suppress), percent(x.substantiated, x.concluded) };
    work.rows << QVariantList { tr("Concluded reports reported again"), countCell(x.repeatedAfter, suppress),
                                countCell(x.concluded, suppress), percent(x.repeatedAfter, x.concluded) };
    work.rows << QVariantList { tr("Two low, one high (两低一高)"), countCell(x.twoLowOneHighIds.size(), suppress),
                                countCell(x.concluded, suppress), percent(x.twoLowOneHighIds.size(), x.concluded) };
    r.tables << work;
    if (kind != Kind::Tour) {
        ReportTable offices { tr("Two low, one high by handling office"),
                              { tr("Office"), tr("Concluded"), tr("Substantiated"), tr("Satisfied"), tr("Reported again"),
                                tr("Two low, one high") },
                              {} };
        for (const OfficeCaseWork& o : x.offices)
            offices.rows << QVariantList { o.orgName, o.concluded, percent(o.substantiated, o.concluded),
                                           percent(o.satisfied, o.asked), percent(o.repeatedAfter, o.concluded),
                                           o.twoLowOneHigh ? tr("yes") : QString() };
        r.tables << offices;
    }
    ReportTable petitioners { tr("Key petitioners"),
                              { tr("File (first report)"), tr("This period"), tr("Repeats"), tr("On file") },
                              {} };
    for (const KeyPetitionerRow& k : x.keyPetitioners)
        petitioners.rows << QVariantList { k.firstRegNo, countCell(k.count, suppress), countCell(k.repeats, suppress),
                                           countCell(k.total, suppress) };
    r.tables << petitioners;

    ReportTable months { tr("By month"), { tr("Month"), tr("Received") }, {} };
    for (const AnalysisCell& m : now.months)
        months.rows << QVariantList { QDate::fromString(m.key + QStringLiteral("-01"), Qt::ISODate), countCell(m.count, suppress) };
    r.tables << months;
    if (!suppress) {
        ReportChart trend { tr("Received by month"), true, {}, { tr("Received") }, { {} }, int(r.tables.size()) - 1 };
        for (const AnalysisCell& m : now.months) {
            trend.labels << m.key;
            trend.series[0] << double(m.count);
        }
        if (trend.labels.size() > 1)
            r.charts << trend;
        for (qsizetype t = 0; t < r.tables.size(); ++t) {
            if (r.tables.at(t).name != dimensionTitle(Dimension::Category))
                continue;
            ReportChart bars { dimensionTitle(Dimension::Category), false, {},
                               { tr("This period"), tr("Previous period"), tr("A year earlier") }, { {}, {}, {} }, int(t) };
            for (const AnalysisCell& c : now.cells(Dimension::Category).mid(0, 8)) {
                bars.labels << c.label;
                bars.series[0] << double(c.count);
                bars.series[1] << double(cmp->previous.count(Dimension::Category, c.key));
                bars.series[2] << double(cmp->yearEarlier.count(Dimension::Category, c.key));
            }
            if (!bars.labels.isEmpty())
                r.charts << bars;
        }
    }

    if (kind == Kind::Monthly || kind == Kind::Quarterly) {
        const QDate last = query.period.to;
        if (!next())
            return cancelled;
        const WarningRule rule = analysis.warningRule();
        auto warnings = analysis.warnings(last.year(), last.month(), rule, query.includeRestricted);
        if (!warnings)
            return Error { warnings.error() };
        ReportTable w { tr("Early warnings"), { tr("Kind"), tr("Group"), tr("This month"), tr("Mean before"), tr("Threshold") }, {} };
        for (const AnalysisWarning& x : std::as_const(*warnings))
            w.rows << QVariantList { dimensionTitle(x.dimension), x.label, x.count, std::round(x.mean * 100) / 100,
                                     std::round(x.threshold * 100) / 100 };
        r.tables << w;
        r.appendix << tr("Early warnings: %1").arg(Analysis::warningRuleText(rule));
    }
    if (kind == Kind::Quarterly) {
        if (!next())
            return cancelled;
        const FlagRule rule = analysis.flagRule();
        const int quarter = (query.period.from.month() - 1) / 3 + 1;
        auto flags = analysis.flags(query.period.from.year(), quarter, rule);
        if (!flags)
            return Error { flags.error() };
        ReportTable f { tr("Quarterly flags"),
                        { tr("Office"), tr("Workload"), tr("Acceptance"), tr("Handling"), tr("Cooperation"), tr("Score"),
                          tr("Flag"), tr("Marked for") },
                        {} };
        for (const OfficeFlag& x : std::as_const(*flags))
            f.rows << QVariantList { x.orgName, x.workload, std::round(x.acceptance * 1000) / 1000,
                                     std::round(x.handling * 1000) / 1000, std::round(x.cooperation * 1000) / 1000,
                                     std::round(x.score * 1000) / 1000, flagText(x.colour),
                                     x.accountability ? tr("accountability") : x.interview ? tr("interview") : QString() };
        r.tables << f;
        r.appendix << tr("Quarterly flags: %1").arg(Analysis::flagFormula(rule));
    }
    if (kind == Kind::Tour) {
        if (!next())
            return cancelled;
        auto rows = analysis.list(query);
        if (!rows)
            return Error { rows.error() };
        ReportTable l { tr("The reports"),
                        { tr("Registration number"), tr("Received"), tr("Category"), tr("Reported unit"), tr("Rank"),
                          tr("Status"), tr("Outcome") },
                        {} };
        for (const AnalysisListRow& x : std::as_const(*rows))
            l.rows << QVariantList { x.regNo, x.received, x.category, x.units, x.ranks, x.status, x.outcome };
        r.tables << l;
    }
    r.appendix = Analysis::countingRules() + r.appendix;
    r.contentHash = r.computeContentHash();
    return r;
}

QByteArray AnalysisReport::computeContentHash() const
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    auto add = [&](const QString& s) {
        h.addData(s.toUtf8());
        h.addData(QByteArrayView("\x1f"));
    };
    add(kindName(kind));
    add(title);
    add(office);
    add(documentNo);
    add(periodText);
    add(scopeText);
    add(filterText);
    add(rulesVersion);
    add(programVersion);
    add(QString::fromLatin1(dataHash));
    add(leavesOffice ? QStringLiteral("out") : QStringLiteral("in"));
    for (const QString& p : paragraphs)
        add(p);
    for (const ReportTable& t : tables) {
        add(t.name);
        for (const QString& c : t.headers)
            add(c);
        for (const QVariantList& row : t.rows)
            for (const QVariant& v : row)
                add(QString::number(v.typeId()) + QLatin1Char(':')
                    + (v.typeId() == QMetaType::QDate ? v.toDate().toString(Qt::ISODate) : v.toString()));
    }
    for (const QString& a : appendix)
        add(a);
    return h.result().toHex();
}

QStringList AnalysisReport::provenance() const
{
    return { tr("Period: %1").arg(periodText),
             tr("Scope: %1").arg(scopeText),
             tr("Filters: %1").arg(filterText),
             tr("Counting rules: %1").arg(rulesVersion),
             tr("Program: Qingfeng %1").arg(programVersion),
             tr("Hash of the counted data: %1").arg(QString::fromLatin1(dataHash)),
             tr("Content hash: %1").arg(QString::fromLatin1(contentHash)) };
}

} // namespace qf
