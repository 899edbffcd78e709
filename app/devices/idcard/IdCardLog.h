#pragma once

#include <QLoggingCategory>

// The ID-card module's log. Frame sizes and status codes only, never card contents.
Q_DECLARE_LOGGING_CATEGORY(lcIdCard)
