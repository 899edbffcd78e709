#pragma once

#include <QJsonObject>
#include <QList>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace qf {

// Beside a scanned letter in the viewer: the text recognised from its pages, as the report's
// content holds it (what search and the repeat check read). While that text is still the
// recognition as it came out, the characters Tesseract was unsure of are marked, so the clerk
// checks those first; the marks follow the text as it is corrected. "Use the correction"
// hands the text to the case editor, which saves it as the content with its audit entry. The
// original recognition stays in the letter's "ocr" attachment, never changed.
class OcrTextPanel : public QWidget
{
    Q_OBJECT

public:
    // Below this confidence (0..100) a character is marked. Tesseract's LSTM gives the
    // characters it reads right 92-100 almost always, and most it misreads 70-89.
    static constexpr int kLowConfidence = 90;

    explicit OcrTextPanel(QWidget* parent = nullptr);

    // original: the letter's recognition (ScannedLetter's JSON); content: the report's text now.
    // A letter registered from its scan has its recognised text AS the content; for pages
    // added to a case later (the document camera, a scan attached by hand) the panel shows
    // their own recognition, and its button adds that text to the content (correctionReady
    // then gives content and the pages' text together).
    void setRecognition(const QJsonObject& original, const QString& content, bool isContent = true);
    void clear();
    // Shows where the page's text begins, with its confidence and the angle corrected.
    void showPage(int page);

    QString text() const;
    // How many characters are marked as unsure (the tests, the summary line).
    int markedCount() const { return m_marked; }
    bool isCorrected() const { return m_corrected; }

Q_SIGNALS:
    void correctionReady(const QString& text);

private:
    void mark(const QList<int>& positions);

    QJsonObject m_original;
    QList<int> m_pageStart; // offset of each page's text in the content
    int m_marked = 0;
    bool m_corrected = false;
    bool m_isContent = true;
    QString m_content;
    QLabel* m_summary = nullptr;
    QLabel* m_page = nullptr;
    QPlainTextEdit* m_text = nullptr;
    QPushButton* m_use = nullptr;
};

} // namespace qf
