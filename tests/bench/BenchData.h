#pragma once

#include "tests/bench/BenchSuite.h"

#include "models/PersonStore.h"
#include "models/Result.h"

#include <functional>
#include <memory>

#include <QString>

namespace qf {
class DataKeyProvider;
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
// The store at `path` opened with `keys` and signed in as the administrator; null after logging
// why it failed.
std::unique_ptr<Session> benchSession(BenchContext& ctx, const QString& path, DataKeyProvider& keys);

// p-th percentile (0..100) of a list of milliseconds.
double percentile(std::vector<double> values, double p);

// Runs the event loop until cond() holds; false after timeoutMs.
bool waitUntil(const std::function<bool()>& cond, int timeoutMs);

// Writes n persons (ids "p-0" ...) through the write path in batches of 20,000, each made by
// `person(i)` with the roles given; logs progress; reports persons and persons_insert_s.
Status fillPersons(BenchContext& ctx, Session& session, qint64 n, const std::function<PersonIdentity(qint64)>& person,
                   PersonRoles roles);

} // namespace qf::bench
