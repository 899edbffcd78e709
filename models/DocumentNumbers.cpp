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

namespace {

// A 文号 series on this device: the office's prefix, the device's tag and the counter they
// number from ("doc|prefix|year|tag"). An empty prefix: the office numbers no documents.
struct Series
{
    QString prefix;
    QString tag;
    QString counter;
};

Result<Series> seriesOf(Database& db, const QString& prefix, int year)
{
    Series s { prefix.trimmed(), {}, {} };
    if (s.prefix.isEmpty())
        return s;
    if (Status st = RegistrationNumbers::checkYear(year); !st)
        return st.failure();
    auto tag = RegistrationNumbers(db).deviceTag();
    if (!tag)
        return Error { tag.error() };
    s.tag = *tag;
    s.counter = QStringLiteral("doc|%1|%2|%3").arg(s.prefix).arg(year).arg(s.tag);
    return s;
}

} // namespace

Result<QString> DocumentNumbers::next(const QString& prefix, int year)
{
    auto series = seriesOf(m_db, prefix, year);
    if (!series)
        return series.failure();
    if (series->counter.isEmpty())
        return QString();
    auto n = RegistrationNumbers(m_db).take(series->counter);
    if (!n)
        return n.failure();
    return format(series->prefix, year, series->tag, *n);
}

Result<QString> DocumentNumbers::peek(const QString& prefix, int year)
{
    auto series = seriesOf(m_db, prefix, year);
    if (!series)
        return series.failure();
    if (series->counter.isEmpty())
        return QString();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT next FROM reg_counters WHERE prefix = ?"));
    q.addBindValue(series->counter);
    if (!q.exec())
        return Error { tr("Cannot read the document number counter: %1").arg(SqlError::text(q.lastError())) };
    const qint64 n = q.next() ? q.value(0).toLongLong() : 1;
    return format(series->prefix, year, series->tag, n);
}

} // namespace qf
