#include "app/analysis/AnalysisExport.h"

#include "app/analysis/AnalysisCharts.h"

#include "app/print/DocumentPdf.h"

#include <QDomDocument>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QXmlStreamWriter>

// minizip, the zip library libxlsxwriter itself uses (QuaZip bundles a second copy of minizip
// whose zipOpen3 takes the place of libxlsxwriter's in one process, and the workbook crashes).
#include <minizip/zip.h>
#include <xlsxwriter.h>

namespace qf {

namespace {

const QString kW = QStringLiteral("http://schemas.openxmlformats.org/wordprocessingml/2006/main");

QString cellText(const QVariant& v)
{
    if (v.typeId() == QMetaType::QDate)
        return v.toDate().toString(Qt::ISODate);
    if (v.typeId() == QMetaType::Double)
        return QString::number(v.toDouble(), 'g', 6);
    return v.toString();
}

// 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 23 → 二十三 (the headings of a 公文); digits from 100.
QString chineseNumber(int n)
{
    static const QString digits = QStringLiteral("〇一二三四五六七八九");
    if (n <= 0 || n >= 100)
        return QString::number(n);
    if (n < 10)
        return digits.at(n);
    const int tens = n / 10, ones = n % 10;
    return (tens > 1 ? QString(digits.at(tens)) : QString()) + QStringLiteral("十") + (ones ? QString(digits.at(ones)) : QString());
}

Result<QByteArray> templatePart(const QString& name)
{
    QFile f(QStringLiteral(":/qingfeng/analysis/docx/") + name);
    if (!f.open(QIODevice::ReadOnly))
        return Error { AnalysisExport::tr("The document template lacks %1.").arg(name) };
    return f.readAll();
}

// Builds WordprocessingML with the DOM: paragraphs of a style, tables of the style QfTable.
class DocxBuilder
{
public:
    explicit DocxBuilder(QDomDocument& doc)
        : m_doc(doc)
    {
    }

