// The intake dialog and the online import refuse the same bad draft with the same rule
// (ReportRegistrar::problems), and neither keeps anything of it.
#include "tests/cases/CaseFixture.h"

#include "models/ImportJob.h"
#include "models/ReportRegistrar.h"
#include "models/ProfileStore.h"
#include "ui/cases/IntakeDialog.h"

#include <QFile>
#include <QSqlQuery>

using namespace qf;

TEST_CASE("intake and import: a real-name reporter who cannot be answered is refused by the same rule",
          "[cases][intake][repeats]")
{
    test::CaseFixture f;
    test::signInAs(*f.session, QStringLiteral("registry_clerk"), {}, QStringLiteral("李明"), f.office);

    // The draft both make: a report with a reporter named, but neither ID number nor phone.
    IntakeDialog intake(*f.session);
    intake.setChannel(QStringLiteral("letter"));
    intake.setField(QStringLiteral("content"), QStringLiteral("反映村干部优亲厚友。"));
    intake.setRealName({ QStringLiteral("张三"), {}, {}, {}, {}, {} });
    const Status rule = ReportRegistrar::problems(intake.draft());
    REQUIRE_FALSE(rule.ok());
    CHECK(rule.errorCode() == ErrorCode::Invalid);
    auto byIntake = intake.registerReport();
    REQUIRE_FALSE(byIntake.ok());
    CHECK(byIntake.error() == rule.error());

    const QString path = f.dir.path(QStringLiteral("online.jsonl"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(R"({"source_id":"WB-9","received_at":"2026-07-01T10:00:00","content":"反映村干部优亲厚友。","anonymous":false,"reporter_name":"张三"})"
               "\n");
    file.close();
    ImportJob job(f.session->registrar(), f.session->database());
    QF_REQUIRE_OK(job.run(path));
    REQUIRE(job.summary().rejected.size() == 1);
    CHECK(job.summary().rejected.first().line == 1);
    CHECK(job.summary().rejected.first().reason == rule.error());

    QSqlQuery q(f.session->database().connection());
    REQUIRE(q.exec(QStringLiteral("SELECT (SELECT count(*) FROM reports) + (SELECT count(*) FROM persons)")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 0);
}
