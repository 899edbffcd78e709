// CaseEditor: pages read in the background - the document camera's, and scans attached by
// hand - so their text stands beside them in the attachments tab.
#include "ui/cases/CaseEditor.h"

#include "app/devices/scanner/ScanSettings.h"
#include "app/scan/LetterReader.h"
#include "models/AttachmentStore.h"
#include "models/Session.h"

#include <QDateTime>
#include <QFileInfo>
#include <QImageReader>
#include <QLabel>
#include <QListWidget>
#include <QPdfDocument>
#include <QTemporaryDir>

namespace qf {

void CaseEditor::attachPages(const QList<QImage>& pages)
{
    if (pages.isEmpty())
        return;
    // The pages go through what scanned letters go through (deskew, upright, OCR, one
    // searchable PDF), read on the reader's thread; the editor stays usable meanwhile.
    auto spool = std::make_shared<QTemporaryDir>();
    QStringList files;
    for (int i = 0; i < pages.size(); ++i) {
        const QString file = spool->filePath(QStringLiteral("page-%1.png").arg(i + 1));
        if (!pages.at(i).save(file, "PNG", kFastPng)) {
            showError(tr("The pages taken cannot be kept: %1").arg(spool->errorString()));
            return;
        }
        files << file;
    }
    const QString stem = QStringLiteral("camera-%1").arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    auto* reader = new LetterReader(this);
    m_message->setText(tr("Reading the %n page(s) taken…", nullptr, int(pages.size())));
    m_message->setStyleSheet(QString());
    m_message->show();
    connect(reader, &LetterReader::letterRead, this, [this, stem](int, const ScannedLetter::Read& read) {
        AttachmentStore& store = m_session.attachments();
        auto pdf = store.attachData(m_report.id, read.pdf, stem + QStringLiteral(".pdf"), QStringLiteral("scan"));
        auto ocr = pdf ? store.attachData(m_report.id, read.ocr, stem + QStringLiteral(".ocr.json"), QStringLiteral("ocr"))
                       : Result<StoredAttachment>(pdf.failure());
        if (!ocr) {
            showError(ocr.error());
            return;
        }
        m_message->setText(tr("The pages taken are attached as %1.").arg(stem + QStringLiteral(".pdf")));
        fillAttachments();
        for (int i = 0; i < m_attachments->count(); ++i)
            if (m_attachments->item(i)->data(Qt::UserRole + 1).toString() == stem + QStringLiteral(".pdf"))
                showAttachment(i);
        emit attachmentsChanged();
        emit reportChanged(m_report.id);
    });
    connect(reader, &LetterReader::letterFailed, this, [this](int, const QString& message) { showError(message); });
    connect(reader, &LetterReader::finished, reader, [reader, spool] { reader->deleteLater(); });
    reader->start({ files }, 200);
}

void CaseEditor::readAttached(const QString& path, const QString& fileName)
{
    // A scan attached by hand is read like a scanned letter; its recognition is kept beside it
    // ("<name>.ocr.json"), the file itself stays as it was. Pages of a PDF are rendered first.
    auto spool = std::make_shared<QTemporaryDir>();
    QStringList pages;
    if (QImageReader(path).canRead()) {
        pages << path;
    } else {
        QPdfDocument pdf;
        if (pdf.load(path) != QPdfDocument::Error::None)
            return; // neither an image nor a PDF: nothing to read
        constexpr int kDpi = 200;
        for (int i = 0; i < pdf.pageCount(); ++i) {
            const QSizeF points = pdf.pagePointSize(i);
            QImage page = pdf.render(i, (points * kDpi / 72.0).toSize());
            page.setDotsPerMeterX(int(kDpi / 0.0254));
            page.setDotsPerMeterY(int(kDpi / 0.0254));
            const QString file = spool->filePath(QStringLiteral("page-%1.png").arg(i + 1));
            if (page.isNull() || !page.save(file, "PNG", kFastPng))
                return;
            pages << file;
        }
    }
    if (pages.isEmpty())
        return;
    const QString stem = fileName.section(QLatin1Char('.'), 0, 0);
    auto* reader = new LetterReader(this);
    connect(reader, &LetterReader::letterRead, this, [this, stem](int, const ScannedLetter::Read& read) {
        auto ocr = m_session.attachments().attachData(m_report.id, read.ocr, stem + QStringLiteral(".ocr.json"),
                                                      QStringLiteral("ocr"));
        if (!ocr) {
            showError(ocr.error());
            return;
        }
        const int row = m_attachments->currentRow();
        fillAttachments();
        if (row >= 0)
            showAttachment(row);
        emit attachmentsChanged();
    });
    connect(reader, &LetterReader::letterFailed, this, [this](int, const QString& message) { showError(message); });
    connect(reader, &LetterReader::finished, reader, [reader, spool] { reader->deleteLater(); });
    reader->start({ pages }, 200);
}

} // namespace qf
