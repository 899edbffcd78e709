// user add|list|set-role|reset-password|disable|custodian|passwd: the workstation's
// accounts, for administrators (passwd: one's own password).
#include "programs/qingfeng-cli/CliApp.h"

#include "models/Accounts.h"
#include "models/IdentityReleases.h"
#include "models/ReportStore.h"
#include "models/Role.h"
#include "models/Session.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace qf {

namespace {

const char kNewPasswordVariable[] = "QINGFENG_NEW_PASSWORD";

QCommandLineOption newPasswordOption()
{
    return QCommandLineOption(QStringLiteral("new-password-file"),
                              QStringLiteral("The new password's file (else QINGFENG_NEW_PASSWORD or a prompt)."),
                              QStringLiteral("FILE"));
}

QString newPassword(CliContext& ctx, const QCommandLineParser& parser, const QString& login)
{
    return ctx.password(kNewPasswordVariable, parser.value(QStringLiteral("new-password-file")),
                        QStringLiteral("New password for %1: ").arg(login), true);
}

int finish(CliContext& ctx, const Status& status, const QString& done)
{
    if (!status)
        return ctx.fail(status.error(), 1);
    ctx.out << done << Qt::endl;
    return 0;
}

int userAdd(CliContext& ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption name(QStringLiteral("name"), QStringLiteral("The user's name."), QStringLiteral("NAME"));
    const QCommandLineOption role(QStringLiteral("role"),
                                  QStringLiteral("One of: ") + Role::codes().join(QStringLiteral(", ")),
                                  QStringLiteral("ROLE"));
    const QCommandLineOption custodian(QStringLiteral("custodian"),
                                       QStringLiteral("The user decides on requests to release identities."));
    parser.addOptions({ name, role, custodian, newPasswordOption() });
    parser.addPositionalArgument(QStringLiteral("login"), QStringLiteral("The new user's login."));
    int status = 0;
    if (!ctx.parse(parser, QStringLiteral("user add"), &status))
        return status;
    if (parser.positionalArguments().size() != 1 || !parser.isSet(role))
        return ctx.fail(QStringLiteral("Usage: qingfeng-cli user add LOGIN --name NAME --role ROLE [--custodian]"));
    auto session = ctx.openSession();
    if (!session)
        return 1;
    NewAccount a;
    a.login = parser.positionalArguments().constFirst();
    a.name = parser.isSet(name) ? parser.value(name) : a.login;
    a.role = parser.value(role);
    a.custodian = parser.isSet(custodian);
    a.password = newPassword(ctx, parser, a.login);
    auto added = session->accounts().add(a);
    if (!added)
        return ctx.fail(added.error(), 1);
    ctx.out << "User " << added->login << " added (" << Role::name(added->role) << ")." << Qt::endl;
    return 0;
}

int userList(CliContext& ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("One JSON object per account."));
    parser.addOption(json);
    int status = 0;
    if (!ctx.parse(parser, QStringLiteral("user list"), &status))
        return status;
    auto session = ctx.openSession();
    if (!session)
        return 1;
    if (Status st = session->writer().require(Capability::Administer, QStringLiteral("list the accounts")); !st)
        return ctx.fail(st.error(), 1);
    auto accounts = session->accounts().list();
    if (!accounts)
        return ctx.fail(accounts.error(), 1);
    QJsonArray rows;
    for (const Account& a : *accounts) {
        const QString state = a.disabled                                                             ? QStringLiteral("disabled")
            : a.lockedUntil.isValid() && a.lockedUntil > QDateTime::currentDateTimeUtc() ? QStringLiteral("locked")
                                                                                             : QStringLiteral("active");
        if (parser.isSet(json)) {
            rows.append(QJsonObject { { QStringLiteral("login"), a.login },
                                      { QStringLiteral("name"), a.name },
                                      { QStringLiteral("role"), a.role },
                                      { QStringLiteral("custodian"), a.custodian },
                                      { QStringLiteral("state"), state } });
        } else {
            ctx.out << a.login.leftJustified(16) << ' ' << a.role.leftJustified(18) << ' ' << state.leftJustified(9)
                    << (a.custodian ? " custodian " : " ") << a.name << Qt::endl;
        }
    }
    if (parser.isSet(json))
        ctx.out << QJsonDocument(rows).toJson(QJsonDocument::Compact) << Qt::endl;
    return 0;
}

