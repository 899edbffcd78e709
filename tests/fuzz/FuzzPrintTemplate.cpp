// The desk's print templates as an office may override them (PrintTemplates::render): the
// template text and the values (NUL-separated: template, then key, value, key, value...)
// come from the input. A template without placeholders prints as it is; a value can never
// add markup (it is escaped).
#include "app/print/PrintTemplates.h"
#include "tests/fuzz/FuzzSupport.h"

#include <QDir>

using namespace qf;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* bytes, size_t size)
{
    fuzz::app();
    static const QString folder = [] {
        const QString f = fuzz::scratchPath(QStringLiteral("print"));
        QDir().mkpath(f);
        return f;
    }();
    const QByteArray input(reinterpret_cast<const char*>(bytes), qsizetype(size));
    const QList<QByteArray> parts = input.split('\0');
    fuzz::writeFile(QDir(folder).filePath(QStringLiteral("ticket.html")), parts.first());
    const QString source = QString::fromUtf8(parts.first());
    QHash<QString, QString> values;
    for (qsizetype i = 1; i + 1 < parts.size(); i += 2)
        values.insert(QString::fromUtf8(parts[i]), QString::fromUtf8(parts[i + 1]));

    const PrintTemplates templates(folder);
    auto out = templates.render(QStringLiteral("ticket"), values);
    QF_FUZZ_CHECK(out.ok());
    if (!source.contains(QLatin1String("{{")))
        QF_FUZZ_CHECK(*out == source);

    // Every value a piece of markup: none of it may reach the page unescaped.
    QHash<QString, QString> markup;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        markup.insert(it.key(), QStringLiteral("<b>&\"\n"));
    static const QRegularExpression key(QStringLiteral("\\{\\{\\s*([a-z_0-9]+)\\s*\\}\\}"));
    for (auto it = key.globalMatch(source); it.hasNext();)
        markup.insert(it.next().captured(1), QStringLiteral("<b>&\"\n"));
    auto marked = templates.render(QStringLiteral("ticket"), markup);
    QF_FUZZ_CHECK(marked.ok());
    QF_FUZZ_CHECK(marked->count(QLatin1String("<b>")) == source.count(QLatin1String("<b>")));
    return 0;
}
