// qingfeng-cli audit verify: the audit log's hash chain, checked from the command line,
// catches an entry edited, deleted or slipped in by someone with the database file.
#include "models/AuditLog.h"
#include "models/Database.h"
#include "models/Session.h"
#include "tests/access/AuditTamper.h"
#include "tests/support/TestSupport.h"

#include <QSqlDatabase>
#include <QSqlQuery>

using namespace qf;
using namespace qf::test;

namespace {

// A database with five audit entries, closed again.
QString auditedDatabase(Scratch& scratch, const QString& name)
{
    const QString path = scratch.path(name);
    auto session = openSession(path);
    session->audit().setUser(QStringLiteral("u-1"));
    for (int i = 1; i <= 5; ++i)
        QF_REQUIRE_OK(session->audit().record(QStringLiteral("reveal_identity"), QStringLiteral("persons"),
                                              QStringLiteral("p-%1").arg(i), QStringLiteral("purpose %1").arg(i)));
    return path;
}

void tamper(const QString& path, const QStringList& statements)
{
    tamperAuditLog(path, statements);
}

} // namespace

TEST_CASE("audit verify passes an intact log and names the first entry that was edited, deleted or inserted")
{
    Scratch scratch;
    const QString intact = auditedDatabase(scratch, QStringLiteral("intact.db"));
    const ProcessResult ok = runCli(intact, { QStringLiteral("audit"), QStringLiteral("verify") });
    INFO(ok.err.toStdString());
    CHECK(ok.exitCode == 0);
    CHECK(ok.out.contains(QStringLiteral("intact")));

    const QString edited = auditedDatabase(scratch, QStringLiteral("edited.db"));
    tamper(edited, { QStringLiteral("UPDATE audit_log SET target_id = 'p-99' WHERE seq = 3") });
    const ProcessResult e = runCli(edited, { QStringLiteral("audit"), QStringLiteral("verify") });
    CHECK(e.exitCode == 1);
    CHECK(e.err.contains(QStringLiteral("3")));

    const QString deleted = auditedDatabase(scratch, QStringLiteral("deleted.db"));
    tamper(deleted, { QStringLiteral("DELETE FROM audit_log WHERE seq = 2") });
    const ProcessResult d = runCli(deleted, { QStringLiteral("audit"), QStringLiteral("verify") });
    CHECK(d.exitCode == 1);
    CHECK(d.err.contains(QStringLiteral("3"))); // the entry after the gap no longer fits

    const QString inserted = auditedDatabase(scratch, QStringLiteral("inserted.db"));
    tamper(inserted, { QStringLiteral("INSERT INTO audit_log (seq, at, user_id, action, target_table, target_id, detail, hash) "
                                      "SELECT 100, at, user_id, action, target_table, 'p-x', detail, hash FROM audit_log WHERE seq = 5") });
    const ProcessResult i = runCli(inserted, { QStringLiteral("audit"), QStringLiteral("verify") });
    CHECK(i.exitCode == 1);
    CHECK(i.err.contains(QStringLiteral("100")));
}
