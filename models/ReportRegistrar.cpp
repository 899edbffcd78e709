#include "models/ReportRegistrar.h"

#include "models/DuplicateIndex.h"
#include "models/FollowUpCodes.h"
#include "models/IdNumber.h"
#include "models/InputCheck.h"
#include "models/Log.h"
#include "models/RegistrationNumbers.h"
#include "models/ReportStore.h"
#include "models/SqlTransaction.h"
#include "models/Writer.h"

#include <QFileInfo>
#include <QThread>

#include <cstdio>
#include <cstdlib>

namespace qf {

namespace {

// Test hook: QF_REGISTRAR_TEST_STALL=<point> stops the process there (a test kills it, as a
// crash or a power cut would), inside the registration's transaction.
void stallPoint(const char* point)
{
    static const QByteArray wanted = qgetenv("QF_REGISTRAR_TEST_STALL");
    if (wanted.isEmpty() || wanted != point)
        return;
    std::fprintf(stderr, "stalled at %s\n", point);
    std::fflush(stderr);
    QThread::sleep(600);
    std::_Exit(3);
}

} // namespace

ReportRegistrar::ReportRegistrar(Writer& writer, ReportStore& reports, AttachmentStore& attachments,
                                 DuplicateIndex& duplicates)
    : m_writer(writer)
    , m_reports(reports)
    , m_attachments(attachments)
    , m_duplicates(duplicates)
    , m_repeats(reports)
{
}

ReportRegistrar::~ReportRegistrar() = default;

Status ReportRegistrar::textProblems(const ReportDraft& d)
{
    using Kind = InputCheck::Kind;
    const struct
    {
        const QString* text;
        const char* label;
        Kind kind;
    } fields[] = {
        { &d.content, QT_TR_NOOP("The content"), Kind::Text },
        { &d.who, QT_TR_NOOP("Who (何人)"), Kind::Text },
        { &d.what, QT_TR_NOOP("What happened (何事)"), Kind::Text },
        { &d.whenText, QT_TR_NOOP("When (何时)"), Kind::Text },
        { &d.whereText, QT_TR_NOOP("Where (何地)"), Kind::Text },
        { &d.why, QT_TR_NOOP("Why (何因)"), Kind::Text },
        { &d.result, QT_TR_NOOP("The result (何果)"), Kind::Text },
        { &d.demand, QT_TR_NOOP("The demand (何求)"), Kind::Text },
        { &d.disposition, QT_TR_NOOP("The disposition (何置)"), Kind::Text },
        { &d.region, QT_TR_NOOP("The region"), Kind::Line },
        { &d.sourceId, QT_TR_NOOP("The id at the source"), Kind::Line },
        { &d.channel, QT_TR_NOOP("The channel"), Kind::Line },
        { &d.orgId, QT_TR_NOOP("The office"), Kind::Line },
        { &d.categoryId, QT_TR_NOOP("The category"), Kind::Line },
        { &d.reporterId, QT_TR_NOOP("The reporter"), Kind::Line },
    };
    // The label is translated only for a message: this runs for every imported record.
    for (const auto& f : fields) {
        if (!InputCheck::isClean(*f.text, f.kind))
            return InputCheck::check(tr(f.label), *f.text, f.kind);
    }
    for (const SubjectDraft& s : d.subjects) {
        for (const QString* t : { &s.name, &s.unit, &s.rank, &s.position })
            if (!InputCheck::isClean(*t, Kind::Line))
                return InputCheck::check(tr("A reported person"), *t, Kind::Line);
    }
    for (const QString& c : d.corrections)
        if (!InputCheck::isClean(c))
            return InputCheck::check(tr("A reason for correction"), c);
    if (d.reporter)
        if (Status st = PersonStore::problems(*d.reporter); !st)
            return st;
    return {};
}

Status ReportRegistrar::problems(const ReportDraft& d, const QDateTime& now)
{
    auto invalid = [](const QString& message) { return Status(Error { message, ErrorCode::Invalid }); };
    // First what the store could not keep at all (a NUL, a broken character, ...).
    if (Status s = textProblems(d); !s)
        return s;
    if (!ReportStore::isValidChannel(d.channel))
        return invalid(tr("'%1' is not a channel of intake (letter, visit, phone, online, forwarded, handed_over).")
                           .arg(InputCheck::excerpt(d.channel)));
    if (Status s = InputCheck::checkReceived(d.receivedAt, now); !s)
        return s;
    if (d.content.trimmed().isEmpty() && d.what.trimmed().isEmpty())
        return invalid(tr("A report needs its content or at least what happened (何事)."));
    if (d.sourceId.trimmed().isEmpty()) {
        if (d.channel == QLatin1String("forwarded") || d.channel == QLatin1String("handed_over"))
            return invalid(tr("Give the number of the forwarding document."));
        if (d.channel == QLatin1String("online"))
            return invalid(tr("An online or forwarded report needs the id it has at its source."));
    }
    // The registration number carries the year received: a date it cannot hold (an import's
    // received_at of 1013) is refused here, not by the numbering inside the transaction.
    if (d.receivedAt.isValid())
        if (Status s = RegistrationNumbers::checkYear(d.receivedAt.date().year()); !s)
            return invalid(s.error());
    for (const SubjectDraft& s : d.subjects)
        if (s.name.trimmed().isEmpty())
            return invalid(tr("Every reported person needs a name."));
    if (d.reporter && d.corrections.isEmpty()) {
        const PersonIdentity& p = *d.reporter;
        if (p.name.trimmed().isEmpty())
            return invalid(tr("A real-name report needs the reporter's name."));
        if (!p.idNumber.isEmpty()) {
            const IdNumberCheck check = IdNumber::check(p.idNumber);
            if (!check.valid)
                return invalid(tr("The reporter's ID number is not valid: %1").arg(check.reason));
        }
        if (p.idNumber.isEmpty() && p.phone.trimmed().isEmpty())
            return invalid(tr("A real-name report needs the reporter's ID number or phone, to be answered."));
    }
    return {};
}

Status ReportRegistrar::injected(Step step) const
{
    if (m_failAt == step)
        return Error { QStringLiteral("injected failure"), ErrorCode::Io };
    return {};
}

Status ReportRegistrar::stageFiles(const QString& reportId, const QList<RegistrationFile>& files, RegisteredDraft& out)
{
    for (const RegistrationFile& file : files) {
        const QString name = file.path.isEmpty() ? file.fileName : QFileInfo(file.path).fileName();
        auto stored = file.path.isEmpty() ? m_attachments.attachData(reportId, file.data, file.fileName, file.kind)
                                          : m_attachments.attachFile(reportId, file.path, file.kind);
        if (stored)
            out.files << *stored;
        const Status s = stored ? injected(Step::Files) : Status(stored.failure());
        if (!s)
            return Error { tr("%1 could not be stored, so the report was not registered: %2").arg(name, s.error()),
                           ErrorCode::Io };
    }
    return {};
}

Status ReportRegistrar::stageRepeats(const Registration& r, RegisteredDraft& out)
{
    if (!r.checkRepeats)
        return {};
    // Read inside the transaction: the new report, its persons and its fingerprint are
    // visible to this connection before they are committed.
    auto proposals = m_repeats.check(out.id, r.repeatLimit);
    if (!proposals)
        return proposals.failure();
    out.proposals = *proposals;
    if (Status s = injected(Step::Repeats); !s)
        return s;
    if (out.proposals.isEmpty())
        return {};
    return m_writer.apply(RepeatDetector::proposalEvent(out.id, out.proposals, m_writer.author()));
}

void ReportRegistrar::undo(const RegisteredDraft& partial)
{
    for (const StoredAttachment& file : partial.files)
        if (file.newFile)
            m_attachments.discard(file.sha256);
    // A repeat check inside the rolled-back transaction read its fingerprint into memory.
    m_duplicates.forgetUncommitted();
}

void ReportRegistrar::discard(const RegisteredDraft& registered)
{
    undo(registered);
}

Result<RegisteredDraft> ReportRegistrar::registerReport(const Registration& r)
{
    if (Status s = problems(r.draft); !s)
        return s.failure();
    RegisteredDraft out;
    std::optional<FollowUpCodes::Prepared> code;
    if (r.followUpCode) {
        auto prepared = FollowUpCodes::prepare();
        if (!prepared)
            return prepared.failure();
        code = *prepared;
    }
    Status written;
    {
        auto batch = m_writer.begin();
        if (!batch)
            return batch.failure();
        written = [&]() -> Status {
            auto staged = m_reports.stageNew(**batch, r.draft, r.reporterRoles);
            if (!staged)
                return staged.failure();
            out.id = staged->id;
            out.regNo = staged->regNo;
            out.reporterId = staged->reporterId;
            if (code) {
                if (Status s = (*batch)->stage(code->rowFor(out.id)); !s)
                    return s;
                out.followUpCode = code->code;
            }
            if (Status s = injected(Step::Report); !s)
                return s;
            if (Status s = stageFiles(out.id, r.files, out); !s)
                return s;
            stallPoint("before-repeats");
            if (Status s = stageRepeats(r, out); !s)
                return s;
            stallPoint("before-commit");
            return (*batch)->commit();
        }();
    } // rolled back here unless committed
    if (!written) {
        undo(out);
        return written.failure();
    }
    qCDebug(lcCases) << "registered a report via" << r.draft.channel << "with" << out.files.size() << "file(s),"
                     << out.proposals.size() << "repeat proposal(s)";
    return out;
}

} // namespace qf
