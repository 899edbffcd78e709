#include "ui/analysis/AnalysisWorkspace.h"
#include "ui/analysis/AnalysisExportRun.h"
#include "ui/analysis/AnalysisIndicatorsPanel.h"
#include "ui/analysis/AnalysisTopicBar.h"

#include "ui/WorkspaceIcons.h"
#include "models/AnalysisReport.h"
#include "models/Role.h"
#include "models/Session.h"
#include "models/Settings.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QStyle>
#include <QTableWidget>
#include <QValueAxis>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace qf {

namespace {

using namespace analysis_ui;

QString dimensionTitle(Dimension d)
{
    switch (d) {
    case Dimension::Channel: return AnalysisWorkspace::tr("Channel");
    case Dimension::Category: return AnalysisWorkspace::tr("Problem category");
    case Dimension::Region: return AnalysisWorkspace::tr("Region");
    case Dimension::Unit: return AnalysisWorkspace::tr("Reported unit");
    case Dimension::Rank: return AnalysisWorkspace::tr("Rank of the reported");
    case Dimension::RealName: return AnalysisWorkspace::tr("Real name / anonymous");
    case Dimension::Repeat: return AnalysisWorkspace::tr("Repeat / first");
    case Dimension::Referral: return AnalysisWorkspace::tr("In scope / referred");
    case Dimension::TriageClass: return AnalysisWorkspace::tr("Class");
    case Dimension::Outcome: return AnalysisWorkspace::tr("Outcome");
    case Dimension::Status: return AnalysisWorkspace::tr("Status");
    case Dimension::Office: return AnalysisWorkspace::tr("Handling office");
    }
    return {};
}

} // namespace