// A command taking one login (and maybe one more word), run on the signed-in session.
int onLogin(CliContext& ctx, const QString& command, const QString& usage, int words,
            const std::function<int(Session&, const QStringList&, const QCommandLineParser&)>& run,
            bool newPassword = false)
{
    QCommandLineParser parser;
    if (newPassword)
        parser.addOption(newPasswordOption());
    int status = 0;
    if (!ctx.parse(parser, command, &status))
        return status;
    if (parser.positionalArguments().size() != words)
        return ctx.fail(QStringLiteral("Usage: qingfeng-cli ") + command + QLatin1Char(' ') + usage);
    auto session = ctx.openSession();
    if (!session)
        return 1;
    return run(*session, parser.positionalArguments(), parser);
}

void printRequests(CliContext& ctx, const QList<ReleaseRequest>& list)
{
    for (const ReleaseRequest& r : list) {
        ctx.out << r.id << '\t' << r.reportId << '\t'
                << (r.waiting() ? QStringLiteral("waiting") : r.decision) << '\t'
                << r.requestedAt.toLocalTime().toString(Qt::ISODate) << '\t' << r.reason;
        if (!r.waiting())
            ctx.out << '\t' << r.decisionReason;
        if (r.decision == QLatin1String("approved"))
            ctx.out << "\tuntil " << r.expiresAt.toLocalTime().toString(Qt::ISODate);
        ctx.out << Qt::endl;
    }
}

int releaseCommand(CliContext& ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption reason(QStringLiteral("reason"), QStringLiteral("Why (shown to the other side)."),
                                    QStringLiteral("TEXT"));
    parser.addOption(reason);
    parser.addPositionalArgument(QStringLiteral("what"), QStringLiteral("request REPORT | approve ID | refuse ID | show ID "
                                                                        "| mine | waiting | report REPORT"));
    int status = 0;
    if (!ctx.parse(parser, QStringLiteral("release"), &status))
        return status;
    const QStringList a = parser.positionalArguments();
    if (a.isEmpty())
        return ctx.fail(QStringLiteral("Usage: qingfeng-cli release request REPORT --reason R | approve ID --reason R | "
                                       "refuse ID --reason R | show ID | mine | waiting | report REPORT"));
    auto session = ctx.openSession();
    if (!session)
        return 1;
    IdentityReleases& releases = session->releases();
    const QString what = a.first();
    const QString arg = a.value(1);
    if (what == QLatin1String("request") && a.size() == 2) {
        auto report = session->reports().resolve(arg);
        if (!report)
            return ctx.fail(report.error(), 1);
        auto id = releases.request(*report, parser.value(reason));
        if (!id)
            return ctx.fail(id.error(), 1);
        ctx.out << *id << Qt::endl;
        return 0;
    }
    if ((what == QLatin1String("approve") || what == QLatin1String("refuse")) && a.size() == 2) {
        const Status st = what == QLatin1String("approve") ? releases.approve(arg, parser.value(reason))
                                                           : releases.refuse(arg, parser.value(reason));
        return finish(ctx, st, what == QLatin1String("approve") ? QStringLiteral("Released to the requester.")
                                                                : QStringLiteral("Refused."));
    }
    if (what == QLatin1String("show") && a.size() == 2) {
        auto p = releases.view(arg);
        if (!p)
            return ctx.fail(p.error(), 1);
        ctx.out << p->name << '\t' << p->idNumber << '\t' << p->phone << '\t' << p->address << Qt::endl;
        return 0;
    }
    Result<QList<ReleaseRequest>> list = Error { QStringLiteral("Unknown: ") + a.join(QLatin1Char(' ')) };
    if (what == QLatin1String("mine"))
        list = releases.mine();
    else if (what == QLatin1String("waiting"))
        list = releases.waiting();
    else if (what == QLatin1String("report") && a.size() == 2) {
        auto report = session->reports().resolve(arg);
        if (!report)
            return ctx.fail(report.error(), 1);
        list = releases.forReport(*report);
    }
    if (!list)
        return ctx.fail(list.error(), 1);
    printRequests(ctx, *list);
    return 0;
}

} // namespace

