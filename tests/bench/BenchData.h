#pragma once

#include "tests/bench/BenchSuite.h"

#include <QString>

namespace qf::bench {

// A database with `reports` demo reports for suites that measure at scale: the --db file
// when given (generated there once, reused by later runs), otherwise a fresh one in the
// scratch folder. Returns its path, or an empty string after logging why it failed.
QString demoDatabase(BenchContext& ctx, qint64 reports);

// Number of reports in a database (for the log and for "N" in results).
qint64 reportCount(const QString& path);

// p-th percentile (0..100) of a list of milliseconds.
double percentile(std::vector<double> values, double p);

} // namespace qf::bench