AnalysisWorkspace::AnalysisWorkspace(Session& session, QWidget* parent)
    : Workspace(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("analysisWorkspace"));
    auto* outer = new QVBoxLayout(this);

    // The pickers.
    auto* bar = new QHBoxLayout;
    m_kind = new QComboBox(this);
    m_kind->addItem(tr("Month"), int(AnalysisPeriod::Kind::Month));
    m_kind->addItem(tr("Quarter"), int(AnalysisPeriod::Kind::Quarter));
    m_kind->addItem(tr("Year"), int(AnalysisPeriod::Kind::Year));
    m_kind->addItem(tr("From – to"), int(AnalysisPeriod::Kind::Range));
    m_kind->setAccessibleName(tr("Period"));
    m_year = new QSpinBox(this);
    m_year->setRange(2000, 2100);
    m_year->setValue(QDate::currentDate().year());
    m_year->setSuffix(tr(" (year)"));
    m_part = new QComboBox(this);
    m_from = new QDateEdit(QDate::currentDate().addMonths(-1), this);
    m_to = new QDateEdit(QDate::currentDate(), this);
    for (QDateEdit* d : { m_from, m_to }) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_scope = new QComboBox(this);
    m_scope->setAccessibleName(tr("Scope"));
    m_scope->addItem(tr("The whole office"), QString());
    m_scope->setMinimumContentsLength(12);
    m_dimension = new QComboBox(this);
    for (Dimension d : allDimensions())
        m_dimension->addItem(dimensionTitle(d), int(d));
    m_dimension->setCurrentIndex(1);
    m_level = new QSpinBox(this);
    m_level->setRange(0, 4);
    m_level->setValue(1);
    m_level->setPrefix(tr("level "));
    m_level->setToolTip(tr("Level of the category tree (1 = top, 0 = as recorded)"));
    m_refresh = new QPushButton(tr("Refresh"), this);
    m_export = new QPushButton(tr("Export…"), this);
    bar->addWidget(m_kind);
    bar->addWidget(m_year);
    bar->addWidget(m_part);
    bar->addWidget(m_from);
    bar->addWidget(m_to);
    bar->addWidget(new QLabel(tr("Scope:"), this));
    bar->addWidget(m_scope, 1);
    bar->addWidget(new QLabel(tr("Group by:"), this));
    bar->addWidget(m_dimension);
    bar->addWidget(m_level);
    bar->addWidget(m_refresh);
    bar->addWidget(m_export);
    outer->addLayout(bar);
    m_topicBar = new AnalysisTopicBar(session, this);
    outer->addWidget(m_topicBar);
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("analysisState"));
    outer->addWidget(m_state);
    m_exportRun = new AnalysisExportRun(this);
    outer->addWidget(m_exportRun);
    connect(m_exportRun, &AnalysisExportRun::finished, this, [this](bool, const QString& message) {
        m_state->setText(message);
        m_export->setEnabled(true);
    });

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    auto* content = new QWidget(scroll);
    auto* grid = new QGridLayout(content);
    scroll->setWidget(content);
    outer->addWidget(scroll, 1);

    auto* figuresBox = new QGroupBox(tr("Figures"), content);
    auto* fl = new QVBoxLayout(figuresBox);
    m_totals = new QLabel(figuresBox);
    m_totals->setObjectName(QStringLiteral("analysisTotals"));
    m_totals->setTextFormat(Qt::RichText);
    m_totals->setWordWrap(true);
    fl->addWidget(m_totals);
    m_figures = makeTable({ tr("Group"), tr("This period"), tr("Previous period"), tr("Change"), tr("A year earlier"),
                            tr("Year on year") },
                          figuresBox);
    m_figures->setObjectName(QStringLiteral("analysisFigures"));
    m_figures->setMinimumHeight(260);
    fl->addWidget(m_figures);
    grid->addWidget(figuresBox, 0, 0);

    auto* chartsBox = new QGroupBox(tr("Trend and categories"), content);
    auto* cl = new QVBoxLayout(chartsBox);
    m_trend = new QChartView(chartsBox);
    m_trend->setRenderHint(QPainter::Antialiasing);
    m_trend->setMinimumHeight(220);
    m_bars = new QChartView(chartsBox);
    m_bars->setRenderHint(QPainter::Antialiasing);
    m_bars->setMinimumHeight(240);
    cl->addWidget(m_trend);
    cl->addWidget(m_bars);
    grid->addWidget(chartsBox, 0, 1);

    auto* riskBox = new QGroupBox(tr("Risk map: region × category"), content);
    auto* rl = new QVBoxLayout(riskBox);
    m_risk = makeTable({}, riskBox);
    m_risk->setObjectName(QStringLiteral("analysisRiskMap"));
    m_risk->setMinimumHeight(240);
    m_risk->verticalHeader()->setVisible(true);
    m_risk->horizontalHeader()->setStretchLastSection(false);
    m_risk->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    rl->addWidget(m_risk);
    grid->addWidget(riskBox, 1, 0, 1, 2);

    auto* warnBox = new QGroupBox(tr("Early warnings"), content);
    auto* wl = new QVBoxLayout(warnBox);
    m_warnings = makeTable({ tr("Kind"), tr("Group"), tr("Month"), tr("Count"), tr("Mean before"), tr("Threshold") }, warnBox);
    m_warnings->setObjectName(QStringLiteral("analysisWarnings"));
    m_warnings->setMinimumHeight(160);
    wl->addWidget(m_warnings);
    m_warningToTopic = new QPushButton(tr("Make a topic analysis of it…"), warnBox);
    m_warningToTopic->setObjectName(QStringLiteral("warningToTopicButton"));
    m_warningToTopic->setEnabled(false);
    wl->addWidget(m_warningToTopic, 0, Qt::AlignLeft);
    grid->addWidget(warnBox, 2, 0);

    auto* flagBox = new QGroupBox(tr("Quarterly flags"), content);
    auto* gl = new QVBoxLayout(flagBox);
    m_flags = makeTable({ tr("Office"), tr("Flag"), tr("Score"), tr("Workload"), tr("Acceptance"), tr("Handling"),
                          tr("Cooperation"), tr("Marked for"), tr("Earlier quarters") },
                        flagBox);
    m_flags->setObjectName(QStringLiteral("analysisFlags"));
    m_flags->setMinimumHeight(160);
    m_flagFormula = new QLabel(flagBox);
    m_flagFormula->setWordWrap(true);
    gl->addWidget(m_flags);
    gl->addWidget(m_flagFormula);
    grid->addWidget(flagBox, 2, 1);
    auto* workBox = new QGroupBox(tr("Case work"), content);
    auto* kl = new QVBoxLayout(workBox);
    m_indicators = new AnalysisIndicatorsPanel(workBox);
    kl->addWidget(m_indicators);
    grid->addWidget(workBox, 3, 0, 1, 2);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    connect(m_indicators, &AnalysisIndicatorsPanel::drillDown, this, &AnalysisWorkspace::drillDown);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &AnalysisWorkspace::periodKindChanged);
    connect(m_topicBar, &AnalysisTopicBar::topicChanged, this, [this] {
        // A topic read for its own period shows that period; otherwise the one chosen stays.
        if (const auto t = m_topicBar->current(); t && t->from.isValid())
            setPeriod(AnalysisPeriod::of(t->from, t->to));
        else
            refresh();
    });
    connect(m_warnings, &QTableWidget::currentCellChanged, this,
            [this](int row) { m_warningToTopic->setEnabled(m_page && row >= 0 && row < m_page->warnings.size()); });
    connect(m_warningToTopic, &QPushButton::clicked, this, &AnalysisWorkspace::warningToTopic);
    connect(m_refresh, &QPushButton::clicked, this, &AnalysisWorkspace::refresh);
    connect(m_export, &QPushButton::clicked, this, &AnalysisWorkspace::exportDocument);
    connect(m_dimension, &QComboBox::currentIndexChanged, this, &AnalysisWorkspace::showFigures);
    connect(&m_watcher, &QFutureWatcher<Result<AnalysisPage>>::finished, this, &AnalysisWorkspace::showPage);
    connect(m_totals, &QLabel::linkActivated, this, [this](const QString& link) {
        if (!m_page)
            return;
        CaseListFilter f = m_page->baseFilter;
        if (link == QLatin1String("repeat"))
            f.repeat = true;
        else if (link == QLatin1String("referred"))
            f.referred = true;
        else if (link == QLatin1String("real"))
            f.anonymous = false;
        emit drillDown(f, tr("%1: %2").arg(m_page->query.period.label(), m_totals->text().isEmpty() ? QString() : link));
    });
    auto drillFromItem = [this](QTableWidgetItem* item) {
        if (!item || !m_page)
            return;
        const QVariant v = item->data(kFilterRole);
        if (!v.canConvert<CaseListFilter>())
            return;
        emit drillDown(v.value<CaseListFilter>(), item->toolTip());
    };
    for (QTableWidget* t : { m_figures, m_risk, m_warnings })
        connect(t, &QTableWidget::itemActivated, this, drillFromItem);
    for (QTableWidget* t : { m_figures, m_risk, m_warnings })
        connect(t, &QTableWidget::itemClicked, this, drillFromItem);
    periodKindChanged();
}

