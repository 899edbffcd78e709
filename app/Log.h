#pragma once

#include <QLoggingCategory>

// The logging categories of qingfeng_services, named qingfeng.<library>.<area>; each is defined once, in
// Log.cpp beside this file. Nothing logged may name a person or quote a report.
Q_DECLARE_LOGGING_CATEGORY(lcAudio)
Q_DECLARE_LOGGING_CATEGORY(lcDemo)
Q_DECLARE_LOGGING_CATEGORY(lcCamera)
Q_DECLARE_LOGGING_CATEGORY(lcIdCard)
Q_DECLARE_LOGGING_CATEGORY(lcKeychain)
Q_DECLARE_LOGGING_CATEGORY(lcScanner)
Q_DECLARE_LOGGING_CATEGORY(lcOcr)
Q_DECLARE_LOGGING_CATEGORY(lcPhone)