    QDomElement w(const QString& name) { return m_doc.createElementNS(kW, QStringLiteral("w:") + name); }
    QDomElement withVal(const QString& name, const QString& value)
    {
        QDomElement e = w(name);
        e.setAttributeNS(kW, QStringLiteral("w:val"), value);
        return e;
    }
    QDomElement run(const QString& text, bool bold = false)
    {
        QDomElement r = w(QStringLiteral("r"));
        if (bold) {
            QDomElement rpr = w(QStringLiteral("rPr"));
            rpr.appendChild(w(QStringLiteral("b")));
            r.appendChild(rpr);
        }
        QDomElement t = w(QStringLiteral("t"));
        t.setAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
        t.appendChild(m_doc.createTextNode(text));
        r.appendChild(t);
        return r;
    }
    QDomElement paragraph(const QString& text, const QString& style = {}, bool bold = false)
    {
        QDomElement p = w(QStringLiteral("p"));
        if (!style.isEmpty()) {
            QDomElement ppr = w(QStringLiteral("pPr"));
            ppr.appendChild(withVal(QStringLiteral("pStyle"), style));
            p.appendChild(ppr);
        }
        p.appendChild(run(text, bold));
        return p;
    }
    // An inline picture of the relationship rId, 16 × 8 cm.
    QDomElement picture(const QString& rId, int number, const QString& name)
    {
        static const QString wp = QStringLiteral("http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing");
        static const QString a = QStringLiteral("http://schemas.openxmlformats.org/drawingml/2006/main");
        static const QString pic = QStringLiteral("http://schemas.openxmlformats.org/drawingml/2006/picture");
        static const QString r = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships");
        const QString cx = QStringLiteral("5760000"), cy = QStringLiteral("2880000");
        auto el = [&](const QString& ns, const QString& qname, std::initializer_list<std::pair<QString, QString>> attrs = {}) {
            QDomElement e = m_doc.createElementNS(ns, qname);
            for (const auto& [k, v] : attrs)
                e.setAttribute(k, v);
            return e;
        };
        QDomElement p = w(QStringLiteral("p"));
        QDomElement ppr = w(QStringLiteral("pPr"));
        ppr.appendChild(withVal(QStringLiteral("jc"), QStringLiteral("center")));
        p.appendChild(ppr);
        QDomElement run = w(QStringLiteral("r"));
        QDomElement drawing = w(QStringLiteral("drawing"));
        QDomElement inl = el(wp, QStringLiteral("wp:inline"), { { QStringLiteral("distT"), QStringLiteral("0") },
                                                              { QStringLiteral("distB"), QStringLiteral("0") },
                                                              { QStringLiteral("distL"), QStringLiteral("0") },
                                                              { QStringLiteral("distR"), QStringLiteral("0") } });
        inl.appendChild(el(wp, QStringLiteral("wp:extent"), { { QStringLiteral("cx"), cx }, { QStringLiteral("cy"), cy } }));
        inl.appendChild(el(wp, QStringLiteral("wp:docPr"),
                           { { QStringLiteral("id"), QString::number(number) }, { QStringLiteral("name"), name } }));
        QDomElement graphic = el(a, QStringLiteral("a:graphic"));
        QDomElement data = el(a, QStringLiteral("a:graphicData"), { { QStringLiteral("uri"), pic } });
        QDomElement pp = el(pic, QStringLiteral("pic:pic"));
        QDomElement nv = el(pic, QStringLiteral("pic:nvPicPr"));
        nv.appendChild(el(pic, QStringLiteral("pic:cNvPr"), { { QStringLiteral("id"), QString::number(number) },
                                                             { QStringLiteral("name"), name } }));
        nv.appendChild(el(pic, QStringLiteral("pic:cNvPicPr")));
        pp.appendChild(nv);
        QDomElement fill = el(pic, QStringLiteral("pic:blipFill"));
        QDomElement blip = el(a, QStringLiteral("a:blip"));
        blip.setAttributeNS(r, QStringLiteral("r:embed"), rId);
        fill.appendChild(blip);
        QDomElement stretch = el(a, QStringLiteral("a:stretch"));
        stretch.appendChild(el(a, QStringLiteral("a:fillRect")));
        fill.appendChild(stretch);
        pp.appendChild(fill);
        QDomElement sp = el(pic, QStringLiteral("pic:spPr"));
        QDomElement xfrm = el(a, QStringLiteral("a:xfrm"));
        xfrm.appendChild(el(a, QStringLiteral("a:off"), { { QStringLiteral("x"), QStringLiteral("0") }, { QStringLiteral("y"), QStringLiteral("0") } }));
        xfrm.appendChild(el(a, QStringLiteral("a:ext"), { { QStringLiteral("cx"), cx }, { QStringLiteral("cy"), cy } }));
        sp.appendChild(xfrm);
        QDomElement geom = el(a, QStringLiteral("a:prstGeom"), { { QStringLiteral("prst"), QStringLiteral("rect") } });
        geom.appendChild(el(a, QStringLiteral("a:avLst")));
        sp.appendChild(geom);
        pp.appendChild(sp);
        data.appendChild(pp);
        graphic.appendChild(data);
        inl.appendChild(graphic);
        drawing.appendChild(inl);
        run.appendChild(drawing);
        p.appendChild(run);
        return p;
    }

