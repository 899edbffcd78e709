#include "tests/cases/CaseFixture.h"

#include "models/Uuid7.h"
#include "models/Writer.h"

#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QSqlQuery>

#include <catch2/catch.hpp>

namespace qf::test {

CaseFixture::CaseFixture()
{
    session = openSession(dir.path(QStringLiteral("cases.sqlite")));
    reports = &session->reports();
    machine = std::make_unique<CaseStateMachine>(*reports);
    higher = addOrg(QStringLiteral("CITY"), QStringLiteral("higher"));
    office = addOrg(QStringLiteral("COUNTY"), QStringLiteral("county"));
    lower = addOrg(QStringLiteral("TOWN"), QStringLiteral("township"));
    officer = { addUser(QStringLiteral("officer"), QStringLiteral("case_officer"), office), QStringLiteral("case_officer") };
    chair = { addUser(QStringLiteral("chair"), QStringLiteral("meeting_chair"), office), QStringLiteral("meeting_chair") };
}

CaseFixture::~CaseFixture()
{
    machine.reset();
    reports = nullptr;
    session.reset();
}

QString CaseFixture::addOrg(const QString& code, const QString& level)
{
    const QString id = Uuid7::generate();
    QF_REQUIRE_OK(session->writer().apply(Change::insert(
        QStringLiteral("organisations"), id,
        { { QStringLiteral("code"), code }, { QStringLiteral("name"), code }, { QStringLiteral("level"), level } })));
    return id;
}

QString CaseFixture::addUser(const QString& login, const QString& role, const QString& orgId)
{
    const QString id = Uuid7::generate();
    QF_REQUIRE_OK(session->writer().apply(Change::insert(QStringLiteral("users"), id,
                                                         { { QStringLiteral("login"), login },
                                                           { QStringLiteral("name"), login },
                                                           { QStringLiteral("role"), role },
                                                           { QStringLiteral("org_id"), orgId } })));
    return id;
}

QString CaseFixture::addReport(const QDateTime& received, const QString& unit, bool realName)
{
    ReportDraft d;
    d.channel = QStringLiteral("letter");
    d.receivedAt = received;
    d.orgId = office;
    d.what = QStringLiteral("违规发放补贴");
    d.content = QStringLiteral("反映某单位违规发放补贴问题。");
    d.subjects << SubjectDraft { QStringLiteral("王某"), unit, QStringLiteral("科级"), QStringLiteral("站长"), false };
    if (realName)
        d.reporter = PersonIdentity { QStringLiteral("张三"), QStringLiteral("11010519491231002X"),
                                      QStringLiteral("13800138000"), {}, {}, {} };
    auto added = reports->add(d);
    QF_REQUIRE_OK(added);
    return added->id;
}

void CaseFixture::move(const QString& id, Transition t, QVariantMap params, const Actor* actor)
{
    QF_REQUIRE_OK(machine->apply(id, t, params, actor ? *actor : officer));
}

void CaseFixture::toDecided(const QString& id, const QString& outcome)
{
    move(id, Transition::Accept);
    move(id, Transition::Triage,
         { { QStringLiteral("verifiability"), 5 }, { QStringLiteral("typicality"), 3 }, { QStringLiteral("timeliness"), 4 } });
    move(id, Transition::SubmitForReview);
    move(id, Transition::Decide, { { QStringLiteral("outcome"), outcome } }, &chair);
}

int CaseFixture::eventCount(const QString& id, const QString& kind)
{
    QSqlQuery q(session->database().connection());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM events WHERE report_id = ? AND kind = ?"));
    q.addBindValue(id);
    q.addBindValue(kind);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return q.value(0).toInt();
}

QString CaseFixture::addConcluded(const QString& at, const QString& office)
{
    const QString id = addReport();
    toDecided(id);
    move(id, Transition::AssignDown, { { QStringLiteral("target_org"), office } });
    move(id, Transition::BeginHandling);
    move(id, Transition::Conclude, { { QStringLiteral("at"), at }, { QStringLiteral("substantiated"), QStringLiteral("no") } });
    return id;
}

QString makePdf(const QString& path, int pages)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    QPainter painter(&writer);
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            writer.newPage();
        painter.setFont(QFont(QStringLiteral("Noto Sans CJK SC"), 16));
        painter.drawText(QRect(0, 0, writer.width(), writer.height() / 4), Qt::AlignCenter,
                         QStringLiteral("举报信 第%1页").arg(i + 1));
    }
    painter.end();
    return path;
}

QString makePng(const QString& path)
{
    QImage image(400, 300, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.drawText(image.rect(), Qt::AlignCenter, QStringLiteral("信封"));
    painter.end();
    REQUIRE(image.save(path, "PNG"));
    return path;
}

} // namespace qf::test
