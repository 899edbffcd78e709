#include "server/Log.h"

Q_LOGGING_CATEGORY(lcSyncd, "qingfeng.server.service")
Q_LOGGING_CATEGORY(lcStatusd, "qingfeng.server.status")
