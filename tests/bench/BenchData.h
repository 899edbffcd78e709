#pragma once

#include "tests/bench/BenchSuite.h"

#include "models/Result.h"

#include <QString>

namespace qf {
class Session;
}

namespace qf::bench {

// A database with `reports` demo reports for suites that measure at scale: the --db file
// when given (generated there once, reused by later runs), otherwise a fresh one in the
// scratch folder. Returns its path, or an empty string after logging why it failed.
QString demoDatabase(BenchContext& ctx, qint64 reports);

// Number of reports in a database (for the log and for "N" in results).
qint64 reportCount(const QString& path);

// The benchmarks' administrator and password (the start-up suite passes them to the program).
inline constexpr char kBenchUser[] = "admin";
inline constexpr char kBenchPassword[] = "qingfeng-bench-pw";
// Signs the session in as a user of the role (the administrator, made on a new store; other
// roles made by them), as a person at the workstation would be.
Status benchSignIn(Session& session, const QString& role = QStringLiteral("administrator"));

// p-th percentile (0..100) of a list of milliseconds.
double percentile(std::vector<double> values, double p);

} // namespace qf::bench
