#include "tests/bench/FleetParts.h"

#include <QDir>
#include <QFile>
#include <QProcess>

#include <algorithm>
#include <cmath>
#include <memory>
#include <unistd.h>
#include <vector>

namespace qf::bench {

QList<Office> countyOffices(int clients)
{
    const int offices = std::clamp(clients / 2, 1, 27);
    const int townships = offices == 1 ? 0 : int(std::lround(20.0 * (offices - 1) / 26.0));
    const int units = offices - 1 - townships;
    QList<Office> list;
    list.append({ QStringLiteral("QH-JW"), QStringLiteral("青河县纪委监委"), 28, {} });
    for (int i = 1; i <= townships; ++i)
        list.append({ QStringLiteral("QH-T%1").arg(i, 2, 10, QLatin1Char('0')), QStringLiteral("青河县第%1乡镇纪委").arg(i), 3, {} });
    for (int i = 1; i <= units; ++i)
        list.append({ QStringLiteral("QH-PZ%1").arg(i, 2, 10, QLatin1Char('0')), QStringLiteral("县纪委监委派驻第%1纪检监察组").arg(i), 2, {} });
    // At least two workstations each, the rest by weight (largest remainder).
    QList<int> counts(list.size(), std::min(2, clients / int(list.size())));
    int left = clients;
    for (int c : counts)
        left -= c;
    int weights = 0;
    for (const Office& o : list)
        weights += o.weight;
    QList<std::pair<double, int>> remainders;
    int given = 0;
    for (int i = 0; i < list.size(); ++i) {
        const double share = double(left) * list[i].weight / weights;
        counts[i] += int(share);
        given += int(share);
        remainders.append({ share - int(share), i });
    }
    std::sort(remainders.begin(), remainders.end(), std::greater<>());
    for (int i = 0; i < left - given; ++i)
        ++counts[remainders[i % remainders.size()].second];
    int next = 0;
    for (int i = 0; i < list.size(); ++i)
        for (int k = 0; k < counts[i]; ++k)
            list[i].members.append(next++);
    return list;
}

QString roleFor(int slot)
{
    if (slot == 0)
        return QStringLiteral("registry_clerk");
    if (slot == 1)
        return QStringLiteral("supervisor");
    static const char* rest[] = { "case_officer", "registry_clerk", "case_officer", "receptionist" };
    return QString::fromLatin1(rest[(slot - 2) % 4]);
}

double cpuSeconds(qint64 pid, bool children)
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray text = f.readAll();
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    // fields[0] is the state (field 3); utime is field 14, stime 15, cutime 16, cstime 17.
    double ticks = fields.value(11).toDouble() + fields.value(12).toDouble();
    if (children)
        ticks += fields.value(13).toDouble() + fields.value(14).toDouble();
    return ticks / double(sysconf(_SC_CLK_TCK));
}

qint64 parentOf(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray text = f.readAll();
    return text.mid(text.lastIndexOf(')') + 2).split(' ').value(1).toLongLong();
}

double postgresCpu(qint64 postmaster)
{
    double total = cpuSeconds(postmaster, true);
    for (const QString& name : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
        bool ok = false;
        const qint64 pid = name.toLongLong(&ok);
        if (ok && parentOf(pid) == postmaster)
            total += cpuSeconds(pid);
    }
    return total;
}

double loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? f.readAll().split(' ').value(0).toDouble() : -1;
}

double peakRssMb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : f.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return -1;
}

void runAdmin(QList<Admin>& jobs, int parallel)
{
    const QString bin = QStringLiteral(QF_BIN_DIR) + QStringLiteral("/qingfeng-syncd");
    std::vector<std::unique_ptr<QProcess>> running { size_t(parallel) };
    std::vector<int> job(size_t(parallel), -1);
    int next = 0;
    int done = 0;
    while (done < jobs.size()) {
        for (int k = 0; k < parallel; ++k) {
            if (job[size_t(k)] < 0 && next < jobs.size()) {
                running[size_t(k)] = std::make_unique<QProcess>();
                running[size_t(k)]->start(bin, QStringList { QStringLiteral("admin") } + jobs[next].args);
                job[size_t(k)] = next++;
            }
            if (job[size_t(k)] >= 0 && running[size_t(k)]->waitForFinished(20)) {
                Admin& a = jobs[job[size_t(k)]];
                a.exitCode = running[size_t(k)]->exitStatus() == QProcess::NormalExit ? running[size_t(k)]->exitCode() : -1;
                a.out = running[size_t(k)]->readAllStandardOutput();
                a.err = running[size_t(k)]->readAllStandardError();
                job[size_t(k)] = -1;
                ++done;
            }
        }
    }
}

} // namespace qf::bench
