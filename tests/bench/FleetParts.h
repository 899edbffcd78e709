#pragma once

// The parts of the fleet benchmark that are not the workstations: the county's offices and
// their workstation counts, CPU and memory read from /proc, and `qingfeng-syncd admin` run a
// few commands at a time.
#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace qf::bench {

struct Office
{
    QString code;
    QString name;
    int weight = 1;
    QList<int> members; // workstation indexes
};

// One county office, townships and resident units for `clients` workstations, weighted
// 28 : 3 : 2, at least two workstations each.
QList<Office> countyOffices(int clients);
// The role of the office's n-th workstation: a registry clerk first (its key becomes the
// office's), a supervisor, then case officers, clerks and a receptionist.
QString roleFor(int slot);

// CPU seconds a process has used (utime + stime; with its reaped children's when asked).
double cpuSeconds(qint64 pid, bool children = false);
// The parent process of `pid` (0 when it is gone).
qint64 parentOf(qint64 pid);
// PostgreSQL's CPU: the postmaster, its live backends and the ones that ended.
double postgresCpu(qint64 postmaster);
double loadAverage();
double peakRssMb();

struct Admin
{
    QStringList args;
    QByteArray out;
    QByteArray err;
    int exitCode = -1;
};

// Runs `qingfeng-syncd admin ...` commands, `parallel` at a time.
void runAdmin(QList<Admin>& jobs, int parallel);

} // namespace qf::bench