AnalysisWorkspace::~AnalysisWorkspace() { m_watcher.waitForFinished(); }

QIcon AnalysisWorkspace::icon() const
{
    return workspaceIcon(QChar(0x6790), QColor(0x6a, 0x1b, 0x9a)); // 析
}

void AnalysisWorkspace::activated()
{
    m_topicBar->reload(); // topics saved on the office's other workstations arrive by sync
    if (!m_started) {
        m_started = true;
        refresh();
    }
}

void AnalysisWorkspace::periodKindChanged()
{
    const auto kind = AnalysisPeriod::Kind(m_kind->currentData().toInt());
    m_part->blockSignals(true);
    m_part->clear();
    const QDate today = QDate::currentDate();
    if (kind == AnalysisPeriod::Kind::Month) {
        for (int m = 1; m <= 12; ++m)
            m_part->addItem(tr("Month %1").arg(m), m);
        m_part->setCurrentIndex(today.month() - 1);
    } else if (kind == AnalysisPeriod::Kind::Quarter) {
        for (int q = 1; q <= 4; ++q)
            m_part->addItem(tr("Q%1").arg(q), q);
        m_part->setCurrentIndex((today.month() - 1) / 3);
    }
    m_part->blockSignals(false);
    m_year->setVisible(kind != AnalysisPeriod::Kind::Range);
    m_part->setVisible(kind == AnalysisPeriod::Kind::Month || kind == AnalysisPeriod::Kind::Quarter);
    m_from->setVisible(kind == AnalysisPeriod::Kind::Range);
    m_to->setVisible(kind == AnalysisPeriod::Kind::Range);
}

