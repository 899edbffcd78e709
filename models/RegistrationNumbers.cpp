#include "models/RegistrationNumbers.h"
#include "models/SqlError.h"

#include "models/Database.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <cstring>

namespace qf {

namespace {

constexpr char kCrockford[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

const QString& tagKey()
{
    static const QString key = QStringLiteral("device_tag");
    return key;
}

} // namespace

RegistrationNumbers::RegistrationNumbers(Database& db)
    : m_db(db)
{
}

RegistrationNumbers::~RegistrationNumbers()
{
    delete m_next;
}

QString RegistrationNumbers::tagFromDeviceId(const QString& deviceId)
{
    const QByteArray digest = QCryptographicHash::hash(deviceId.toUtf8(), QCryptographicHash::Sha256);
    const quint32 bits = (quint32(quint8(digest[0])) << 16) | (quint32(quint8(digest[1])) << 8) | quint8(digest[2]);
    QString tag;
    for (int shift = 10; shift >= 0; shift -= 5)
        tag += QLatin1Char(kCrockford[(bits >> shift) & 31]);
    return tag;
}

bool RegistrationNumbers::isValidTag(const QString& tag)
{
    if (tag.size() != 3)
        return false;
    for (QChar c : tag) {
        const char ch = c.toLatin1();
        if (c.unicode() > 127 || ch == 0 || !std::strchr(kCrockford, ch))
            return false;
    }
    return true;
}

bool RegistrationNumbers::isWellFormed(const QString& number)
{
    static const QRegularExpression re(
        QStringLiteral("^[12][0-9]{3}-[0-9ABCDEFGHJKMNPQRSTVWXYZ]{3}-[0-9]{6,}$"));
    return re.match(number).hasMatch();
}

Result<QString> RegistrationNumbers::deviceTag()
{
    if (!m_tag.isEmpty())
        return m_tag;
    QString tag = m_db.meta(tagKey());
    if (tag.isEmpty()) {
        const QString deviceId = m_db.deviceId();
        if (deviceId.isEmpty())
            return Error { tr("This database has no device id, so registration numbers cannot be given.") };
        tag = tagFromDeviceId(deviceId);
        if (Status s = m_db.setMeta(tagKey(), tag); !s)
            return Error { s.error() };
    } else if (!isValidTag(tag)) {
        return Error { tr("The device tag '%1' saved in this database is not valid.").arg(tag) };
    }
    m_tag = tag;
    return m_tag;
}

Status RegistrationNumbers::setDeviceTag(const QString& tag)
{
    const QString upper = tag.trimmed().toUpper();
    if (!isValidTag(upper))
        return Error { tr("'%1' is not a device tag: it needs three characters from 0-9 and A-Z without I, L, O "
                          "and U.")
                           .arg(tag) };
    if (Status s = m_db.setMeta(tagKey(), upper); !s)
        return s;
    m_tag = upper;
    return {};
}

Status RegistrationNumbers::checkYear(int year)
{
    if (year < 1900 || year > 9999)
        return Error { tr("%1 is not a year for a registration number.").arg(year), ErrorCode::Invalid };
    return {};
}

Result<QString> RegistrationNumbers::next(int year)
{
    if (Status s = checkYear(year); !s)
        return s.failure();
    auto tag = deviceTag();
    if (!tag)
        return Error { tag.error() };
    const QString prefix = QString::number(year) + QLatin1Char('-') + *tag;
    qint64 n = 0;
    if (m_bulk) {
        auto it = m_cache.find(prefix);
        if (it == m_cache.end()) {
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral("SELECT next FROM reg_counters WHERE prefix = ?"));
            q.addBindValue(prefix);
            if (!q.exec())
                return Error { tr("Cannot read the registration counter: %1").arg(SqlError::text(q.lastError())) };
            it = m_cache.insert(prefix, q.next() ? q.value(0).toLongLong() : 1);
        }
        n = (*it)++;
    } else {
        auto taken = take(prefix);
        if (!taken)
            return taken.failure();
        n = *taken;
    }
    return QString(prefix + QLatin1Char('-') + QStringLiteral("%1").arg(n, 6, 10, QLatin1Char('0')));
}

Result<qint64> RegistrationNumbers::take(const QString& counter)
{
    if (!m_next) {
        // One statement takes the number and advances the counter; it joins whatever
        // transaction is open, so a rollback gives the number back.
        m_next = new QSqlQuery(m_db.connection());
        if (!m_next->prepare(QStringLiteral("INSERT INTO reg_counters (prefix, next) VALUES (?, 2) ON CONFLICT(prefix) "
                                            "DO UPDATE SET next = next + 1 RETURNING next - 1"))) {
            const QString error = SqlError::text(m_next->lastError());
            delete m_next;
            m_next = nullptr;
            return Error { tr("Cannot prepare the registration counter: %1").arg(error) };
        }
    }
    m_next->addBindValue(counter);
    if (!m_next->exec() || !m_next->next())
        return Error { tr("Cannot take a registration number: %1").arg(SqlError::text(m_next->lastError())) };
    const qint64 n = m_next->value(0).toLongLong();
    m_next->finish();
    return n;
}

void RegistrationNumbers::beginBulk()
{
    m_bulk = true;
    m_cache.clear();
}

Status RegistrationNumbers::flush()
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO reg_counters (prefix, next) VALUES (?, ?) "
                             "ON CONFLICT(prefix) DO UPDATE SET next = excluded.next"));
    for (auto it = m_cache.cbegin(); it != m_cache.cend(); ++it) {
        q.addBindValue(it.key());
        q.addBindValue(it.value());
        if (!q.exec())
            return Error { tr("Cannot save the registration counter: %1").arg(SqlError::text(q.lastError())) };
    }
    m_cache.clear();
    m_bulk = false;
    return {};
}

void RegistrationNumbers::discard()
{
    m_cache.clear();
    m_bulk = false;
}

} // namespace qf
