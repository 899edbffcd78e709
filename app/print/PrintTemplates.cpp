#include "app/print/PrintTemplates.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace qf {

PrintTemplates::PrintTemplates(QString overrideFolder)
    : m_folder(std::move(overrideFolder))
{
}

QString PrintTemplates::defaultFolder(const QString& databasePath)
{
    return QFileInfo(databasePath).absoluteDir().filePath(QStringLiteral("print"));
}

Result<QString> PrintTemplates::source(const QString& name) const
{
    const QString fileName = name + QStringLiteral(".html");
    QString path = QStringLiteral(":/qingfeng/print/") + fileName;
    if (!m_folder.isEmpty() && QFileInfo::exists(QDir(m_folder).filePath(fileName)))
        path = QDir(m_folder).filePath(fileName);
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error { tr("The print template '%1' could not be read: %2").arg(name, f.errorString()) };
    return QString::fromUtf8(f.readAll());
}

Result<QString> PrintTemplates::render(const QString& name, const QHash<QString, QString>& values) const
{
    auto text = source(name);
    if (!text)
        return text;
    // {{#key}} ... {{/key}}: the part is printed only when key has a value, so a form
    // never shows a label with nothing after it ("地址：").
    static const QRegularExpression section(
        QStringLiteral("\\{\\{#([a-z_0-9]+)\\}\\}(.*?)\\{\\{/\\1\\}\\}"),
        QRegularExpression::DotMatchesEverythingOption);
    for (;;) {
        const QRegularExpressionMatch m = section.match(*text);
        if (!m.hasMatch())
            break;
        const bool keep = !values.value(m.captured(1)).trimmed().isEmpty();
        text->replace(m.capturedStart(), m.capturedLength(), keep ? m.captured(2) : QString());
    }
    static const QRegularExpression placeholder(QStringLiteral("\\{\\{\\s*([a-z_0-9]+)\\s*\\}\\}"));
    QString out;
    qsizetype last = 0;
    auto it = placeholder.globalMatch(*text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(*text).mid(last, m.capturedStart() - last);
        const QString key = m.captured(1);
        // Keys ending in _html carry markup the caller built (and escaped) itself.
        if (key.endsWith(QLatin1String("_html")))
            out += values.value(key);
        else
            out += values.value(key).toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
        last = m.capturedEnd();
    }
    out += QStringView(*text).mid(last);
    return out;
}

} // namespace qf
