#include "programs/qingfeng-syncd/SyncdConfig.h"

#include <QFile>
#include <QTextStream>

namespace qf {

Status SyncdConfig::read(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return Error { QStringLiteral("cannot read %1: %2").arg(path, file.errorString()), ErrorCode::Io };
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
        else
            return Error { QStringLiteral("%1:%2: unknown key '%3'").arg(path).arg(number).arg(key), ErrorCode::Invalid };
    }
    return {};
}

} // namespace qf