    QDomElement table(const ReportTable& t)
    {
        QDomElement tbl = w(QStringLiteral("tbl"));
        QDomElement pr = w(QStringLiteral("tblPr"));
        pr.appendChild(withVal(QStringLiteral("tblStyle"), QStringLiteral("QfTable")));
        QDomElement width = w(QStringLiteral("tblW"));
        width.setAttributeNS(kW, QStringLiteral("w:w"), QStringLiteral("5000"));
        width.setAttributeNS(kW, QStringLiteral("w:type"), QStringLiteral("pct"));
        pr.appendChild(width);
        tbl.appendChild(pr);
        QDomElement grid = w(QStringLiteral("tblGrid"));
        for (qsizetype i = 0; i < t.headers.size(); ++i) {
            QDomElement col = w(QStringLiteral("gridCol"));
            col.setAttributeNS(kW, QStringLiteral("w:w"), QString::number(8844 / std::max<qsizetype>(1, t.headers.size())));
            grid.appendChild(col);
        }
        tbl.appendChild(grid);
        auto row = [&](const QStringList& cells, bool header) {
            QDomElement tr = w(QStringLiteral("tr"));
            if (header) {
                QDomElement trPr = w(QStringLiteral("trPr"));
                trPr.appendChild(w(QStringLiteral("tblHeader")));
                tr.appendChild(trPr);
            }
            for (const QString& c : cells) {
                QDomElement tc = w(QStringLiteral("tc"));
                tc.appendChild(paragraph(c, QStringLiteral("QfTableText"), header));
                tr.appendChild(tc);
            }
            tbl.appendChild(tr);
        };
        row(t.headers, true);
        for (const QVariantList& r : t.rows) {
            QStringList cells;
            for (const QVariant& v : r)
                cells << cellText(v);
            row(cells, false);
        }
        return tbl;
    }

private:
    QDomDocument& m_doc;
};

// Replaces {name} in every text node of the document.
void fill(QDomNode node, const QHash<QString, QString>& values)
{
    for (QDomNode n = node.firstChild(); !n.isNull(); n = n.nextSibling()) {
        if (n.isText()) {
            QString t = n.nodeValue();
            for (auto it = values.constBegin(); it != values.constEnd(); ++it)
                t.replace(QLatin1Char('{') + it.key() + QLatin1Char('}'), it.value());
            n.setNodeValue(t);
        } else {
            fill(n, values);
        }
    }
}

// The DOM written with its attributes in a fixed order (QDom keeps them in a hash whose order
// changes from run to run) and every namespace declared on the root: the same document gives
// the same bytes.
void collectNamespaces(const QDomNode& n, QMap<QString, QString>& out)
{
    if (n.isElement()) {
        const QDomElement e = n.toElement();
        if (!e.prefix().isEmpty() && !e.namespaceURI().isEmpty())
            out.insert(e.prefix(), e.namespaceURI());
        const QDomNamedNodeMap attrs = e.attributes();
        for (int i = 0; i < attrs.count(); ++i) {
            const QDomNode a = attrs.item(i);
            if (!a.prefix().isEmpty() && !a.namespaceURI().isEmpty() && a.prefix() != QLatin1String("xml"))
                out.insert(a.prefix(), a.namespaceURI());
        }
    }
    for (QDomNode c = n.firstChild(); !c.isNull(); c = c.nextSibling())
        collectNamespaces(c, out);
}

QString qualified(const QDomNode& n)
{
    if (n.localName().isEmpty())
        return n.nodeName();
    return n.prefix().isEmpty() ? n.localName() : n.prefix() + QLatin1Char(':') + n.localName();
}

void writeNode(QXmlStreamWriter& x, const QDomNode& n, const QMap<QString, QString>* namespaces)
{
    if (n.isElement()) {
        const QDomElement e = n.toElement();
        x.writeStartElement(qualified(e));
        if (namespaces)
            for (auto it = namespaces->constBegin(); it != namespaces->constEnd(); ++it)
                x.writeAttribute(QStringLiteral("xmlns:") + it.key(), it.value());
        QList<std::pair<QString, QString>> attrs;
        const QDomNamedNodeMap map = e.attributes();
        for (int i = 0; i < map.count(); ++i) {
            const QDomNode a = map.item(i);
            const QString name = qualified(a);
            if (name == QLatin1String("xmlns") || name.startsWith(QLatin1String("xmlns:")))
                continue;
            attrs << std::pair { name, a.nodeValue() };
        }
        std::sort(attrs.begin(), attrs.end());
        for (const auto& [name, value] : std::as_const(attrs))
            x.writeAttribute(name, value);
        for (QDomNode c = n.firstChild(); !c.isNull(); c = c.nextSibling())
            writeNode(x, c, nullptr);
        x.writeEndElement();
    } else if (n.isText() || n.isCDATASection()) {
        x.writeCharacters(n.nodeValue());
    }
}

QByteArray serialize(const QDomDocument& doc)
{
    QMap<QString, QString> namespaces;
    collectNamespaces(doc.documentElement(), namespaces);
    QByteArray out;
    QXmlStreamWriter x(&out);
    x.writeStartDocument(QStringLiteral("1.0"), true);
    writeNode(x, doc.documentElement(), &namespaces);
    x.writeEndDocument();
    return out;
}

QString xlsxSheetName(QString name, QSet<QString>& used)
{
    static const QString bad = QStringLiteral("[]:*?/\\");
    for (QChar& c : name)
        if (bad.contains(c))
            c = QLatin1Char(' ');
    name = name.left(28);
    QString unique = name;
    for (int i = 2; used.contains(unique); ++i)
        unique = name + QString::number(i);
    used << unique;
    return unique;
}

} // namespace

std::optional<AnalysisExport::Format> AnalysisExport::formatFor(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("docx"))
        return Format::Docx;
    if (suffix == QLatin1String("xlsx"))
        return Format::Xlsx;
    if (suffix == QLatin1String("pdf"))
        return Format::Pdf;
    return std::nullopt;
}

