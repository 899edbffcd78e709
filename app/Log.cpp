#include "app/Log.h"

Q_LOGGING_CATEGORY(lcAudio, "qingfeng.app.audio")
Q_LOGGING_CATEGORY(lcDemo, "qingfeng.app.demo")
Q_LOGGING_CATEGORY(lcCamera, "qingfeng.app.devices.camera")
Q_LOGGING_CATEGORY(lcScanner, "qingfeng.app.devices.scanner")
Q_LOGGING_CATEGORY(lcOcr, "qingfeng.app.ocr")
Q_LOGGING_CATEGORY(lcPhone, "qingfeng.app.devices.phone")
Q_LOGGING_CATEGORY(lcIdCard, "qingfeng.app.devices.idcard", QtWarningMsg)
Q_LOGGING_CATEGORY(lcKeychain, "qingfeng.app.security.keychain")
