// enrol, sync, conflicts, sync failures (the workstation); the old server ... spellings
// forward to qingfeng-syncd admin.
#include "models/AttachmentStore.h"
#include "programs/qingfeng-cli/CliApp.h"
#include "models/Database.h"
#include "models/Session.h"
#include "sync/SyncClient.h"
#include "app/security/KeychainKeyProvider.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>

namespace qf {

namespace {

// The central store's administration moved to qingfeng-syncd admin (the workstation no
// longer carries the PostgreSQL code). The old spellings still work for this release: they
// say where the command went and run it there.
int forwardToSyncd(CliContext& ctx, const QString& command)
{
    ctx.err << "qingfeng-cli server " << command << " has moved to: qingfeng-syncd admin " << command
            << " (this spelling goes away in the next release)." << Qt::endl;
    const QString beside = QCoreApplication::applicationDirPath() + QStringLiteral("/qingfeng-syncd");
    const QString program = QFileInfo::exists(beside) ? beside : QStandardPaths::findExecutable(QStringLiteral("qingfeng-syncd"));
    if (program.isEmpty())
        return ctx.fail(QStringLiteral("qingfeng-syncd is not installed on this machine; run the command where the "
                                       "sync service is installed."),
                        1);
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedChannels);
    process.setInputChannelMode(QProcess::ForwardedInputChannel);
    ctx.out.flush();
    ctx.err.flush();
    process.start(program, QStringList { QStringLiteral("admin"), command } + ctx.args);
    if (!process.waitForStarted() || !process.waitForFinished(-1))
        return ctx.fail(QStringLiteral("Cannot run %1: %2").arg(program, process.errorString()), 1);
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : 1;
}

int enrol(CliContext& ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption server(QStringLiteral("server"), QStringLiteral("The sync service's address."), QStringLiteral("URL"));
    const QCommandLineOption token(QStringLiteral("token"), QStringLiteral("The device token from server add-device."),
                                   QStringLiteral("T"));
    const QCommandLineOption ca(QStringLiteral("ca"), QStringLiteral("A certificate authority (PEM) to trust for this server."),
                                QStringLiteral("FILE"));
    parser.addOptions({ server, token, ca });
    int status = 0;
    if (!ctx.parse(parser, QStringLiteral("enrol"), &status))
        return status;
    if (!parser.isSet(server) || !parser.isSet(token))
        return ctx.fail(QStringLiteral("enrol needs --server URL and --token T."));
    auto session = ctx.openSession();
    if (!session)
        return 1;
    KeychainKeyProvider keys;
    sync::SyncClient client(*session, keys, AttachmentStore::defaultRoot(ctx.databasePath));
    auto info = client.enrol(QUrl(parser.value(server)), parser.value(token).toLatin1(), ctx.signedInPassword, parser.value(ca));
    if (!info)
        return ctx.fail(info.error(), 1);
    ctx.out << "Enrolled as " << info->login << " (" << info->role << ", office " << info->officeCode << "), device tag "
            << info->tag << "." << Qt::endl;
    if (info->keysPending)
        ctx.out << "The office's keys are not sealed for " << info->login
                << " yet: they arrive with a later sync, after a workstation of the office holding them has synced."
                << Qt::endl;
    if (info->receivedOfficeKey)
        ctx.out << "This workstation now seals identities with the office key." << Qt::endl;
    return 0;
}

int syncCommand(CliContext& ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print the summary as JSON."));
    const QCommandLineOption page(QStringLiteral("page-size"), QStringLiteral("Rows per pulled page."), QStringLiteral("N"),
                                  QStringLiteral("2000"));
    const QCommandLineOption protocol(QStringLiteral("protocol"), QStringLiteral("Speak this protocol version (testing)."),
                                      QStringLiteral("N"));
    const QCommandLineOption pushOnly(QStringLiteral("push-only"), QStringLiteral("Only send this workstation's changes."));
    parser.addOptions({ json, page, protocol, pushOnly });
    int status = 0;
    if (!ctx.parse(parser, QStringLiteral("sync"), &status))
        return status;
    auto session = ctx.openSession();
    if (!session)
        return 1;
    KeychainKeyProvider keys;
    sync::SyncClient client(*session, keys, AttachmentStore::defaultRoot(ctx.databasePath));
    client.setPageSize(std::max(1, parser.value(page).toInt()));
    if (parser.isSet(protocol))
        client.setProtocolVersion(parser.value(protocol).toInt());
    client.setPushOnly(parser.isSet(pushOnly));
    auto summary = client.syncOnce();
    if (!summary) {
        auto pending = client.local().pendingCount();
        return ctx.fail(summary.error() + QStringLiteral(" (%1 changes wait to be sent.)").arg(pending ? *pending : -1), 1);
    }
    if (parser.isSet(json)) {
        ctx.out << QJsonDocument(QJsonObject { { QStringLiteral("pushed"), summary->pushed },
                                               { QStringLiteral("refused"), summary->refused },
                                               { QStringLiteral("pulled"), summary->pulled },
                                               { QStringLiteral("uploaded_bytes"), summary->uploadedBytes },
                                               { QStringLiteral("downloaded_bytes"), summary->downloadedBytes },
                                               { QStringLiteral("pending"), summary->pending },
                                               { QStringLiteral("open_conflicts"), summary->openConflicts },
                                               { QStringLiteral("held"), summary->held },
                                               { QStringLiteral("held_applied"), summary->heldApplied } })
                       .toJson(QJsonDocument::Compact)
                << Qt::endl;
    } else {
        ctx.out << "Sent " << summary->pushed << " changes";
        if (summary->refused)
            ctx.out << " (" << summary->refused << " refused by the server: see qingfeng-cli sync failures)";
        ctx.out << ", received " << summary->pulled << ", files up " << summary->uploadedBytes << " bytes, down "
                << summary->downloadedBytes << " bytes; " << summary->pending << " waiting, " << summary->openConflicts
                << " open conflicts." << Qt::endl;
        if (summary->heldApplied)
            ctx.out << summary->heldApplied << " rows kept aside before were applied." << Qt::endl;
        if (summary->held)
            ctx.out << summary->held << " rows from the server could not be applied here and are kept aside: see "
                    << "qingfeng-cli sync held." << Qt::endl;
    }
    return summary->inSync() && summary->refused == 0 ? 0 : 1;
}

int conflicts(CliContext& ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON."));
    parser.addOption(json);
    int status = 0;
    if (!ctx.parse(parser, QStringLiteral("conflicts"), &status))
        return status;
    auto session = ctx.openSession();
    if (!session)
        return 1;
    sync::SyncLocal local(session->database(), session->writer());
    auto list = local.openConflicts();
    if (!list)
        return ctx.fail(list.error(), 1);
    if (parser.isSet(json)) {
        QJsonArray a;
        for (const auto& c : *list)
            a << QJsonObject { { QStringLiteral("id"), c.id },          { QStringLiteral("table"), c.table },
                               { QStringLiteral("row"), c.rowId },      { QStringLiteral("field"), c.field },
                               { QStringLiteral("kept"), c.keptValue }, { QStringLiteral("other"), c.otherValue },
                               { QStringLiteral("kind"), c.kind },      { QStringLiteral("reg_no"), c.label },
                               { QStringLiteral("created_at"), c.createdAt } };
        ctx.out << QJsonDocument(a).toJson(QJsonDocument::Compact) << Qt::endl;
    } else {
        for (const auto& c : *list)
            ctx.out << c.id << '\t' << (c.label.isEmpty() ? c.table + QLatin1Char('/') + c.rowId : c.label) << '\t'
                    << c.field << "\tkept " << c.keptValue << "\tother " << c.otherValue << '\n';
        ctx.out.flush();
    }
    return 0;
}

int conflictResolve(CliContext& ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("id"), QStringLiteral("The conflict."));
    const QCommandLineOption other(QStringLiteral("other"), QStringLiteral("Use the value that lost (default: keep)."));
    parser.addOption(other);
    int status = 0;
    if (!ctx.parse(parser, QStringLiteral("conflicts resolve"), &status))
        return status;
    if (parser.positionalArguments().size() != 1)
        return ctx.fail(QStringLiteral("conflicts resolve needs the conflict's id."));
    auto session = ctx.openSession();
    if (!session)
        return 1;
    sync::SyncLocal local(session->database(), session->writer());
    if (Status s = local.resolveConflict(parser.positionalArguments().first(), parser.isSet(other), session->userId()); !s)
        return ctx.fail(s.error(), 1);
    ctx.out << "Decided." << Qt::endl;
    return 0;
}