Status AnalysisExport::write(const AnalysisReport& report, const QString& path)
{
    const auto format = formatFor(path);
    if (!format)
        return Error { tr("'%1' is not a .docx, .xlsx or .pdf file.").arg(path), ErrorCode::Invalid };
    switch (*format) {
    case Format::Docx: return writeDocx(report, path);
    case Format::Xlsx: return writeXlsx(report, path);
    case Format::Pdf: return writePdf(report, path);
    }
    return {};
}

Status AnalysisExport::writeDocx(const AnalysisReport& report, const QString& path)
{
    auto documentXml = templatePart(QStringLiteral("document.xml"));
    if (!documentXml)
        return Error { documentXml.error() };
    QDomDocument doc;
    if (!doc.setContent(*documentXml, true))
        return Error { tr("The document template is not well-formed XML.") };
    DocxBuilder b(doc);
    QList<QByteArray> images; // word/media/chartN.png
    // The body: text, headings with their tables, the appendix and how the document was made.
    QList<QDomElement> body;
    for (const QString& p : report.paragraphs)
        body << b.paragraph(p);
    for (qsizetype i = 0; i < report.tables.size(); ++i) {
        const ReportTable& t = report.tables.at(i);
        const QString n = chineseNumber(int(i) + 1);
        body << b.paragraph(n + QStringLiteral("、") + t.name, QStringLiteral("QfHeading1"));
        if (t.rows.isEmpty())
            body << b.paragraph(tr("None."));
        else
            body << b.table(t);
        for (qsizetype c = 0; c < report.charts.size(); ++c) {
            if (report.charts.at(c).afterTable != int(i))
                continue;
            const int number = int(images.size()) + 1;
            images << analysisChartPng(report.charts.at(c));
            body << b.picture(QStringLiteral("rIdChart%1").arg(number), number, report.charts.at(c).title);
        }
    }
    body << b.paragraph(tr("Appendix: counting rules and how this document was made"), QStringLiteral("QfHeading1"));
    for (const QString& a : report.appendix)
        body << b.paragraph(a, QStringLiteral("QfSmall"));
    for (const QString& p : report.provenance())
        body << b.paragraph(p, QStringLiteral("QfSmall"));

    const QDomNodeList texts = doc.elementsByTagNameNS(kW, QStringLiteral("t"));
    for (int i = 0; i < texts.size(); ++i) {
        if (texts.at(i).toElement().text() != QLatin1String("{body}"))
            continue;
        QDomNode marker = texts.at(i).parentNode().parentNode(); // w:p
        QDomNode parent = marker.parentNode();
        for (const QDomElement& e : std::as_const(body))
            parent.insertBefore(e, marker);
        parent.removeChild(marker);
        break;
    }
    QDomNode docno;
    for (int i = 0; i < texts.size(); ++i)
        if (texts.at(i).toElement().text() == QLatin1String("{docno}"))
            docno = texts.at(i).parentNode().parentNode();
    if (report.documentNo.isEmpty() && !docno.isNull())
        docno.parentNode().removeChild(docno);
    const QHash<QString, QString> values {
        { QStringLiteral("title"), report.title },
        { QStringLiteral("docno"), report.documentNo },
        { QStringLiteral("office"), report.office },
        { QStringLiteral("date"), DocumentPdf::documentDate(report.issuedOn) },
    };
    fill(doc, values);

    auto core = templatePart(QStringLiteral("core.xml"));
    if (!core)
        return Error { core.error() };
    QDomDocument coreDoc;
    if (!coreDoc.setContent(*core, true))
        return Error { tr("The document template is not well-formed XML.") };
    fill(coreDoc, { { QStringLiteral("title"), report.title },
                    { QStringLiteral("office"), report.office },
                    { QStringLiteral("provenance"), report.provenance().join(QLatin1Char('\n')) } });

    struct Part
    {
        QString name;
        QByteArray data;
    };
    QList<Part> parts { { QStringLiteral("[Content_Types].xml"), {} }, { QStringLiteral("_rels/.rels"), {} },
                        { QStringLiteral("word/document.xml"), serialize(doc) },
                        { QStringLiteral("word/styles.xml"), {} }, { QStringLiteral("word/footer1.xml"), {} },
                        { QStringLiteral("word/_rels/document.xml.rels"), {} },
                        { QStringLiteral("docProps/core.xml"), serialize(coreDoc) } };
    const QHash<QString, QString> sources { { QStringLiteral("[Content_Types].xml"), QStringLiteral("content-types.xml") },
                                            { QStringLiteral("_rels/.rels"), QStringLiteral("package.rels") },
                                            { QStringLiteral("word/styles.xml"), QStringLiteral("styles.xml") },
                                            { QStringLiteral("word/footer1.xml"), QStringLiteral("footer1.xml") },
                                            { QStringLiteral("word/_rels/document.xml.rels"), QStringLiteral("document.rels") } };
    for (Part& p : parts) {
        if (!p.data.isEmpty())
            continue;
        auto data = templatePart(sources.value(p.name));
        if (!data)
            return Error { data.error() };
        p.data = *data;
    }
    // The charts: their parts, their relationships and the PNG content type.
    for (qsizetype i = 0; i < images.size(); ++i) {
        const QString n = QString::number(i + 1);
        for (Part& p : parts) {
            if (p.name == QLatin1String("word/_rels/document.xml.rels"))
                p.data.replace("</Relationships>",
                               QStringLiteral("  <Relationship Id=\"rIdChart%1\" Type=\"http://schemas.openxmlformats.org/"
                                              "officeDocument/2006/relationships/image\" Target=\"media/chart%1.png\"/>\n"
                                              "</Relationships>")
                                   .arg(n)
                                   .toUtf8());
        }
        parts << Part { QStringLiteral("word/media/chart%1.png").arg(n), images.at(i) };
    }
    if (!images.isEmpty())
        parts[0].data.replace("<Default Extension=\"xml\"",
                              "<Default Extension=\"png\" ContentType=\"image/png\"/>\n  <Default Extension=\"xml\"");
    const QByteArray file = QFile::encodeName(path);
    zipFile zip = zipOpen64(file.constData(), APPEND_STATUS_CREATE);
    if (!zip)
        return Error { tr("Cannot write %1.").arg(path) };
    // A fixed time in every entry: the same content gives the same file.
    zip_fileinfo info {};
    info.tmz_date.tm_year = 2000;
    info.tmz_date.tm_mday = 1;
    for (const Part& p : std::as_const(parts)) {
        const QByteArray name = p.name.toUtf8();
        int rc = zipOpenNewFileInZip64(zip, name.constData(), &info, nullptr, 0, nullptr, 0, nullptr, Z_DEFLATED,
                                       Z_DEFAULT_COMPRESSION, 0);
        if (rc == ZIP_OK)
            rc = zipWriteInFileInZip(zip, p.data.constData(), unsigned(p.data.size()));
        if (rc == ZIP_OK)
            rc = zipCloseFileInZip(zip);
        if (rc != ZIP_OK) {
            zipClose(zip, nullptr);
            QFile::remove(path);
            return Error { tr("Cannot write %1 (zip error %2).").arg(path).arg(rc) };
        }
    }
    if (zipClose(zip, nullptr) != ZIP_OK)
        return Error { tr("Cannot write %1.").arg(path) };
    return {};
}

