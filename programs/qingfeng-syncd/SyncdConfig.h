#pragma once

#include "models/Result.h"

#include <QString>

namespace qf {

// The service's settings: from /etc/qingfeng/syncd.conf (--config FILE) and the command line,
// which wins. The file holds "key = value" lines (dsn, listen, tls-cert, tls-key); '#' starts
// a comment. An empty dsn means "not configured yet".
struct SyncdConfig
{
    QString dsn;
    QString listen = QStringLiteral("127.0.0.1:8080");
    QString tlsCert;
    QString tlsKey;

    // Reads FILE over the current values; unknown keys are refused with their line number.
    Status read(const QString& path);
};

} // namespace qf
