#include "app/scan/ScanPdf.h"

#include <QFile>
#include <QHash>
#include <QSaveFile>
#include <QtEndian>

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <vector>

namespace qf {

namespace {

// The glyph-less TrueType font Tesseract ships for its own text layers (libtesseract5):
// every glyph blank. Without it the font is named but not embedded, which readers accept.
const char* const kGlyphlessFont = "/usr/share/tesseract-ocr/5/tessdata/pdf.ttf";

QByteArray num(double v)
{
    if (std::abs(v - std::round(v)) < 1e-6)
        return QByteArray::number(qint64(std::llround(v)));
    return QByteArray::number(v, 'f', 3);
}

QByteArray hex16(uint v) { return QByteArray::number(v, 16).rightJustified(4, '0').toUpper(); }

QByteArray utf16Hex(const QString& text)
{
    QByteArray out;
    for (QChar c : text)
        out += hex16(c.unicode());
    return out;
}

// A zlib stream (what FlateDecode reads): qCompress's output without its 4-byte length.
QByteArray deflate(const QByteArray& data, int level) { return qCompress(data, level).mid(4); }

// The image data of a PNG, straight from its chunks: what PDF reads as FlateDecode with the
// PNG predictors (PDF 1.2+), so nothing is decoded or compressed again.
struct PngData
{
    int width = 0, height = 0, colours = 0;
    QByteArray idat;
};

std::optional<PngData> readPng(const QString& file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray png = f.readAll();
    if (!png.startsWith("\x89PNG\r\n\x1a\n"))
        return std::nullopt;
    PngData out;
    qsizetype at = 8;
    while (at + 12 <= png.size()) {
        const quint32 length = qFromBigEndian<quint32>(png.constData() + at);
        const QByteArray type = png.mid(at + 4, 4);
        if (at + 12 + qsizetype(length) > png.size())
            return std::nullopt;
        const char* body = png.constData() + at + 8;
        if (type == "IHDR") {
            out.width = int(qFromBigEndian<quint32>(body));
            out.height = int(qFromBigEndian<quint32>(body + 4));
            const int depth = uchar(body[8]), colour = uchar(body[9]), interlace = uchar(body[12]);
            // 8-bit grey or RGB, not interlaced: the forms PDF's predictors read as they are.
            if (depth != 8 || interlace != 0 || (colour != 0 && colour != 2))
                return std::nullopt;
            out.colours = colour == 0 ? 1 : 3;
        } else if (type == "IDAT") {
            out.idat.append(body, length);
        } else if (type == "IEND") {
            break;
        }
        at += 12 + qsizetype(length);
    }
    if (out.width <= 0 || out.height <= 0 || out.idat.isEmpty())
        return std::nullopt;
    return out;
}

class Writer
{
public:
    int reserve() { m_offsets.push_back(-1); return int(m_offsets.size()); }
    void object(int id, const QByteArray& body)
    {
        m_offsets[size_t(id - 1)] = m_out.size();
        m_out += QByteArray::number(id) + " 0 obj\n" + body + "\nendobj\n";
    }
    void stream(int id, const QByteArray& dictionary, const QByteArray& data)
    {
        m_offsets[size_t(id - 1)] = m_out.size();
        m_out += QByteArray::number(id) + " 0 obj\n<<" + dictionary + " /Length " + QByteArray::number(data.size())
                 + ">>\nstream\n";
        m_out += data;
        m_out += "\nendstream\nendobj\n";
    }
    QByteArray finish(int root, int info)
    {
        const qsizetype xref = m_out.size();
        m_out += "xref\n0 " + QByteArray::number(qsizetype(m_offsets.size()) + 1) + "\n0000000000 65535 f \n";
        for (qint64 o : m_offsets)
            m_out += QByteArray::number(o).rightJustified(10, '0') + " 00000 n \n";
        m_out += "trailer\n<< /Size " + QByteArray::number(qsizetype(m_offsets.size()) + 1) + " /Root "
                 + QByteArray::number(root) + " 0 R /Info " + QByteArray::number(info) + " 0 R >>\nstartxref\n"
                 + QByteArray::number(xref) + "\n%%EOF\n";
        return m_out;
    }
    QByteArray& out() { return m_out; }

private:
    QByteArray m_out = "%PDF-1.5\n%\xe2\xe3\xcf\xd3\n";
    std::vector<qint64> m_offsets;
};

} // namespace

Result<bool> ScanPdf::write(const QString& file, const QList<Page>& pages, const QString& title)
{
    if (pages.isEmpty())
        return Error{ tr("There are no pages to write."), ErrorCode::Invalid };
    Writer pdf;
    const int catalog = pdf.reserve();
    const int tree = pdf.reserve();
    const int info = pdf.reserve();
    // The text layer's characters get codes 1..n in the order met; the font's ToUnicode map
    // gives each code back as its character (also one beyond the BMP: a surrogate pair).
    std::map<QString, int> codes;
    bool anyText = false;
    for (const Page& page : pages)
        for (const TextLine& line : page.lines) {
            const QString text = line.text.trimmed();
            anyText = anyText || !text.isEmpty();
            for (qsizetype i = 0; i < text.size(); ++i) {
                const qsizetype n = text.at(i).isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
                codes.try_emplace(text.mid(i, n), int(codes.size()) + 1);
                i += n - 1;
            }
        }
    const int font = anyText ? pdf.reserve() : 0;
    QList<int> pageIds;
    for (const Page& page : pages) {
        const int dpi = page.dpi > 0 ? page.dpi : 300;
        QByteArray data, dictionary;
        int width = 0, height = 0;
        std::optional<PngData> png = page.pngFile.isEmpty() ? std::nullopt : readPng(page.pngFile);
        if (png) {
            width = png->width;
            height = png->height;
            data = std::move(png->idat);
            dictionary = " /ColorSpace " + QByteArray(png->colours == 1 ? "/DeviceGray" : "/DeviceRGB")
                         + " /Filter /FlateDecode /DecodeParms << /Predictor 15 /Colors " + QByteArray::number(png->colours)
                         + " /BitsPerComponent 8 /Columns " + QByteArray::number(width) + " >>";
        } else {
            QImage image = page.pngFile.isEmpty() ? page.image : QImage(page.pngFile);
            if (image.isNull())
                return Error{ tr("A page of %1 cannot be read.").arg(file), ErrorCode::Io };
            const bool grey = image.allGray();
            image = image.convertToFormat(grey ? QImage::Format_Grayscale8 : QImage::Format_RGB888);
            width = image.width();
            height = image.height();
            QByteArray raw;
            const qsizetype row = qsizetype(width) * (grey ? 1 : 3);
            raw.reserve(row * height);
            for (int y = 0; y < height; ++y)
                raw.append(reinterpret_cast<const char*>(image.constScanLine(y)), row);
            data = deflate(raw, 6);
            dictionary = QByteArray(" /ColorSpace ") + (grey ? "/DeviceGray" : "/DeviceRGB") + " /Filter /FlateDecode";
        }
        const int imageId = pdf.reserve();
        pdf.stream(imageId, " /Type /XObject /Subtype /Image /Width " + QByteArray::number(width) + " /Height "
                                + QByteArray::number(height) + " /BitsPerComponent 8" + dictionary,
                   data);
        // Points: the page is as large as the paper was at its resolution.
        const double w = width * 72.0 / dpi, h = height * 72.0 / dpi;
        QByteArray content = "q " + num(w) + " 0 0 " + num(h) + " 0 0 cm /Im0 Do Q\n";
        if (!page.lines.isEmpty()) {
            const double scale = 72.0 / dpi;
            content += "BT 3 Tr\n"; // invisible: neither filled nor stroked
            for (const TextLine& line : page.lines) {
                const QString text = line.text.trimmed();
                if (text.isEmpty())
                    continue;
                QByteArray shown;
                int glyphs = 0;
                for (qsizetype i = 0; i < text.size(); ++i) {
                    const qsizetype n = text.at(i).isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
                    shown += hex16(uint(codes.at(text.mid(i, n))));
                    ++glyphs;
                    i += n - 1;
                }
                // Each glyph is 1 em wide (the font's default width); the line is stretched
                // over its box so a selection covers the characters it shows.
                const double size = std::max(1.0, line.box.height() * scale);
                const double stretch = 100.0 * line.box.width() * scale / (glyphs * size);
                const double x = line.box.left() * scale;
                const double y = h - (line.box.top() + line.box.height() * 0.85) * scale;
                content += "/F1 " + num(size) + " Tf " + num(stretch) + " Tz 1 0 0 1 " + num(x) + ' ' + num(y) + " Tm <"
                           + shown + "> Tj\n";
            }
            content += "ET\n";
        }
        const int contentId = pdf.reserve();
        pdf.stream(contentId, " /Filter /FlateDecode", deflate(content, 6));
        const int pageId = pdf.reserve();
        pdf.object(pageId, "<< /Type /Page /Parent " + QByteArray::number(tree) + " 0 R /MediaBox [0 0 " + num(w) + ' '
                               + num(h) + "] /Resources << /XObject << /Im0 " + QByteArray::number(imageId) + " 0 R >>"
                               + (font ? " /Font << /F1 " + QByteArray::number(font) + " 0 R >>" : QByteArray())
                               + " >> /Contents " + QByteArray::number(contentId) + " 0 R >>");
        pageIds << pageId;
    }
    if (font) {
        const int cidFont = pdf.reserve();
        const int descriptor = pdf.reserve();
        const int toUnicode = pdf.reserve();
        const int gidMap = pdf.reserve();
        QByteArray cmap = "/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
                          "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                          "/CMapName /Adobe-Identity-UCS def /CMapType 2 def\n"
                          "1 begincodespacerange <0000> <FFFF> endcodespacerange\n";
        std::vector<std::pair<int, QString>> byCode;
        for (const auto& [text, code] : codes)
            byCode.emplace_back(code, text);
        std::sort(byCode.begin(), byCode.end());
        for (size_t i = 0; i < byCode.size(); i += 100) {
            const size_t n = std::min<size_t>(100, byCode.size() - i);
            cmap += QByteArray::number(qsizetype(n)) + " beginbfchar\n";
            for (size_t j = i; j < i + n; ++j)
                cmap += '<' + hex16(uint(byCode[j].first)) + "> <" + utf16Hex(byCode[j].second) + ">\n";
            cmap += "endbfchar\n";
        }
        cmap += "endcmap CMapName currentdict /CMap defineresource pop end end\n";
        pdf.stream(toUnicode, " /Filter /FlateDecode", deflate(cmap, 6));
        // Every code shows the font's blank glyph 1.
        QByteArray gids((qsizetype(codes.size()) + 1) * 2, '\0');
        for (qsizetype i = 1; i <= qsizetype(codes.size()); ++i)
            gids[i * 2 + 1] = 1;
        pdf.stream(gidMap, " /Filter /FlateDecode", deflate(gids, 6));
        QByteArray fontFile;
        QFile ttf(QString::fromLatin1(kGlyphlessFont));
        if (ttf.open(QIODevice::ReadOnly))
            fontFile = ttf.readAll();
        int fontFileId = 0;
        if (!fontFile.isEmpty()) {
            fontFileId = pdf.reserve();
            pdf.stream(fontFileId, " /Length1 " + QByteArray::number(fontFile.size()), fontFile);
        }
        pdf.object(descriptor, "<< /Type /FontDescriptor /FontName /GlyphLessFont /Flags 5 /FontBBox [0 0 1000 1000] "
                               "/ItalicAngle 0 /Ascent 1000 /Descent 0 /CapHeight 1000 /StemV 80"
                                   + (fontFileId ? " /FontFile2 " + QByteArray::number(fontFileId) + " 0 R" : QByteArray())
                                   + " >>");
        pdf.object(cidFont, "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /GlyphLessFont /CIDSystemInfo << /Registry "
                            "(Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor "
                                + QByteArray::number(descriptor) + " 0 R /DW 1000 /CIDToGIDMap " + QByteArray::number(gidMap)
                                + " 0 R >>");
        pdf.object(font, "<< /Type /Font /Subtype /Type0 /BaseFont /GlyphLessFont /Encoding /Identity-H /DescendantFonts ["
                             + QByteArray::number(cidFont) + " 0 R] /ToUnicode " + QByteArray::number(toUnicode) + " 0 R >>");
    }
    QByteArray kids;
    for (int id : std::as_const(pageIds))
        kids += QByteArray::number(id) + " 0 R ";
    pdf.object(tree, "<< /Type /Pages /Kids [" + kids + "] /Count " + QByteArray::number(qsizetype(pageIds.size())) + " >>");
    pdf.object(catalog, "<< /Type /Catalog /Pages " + QByteArray::number(tree) + " 0 R >>");
    pdf.object(info, "<< /Title <FEFF" + utf16Hex(title) + "> /Creator (Qingfeng) /Producer (Qingfeng) >>");
    const QByteArray bytes = pdf.finish(catalog, info);
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit())
        return Error{ tr("Cannot write %1: %2").arg(file, out.errorString()), ErrorCode::Io };
    return true;
}

} // namespace qf