void AnalysisWorkspace::setPeriod(const AnalysisPeriod& p)
{
    m_kind->setCurrentIndex(m_kind->findData(int(p.kind)));
    m_year->setValue(p.from.year());
    if (p.kind == AnalysisPeriod::Kind::Month)
        m_part->setCurrentIndex(p.from.month() - 1);
    else if (p.kind == AnalysisPeriod::Kind::Quarter)
        m_part->setCurrentIndex((p.from.month() - 1) / 3);
    m_from->setDate(p.from);
    m_to->setDate(p.to);
    m_started = true;
    refresh();
}

AnalysisQuery AnalysisWorkspace::currentQuery() const
{
    AnalysisQuery q;
    const auto kind = AnalysisPeriod::Kind(m_kind->currentData().toInt());
    switch (kind) {
    case AnalysisPeriod::Kind::Month: q.period = AnalysisPeriod::month(m_year->value(), m_part->currentData().toInt()); break;
    case AnalysisPeriod::Kind::Quarter: q.period = AnalysisPeriod::quarter(m_year->value(), m_part->currentData().toInt()); break;
    case AnalysisPeriod::Kind::Year: q.period = AnalysisPeriod::year(m_year->value()); break;
    case AnalysisPeriod::Kind::Range: q.period = AnalysisPeriod::of(m_from->date(), m_to->date()); break;
    }
    const QString scope = m_scope->currentData().toString();
    if (scope.startsWith(QLatin1String("office:")))
        q.scope = { AnalysisScope::Kind::HandlingOffice, scope.mid(7), m_scope->currentText() };
    else if (scope.startsWith(QLatin1String("region:")))
        q.scope = { AnalysisScope::Kind::Region, scope.mid(7), m_scope->currentText() };
    q.categoryLevel = m_level->value();
    q.includeRestricted = m_session.may(Capability::SeeRestricted);
    if (const auto topic = m_topicBar->current())
        q = topic->applyTo(q);
    return q;
}

void AnalysisWorkspace::warningToTopic()
{
    const int row = m_warnings->currentRow();
    if (!m_page || row < 0 || row >= m_page->warnings.size())
        return;
    const AnalysisWarning& w = m_page->warnings.at(row);
    AnalysisTopic draft;
    draft.name = tr("%1 (warning of %2)").arg(w.label, w.month);
    switch (w.dimension) {
    case Dimension::Category: draft.categoryIds = { w.key }; break;
    case Dimension::Region: draft.regions = { w.key }; break;
    default: draft.units = { w.key }; break;
    }
    m_topicBar->createTopic(draft);
}

void AnalysisWorkspace::refresh()
{
    if (m_watcher.isRunning()) {
        m_pending = true;
        return;
    }
    const AnalysisQuery q = currentQuery();
    if (!q.period.isValid()) {
        m_state->setText(tr("The period is not valid: the first day must not be after the last."));
        return;
    }
    m_state->setText(tr("Counting %1…").arg(q.period.label()));
    m_refresh->setEnabled(false);
    const QString path = m_session.database().path();
    m_watcher.setFuture(QtConcurrent::run([path, q] { return computeAnalysisPage(path, q); }));
}

