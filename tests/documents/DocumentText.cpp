#include "tests/documents/DocumentText.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>

namespace qf::test {

QString keepFolder()
{
    return qEnvironmentVariable("QF_DOCUMENT_PDF_DIR");
}

QString run(const QString& program, const QStringList& args)
{
    QProcess p;
    p.start(program, args);
    REQUIRE(p.waitForFinished(30000));
    INFO(QString::fromUtf8(p.readAllStandardError()).toStdString());
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput());
}

Rendered render(const Scratch& scratch, const QString& name, const QString& html,
                DocumentPdf::Paper paper)
{
    Rendered r;
    r.path = keepFolder().isEmpty() ? scratch.path(name + QStringLiteral(".pdf"))
                                    : QDir(keepFolder()).filePath(name + QStringLiteral(".pdf"));
    QF_REQUIRE_OK(DocumentPdf::toPdf(html, r.path, paper));
    r.text = run(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), r.path, QStringLiteral("-") });
    r.fonts = run(QStringLiteral("pdffonts"), { r.path });
    const QString info = run(QStringLiteral("pdfinfo"), { r.path });
    const auto m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    r.pages = m.captured(1).toInt();
    return r;
}

// pdftotext -layout pads with spaces; compare without them. Qt's PDF writer maps a glyph
// shared by an ideograph and a radical (日 and ⽇ U+2F47, 风 and ⻛ U+2EDB) to the lower code
// point, the radical, in the text layer (QFontSubset's reverse map; the printed glyph is
// right): read those back as the ideographs they stand for.
QString squeezed(const QString& s)
{
    QString out = s;
    for (QChar& c : out)
        if (c.unicode() >= 0x2F00 && c.unicode() <= 0x2FDF) // Kangxi radicals
            c = QString(c).normalized(QString::NormalizationForm_KC).at(0);
    static const QHash<QChar, QChar> supplement {
        { QChar(0x2EDB), QChar(0x98CE) }, // 风
        { QChar(0x2EC5), QChar(0x89C1) }, // 见
        { QChar(0x2ED4), QChar(0x95E8) }, // 门
        { QChar(0x2EE2), QChar(0x9A6C) }, // 马
        { QChar(0x2EA0), QChar(0x6C11) }, // 民
        { QChar(0x2ECB), QChar(0x8F66) }, // 车
        { QChar(0x2EC9), QChar(0x8D1D) }, // 贝
        { QChar(0x2EDA), QChar(0x9875) }, // 页
        { QChar(0x2ED3), QChar(0x957F) }, // 长
        { QChar(0x2EE5), QChar(0x9C7C) }, // 鱼
        { QChar(0x2EE6), QChar(0x9E1F) }, // 鸟
        { QChar(0x2EC8), QChar(0x8BA0) }, // 讠
    };
    for (QChar& c : out)
        c = supplement.value(c, c);
    out.remove(QRegularExpression(QStringLiteral("[ \\t]")));
    return out;
}

int pageCount(const QString& path)
{
    const QString info = run(QStringLiteral("pdfinfo"), { path });
    return QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info).captured(1).toInt();
}

QString pdfFileText(const QString& path)
{
    return squeezed(run(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), path, QStringLiteral("-") }));
}

// Keeps a rendered PDF (and its first page as PNG) where a person looks at them, when asked.
void keep(const QString& pdf, const QString& name)
{
    if (keepFolder().isEmpty())
        return;
    const QString target = QDir(keepFolder()).filePath(name + QStringLiteral(".pdf"));
    QFile::remove(target);
    QFile::copy(pdf, target);
}

} // namespace qf::test