int syncFailures(CliContext& ctx)
{
    QCommandLineParser parser;
    int status = 0;
    if (!ctx.parse(parser, QStringLiteral("sync failures"), &status))
        return status;
    auto session = ctx.openSession();
    if (!session)
        return 1;
    sync::SyncLocal local(session->database(), session->writer());
    auto list = local.refusedChanges();
    if (!list)
        return ctx.fail(list.error(), 1);
    for (const auto& f : *list)
        ctx.out << f.refusedAt << '\t' << f.table << '/' << f.rowId << '\t' << f.op << '\t' << f.reason << '\n';
    ctx.out.flush();
    return 0;
}

int syncHeld(CliContext& ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON."));
    const QCommandLineOption retry(QStringLiteral("retry"), QStringLiteral("Try every row kept aside again first."));
    parser.addOptions({ json, retry });
    int status = 0;
    if (!ctx.parse(parser, QStringLiteral("sync held"), &status))
        return status;
    auto session = ctx.openSession();
    if (!session)
        return 1;
    sync::SyncLocal local(session->database(), session->writer());
    if (parser.isSet(retry)) {
        auto applied = local.retryHeld(true);
        if (!applied)
            return ctx.fail(applied.error(), 1);
        if (!parser.isSet(json))
            ctx.out << *applied << " applied now." << Qt::endl;
    }
    auto list = local.heldRows();
    if (!list)
        return ctx.fail(list.error(), 1);
    if (parser.isSet(json)) {
        QJsonArray a;
        for (const auto& h : *list)
            a << QJsonObject { { QStringLiteral("table"), h.table },       { QStringLiteral("row"), h.rowId },
                               { QStringLiteral("reg_no"), h.label },      { QStringLiteral("reason"), h.reason },
                               { QStringLiteral("held_at"), h.heldAt },    { QStringLiteral("attempts"), h.attempts } };
        ctx.out << QJsonDocument(a).toJson(QJsonDocument::Compact) << Qt::endl;
    } else {
        for (const auto& h : *list)
            ctx.out << h.heldAt << '\t' << h.table << '/' << h.rowId << '\t' << h.attempts << '\t' << h.reason << '\n';
        ctx.out.flush();
    }
    return 0;
}

} // namespace

