#pragma once

#include "app/devices/phone/PhoneLine.h"

namespace qf {

// The workstation's hotline line as the Devices settings keep it: QSettings (not synced)
// for the account, registrar, transport and announcement; the SIP password in the OS
// keychain, never in a file.
struct LineConfig
{
    static LineSettings load(); // the password read from the keychain when there is one
    static Status save(const LineSettings& settings); // the password to the keychain
    // Whether a line has been set up on this workstation (an account, or a listening port).
    static bool configured();
};

} // namespace qf
