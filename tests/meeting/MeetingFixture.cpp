#include "tests/meeting/MeetingFixture.h"

#include "models/Uuid7.h"
#include "models/Writer.h"

namespace qf::test {

MeetingFixture::MeetingFixture()
{
    meetings = std::make_unique<MeetingStore>(session->writer(), *reports, *machine);
}

QString MeetingFixture::triaged(int verifiability, int typicality, int timeliness)
{
    const QString id = addReport();
    move(id, Transition::Accept);
    move(id, Transition::Triage,
        { { QStringLiteral("verifiability"), verifiability }, { QStringLiteral("typicality"), typicality },
            { QStringLiteral("timeliness"), timeliness } });
    return id;
}

QString MeetingFixture::awaitingReview(bool realName)
{
    const QString id = addReport({}, QStringLiteral("城关镇政府"), realName);
    move(id, Transition::Accept);
    move(id, Transition::Triage,
        { { QStringLiteral("verifiability"), 5 }, { QStringLiteral("typicality"), 3 },
            { QStringLiteral("timeliness"), 4 } });
    move(id, Transition::SubmitForReview);
    return id;
}

QString MeetingFixture::addCategory(const QString& code, bool mustReview)
{
    const QString id = Uuid7::generate();
    QF_REQUIRE_OK(session->writer().apply(Change::insert(QStringLiteral("categories"), id,
        { { QStringLiteral("code"), code }, { QStringLiteral("name"), code },
            { QStringLiteral("must_review"), mustReview ? 1 : 0 } })));
    return id;
}

void MeetingFixture::setCategory(const QString& reportId, const QString& categoryId)
{
    QF_REQUIRE_OK(session->writer().apply(Change::update(
        QStringLiteral("reports"), reportId, { { QStringLiteral("category_id"), categoryId } })));
}

void MeetingFixture::setContent(const QString& reportId, const QString& content)
{
    QF_REQUIRE_OK(session->writer().apply(
        Change::update(QStringLiteral("reports"), reportId, { { QStringLiteral("content"), content } })));
}

QString MeetingFixture::status(const QString& reportId)
{
    auto r = reports->get(reportId);
    QF_REQUIRE_OK(r);
    return stateName(r->state);
}

} // namespace qf::test