Status AnalysisExport::writeXlsx(const AnalysisReport& report, const QString& path)
{
    const QByteArray file = QFile::encodeName(path);
    lxw_workbook_options options {};
    options.constant_memory = LXW_FALSE;
    lxw_workbook* book = workbook_new_opt(file.constData(), &options);
    if (!book)
        return Error { tr("Cannot write %1.").arg(path) };
    // Fixed document properties (no creation time): the same content gives the same file.
    const QByteArray title = report.title.toUtf8();
    const QByteArray company = report.office.toUtf8();
    const QByteArray comments = report.provenance().join(QLatin1Char('\n')).toUtf8();
    lxw_doc_properties props {};
    props.title = const_cast<char*>(title.constData());
    props.company = const_cast<char*>(company.constData());
    props.comments = const_cast<char*>(comments.constData());
    props.created = 946684800; // 2000-01-01
    workbook_set_properties(book, &props);
    lxw_format* bold = workbook_add_format(book);
    format_set_bold(bold);
    lxw_format* day = workbook_add_format(book);
    format_set_num_format(day, "yyyy-mm-dd");
    QSet<QString> used;
    auto text = [](lxw_worksheet* s, int row, int col, const QString& t, lxw_format* f = nullptr) {
        worksheet_write_string(s, lxw_row_t(row), lxw_col_t(col), t.toUtf8().constData(), f);
    };
    lxw_worksheet* about = workbook_add_worksheet(book, xlsxSheetName(tr("About"), used).toUtf8().constData());
    worksheet_set_column(about, 0, 0, 120, nullptr);
    int line = 0;
    text(about, line++, 0, report.title, bold);
    for (const QString& p : report.paragraphs)
        text(about, line++, 0, p);
    ++line;
    for (const QString& p : report.provenance())
        text(about, line++, 0, p);
    ++line;
    for (const QString& a : report.appendix)
        text(about, line++, 0, a);
    for (const ReportTable& t : report.tables) {
        lxw_worksheet* sheet = workbook_add_worksheet(book, xlsxSheetName(t.name, used).toUtf8().constData());
        worksheet_set_column(sheet, 0, 0, 28, nullptr);
        worksheet_set_column(sheet, 1, lxw_col_t(std::max<qsizetype>(1, t.headers.size() - 1)), 14, nullptr);
        for (qsizetype c = 0; c < t.headers.size(); ++c)
            text(sheet, 0, int(c), t.headers.at(c), bold);
        for (qsizetype r = 0; r < t.rows.size(); ++r) {
            const QVariantList& row = t.rows.at(r);
            for (qsizetype c = 0; c < row.size(); ++c) {
                const QVariant& v = row.at(c);
                const auto rr = lxw_row_t(r + 1);
                const auto cc = lxw_col_t(c);
                switch (v.typeId()) {
                case QMetaType::LongLong:
                case QMetaType::Int:
                case QMetaType::Double: worksheet_write_number(sheet, rr, cc, v.toDouble(), nullptr); break;
                case QMetaType::QDate: {
                    const QDate d = v.toDate();
                    lxw_datetime dt { d.year(), d.month(), d.day(), 0, 0, 0 };
                    worksheet_write_datetime(sheet, rr, cc, &dt, day);
                    break;
                }
                default: text(sheet, int(r + 1), int(c), v.toString());
                }
            }
        }
    }
    if (const lxw_error e = workbook_close(book); e != LXW_NO_ERROR)
        return Error { tr("Cannot write %1: %2").arg(path, QString::fromUtf8(lxw_strerror(e))) };
    return {};
}

