#include "models/ReportRegistrar.h"

#include "models/DuplicateIndex.h"
#include "models/IdNumber.h"
#include "models/Log.h"
#include "models/RegistrationNumbers.h"
#include "models/ReportStore.h"
#include "models/SqlTransaction.h"
#include "models/Writer.h"

#include <QFileInfo>

namespace qf {

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

Status ReportRegistrar::problems(const ReportDraft& d)
{
    auto invalid = [](const QString& message) { return Status(Error { message, ErrorCode::Invalid }); };
    if (!ReportStore::isValidChannel(d.channel))
        return invalid(tr("'%1' is not a channel of intake (letter, visit, phone, online, forwarded, handed_over).")
                           .arg(d.channel));
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
            if (Status s = injected(Step::Report); !s)
                return s;
            if (Status s = stageFiles(out.id, r.files, out); !s)
                return s;
            if (Status s = stageRepeats(r, out); !s)
                return s;
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
