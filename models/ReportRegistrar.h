#pragma once

#include "models/AttachmentStore.h"
#include "models/PersonStore.h"
#include "models/RepeatDetector.h"
#include "models/ReportDraft.h"
#include "models/Result.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace qf {

class DuplicateIndex;
class ReportStore;
class Writer;

// A file to attach when the report is registered: from disk (path) or in memory (data
// with its file name).
struct RegistrationFile
{
    QString path;
    QByteArray data;
    QString fileName;
    QString kind = QStringLiteral("scan");
};

// What a channel hands over to be registered.
struct Registration
{
    ReportDraft draft;
    QList<RegistrationFile> files;
    // The roles a new reporter (draft.reporter) is created with.
    PersonRoles reporterRoles { .reporter = true };
    // The repeat check, its proposals kept in the report's history (event repeat_proposed).
    bool checkRepeats = true;
    int repeatLimit = 10;
    // A follow-up code for the reporter (models/FollowUpCode.h): for every report handed over
    // by a person at the desk, on the phone, by letter or online; not for the bulk import of
    // the online platform's reports, whose reporters have the platform's own query code.
    bool followUpCode = true;
};

// A registered report with what was written with it.
struct RegisteredDraft
{
    QString id;
    QString regNo;
    QString reporterId;
    QList<StoredAttachment> files;
    QList<RepeatProposal> proposals;
    // The follow-up code, in clear this once, for the receipt or to be read out; only its
    // hash is stored. Empty when the registration asked for none.
    QString followUpCode;
};

// The one way a report is registered (登记), from every channel: the intake dialog, the
// online import, the check-in desk and the command line. One set of rules says what is
// wrong with a draft (problems()); the report with its number, its reporter, its reported
// persons, its events, its attachments and its repeat proposals are then written in ONE
// transaction - all or nothing. When anything fails nothing of the registration is kept:
// no report, no person, no outbox entry, no attachment row, no stored file that was new,
// no index entry. Opened inside a caller's transaction (the desk's visit) it becomes a
// savepoint of it. Owned by the Session (Session::registrar()).
class ReportRegistrar
{
    Q_DECLARE_TR_FUNCTIONS(qf::ReportRegistrar)

public:
    // The write path, whose signed-in role an import checks.
    Writer& writer() { return m_writer; }
    ReportRegistrar(Writer& writer, ReportStore& reports, AttachmentStore& attachments, DuplicateIndex& duplicates);
    ~ReportRegistrar();

    // What is wrong with a draft (ErrorCode::Invalid), or nothing: the rules of every channel.
    //  - the channel is one of intake (ReportStore::isValidChannel);
    //  - the content, or at least what happened (何事);
    //  - online, forwarded and handed-over items carry the id they have at their source;
    //  - every reported person has a name;
    //  - a real-name reporter (draft.reporter) has a name and an ID number or a phone, and
    //    an ID number given is valid - unless the draft is marked for correction
    //    (draft.corrections, 信息校正: the online import keeps the reasons, never the values);
    //  - every text is one the store can keep (InputCheck: no NUL or other control
    //    character but tab and line feed, no broken character), names and numbers on one line;
    //  - the time of receipt is not before 1900 nor more than a day after now
    //    (InputCheck::checkReceived).
    static Status problems(const ReportDraft& draft, const QDateTime& now = QDateTime::currentDateTimeUtc());
    // Only the text rule of problems().
    static Status textProblems(const ReportDraft& draft);

    Result<RegisteredDraft> registerReport(const Registration& registration);

    // After a transaction that enclosed a registration was rolled back (the desk's visit):
    // removes the files that registration stored new and what the indexes kept in memory.
    void discard(const RegisteredDraft& registered);

    // The steps of a registration, for tests that make one fail.
    enum class Step { Report, Files, Repeats };
    void injectFailure(std::optional<Step> step) { m_failAt = step; }

    RepeatDetector& repeats() { return m_repeats; }

private:
    Status stageFiles(const QString& reportId, const QList<RegistrationFile>& files, RegisteredDraft& out);
    Status stageRepeats(const Registration& registration, RegisteredDraft& out);
    Status injected(Step step) const;
    void undo(const RegisteredDraft& partial);

    Writer& m_writer;
    ReportStore& m_reports;
    AttachmentStore& m_attachments;
    DuplicateIndex& m_duplicates;
    RepeatDetector m_repeats;
    std::optional<Step> m_failAt;
};

} // namespace qf
