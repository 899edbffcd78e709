#pragma once

#include "models/Result.h"
#include "server/HttpFront.h"
#include "server/RowSchema.h"

#include <QString>

namespace qf {

// The service's settings: from /etc/qingfeng/syncd.conf (--config FILE) and the command line,
// which wins. The file holds "key = value" lines; '#' starts a comment. An empty dsn means
// "not configured yet". Keys: dsn, listen, tls-cert, tls-key, and the limits (defaults in
// server/HttpFront.h and server/RowSchema.h): max-request-bytes, max-connections,
// header-timeout-seconds, body-timeout-seconds, idle-timeout-seconds, max-field-chars,
// max-report-content-chars, max-change-chars.
struct SyncdConfig
{
    QString dsn;
    QString listen = QStringLiteral("127.0.0.1:8080");
    QString tlsCert;
    QString tlsKey;
    server::FrontLimits front;
    server::ContentLimits content;

    // Reads FILE over the current values; unknown keys are refused with their line number.
    Status read(const QString& path);
};

} // namespace qf
