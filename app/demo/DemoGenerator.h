#pragma once

#include "Result.h"

#include <QCoreApplication>

#include <functional>

namespace qf {

class Session;

struct DemoOptions
{
    qint64 reports = 2000;
    quint64 seed = 1;
};

// Realistic synthetic data for demonstrations and benchmarks, reproducible by seed,
// written through the real write path (Writer) so it is sync-ready like any other data.
class DemoGenerator
{
    Q_DECLARE_TR_FUNCTIONS(qf::DemoGenerator)

public:
    DemoGenerator(Session& session, DemoOptions options);
    // progress(done, total); returning false cancels (what was committed stays).
    Status run(const std::function<bool(qint64, qint64)>& progress = {});
};

} // namespace qf
