#include "app/print/DocumentPdf.h"

#include "models/PrivateFiles.h"

#include <QAbstractTextDocumentLayout>
#include <QFileInfo>
#include <QFontDatabase>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

namespace qf {

namespace {

constexpr double kMmPerInch = 25.4;

struct Margins
{
    double top, bottom, left, right; // mm
};

Margins marginsFor(DocumentPdf::Paper paper)
{
    if (paper == DocumentPdf::Paper::Receipt80mm)
        return { 4, 6, 4, 4 };
    if (paper == DocumentPdf::Paper::A4Landscape)
        return { 15, 18, 15, 15 };
    return { 37, 35, 28, 26 };
}

QPageSize pageSizeFor(DocumentPdf::Paper paper)
{
    if (paper == DocumentPdf::Paper::Receipt80mm)
        return QPageSize(QSizeF(80, 110), QPageSize::Millimeter, QStringLiteral("80mm"), QPageSize::ExactMatch);
    return QPageSize(QPageSize::A4);
}

QStringList installed(const QStringList& wanted)
{
    const QStringList all = QFontDatabase::families();
    QStringList out;
    for (const QString& f : wanted)
        if (all.contains(f, Qt::CaseInsensitive))
            out << f;
    return out;
}

QString cssFamilies(const QStringList& families)
{
    QStringList quoted;
    for (const QString& f : families)
        quoted << QLatin1Char('\'') + f + QLatin1Char('\'');
    return quoted.join(QStringLiteral(", "));
}

QString styleSheet(DocumentPdf::Paper paper, double dpi)
{
    const bool slip = paper == DocumentPdf::Paper::Receipt80mm;
    const QString body = cssFamilies(DocumentPdf::bodyFamilies());
    const QString title = cssFamilies(DocumentPdf::titleFamilies());
    // 三号 (16 pt) body, 二号 (22 pt) title, as the standard has them; the slip is smaller.
    return QStringLiteral("body { font-family: %1; font-size: %3pt; }"
                          "p { margin-top: 0; margin-bottom: 0; line-height: 140%; }"
                          "p.title { font-family: %2; font-size: %4pt; text-align: center; margin-bottom: 14pt; }"
                          "p.docno { text-align: center; margin-bottom: 14pt; }"
                          "p.addressee { margin-top: 6pt; }"
                          "p.text { text-indent: %6px; }"
                          "p.sign { text-align: right; }"
                          "p.regno { text-align: center; font-weight: bold; margin-top: 6pt; margin-bottom: 6pt; }"
                          "p.seal { text-align: right; color: #555555; }"
                          "p.small { font-size: %5pt; }"
                          "p.cut { text-align: center; font-size: %5pt; color: #555555; margin-top: 18pt; margin-bottom: 18pt; }"
                          "td { font-family: %1; font-size: %5pt; }"
                          "th { font-family: %1; font-size: %5pt; font-weight: bold; }")
        .arg(body, title, QString::number(slip ? 10 : 16), QString::number(slip ? 13 : 22),
             // text-indent is in the layout's pixels: two characters of the body size.
             QString::number(slip ? 8 : 12), QString::number(qRound((slip ? 20 : 32) / 72.0 * dpi)));
}

} // namespace

QStringList DocumentPdf::bodyFamilies()
{
    QStringList found = installed({ QStringLiteral("FangSong"), QStringLiteral("仿宋"), QStringLiteral("仿宋_GB2312"),
                                    QStringLiteral("FangSong_GB2312"), QStringLiteral("Noto Serif CJK SC") });
    if (found.isEmpty())
        found << QStringLiteral("Noto Serif CJK SC");
    return found;
}

QStringList DocumentPdf::titleFamilies()
{
    QStringList found = installed({ QStringLiteral("FZXiaoBiaoSong-B05S"), QStringLiteral("方正小标宋简体"),
                                    QStringLiteral("SimSun"), QStringLiteral("宋体"), QStringLiteral("Noto Serif CJK SC") });
    if (found.isEmpty())
        found << QStringLiteral("Noto Serif CJK SC");
    return found;
}

QString DocumentPdf::documentDate(const QDate& date)
{
    if (!date.isValid())
        return {};
    return QStringLiteral("%1年%2月%3日").arg(date.year()).arg(date.month()).arg(date.day());
}

QString DocumentPdf::addressee(const QString& name, bool comrade)
{
    const QString n = name.trimmed();
    if (!comrade || n.isEmpty())
        return QStringLiteral("您好：");
    return QStringLiteral("%1同志：").arg(n);
}

int DocumentPdf::paint(const QString& html, QPagedPaintDevice* device, Paper paper)
{
    device->setPageSize(pageSizeFor(paper));
    device->setPageOrientation(paper == Paper::A4Landscape ? QPageLayout::Landscape : QPageLayout::Portrait);
    device->setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    const Margins m = marginsFor(paper);
    const double dpm = device->logicalDpiX() / kMmPerInch;
    const QSizeF page = device->pageLayout().fullRectPoints().size() * (device->logicalDpiX() / 72.0);
    const QRectF body(m.left * dpm, m.top * dpm, page.width() - (m.left + m.right) * dpm,
                      page.height() - (m.top + m.bottom) * dpm);

    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(device);
    doc.setDocumentMargin(0);
    QFont base;
    base.setFamilies(bodyFamilies());
    // Without shaping (Han and Latin need none) every glyph is the font's own for its
    // character, so the PDF's text layer maps back to the text: shaped, the digits after a
    // Latin letter ("K7Q-000123") came out as alternates that pdftotext and copy lost.
    base.setStyleStrategy(QFont::PreferNoShaping);
    doc.setDefaultFont(base);
    doc.setDefaultStyleSheet(styleSheet(paper, device->logicalDpiY()));
    doc.setHtml(html);
    doc.setPageSize(body.size());
    const int pages = doc.pageCount();

    QPainter painter(device);
    QFont footFont;
    footFont.setFamilies(bodyFamilies());
    footFont.setPointSizeF(14); // 四号
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            device->newPage();
        painter.save();
        painter.translate(body.left(), body.top() - i * body.height());
        const QRectF clip(0, i * body.height(), body.width(), body.height());
        painter.setClipRect(clip);
        QAbstractTextDocumentLayout::PaintContext ctx;
        ctx.clip = clip;
        ctx.palette.setColor(QPalette::Text, Qt::black);
        doc.documentLayout()->draw(&painter, ctx);
        painter.restore();
        if (pages > 1) {
            painter.setFont(QFont(footFont, device));
            const QString number = QStringLiteral("— %1 —").arg(i + 1);
            const double em = QFontMetricsF(painter.font()).horizontalAdvance(QChar(0x4E00));
            const QRectF foot(body.left() + em, body.bottom() + 7 * dpm, body.width() - 2 * em, 10 * dpm);
            painter.drawText(foot, (i % 2 == 0 ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignTop, number);
        }
    }
    return pages;
}

Status DocumentPdf::toPdf(const QString& html, const QString& path, Paper paper)
{
    // Receipts and notices name the visitor: the file is this account's only.
    if (Status s = PrivateFiles::prepareFile(path); !s)
        return Error { tr("The PDF file %1 could not be written.").arg(path) };
    {
        QPdfWriter writer(path);
        writer.setResolution(600);
        writer.setCreator(QStringLiteral("Qingfeng"));
        paint(html, &writer, paper);
    }
    if (QFileInfo(path).size() == 0)
        return Error { tr("The PDF file %1 could not be written.").arg(path) };
    return {};
}

} // namespace qf