QString AnalysisExport::html(const AnalysisReport& report)
{
    auto esc = [](const QString& s) { return s.toHtmlEscaped(); };
    QString h = QStringLiteral("<html><body>");
    h += QStringLiteral("<p class=\"title\">%1</p>").arg(esc(report.title));
    if (!report.documentNo.isEmpty())
        h += QStringLiteral("<p class=\"docno\">%1</p>").arg(esc(report.documentNo));
    for (const QString& p : report.paragraphs)
        h += QStringLiteral("<p class=\"text\">%1</p>").arg(esc(p));
    int n = 0;
    for (const ReportTable& t : report.tables) {
        h += QStringLiteral("<p class=\"text\"><b>%1. %2</b></p>").arg(++n).arg(esc(t.name));
        if (t.rows.isEmpty()) {
            h += QStringLiteral("<p class=\"text\">%1</p>").arg(esc(tr("None.")));
            continue;
        }
        h += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\"><tr>");
        for (const QString& c : t.headers)
            h += QStringLiteral("<th class=\"small\">%1</th>").arg(esc(c));
        h += QStringLiteral("</tr>");
        for (const QVariantList& row : t.rows) {
            h += QStringLiteral("<tr>");
            for (const QVariant& v : row)
                h += QStringLiteral("<td class=\"small\" align=\"center\">%1</td>").arg(esc(cellText(v)));
            h += QStringLiteral("</tr>");
        }
        h += QStringLiteral("</table>");
    }
    h += QStringLiteral("<p class=\"sign\">%1</p><p class=\"sign\">%2</p>")
             .arg(esc(report.office), esc(DocumentPdf::documentDate(report.issuedOn)));
    h += QStringLiteral("<p class=\"text\"><b>%1</b></p>").arg(esc(tr("Appendix: counting rules and how this document was made")));
    for (const QString& a : report.appendix + report.provenance())
        h += QStringLiteral("<p class=\"small\">%1</p>").arg(esc(a));
    h += QStringLiteral("</body></html>");
    return h;
}

Status AnalysisExport::writePdf(const AnalysisReport& report, const QString& path)
{
    return DocumentPdf::toPdf(html(report), path);
}

} // namespace qf