void AnalysisWorkspace::showPage()
{
    m_refresh->setEnabled(true);
    Result<AnalysisPage> r = m_watcher.result();
    if (m_pending) {
        m_pending = false;
        refresh();
        return;
    }
    if (!r) {
        m_state->setText(r.error());
        emit pageLoaded();
        return;
    }
    m_page = std::make_unique<AnalysisPage>(std::move(*r));
    // The scope picker: offices and regions (kept as they are when already there).
    const QString chosen = m_scope->currentData().toString();
    m_scope->blockSignals(true);
    while (m_scope->count() > 1)
        m_scope->removeItem(1);
    for (const auto& [id, name] : std::as_const(m_page->offices))
        m_scope->addItem(tr("Office: %1").arg(name), QString(QStringLiteral("office:") + id));
    for (const QString& region : std::as_const(m_page->regions))
        m_scope->addItem(tr("Region: %1").arg(region), QString(QStringLiteral("region:") + region));
    m_scope->setCurrentIndex(std::max(0, m_scope->findData(chosen)));
    m_scope->blockSignals(false);
    m_topicBar->setRegions(m_page->regions);
    m_topicBar->setCategoryNames([analysis = m_page->analysis](const QString& id) {
        return analysis->label(Dimension::Category, id);
    });
    const AnalysisFigures& now = m_page->comparison.current;
    // The rules' version as a person reads it ("qf-counting-rules/1": version 1); the exports
    // record the whole identifier.
    m_state->setText(tr("%1, %2 — counting rules, version %3")
                         .arg(m_page->query.period.label(),
                              m_page->query.scope.label.isEmpty() ? tr("the whole office") : m_page->query.scope.label,
                              QString::fromLatin1(Analysis::kRulesVersion).section(QLatin1Char('/'), -1)));
    const AnalysisFigures& prev = m_page->comparison.previous;
    const AnalysisFigures& year = m_page->comparison.yearEarlier;
    m_totals->setText(
        tr("<b>Received</b> <a href=\"all\">%1</a> (previous period %2, %3; a year earlier %4, %5) · "
           "<b>real name</b> <a href=\"real\">%6</a> · <b>repeats</b> <a href=\"repeat\">%7</a> (%8%) · "
           "<b>referred</b> <a href=\"referred\">%9</a> · <b>key petitioners</b> %10")
            .arg(now.received)
            .arg(prev.received)
            .arg(change(now.received, prev.received))
            .arg(year.received)
            .arg(change(now.received, year.received))
            .arg(now.realName)
            .arg(now.repeats)
            .arg(QString::number(100 * now.repeatShare(), 'f', 1))
            .arg(now.referred)
            .arg(now.keyPetitioners));
    showFigures();
    showCharts();
    showRiskMap();
    showWarnings();
    showFlags();
    m_indicators->showPage(*m_page);
    emit pageLoaded();
}

void AnalysisWorkspace::showFigures()
{
    m_figures->setRowCount(0);
    if (!m_page)
        return;
    const auto d = Dimension(m_dimension->currentData().toInt());
    if (m_page->query.categoryLevel != m_level->value() && d == Dimension::Category) {
        refresh(); // another level of the tree: count again
        return;
    }
    const AnalysisComparison& c = m_page->comparison;
    const QList<AnalysisCell>& cells = c.current.cells(d);
    m_figures->setRowCount(int(cells.size()));
    for (int i = 0; i < cells.size(); ++i) {
        const AnalysisCell& cell = cells.at(i);
        const qint64 prev = c.previous.count(d, cell.key), year = c.yearEarlier.count(d, cell.key);
        m_figures->setItem(i, 0, textItem(cell.label));
        const QList<std::pair<qint64, AnalysisPeriod>> numbers { { cell.count, c.current.period },
                                                                  { prev, c.previous.period },
                                                                  { year, c.yearEarlier.period } };
        const int columns[] = { 1, 2, 4 };
        for (int k = 0; k < 3; ++k) {
            QTableWidgetItem* item = numberItem(numbers.at(k).first);
            item->setData(kFilterRole, QVariant::fromValue(m_page->analysis->cellFilter(m_page->query, numbers.at(k).second,
                                                                                          d, cell.key)));
            item->setToolTip(tr("%1, %2: open the %3 reports").arg(numbers.at(k).second.label(), cell.label)
                                 .arg(numbers.at(k).first));
            QFont f = item->font();
            f.setUnderline(true);
            item->setFont(f);
            item->setForeground(palette().link());
            m_figures->setItem(i, columns[k], item);
        }
        m_figures->setItem(i, 3, textItem(change(cell.count, prev)));
        m_figures->setItem(i, 5, textItem(change(cell.count, year)));
    }
}

