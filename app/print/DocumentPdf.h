#pragma once

#include "models/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

class QPagedPaintDevice;

namespace qf {

// The common layout of every printed document (党政机关公文格式, GB/T 9704-2012): A4 with the
// standard margins (top 37 mm, bottom 35 mm, left 28 mm, right 26 mm: a 156 x 225 mm text
// area), the title in a Song face (小标宋 where installed), the body in 仿宋 (FangSong /
// 仿宋_GB2312 where installed, else Noto Serif CJK), digits in the same face as the text, and
// the page number "— 1 —" at the foot only when the document runs to more than one page
// (odd pages at the right, even pages at the left, one character in from the edge).
//
// Templates mark their parts with classes: p.title (the title), p.docno (文号, centred),
// p.addressee (主送), p.text (a body paragraph, indented by two characters), p.sign (落款 and date, at the right), p.seal (（盖章）), p.small.
class DocumentPdf
{
    Q_DECLARE_TR_FUNCTIONS(qf::DocumentPdf)

public:
    // A4Landscape: printed lists (TableExport::toHtml), 15 mm margins all round.
    enum class Paper { A4, Receipt80mm, A4Landscape };

    // Paints the HTML on the device page by page; returns the number of pages.
    static int paint(const QString& html, QPagedPaintDevice* device, Paper paper = Paper::A4);
    static Status toPdf(const QString& html, const QString& path, Paper paper = Paper::A4);

    // 成文日期: GB/T 9704-2012 (7.3.5.1) writes it in Arabic digits, the year in full and
    // month and day without a leading zero: "2026年12月2日".
    static QString documentDate(const QDate& date);
    // 主送 of a letter to a person: "张三同志：", or "您好：" when the office prefers it
    // or the name is unknown.
    static QString addressee(const QString& name, bool comrade);

    // The families used, first found wins (Qt picks per character, so a face without a
    // glyph falls through to the next CJK serif, never to a Latin sans).
    static QStringList bodyFamilies();
    static QStringList titleFamilies();
};

} // namespace qf
