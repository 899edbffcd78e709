#include "app/scan/LetterReader.h"

#include <QThread>

namespace qf {

LetterReader::LetterReader(QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<qf::ScannedLetter::Read>();
}

LetterReader::~LetterReader()
{
    m_cancel = true;
    if (m_thread)
        m_thread->wait();
}

void LetterReader::start(const QList<QStringList>& letters, int dpi)
{
    if (m_running)
        return;
    if (m_thread) {
        m_thread->wait();
        m_thread.reset();
    }
    m_running = true;
    m_cancel = false;
    m_thread.reset(QThread::create([this, letters, dpi] {
        // Tesseract's engine is made here: it belongs to the thread that uses it.
        OcrEngine engine;
        for (int i = 0; i < letters.size() && !m_cancel.load(); ++i) {
            const int pages = int(letters.at(i).size());
            ScannedLetter::Progress progress;
            progress.cancel = &m_cancel;
            progress.pageDone = [this, i, pages](int page) {
                QMetaObject::invokeMethod(this, [this, i, page, pages] { Q_EMIT pageRead(i, page, pages); },
                                          Qt::QueuedConnection);
            };
            auto read = ScannedLetter::read(engine, letters.at(i), dpi, progress);
            if (m_cancel.load())
                break;
            if (read) {
                QMetaObject::invokeMethod(this, [this, i, r = *read] { Q_EMIT letterRead(i, r); }, Qt::QueuedConnection);
            } else {
                QMetaObject::invokeMethod(this, [this, i, m = read.error()] { Q_EMIT letterFailed(i, m); },
                                          Qt::QueuedConnection);
            }
        }
        QMetaObject::invokeMethod(this, [this] {
            m_running = false;
            Q_EMIT finished(m_cancel.load());
        }, Qt::QueuedConnection);
    }));
    m_thread->start(QThread::LowPriority);
}

void LetterReader::cancel() { m_cancel = true; }

} // namespace qf