void AnalysisWorkspace::showCharts()
{
    // The trend: received by month, the twelve months up to the period's end.
    auto* trend = new QChart;
    trend->setTitle(tr("Received by month"));
    trend->legend()->hide();
    auto* line = new QLineSeries(trend);
    QStringList months;
    qint64 top = 1;
    for (int i = 0; i < m_page->trend.size(); ++i) {
        line->append(i, double(m_page->trend.at(i).count));
        months << m_page->trend.at(i).key.mid(2);
        top = std::max(top, m_page->trend.at(i).count);
    }
    trend->addSeries(line);
    auto* tx = new QBarCategoryAxis(trend);
    tx->append(months);
    auto* ty = new QValueAxis(trend);
    ty->setRange(0, double(top) * 1.15);
    ty->setLabelFormat(QStringLiteral("%d"));
    trend->addAxis(tx, Qt::AlignBottom);
    trend->addAxis(ty, Qt::AlignLeft);
    line->attachAxis(ty);
    auto* lineX = new QValueAxis(trend);
    lineX->setRange(0, std::max<qsizetype>(1, m_page->trend.size() - 1));
    lineX->setVisible(false);
    trend->addAxis(lineX, Qt::AlignBottom);
    line->attachAxis(lineX);
    QChart* old = m_trend->chart();
    m_trend->setChart(trend);
    delete old;

    // Bars: this period, the previous one and a year earlier by category (the ten largest).
    auto* bars = new QChart;
    bars->setTitle(tr("By problem category (click a bar for the reports)"));
    auto* series = new QBarSeries(bars);
    const AnalysisComparison& c = m_page->comparison;
    QList<AnalysisCell> cells = c.current.cells(Dimension::Category).mid(0, 10);
    auto* nowSet = new QBarSet(tr("This period"));
    auto* prevSet = new QBarSet(tr("Previous period"));
    auto* yearSet = new QBarSet(tr("A year earlier"));
    QStringList names;
    qint64 most = 1;
    for (const AnalysisCell& cell : std::as_const(cells)) {
        *nowSet << double(cell.count);
        *prevSet << double(c.previous.count(Dimension::Category, cell.key));
        *yearSet << double(c.yearEarlier.count(Dimension::Category, cell.key));
        names << (cell.label.size() > 6 ? cell.label.left(6) + QStringLiteral("…") : cell.label);
        most = std::max({ most, cell.count, c.previous.count(Dimension::Category, cell.key),
                          c.yearEarlier.count(Dimension::Category, cell.key) });
    }
    series->append({ nowSet, prevSet, yearSet });
    bars->addSeries(series);
    auto* bx = new QBarCategoryAxis(bars);
    bx->append(names);
    auto* by = new QValueAxis(bars);
    by->setRange(0, double(most) * 1.15);
    by->setLabelFormat(QStringLiteral("%d"));
    bars->addAxis(bx, Qt::AlignBottom);
    bars->addAxis(by, Qt::AlignLeft);
    series->attachAxis(bx);
    series->attachAxis(by);
    bars->legend()->setAlignment(Qt::AlignBottom);
    const std::array<AnalysisPeriod, 3> periods { c.current.period, c.previous.period, c.yearEarlier.period };
    const std::array<QBarSet*, 3> sets { nowSet, prevSet, yearSet };
    for (int k = 0; k < 3; ++k) {
        connect(sets[k], &QBarSet::clicked, this, [this, cells, period = periods[k]](int index) {
            if (!m_page || index < 0 || index >= cells.size())
                return;
            emit drillDown(m_page->analysis->cellFilter(m_page->query, period, Dimension::Category, cells.at(index).key),
                           tr("%1, %2").arg(period.label(), cells.at(index).label));
        });
    }
    old = m_bars->chart();
    m_bars->setChart(bars);
    delete old;
}

