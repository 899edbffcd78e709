#include "CaseLog.h"

Q_LOGGING_CATEGORY(lcCases, "qingfeng.cases")
