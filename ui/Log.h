#pragma once

#include <QLoggingCategory>

// The logging categories of qingfeng_ui, named qingfeng.<library>.<area>; each is defined once, in
// Log.cpp beside this file. Nothing logged may name a person or quote a report.
Q_DECLARE_LOGGING_CATEGORY(lcUi)
Q_DECLARE_LOGGING_CATEGORY(lcDemoJob)
Q_DECLARE_LOGGING_CATEGORY(lcImportUi)
Q_DECLARE_LOGGING_CATEGORY(lcDesk)
Q_DECLARE_LOGGING_CATEGORY(lcLanguage)
