#include "tests/support/LetterPages.h"

#include <QBuffer>
#include <QFont>
#include <QPainter>
#include <QRandomGenerator>

#include <algorithm>
#include <vector>

namespace qf::test {

QImage renderLetter(const QStringList& lines, const QString& family, int dpi, int pointSize)
{
    const int width = int(210 / 25.4 * dpi);
    const int lineHeight = int(pointSize * 2.0 / 72.0 * dpi);
    const int height = int(40 / 25.4 * dpi) + lineHeight * int(lines.size());
    QImage page(width, height, QImage::Format_Grayscale8);
    page.fill(Qt::white);
    const int dpm = int(dpi / 0.0254 + 0.5);
    page.setDotsPerMeterX(dpm);
    page.setDotsPerMeterY(dpm);
    QPainter p(&page);
    QFont font(family);
    font.setPixelSize(int(pointSize / 72.0 * dpi));
    p.setFont(font);
    p.setPen(Qt::black);
    const int left = int(25 / 25.4 * dpi);
    int y = int(20 / 25.4 * dpi);
    for (const QString& line : lines) {
        p.drawText(QRect(left, y, width - 2 * left, lineHeight), Qt::AlignLeft | Qt::AlignVCenter, line);
        y += lineHeight;
    }
    return page;
}

QImage degrade(const QImage& page, double degrees, int noise, bool blur, int jpegQuality, quint32 seed)
{
    QImage out(page.size(), QImage::Format_Grayscale8);
    out.fill(Qt::white);
    {
        QPainter p(&out);
        p.setRenderHint(QPainter::SmoothPixmapTransform);
        p.translate(out.width() / 2.0, out.height() / 2.0);
        p.rotate(degrees);
        p.translate(-out.width() / 2.0, -out.height() / 2.0);
        p.drawImage(0, 0, page);
    }
    if (blur) {
        QImage b = out;
        for (int y = 1; y < out.height() - 1; ++y) {
            const uchar* r0 = out.constScanLine(y - 1);
            const uchar* r1 = out.constScanLine(y);
            const uchar* r2 = out.constScanLine(y + 1);
            uchar* d = b.scanLine(y);
            for (int x = 1; x < out.width() - 1; ++x)
                d[x] = uchar((r0[x] + r2[x] + r1[x - 1] + r1[x + 1] + 4 * r1[x]) / 8);
        }
        out = b;
    }
    QRandomGenerator rng(seed);
    if (noise > 0)
        for (int y = 0; y < out.height(); ++y) {
            uchar* row = out.scanLine(y);
            for (int x = 0; x < out.width(); ++x)
                row[x] = uchar(std::clamp(int(row[x]) + int(rng.bounded(2 * noise + 1)) - noise, 0, 255));
        }
    if (jpegQuality > 0) {
        QByteArray jpeg;
        QBuffer buffer(&jpeg);
        buffer.open(QIODevice::WriteOnly);
        out.save(&buffer, "JPEG", jpegQuality);
        out = QImage::fromData(jpeg, "JPEG").convertToFormat(QImage::Format_Grayscale8);
    }
    out.setDotsPerMeterX(page.dotsPerMeterX());
    out.setDotsPerMeterY(page.dotsPerMeterY());
    return out;
}

QStringList letterLines(int start, int count)
{
    static const QStringList kLines = {
        QStringLiteral("尊敬的领导：我是本县城关镇东风村村民，现将有关情况反映如下。"),
        QStringLiteral("二〇二四年三月以来，村委会在未经村民代表大会讨论的情况下，"),
        QStringLiteral("将村集体所有的四十二亩耕地租给外地老板建设厂房，租金去向不明。"),
        QStringLiteral("村民多次到镇政府反映，至今没有得到答复，群众意见很大。"),
        QStringLiteral("另外，村里的低保名额分配不公开，有的干部亲属也享受低保待遇。"),
        QStringLiteral("去年修建的村道只用了半年就出现开裂，施工质量存在严重问题。"),
        QStringLiteral("恳请上级纪检监察机关调查核实，依法依规严肃处理相关人员。"),
        QStringLiteral("联系电话：13800138000，来信日期：2024年5月18日。"),
        QStringLiteral("反映某局工作人员在办理不动产登记时多次索要好处费的问题。"),
        QStringLiteral("该工作人员以材料不全为由拖延办理，暗示需要请客送礼。"),
        QStringLiteral("我于四月十二日送去两千元现金后，手续在第二天就办好了。"),
        QStringLiteral("此类情况在当地并非个例，严重损害了政府部门的形象。"),
        QStringLiteral("希望组织上能够认真查处，还群众一个公道，谢谢！"),
        QStringLiteral("关于市第三中学违规收取补课费用的情况反映。"),
        QStringLiteral("学校在暑假期间组织初三学生集中补课，每人收取一千二百元。"),
        QStringLiteral("家长们敢怒不敢言，担心孩子在学校受到不公平对待。"),
        QStringLiteral("据了解，该校校长还在外面开办培训机构，要求学生报名参加。"),
        QStringLiteral("以上情况属实，本人愿意配合调查，请予以保密为盼。"),
    };
    QStringList out;
    for (int i = 0; i < count; ++i)
        out << kLines[(start + i) % kLines.size()];
    return out;
}

double charAccuracy(const QString& expected, const QString& got)
{
    QString a, b;
    for (QChar c : expected)
        if (!c.isSpace())
            a += c;
    for (QChar c : got)
        if (!c.isSpace())
            b += c;
    if (a.isEmpty())
        return b.isEmpty() ? 1.0 : 0.0;
    std::vector<int> prev(size_t(b.size()) + 1), cur(size_t(b.size()) + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        prev[size_t(j)] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        cur[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j)
            cur[size_t(j)] = std::min({ prev[size_t(j)] + 1, cur[size_t(j - 1)] + 1,
                                        prev[size_t(j - 1)] + (a[i - 1] == b[j - 1] ? 0 : 1) });
        std::swap(prev, cur);
    }
    return std::max(0.0, 1.0 - double(prev[size_t(b.size())]) / double(a.size()));
}

QString wordOf(const QString& line)
{
    for (qsizetype i = line.size() / 3; i + 5 <= line.size(); ++i) {
        const QString w = line.mid(i, 5);
        if (std::all_of(w.cbegin(), w.cend(), [](QChar c) { return c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF; }))
            return w;
    }
    return line;
}

} // namespace qf::test