void AnalysisWorkspace::showRiskMap()
{
    // Rows: regions; columns: the top-level categories; shaded by volume.
    const AnalysisFigures& now = m_page->comparison.current;
    AnalysisQuery q = m_page->query;
    QStringList regions;
    for (const AnalysisCell& c : now.cells(Dimension::Region))
        regions << c.key;
    QHash<QString, qint64> byCategory; // at level 1, whatever the level chosen
    QHash<QString, QHash<QString, qint64>> map;
    for (auto r = now.riskMap.constBegin(); r != now.riskMap.constEnd(); ++r)
        for (auto c = r->constBegin(); c != r->constEnd(); ++c) {
            const QString top = m_page->analysis->categoryAt(c.key(), 1);
            map[r.key()][top] += c.value();
            byCategory[top] += c.value();
        }
    QStringList categories = byCategory.keys();
    std::sort(categories.begin(), categories.end(),
              [&](const QString& a, const QString& b) { return byCategory.value(a) > byCategory.value(b); });
    categories = categories.mid(0, 12);
    q.categoryLevel = 1;
    m_risk->clear();
    m_risk->setRowCount(int(regions.size()));
    m_risk->setColumnCount(int(categories.size()));
    QStringList headers;
    for (const QString& c : std::as_const(categories))
        headers << m_page->analysis->label(Dimension::Category, c);
    m_risk->setHorizontalHeaderLabels(headers);
    QStringList rowNames;
    for (const QString& r : std::as_const(regions))
        rowNames << m_page->analysis->label(Dimension::Region, r);
    m_risk->setVerticalHeaderLabels(rowNames);
    qint64 most = 1;
    for (const auto& row : std::as_const(map))
        for (qint64 n : row)
            most = std::max(most, n);
    for (int i = 0; i < regions.size(); ++i)
        for (int j = 0; j < categories.size(); ++j) {
            const qint64 n = map.value(regions.at(i)).value(categories.at(j));
            QTableWidgetItem* item = numberItem(n);
            item->setTextAlignment(Qt::AlignCenter);
            const double share = double(n) / double(most);
            item->setBackground(QColor::fromHsvF(0.0, 0.15 + 0.75 * share, 1.0 - 0.15 * share));
            if (share > 0.6)
                item->setForeground(Qt::white);
            item->setData(kFilterRole, QVariant::fromValue(m_page->analysis->riskCellFilter(q, regions.at(i), categories.at(j))));
            item->setToolTip(tr("%1 × %2: open the %3 reports").arg(rowNames.at(i), headers.at(j)).arg(n));
            m_risk->setItem(i, j, item);
        }
}

void AnalysisWorkspace::showWarnings()
{
    m_warnings->setRowCount(int(m_page->warnings.size()));
    const QStringList kinds { tr("Category"), tr("Region"), tr("Reported unit") };
    for (int i = 0; i < m_page->warnings.size(); ++i) {
        const AnalysisWarning& w = m_page->warnings.at(i);
        const QString kind = w.dimension == Dimension::Category ? kinds.at(0)
            : w.dimension == Dimension::Region                  ? kinds.at(1)
                                                                : kinds.at(2);
        m_warnings->setItem(i, 0, textItem(kind));
        m_warnings->setItem(i, 1, textItem(w.label));
        m_warnings->setItem(i, 2, textItem(w.month));
        QTableWidgetItem* count = numberItem(w.count);
        // Warnings are the whole office's, whatever topic is chosen: so is the list behind them.
        AnalysisQuery q;
        q.includeRestricted = m_page->query.includeRestricted;
        q.categoryLevel = 0;
        const AnalysisPeriod month = AnalysisPeriod::parse(w.month);
        count->setData(kFilterRole, QVariant::fromValue(m_page->analysis->cellFilter(q, month, w.dimension, w.key)));
        count->setToolTip(tr("%1, %2: open the %3 reports").arg(w.month, w.label).arg(w.count));
        count->setForeground(palette().link());
        m_warnings->setItem(i, 3, count);
        m_warnings->setItem(i, 4, textItem(QString::number(w.mean, 'f', 1)));
        m_warnings->setItem(i, 5, textItem(QString::number(w.threshold, 'f', 1)));
    }
    m_warnings->setToolTip(Analysis::warningRuleText(m_page->warningRule));
}

