// stats: the analysis' figures (models/Analysis) for a period and scope; stats warnings: the
// early warnings of a month; stats flags: the quarterly flags of the handling offices;
// stats export: the analyses and the tour extract as .docx, .xlsx or PDF.
#include "app/analysis/AnalysisExport.h"
#include "models/Analysis.h"
#include "models/AnalysisReport.h"
#include "models/AnalysisTopics.h"
#include "models/Settings.h"
#include "models/Database.h"
#include "models/Role.h"
#include "models/Session.h"
#include "programs/qingfeng-cli/CliApp.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTranslator>

namespace qf {

namespace {

QString dimensionList()
{
    QStringList names;
    for (Dimension d : allDimensions())
        names << dimensionName(d);
    return names.join(QLatin1Char('|'));
}

// --scope CODE: an office's code, region:NAME or unit:NAME; empty: the whole office.
Result<AnalysisScope> readScope(const Analysis& analysis, const QString& text)
{
    AnalysisScope scope;
    if (text.isEmpty())
        return scope;
    if (text.startsWith(QLatin1String("region:"))) {
        scope.kind = AnalysisScope::Kind::Region;
        scope.value = text.mid(7);
    } else if (text.startsWith(QLatin1String("unit:"))) {
        scope.kind = AnalysisScope::Kind::Unit;
        scope.value = text.mid(5);
    } else {
        const QString org = analysis.officeByCode(text);
        if (org.isEmpty())
            return Error { QStringLiteral("--scope: no office has the code '%1' (give an office's code, region:NAME or "
                                          "unit:NAME).")
                               .arg(text) };
        scope.kind = AnalysisScope::Kind::HandlingOffice;
        scope.value = org;
        scope.label = analysis.officeName(org);
    }
    if (scope.value.isEmpty())
        return Error { QStringLiteral("--scope: name the region or unit after the colon.") };
    if (scope.label.isEmpty())
        scope.label = scope.value;
    return scope;
}

QJsonObject cellJson(Dimension d, const AnalysisCell& c, const AnalysisComparison& cmp)
{
    return { { QStringLiteral("by"), dimensionName(d) },
             { QStringLiteral("key"), c.key },
             { QStringLiteral("label"), c.label },
             { QStringLiteral("count"), c.count },
             { QStringLiteral("previous"), cmp.previous.count(d, c.key) },
             { QStringLiteral("year_earlier"), cmp.yearEarlier.count(d, c.key) } };
}

int stats(CliContext& ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption from(QStringLiteral("from"), QStringLiteral("First day (YYYY-MM-DD, China time)."), QStringLiteral("D"));
    const QCommandLineOption to(QStringLiteral("to"), QStringLiteral("Last day, included (YYYY-MM-DD)."), QStringLiteral("D"));
    const QCommandLineOption by(QStringLiteral("by"), QStringLiteral("Group by: %1 (default: all).").arg(dimensionList()),
                                QStringLiteral("G"));
    const QCommandLineOption scope(QStringLiteral("scope"),
                                   QStringLiteral("An office's code (the reports it handles), region:NAME or unit:NAME."),
                                   QStringLiteral("CODE"));
    const QCommandLineOption level(QStringLiteral("level"),
                                   QStringLiteral("Level of the category tree (1 = top, 0 = as recorded; default 1)."),
                                   QStringLiteral("N"));
    const QCommandLineOption topic(QStringLiteral("topic"), QStringLiteral("Only the reports of a topic the office saved (name or id)."),
                                   QStringLiteral("NAME"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("One JSON object per group with its count."));
    parser.addOptions({ from, to, by, scope, level, topic, json });
    int status = 0;
    if (!ctx.parse(parser, QStringLiteral("stats"), &status))
        return status;
    const QString usage = QStringLiteral("Usage: qingfeng-cli stats --from YYYY-MM-DD --to YYYY-MM-DD [--by %1] "
                                         "[--scope CODE] [--topic NAME] [--json]")
                              .arg(dimensionList());
    if (!parser.positionalArguments().isEmpty() || !parser.isSet(from) || !parser.isSet(to))
        return ctx.fail(usage);
    const QDate f = QDate::fromString(parser.value(from), Qt::ISODate);
    const QDate t = QDate::fromString(parser.value(to), Qt::ISODate);
    if (!f.isValid() || !t.isValid() || f > t)
        return ctx.fail(QStringLiteral("--from and --to need days as YYYY-MM-DD, the first not after the last."));
    std::optional<Dimension> only;
    if (parser.isSet(by)) {
        only = dimensionFromName(parser.value(by));
        if (!only)
            return ctx.fail(QStringLiteral("--by: one of %1, not '%2'.").arg(dimensionList(), parser.value(by)));
    }
    auto session = ctx.openSession();
    if (!session)
        return 1;
    Analysis analysis(session->database().connection());
    if (Status s = analysis.load(); !s)
        return ctx.fail(s.error(), 1);
    auto sc = readScope(analysis, parser.value(scope));
    if (!sc)
        return ctx.fail(sc.error());
    AnalysisQuery q;
    q.period = AnalysisPeriod::of(f, t);
    q.scope = *sc;
    q.categoryLevel = parser.isSet(level) ? parser.value(level).toInt() : 1;
    q.includeRestricted = session->may(Capability::SeeRestricted);
    if (parser.isSet(topic)) {
        auto saved = AnalysisTopics(session->writer()).find(parser.value(topic));
        if (!saved)
            return ctx.fail(QStringLiteral("--topic: %1").arg(saved.error()));
        q = saved->applyTo(q);
    }
    auto cmp = analysis.compare(q);
    if (!cmp)
        return ctx.fail(cmp.error(), 1);
    const QList<Dimension> dims = only ? QList<Dimension> { *only } : allDimensions();
    if (parser.isSet(json)) {
        QJsonArray out;
        for (Dimension d : dims)
            for (const AnalysisCell& c : cmp->current.cells(d))
                out << cellJson(d, c, *cmp);
        ctx.out << QJsonDocument(out).toJson(QJsonDocument::Indented);
        return 0;
    }
    ctx.out << "period: " << q.period.from.toString(Qt::ISODate) << " .. " << q.period.to.toString(Qt::ISODate) << '\n';
    ctx.out << "scope: " << (sc->label.isEmpty() ? QStringLiteral("the whole office") : sc->label) << '\n';
    ctx.out << "received: " << cmp->current.received << "\tprevious: " << cmp->previous.received
            << "\tyear_earlier: " << cmp->yearEarlier.received << '\n';
    ctx.out << "repeats: " << cmp->current.repeats << "\treferred: " << cmp->current.referred
            << "\treal_name: " << cmp->current.realName << '\n';
    for (Dimension d : dims) {
        ctx.out << "== " << dimensionName(d) << '\n';
        for (const AnalysisCell& c : cmp->current.cells(d))
            ctx.out << c.key << '\t' << c.label << '\t' << c.count << '\t' << cmp->previous.count(d, c.key) << '\t'
                    << cmp->yearEarlier.count(d, c.key) << '\n';
    }
    ctx.out << "rules: " << Analysis::kRulesVersion << "\tdata: " << cmp->current.dataHash << '\n';
    return 0;
}

// The start both `stats warnings` and `stats flags` share: one period option of the given kind
// (and --json), then the signed-in session and its loaded analysis. Returns -1 when the command
// goes on, else its exit status.
struct PeriodCommand
{
    AnalysisPeriod period;
    bool json = false;
    std::unique_ptr<Session> session;
    std::unique_ptr<Analysis> analysis;
};

int startPeriodCommand(CliContext& ctx, const QString& command, const QCommandLineOption& periodOption,
                       AnalysisPeriod::Kind kind, const QString& jsonHelp, PeriodCommand& out)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), jsonHelp);
    parser.addOptions({ periodOption, json });
    int status = 0;
    if (!ctx.parse(parser, command, &status))
        return status;
    out.period = AnalysisPeriod::parse(parser.value(periodOption));
    out.json = parser.isSet(json);
    if (!parser.positionalArguments().isEmpty() || out.period.kind != kind || !out.period.isValid())
        return ctx.fail(QStringLiteral("Usage: qingfeng-cli %1 --%2 %3 [--json]")
                            .arg(command, periodOption.names().constFirst(), periodOption.valueName()));
    out.session = ctx.openSession();
    if (!out.session)
        return 1;
    out.analysis = std::make_unique<Analysis>(out.session->database().connection());
    if (Status s = out.analysis->load(); !s)
        return ctx.fail(s.error(), 1);
    return -1;
}

