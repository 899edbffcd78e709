#pragma once

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

// Small JSON and SQL-parameter helpers shared by the parts of the sync service.
namespace qf::server::detail {

inline QByteArray compact(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

inline QByteArray compact(const QJsonArray& a)
{
    return QJsonDocument(a).toJson(QJsonDocument::Compact);
}

// One JSON value as text (as conflict records keep the two values).
inline QString valueText(const QJsonValue& v)
{
    const QByteArray a = compact(QJsonArray { v });
    return QString::fromUtf8(a.mid(1, a.size() - 2));
}

// A PostgreSQL text[] literal. Only ids and table names (checked with isWord) go in here.
inline QString textArray(const QStringList& items)
{
    QString s = QStringLiteral("{");
    for (int i = 0; i < items.size(); ++i) {
        if (i)
            s += QLatin1Char(',');
        s += QLatin1Char('"') + items[i] + QLatin1Char('"');
    }
    return s + QLatin1Char('}');
}

// A PostgreSQL array literal of any texts (JSON documents, messages): each element quoted,
// with the quotes and backslashes in it escaped as the array syntax asks.
inline QString quotedArray(const QStringList& items)
{
    QString s = QStringLiteral("{");
    for (int i = 0; i < items.size(); ++i) {
        if (i)
            s += QLatin1Char(',');
        s += QLatin1Char('"');
        for (const QChar c : items[i]) {
            if (c == QLatin1Char('"') || c == QLatin1Char('\\'))
                s += QLatin1Char('\\');
            s += c;
        }
        s += QLatin1Char('"');
    }
    return s + QLatin1Char('}');
}

// PostgreSQL bigint[] and boolean[] literals.
inline QString numberArray(const QList<qint64>& items)
{
    QString s = QStringLiteral("{");
    for (int i = 0; i < items.size(); ++i) {
        if (i)
            s += QLatin1Char(',');
        s += QString::number(items[i]);
    }
    return s + QLatin1Char('}');
}

inline QString boolArray(const QList<bool>& items)
{
    QString s = QStringLiteral("{");
    for (int i = 0; i < items.size(); ++i) {
        if (i)
            s += QLatin1Char(',');
        s += items[i] ? QLatin1Char('t') : QLatin1Char('f');
    }
    return s + QLatin1Char('}');
}

inline bool isWord(const QString& s)
{
    // Anchored at both ends: a pattern's "$" also matches before a final newline ("m1\n").
    static const QRegularExpression re(QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z0-9_.:-]{1,80}")));
    return re.match(s).hasMatch();
}

} // namespace qf::server::detail
