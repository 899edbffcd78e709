#include "app/ocr/OcrEngine.h"

#include "app/Log.h"

#include <leptonica/allheaders.h>
#include <tesseract/baseapi.h>
#include <tesseract/resultiterator.h>

#include <cmath>
#include <numbers>
#include <memory>

namespace qf {

namespace {

struct PixDeleter
{
    void operator()(Pix* p) const { pixDestroy(&p); }
};
using PixPtr = std::unique_ptr<Pix, PixDeleter>;

PixPtr toPix(const QImage& image)
{
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    PixPtr pix(pixCreate(grey.width(), grey.height(), 8));
    l_uint32* data = pixGetData(pix.get());
    const int wpl = pixGetWpl(pix.get());
    for (int y = 0; y < grey.height(); ++y) {
        const uchar* row = grey.constScanLine(y);
        l_uint32* line = data + y * wpl;
        for (int x = 0; x < grey.width(); ++x)
            SET_DATA_BYTE(line, x, row[x]);
    }
    const int dpi = image.dotsPerMeterX() > 0 ? int(image.dotsPerMeterX() * 0.0254 + 0.5) : 300;
    pixSetResolution(pix.get(), dpi, dpi);
    return pix;
}

QImage toImage(Pix* pix, const QImage& like)
{
    PixPtr grey(pixConvertTo8(pix, 0));
    QImage out(pixGetWidth(grey.get()), pixGetHeight(grey.get()), QImage::Format_Grayscale8);
    const l_uint32* data = pixGetData(grey.get());
    const int wpl = pixGetWpl(grey.get());
    for (int y = 0; y < out.height(); ++y) {
        uchar* row = out.scanLine(y);
        const l_uint32* line = data + y * wpl;
        for (int x = 0; x < out.width(); ++x)
            row[x] = uchar(GET_DATA_BYTE(line, x));
    }
    out.setDotsPerMeterX(like.dotsPerMeterX());
    out.setDotsPerMeterY(like.dotsPerMeterY());
    return out;
}

// The skew of the text lines in degrees (the angle to turn the page by), or 0 when the page
// is straight enough or the lines cannot be told. Measured on a black-and-white copy, so
// grey noise does not blur the line profiles. Leptonica's own deskew only turns a page at
// a confidence of 3 or more, which a letter of a few lines on a noisy scan seldom reaches
// although the angle it finds is right (within a tenth of a degree on such pages); below
// 1.5 the sweep has no clear peak and the angle is not trusted.
double findSkew(Pix* grey)
{
    constexpr float kMinConfidence = 1.5f;
    constexpr float kMinDegrees = 0.1f; // less than this does not move a character
    PixPtr binary(pixConvertTo1(grey, 130));
    if (!binary)
        return 0;
    l_float32 angle = 0, conf = 0;
    if (pixFindSkew(binary.get(), &angle, &conf) != 0 || conf < kMinConfidence || std::abs(angle) < kMinDegrees)
        return 0;
    return angle;
}

bool isCjk(QChar c)
{
    const ushort u = c.unicode();
    return (u >= 0x4E00 && u <= 0x9FFF) || (u >= 0x3400 && u <= 0x4DBF) || (u >= 0x3000 && u <= 0x303F)
        || (u >= 0xFF00 && u <= 0xFFEF);
}

} // namespace

struct OcrEngine::Engines
{
    tesseract::TessBaseAPI text;
    tesseract::TessBaseAPI osd;
    bool textOk = false;
    bool osdOk = false;
};

OcrEngine::OcrEngine()
    : m_engines(std::make_unique<Engines>())
{
    m_engines->textOk = m_engines->text.Init(nullptr, "chi_sim", tesseract::OEM_LSTM_ONLY) == 0;
    if (m_engines->textOk) {
        m_engines->text.SetPageSegMode(tesseract::PSM_AUTO);
        m_engines->text.SetVariable("preserve_interword_spaces", "1");
        m_engines->text.SetVariable("debug_file", "/dev/null");
    }
    m_engines->osdOk = m_engines->osd.Init(nullptr, "osd", tesseract::OEM_TESSERACT_ONLY) == 0;
    if (m_engines->osdOk) {
        m_engines->osd.SetPageSegMode(tesseract::PSM_OSD_ONLY);
        m_engines->osd.SetVariable("debug_file", "/dev/null");
    }
}

OcrEngine::~OcrEngine()
{
    m_engines->text.End();
    m_engines->osd.End();
}

QString OcrEngine::joinCjk(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == QLatin1Char(' ')) {
            // The previous kept character and the next non-space one.
            qsizetype j = i;
            while (j < text.size() && text[j] == QLatin1Char(' '))
                ++j;
            const bool before = !out.isEmpty() && isCjk(out.back());
            const bool after = j < text.size() && isCjk(text[j]);
            if (!out.isEmpty() && j < text.size() && !before && !after)
                out += QLatin1Char(' ');
            i = j - 1;
            continue;
        }
        out += c;
    }
    return out;
}

