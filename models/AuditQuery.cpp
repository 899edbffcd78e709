#include "models/AuditQuery.h"

#include "models/Role.h"
#include "models/Session.h"
#include "models/SqlError.h"

#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTime>

namespace qf {

namespace {

// The log keeps times as ISO 8601 UTC text with milliseconds, so a day's bounds compare as text.
QString bound(const QDate& day)
{
    return QDateTime(day, QTime(0, 0)).toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

QString AuditFilter::describe() const
{
    QStringList parts;
    if (!user.isEmpty())
        parts << QStringLiteral("user=") + user;
    if (!report.isEmpty())
        parts << QStringLiteral("report=") + report;
    if (!action.isEmpty())
        parts << QStringLiteral("action=") + action;
    if (from.isValid())
        parts << QStringLiteral("from=") + from.toString(Qt::ISODate);
    if (to.isValid())
        parts << QStringLiteral("to=") + to.toString(Qt::ISODate);
    return parts.join(QLatin1Char(' '));
}

AuditQuery::AuditQuery(Session& session)
    : m_session(session)
{
}

Status AuditQuery::mayRead() const
{
    if (!Role::may(m_session.profile().role(), Capability::ReadAudit))
        return Error { tr("Only administrators and supervisors may read the audit log."), ErrorCode::Refused };
    return {};
}

Result<QList<AuditEntry>> AuditQuery::list(const AuditFilter& f) const
{
    if (Status s = mayRead(); !s)
        return s.failure();
    QString sql = QStringLiteral("SELECT a.seq, a.at, a.user_id, u.login, u.name, a.action, a.target_table, a.target_id, "
                                 "a.detail, r.reg_no, tu.name FROM audit_log a LEFT JOIN users u ON u.id = a.user_id "
                                 "LEFT JOIN reports r ON a.target_table = 'reports' AND r.id = a.target_id "
                                 "LEFT JOIN users tu ON a.target_table IN ('accounts', 'users') AND tu.id = a.target_id "
                                 "WHERE 1 = 1");
    QVariantList values;
    if (!f.user.isEmpty()) {
        sql += QStringLiteral(" AND (a.user_id = ? OR a.user_id IN (SELECT id FROM users WHERE login = ?))");
        values << f.user << f.user;
    }
    if (!f.report.isEmpty()) {
        // The report's own entries and the views of its reporter's identity.
        sql += QStringLiteral(
            " AND (a.target_id IN (SELECT id FROM reports WHERE id = ? OR reg_no = ?) OR (a.target_table = 'persons' "
            "AND a.target_id IN (SELECT reporter_id FROM reports WHERE (id = ? OR reg_no = ?) AND reporter_id IS NOT NULL)))");
        values << f.report << f.report << f.report << f.report;
    }
    if (!f.action.isEmpty()) {
        sql += QStringLiteral(" AND a.action = ?");
        values << f.action;
    }
    if (f.from.isValid()) {
        sql += QStringLiteral(" AND a.at >= ?");
        values << bound(f.from);
    }
    if (f.to.isValid()) {
        sql += QStringLiteral(" AND a.at < ?");
        values << bound(f.to.addDays(1));
    }
    sql += QStringLiteral(" ORDER BY a.seq");
    QSqlQuery q(m_session.database().connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec())
        return Error { tr("Cannot read the audit log: %1").arg(SqlError::text(q.lastError())) };
    QList<AuditEntry> entries;
    while (q.next()) {
        AuditEntry e;
        e.seq = q.value(0).toLongLong();
        e.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs).toUTC();
        e.userId = q.value(2).toString();
        e.userLogin = q.value(3).toString();
        e.userName = q.value(4).toString();
        e.action = q.value(5).toString();
        e.targetTable = q.value(6).toString();
        e.targetId = q.value(7).toString();
        e.detail = q.value(8).toString();
        e.targetRegNo = q.value(9).toString();
        e.targetName = q.value(10).toString();
        entries << e;
    }
    return entries;
}

Result<QStringList> AuditQuery::actions() const
{
    if (Status s = mayRead(); !s)
        return s.failure();
    QSqlQuery q(m_session.database().connection());
    if (!q.exec(QStringLiteral("SELECT DISTINCT action FROM audit_log ORDER BY action")))
        return Error { tr("Cannot read the audit log: %1").arg(SqlError::text(q.lastError())) };
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

Status AuditQuery::recordExport(const AuditFilter& filter, const QString& file, qsizetype entries)
{
    const QString what = QStringLiteral("%1 entries to %2%3")
                             .arg(entries)
                             .arg(QFileInfo(file).fileName(), filter.describe().isEmpty() ? QString()
                                                                                          : QStringLiteral("; ") + filter.describe());
    return m_session.audit().record(ExportAction, QStringLiteral("audit_log"), QString(), what);
}

Status AuditQuery::recordView(const AuditFilter& filter, const QString& where)
{
    if (Status s = mayRead(); !s)
        return s;
    QStringList parts { where, filter.describe() };
    parts.removeAll(QString());
    const QString what = parts.join(QStringLiteral("; "));
    return m_session.audit().record(ViewAction, QStringLiteral("audit_log"), QString(), what);
}

QString AuditEntry::targetText() const
{
    const QString id = !targetRegNo.isEmpty() ? targetRegNo : !targetName.isEmpty() ? targetName : targetId;
    if (targetTable.isEmpty())
        return id;
    return id.isEmpty() ? AuditQuery::tableName(targetTable) : AuditQuery::tableName(targetTable) + QLatin1Char(' ') + id;
}

QString AuditEntry::detailText() const
{
    if (action == QLatin1String("account.create")) {
        const qsizetype space = detail.lastIndexOf(QLatin1Char(' '));
        if (space > 0 && Role::isKnown(detail.mid(space + 1)))
            return QStringLiteral("%1（%2）").arg(detail.left(space), Role::name(detail.mid(space + 1)));
    }
    if (action == QLatin1String("account.role")) {
        const QStringList roles = detail.split(QStringLiteral(" -> "));
        if (roles.size() == 2)
            return Role::name(roles[0]) + QStringLiteral(" → ") + Role::name(roles[1]);
    }
    if (action == QLatin1String("signin.refused")) {
        if (detail == QLatin1String("disabled"))
            return AuditQuery::tr("account disabled");
        if (detail == QLatin1String("locked"))
            return AuditQuery::tr("account locked");
    }
    return detail;
}

QString AuditQuery::tableName(const QString& table)
{
    static const QHash<QString, const char*> names {
        { QStringLiteral("persons"), QT_TR_NOOP("Person") },
        { QStringLiteral("reports"), QT_TR_NOOP("Report") },
        { QStringLiteral("users"), QT_TR_NOOP("User") },
        { QStringLiteral("visits"), QT_TR_NOOP("Visit") },
        { QStringLiteral("audit_log"), QT_TR_NOOP("Audit log") },
        { QStringLiteral("accounts"), QT_TR_NOOP("Account") },
    };
    const auto it = names.constFind(table);
    return it == names.constEnd() ? table : tr(it.value());
}

QString AuditQuery::actionName(const QString& action)
{
    static const QHash<QString, const char*> names {
        { QStringLiteral("identity.view"), QT_TR_NOOP("Identity viewed") },
        { QStringLiteral("key_file.view"), QT_TR_NOOP("Key visitor file viewed") },
        { QStringLiteral("profile.create"), QT_TR_NOOP("Profile created") },
        { QStringLiteral("followup_code_reissued"), QT_TR_NOOP("Follow-up code reissued") },
        { QStringLiteral("audit.export"), QT_TR_NOOP("Audit log exported") },
        { QStringLiteral("audit.view"), QT_TR_NOOP("Audit log viewed") },
        { QStringLiteral("account.create"), QT_TR_NOOP("Account created") },
        { QStringLiteral("account.custodian"), QT_TR_NOOP("Named custodian") },
        { QStringLiteral("account.not_custodian"), QT_TR_NOOP("No longer custodian") },
        { QStringLiteral("account.disable"), QT_TR_NOOP("Account disabled") },
        { QStringLiteral("account.enable"), QT_TR_NOOP("Account enabled") },
        { QStringLiteral("account.enrol"), QT_TR_NOOP("Account enrolled from the central store") },
        { QStringLiteral("account.password"), QT_TR_NOOP("Password changed") },
        { QStringLiteral("account.reset_password"), QT_TR_NOOP("Password reset") },
        { QStringLiteral("account.role"), QT_TR_NOOP("Role changed") },
        { QStringLiteral("signin"), QT_TR_NOOP("Signed in") },
        { QStringLiteral("signin.failed"), QT_TR_NOOP("Sign-in failed") },
        { QStringLiteral("signin.locked"), QT_TR_NOOP("Account locked after failed sign-ins") },
        { QStringLiteral("signin.refused"), QT_TR_NOOP("Sign-in refused") },
        { QStringLiteral("signout"), QT_TR_NOOP("Signed out") },
        { QStringLiteral("lock"), QT_TR_NOOP("Screen locked") },
        { QStringLiteral("release.request"), QT_TR_NOOP("Identity release requested") },
        { QStringLiteral("release.approve"), QT_TR_NOOP("Identity release approved") },
        { QStringLiteral("release.refuse"), QT_TR_NOOP("Identity release refused") },
        { QStringLiteral("release.view"), QT_TR_NOOP("Released identity viewed") },
        { QStringLiteral("report.urge"), QT_TR_NOOP("Report urged") },
    };
    const auto it = names.constFind(action);
    return it == names.constEnd() ? action : tr(it.value());
}

} // namespace qf
