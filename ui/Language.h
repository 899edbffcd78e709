#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace qf {

// The interface language: Simplified Chinese by default, Traditional Chinese and English
// on request. The choice is kept in QSettings and applied at the next start.
class Language
{
    Q_DECLARE_TR_FUNCTIONS(qf::Language)

public:
    static QString defaultCode() { return QStringLiteral("zh_CN"); }
    static QStringList codes(); // zh_CN, zh_TW, en
    // The language's own name (简体中文, 繁體中文, English): not translated on purpose.
    static QString nativeName(const QString& code);
    static QString saved();
    static void save(const QString& code);
    // Loads the embedded catalogue and Qt's own for the language; false when unknown.
    static bool install(const QString& code);
    static QString installed();
};

} // namespace qf
