#pragma once

#include "app/devices/scanner/SaneDevice.h"

#include <QImage>
#include <QObject>
#include <QStringList>

#include <atomic>
#include <memory>

class QThread;

namespace qf {

// One scan run: a stack in the feeder (or one sheet on the glass) scanned on its own thread,
// each page written to the run's folder as it arrives and announced with pageScanned().
// A fault stops the run with the pages so far kept; continueRun() goes on from the next
// page once the clerk has cleared it (a page that could not be written is written first).
// cancel() stops it after the sheet going through, keeping what was scanned.
class ScanJob : public QObject
{
    Q_OBJECT

public:
    ScanJob(ScanSettings settings, QString folder, QObject* parent = nullptr);
    ~ScanJob() override;

    // The small image each pageScanned() carries, for a screen to show (on by default; a
    // command line run has no use for it).
    void setPreviews(bool on) { m_previews = on; }
    void start();
    void continueRun(const QList<ScanSettings::Option>& options = {});
    void cancel();

    bool isRunning() const { return m_running; }
    // The pages kept so far, as files in the run's folder, in scan order.
    QStringList pages() const { return m_pages; }
    ScanFault lastFault() const { return m_fault; }
    QString lastMessage() const { return m_message; }

    // Runs start() (or continueRun()) to its end in a local event loop (the CLI, the tests).
    ScanFault runToEnd(bool continuing = false, const QList<ScanSettings::Option>& options = {});

Q_SIGNALS:
    void pageScanned(int number, const QString& file, const QImage& preview);
    // The run ended: fault None when the feeder ran out normally (or the flatbed page is done).
    void stopped(qf::ScanFault fault, const QString& message);

private:
    void launch(const QList<ScanSettings::Option>& extra);
    void work(QList<ScanSettings::Option> extra);

    ScanSettings m_settings;
    QString m_folder;
    SaneDevice m_device;
    std::unique_ptr<QThread> m_thread;
    std::atomic_bool m_cancel{ false };
    bool m_running = false;
    QStringList m_pages; // GUI thread
    int m_scanned = 0;   // worker thread while running
    int m_optionsDone = 0; // the settings' per-page options are set once each, up to this page
    QImage m_unsaved;    // a page the disk had no room for
    ScanFault m_fault = ScanFault::None;
    bool m_previews = true;
    QString m_message;
};

} // namespace qf
