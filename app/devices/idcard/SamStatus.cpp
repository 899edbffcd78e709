#include "app/devices/idcard/SamStatus.h"

#include <QList>

namespace qf {

const QList<quint8>& SamStatus::knownCodes()
{
    static const QList<quint8> codes { Ok,           CardFound,      NoCard,         SelectFailed,    ReadFailed,
                                       BadChecksum,  BadLength,      BadCommand,     OutOfRange,      NotPermitted,
                                       AuthFailedCard, AuthFailedSam, AuthFailedMutual, UnknownCardType, WrongState,
                                       SelfTestFailed, NotAuthorised };
    return codes;
}

QString SamStatus::message(quint8 code)
{
    switch (code) {
    case Ok:
        return tr("The reader completed the operation.");
    case CardFound:
        return tr("A card is on the reader.");
    case NoCard:
        return tr("No card on the reader. Place the ID card flat on the reader.");
    case SelectFailed:
        return tr("The card could not be selected. Lift the card and place it on the reader again.");
    case ReadFailed:
        return tr("The card could not be read. Keep the card still on the reader and try again.");
    case BadChecksum:
        return tr("The reader received a damaged command (checksum error). Check the reader's cable.");
    case BadLength:
        return tr("The reader received a command of the wrong length. Check the reader's cable.");
    case BadCommand:
        return tr("The reader does not understand the command. The reader model or its firmware is not supported.");
    case OutOfRange:
        return tr("The reader refused the command because a parameter is out of range. The reader model or its "
                  "firmware is not supported.");
    case NotPermitted:
        return tr("The reader refused the command as not permitted. The reader may be locked or configured for "
                  "another use.");
    case AuthFailedCard:
        return tr("The card and the reader could not authenticate each other. The card may be damaged or not "
                  "genuine; try again or check the card by hand.");
    case AuthFailedSam:
        return tr("The reader's security module could not verify the card. The card may be damaged or not genuine; "
                  "try again or check the card by hand.");
    case AuthFailedMutual:
        return tr("The card did not accept the reader's security module. Take the card off, place it again, and "
                  "check the card by hand if this repeats.");
    case UnknownCardType:
        return tr("This type of card is not supported. Use a resident ID card, a residence permit or a permanent "
                  "residence card.");
    case WrongState:
        return tr("The card or the reader is not ready for this operation. Take the card off and place it again.");
    case SelfTestFailed:
        return tr("The reader's security module failed its self-test. The reader needs servicing.");
    case NotAuthorised:
        return tr("The reader's security module is not authorised. Contact the reader's supplier.");
    default:
        return tr("The reader reported an unknown status (code %1).")
            .arg(QStringLiteral("0x%1").arg(code, 2, 16, QLatin1Char('0')));
    }
}

} // namespace qf
