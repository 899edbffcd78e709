#include "sync/Log.h"

Q_LOGGING_CATEGORY(lcSync, "qingfeng.sync.client")