int warnings(CliContext& ctx)
{
    PeriodCommand c;
    if (const int status = startPeriodCommand(
            ctx, QStringLiteral("stats warnings"),
            QCommandLineOption(QStringLiteral("month"), QStringLiteral("The month, e.g. 2026-11."), QStringLiteral("YYYY-MM")),
            AnalysisPeriod::Kind::Month, QStringLiteral("One JSON object per warning."), c);
        status >= 0)
        return status;
    const AnalysisPeriod& p = c.period;
    Analysis& analysis = *c.analysis;
    const WarningRule rule = analysis.warningRule();
    auto list = analysis.warnings(p.from.year(), p.from.month(), rule, c.session->may(Capability::SeeRestricted));
    if (!list)
        return ctx.fail(list.error(), 1);
    if (c.json) {
        QJsonArray out;
        for (const AnalysisWarning& w : std::as_const(*list)) {
            QJsonArray history;
            for (qint64 h : w.history)
                history << h;
            out << QJsonObject { { QStringLiteral("by"), dimensionName(w.dimension) },
                                 { QStringLiteral("key"), w.key },
                                 { QStringLiteral("label"), w.label },
                                 { QStringLiteral("month"), w.month },
                                 { QStringLiteral("count"), w.count },
                                 { QStringLiteral("history"), history },
                                 { QStringLiteral("mean"), w.mean },
                                 { QStringLiteral("sd"), w.deviation },
                                 { QStringLiteral("threshold"), w.threshold },
                                 { QStringLiteral("rule"), w.ruleText } };
        }
        ctx.out << QJsonDocument(out).toJson(QJsonDocument::Indented);
        return 0;
    }
    ctx.out << "rule: " << Analysis::warningRuleText(rule) << '\n';
    for (const AnalysisWarning& w : std::as_const(*list))
        ctx.out << dimensionName(w.dimension) << '\t' << w.label << '\t' << w.count << "\tmean " << QString::number(w.mean, 'f', 2)
                << "\tsd " << QString::number(w.deviation, 'f', 2) << "\tthreshold " << QString::number(w.threshold, 'f', 2)
                << '\n';
    ctx.out << "warnings: " << list->size() << '\n';
    return 0;
}

