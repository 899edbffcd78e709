#pragma once

#include "models/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

class QSqlQuery;

namespace qf {

class Database;

// Human-readable registration numbers (编号) such as "2026-K7Q-000123": the year of
// registration, the device tag and a running number per (year, device tag). Two devices
// never share a tag, so numbers stay unique across devices even when they register
// offline; the running number lives in reg_counters and is taken inside the caller's
// transaction, so a rolled-back registration gives its number back.
//
// The device tag is three Crockford base-32 characters (no I, L, O, U), derived from the
// device id on first use and kept in meta 'device_tag'; a sync server may assign another
// one with setDeviceTag().
class RegistrationNumbers
{
    Q_DECLARE_TR_FUNCTIONS(qf::RegistrationNumbers)

public:
    explicit RegistrationNumbers(Database& db);
    ~RegistrationNumbers();
    RegistrationNumbers(const RegistrationNumbers&) = delete;
    RegistrationNumbers& operator=(const RegistrationNumbers&) = delete;

    // The tag of this device, derived and saved when there is none yet.
    Result<QString> deviceTag();
    // A tag assigned from elsewhere (sync server); numbers already given keep theirs.
    Status setDeviceTag(const QString& tag);

    // The next number for the given year (1900-9999). Call inside the transaction that
    // stores the report.
    Result<QString> next(int year);
    // The next value of a named counter (reg_counters), 1 first: for other numbered series of
    // this device (the 文号 of issued documents). Joins the open transaction like next().
    Result<qint64> take(const QString& counter);

    // For bulk registration inside one write transaction (BEGIN IMMEDIATE, so no other
    // connection can take numbers meanwhile): numbers are counted in memory and written
    // back by flush(), which must run before the transaction commits. After a rollback
    // call discard() instead.
    void beginBulk();
    Status flush();
    void discard();

    static QString tagFromDeviceId(const QString& deviceId);
    static bool isValidTag(const QString& tag);
    // "YYYY-TTT-NNNNNN" (the running number may grow past six digits).
    static bool isWellFormed(const QString& number);
    // Whether a report received in this year can have a number (1900-9999); the reason when not.
    static Status checkYear(int year);

private:
    Database& m_db;
    QString m_tag;
    QSqlQuery* m_next = nullptr;
    bool m_bulk = false;
    QHash<QString, qint64> m_cache; // prefix -> next number, while in bulk
};

} // namespace qf
