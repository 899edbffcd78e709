// import FILE: the online reporting platform's export (JSON Lines or CSV).
#include "programs/qingfeng-cli/CliApp.h"
#include "models/ImportJob.h"
#include "models/RepeatDetector.h"
#include "models/ReportStore.h"
#include "models/Session.h"

#include <cstdio>

namespace qf {

namespace {

int import(CliContext& ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption noRepeats(QStringLiteral("no-repeat-check"),
                                       QStringLiteral("Do not look for repeats of the imported reports."));
    const QCommandLineOption verbose(QStringList { QStringLiteral("v"), QStringLiteral("verbose") },
                                     QStringLiteral("Print the progress on stderr (every 1,000 records)."));
    parser.addOptions({ noRepeats, verbose });
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("JSON Lines (.jsonl) or CSV (.csv) export."));
    int status = 0;
    if (!ctx.parse(parser, QStringLiteral("import"), &status))
        return status;
    if (parser.positionalArguments().size() != 1)
        return ctx.fail(QStringLiteral("Name one file: qingfeng-cli import FILE."));
    auto session = ctx.openSession();
    if (!session)
        return 1;
    ImportJob job(session->registrar(), session->database(), !parser.isSet(noRepeats));
    // Quiet by default: scripts read stdout and a long import must not flood stderr.
    const bool progress = parser.isSet(verbose);
    int shown = 0;
    const Status s = job.run(parser.positionalArguments().first(), [&](int done, int total) {
        if (progress && (done - shown >= 1000 || done == total)) {
            std::fprintf(stderr, "%d / %d records\n", done, total);
            shown = done;
        }
        return true;
    });
    const ImportSummary& sum = job.summary();
    if (!s && sum.records == 0)
        return ctx.fail(s.error());
    ctx.out << "format: " << sum.format << '\n'
            << "records: " << sum.records << '\n'
            << "imported: " << sum.imported << '\n'
            << "already_present: " << sum.alreadyPresent << '\n'
            << "rejected: " << sum.rejected.size() << '\n';
    for (const ImportLine& l : sum.rejected)
        ctx.out << "  line " << l.line << ": " << l.reason << '\n';
    ctx.out << "marked_for_correction: " << sum.corrections.size() << '\n';
    for (const ImportLine& l : sum.corrections)
        ctx.out << "  line " << l.line << " (" << l.regNo << "): " << l.reason << '\n';
    ctx.out << "repeat_proposals: " << sum.repeats.size() << '\n';
    for (const ImportLine& l : sum.repeats)
        ctx.out << "  line " << l.line << " (" << l.regNo << "): may repeat " << l.reason << '\n';
    if (!s)
        return ctx.fail(s.error(), 1);
    return sum.complete() ? 0 : 2;
}

} // namespace

void registerImportCommands()
{
    CliApp::registerCommand({ QStringLiteral("import"),
                              QStringLiteral("Import online reports: FILE (.jsonl or .csv) [--no-repeat-check] [-v]."), import });
}

} // namespace qf
