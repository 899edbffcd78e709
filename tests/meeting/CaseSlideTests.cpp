// The slide the projector shows, built in the core: what it carries and that it never
// carries an identity.
#include "models/CaseSlide.h"
#include "models/DispatchAdvisor.h"
#include "models/IdentityMasker.h"
#include "models/WorkCalendar.h"
#include "tests/meeting/MeetingFixture.h"

#include <QDateTime>

using namespace qf;
using namespace qf::test;

namespace {

QStringList slideTexts(const CaseSlide& s)
{
    return { s.reportId, s.regNo, s.summary, s.unit, s.rank, s.category, s.triageClass, s.proposedOrgId,
             s.proposedDispatch, s.lightText, s.deadlineText, s.status };
}

struct SlideRig
{
    explicit SlideRig(MeetingFixture& f)
        : advisor(*f.reports, *f.machine)
        , clock(calendar, DeadlinePolicy {})
        , loader(*f.reports, f.session->directory(), advisor, clock)
    { }

    DispatchAdvisor advisor;
    WorkCalendar calendar;
    DeadlineClock clock;
    CaseSlideLoader loader;
};

} // namespace

TEST_CASE("slide: a case's slide carries its facts, category and scores", "[meeting]")
{
    MeetingFixture f;
    const QString id = f.awaitingReview();
    const QString category = f.addCategory(QStringLiteral("违规发放津贴补贴"), false);
    f.setCategory(id, category);
    SlideRig rig(f);
    const IdentityMasker masker;
    auto slide = rig.loader.load(id, masker, QDateTime::currentDateTimeUtc());
    QF_REQUIRE_OK(slide);
    auto report = f.reports->get(id);
    QF_REQUIRE_OK(report);
    CHECK(slide->reportId == id);
    CHECK(slide->regNo == report->regNo);
    CHECK(slide->summary.contains(QStringLiteral("违规发放补贴")));
    CHECK(slide->unit == QStringLiteral("城关镇政府"));
    CHECK(slide->rank == QStringLiteral("科级 · 站长"));
    CHECK(slide->category == QStringLiteral("违规发放津贴补贴"));
    CHECK(slide->verifiability == 5);
    CHECK(slide->typicality == 3);
    CHECK(slide->timeliness == 4);
    CHECK(slide->status == stateName(report->state));
    CHECK_FALSE(slide->lightText.isEmpty());
    if (!slide->proposedOrgId.isEmpty())
        CHECK(slide->proposedDispatch == f.session->directory().organisationName(slide->proposedOrgId));
}

TEST_CASE("slide: the reporter's name, ID number and phone never reach the slide", "[meeting]")
{
    MeetingFixture f;
    const QString id = f.awaitingReview(true);
    f.setContent(id, QStringLiteral("我是张三，身份证11010519491231002X，电话138-0013-8000，反映王某违规发放补贴。"));
    // A reporter's identity written where the reported person's unit and rank go.
    QF_REQUIRE_OK(f.session->writer().apply(Change::update(QStringLiteral("subjects"),
                                                           f.reports->get(id)->subjects.first().id,
                                                           { { QStringLiteral("unit"), QStringLiteral("张三所在村 13800138000") },
                                                             { QStringLiteral("rank"), QStringLiteral("张三") } })));
    SlideRig rig(f);
    IdentityMasker masker;
    QF_REQUIRE_OK(masker.addReport(f.session->database(), f.session->persons(), id));
    auto slide = rig.loader.load(id, masker, QDateTime::currentDateTimeUtc());
    QF_REQUIRE_OK(slide);
    CHECK(slide->summary.contains(QStringLiteral("反映王某违规发放补贴")));
    for (const QString& text : slideTexts(*slide)) {
        INFO(text.toStdString());
        CHECK_FALSE(text.contains(QStringLiteral("张三")));
        CHECK_FALSE(text.contains(QStringLiteral("张")));
        CHECK_FALSE(text.contains(QStringLiteral("1231")));
        CHECK_FALSE(text.contains(QStringLiteral("8000")));
    }
}
