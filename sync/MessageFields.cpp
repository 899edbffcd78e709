#include "sync/MessageFields.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace qf::sync::detail {

namespace {

bool isWhole(const QJsonValue& v, qint64 min, qint64 max)
{
    const qint64 n = v.toInteger(0);
    return v.isDouble() && !(n == 0 && v.toDouble() != 0.0) && n >= min && n <= max;
}

} // namespace

FieldCheck::FieldCheck(QString where)
    : m_where(std::move(where))
{
}

QString FieldCheck::name(const char* key) const
{
    return m_where.isEmpty() ? QString::fromLatin1(key) : m_where + QLatin1Char('.') + QLatin1String(key);
}

void FieldCheck::fail(const Error& error)
{
    if (!m_error)
        m_error = error;
}

void FieldCheck::fail(const QString& message)
{
    fail(Error { message, ErrorCode::Invalid });
}

void FieldCheck::missing(const QString& field)
{
    fail(tr("The field %1 is missing.").arg(field));
}

void FieldCheck::notText(const QString& field)
{
    fail(tr("The field %1 must be text.").arg(field));
}

void FieldCheck::tooLong(const QString& field, int max)
{
    fail(tr("The field %1 is longer than %2 characters.").arg(field).arg(max));
}

void FieldCheck::notInRange(const QString& field, qint64 min, qint64 max)
{
    fail(tr("The field %1 must be a whole number from %2 to %3.").arg(field).arg(min).arg(max));
}

void FieldCheck::notBool(const QString& field)
{
    fail(tr("The field %1 must be true or false.").arg(field));
}

void FieldCheck::notObject(const QString& field)
{
    fail(tr("The field %1 must be an object.").arg(field));
}

void FieldCheck::notList(const QString& field)
{
    fail(tr("The field %1 must be a list.").arg(field));
}

void FieldCheck::tooMany(const QString& field, int max)
{
    fail(tr("The field %1 has more than %2 entries.").arg(field).arg(max));
}

void FieldCheck::notBase64(const QString& field)
{
    fail(tr("The field %1 is not base64.").arg(field));
}

MessageFields::MessageFields(QJsonObject o, const QString& where)
    : FieldCheck(where)
    , m_o(std::move(o))
{
}

QJsonValue MessageFields::value(const char* key, Need need)
{
    QJsonValue v = m_o.value(QLatin1String(key));
    if (v.isNull())
        v = QJsonValue(QJsonValue::Undefined);
    if (v.isUndefined() && need == Need::Required)
        missing(name(key));
    return v;
}

bool MessageFields::has(const char* key) const
{
    const QJsonValue v = m_o.value(QLatin1String(key));
    return !v.isUndefined() && !v.isNull();
}

QString MessageFields::text(const char* key, Need need, int maxLength)
{
    const QJsonValue v = value(key, need);
    if (v.isUndefined())
        return {};
    if (!v.isString()) {
        notText(name(key));
        return {};
    }
    QString s = v.toString();
    if (s.size() > maxLength)
        tooLong(name(key), maxLength);
    return s;
}

qint64 MessageFields::integer(const char* key, qint64 min, qint64 max, Need need)
{
    const QJsonValue v = value(key, need);
    if (v.isUndefined())
        return 0;
    if (!isWhole(v, min, max)) {
        notInRange(name(key), min, max);
        return 0;
    }
    return v.toInteger();
}

bool MessageFields::boolean(const char* key)
{
    const QJsonValue v = value(key, Need::Required);
    if (v.isUndefined())
        return false;
    if (!v.isBool())
        notBool(name(key));
    return v.toBool();
}

QJsonObject MessageFields::object(const char* key, Need need, int maxEntries)
{
    const QJsonValue v = value(key, need);
    if (v.isUndefined())
        return {};
    if (!v.isObject()) {
        notObject(name(key));
        return {};
    }
    QJsonObject o = v.toObject();
    if (o.size() > maxEntries)
        tooMany(name(key), maxEntries);
    return o;
}

QJsonObject MessageFields::clocks(const char* key, Need need)
{
    const QJsonObject o = object(key, need);
    for (auto it = o.begin(); it != o.end() && ok(); ++it)
        if (!isWhole(it.value(), 0, kMaxInt))
            notInRange(name(key) + QLatin1Char('.') + it.key(), 0, kMaxInt);
    return o;
}

QJsonArray MessageFields::list(const char* key, int maxEntries)
{
    const QJsonValue v = value(key, Need::Required);
    if (v.isUndefined())
        return {};
    if (!v.isArray()) {
        notList(name(key));
        return {};
    }
    const QJsonArray a = v.toArray();
    if (a.size() > maxEntries) {
        tooMany(name(key), maxEntries);
        return {};
    }
    return a;
}

QByteArray MessageFields::base64(const char* key)
{
    const QString s = text(key, Need::Optional, 1024);
    auto decoded = QByteArray::fromBase64Encoding(s.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        notBase64(name(key));
        return {};
    }
    return *decoded;
}

QueryFields::QueryFields(const QUrlQuery& q)
    : FieldCheck(QString())
    , m_q(q)
{
}

qint64 QueryFields::integer(const char* key, qint64 min, qint64 max)
{
    if (!m_q.hasQueryItem(QLatin1String(key))) {
        missing(name(key));
        return 0;
    }
    bool isNumber = false;
    const qint64 n = m_q.queryItemValue(QLatin1String(key)).toLongLong(&isNumber);
    if (!isNumber || n < min || n > max) {
        notInRange(name(key), min, max);
        return 0;
    }
    return n;
}

QString QueryFields::optionalText(const char* key, int maxLength)
{
    const QString s = m_q.queryItemValue(QLatin1String(key));
    if (s.size() > maxLength)
        tooLong(name(key), maxLength);
    return s;
}

Result<QJsonObject> FieldCheck::objectFrom(const QByteArray& body)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (doc.isNull())
        return Error { tr("The message is not valid JSON: %1").arg(error.errorString()), ErrorCode::Invalid };
    if (!doc.isObject())
        return Error { tr("The message is not a JSON object."), ErrorCode::Invalid };
    return doc.object();
}

void appendJsonString(QByteArray& out, const QString& s)
{
    bool plain = true;
    for (QChar c : s) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e || c == QLatin1Char('"') || c == QLatin1Char('\\')) {
            plain = false;
            break;
        }
    }
    if (plain) {
        out += '"';
        out += s.toLatin1();
        out += '"';
        return;
    }
    const QByteArray a = QJsonDocument(QJsonArray { s }).toJson(QJsonDocument::Compact);
    out += a.mid(1, a.size() - 2);
}

} // namespace qf::sync::detail
