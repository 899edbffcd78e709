#pragma once

#include "models/Analysis.h"
#include "models/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace qf {

class Writer;

// A topic analysis (专题分析) the office keeps: which reports it counts. Each list is "any
// of"; the lists together and the words are "all of". Empty means no restriction.
struct AnalysisTopic
{
    QString id;
    QString name;
    QStringList categoryIds; // categories.id, each with those below it
    QString keywords;        // full-text search of the reports' text, as the case list's search box
    QStringList regions;     // reports.region
    QStringList units;       // a reported person of any of these units
    QDate from, to;          // the period it is usually read for; invalid: the workspace's own
    QString createdBy;

    bool restricts() const { return !categoryIds.isEmpty() || !keywords.trimmed().isEmpty() || !regions.isEmpty() || !units.isEmpty(); }
    // The query restricted to this topic (period and scope stay the query's).
    AnalysisQuery applyTo(AnalysisQuery query) const;
};

// What a query's topic restrictions are, for people: its name, each category (named by
// `categoryName`) with those below it, its words, its regions and its units. Said the same in
// the workspace and in the documents.
QStringList describeTopic(const AnalysisQuery& query, const std::function<QString(const QString&)>& categoryName);

// The office's topics (table analysis_topics), written through the store's one write path and
// so shared with the office's other workstations by sync.
class AnalysisTopics
{
    Q_DECLARE_TR_FUNCTIONS(qf::AnalysisTopics)

public:
    explicit AnalysisTopics(Writer& writer);

    // Every topic, by name.
    Result<QList<AnalysisTopic>> list() const;
    // The topic with this id, or the one of this name.
    Result<AnalysisTopic> find(const QString& idOrName) const;
    // Saves a new topic (empty id: the id is returned) or the changes to one. The name is
    // required and unique in the office; a topic restricts by at least one of its lists or words.
    Result<QString> save(const AnalysisTopic& topic);
    Status remove(const QString& id);

private:
    Writer& m_writer;
};

} // namespace qf
