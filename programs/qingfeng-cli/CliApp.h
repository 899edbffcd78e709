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

    // Opens the store (creating and migrating it when needed) with the key from the OS
    // keychain; prints the reason and returns null on failure.
    std::unique_ptr<Session> openSession();
    // Opens (creating and migrating when needed) the store alone, without the keychain: for
    // commands that read or write no identity (working days, the calendar).
    std::unique_ptr<Database> openDatabase();
    // Prints the message and returns the exit status for bad input.
    int fail(const QString& message, int status = 2);
    // Parses the command's options; on --help or an error prints and returns false with
    // the exit status in *status.
    bool parse(QCommandLineParser& parser, const QString& command, int* status);
};

// The role the tool acts in: the profile user's role, or administrator when the store has
// no profile user (the command-line tool is an administrator's tool).
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
void registerScanCommands();     // ScanCommands.cpp: scan, separator, ocr

} // namespace qf
