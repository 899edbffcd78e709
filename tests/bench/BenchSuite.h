#pragma once

#include <QString>
#include <QTextStream>

#include <vector>

namespace qf::bench {

// What a suite gets: the size asked for, a scratch folder that is removed afterwards, and
// where to put results (stdout, "name: value" lines only) and progress (stderr).
class BenchContext
{
public:
    BenchContext(qint64 reports, QString scratchDir, QTextStream& out, QTextStream& log)
        : m_reports(reports)
        , m_scratch(std::move(scratchDir))
        , m_out(out)
        , m_log(log)
    {
    }

    // The --reports value, or the suite's own default when none was given.
    qint64 reports(qint64 suiteDefault) const { return m_reports > 0 ? m_reports : suiteDefault; }
    // The --persons value (checkin suite), or the suite's default.
    qint64 persons(qint64 suiteDefault) const { return m_persons > 0 ? m_persons : suiteDefault; }
    void setPersons(qint64 persons) { m_persons = persons; }
    // The --clients and --minutes values (fleet suite), or the suite's defaults.
    qint64 clients(qint64 suiteDefault) const { return m_clients > 0 ? m_clients : suiteDefault; }
    void setClients(qint64 clients) { m_clients = clients; }
    double minutes(double suiteDefault) const { return m_minutes > 0 ? m_minutes : suiteDefault; }
    void setMinutes(double minutes) { m_minutes = minutes; }
    // The --db value: a demo database kept between runs (see BenchData.h), or empty.
    const QString& database() const { return m_database; }
    void setDatabase(const QString& path) { m_database = path; }
    QString path(const QString& name) const { return m_scratch + QLatin1Char('/') + name; }

    void result(const QString& name, double value, int decimals = 0)
    {
        m_out << name << ": " << QString::number(value, 'f', decimals) << Qt::endl;
    }
    QTextStream& log() { return m_log; }

private:
    qint64 m_reports;
    qint64 m_persons = 0;
    qint64 m_clients = 0;
    double m_minutes = 0;
    QString m_database;
    QString m_scratch;
    QTextStream& m_out;
    QTextStream& m_log;
};

// One suite: a function that measures and reports; returns 0 on success.
struct BenchSuite
{
    const char* name;
    const char* summary;
    bool quick; // run when no suite is named
    int (*run)(BenchContext&);
};

// The table of suites (BenchSuites.cpp): to add one, write <Name>Suite.cpp with its run
// function and add a line to the table.
const std::vector<BenchSuite>& benchSuites();

} // namespace qf::bench
