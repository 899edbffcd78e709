#include "models/AnalysisTopics.h"

#include "models/Database.h"
#include "models/SqlError.h"
#include "models/Uuid7.h"
#include "models/Writer.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace qf {

namespace {

QString jsonList(const QStringList& values)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(values)).toJson(QJsonDocument::Compact));
}

QStringList listFrom(const QString& json)
{
    QStringList out;
    for (const QJsonValue& v : QJsonDocument::fromJson(json.toUtf8()).array())
        if (const QString s = v.toString().trimmed(); !s.isEmpty() && !out.contains(s))
            out << s;
    return out;
}

QStringList cleaned(const QStringList& values)
{
    QStringList out;
    for (const QString& v : values)
        if (const QString s = v.trimmed(); !s.isEmpty() && !out.contains(s))
            out << s;
    return out;
}

} // namespace

AnalysisQuery AnalysisTopic::applyTo(AnalysisQuery query) const
{
    query.topicName = name;
    query.categoryIds = categoryIds;
    query.keywords = keywords.trimmed();
    query.regions = regions;
    query.units = units;
    return query;
}

QStringList describeTopic(const AnalysisQuery& query, const std::function<QString(const QString&)>& categoryName)
{
    QStringList parts;
    if (!query.topicName.isEmpty())
        parts << AnalysisTopics::tr("topic \"%1\"").arg(query.topicName);
    for (const QString& c : query.categoryIds)
        parts << AnalysisTopics::tr("category %1 and below").arg(categoryName ? categoryName(c) : c);
    if (!query.keywords.trimmed().isEmpty())
        parts << AnalysisTopics::tr("the text contains \"%1\"").arg(query.keywords.trimmed());
    if (!query.regions.isEmpty())
        parts << AnalysisTopics::tr("region %1").arg(query.regions.join(QStringLiteral("、")));
    if (!query.units.isEmpty())
        parts << AnalysisTopics::tr("reported unit %1").arg(query.units.join(QStringLiteral("、")));
    return parts;
}

AnalysisTopics::AnalysisTopics(Writer& writer)
    : m_writer(writer)
{
}

Result<QList<AnalysisTopic>> AnalysisTopics::list() const
{
    QSqlQuery q(m_writer.database().connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, name, category_ids, keywords, regions, units, period_from, period_to, created_by "
                               "FROM analysis_topics WHERE deleted = 0 ORDER BY name, id")))
        return Error { tr("The topics could not be read: %1").arg(SqlError::text(q.lastError())), ErrorCode::Io };
    QList<AnalysisTopic> out;
    while (q.next()) {
        AnalysisTopic t;
        t.id = q.value(0).toString();
        t.name = q.value(1).toString();
        t.categoryIds = listFrom(q.value(2).toString());
        t.keywords = q.value(3).toString();
        t.regions = listFrom(q.value(4).toString());
        t.units = listFrom(q.value(5).toString());
        t.from = QDate::fromString(q.value(6).toString(), Qt::ISODate);
        t.to = QDate::fromString(q.value(7).toString(), Qt::ISODate);
        t.createdBy = q.value(8).toString();
        out << t;
    }
    return out;
}

Result<AnalysisTopic> AnalysisTopics::find(const QString& idOrName) const
{
    auto all = list();
    if (!all)
        return Error { all.error() };
    for (const AnalysisTopic& t : std::as_const(*all))
        if (t.id == idOrName || t.name == idOrName.trimmed())
            return t;
    return Error { tr("There is no topic \"%1\".").arg(idOrName), ErrorCode::NotFound };
}

Result<QString> AnalysisTopics::save(const AnalysisTopic& topic)
{
    AnalysisTopic t = topic;
    t.name = t.name.simplified();
    t.keywords = t.keywords.simplified();
    t.categoryIds = cleaned(t.categoryIds);
    t.regions = cleaned(t.regions);
    t.units = cleaned(t.units);
    if (t.name.isEmpty())
        return Error { tr("A topic needs a name."), ErrorCode::Invalid };
    if (t.name.size() > 80)
        return Error { tr("A topic's name has at most 80 characters."), ErrorCode::Invalid };
    if (!t.restricts())
        return Error { tr("A topic names at least one category, region or unit, or words its reports contain."), ErrorCode::Invalid };
    if (t.from.isValid() != t.to.isValid() || (t.from.isValid() && t.from > t.to))
        return Error { tr("A topic's period needs a first day that is not after its last."), ErrorCode::Invalid };
    auto all = list();
    if (!all)
        return Error { all.error() };
    for (const AnalysisTopic& other : std::as_const(*all))
        if (other.name == t.name && other.id != t.id)
            return Error { tr("The office already has a topic named \"%1\".").arg(t.name), ErrorCode::Invalid };
    QVariantMap fields { { QStringLiteral("name"), t.name },
                         { QStringLiteral("category_ids"), jsonList(t.categoryIds) },
                         { QStringLiteral("keywords"), t.keywords },
                         { QStringLiteral("regions"), jsonList(t.regions) },
                         { QStringLiteral("units"), jsonList(t.units) },
                         { QStringLiteral("period_from"), t.from.isValid() ? QVariant(t.from.toString(Qt::ISODate)) : QVariant() },
                         { QStringLiteral("period_to"), t.to.isValid() ? QVariant(t.to.toString(Qt::ISODate)) : QVariant() } };
    if (t.id.isEmpty()) {
        t.id = Uuid7::generate();
        fields.insert(QStringLiteral("created_by"), m_writer.author());
        fields.insert(QStringLiteral("created_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        if (Status s = m_writer.apply(Change::insert(QStringLiteral("analysis_topics"), t.id, fields)); !s)
            return Error { s.error() };
    } else if (Status s = m_writer.apply(Change::update(QStringLiteral("analysis_topics"), t.id, fields)); !s) {
        return Error { s.error() };
    }
    return t.id;
}

Status AnalysisTopics::remove(const QString& id)
{
    return m_writer.apply(Change::remove(QStringLiteral("analysis_topics"), id));
}

} // namespace qf
