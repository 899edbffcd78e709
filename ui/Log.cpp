#include "ui/Log.h"

Q_LOGGING_CATEGORY(lcUi, "qingfeng.ui.window")
Q_LOGGING_CATEGORY(lcDemoJob, "qingfeng.ui.demo")
Q_LOGGING_CATEGORY(lcImportUi, "qingfeng.ui.import")
Q_LOGGING_CATEGORY(lcDesk, "qingfeng.ui.desk")
Q_LOGGING_CATEGORY(lcLanguage, "qingfeng.ui.language")
