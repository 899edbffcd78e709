#pragma once

#include "app/scan/ScannedLetter.h"

#include <QObject>
#include <QStringList>

#include <atomic>
#include <memory>

class QThread;

namespace qf {

// Reads the letters of a scan batch (deskew, upright, OCR, the searchable PDF) one page at a
// time on a thread of its own, at low priority so the window and the scanner keep going; the
// results come back to the thread that owns the reader, which registers them (the database
// stays on its thread). cancel() stops before the next page.
class LetterReader : public QObject
{
    Q_OBJECT

public:
    explicit LetterReader(QObject* parent = nullptr);
    ~LetterReader() override;

    void start(const QList<QStringList>& letters, int dpi);
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    // page: 1-based within the letter; pages: how many it has.
    void pageRead(int letter, int page, int pages);
    void letterRead(int letter, const qf::ScannedLetter::Read& read);
    void letterFailed(int letter, const QString& message);
    // Every letter read (or the run cancelled).
    void finished(bool cancelled);

private:
    std::unique_ptr<QThread> m_thread;
    std::atomic_bool m_cancel{ false };
    bool m_running = false;
};

} // namespace qf

Q_DECLARE_METATYPE(qf::ScannedLetter::Read)
