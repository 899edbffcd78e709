#include "models/Log.h"

Q_LOGGING_CATEGORY(lcStore, "qingfeng.core.store")
Q_LOGGING_CATEGORY(lcCases, "qingfeng.core.cases")
Q_LOGGING_CATEGORY(lcSearch, "qingfeng.core.search")
Q_LOGGING_CATEGORY(lcRules, "qingfeng.core.rules")
Q_LOGGING_CATEGORY(lcCaseList, "qingfeng.core.caselist")
Q_LOGGING_CATEGORY(lcMeeting, "qingfeng.core.meeting")
Q_LOGGING_CATEGORY(lcProfile, "qingfeng.core.profile")
