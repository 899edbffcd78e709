// The ID-card reader's input: the SAM byte stream cut into frames (in pieces of any size,
// as a serial port delivers them), each answer taken apart as SamIdCardReader does (status,
// text and photo lengths), the text block parsed; a card parsed from a block must survive
// encode() and parse() again unchanged (encode is documented as parse's inverse). Also the
// simulator's card files (JSON).
#include "app/devices/idcard/IdCardJson.h"
#include "app/devices/idcard/IdCardText.h"
#include "app/devices/idcard/SamFrame.h"
#include "app/devices/idcard/SamFrameDecoder.h"
#include "tests/fuzz/FuzzSupport.h"

#include <QJsonDocument>
#include <QtEndian>

using namespace qf;

namespace {

void checkText(const QByteArray& block)
{
    auto card = IdCardText::parse(block);
    if (!card)
        return;
    const QByteArray again = IdCardText::encode(*card);
    QF_FUZZ_CHECK(again.size() == IdCardText::Size);
    auto reparsed = IdCardText::parse(again);
    QF_FUZZ_CHECK(reparsed.ok());
    if (!(*reparsed == *card)) {
        // Which field did not survive (its UTF-16 code units; no card data is real here).
        const auto show = [](const char* what, const QString& a, const QString& b) {
            if (a != b)
                fprintf(stderr, "%s: %s -> %s\n", what, QByteArray(reinterpret_cast<const char*>(a.utf16()), a.size() * 2).toHex().constData(),
                        QByteArray(reinterpret_cast<const char*>(b.utf16()), b.size() * 2).toHex().constData());
        };
        show("name", card->name, reparsed->name);
        show("englishName", card->englishName, reparsed->englishName);
        show("sex", card->sexCode, reparsed->sexCode);
        show("ethnicity", card->ethnicityCode, reparsed->ethnicityCode);
        show("address", card->address, reparsed->address);
        show("idNumber", card->idNumber, reparsed->idNumber);
        show("issuer", card->issuer, reparsed->issuer);
        show("passNumber", card->passNumber, reparsed->passNumber);
        show("issueCount", card->issueCount, reparsed->issueCount);
        show("nationality", card->nationality, reparsed->nationality);
        show("cardVersion", card->cardVersion, reparsed->cardVersion);
        show("birth", card->birthDate.toString(Qt::ISODate), reparsed->birthDate.toString(Qt::ISODate));
        show("from", card->validFrom.toString(Qt::ISODate), reparsed->validFrom.toString(Qt::ISODate));
        show("until", card->validUntilText(), reparsed->validUntilText());
    }
    QF_FUZZ_CHECK(*reparsed == *card);
}

// What SamIdCardReader::handleReadData does with a read answer's data.
void checkReadData(const QByteArray& data)
{
    if (data.size() < 4)
        return;
    const int textLength = qFromBigEndian<quint16>(data.constData());
    const int photoLength = qFromBigEndian<quint16>(data.constData() + 2);
    if (data.size() != 4 + textLength + photoLength || textLength < IdCardText::Size)
        return;
    checkText(data.mid(4, textLength));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* bytes, size_t size)
{
    fuzz::app();
    const QByteArray input(reinterpret_cast<const char*>(bytes), qsizetype(size));
    if (input.isEmpty())
        return 0;

    // The first byte: how the port splits the stream (1..32 bytes a read; 0: all at once).
    const int piece = quint8(input[0]) % 33;
    const QByteArray stream = input.mid(1);
    SamFrameDecoder decoder;
    qsizetype frames = 0;
    for (qsizetype at = 0; at < stream.size() || at == 0;) {
        const qsizetype n = piece == 0 ? stream.size() : qMin<qsizetype>(piece, stream.size() - at);
        decoder.append(stream.mid(at, n));
        at += qMax<qsizetype>(n, 1);
        while (auto item = decoder.next()) {
            QF_FUZZ_CHECK(++frames <= stream.size()); // every item consumes at least a byte
            if (item->kind != SamFrameDecoder::Kind::Frame)
                continue;
            // A good frame is what wrap() makes of its payload.
            QF_FUZZ_CHECK(item->payload.size() + 1 <= SamFrame::MaxLength);
            if (item->payload.size() >= 3)
                checkReadData(item->payload.mid(3));
        }
        (void)decoder.hasPartialFrame();
        (void)decoder.sawNoise();
    }

    // The stream itself as a text block and as a read answer's data.
    if (stream.size() >= IdCardText::Size)
        checkText(stream.first(IdCardText::Size));
    checkReadData(stream);

    // A card file of the simulator.
    const QJsonDocument doc = QJsonDocument::fromJson(stream);
    if (doc.isObject()) {
        auto card = IdCardJson::fromJson(doc.object());
        if (card) {
            (void)IdCardJson::toJson(*card, true);
            checkText(IdCardText::encode(*card));
        }
    }
    return 0;
}
