#pragma once

#include "app/devices/phone/PhoneLine.h"

namespace qf {

// An analog line through a recording box (录音盒: a USB box between the office's analog phone
// line and the handset that detects ringing and caller id (FSK/DTMF) and records both
// directions). Such a box is a PhoneLine like the SIP line: it reports incoming() with the
// caller id the box decoded, answered() when the handset is lifted (the box reports off-hook;
// answer() cannot lift a handset, so it returns ErrorCode::Refused with that said), finished()
// on hang-up with the WAV the box recorded, and dial() through the box's own dialler where it
// has one. The vendors' SDKs are Windows DLLs or Linux .so files with C callbacks (ring,
// caller id, off-hook, on-hook, recording file); an implementation wraps one behind this
// interface. None is built here: no box and no SDK are available on this machine (README,
// "Hotline").
class RecordingBox : public PhoneLine
{
    Q_OBJECT

public:
    using PhoneLine::PhoneLine;
    // The box's model and serial as its SDK reports them, for the Devices settings.
    virtual QString deviceName() const = 0;
};

} // namespace qf