void AnalysisWorkspace::showFlags()
{
    m_flags->setRowCount(int(m_page->flags.size()));
    auto colourText = [](OfficeFlag::Colour c) {
        switch (c) {
        case OfficeFlag::Colour::Green: return tr("green");
        case OfficeFlag::Colour::Yellow: return tr("yellow");
        case OfficeFlag::Colour::Red: return tr("red");
        }
        return QString();
    };
    auto colourOf = [](OfficeFlag::Colour c) {
        switch (c) {
        case OfficeFlag::Colour::Green: return QColor(0x2e, 0x7d, 0x32);
        case OfficeFlag::Colour::Yellow: return QColor(0xf9, 0xa8, 0x25);
        case OfficeFlag::Colour::Red: return QColor(0xc6, 0x28, 0x28);
        }
        return QColor();
    };
    for (int i = 0; i < m_page->flags.size(); ++i) {
        const OfficeFlag& f = m_page->flags.at(i);
        m_flags->setItem(i, 0, textItem(f.orgName));
        QTableWidgetItem* flag = textItem(colourText(f.colour));
        flag->setBackground(colourOf(f.colour));
        flag->setForeground(f.colour == OfficeFlag::Colour::Yellow ? Qt::black : Qt::white);
        m_flags->setItem(i, 1, flag);
        m_flags->setItem(i, 2, textItem(QString::number(f.score, 'f', 3)));
        m_flags->setItem(i, 3, numberItem(f.workload));
        m_flags->setItem(i, 4, textItem(QString::number(100 * f.acceptance, 'f', 1) + QLatin1Char('%')));
        m_flags->setItem(i, 5, textItem(QString::number(100 * f.handling, 'f', 1) + QLatin1Char('%')));
        m_flags->setItem(i, 6, textItem(QString::number(100 * f.cooperation, 'f', 1) + QLatin1Char('%')));
        m_flags->setItem(i, 7, textItem(f.accountability ? tr("accountability") : f.interview ? tr("interview") : QString()));
        QStringList history;
        for (qsizetype k = 0; k < f.history.size(); ++k)
            history << f.historyQuarters.at(k) + QLatin1Char(' ') + colourText(f.history.at(k));
        m_flags->setItem(i, 8, textItem(history.join(QStringLiteral("，"))));
    }
    m_flagFormula->setText(tr("%1 — %2").arg(m_page->flagQuarter, Analysis::flagFormula(m_page->flagRule)));
}

void AnalysisWorkspace::exportDocument()
{
    if (!m_page)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the analysis"), QString(),
                                                      tr("Word document (*.docx);;Excel workbook (*.xlsx);;PDF (*.pdf)"));
    if (!path.isEmpty())
        exportTo(path);
}

bool AnalysisWorkspace::exportTo(const QString& path)
{
    if (!m_page)
        return false;
    AnalysisExportRun::Job job;
    job.databasePath = m_session.database().path();
    job.query = m_page->query;
    job.kind = !job.query.topicName.isEmpty()                          ? AnalysisReport::Kind::Topic
        : job.query.period.kind == AnalysisPeriod::Kind::Quarter ? AnalysisReport::Kind::Quarterly
                                                                 : AnalysisReport::Kind::Monthly;
    job.office = Settings(m_session.writer()).text(Settings::Key::OfficeName);
    job.path = path;
    if (!m_exportRun->start(job))
        return false;
    m_export->setEnabled(false);
    m_state->clear();
    return true;
}

} // namespace qf
