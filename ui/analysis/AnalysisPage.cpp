#include "ui/analysis/AnalysisPage.h"

#include "models/Database.h"

#include <QBrush>
#include <QHeaderView>
#include <QTableWidget>

#include <algorithm>

namespace qf {

Result<AnalysisPage> computeAnalysisPage(const QString& path, AnalysisQuery query)
{
    auto db = Database::openReader(path);
    if (!db)
        return Error { db.error() };
    auto analysis = std::make_shared<Analysis>((*db)->connection());
    if (Status s = analysis->load(); !s)
        return Error { s.error() };
    AnalysisPage page;
    page.query = query;
    auto cmp = analysis->compare(query);
    if (!cmp)
        return Error { cmp.error() };
    page.comparison = std::move(*cmp);

    // The trend: the twelve months up to the period's end. The months of this period and the
    // previous one are counted already (for a month, quarter or year); only the older ones
    // are read again.
    const QDate end = query.period.to;
    const QDate trendFrom = QDate(end.year(), end.month(), 1).addMonths(-11);
    QHash<QString, qint64> known;
    QDate firstKnown = end.addDays(1);
    if (query.period.kind != AnalysisPeriod::Kind::Range) {
        for (const AnalysisFigures* f : { &page.comparison.current, &page.comparison.previous })
            for (const AnalysisCell& m : f->months)
                known.insert(m.key, m.count);
        firstKnown = page.comparison.previous.period.from;
    }
    if (trendFrom < firstKnown) {
        auto older = analysis->monthsOf(query, AnalysisPeriod::range(trendFrom, std::min(end, firstKnown.addDays(-1))));
        if (!older)
            return Error { older.error() };
        for (const AnalysisCell& m : std::as_const(*older))
            known.insert(m.key, m.count);
    }
    for (QDate m = trendFrom; m <= end; m = m.addMonths(1)) {
        const QString key = m.toString(QStringLiteral("yyyy-MM"));
        page.trend << AnalysisCell { key, key, known.value(key) };
    }

    auto indicators = analysis->indicators(query);
    if (!indicators)
        return Error { indicators.error() };
    page.indicators = std::move(*indicators);
    page.warningRule = analysis->warningRule();
    auto warnings = analysis->warnings(end.year(), end.month(), page.warningRule, query.includeRestricted);
    if (!warnings)
        return Error { warnings.error() };
    page.warnings = *warnings;
    page.flagRule = analysis->flagRule();
    const int quarter = (end.month() - 1) / 3 + 1;
    page.flagQuarter = QStringLiteral("%1Q%2").arg(end.year()).arg(quarter);
    auto flags = analysis->flags(end.year(), quarter, page.flagRule);
    if (!flags)
        return Error { flags.error() };
    page.flags = *flags;
    page.offices = analysis->offices();
    for (const AnalysisCell& c : page.comparison.current.cells(Dimension::Region))
        if (c.key != QLatin1String("none"))
            page.regions << c.key;
    std::sort(page.regions.begin(), page.regions.end());
    for (const auto& [id, name] : analysis->topCategories())
        page.categoryNames.insert(id, name);
    page.baseFilter = analysis->baseFilter(query, query.period);
    analysis->detach();
    page.analysis = analysis;
    return page;
}

namespace analysis_ui {

QString change(qint64 now, qint64 before)
{
    if (before == 0)
        return now == 0 ? QStringLiteral("—") : QStringLiteral("+∞");
    const double pct = 100.0 * double(now - before) / double(before);
    return (pct > 0 ? QStringLiteral("+") : QString()) + QString::number(pct, 'f', 1) + QLatin1Char('%');
}

QString percent(double share) { return QString::number(100.0 * share, 'f', 1) + QLatin1Char('%'); }

QTableWidgetItem* numberItem(qint64 n)
{
    auto* item = new QTableWidgetItem(QString::number(n));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}

QTableWidgetItem* textItem(const QString& s)
{
    auto* item = new QTableWidgetItem(s);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}

QTableWidgetItem* linkItem(const QString& text, const CaseListFilter& filter, const QString& caption, const QBrush& link)
{
    auto* item = textItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    item->setData(kFilterRole, QVariant::fromValue(filter));
    item->setToolTip(caption);
    QFont f = item->font();
    f.setUnderline(true);
    item->setFont(f);
    item->setForeground(link);
    return item;
}

QTableWidget* makeTable(const QStringList& headers, QWidget* parent)
{
    auto* t = new QTableWidget(0, int(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->setVisible(false);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

} // namespace analysis_ui

} // namespace qf
