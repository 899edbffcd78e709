#pragma once

#include <QLoggingCategory>

// The logging category of case work ("qingfeng.cases"). Never log identities or content.
Q_DECLARE_LOGGING_CATEGORY(lcCases)
