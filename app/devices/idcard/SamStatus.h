#pragma once

#include <QCoreApplication>
#include <QString>

namespace qf {

// The status byte (SW3) of a reader's answer, and what it means for the receptionist.
class SamStatus
{
    Q_DECLARE_TR_FUNCTIONS(qf::SamStatus)

public:
    enum Code : quint8 {
        Ok = 0x90,
        CardFound = 0x9F,
        NoCard = 0x80,
        SelectFailed = 0x81,
        ReadFailed = 0x41,
        BadChecksum = 0x10,
        BadLength = 0x11,
        BadCommand = 0x21,
        OutOfRange = 0x23,
        NotPermitted = 0x24,
        AuthFailedCard = 0x31,
        AuthFailedSam = 0x32,
        AuthFailedMutual = 0x33,
        UnknownCardType = 0x40,
        WrongState = 0x47,
        SelfTestFailed = 0x60,
        NotAuthorised = 0x66,
    };

    // Every status a reader is known to return.
    static const QList<quint8>& knownCodes();
    // A sentence for the desk; codes nobody knows are shown in hex.
    static QString message(quint8 code);
};

} // namespace qf
