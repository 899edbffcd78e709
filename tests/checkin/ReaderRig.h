#pragma once

#include "tests/support/TestSupport.h"

#include "app/devices/idcard/IdCardSimulator.h"
#include "app/devices/idcard/SamIdCardReader.h"

#include <QSignalSpy>

#include <functional>
#include <memory>

namespace qf::test {

// A simulator on a real pty and the real driver on its link, with short timings.
struct ReaderRig
{
    ReaderRig();
    ~ReaderRig();

    // A new reader on the link (the old one is dropped), started, with fresh spies.
    void startReader(int responseTimeoutMs = 400);
    // Waits (running the event loop) until cond holds; false after timeoutMs.
    static bool waitFor(const std::function<bool()>& cond, int timeoutMs = 15000);
    bool waitForState(IdCardReader::State state, int timeoutMs = 15000);
    bool waitForError(int timeoutMs = 15000);
    QString lastError() const;
    static IdCardData demoCard(const QString& fileName);

    Scratch scratch;
    QString link;
    IdCardSimulator sim;
    std::unique_ptr<SamIdCardReader> reader;
    std::unique_ptr<QSignalSpy> cards;
    std::unique_ptr<QSignalSpy> errors;
    std::unique_ptr<QSignalSpy> states;
};

} // namespace qf::test
