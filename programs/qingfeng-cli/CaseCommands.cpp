// report add|get|set|move, deadlines: case work from scripts. Never prints identities.
#include "models/CalendarStore.h"
#include "models/CaseStateMachine.h"
#include "programs/qingfeng-cli/CliApp.h"
#include "models/DeadlineClock.h"
#include "models/InputCheck.h"
#include "models/ReportStore.h"
#include "models/Session.h"
#include "models/Settings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace qf {

namespace {

QJsonValue time(const QDateTime& t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue text(const QString& s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonObject toJson(const Report& r)
{
    QJsonArray subjects;
    for (const Subject& s : r.subjects)
        subjects.append(QJsonObject { { QStringLiteral("name"), s.name },
                                      { QStringLiteral("unit"), text(s.unit) },
                                      { QStringLiteral("rank"), text(s.rank) },
                                      { QStringLiteral("position"), text(s.position) },
                                      { QStringLiteral("principal_leader"), s.principalLeader } });
    return {
        { QStringLiteral("id"), r.id },
        { QStringLiteral("reg_no"), r.regNo },
        { QStringLiteral("channel"), r.channel },
        { QStringLiteral("status"), stateName(r.state) },
        { QStringLiteral("received_at"), time(r.receivedAt) },
        { QStringLiteral("real_name"), r.realName() },
        { QStringLiteral("org_id"), text(r.orgId) },
        { QStringLiteral("category_id"), text(r.categoryId) },
        { QStringLiteral("region"), text(r.region) },
        { QStringLiteral("source_id"), text(r.sourceId) },
        { QStringLiteral("who"), text(r.who) },
        { QStringLiteral("what"), text(r.what) },
        { QStringLiteral("when_text"), text(r.whenText) },
        { QStringLiteral("where_text"), text(r.whereText) },
        { QStringLiteral("why"), text(r.why) },
        { QStringLiteral("result"), text(r.result) },
        { QStringLiteral("demand"), text(r.demand) },
        { QStringLiteral("disposition"), text(r.disposition) },
        { QStringLiteral("content"), r.content },
        { QStringLiteral("triage_class"), r.triageClass ? QJsonValue(triageClassName(*r.triageClass)) : QJsonValue() },
        { QStringLiteral("verifiability"), r.verifiability ? QJsonValue(r.verifiability) : QJsonValue() },
        { QStringLiteral("typicality"), r.typicality ? QJsonValue(r.typicality) : QJsonValue() },
        { QStringLiteral("timeliness"), r.timeliness ? QJsonValue(r.timeliness) : QJsonValue() },
        { QStringLiteral("outcome"), r.outcome ? QJsonValue(outcomeName(*r.outcome)) : QJsonValue() },
        { QStringLiteral("handling_org_id"), text(r.handlingOrgId) },
        { QStringLiteral("handler_id"), text(r.handlerId) },
        { QStringLiteral("dispatch_kind"), text(r.dispatchKind) },
        { QStringLiteral("restricted"), r.restricted },
        { QStringLiteral("repeat_of"), text(r.repeatOf) },
        { QStringLiteral("concluded_at"), time(r.concludedAt) },
        { QStringLiteral("subjects"), subjects },
    };
}

int reportAdd(CliContext& ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption channel(QStringLiteral("channel"), QStringLiteral("letter, visit, phone, online, forwarded, handed_over."), QStringLiteral("C"));
    const QCommandLineOption content(QStringLiteral("content"), QStringLiteral("The report's content."), QStringLiteral("TEXT"));
    const QCommandLineOption source(QStringLiteral("source-id"), QStringLiteral("Id at the source (online, forwarded)."), QStringLiteral("ID"));
    const QCommandLineOption received(QStringLiteral("received"), QStringLiteral("When it arrived (ISO date/time)."), QStringLiteral("T"));
    const QCommandLineOption subject(QStringLiteral("subject"), QStringLiteral("Reported person as NAME[,UNIT[,RANK]]."), QStringLiteral("S"));
    const QCommandLineOption noRepeats(QStringLiteral("no-repeat-check"),
                                       QStringLiteral("Do not look for earlier reports this one may repeat."));
    parser.addOptions({ channel, content, source, received, subject, noRepeats });
    int status = 0;
    if (!ctx.parse(parser, QStringLiteral("report add"), &status))
        return status;
    Registration r;
    r.checkRepeats = !parser.isSet(noRepeats);
    ReportDraft& d = r.draft;
    d.channel = parser.value(channel);
    d.content = InputCheck::normalizeLineEnds(parser.value(content));
    d.sourceId = parser.value(source);
    if (parser.isSet(received)) {
        auto time = InputCheck::parseTime(parser.value(received));
        if (!time)
            return ctx.fail(QStringLiteral("--received: ") + time.error());
        d.receivedAt = *time;
    }
    for (const QString& s : parser.values(subject)) {
        const QStringList parts = s.split(QLatin1Char(','));
        d.subjects << SubjectDraft { parts.value(0), parts.value(1), parts.value(2), {}, false };
    }
    auto session = ctx.openSession();
    if (!session)
        return 1;
    // The same registration as the intake's: the repeat check runs and its proposals are
    // kept in the report's history; each is printed after the first line ("ID REG_NO").
    auto added = session->registrar().registerReport(r);
    if (!added)
        return ctx.fail(added.error(), 1);
    ctx.out << added->id << ' ' << added->regNo << Qt::endl;
    for (const RepeatProposal& p : std::as_const(added->proposals))
        ctx.out << "may repeat " << p.regNo << '\t' << p.reasons().join(QStringLiteral("; ")) << '\n';
    // The reporter's follow-up code, in clear this once (only its hash is kept); on the
    // error stream, so that scripts reading "ID REG_NO" and the proposals keep working.
    ctx.err << "follow-up code " << added->followUpCode << Qt::endl;
    return 0;
}

int reportGet(CliContext& ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON."));
    parser.addOption(json);
    parser.addPositionalArgument(QStringLiteral("ID"), QStringLiteral("Report id or registration number."));
    int status = 0;
    if (!ctx.parse(parser, QStringLiteral("report get"), &status))
        return status;
    if (parser.positionalArguments().size() != 1)
        return ctx.fail(QStringLiteral("Usage: report get ID [--json]"));
    auto session = ctx.openSession();
    if (!session)
        return 1;
    ReportStore& reports = session->reports();
    auto report = reports.get(parser.positionalArguments().first());
    if (!report)
        return ctx.fail(report.error(), 1);
    if (!ReportStore::canView(cliRole(*session), *report))
        return ctx.fail(QStringLiteral("This report is restricted to supervisors, chairs and administrators."), 1);
    const QJsonObject o = toJson(*report);
    if (parser.isSet(json)) {
        ctx.out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
        return 0;
    }
    for (auto it = o.begin(); it != o.end(); ++it)
        if (it.value().isString())
            ctx.out << it.key() << ": " << it.value().toString() << '\n';
    return 0;
}

int reportSet(CliContext& ctx)
{
    if (ctx.args.size() != 3)
        return ctx.fail(QStringLiteral("Usage: report set ID FIELD VALUE; fields: ")
                        + ReportStore::editableFields().join(QStringLiteral(", ")));
    if (!ReportStore::editableFields().contains(ctx.args[1]))
        return ctx.fail(QStringLiteral("Unknown field '%1'; fields: %2")
                            .arg(ctx.args[1], ReportStore::editableFields().join(QStringLiteral(", "))));
    auto session = ctx.openSession();
    if (!session)
        return 1;
    ReportStore& reports = session->reports();
    auto id = reports.resolve(ctx.args[0]);
    if (!id)
        return ctx.fail(id.error(), 1);
    if (Status s = reports.setField(*id, ctx.args[1], ctx.args[2]); !s)
        return ctx.fail(s.error(), 1);
    return 0;
}

int reportMove(CliContext& ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption param(QStringLiteral("param"), QStringLiteral("A parameter k=v (repeatable)."), QStringLiteral("K=V"));
    parser.addOption(param);
    parser.addPositionalArgument(QStringLiteral("ID"), QStringLiteral("Report id or registration number."));
    parser.addPositionalArgument(QStringLiteral("TRANSITION"), QStringLiteral("accept, triage, decide, transfer, ..."));
    int status = 0;
    if (!ctx.parse(parser, QStringLiteral("report move"), &status))
        return status;
    const QStringList pos = parser.positionalArguments();
    if (pos.size() != 2)
        return ctx.fail(QStringLiteral("Usage: report move ID TRANSITION [--param k=v ...]"));
    const auto transition = transitionFromName(pos[1]);
    if (!transition) {
        QStringList names;
        for (Transition t : allTransitions())
            names << transitionName(t);
        return ctx.fail(QStringLiteral("Unknown transition '%1'; one of: %2").arg(pos[1], names.join(QStringLiteral(", "))));
    }
    QVariantMap params;
    for (const QString& kv : parser.values(param)) {
        const qsizetype eq = kv.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return ctx.fail(QStringLiteral("--param needs k=v, not '%1'.").arg(kv));
        params.insert(kv.left(eq), kv.mid(eq + 1));
    }
    auto session = ctx.openSession();
    if (!session)
        return 1;
    ReportStore& reports = session->reports();
    CaseStateMachine machine(reports);
    if (Status s = machine.apply(pos[0], *transition, params, Actor { session->userId(), cliRole(*session) }); !s)
        return ctx.fail(s.error(), 1);
    auto report = reports.get(pos[0]);
    if (report)
        ctx.out << stateName(report->state) << Qt::endl;
    return 0;
}

int deadlines(CliContext& ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption at(QStringLiteral("at"), QStringLiteral("Evaluate at this date (noon) or ISO time."), QStringLiteral("DATE"));
    parser.addOption(at);
    int status = 0;
    if (!ctx.parse(parser, QStringLiteral("deadlines"), &status))
        return status;
    QDateTime now = QDateTime::currentDateTime();
    if (parser.isSet(at)) {
        const QDate day = QDate::fromString(parser.value(at), Qt::ISODate);
        now = day.isValid() ? QDateTime(day, QTime(12, 0)) : QDateTime::fromString(parser.value(at), Qt::ISODate);
        if (!now.isValid())
            return ctx.fail(QStringLiteral("--at is not a date: %1").arg(parser.value(at)));
    }
    auto session = ctx.openSession();
    if (!session)
        return 1;
    auto calendar = CalendarStore::load(session->database().connection());
    if (!calendar)
        return ctx.fail(calendar.error(), 1);
    Settings settings(session->writer());
    DeadlineClock clock(*calendar, DeadlinePolicy::fromSettings(settings));
    ReportStore& reports = session->reports();
    auto open = reports.listOpen();
    if (!open)
        return ctx.fail(open.error(), 1);
    for (const Report& r : *open) {
        const DeadlineStatus d = clock.evaluate(r, now);
        if (d.light == Light::None || d.light == Light::Green)
            continue;
        ctx.out << r.regNo << '\t' << lightName(d.light) << '\t' << d.clock << '\t'
                << d.due.date().toString(Qt::ISODate) << (d.flagSupervisor ? "\tsupervisor" : "")
                << (d.fallback ? "\tfallback" : "") << '\n';
    }
    return 0;
}

} // namespace

void registerCaseCommands()
{
    CliApp::registerCommand({ QStringLiteral("report add"),
                              QStringLiteral("Register a report (--channel, --content, [--subject N,U,R]); prints id and number and the "
                                             "possible repeats; the reporter's follow-up code goes to stderr."),
                              reportAdd });
    CliApp::registerCommand({ QStringLiteral("report get"),
                              QStringLiteral("Print a report (ID or number) [--json]; no identities."), reportGet });
    CliApp::registerCommand({ QStringLiteral("report set"), QStringLiteral("Change a field: report set ID FIELD VALUE."),
                              reportSet });
    CliApp::registerCommand({ QStringLiteral("report move"),
                              QStringLiteral("Apply a transition: report move ID TRANSITION [--param k=v ...]."),
                              reportMove });
    CliApp::registerCommand({ QStringLiteral("deadlines"),
                              QStringLiteral("List reports whose light is yellow or worse [--at DATE]."), deadlines });
}

} // namespace qf
