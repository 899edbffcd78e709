#pragma once

#include "models/Result.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>

namespace qf {

class Database;
class Session;

// What every command gets: its own arguments, the output streams and the database.
struct CliContext
{
    QStringList args; // the command's words and options, without the program and command names
    QString databasePath;
    QTextStream& out;
    QTextStream& err;
    QString user;         // --user LOGIN (or QINGFENG_USER)
    QString passwordFile; // --password-file F
    QString signedInPassword; // the password openSession() signed in with (the enrolment needs it)

    // Opens the store (creating and migrating it when needed) and signs in as --user with
    // the password from QINGFENG_PASSWORD, --password-file or a prompt; prints the reason
    // and returns null on failure. With signIn false the session stays signed out (init).
    std::unique_ptr<Session> openSession(bool signIn = true);
    // A password: from the environment variable, else the file, else asked on the terminal
    // (twice when confirm). Empty when there is none.
    QString password(const char* environment, const QString& file, const QString& prompt, bool confirm = false);
    // Opens (creating and migrating when needed) the store alone, without the keychain: for
    // commands that read or write no identity (working days, the calendar).
    std::unique_ptr<Database> openDatabase();
    // Prints the message and returns the exit status for bad input.
    int fail(const QString& message, int status = 2);
    // Parses the command's options; on --help or an error prints and returns false with
    // the exit status in *status.
    bool parse(QCommandLineParser& parser, const QString& command, int* status);
};

// The role the tool acts in: the signed-in user's.
QString cliRole(Session& session);

struct CliCommand
{
    QString name;    // "person add", "workdays between", ...
    QString summary; // one line for --help
    std::function<int(CliContext&)> run;
};

// qingfeng-cli: the same core without a window, for administrators and scripts.
class CliApp
{
    Q_DECLARE_TR_FUNCTIONS(qf::CliApp)

public:
    CliApp();
    int run(const QStringList& arguments);

    // Each topic adds its commands; see the *Commands.cpp files.
    static void registerCommand(CliCommand command);

private:
    void printHelp(QTextStream& out) const;
};

// Registration helpers, one per file of commands.
void registerStoreCommands();  // StoreCommands.cpp: init, migrate
void registerPersonCommands(); // PersonCommands.cpp: person add|find
void registerRuleCommands();   // RuleCommands.cpp: id check, workdays, calendar
void registerDemoCommands();   // DemoCommands.cpp: demo
void registerIdCardCommands(); // IdCardCommands.cpp: idcard read|simulate
void registerCaseCommands();   // CaseCommands.cpp: report add|get|set|move, deadlines
void registerSearchCommands(); // SearchCommands.cpp: search
void registerRepeatCommands(); // RepeatCommands.cpp: duplicates rebuild, repeats [check|confirm|reject]
void registerImportCommands(); // ImportCommands.cpp: import
void registerSyncCommands();   // SyncCommands.cpp: enrol, sync, conflicts, server ... forwards to qingfeng-syncd admin
void registerCategoryCommands(); // CategoryCommands.cpp: categories list|add|rename|remove
void registerAuditCommands();    // AuditCommands.cpp: audit verify
void registerFollowUpCommands(); // FollowUpCommands.cpp: followup status|reissue, settings list|set
void registerUserCommands();     // UserCommands.cpp: user add|list|set-role|reset-password|disable|..., release ...
void registerScanCommands();     // ScanCommands.cpp: scan, separator, ocr
void registerStatsCommands();    // StatsCommands.cpp: stats, stats warnings|flags|export
void registerPhoneCommands();    // PhoneCommands.cpp: phone answer|calls|callbacks

} // namespace qf
