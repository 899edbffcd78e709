#pragma once

#include <QLoggingCategory>

// The logging categories of qingfeng_core, named qingfeng.<library>.<area>; each is defined once, in
// Log.cpp beside this file. Nothing logged may name a person or quote a report.
Q_DECLARE_LOGGING_CATEGORY(lcStore)
Q_DECLARE_LOGGING_CATEGORY(lcCases)
Q_DECLARE_LOGGING_CATEGORY(lcSearch)
Q_DECLARE_LOGGING_CATEGORY(lcRules)
Q_DECLARE_LOGGING_CATEGORY(lcCaseList)
Q_DECLARE_LOGGING_CATEGORY(lcMeeting)
Q_DECLARE_LOGGING_CATEGORY(lcProfile)
