#include "models/FollowUpCodes.h"

#include "models/AuditLog.h"
#include "models/Database.h"
#include "models/Uuid7.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace qf {

namespace {

const QString kTable = QStringLiteral("followup_codes");

} // namespace

FollowUpCodes::FollowUpCodes(Writer& writer, AuditLog& audit)
    : m_writer(writer)
    , m_audit(audit)
{
}

Result<FollowUpCodes::Prepared> FollowUpCodes::prepare()
{
    Prepared p;
    p.code = FollowUpCode::generate();
    auto hashed = FollowUpCode::hash(p.code);
    if (!hashed)
        return hashed.failure();
    p.hash = *hashed;
    return p;
}

Change FollowUpCodes::Prepared::rowFor(const QString& reportId, const QDateTime& at) const
{
    const QDateTime when = at.isValid() ? at : QDateTime::currentDateTime();
    return Change::insert(kTable, Uuid7::generate(),
                          { { QStringLiteral("report_id"), reportId },
                            { QStringLiteral("lookup"), FollowUpCode::lookupKey(code) },
                            { QStringLiteral("code_hash"), hash },
                            { QStringLiteral("issued_at"), when.toOffsetFromUtc(when.offsetFromUtc()).toString(Qt::ISODate) } });
}

Result<QString> FollowUpCodes::reissue(const QString& reportId)
{
    QSqlQuery q(m_writer.database().connection());
    q.prepare(QStringLiteral("SELECT (SELECT count(*) FROM reports WHERE id = ? AND deleted = 0), "
                             "(SELECT group_concat(id, ' ') FROM followup_codes WHERE report_id = ? AND deleted = 0)"));
    q.addBindValue(reportId);
    q.addBindValue(reportId);
    if (!q.exec() || !q.next())
        return Error { tr("Cannot read the report's follow-up code: %1").arg(q.lastError().text()) };
    if (q.value(0).toInt() == 0)
        return Error { tr("There is no report %1.").arg(reportId), ErrorCode::NotFound };
    const QStringList old = q.value(1).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    q.finish(); // no snapshot held into the write below
    auto prepared = prepare();
    if (!prepared)
        return prepared.failure();
    QList<Change> changes;
    for (const QString& id : old)
        changes << Change::remove(kTable, id);
    changes << prepared->rowFor(reportId);
    if (Status s = m_writer.apply(changes); !s)
        return s.failure();
    m_audit.record(QStringLiteral("followup_code_reissued"), QStringLiteral("reports"), reportId);
    return prepared->code;
}

Result<std::optional<FollowUpStatus>> FollowUpCodes::status(const QString& typedCode) const
{
    const auto code = FollowUpCode::normalise(typedCode);
    if (!code)
        return Error { tr("A follow-up code has 16 digits; please check the code."), ErrorCode::Invalid };
    QSqlQuery q(m_writer.database().connection());
    q.prepare(QStringLiteral("SELECT f.code_hash, r.status, r.referred_to FROM followup_codes f "
                             "JOIN reports r ON r.id = f.report_id AND r.deleted = 0 "
                             "WHERE f.lookup = ? AND f.deleted = 0"));
    q.addBindValue(FollowUpCode::lookupKey(*code));
    if (!q.exec())
        return Error { tr("Cannot look the code up: %1").arg(q.lastError().text()) };
    while (q.next()) {
        if (!FollowUpCode::matches(q.value(0).toString(), *code))
            continue;
        const auto state = stateFromName(q.value(1).toString());
        return std::optional<FollowUpStatus>(
            FollowUpStages::forState(state.value_or(CaseState::Registered), q.value(2).toString()));
    }
    return std::optional<FollowUpStatus>();
}

} // namespace qf