int flags(CliContext& ctx)
{
    PeriodCommand c;
    if (const int status = startPeriodCommand(
            ctx, QStringLiteral("stats flags"),
            QCommandLineOption(QStringLiteral("quarter"), QStringLiteral("The quarter, e.g. 2026Q4."), QStringLiteral("YYYYQN")),
            AnalysisPeriod::Kind::Quarter, QStringLiteral("One JSON object per office."), c);
        status >= 0)
        return status;
    const AnalysisPeriod& p = c.period;
    Analysis& analysis = *c.analysis;
    const FlagRule rule = analysis.flagRule();
    auto list = analysis.flags(p.from.year(), (p.from.month() - 1) / 3 + 1, rule);
    if (!list)
        return ctx.fail(list.error(), 1);
    if (c.json) {
        QJsonArray out;
        for (const OfficeFlag& f : std::as_const(*list)) {
            QJsonArray history;
            for (qsizetype i = 0; i < f.history.size(); ++i)
                history << QJsonObject { { QStringLiteral("quarter"), f.historyQuarters.at(i) },
                                         { QStringLiteral("flag"), colourName(f.history.at(i)) } };
            out << QJsonObject { { QStringLiteral("office"), f.orgName },
                                 { QStringLiteral("office_id"), f.orgId },
                                 { QStringLiteral("quarter"), f.quarter },
                                 { QStringLiteral("workload"), f.workload },
                                 { QStringLiteral("acceptance"), f.acceptance },
                                 { QStringLiteral("handling"), f.handling },
                                 { QStringLiteral("cooperation"), f.cooperation },
                                 { QStringLiteral("score"), f.score },
                                 { QStringLiteral("flag"), colourName(f.colour) },
                                 { QStringLiteral("interview"), f.interview },
                                 { QStringLiteral("accountability"), f.accountability },
                                 { QStringLiteral("history"), history } };
        }
        ctx.out << QJsonDocument(out).toJson(QJsonDocument::Indented);
        return 0;
    }
    ctx.out << "formula: " << Analysis::flagFormula(rule) << '\n';
    for (const OfficeFlag& f : std::as_const(*list))
        ctx.out << f.orgName << '\t' << colourName(f.colour) << '\t' << QString::number(f.score, 'f', 3) << "\tworkload "
                << f.workload << (f.interview ? "\tinterview" : "") << (f.accountability ? "\taccountability" : "") << '\n';
    ctx.out << "offices: " << list->size() << '\n';
    return 0;
}

