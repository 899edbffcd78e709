// duplicates rebuild; repeats --quarter Q; repeats check|confirm|reject: repeat detection.
#include "programs/qingfeng-cli/CliApp.h"
#include "models/DuplicateIndex.h"
#include "models/RepeatDetector.h"
#include "models/ReportStore.h"
#include "models/Session.h"

#include <QSqlQuery>

#include <cstdio>

namespace qf {

namespace {

int rebuild(CliContext& ctx)
{
    QCommandLineParser parser;
    int status = 0;
    if (!ctx.parse(parser, QStringLiteral("duplicates rebuild"), &status))
        return status;
    auto session = ctx.openSession();
    if (!session)
        return 1;
    DuplicateIndex& index = session->duplicates();
    qint64 shown = 0;
    auto done = index.rebuild([&](qint64 n, qint64 total) {
        if (n - shown >= 50000 || n == total) {
            std::fprintf(stderr, "%lld / %lld reports\n", static_cast<long long>(n), static_cast<long long>(total));
            shown = n;
        }
        return true;
    });
    if (!done)
        return ctx.fail(done.error(), 1);
    ctx.out << "indexed: " << *done << '\n';
    return 0;
}

int quarterly(CliContext& ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption quarter(QStringLiteral("quarter"), QStringLiteral("The quarter, e.g. 2026Q3."),
                                     QStringLiteral("Q"));
    parser.addOption(quarter);
    int status = 0;
    if (!ctx.parse(parser, QStringLiteral("repeats"), &status))
        return status;
    if (!parser.isSet(quarter) || !parser.positionalArguments().isEmpty())
        return ctx.fail(QStringLiteral("Usage: qingfeng-cli repeats --quarter 2026Q3 (or repeats check|confirm|reject)."));
    auto session = ctx.openSession();
    if (!session)
        return 1;
    ReportStore& reports = session->reports();
    RepeatDetector detector(reports);
    auto list = detector.quarterly(parser.value(quarter));
    if (!list)
        return ctx.fail(list.error());
    QString department = QStringLiteral("\x01");
    for (const QuarterlyRepeat& r : std::as_const(*list)) {
        if (r.departmentId != department) {
            department = r.departmentId;
            ctx.out << "== " << (r.department.isEmpty() ? QStringLiteral("(no department)") : r.department) << '\n';
        }
        ctx.out << r.regNo << '\t' << r.receivedAt.toUTC().toString(Qt::ISODate) << '\t' << "repeat_of " << r.repeatOfRegNo
                << '\t' << (r.newFacts ? "new_facts" : "no_new_facts") << '\t' << r.status << '\n';
    }
    ctx.out << "repeats: " << list->size() << '\n';
    return 0;
}

int check(CliContext& ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption threshold(QStringLiteral("threshold"),
                                       QStringLiteral("Content similarity from 0 to 1 (default: the office setting)."),
                                       QStringLiteral("T"));
    const QCommandLineOption record(QStringLiteral("record"), QStringLiteral("Keep the proposals in the report's history."));
    parser.addOptions({ threshold, record });
    parser.addPositionalArgument(QStringLiteral("REPORT"), QStringLiteral("Registration number or id."));
    int status = 0;
    if (!ctx.parse(parser, QStringLiteral("repeats check"), &status))
        return status;
    if (parser.positionalArguments().size() != 1)
        return ctx.fail(QStringLiteral("Name one report: qingfeng-cli repeats check REPORT."));
    auto session = ctx.openSession();
    if (!session)
        return 1;
    ReportStore& reports = session->reports();
    RepeatDetector detector(reports);
    if (parser.isSet(threshold)) {
        bool ok = false;
        const double t = parser.value(threshold).toDouble(&ok);
        if (!ok || t <= 0 || t > 1)
            return ctx.fail(QStringLiteral("--threshold needs a number above 0 and at most 1."));
        detector.setThreshold(t);
    }
    const QString report = parser.positionalArguments().first();
    auto proposals = detector.check(report);
    if (!proposals)
        return ctx.fail(proposals.error());
    for (const RepeatProposal& p : std::as_const(*proposals))
        ctx.out << p.regNo << '\t' << p.reasons().join(QStringLiteral("; ")) << '\n';
    if (parser.isSet(record)) {
        auto id = reports.resolve(report);
        if (Status s = id ? detector.recordProposals(*id, *proposals, session->userId()) : Status(Error { id.error() }); !s)
            return ctx.fail(s.error(), 1);
    }
    ctx.out << "proposals: " << proposals->size() << '\n';
    return 0;
}

int decide(CliContext& ctx, bool confirm)
{
    QCommandLineParser parser;
    const QCommandLineOption of(QStringLiteral("of"), QStringLiteral("The earlier report (number or id)."), QStringLiteral("REPORT"));
    const QCommandLineOption newFacts(QStringLiteral("new-facts"),
                                      QStringLiteral("The repeat brings new facts: it stays open and goes on to review."));
    const QCommandLineOption note(QStringLiteral("note"), QStringLiteral("Why the proposal is rejected."), QStringLiteral("TEXT"));
    parser.addOption(of);
    parser.addOption(confirm ? newFacts : note);
    parser.addPositionalArgument(QStringLiteral("REPORT"), QStringLiteral("Registration number or id."));
    const QString name = confirm ? QStringLiteral("repeats confirm") : QStringLiteral("repeats reject");
    int status = 0;
    if (!ctx.parse(parser, name, &status))
        return status;
    if (parser.positionalArguments().size() != 1 || !parser.isSet(of))
        return ctx.fail(QStringLiteral("Usage: qingfeng-cli %1 REPORT --of EARLIER.").arg(name));
    auto session = ctx.openSession();
    if (!session)
        return 1;
    ReportStore& reports = session->reports();
    RepeatDetector detector(reports);
    const Actor actor { session->userId(), cliRole(*session) };
    const QString report = parser.positionalArguments().first();
    const Status s = confirm ? detector.confirm(report, parser.value(of), parser.isSet(newFacts), actor)
                             : detector.reject(report, parser.value(of), parser.value(note), actor);
    if (!s)
        return ctx.fail(s.error());
    ctx.out << (confirm ? "confirmed" : "rejected") << '\n';
    return 0;
}

} // namespace

void registerRepeatCommands()
{
    CliApp::registerCommand({ QStringLiteral("duplicates rebuild"),
                              QStringLiteral("Fingerprint every report again for the near-duplicate check."), rebuild });
    CliApp::registerCommand({ QStringLiteral("repeats"),
                              QStringLiteral("Quarterly notice list of repeats by department: --quarter 2026Q3."), quarterly });
    CliApp::registerCommand({ QStringLiteral("repeats check"),
                              QStringLiteral("Propose earlier reports a report repeats: REPORT [--threshold T] [--record]."),
                              check });
    CliApp::registerCommand({ QStringLiteral("repeats confirm"),
                              QStringLiteral("Confirm a repeat: REPORT --of EARLIER [--new-facts]."),
                              [](CliContext& c) { return decide(c, true); } });
    CliApp::registerCommand({ QStringLiteral("repeats reject"),
                              QStringLiteral("Reject a proposed repeat: REPORT --of EARLIER [--note TEXT]."),
                              [](CliContext& c) { return decide(c, false); } });
}

} // namespace qf
