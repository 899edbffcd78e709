#pragma once

#include "models/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace qf {

class Writer;

// 管辖库: an office handles reports on this unit / region / rank (each empty: any).
struct JurisdictionRow
{
    QString id;
    QString orgId;
    QString orgName; // filled by the list
    QString unit;
    QString region;
    QStringList ranks;
    QString note;
};

// 回避库: an officer may not handle reports on this unit, or on this person.
struct RecusalRow
{
    QString id;
    QString userId;
    QString userName; // filled by the list
    QString unit;
    QString subjectName;
    QString reason;
};

// 能力库: an officer of an office, the areas they know (category codes) and their load.
struct CapabilityRow
{
    QString id;
    QString userId;
    QString userName; // filled by the list
    QString orgId;
    QString orgName;  // filled by the list
    QStringList areas;
    int baseLoad = 0;  // cases carried that are not in this database
    int maxLoad = 20;
};

// An office or an officer to choose from.
struct NamedRef
{
    QString id;
    QString name;
    QString detail; // an officer's office
};

// The three dispatch tables (synced): list, add, change and retire rows, each through the
// Writer, with the checks the dispatch proposal relies on.
class DispatchTables
{
    Q_DECLARE_TR_FUNCTIONS(qf::DispatchTables)

public:
    explicit DispatchTables(Writer& writer);

    Result<QList<JurisdictionRow>> jurisdictions() const;
    Result<QString> save(const JurisdictionRow& row); // inserts when the id is empty; returns the id
    Result<QList<RecusalRow>> recusals() const;
    Result<QString> save(const RecusalRow& row);
    Result<QList<CapabilityRow>> capabilities() const;
    Result<QString> save(const CapabilityRow& row);
    // Retires a row of "jurisdictions", "recusals" or "capabilities".
    Status remove(const QString& table, const QString& id);

    // What the editors choose from: the live offices and officers, by name.
    Result<QList<NamedRef>> offices() const;
    Result<QList<NamedRef>> officers() const;

    // "a, b，c" -> [a, b, c]
    static QStringList splitList(const QString& text);

private:
    Result<QString> write(const QString& table, const QString& id, const QVariantMap& fields);
    Status requireLive(const QString& table, const QString& id, const QString& message) const;

    Writer& m_writer;
};

} // namespace qf
