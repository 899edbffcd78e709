// A workstation's own changes are not sent back to it by its next pull (central store
// revision 9), and it still ends equal to the office's other workstations.
#include "tests/sync/SyncRig.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace qf;
using namespace qf::test;

namespace {

QJsonObject syncJson(const QString& db)
{
    const ProcessResult r = runCli(db, { QStringLiteral("sync"), QStringLiteral("--json") }, 300000);
    INFO(r.err.toStdString() << r.out.toStdString());
    REQUIRE(r.exitCode == 0);
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

int pulled(const QString& db)
{
    return syncJson(db).value(QStringLiteral("pulled")).toInt();
}

QString addReport(const QString& db, const QString& content)
{
    const ProcessResult r = runCli(db, { QStringLiteral("report"), QStringLiteral("add"), QStringLiteral("--channel"),
                                         QStringLiteral("letter"), QStringLiteral("--content"), content,
                                         QStringLiteral("--subject"), QStringLiteral("李某,河西乡政府,科员"),
                                         QStringLiteral("--no-repeat-check") });
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    return r.out.section(QLatin1Char(' '), 0, 0).trimmed();
}

void setField(const QString& db, const QString& id, const QString& field, const QString& value)
{
    const ProcessResult r = runCli(db, { QStringLiteral("report"), QStringLiteral("set"), id, field, value });
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
}

} // namespace

TEST_CASE("a workstation's own changes are not pulled back - the office's other workstation gets them - both replicas "
          "stay identical",
          "[sync]")
{
    SyncRig rig;
    const QString a = rig.enrolledDatabase(QStringLiteral("a"), rig.addUserWithDevice(QStringLiteral("alice"), QStringLiteral("QH-JW"), QStringLiteral("registry_clerk")));
    const QString b = rig.enrolledDatabase(QStringLiteral("b"), rig.addUserWithDevice(QStringLiteral("bob"), QStringLiteral("QH-JW"), QStringLiteral("case_officer")));
    syncJson(a);
    syncJson(b);

    const QString id = addReport(a, QStringLiteral("反映河西乡某站所违规发放补贴问题"));
    const QJsonObject first = syncJson(a);
    CHECK(first.value(QStringLiteral("pushed")).toInt() >= 3);
    CHECK(first.value(QStringLiteral("pulled")).toInt() == 0); // the report, its person, event and code: all its own
    CHECK(pulled(b) >= 3);
    setField(a, id, QStringLiteral("region"), QStringLiteral("河西乡"));
    CHECK(pulled(a) == 0);
    CHECK(pulled(b) >= 1);
    // b's edit is not a's own: a takes it, and b does not take its own edit back.
    setField(b, id, QStringLiteral("region"), QStringLiteral("城关镇"));
    CHECK(pulled(b) == 0);
    CHECK(pulled(a) >= 1);
    CHECK(localValue(a, QStringLiteral("SELECT region FROM reports WHERE id = '%1'").arg(id)) == QStringLiteral("城关镇"));

    // Edits of a and b that cross: each gets the row the service merged.
    setField(a, id, QStringLiteral("region"), QStringLiteral("东关街道"));
    setField(b, id, QStringLiteral("demand"), QStringLiteral("查处"));
    syncJson(a);
    syncJson(b);
    syncJson(a);
    const QStringList rowsA = rig.replicaRows(a);
    const QStringList rowsB = rig.replicaRows(b);
    INFO("a only: " << rowsNotIn(rowsA, rowsB).join(QLatin1Char('\n')).toStdString());
    INFO("b only: " << rowsNotIn(rowsB, rowsA).join(QLatin1Char('\n')).toStdString());
    CHECK(rowsA == rowsB);
    CHECK(localValue(a, QStringLiteral("SELECT region || '/' || demand FROM reports WHERE id = '%1'").arg(id))
          == QStringLiteral("东关街道/查处"));
}

TEST_CASE("a store that lost changes it had sent - its change counter behind the service's - is sent its own rows again",
          "[sync]")
{
    SyncRig rig;
    const QString a = rig.enrolledDatabase(QStringLiteral("a"), rig.addUserWithDevice(QStringLiteral("alice"), QStringLiteral("QH-JW"), QStringLiteral("registry_clerk")));
    syncJson(a);
    const QString cursor = localValue(a, QStringLiteral("SELECT value FROM meta WHERE key = 'sync_cursor'"));
    const QString id = addReport(a, QStringLiteral("丢失之后应当重新收到的举报"));
    CHECK(pulled(a) == 0);
    // The report's rows and the record of the changes that made them are gone, as on a disk
    // that lost its last writes; the audit log (which the service checks) is still whole.
    for (const QString& table : { QStringLiteral("subjects"), QStringLiteral("followup_codes") })
        localValue(a, QStringLiteral("DELETE FROM %1 WHERE report_id = '%2'").arg(table, id));
    localValue(a, QStringLiteral("DELETE FROM reports WHERE id = '%1'").arg(id));
    localValue(a, QStringLiteral("UPDATE sqlite_sequence SET seq = seq - 4 WHERE name = 'outbox'"));
    localValue(a, QStringLiteral("UPDATE meta SET value = '%1' WHERE key = 'sync_cursor'").arg(cursor.isEmpty() ? QStringLiteral("0") : cursor));
    REQUIRE(localValue(a, QStringLiteral("SELECT count(*) FROM reports WHERE id = '%1'").arg(id)) == QStringLiteral("0"));

    CHECK(pulled(a) >= 4);
    CHECK(localValue(a, QStringLiteral("SELECT content FROM reports WHERE id = '%1'").arg(id))
          == QStringLiteral("丢失之后应当重新收到的举报"));
}
