// quality: the "Review and re-check" screen on N demo reports: each of its queries (the
// reports waiting for their review, the quarter's recorded re-check sample, the office
// figures, the second-request rate, the repeat notice) and the whole screen's refresh as
// a supervisor opens it. Reads only: no sample is drawn on the benchmark's database.
#include "tests/bench/BenchData.h"
#include "tests/bench/BenchSuite.h"

#include "models/ClosingReview.h"
#include "models/EvidenceRequest.h"
#include "models/ProfileStore.h"
#include "ui/cases/QualityWorkspace.h"
#include "models/RepeatDetector.h"
#include "models/ReportStore.h"
#include "models/Session.h"
#include "app/security/KeychainKeyProvider.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTreeWidget>

namespace qf::bench {

namespace {

template<typename F>
double timed(F&& f)
{
    QElapsedTimer t;
    t.start();
    f();
    return double(t.nsecsElapsed()) / 1e6;
}

} // namespace

int runQualitySuite(BenchContext& ctx)
{
    const QString path = demoDatabase(ctx, ctx.reports(1000000));
    if (path.isEmpty())
        return 1;
    KeychainKeyProvider keys;
    auto session = Session::open(path, keys);
    if (!session) {
        ctx.log() << session.error() << Qt::endl;
        return 1;
    }
    Session& s = **session;
    if (Status in = benchSignIn(s, QStringLiteral("supervisor")); !in) {
        ctx.log() << in.error() << Qt::endl;
        return 1;
    }
    QSqlQuery q(s.database().connection());
    q.exec(QStringLiteral("SELECT COUNT(*), MAX(received_at) FROM reports"));
    q.next();
    const qint64 total = q.value(0).toLongLong();
    const QDate last = QDateTime::fromString(q.value(1).toString(), Qt::ISODate).date();
    const QString quarter = QStringLiteral("%1Q%2").arg(last.year()).arg((last.month() - 1) / 3 + 1);
    const auto [from, to] = ClosingReview::quarterDates(quarter);
    ctx.log() << "quality: " << total << " reports, quarter " << quarter << Qt::endl;

    ReportStore& reports = s.reports();
    CaseStateMachine machine(reports);
    ClosingReview review(reports, machine);
    EvidenceRequest evidence(reports, machine);
    RepeatDetector repeats(reports);
    qsizetype waiting = 0, offices = 0, repeatCount = 0;
    const double awaitingMs = timed([&] {
        auto r = review.awaitingReview(QDateTime::currentDateTimeUtc(), 5, true);
        waiting = r ? r->total : -1;
    });
    const double sampleMs = timed([&] { (void)review.recordedSample(from, to); });
    const double qualityMs = timed([&] {
        auto r = review.officeQuality(from, to);
        offices = r ? r->size() : -1;
    });
    const double rateMs = timed([&] { (void)evidence.secondRequestRate(from, to); });
    const double repeatMs = timed([&] {
        auto r = repeats.quarterly(quarter);
        repeatCount = r ? r->size() : -1;
    });

    QualityWorkspace screen(s);
    screen.resize(1200, 800);
    screen.show();
    screen.setQuarter(quarter); // loads once
    const double refreshMs = timed([&] { screen.refresh(); });

    ctx.result(QStringLiteral("quality_reports"), double(total));
    ctx.result(QStringLiteral("quality_awaiting_review"), double(waiting));
    ctx.result(QStringLiteral("quality_awaiting_review_ms"), awaitingMs, 1);
    ctx.result(QStringLiteral("quality_recorded_sample_ms"), sampleMs, 1);
    ctx.result(QStringLiteral("quality_office_figures_ms"), qualityMs, 1);
    ctx.result(QStringLiteral("quality_offices"), double(offices));
    ctx.result(QStringLiteral("quality_second_request_rate_ms"), rateMs, 1);
    ctx.result(QStringLiteral("quality_repeat_notice_ms"), repeatMs, 1);
    ctx.result(QStringLiteral("quality_repeat_items"), double(repeatCount));
    ctx.result(QStringLiteral("quality_screen_refresh_ms"), refreshMs, 1);
    return 0;
}

} // namespace qf::bench
