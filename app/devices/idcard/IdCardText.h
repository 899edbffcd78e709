#pragma once

#include "app/devices/idcard/IdCardData.h"
#include "models/Result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace qf {

// The card's 256-byte text block (UCS-2 little endian, padded with spaces): the layouts of
// the four card types in one table (IdCardText.cpp), used both to parse what a reader
// returns and to build what the simulator sends.
class IdCardText
{
    Q_DECLARE_TR_FUNCTIONS(qf::IdCardText)

public:
    static constexpr int Size = 256;
    static constexpr int CardTypeOffset = 248;

    // Parses a text block; the photo is not touched. Fails on a wrong size or an unknown
    // card type character, and when what it holds is not a possible card (check()): such
    // a block is reported as unreadable, never handed on as a card.
    static Result<IdCardData> parse(const QByteArray& text, const QDate& today = QDate::currentDate());
    // What makes a card's contents impossible, worded for the receptionist: text that is not
    // valid UTF-16 or holds a control character or a direction override (InputCheck); an ID
    // number that fails GB 11643 (region, birth date, check character) for resident cards and
    // residence permits, or the scheme of the foreigners' cards; a birth date that is no date,
    // lies in the future or differs from the one in the number; a validity that is no date or
    // ends before it begins. An expired card is still a card (the desk sees the dates).
    static Status check(const IdCardData& card, const QDate& today = QDate::currentDate());
    // Builds the text block for a card (the inverse of parse()).
    static QByteArray encode(const IdCardData& card);
};

} // namespace qf
