#include "IdCardLog.h"

Q_LOGGING_CATEGORY(lcIdCard, "qingfeng.devices.idcard")