// The language of an exported document: the embedded catalogue (translations/, library
// qingfeng_i18n), Simplified Chinese unless --lang says otherwise.
Status installDocumentLanguage(const QString& code)
{
    static QTranslator translator;
    QCoreApplication::removeTranslator(&translator);
    if (code == QLatin1String("en"))
        return {};
    if (code != QLatin1String("zh_CN") && code != QLatin1String("zh_TW"))
        return Error { QStringLiteral("--lang: zh_CN, zh_TW or en, not '%1'.").arg(code), ErrorCode::Invalid };
    if (!translator.load(QStringLiteral(":/i18n/qingfeng_%1.qm").arg(code)))
        return Error { QStringLiteral("The catalogue of %1 is not embedded in this program.").arg(code) };
    QCoreApplication::installTranslator(&translator);
    QLocale::setDefault(QLocale(code));
    return {};
}

int statsExport(CliContext& ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption kind(QStringLiteral("kind"), QStringLiteral("monthly, quarterly, topic or tour."), QStringLiteral("K"));
    const QCommandLineOption month(QStringLiteral("month"), QStringLiteral("The month (monthly), e.g. 2026-11."), QStringLiteral("YYYY-MM"));
    const QCommandLineOption quarter(QStringLiteral("quarter"), QStringLiteral("The quarter (quarterly), e.g. 2026Q4."), QStringLiteral("YYYYQN"));
    const QCommandLineOption from(QStringLiteral("from"), QStringLiteral("First day (topic, tour)."), QStringLiteral("D"));
    const QCommandLineOption to(QStringLiteral("to"), QStringLiteral("Last day, included."), QStringLiteral("D"));
    const QCommandLineOption scope(QStringLiteral("scope"), QStringLiteral("An office's code, region:NAME or unit:NAME."), QStringLiteral("CODE"));
    const QCommandLineOption category(QStringLiteral("category"), QStringLiteral("A topic's category code (repeatable)."), QStringLiteral("CODE"));
    const QCommandLineOption topic(QStringLiteral("topic"), QStringLiteral("A topic the office saved, by name or id (kind topic)."),
                                   QStringLiteral("NAME"));
    const QCommandLineOption internal(QStringLiteral("internal"),
                                      QStringLiteral("A tour extract kept inside the office: small counts are not suppressed."));
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("FILE.docx, FILE.xlsx or FILE.pdf."), QStringLiteral("FILE"));
    const QCommandLineOption date(QStringLiteral("date"), QStringLiteral("Day of issue (default today)."), QStringLiteral("D"));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  QStringLiteral("Language of the document: zh_CN (default), zh_TW or en."),
                                  QStringLiteral("CODE"), QStringLiteral("zh_CN"));
    parser.addOptions({ kind, month, quarter, from, to, scope, category, topic, internal, out, date, lang });
    int status = 0;
    if (!ctx.parse(parser, QStringLiteral("stats export"), &status))
        return status;
    const QString usage = QStringLiteral(
        "Usage: qingfeng-cli stats export --kind monthly --month YYYY-MM | --kind quarterly --quarter YYYYQN | --kind topic "
        "--from D --to D --category CODE|--topic NAME | --kind tour --from D --to D --scope CODE [--internal] --out FILE.docx|.xlsx|.pdf "
        "[--lang zh_CN|zh_TW|en]");
    const auto k = AnalysisReport::kindFromName(parser.value(kind));
    if (!k || !parser.isSet(out) || !parser.positionalArguments().isEmpty())
        return ctx.fail(usage);
    if (!AnalysisExport::formatFor(parser.value(out)))
        return ctx.fail(QStringLiteral("--out: '%1' is not a .docx, .xlsx or .pdf file.").arg(parser.value(out)));
    AnalysisQuery q;
    if (parser.isSet(month))
        q.period = AnalysisPeriod::parse(parser.value(month));
    else if (parser.isSet(quarter))
        q.period = AnalysisPeriod::parse(parser.value(quarter));
    else if (parser.isSet(from) && parser.isSet(to))
        q.period = AnalysisPeriod::of(QDate::fromString(parser.value(from), Qt::ISODate),
                                      QDate::fromString(parser.value(to), Qt::ISODate));
    const bool savedTopic = *k == AnalysisReport::Kind::Topic && parser.isSet(topic);
    if (!q.period.isValid() && !savedTopic) // a saved topic may carry its period
        return ctx.fail(QStringLiteral("Give the period: --month YYYY-MM, --quarter YYYYQN or --from D --to D.\n") + usage);
    if (*k == AnalysisReport::Kind::Monthly && q.period.kind != AnalysisPeriod::Kind::Month)
        return ctx.fail(QStringLiteral("A monthly analysis needs --month YYYY-MM."));
    if (*k == AnalysisReport::Kind::Quarterly && q.period.kind != AnalysisPeriod::Kind::Quarter)
        return ctx.fail(QStringLiteral("A quarterly analysis needs --quarter YYYYQN."));
    if (*k == AnalysisReport::Kind::Tour && !parser.isSet(scope))
        return ctx.fail(QStringLiteral("A tour extract needs --scope: the office's code, region:NAME or unit:NAME toured."));
    if (*k == AnalysisReport::Kind::Topic && !parser.isSet(category) && !savedTopic)
        return ctx.fail(QStringLiteral("A topic analysis needs a saved --topic NAME or at least one --category CODE."));
    const QDate issued = parser.isSet(date) ? QDate::fromString(parser.value(date), Qt::ISODate) : QDate::currentDate();
    if (!issued.isValid())
        return ctx.fail(QStringLiteral("--date needs a day as YYYY-MM-DD."));
    if (Status s = installDocumentLanguage(parser.value(lang)); !s)
        return ctx.fail(s.error());
    auto session = ctx.openSession();
    if (!session)
        return 1;
    Analysis analysis(session->database().connection());
    if (Status s = analysis.load(); !s)
        return ctx.fail(s.error(), 1);
    auto sc = readScope(analysis, parser.value(scope));
    if (!sc)
        return ctx.fail(sc.error());
    q.scope = *sc;
    if (savedTopic) {
        auto t = AnalysisTopics(session->writer()).find(parser.value(topic));
        if (!t)
            return ctx.fail(QStringLiteral("--topic: %1").arg(t.error()));
        q = t->applyTo(q);
        if (!q.period.isValid() && t->from.isValid())
            q.period = AnalysisPeriod::of(t->from, t->to);
        if (!q.period.isValid())
            return ctx.fail(QStringLiteral("The topic '%1' has no period of its own: give --month, --quarter or --from D --to D.")
                                .arg(t->name));
    }
    for (const QString& code : parser.values(category)) {
        const QString id = analysis.categoryByCode(code);
        if (id.isEmpty())
            return ctx.fail(QStringLiteral("--category: no category has the code '%1'.").arg(code));
        q.categoryIds << id;
    }
    // A tour extract leaves the office: never the reports about the principal leader.
    q.includeRestricted = session->may(Capability::SeeRestricted) && *k != AnalysisReport::Kind::Tour;
    const bool leaves = *k == AnalysisReport::Kind::Tour && !parser.isSet(internal) && analysis.suppressSmallCells();
    Settings settings(session->writer());
    const QString office = settings.text(Settings::Key::OfficeName);
    auto report = AnalysisReport::build(analysis, *k, q, leaves, office, QCoreApplication::applicationVersion(), issued);
    if (!report)
        return ctx.fail(report.error(), 1);
    if (Status s = AnalysisExport::write(*report, parser.value(out)); !s)
        return ctx.fail(s.error(), 1);
    ctx.out << "written: " << parser.value(out) << '\n';
    ctx.out << "tables: " << report->tables.size() << '\n';
    ctx.out << "data: " << report->dataHash << '\n';
    ctx.out << "content: " << report->contentHash << '\n';
    return 0;
}

