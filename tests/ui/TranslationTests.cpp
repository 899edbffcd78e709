// Every string the code shows through tr() has a finished Simplified Chinese translation in
// the committed translations/qingfeng_zh_CN.ts (the default language). When this fails, run
// translations/update.sh and translate what it lists in translations/zh_CN-todo.tsv.
#include "tests/support/TestSupport.h"

#include <QFile>
#include <QHash>
#include <QProcess>
#include <QXmlStreamReader>

namespace {

struct Entry
{
    bool finished = false;
};

// context \x1f source \x1f comment -> finished (non-empty, not marked unfinished)
QHash<QString, Entry> readTs(const QString& path)
{
    QFile f(path);
    INFO(path.toStdString());
    REQUIRE(f.open(QIODevice::ReadOnly));
    QHash<QString, Entry> entries;
    QXmlStreamReader xml(&f);
    QString context, source, comment, translation, type;
    bool inMessage = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("message")) {
                inMessage = true;
                source.clear();
                comment.clear();
                translation.clear();
                type.clear();
            } else if (name == QLatin1String("name") && !inMessage) {
                context = xml.readElementText();
            } else if (name == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (name == QLatin1String("comment")) {
                comment = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                type = xml.attributes().value(QLatin1String("type")).toString();
                translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            inMessage = false;
            const QString key = context + QChar(0x1f) + source + QChar(0x1f) + comment;
            entries.insert(key, { type.isEmpty() && !translation.trimmed().isEmpty() });
        }
    }
    INFO(xml.errorString().toStdString());
    REQUIRE_FALSE(xml.hasError());
    return entries;
}

} // namespace

TEST_CASE("every source string has a finished Simplified Chinese translation", "[ui][translations]")
{
    qf::test::Scratch scratch;
    const QString root = QStringLiteral(QF_SOURCE_DIR);
    const QString fresh = scratch.path(QStringLiteral("qingfeng_zh_CN.ts"));
    QProcess lupdate;
    lupdate.setWorkingDirectory(root);
    lupdate.start(QStringLiteral("/usr/lib/qt6/bin/lupdate"),
                  { QStringLiteral("-silent"), QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                    QStringLiteral("none"), QStringLiteral("-extensions"), QStringLiteral("cpp,h,ui"),
                    QStringLiteral("-I"), root, // the one include root, so that lupdate sees each class's namespace
                    QStringLiteral("models"), QStringLiteral("app"), QStringLiteral("ui"), QStringLiteral("sync"),
                    QStringLiteral("server"), QStringLiteral("programs"), QStringLiteral("-ts"),
                    fresh });
    REQUIRE(lupdate.waitForFinished(300000));
    INFO(QString::fromLocal8Bit(lupdate.readAllStandardError()).toStdString());
    REQUIRE(lupdate.exitCode() == 0);

    const QHash<QString, Entry> code = readTs(fresh);
    const QHash<QString, Entry> committed = readTs(root + QStringLiteral("/translations/qingfeng_zh_CN.ts"));
    REQUIRE(code.size() > 50); // the scan found the project's strings

    QStringList missing;
    for (auto it = code.cbegin(); it != code.cend(); ++it) {
        const auto found = committed.constFind(it.key());
        if (found == committed.cend() || !found->finished)
            missing << QString(it.key()).replace(QChar(0x1f), QLatin1String(" | "));
    }
    missing.sort();
    INFO("untranslated (context | source | comment): run translations/update.sh\n"
         << missing.join(QLatin1Char('\n')).toStdString());
    CHECK(missing.isEmpty());
}
