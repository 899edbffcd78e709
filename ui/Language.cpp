#include "ui/Language.h"
#include "ui/Log.h"

#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QSettings>
#include <QTranslator>

namespace qf {

namespace {

const QString SettingsKey = QStringLiteral("ui/language");

struct Installed
{
    QString code;
    QTranslator app;
    QTranslator qt;
};

Installed& installedState()
{
    static Installed state;
    return state;
}

} // namespace

QStringList Language::codes()
{
    return { QStringLiteral("zh_CN"), QStringLiteral("zh_TW"), QStringLiteral("en") };
}

QString Language::nativeName(const QString& code)
{
    if (code == QLatin1String("zh_CN"))
        return QStringLiteral("简体中文");
    if (code == QLatin1String("zh_TW"))
        return QStringLiteral("繁體中文");
    if (code == QLatin1String("en"))
        return QStringLiteral("English");
    return code;
}

QString Language::saved()
{
    const QString code = QSettings().value(SettingsKey, defaultCode()).toString();
    return codes().contains(code) ? code : defaultCode();
}

void Language::save(const QString& code)
{
    QSettings().setValue(SettingsKey, code);
}

QString Language::installed()
{
    return installedState().code;
}

bool Language::install(const QString& code)
{
    if (!codes().contains(code))
        return false;
    Installed& s = installedState();
    QCoreApplication::removeTranslator(&s.app);
    QCoreApplication::removeTranslator(&s.qt);
    s.code = code;
    QLocale::setDefault(QLocale(code));
    // English is the source language: no catalogue needed, but Qt's own stays English too.
    if (code == QLatin1String("en"))
        return true;
    if (s.app.load(QStringLiteral(":/i18n/qingfeng_%1.qm").arg(code)))
        QCoreApplication::installTranslator(&s.app);
    else
        qCWarning(lcLanguage) << "no embedded catalogue for" << code;
    if (s.qt.load(QStringLiteral("qtbase_%1").arg(code), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&s.qt);
    return true;
}

} // namespace qf
