#include "tests/ui/UiTestSupport.h"

#include "models/Session.h"
#include "tests/support/TestSupport.h"
#include "models/Uuid7.h"

#include <QSqlError>
#include <QSqlQuery>

namespace qf::test {

Profile makeProfile(Session& session, const QString& name, const QString& role)
{
    signInAs(session, role, role, name);
    auto created = session.profile().load();
    QF_REQUIRE_OK(created);
    return *created;
}

void addReport(Session& session, const QString& receivedAt, const QString& status)
{
    static int counter = 0;
    const QString id = Uuid7::generate();
    QF_REQUIRE_OK(session.writer().apply(Change::insert(
        QStringLiteral("reports"), id,
        { { QStringLiteral("reg_no"), QStringLiteral("T-%1").arg(++counter) },
          { QStringLiteral("channel"), QStringLiteral("letter") },
          { QStringLiteral("received_at"), receivedAt },
          { QStringLiteral("status"), status },
          { QStringLiteral("created_at"), receivedAt } })));
}

void addVisit(Session& session, const QString& arrivedAt)
{
    QF_REQUIRE_OK(session.writer().apply(Change::insert(QStringLiteral("visits"), Uuid7::generate(),
                                                        { { QStringLiteral("arrived_at"), arrivedAt } })));
}

QVariant scalar(Session& session, const QString& sql, const QVariantList& binds)
{
    QSqlQuery q(session.database().connection());
    q.prepare(sql);
    for (const QVariant& v : binds)
        q.addBindValue(v);
    const bool ok = q.exec() && q.next();
    INFO(sql.toStdString());
    INFO(q.lastError().text().toStdString());
    REQUIRE(ok);
    return q.value(0);
}

} // namespace qf::test