void registerUserCommands()
{
    CliApp::registerCommand({ QStringLiteral("release"),
                              QStringLiteral("Ask a custodian for a reporter's identity, decide, or see the release."),
                              releaseCommand });
    CliApp::registerCommand({ QStringLiteral("user add"),
                              QStringLiteral("Add a user with a role (administrators)."), userAdd });
    CliApp::registerCommand({ QStringLiteral("user list"), QStringLiteral("List the accounts (administrators)."), userList });
    CliApp::registerCommand(
        { QStringLiteral("user set-role"), QStringLiteral("Give a user another role (administrators)."),
          [](CliContext& ctx) {
              return onLogin(ctx, QStringLiteral("user set-role"), QStringLiteral("LOGIN ROLE"), 2,
                             [&ctx](Session& s, const QStringList& a, const QCommandLineParser&) {
                                 return finish(ctx, s.accounts().setRole(a[0], a[1]),
                                               QStringLiteral("%1 is now %2.").arg(a[0], Role::name(a[1])));
                             });
          } });
    CliApp::registerCommand(
        { QStringLiteral("user reset-password"),
          QStringLiteral("Set a user's password, unlocking the account (administrators)."), [](CliContext& ctx) {
              return onLogin(
                  ctx, QStringLiteral("user reset-password"), QStringLiteral("LOGIN"), 1,
                  [&ctx](Session& s, const QStringList& a, const QCommandLineParser& p) {
                      return finish(ctx, s.accounts().resetPassword(a[0], newPassword(ctx, p, a[0])),
                                    QStringLiteral("The password of %1 is set.").arg(a[0]));
                  },
                  true);
          } });
    CliApp::registerCommand(
        { QStringLiteral("user disable"),
          QStringLiteral("Disable an account and remove its keys (administrators)."), [](CliContext& ctx) {
              return onLogin(ctx, QStringLiteral("user disable"), QStringLiteral("LOGIN"), 1,
                             [&ctx](Session& s, const QStringList& a, const QCommandLineParser&) {
                                 return finish(ctx, s.accounts().setDisabled(a[0], true),
                                               QStringLiteral("%1 is disabled.").arg(a[0]));
                             });
          } });
    CliApp::registerCommand(
        { QStringLiteral("user custodian"),
          QStringLiteral("Name a user custodian of identities, or not (on|off; administrators)."), [](CliContext& ctx) {
              return onLogin(ctx, QStringLiteral("user custodian"), QStringLiteral("LOGIN on|off"), 2,
                             [&ctx](Session& s, const QStringList& a, const QCommandLineParser&) {
                                 if (a[1] != QLatin1String("on") && a[1] != QLatin1String("off"))
                                     return ctx.fail(QStringLiteral("Say on or off."));
                                 return finish(ctx, s.accounts().setCustodian(a[0], a[1] == QLatin1String("on")),
                                               QStringLiteral("%1: custodian %2.").arg(a[0], a[1]));
                             });
          } });
    CliApp::registerCommand({ QStringLiteral("user passwd"), QStringLiteral("Change your own password."),
                              [](CliContext& ctx) {
                                  return onLogin(
                                      ctx, QStringLiteral("user passwd"), QString(), 0,
                                      [&ctx](Session& s, const QStringList&, const QCommandLineParser& p) {
                                          const QString old = ctx.password("QINGFENG_PASSWORD", ctx.passwordFile,
                                                                           QStringLiteral("Present password: "));
                                          return finish(ctx, s.accounts().changePassword(old, newPassword(ctx, p, ctx.user)),
                                                        QStringLiteral("Your password is changed."));
                                      },
                                      true);
                              } });
}

} // namespace qf