int topics(CliContext& ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("One JSON object per topic."));
    parser.addOption(json);
    int status = 0;
    if (!ctx.parse(parser, QStringLiteral("stats topics"), &status))
        return status;
    if (!parser.positionalArguments().isEmpty())
        return ctx.fail(QStringLiteral("Usage: qingfeng-cli stats topics [--json]"));
    auto session = ctx.openSession();
    if (!session)
        return 1;
    auto list = AnalysisTopics(session->writer()).list();
    if (!list)
        return ctx.fail(list.error(), 1);
    Analysis analysis(session->database().connection());
    if (Status s = analysis.load(); !s)
        return ctx.fail(s.error(), 1);
    const auto categories = [&analysis](const QStringList& ids) {
        QStringList names;
        for (const QString& id : ids)
            names << analysis.label(Dimension::Category, id);
        return names;
    };
    if (parser.isSet(json)) {
        QJsonArray out;
        for (const AnalysisTopic& t : std::as_const(*list))
            out << QJsonObject { { QStringLiteral("id"), t.id },
                                 { QStringLiteral("name"), t.name },
                                 { QStringLiteral("categories"), QJsonArray::fromStringList(categories(t.categoryIds)) },
                                 { QStringLiteral("keywords"), t.keywords },
                                 { QStringLiteral("regions"), QJsonArray::fromStringList(t.regions) },
                                 { QStringLiteral("units"), QJsonArray::fromStringList(t.units) },
                                 { QStringLiteral("from"), t.from.isValid() ? t.from.toString(Qt::ISODate) : QString() },
                                 { QStringLiteral("to"), t.to.isValid() ? t.to.toString(Qt::ISODate) : QString() } };
        ctx.out << QJsonDocument(out).toJson(QJsonDocument::Indented);
        return 0;
    }
    for (const AnalysisTopic& t : std::as_const(*list))
        ctx.out << t.name << '\t' << categories(t.categoryIds).join(QLatin1Char(',')) << '\t' << t.keywords << '\t'
                << t.regions.join(QLatin1Char(',')) << '\t' << t.units.join(QLatin1Char(',')) << '\n';
    ctx.out << "topics: " << list->size() << '\n';
    return 0;
}

} // namespace

void registerStatsCommands()
{
    CliApp::registerCommand({ QStringLiteral("stats"),
                              QStringLiteral("The analysis' figures: --from D --to D [--by G] [--scope CODE] [--json]."), stats });
    CliApp::registerCommand({ QStringLiteral("stats topics"), QStringLiteral("The topics the office saved: [--json]."), topics });
    CliApp::registerCommand({ QStringLiteral("stats warnings"),
                              QStringLiteral("Early warnings of a month: --month YYYY-MM [--json]."), warnings });
    CliApp::registerCommand({ QStringLiteral("stats flags"),
                              QStringLiteral("Quarterly flags of the handling offices: --quarter YYYYQN [--json]."), flags });
    CliApp::registerCommand({ QStringLiteral("stats export"),
                              QStringLiteral("An analysis or tour extract as .docx, .xlsx or PDF: --kind monthly|quarterly|topic|tour ... --out FILE."),
                              statsExport });
}

} // namespace qf
