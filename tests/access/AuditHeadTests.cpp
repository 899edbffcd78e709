// The audit chain's head at every sync, against the real central store and qingfeng-syncd:
// the store keeps each device's head and refuses, with an alarm the administrators list, a
// workstation whose audit log no longer extends the head it last accepted.
#include "models/AuditLog.h"
#include "models/Session.h"
#include "tests/access/AuditTamper.h"
#include "tests/sync/SyncRig.h"

#include <QSqlDatabase>
#include <QRegularExpression>
#include <QSqlQuery>

using namespace qf;
using namespace qf::test;

namespace {

void record(const QString& db, int entries, const QString& what = QStringLiteral("reveal_identity"))
{
    auto session = openBareSession(db);
    session->audit().setUser(QStringLiteral("u-1"));
    for (int i = 0; i < entries; ++i)
        QF_REQUIRE_OK(session->audit().record(what, QStringLiteral("persons"), QStringLiteral("p-%1").arg(i)));
}

AuditLog::Head localHead(const QString& db)
{
    auto session = openBareSession(db); // reading signs nobody in: the chain stays as the sync left it
    auto head = session->audit().head();
    REQUIRE(head);
    return *head;
}

void tamper(const QString& path, const QStringList& statements)
{
    tamperAuditLog(path, statements);
}

ProcessResult syncNow(const QString& db)
{
    return runCli(db, { QStringLiteral("sync") }, 120000);
}

// The head the central store keeps for the device enrolled as `login`: "seq hash-in-hex".
QString keptHead(const SyncRig& rig, const QString& login)
{
    return rig.pg
        .psql(QStringLiteral("SELECT h.seq || ' ' || encode(h.hash, 'hex') FROM qf.audit_heads h JOIN qf.devices d ON "
                             "d.id = h.device_id WHERE d.login = '%1'")
                  .arg(login))
        .out.trimmed();
}

QString asKept(const AuditLog::Head& h)
{
    return QString(QString::number(h.seq) + QLatin1Char(' ') + QString::fromLatin1(h.hash.toHex())).trimmed();
}

ProcessResult alarms(const SyncRig& rig)
{
    return runProgram(QStringLiteral("qingfeng-syncd"),
                      { QStringLiteral("admin"), QStringLiteral("audit-alarms"), QStringLiteral("--pg"), rig.pg.superDsn() });
}

} // namespace

TEST_CASE("every sync hands the central store the audit chain's head, and a new device's first head is taken")
{
    SyncRig rig;
    const QString a = rig.enrolledDatabase(QStringLiteral("a"), rig.addUserWithDevice(QStringLiteral("alice"), QStringLiteral("QH-JW"),
                                                                                      QStringLiteral("registry_clerk")));
    record(a, 3);
    ProcessResult first = syncNow(a);
    INFO(first.err.toStdString());
    REQUIRE(first.exitCode == 0);
    const AuditLog::Head h1 = localHead(a);
    CHECK(h1.seq >= 3);
    CHECK(keptHead(rig, QStringLiteral("alice")) == asKept(h1));

    // The chain grew: the next sync is taken and the kept head moves on.
    record(a, 2, QStringLiteral("export"));
    ProcessResult second = syncNow(a);
    INFO(second.err.toStdString());
    REQUIRE(second.exitCode == 0);
    const AuditLog::Head h2 = localHead(a);
    CHECK(h2.seq == h1.seq + 3); // the two entries and the sync's own sign-in
    CHECK(keptHead(rig, QStringLiteral("alice")) == asKept(h2));
    // Nothing new but the sync's own sign-in: the head moves by that entry only.
    REQUIRE(syncNow(a).exitCode == 0);
    const AuditLog::Head h3 = localHead(a);
    CHECK(h3.seq == h2.seq + 1);
    CHECK(keptHead(rig, QStringLiteral("alice")) == asKept(h3));
    // Once it has reported its chain, a device may not fall back to a protocol that does not.
    const ProcessResult older = runCli(a, { QStringLiteral("sync"), QStringLiteral("--protocol"), QStringLiteral("2") });
    CHECK(older.exitCode != 0);
    CHECK(older.err.contains(QStringLiteral("protocol 3")));

    // A device that never synced, with an empty log: its first head is taken as it is.
    const QString b = rig.enrolledDatabase(QStringLiteral("b"), rig.addUserWithDevice(QStringLiteral("bob"), QStringLiteral("QH-JW"),
                                                                                      QStringLiteral("case_officer")));
    ProcessResult fresh = syncNow(b);
    INFO(fresh.err.toStdString());
    REQUIRE(fresh.exitCode == 0);
    CHECK(keptHead(rig, QStringLiteral("bob")) == asKept(localHead(b)));

    // A workstation of the protocol before the audit chain, which never reported one, is served
    // as before, unchecked.
    const QString c = rig.enrolledDatabase(QStringLiteral("c"), rig.addUserWithDevice(QStringLiteral("carol"), QStringLiteral("QH-JW"),
                                                                                      QStringLiteral("registry_clerk")));
    record(c, 2);
    const ProcessResult old = runCli(c, { QStringLiteral("sync"), QStringLiteral("--protocol"), QStringLiteral("2") });
    INFO(old.err.toStdString());
    CHECK(old.exitCode == 0);
    CHECK(keptHead(rig, QStringLiteral("carol")).isEmpty());

    const ProcessResult none = alarms(rig);
    INFO(none.err.toStdString());
    CHECK(none.exitCode == 0);
    CHECK(none.err.contains(QStringLiteral("0 audit alarm(s)")));
}

