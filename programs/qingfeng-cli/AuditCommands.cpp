// audit verify: walks the audit log's hash chain.
#include "models/AuditLog.h"
#include "models/Session.h"
#include "programs/qingfeng-cli/CliApp.h"

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

} // namespace

void registerAuditCommands()
{
    CliApp::registerCommand({ QStringLiteral("audit verify"),
                              QStringLiteral("Check the audit log's hash chain; exit 1 naming the first entry that does not match."),
                              auditVerify });
}

} // namespace qf
