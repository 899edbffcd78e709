// followup status|reissue: the reporter's follow-up code at the desk and on the hotline;
// settings list|set: the office-wide settings (office name, phone, status page address ...).
#include "models/FollowUpCodes.h"
#include "models/ReportStore.h"
#include "models/Role.h"
#include "models/Session.h"
#include "models/Settings.h"
#include "programs/qingfeng-cli/CliApp.h"

namespace qf {

namespace {

// The positional words of a command, exactly `count` of them.
std::optional<QStringList> words(CliContext& ctx, QCommandLineParser& parser, const QString& command,
                                 const QString& syntax, qsizetype count, int* status)
{
    parser.addPositionalArgument(QStringLiteral("args"), syntax);
    if (!ctx.parse(parser, command, status))
        return std::nullopt;
    const QStringList list = parser.positionalArguments();
    if (list.size() != count) {
        *status = ctx.fail(QStringLiteral("Usage: qingfeng-cli %1 %2").arg(command, syntax));
        return std::nullopt;
    }
    return list;
}

int followUpStatus(CliContext& ctx)
{
    QCommandLineParser parser;
    int status = 0;
    const auto args = words(ctx, parser, QStringLiteral("followup status"), QStringLiteral("CODE"), 1, &status);
    if (!args)
        return status;
    auto session = ctx.openSession();
    if (!session)
        return 1;
    auto found = session->followUps().status(args->first());
    if (!found)
        return ctx.fail(found.error(), found.errorCode() == ErrorCode::Invalid ? 2 : 1);
    if (!*found)
        return ctx.fail(QStringLiteral("No report has this follow-up code."), 1);
    ctx.out << (*found)->stageName << '\n' << (*found)->text << '\n';
    return 0;
}

int followUpReissue(CliContext& ctx)
{
    QCommandLineParser parser;
    int status = 0;
    const auto args = words(ctx, parser, QStringLiteral("followup reissue"), QStringLiteral("REPORT"), 1, &status);
    if (!args)
        return status;
    auto session = ctx.openSession();
    if (!session)
        return 1;
    auto report = session->reports().get(args->first());
    if (!report)
        return ctx.fail(report.error(), 1);
    auto code = session->followUps().reissue(report->id);
    if (!code)
        return ctx.fail(code.error(), 1);
    ctx.out << FollowUpCode::grouped(*code) << '\n';
    return 0;
}

int settingsList(CliContext& ctx)
{
    QCommandLineParser parser;
    int status = 0;
    if (!words(ctx, parser, QStringLiteral("settings list"), QString(), 0, &status))
        return status;
    auto session = ctx.openSession();
    if (!session)
        return 1;
    const Settings settings(session->writer());
    for (Settings::Key key : Settings::allKeys())
        ctx.out << Settings::name(key) << '\t' << settings.value(key).toString() << '\n';
    return 0;
}

int settingsSet(CliContext& ctx)
{
    QCommandLineParser parser;
    int status = 0;
    const auto args = words(ctx, parser, QStringLiteral("settings set"), QStringLiteral("KEY VALUE"), 2, &status);
    if (!args)
        return status;
    std::optional<Settings::Key> key;
    for (Settings::Key k : Settings::allKeys())
        if (Settings::name(k) == args->at(0))
            key = k;
    if (!key)
        return ctx.fail(QStringLiteral("There is no setting %1; `qingfeng-cli settings list` shows them.").arg(args->at(0)));
    auto session = ctx.openSession();
    if (!session)
        return 1;
    if (!Role::may(cliRole(*session), Capability::EditReferenceTables))
        return ctx.fail(QStringLiteral("Only an administrator or a supervisor can change the office's settings."), 1);
    Settings settings(session->writer());
    if (Status s = settings.setValue(*key, args->at(1)); !s)
        return ctx.fail(s.error(), 1);
    return 0;
}

} // namespace

void registerFollowUpCommands()
{
    CliApp::registerCommand({ QStringLiteral("followup status"),
                              QStringLiteral("The stage of the report a reporter's follow-up code belongs to."),
                              followUpStatus });
    CliApp::registerCommand({ QStringLiteral("followup reissue"),
                              QStringLiteral("A new follow-up code for a report (ID or number); the old one stops working."),
                              followUpReissue });
    CliApp::registerCommand({ QStringLiteral("settings list"), QStringLiteral("The office's settings and their values."),
                              settingsList });
    CliApp::registerCommand({ QStringLiteral("settings set"), QStringLiteral("Change an office setting: settings set KEY VALUE."),
                              settingsSet });
}

} // namespace qf
