// The audit viewer (ui/audit/AuditDialog): its filters, the chain's state, an export from the
// screen kept in the log, and the refusal for a case officer; with a screenshot in zh_CN
// (hidden: run with the tag [.shots]) written to $QF_SHOTS_DIR (default /tmp/shots-audit).
#include "models/AuditQuery.h"
#include "models/Session.h"
#include "tests/support/TestSupport.h"
#include "ui/Language.h"
#include "ui/audit/AuditDialog.h"

#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QSqlQuery>

using namespace qf;
using namespace qf::test;

namespace {

std::unique_ptr<Session> auditedSession(Scratch& scratch, const QString& role)
{
    auto session = openSession(scratch.path(QStringLiteral("viewer.db")));
    signInAs(*session, role, role, QStringLiteral("王审计"));
    QSqlQuery q(session->database().connection());
    REQUIRE(q.exec(QStringLiteral("INSERT INTO users (id, login, name, role) VALUES ('u-li', 'lisi', '李四', 'case_officer')")));
    session->audit().setUser(QStringLiteral("u-li"));
    for (int i = 0; i < 4; ++i)
        QF_REQUIRE_OK(session->audit().record(QStringLiteral("identity.view"), QStringLiteral("persons"),
                                              QStringLiteral("p-%1").arg(i), QStringLiteral("核实举报人身份")));
    QF_REQUIRE_OK(session->audit().record(QStringLiteral("followup_code_reissued"), QStringLiteral("reports"), QStringLiteral("r-1")));
    session->audit().setUser(session->userId());
    return session;
}

} // namespace

TEST_CASE("the audit viewer filters the log, shows that the chain verifies, and its export is kept in the log")
{
    Scratch scratch;
    auto session = auditedSession(scratch, QStringLiteral("administrator"));
    AuditDialog dialog(*session);
    const qint64 all = session->audit().count();
    CHECK(dialog.rowCount() == all);
    CHECK(dialog.findChild<QLabel*>(QStringLiteral("auditChain"))->text().contains(QString::number(all)));
    AuditFilter f;
    f.action = QStringLiteral("followup_code_reissued");
    dialog.setFilter(f);
    CHECK(dialog.rowCount() == 1);
    REQUIRE(dialog.exportTo(scratch.path(QStringLiteral("one.xlsx"))));
    CHECK(QFileInfo(scratch.path(QStringLiteral("one.xlsx"))).size() > 0);
    f.action = AuditQuery::ExportAction;
    dialog.setFilter(f);
    CHECK(dialog.rowCount() == 1);
}

TEST_CASE("the audit viewer shows a case officer nothing and offers no export")
{
    Scratch scratch;
    auto session = auditedSession(scratch, QStringLiteral("case_officer"));
    AuditDialog dialog(*session);
    CHECK(dialog.rowCount() == 0);
    const QList<QPushButton*> buttons = dialog.findChildren<QPushButton*>();
    for (QPushButton* b : buttons)
        if (b->text().contains(QStringLiteral("Export")))
            CHECK_FALSE(b->isEnabled());
    CHECK(dialog.findChild<QLabel*>(QStringLiteral("auditChain"))->text().contains(QStringLiteral("supervisors")));
}

TEST_CASE("screenshot of the audit viewer in zh_CN", "[.shots]")
{
    REQUIRE(Language::install(QStringLiteral("zh_CN")));
    Scratch scratch;
    auto session = auditedSession(scratch, QStringLiteral("supervisor"));
    AuditDialog dialog(*session);
    dialog.show();
    QCoreApplication::processEvents();
    const QString dir = qEnvironmentVariable("QF_SHOTS_DIR", QStringLiteral("/tmp/shots-audit"));
    QDir().mkpath(dir);
    REQUIRE(dialog.grab().save(dir + QStringLiteral("/audit-viewer.png")));
    REQUIRE(dialog.exportTo(dir + QStringLiteral("/audit-viewer-export.pdf")));
}
