#include "ui/cases/OcrTextPanel.h"

#include <QJsonArray>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBlock>
#include <QVBoxLayout>

#include <cmath>

namespace qf {

OcrTextPanel::OcrTextPanel(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* title = new QLabel(tr("<b>Recognised te&xt</b>"), this);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_page = new QLabel(this);
    m_page->setWordWrap(true);
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("ocrText"));
    m_text->setAccessibleName(tr("Recognised text"));
    m_text->setTabChangesFocus(true);
    title->setBuddy(m_text);
    m_use = new QPushButton(tr("&Use the correction as the content"), this);
    m_use->setEnabled(false);
    layout->addWidget(title);
    layout->addWidget(m_summary);
    layout->addWidget(m_page);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_use);
    connect(m_text, &QPlainTextEdit::textChanged, this, [this] { m_use->setEnabled(true); });
    connect(m_use, &QPushButton::clicked, this, [this] {
        m_use->setEnabled(false);
        if (m_isContent)
            Q_EMIT correctionReady(text());
        else
            Q_EMIT correctionReady(m_content.isEmpty() ? text() : m_content + QLatin1Char('\n') + text());
    });
}

void OcrTextPanel::clear()
{
    m_original = {};
    m_pageStart.clear();
    m_marked = 0;
    m_corrected = false;
    m_text->clear();
    m_summary->clear();
    m_page->clear();
    m_use->setEnabled(false);
}

QString OcrTextPanel::text() const { return m_text->toPlainText(); }

void OcrTextPanel::setRecognition(const QJsonObject& original, const QString& content, bool isContent)
{
    clear();
    m_original = original;
    m_isContent = isContent;
    m_content = content;
    m_use->setText(isContent ? tr("&Use the correction as the content") : tr("&Add this text to the content"));
    // The recognition laid out as ScannedLetter gives it to the content: lines joined by line
    // breaks, pages too; each character with its confidence.
    QString recognised;
    QList<int> unsure;
    const QJsonArray pages = original.value(QStringLiteral("pages")).toArray();
    for (int p = 0; p < pages.size(); ++p) {
        if (p > 0)
            recognised += QLatin1Char('\n');
        m_pageStart << int(recognised.size());
        const QJsonArray lines = pages.at(p).toObject().value(QStringLiteral("lines")).toArray();
        for (int l = 0; l < lines.size(); ++l) {
            if (l > 0)
                recognised += QLatin1Char('\n');
            const QJsonObject line = lines.at(l).toObject();
            const QString text = line.value(QStringLiteral("text")).toString();
            const QJsonArray conf = line.value(QStringLiteral("confidence")).toArray();
            for (int i = 0; i < text.size(); ++i)
                if (i < conf.size() && conf.at(i).toInt() < kLowConfidence && !text.at(i).isSpace())
                    unsure << int(recognised.size()) + i;
            recognised += text;
        }
    }
    const QSignalBlocker block(m_text);
    m_text->setPlainText(isContent ? content : recognised);
    m_corrected = isContent && content != recognised;
    // Pages added to a case: their text is offered as it is, ready to add.
    m_use->setEnabled(!isContent && !recognised.trimmed().isEmpty() && !content.contains(recognised));
    if (m_corrected) {
        // Offsets into a text that was corrected would point at other characters.
        m_pageStart.clear();
        m_summary->setText(tr("Corrected by hand: this is the report's content. The recognition as it came out is "
                              "kept in the letter's recognition file."));
    } else {
        mark(unsure);
        m_summary->setText(m_marked == 0 ? tr("As recognised; no character was unsure.")
                                         : tr("As recognised; %n unsure character(s) are marked: check them against "
                                              "the page.",
                                              nullptr, m_marked));
    }
    showPage(0);
}

void OcrTextPanel::mark(const QList<int>& positions)
{
    // Extra selections hold text cursors: they move with the text as the clerk corrects it.
    QList<QTextEdit::ExtraSelection> marks;
    QTextCharFormat unsure;
    unsure.setBackground(QColor(0xff, 0xe0, 0x82));
    unsure.setUnderlineStyle(QTextCharFormat::WaveUnderline);
    unsure.setUnderlineColor(QColor(0xc6, 0x28, 0x28));
    for (int pos : positions) {
        QTextCursor c(m_text->document());
        c.setPosition(pos);
        c.setPosition(pos + 1, QTextCursor::KeepAnchor);
        marks.append({ c, unsure });
    }
    m_text->setExtraSelections(marks);
    m_marked = int(marks.size());
}

void OcrTextPanel::showPage(int page)
{
    const QJsonArray pages = m_original.value(QStringLiteral("pages")).toArray();
    if (page < 0 || page >= pages.size()) {
        m_page->clear();
        return;
    }
    const QJsonObject p = pages.at(page).toObject();
    QString info = tr("Page %1: confidence %2 %").arg(page + 1).arg(std::lround(p.value(QStringLiteral("confidence")).toDouble()));
    const double skew = p.value(QStringLiteral("skew_degrees")).toDouble();
    if (std::abs(skew) >= 0.05)
        info += tr(", straightened by %1°").arg(QString::number(std::abs(skew), 'f', 1));
    if (const int turned = p.value(QStringLiteral("rotated")).toInt(); turned != 0)
        info += tr(", turned upright by %1°").arg(turned);
    m_page->setText(info);
    if (page < m_pageStart.size()) {
        QTextCursor c(m_text->document());
        c.setPosition(std::min(m_pageStart.at(page), int(m_text->document()->characterCount()) - 1));
        m_text->setTextCursor(c);
        m_text->ensureCursorVisible();
    }
}

} // namespace qf
