#pragma once

#include <QLoggingCategory>

// The logging categories of qingfeng_server, named qingfeng.<library>.<area>; each is defined once, in
// Log.cpp beside this file. Nothing logged may name a person or quote a report.
Q_DECLARE_LOGGING_CATEGORY(lcSyncd)
Q_DECLARE_LOGGING_CATEGORY(lcStatusd)
