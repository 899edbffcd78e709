// IntakeDialog: pages from the document camera, read like scanned letters (deskew, upright,
// OCR) into one searchable PDF among the files. Kept apart from the form's own code.
#include "ui/cases/IntakeDialog.h"

#include "app/scan/LetterReader.h"
#include "app/devices/scanner/ScanSettings.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTemporaryDir>

namespace qf {

void IntakeDialog::addCameraPages(const QList<QImage>& pages)
{
    if (pages.isEmpty())
        return;
    if (!m_spool)
        m_spool = std::make_unique<QTemporaryDir>(); // 0700, gone with the dialog
    const QString stem = QStringLiteral("camera-%1").arg(QDateTime::currentDateTime().toString(QStringLiteral("HHmmss-zzz")));
    QStringList files;
    for (int i = 0; i < pages.size(); ++i) {
        const QString file = m_spool->filePath(QStringLiteral("%1-%2.png").arg(stem).arg(i + 1));
        if (!pages.at(i).save(file, "PNG", kFastPng)) {
            showError(tr("The pages taken cannot be kept: %1").arg(m_spool->errorString()));
            return;
        }
        files << file;
    }
    auto* reader = new LetterReader(this);
    m_cameraState->setText(tr("Reading the %n page(s) taken…", nullptr, int(pages.size())));
    connect(reader, &LetterReader::letterRead, this, [this, stem](int, const ScannedLetter::Read& read) {
        m_cameraState->clear();
        const QString pdf = m_spool->filePath(stem + QStringLiteral(".pdf"));
        QFile out(pdf);
        if (!out.open(QIODevice::WriteOnly) || out.write(read.pdf) != read.pdf.size() || !out.flush()) {
            showError(tr("The pages taken cannot be kept: %1").arg(out.errorString()));
            return;
        }
        out.close();
        m_recognitions.insert(pdf, read.ocr);
        if (Status s = addFiles({ pdf }); !s)
            showError(s.error());
        // Nothing typed yet: the recognised text is a start the receptionist checks.
        if (m_content->toPlainText().trimmed().isEmpty())
            m_content->setPlainText(read.text);
        emit cameraPagesAdded();
    });
    connect(reader, &LetterReader::letterFailed, this, [this](int, const QString& message) {
        m_cameraState->clear();
        showError(message);
    });
    connect(reader, &LetterReader::finished, reader, &QObject::deleteLater);
    reader->start({ files }, 200);
}

} // namespace qf
