#include "programs/qingfeng-syncd/SyncdConfig.h"

#include <QFile>
#include <QHash>
#include <QTextStream>

#include <functional>

namespace qf {

Status SyncdConfig::read(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return Error { QStringLiteral("cannot read %1: %2").arg(path, file.errorString()), ErrorCode::Io };
    struct Limit
    {
        qint64 min;
        qint64 max;
        std::function<void(qint64)> set;
    };
    const QHash<QString, Limit> limits = {
        { QStringLiteral("max-request-bytes"), { 1024, qint64(1) << 30, [this](qint64 n) { front.maxRequestBytes = n; } } },
        { QStringLiteral("max-connections"), { 1, 100000, [this](qint64 n) { front.maxConnections = int(n); } } },
        { QStringLiteral("header-timeout-seconds"), { 1, 3600, [this](qint64 n) { front.headerTimeoutMs = int(n * 1000); } } },
        { QStringLiteral("body-timeout-seconds"), { 1, 86400, [this](qint64 n) { front.bodyTimeoutMs = int(n * 1000); } } },
        { QStringLiteral("idle-timeout-seconds"), { 1, 86400, [this](qint64 n) { front.idleTimeoutMs = int(n * 1000); } } },
        { QStringLiteral("max-field-chars"), { 100, 1 << 30, [this](qint64 n) { content.maxFieldChars = int(n); } } },
        { QStringLiteral("max-report-content-chars"), { 100, 1 << 30, [this](qint64 n) { content.maxReportContentChars = int(n); } } },
        { QStringLiteral("max-change-chars"), { 100, 1 << 30, [this](qint64 n) { content.maxMutationChars = int(n); } } },
    };
    QTextStream in(&file);
    int number = 0;
    while (!in.atEnd()) {
        ++number;
        const QString line = in.readLine().trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const qsizetype equals = line.indexOf(QLatin1Char('='));
        if (equals < 0)
            return Error { QStringLiteral("%1:%2: expected key = value").arg(path).arg(number), ErrorCode::Invalid };
        const QString key = line.left(equals).trimmed();
        const QString value = line.mid(equals + 1).trimmed();
        if (key == QLatin1String("dsn"))
            dsn = value;
        else if (key == QLatin1String("listen"))
            listen = value.isEmpty() ? listen : value;
        else if (key == QLatin1String("tls-cert"))
            tlsCert = value;
        else if (key == QLatin1String("tls-key"))
            tlsKey = value;
        else if (const auto limit = limits.constFind(key); limit != limits.constEnd()) {
            bool ok = false;
            const qint64 n = value.toLongLong(&ok);
            if (!ok || n < limit->min || n > limit->max)
                return Error { QStringLiteral("%1:%2: %3 must be a whole number from %4 to %5")
                                   .arg(path)
                                   .arg(number)
                                   .arg(key)
                                   .arg(limit->min)
                                   .arg(limit->max),
                               ErrorCode::Invalid };
            limit->set(n);
        } else
            return Error { QStringLiteral("%1:%2: unknown key '%3'").arg(path).arg(number).arg(key), ErrorCode::Invalid };
    }
    return {};
}

} // namespace qf
