#include "models/Representatives.h"

#include "models/IdNumber.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace qf {

QString Representatives::encode(const QList<Representative>& list)
{
    QJsonArray a;
    for (const Representative& r : list) {
        if (r.name.trimmed().isEmpty() && r.idNumber.trimmed().isEmpty())
            continue;
        a.append(QJsonObject { { QStringLiteral("name"), r.name.trimmed() },
                               { QStringLiteral("id_number"), IdNumber::normalize(r.idNumber) } });
    }
    return a.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

QList<Representative> Representatives::decode(const QString& stored)
{
    QList<Representative> out;
    const QString text = stored.trimmed();
    if (text.isEmpty())
        return out;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error == QJsonParseError::NoError && doc.isArray()) {
        for (const QJsonValue& v : doc.array()) {
            const QJsonObject o = v.toObject();
            out << Representative { o.value(QStringLiteral("name")).toString(), o.value(QStringLiteral("id_number")).toString() };
        }
        return out;
    }
    // Written as one line before: the names it lists.
    static const QRegularExpression separators(QStringLiteral("[、,，;；\\s]+"));
    for (const QString& name : text.split(separators, Qt::SkipEmptyParts))
        out << Representative { name, {} };
    return out;
}

Status Representatives::check(const QList<Representative>& list, int headCount)
{
    QList<Representative> given;
    for (const Representative& r : list)
        if (!r.name.trimmed().isEmpty() || !r.idNumber.trimmed().isEmpty())
            given << r;
    if (given.size() > kMax)
        return Error { tr("A group visit chooses at most %1 representatives; %2 are entered.").arg(kMax).arg(given.size()),
                       ErrorCode::Invalid };
    if (given.size() > headCount)
        return Error { tr("There are more representatives (%1) than people in the group (%2).").arg(given.size()).arg(headCount),
                       ErrorCode::Invalid };
    QSet<QString> seen;
    for (int i = 0; i < given.size(); ++i) {
        const Representative& r = given[i];
        if (r.name.trimmed().isEmpty())
            return Error { tr("Representative %1 has an ID number but no name.").arg(i + 1), ErrorCode::Invalid };
        if (r.idNumber.trimmed().isEmpty())
            continue; // the name alone: the number can be added when the card is shown
        const IdNumberCheck c = IdNumber::check(r.idNumber);
        if (!c.valid)
            return Error { tr("The ID number of representative %1 (%2) is not valid: %3").arg(i + 1).arg(r.name.trimmed(), c.reason),
                           ErrorCode::Invalid };
        if (seen.contains(c.normalized))
            return Error { tr("The ID number of representative %1 (%2) is entered twice.").arg(i + 1).arg(r.name.trimmed()),
                           ErrorCode::Invalid };
        seen.insert(c.normalized);
    }
    return {};
}

QString Representatives::summary(const QList<Representative>& list)
{
    QStringList parts;
    for (const Representative& r : list) {
        if (r.name.trimmed().isEmpty())
            continue;
        const QString n = IdNumber::normalize(r.idNumber);
        parts << (n.size() > 4 ? QStringLiteral("%1（…%2）").arg(r.name.trimmed(), n.right(4)) : r.name.trimmed());
    }
    return parts.join(QStringLiteral("、"));
}

} // namespace qf
