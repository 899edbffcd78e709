#pragma once

#include "models/Result.h"

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <memory>

namespace qf {
class Session;
}

namespace Catch {
template <>
struct StringMaker<QString>
{
    static std::string convert(const QString& s) { return '"' + s.toStdString() + '"'; }
};
template <>
struct StringMaker<QStringList>
{
    static std::string convert(const QStringList& s)
    {
        return "[" + s.join(QStringLiteral(", ")).toStdString() + "]";
    }
};
} // namespace Catch

namespace qf::test {

// A folder that lives as long as the test.
class Scratch
{
public:
    Scratch();
    QString path(const QString& name) const;

private:
    QTemporaryDir m_dir;
};

// A session on a fresh database in the scratch folder, with its key in the real keychain.
std::unique_ptr<qf::Session> openSession(const QString& databasePath);

struct ProcessResult
{
    int exitCode = -1;
    QString out;
    QString err;
};
// Runs one of the project's programs from build/bin.
ProcessResult runProgram(const QString& program, const QStringList& args, int timeoutMs = 60000);
// Runs qingfeng-cli on a database: qingfeng-cli --db DB ARGS...
ProcessResult runCli(const QString& database, const QStringList& args, int timeoutMs = 60000);

// REQUIRE on a Result, printing its error when it failed.
#define QF_REQUIRE_OK(expr)                                                                                            \
    do {                                                                                                               \
        const auto& qf_result_ = (expr);                                                                               \
        INFO(qf_result_.error().toStdString());                                                                        \
        REQUIRE(qf_result_.ok());                                                                                      \
    } while (false)

} // namespace qf::test
