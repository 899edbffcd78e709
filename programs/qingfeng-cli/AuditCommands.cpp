// audit verify: walks the audit log's hash chain; audit list|export: the entries a filter
// matches, for administrators and supervisors (models/AuditQuery), shown or as PDF/.xlsx.
#include "app/audit/AuditExport.h"
#include "models/AuditLog.h"
#include "models/AuditQuery.h"
#include "models/Session.h"
#include "programs/qingfeng-cli/CliApp.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace qf {

namespace {

int auditVerify(CliContext& ctx)
{
    QCommandLineParser parser;
    int status = 0;
    if (!ctx.parse(parser, QStringLiteral("audit verify"), &status))
        return status;
    if (!parser.positionalArguments().isEmpty())
        return ctx.fail(QStringLiteral("Usage: qingfeng-cli audit verify"));
    auto session = ctx.openSession();
    if (!session)
        return 1;
    if (Status s = session->audit().verify(); !s)
        return ctx.fail(s.error(), 1);
    ctx.out << "the audit log is intact: " << session->audit().count() << " entries" << Qt::endl;
    return 0;
}

// The filter options both commands take.
struct FilterOptions
{
    QCommandLineOption user { QStringLiteral("user"), QStringLiteral("Only entries by this user (login or id)."), QStringLiteral("U") };
    QCommandLineOption report { QStringLiteral("report"),
                                QStringLiteral("Only entries about this report (id or registration number), and views of its reporter's identity."),
                                QStringLiteral("ID") };
    QCommandLineOption action { QStringLiteral("action"), QStringLiteral("Only entries of this kind (e.g. identity.view)."), QStringLiteral("A") };
    QCommandLineOption from { QStringLiteral("from"), QStringLiteral("From this day (YYYY-MM-DD, local time)."), QStringLiteral("D") };
    QCommandLineOption to { QStringLiteral("to"), QStringLiteral("To this day, inclusive (YYYY-MM-DD)."), QStringLiteral("D") };

    void addTo(QCommandLineParser& parser) const { parser.addOptions({ user, report, action, from, to }); }

    // The filter, or the message for a malformed day.
    Result<AuditFilter> read(const QCommandLineParser& parser) const
    {
        AuditFilter f;
        f.user = parser.value(user);
        f.report = parser.value(report);
        f.action = parser.value(action);
        for (const auto& [option, day] : { std::pair { &from, &f.from }, std::pair { &to, &f.to } }) {
            if (!parser.isSet(*option))
                continue;
            *day = QDate::fromString(parser.value(*option), Qt::ISODate);
            if (!day->isValid())
                return Error { QStringLiteral("--%1 needs a day as YYYY-MM-DD, not '%2'.")
                                   .arg(option->names().first(), parser.value(*option)) };
        }
        return f;
    }

    // The filter read and the session opened; null with the exit status in *status.
    std::unique_ptr<Session> openWith(CliContext& ctx, const QCommandLineParser& parser, AuditFilter& filter, int* status) const
    {
        auto f = read(parser);
        if (!f) {
            *status = ctx.fail(f.error());
            return nullptr;
        }
        filter = *f;
        auto session = ctx.openSession();
        *status = 1;
        return session;
    }
};

QJsonObject toJson(const AuditEntry& e)
{
    return { { QStringLiteral("seq"), e.seq },
             { QStringLiteral("at"), e.at.toString(Qt::ISODateWithMs) },
             { QStringLiteral("user_id"), e.userId },
             { QStringLiteral("user_login"), e.userLogin },
             { QStringLiteral("user_name"), e.userName },
             { QStringLiteral("action"), e.action },
             { QStringLiteral("target_table"), e.targetTable },
             { QStringLiteral("target_id"), e.targetId },
             { QStringLiteral("target_reg_no"), e.targetRegNo },
             { QStringLiteral("detail"), e.detail } };
}

int auditList(CliContext& ctx)
{
    QCommandLineParser parser;
    FilterOptions filters;
    filters.addTo(parser);
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("One JSON array of the entries."));
    parser.addOption(json);
    int status = 0;
    if (!ctx.parse(parser, QStringLiteral("audit list"), &status))
        return status;
    if (!parser.positionalArguments().isEmpty())
        return ctx.fail(QStringLiteral("Usage: qingfeng-cli audit list [--user U] [--report ID] [--action A] [--from D] [--to D] [--json]"));
    AuditFilter filter;
    auto session = filters.openWith(ctx, parser, filter, &status);
    if (!session)
        return status;
    AuditQuery query(*session);
    auto entries = query.list(filter);
    if (!entries)
        return ctx.fail(entries.error(), 1);
    if (Status s = query.recordView(filter, QStringLiteral("qingfeng-cli audit list")); !s)
        return ctx.fail(s.error(), 1);
    if (parser.isSet(json)) {
        QJsonArray list;
        for (const AuditEntry& e : *entries)
            list << toJson(e);
        ctx.out << QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented));
        return 0;
    }
    for (const AuditEntry& e : *entries)
        ctx.out << e.seq << '\t' << e.at.toString(Qt::ISODate) << '\t' << (e.userLogin.isEmpty() ? e.userId : e.userLogin)
                << '\t' << e.action << '\t' << e.targetTable << '\t' << e.targetId << '\t' << e.detail << Qt::endl;
    ctx.err << entries->size() << " entries" << Qt::endl;
    return 0;
}

int auditExport(CliContext& ctx)
{
    QCommandLineParser parser;
    FilterOptions filters;
    filters.addTo(parser);
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("The file to write: FILE.pdf or FILE.xlsx."), QStringLiteral("FILE"));
    parser.addOption(out);
    int status = 0;
    if (!ctx.parse(parser, QStringLiteral("audit export"), &status))
        return status;
    if (!parser.isSet(out) || !parser.positionalArguments().isEmpty() || !AuditExport::formatFor(parser.value(out)))
        return ctx.fail(QStringLiteral("Usage: qingfeng-cli audit export --out FILE.pdf|FILE.xlsx [--user U] [--report ID] "
                                       "[--action A] [--from D] [--to D]"));
    AuditFilter filter;
    auto session = filters.openWith(ctx, parser, filter, &status);
    if (!session)
        return status;
    auto written = AuditExport::write(*session, filter, parser.value(out));
    if (!written)
        return ctx.fail(written.error(), 1);
    ctx.out << *written << " entries written to " << parser.value(out) << Qt::endl;
    return 0;
}

} // namespace

void registerAuditCommands()
{
    CliApp::registerCommand({ QStringLiteral("audit verify"),
                              QStringLiteral("Check the audit log's hash chain; exit 1 naming the first entry that does not match."),
                              auditVerify });
    CliApp::registerCommand({ QStringLiteral("audit list"),
                              QStringLiteral("List audit entries (administrators, supervisors): [--user U] [--report ID] [--action A] "
                                             "[--from D] [--to D] [--json]."),
                              auditList });
    CliApp::registerCommand({ QStringLiteral("audit export"),
                              QStringLiteral("Export audit entries as PDF or .xlsx (kept in the audit log): --out FILE [filters]."),
                              auditExport });
}

} // namespace qf
