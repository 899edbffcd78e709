#pragma once

#include "models/Result.h"
#include "sync/SyncMessages.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QUrlQuery>

#include <limits>
#include <optional>

// How the sync messages (SyncMessages.h) read themselves: the fields of a JSON object or a
// URL query, each checked for its presence, type and size; the first thing wrong is kept
// as an ErrorCode::Invalid error naming the field ("mutations[3].table"). Internal to sync/.
namespace qf::sync::detail {

constexpr qint64 kMaxInt = std::numeric_limits<qint64>::max();

enum class Need { Required, Optional };

class FieldCheck
{
    Q_DECLARE_TR_FUNCTIONS(qf::sync::detail::FieldCheck)

public:
    explicit FieldCheck(QString where);

    bool ok() const { return !m_error; }
    Error failure() const { return *m_error; }
    // A field's full name: "where.key".
    QString name(const char* key) const;
    void fail(const Error& error);
    // A body's JSON object.
    static Result<QJsonObject> objectFrom(const QByteArray& body);

protected:
    void fail(const QString& message);
    void missing(const QString& field);
    void notText(const QString& field);
    void tooLong(const QString& field, int max);
    void notInRange(const QString& field, qint64 min, qint64 max);
    void notBool(const QString& field);
    void notObject(const QString& field);
    void notList(const QString& field);
    void tooMany(const QString& field, int max);
    void notBase64(const QString& field);

private:
    QString m_where;
    std::optional<Error> m_error;
};

// The fields of one JSON object. A null counts as missing.
class MessageFields : public FieldCheck
{
public:
    MessageFields(QJsonObject o, const QString& where);

    bool has(const char* key) const;
    QString text(const char* key, Need need = Need::Required, int maxLength = kMaxName);
    qint64 integer(const char* key, qint64 min = 0, qint64 max = kMaxInt, Need need = Need::Required);
    bool boolean(const char* key);
    QJsonObject object(const char* key, Need need = Need::Required, int maxEntries = kMaxFields);
    // An object whose every value is a clock (a whole number, not negative).
    QJsonObject clocks(const char* key, Need need);
    // Optional bytes as base64 text.
    QByteArray base64(const char* key);

    // The objects of a list, each read by read(object, "key[i]").
    template <typename T, typename Read>
    QList<T> objects(const char* key, int maxEntries, Read read)
    {
        QList<T> out;
        const QJsonArray a = list(key, maxEntries);
        out.reserve(a.size());
        for (qsizetype i = 0; i < a.size() && ok(); ++i) {
            const QString at = name(key) + QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
            if (!a.at(i).isObject()) {
                notObject(at);
                break;
            }
            auto item = read(a.at(i).toObject(), at);
            if (!item) {
                fail(item.failure());
                break;
            }
            out << std::move(*item);
        }
        return out;
    }

private:
    QJsonValue value(const char* key, Need need);
    QJsonArray list(const char* key, int maxEntries);

    QJsonObject m_o;
};

// The parameters of a URL's query.
class QueryFields : public FieldCheck
{
public:
    explicit QueryFields(const QUrlQuery& q);

    qint64 integer(const char* key, qint64 min, qint64 max);
    QString optionalText(const char* key, int maxLength);

private:
    const QUrlQuery& m_q;
};

template <typename T>
Result<T> checked(const FieldCheck& f, T value)
{
    if (!f.ok())
        return f.failure();
    return value;
}

// A JSON string as QJsonDocument writes it, appended to out.
void appendJsonString(QByteArray& out, const QString& s);

} // namespace qf::sync::detail
