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

// The password of every account the tests make.
inline constexpr char kPassword[] = "qingfeng-test-pw";
// The administrator every test store gets on its first open.
inline constexpr char kAdmin[] = "admin";

// A session on a database in the scratch folder, signed in as its administrator (made, with
// the office 城关区纪委监委信访室, when the store has none).
std::unique_ptr<qf::Session> openSession(const QString& databasePath);
// A session on the store with nobody signed in (and no administrator made).
std::unique_ptr<qf::Session> openBareSession(const QString& databasePath);
// The same session signed in as a user of the role (login = the role's code unless given),
// made by the administrator when missing (name and office when given; else the login and the
// administrator's office). Returns the user's id.
QString signInAs(qf::Session& session, const QString& role, const QString& login = QString(),
                 const QString& name = QString(), const QString& orgId = QString());

struct ProcessResult
{
    int exitCode = -1;
    QString out;
    QString err;
};
// Runs one of the project's programs from build/bin.
ProcessResult runProgram(const QString& program, const QStringList& args, int timeoutMs = 60000);
// Runs qingfeng-cli on a database as its administrator: qingfeng-cli --db DB --user admin
// ARGS... with the password in QINGFENG_PASSWORD (a store that does not exist yet is made
// with `init --admin admin` first). runCliAs names another user.
ProcessResult runCli(const QString& database, const QStringList& args, int timeoutMs = 60000);
ProcessResult runCliAs(const QString& login, const QString& database, const QStringList& args, int timeoutMs = 60000);

// REQUIRE on a Result, printing its error when it failed.
#define QF_REQUIRE_OK(expr)                                                                                            \
    do {                                                                                                               \
        const auto& qf_result_ = (expr);                                                                               \
        INFO(qf_result_.error().toStdString());                                                                        \
        REQUIRE(qf_result_.ok());                                                                                      \
    } while (false)

// The ids of the reports the case list's full-text search finds for `text` (at most 100).
QStringList searchIds(qf::Session& session, const QString& text);

// Where screenshots and printed documents for people to look at go: $QF_SCREENSHOT_DIR/<topic>
// (made when missing), or "" when the variable is not set - then nothing is saved.
QString screenshotDir(const QString& topic);

} // namespace qf::test