Result<OcrPage> OcrEngine::read(const QImage& image, Options options)
{
    if (!m_engines->textOk)
        return Error{ tr("The text recognition (Tesseract with its simplified Chinese model) is not installed."),
                      ErrorCode::Unavailable };
    if (image.isNull())
        return Error{ tr("The page is empty or could not be read."), ErrorCode::Invalid };
    OcrPage page;
    PixPtr pix = toPix(image);
    if (options.upright && m_engines->osdOk) {
        m_engines->osd.SetImage(pix.get());
        int degrees = 0;
        float orientConf = 0, scriptConf = 0;
        const char* script = nullptr;
        // OSD needs enough text; a page it cannot judge stays as it is.
        if (m_engines->osd.DetectOrientationScript(&degrees, &orientConf, &script, &scriptConf) && orientConf > 1.5f
            && degrees != 0) {
            // degrees: how far the page is turned clockwise to be upright.
            const int quads = ((360 - degrees) / 90) % 4;
            pix.reset(pixRotateOrth(pix.get(), quads == 0 ? 0 : 4 - quads));
            page.rotated = degrees;
        }
        m_engines->osd.Clear();
    }
    if (options.deskew) {
        const double angle = findSkew(pix.get());
        if (angle != 0) {
            // Area mapping keeps the grey strokes smooth; the corners brought in are paper.
            if (Pix* straight = pixRotate(pix.get(), float(angle * std::numbers::pi / 180.0), L_ROTATE_AREA_MAP, L_BRING_IN_WHITE, 0, 0)) {
                pix.reset(straight);
                page.skewDegrees = angle;
            }
        }
    }
    page.image = toImage(pix.get(), image);
    tesseract::TessBaseAPI& api = m_engines->text;
    api.SetImage(pix.get());
    if (api.Recognize(nullptr) != 0) {
        api.Clear();
        return Error{ tr("The text on the page could not be recognised."), ErrorCode::Failed };
    }
    std::unique_ptr<tesseract::ResultIterator> it(api.GetIterator());
    double confSum = 0;
    int confCount = 0;
    if (it) {
        QString raw;
        QList<float> rawConf;
        QRect box;
        const auto flush = [&] {
            OcrLine line;
            line.box = box;
            // Spaces between Chinese characters go, with their confidences.
            for (qsizetype i = 0; i < raw.size(); ++i) {
                if (raw[i] == QLatin1Char(' ')) {
                    const bool before = !line.text.isEmpty() && isCjk(line.text.back());
                    const bool after = i + 1 < raw.size() && isCjk(raw[i + 1]);
                    if (before || after || line.text.isEmpty())
                        continue;
                }
                line.text += raw[i];
                line.confidence.append(rawConf[i]);
            }
            if (!line.text.trimmed().isEmpty())
                page.lines.append(line);
            raw.clear();
            rawConf.clear();
        };
        it->Begin();
        do {
            if (it->Empty(tesseract::RIL_SYMBOL))
                continue;
            if (it->IsAtBeginningOf(tesseract::RIL_TEXTLINE)) {
                flush();
                int x1 = 0, y1 = 0, x2 = 0, y2 = 0;
                it->BoundingBox(tesseract::RIL_TEXTLINE, &x1, &y1, &x2, &y2);
                box = QRect(QPoint(x1, y1), QPoint(x2 - 1, y2 - 1));
            } else if (it->IsAtBeginningOf(tesseract::RIL_WORD)) {
                raw += QLatin1Char(' ');
                rawConf.append(100);
            }
            std::unique_ptr<char[]> s(it->GetUTF8Text(tesseract::RIL_SYMBOL));
            if (!s)
                continue;
            const QString sym = QString::fromUtf8(s.get());
            const float c = it->Confidence(tesseract::RIL_SYMBOL);
            for (QChar ch : sym) {
                raw += ch;
                rawConf.append(c);
            }
            confSum += double(c) * double(sym.size());
            confCount += int(sym.size());
        } while (it->Next(tesseract::RIL_SYMBOL));
        flush();
    }
    api.Clear();
    page.meanConfidence = confCount > 0 ? confSum / confCount : 0;
    return page;
}

QString OcrPage::text() const
{
    QStringList out;
    for (const OcrLine& l : lines)
        out << l.text;
    return out.join(QLatin1Char('\n'));
}

QList<TextLine> OcrPage::textLines() const
{
    QList<TextLine> out;
    for (const OcrLine& l : lines)
        out.append({ l.box, l.text });
    return out;
}

} // namespace qf
