#include "models/DocumentNumbers.h"

#include "models/Database.h"
#include "models/RegistrationNumbers.h"
#include "models/SqlError.h"

#include <QSqlError>
#include <QSqlQuery>

namespace qf {

DocumentNumbers::DocumentNumbers(Database& db)
    : m_db(db)
{
}

QString DocumentNumbers::format(const QString& prefix, int year, const QString& tag, qint64 n)
{
    return QStringLiteral("%1〔%2〕%3-%4号").arg(prefix).arg(year).arg(tag).arg(n);
}

Result<QString> DocumentNumbers::next(const QString& prefix, int year)
{
    const QString series = prefix.trimmed();
    if (series.isEmpty())
        return QString();
    if (Status s = RegistrationNumbers::checkYear(year); !s)
        return s.failure();
    RegistrationNumbers reg(m_db);
    auto tag = reg.deviceTag();
    if (!tag)
        return Error { tag.error() };
    const QString key = QStringLiteral("doc|%1|%2|%3").arg(series).arg(year).arg(*tag);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO reg_counters (prefix, next) VALUES (?, 2) ON CONFLICT(prefix) "
                             "DO UPDATE SET next = next + 1 RETURNING next - 1"));
    q.addBindValue(key);
    if (!q.exec() || !q.next())
        return Error { tr("Cannot take a document number: %1").arg(SqlError::text(q.lastError())) };
    return format(series, year, *tag, q.value(0).toLongLong());
}

} // namespace qf
