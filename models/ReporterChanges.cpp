#include "models/ReporterChanges.h"

#include "models/Role.h"
#include "models/Log.h"
#include "models/Database.h"
#include "models/IdNumber.h"
#include "models/ReportStore.h"
#include "models/Uuid7.h"
#include "models/Writer.h"

#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>

namespace qf {

namespace {

const QString Reports = QStringLiteral("reports");

} // namespace

ReporterChanges::ReporterChanges(ReportStore& reports, PersonStore& persons)
    : m_reports(reports)
    , m_persons(persons)
{
}

Status ReporterChanges::checkIdentity(PersonIdentity& p)
{
    p.name = p.name.trimmed();
    p.idNumber = IdNumber::normalize(p.idNumber);
    p.phone = p.phone.trimmed();
    if (p.name.isEmpty())
        return Error { tr("A real-name report needs the reporter's name.") };
    if (Status s = PersonStore::problems(p); !s)
        return s;
    if (!p.idNumber.isEmpty()) {
        const IdNumberCheck check = IdNumber::check(p.idNumber);
        if (!check.valid)
            return Error { tr("The reporter's ID number is not valid: %1").arg(check.reason) };
        p.idNumber = check.normalized;
    }
    if (p.idNumber.isEmpty() && p.phone.isEmpty())
        return Error { tr("A real-name report needs the reporter's ID number or phone, to be answered.") };
    return {};
}

Status ReporterChanges::allowed(const Report& report, const Actor& actor) const
{
    if (!Role::may(actor.role, Capability::ChangeReporter) || !m_reports.writer().require(Capability::ChangeReporter, QString()))
        return Error { tr("Only a registry clerk, a supervisor or an administrator may change the reporter of a "
                          "report.") };
    if (!ReportStore::canView(actor.role, report))
        return Error { tr("This report is restricted to supervisors, meeting chairs and administrators.") };
    return {};
}

Result<ReporterChange> ReporterChanges::setRealName(const QString& reportId, PersonIdentity identity,
                                                    const Actor& actor)
{
    auto report = m_reports.get(reportId);
    if (!report)
        return Error { report.error() };
    if (Status s = allowed(*report, actor); !s)
        return Error { s.error() };
    if (Status s = checkIdentity(identity); !s)
        return Error { s.error() };
    // Only the identity the clerk typed counts; nothing else of a card is invented here.
    const PersonIdentity typed { identity.name, identity.idNumber, identity.phone, {}, {}, {} };

    QStringList onFile;
    if (!typed.idNumber.isEmpty()) {
        auto found = m_persons.findByIdNumber(typed.idNumber);
        if (!found)
            return Error { found.error() };
        onFile = *found;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const bool linked = report->realName() && !report->reporterId.isEmpty();
    ReporterChange out;
    QList<Change> changes;
    QJsonObject payload;
    QString kind;

    if (linked && (onFile.isEmpty() || onFile.contains(report->reporterId))) {
        // A correction of the linked person (seen by every report and visit of that person).
        auto differing = m_persons.differingFields(report->reporterId, typed);
        if (!differing)
            return Error { differing.error() };
        out.personId = report->reporterId;
        if (differing->isEmpty())
            return out;
        changes << m_persons.correctionChange(report->reporterId, typed);
        kind = QStringLiteral("reporter_changed");
        payload.insert(QStringLiteral("fields"), QJsonArray::fromStringList(*differing));
    } else {
        if (!onFile.isEmpty()) {
            // Known at the desk or from an earlier report: linked as on file, as the desk does.
            out.personId = onFile.first();
            out.existingPerson = true;
            changes << Change::update(QStringLiteral("persons"), out.personId, { { QStringLiteral("is_reporter"), 1 } });
        } else {
            out.personId = Uuid7::generate();
            changes << m_persons.insertChanges(out.personId, typed, PersonRoles { .reporter = true });
        }
        changes << Change::update(Reports, report->id,
                                  { { QStringLiteral("anonymous"), 0 }, { QStringLiteral("reporter_id"), out.personId } });
        if (linked) {
            kind = QStringLiteral("reporter_changed");
            payload.insert(QStringLiteral("relinked"), true);
        } else {
            kind = QStringLiteral("anonymity_changed");
            payload.insert(QStringLiteral("real_name"), true);
            payload.insert(QStringLiteral("existing_person"), out.existingPerson);
        }
    }
    changes << ReportStore::eventChange(report->id, kind, payload, now, actor.userId);
    if (Status s = m_reports.writer().apply(changes); !s)
        return Error { s.error() };
    out.changed = true;
    qCDebug(lcCases) << "reporter of a report changed:" << kind; // never the identity
    return out;
}

Status ReporterChanges::setAnonymous(const QString& reportId, const Actor& actor)
{
    auto report = m_reports.get(reportId);
    if (!report)
        return Error { report.error() };
    if (Status s = allowed(*report, actor); !s)
        return s;
    if (report->anonymous && report->reporterId.isEmpty())
        return {};
    // The person is only unlinked, never deleted (see the class comment).
    const QList<Change> changes {
        Change::update(Reports, report->id, { { QStringLiteral("anonymous"), 1 }, { QStringLiteral("reporter_id"), QVariant() } }),
        ReportStore::eventChange(report->id, QStringLiteral("anonymity_changed"), { { QStringLiteral("real_name"), false } },
                                 QDateTime::currentDateTimeUtc(), actor.userId),
    };
    if (Status s = m_reports.writer().apply(changes); !s)
        return s;
    qCDebug(lcCases) << "a report was made anonymous";
    return {};
}

} // namespace qf
