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
    // card type character.
    static Result<IdCardData> parse(const QByteArray& text);
    // Builds the text block for a card (the inverse of parse()).
    static QByteArray encode(const IdCardData& card);
};

} // namespace qf