void registerSyncCommands()
{
    for (const char* command : { "init", "add-user", "add-device", "revoke-device" }) {
        const QString name = QString::fromLatin1(command);
        CliApp::registerCommand({ QStringLiteral("server ") + name,
                                  QStringLiteral("Moved: qingfeng-syncd admin ") + name + QStringLiteral(" (runs it)."),
                                  [name](CliContext& ctx) { return forwardToSyncd(ctx, name); } });
    }
    CliApp::registerCommand({ QStringLiteral("enrol"),
                              QStringLiteral("Enrol this workstation: --server URL --token T (kept in the keychain)."), enrol });
    CliApp::registerCommand({ QStringLiteral("sync"),
                              QStringLiteral("Send and receive changes once; exit 0 when in sync [--json]."), syncCommand });
    CliApp::registerCommand({ QStringLiteral("sync failures"),
                              QStringLiteral("Changes the server refused, with the reason."), syncFailures });
    CliApp::registerCommand({ QStringLiteral("sync held"),
                              QStringLiteral("Rows from the server this workstation could not apply, with the reason "
                                             "[--retry] [--json]."),
                              syncHeld });
    CliApp::registerCommand({ QStringLiteral("conflicts"),
                              QStringLiteral("Open sync conflicts: both values [--json]."), conflicts });
    CliApp::registerCommand({ QStringLiteral("conflicts resolve"),
                              QStringLiteral("Decide a conflict: conflicts resolve ID [--other]."), conflictResolve });
}

} // namespace qf
