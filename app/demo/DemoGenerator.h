#pragma once

#include "models/Result.h"

#include <QCoreApplication>
#include <QDate>

#include <functional>

namespace qf {

class Session;

struct DemoOptions
{
    qint64 reports = 2000;
    quint64 seed = 1;
    // The last day of the three years the reports are spread over; null means today (UTC).
    // Fix it to get the same data on another day.
    QDate endDate = {};
};

// What a run made.
struct DemoSummary
{
    qint64 reports = 0;
    qint64 persons = 0;        // person rows written (reporters and visitors)
    qint64 nearDuplicates = 0; // planted: content of an earlier report with small edits
    qint64 repeatPersons = 0;  // planted: a real-name report by an earlier reporter
    qint64 realName = 0;
    qint64 changes = 0;        // rows written through the write path
    double seconds = 0;
};

// Realistic synthetic data for demonstrations and benchmarks, reproducible by seed,
// written through the real write path (Writer) so it is sync-ready like any other data.
// What was planted is recorded in demo_labels (the ground truth for duplicate and repeat
// detection).
class DemoGenerator
{
    Q_DECLARE_TR_FUNCTIONS(qf::DemoGenerator)

public:
    DemoGenerator(Session& session, DemoOptions options);
    // progress(done, total); returning false cancels (what was committed stays).
    Status run(const std::function<bool(qint64, qint64)>& progress = {});

    const DemoSummary& summary() const { return m_summary; }

    static constexpr qint64 MaxReports = 100'000'000;

private:
    Session& m_session;
    DemoOptions m_options;
    DemoSummary m_summary;
};

} // namespace qf