TEST_CASE("a workstation whose audit log was edited, cut or rewritten after a sync is refused, and the administrators see it")
{
    SyncRig rig;
    struct Case
    {
        QString login;
        QString kind;
        QStringList statements;
        QString db;
    };
    // Each device syncs five entries, then its log is changed behind the program's back.
    QList<Case> cases {
        // An entry edited in place (its hash left): the device's own walk finds it.
        { QStringLiteral("edit"), QStringLiteral("broken"), { QStringLiteral("UPDATE audit_log SET target_id = 'p-x' WHERE seq = 2") } },
        // The last entries removed: the head the store saw is gone.
        { QStringLiteral("cut"), QStringLiteral("truncated"), { QStringLiteral("DELETE FROM audit_log WHERE seq > 2") } },
        // Everything removed and a new, consistent chain written in its place (below): only the
        // store, holding the old head's hash, can tell.
        { QStringLiteral("redo"), QStringLiteral("rewritten"),
          { QStringLiteral("DELETE FROM audit_log"), QStringLiteral("DELETE FROM sqlite_sequence WHERE name = 'audit_log'") } },
    };
    for (Case& c : cases) {
        c.db = rig.enrolledDatabase(c.login, rig.addUserWithDevice(c.login, QStringLiteral("QH-JW"), QStringLiteral("registry_clerk")));
        record(c.db, 5);
        const ProcessResult ok = syncNow(c.db);
        INFO(c.login.toStdString() << ": " << ok.err.toStdString());
        REQUIRE(ok.exitCode == 0);
        REQUIRE_FALSE(keptHead(rig, c.login).isEmpty());
    }
    for (Case& c : cases) {
        const QString kept = keptHead(rig, c.login);
        tamper(c.db, c.statements);
        if (c.kind == QLatin1String("rewritten")) {
            record(c.db, 7);
            auto session = openSession(c.db);
            QF_REQUIRE_OK(session->audit().verify()); // the forged chain is consistent in itself
        }
        const ProcessResult refused = syncNow(c.db);
        INFO(c.login.toStdString() << ": " << refused.out.toStdString() << refused.err.toStdString());
        CHECK(refused.exitCode != 0);
        CHECK(refused.err.contains(QStringLiteral("refuses to sync")));
        CHECK(refused.err.contains(QStringLiteral("administrators")));
        // The store keeps the head it saw, and refuses the next sync as well.
        CHECK(keptHead(rig, c.login) == kept);
        CHECK(syncNow(c.db).exitCode != 0);
        CHECK(keptHead(rig, c.login) == kept);
        // Speaking the protocol before the audit chain does not get it round the check.
        const ProcessResult older = runCli(c.db, { QStringLiteral("sync"), QStringLiteral("--protocol"), QStringLiteral("2") });
        INFO(older.err.toStdString());
        CHECK(older.exitCode != 0);
        CHECK(older.err.contains(QStringLiteral("exchanges no data")));
    }

    const ProcessResult listed = alarms(rig);
    INFO(listed.out.toStdString() << listed.err.toStdString());
    CHECK(listed.exitCode == 1);
    for (const Case& c : cases) {
        INFO(c.login.toStdString());
        // Two refused syncs each, with the device's login and the kind of the alarm.
        CHECK(listed.out.count(QRegularExpression(QStringLiteral("\t%1\t%2\t").arg(c.login, c.kind))) == 2);
    }
    // The edited entry is named (each sync's own sign-in moves the numbers sent).
    CHECK(listed.out.contains(QRegularExpression(QStringLiteral("\tedit\tbroken\t\\d+\t\\d+\t2\n"))));
}
