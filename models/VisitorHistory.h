#pragma once

#include "models/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QStringList>

namespace qf {

class AuditLog;
class IdentityVault;
class PersonStore;
class Writer;

// One earlier contact of a person with the office.
struct HistoryEntry
{
    QDateTime at;
    QString kind;    // visit, or the report's channel: letter, phone, online ...
    QString regNo;   // the report's registration number, if any
    QString status;  // the report's state, or the visit's outcome
    QString summary; // 何事 of the report, cut short; empty for restricted reports
    bool restricted = false;
    QString reportId; // the report of a visit (its receipt can be printed again)
};

// What the desk shows about a visitor: found through the blind index of the ID number,
// nobody else's identity decrypted.
struct VisitorHistory
{
    QStringList personIds;
    bool keyPetitioner = false;
    bool hasKeyFile = false;
    int visits = 0, calls = 0, reports = 0;
    QList<HistoryEntry> entries; // newest first

    bool known() const { return !personIds.isEmpty(); }
};

class VisitorHistoryLookup
{
    Q_DECLARE_TR_FUNCTIONS(qf::VisitorHistoryLookup)

public:
    VisitorHistoryLookup(Writer& writer, PersonStore& persons, const IdentityVault& vault, AuditLog& audit);

    Result<VisitorHistory> byIdNumber(const QString& idNumber, int limit = 50) const;
    Result<VisitorHistory> byPersons(const QStringList& personIds, int limit = 50) const;

    // The key petitioner's file (一人一档), opened for the purpose given and audited.
    Result<QString> keyFile(const QString& personId, const QString& purpose);

private:
    Writer& m_writer;
    PersonStore& m_persons;
    const IdentityVault& m_vault;
    AuditLog& m_audit;
};

} // namespace qf
