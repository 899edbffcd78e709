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
    auto n = reg.take(QStringLiteral("doc|%1|%2|%3").arg(series).arg(year).arg(*tag));
    if (!n)
        return n.failure();
    return format(series, year, *tag, *n);
}

Result<QString> DocumentNumbers::peek(const QString& prefix, int year)
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
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT next FROM reg_counters WHERE prefix = ?"));
    q.addBindValue(QStringLiteral("doc|%1|%2|%3").arg(series).arg(year).arg(*tag));
    if (!q.exec())
        return Error { tr("Cannot read the document number counter: %1").arg(SqlError::text(q.lastError())) };
    const qint64 n = q.next() ? q.value(0).toLongLong() : 1;
    return format(series, year, *tag, n);
}

} // namespace qf
