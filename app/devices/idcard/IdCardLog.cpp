#include "IdCardLog.h"

// Quiet unless asked for (QT_LOGGING_RULES="qingfeng.devices.idcard.debug=true").
Q_LOGGING_CATEGORY(lcIdCard, "qingfeng.devices.idcard", QtWarningMsg)
