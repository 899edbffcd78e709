// Pure tests: frames, the text layouts, status wording, card files, photo decoder loading.
#include "tests/checkin/ReaderRig.h"
#include "tests/support/TestSupport.h"

#include "models/IdNumber.h"
#include "app/devices/idcard/Ethnicity.h"
#include "app/devices/idcard/IdCardJson.h"
#include "app/devices/idcard/IdCardText.h"
#include "app/devices/idcard/SamFrame.h"
#include "app/devices/idcard/SamFrameDecoder.h"
#include "app/devices/idcard/SamStatus.h"
#include "app/devices/idcard/WltDecoder.h"

#include <QRandomGenerator>
#include <QSet>
#include <QStringDecoder>
#include <QStringEncoder>

using namespace qf;

TEST_CASE("SAM frames are built with preamble - big-endian length and XOR checksum", "[checkin][codec]")
{
    CHECK(SamFrame::command(0x20, 0x01) == QByteArray::fromHex("aaaaaa9669000320 0122"));
    CHECK(SamFrame::command(0x20, 0x02) == QByteArray::fromHex("aaaaaa966900032002 21"));
    CHECK(SamFrame::command(0x30, 0x01) == QByteArray::fromHex("aaaaaa966900033001 32"));
    // An answer: SW1 SW2 SW3 then data; 0x9F "card found" with four zero bytes.
    CHECK(SamFrame::answer(0x9f, QByteArray(4, '\0')) == QByteArray::fromHex("aaaaaa9669 0008 00009f 00000000 97"));
    const QByteArray big = SamFrame::answer(0x90, QByteArray(1284, 'x'));
    CHECK(quint8(big[5]) == 0x05);
    CHECK(quint8(big[6]) == 0x08); // 3 + 1284 + 1 = 1288
}

TEST_CASE("The frame decoder resynchronises and rejects damaged frames", "[checkin][codec]")
{
    SamFrameDecoder d;
    const QByteArray good = SamFrame::answer(0x90, QByteArrayLiteral("abc"));

    SECTION("garbage before a frame, arriving one byte at a time")
    {
        const QByteArray stream = QByteArray::fromHex("00aaaa9669ff13") + good;
        std::optional<SamFrameDecoder::Item> item;
        for (char c : stream) {
            REQUIRE_FALSE(item.has_value());
            d.append(QByteArray(1, c));
            item = d.next();
        }
        REQUIRE(item.has_value());
        CHECK(item->kind == SamFrameDecoder::Kind::Frame);
        CHECK(item->payload == QByteArray::fromHex("000090") + "abc");
        CHECK(d.skippedBytes() == 7);
    }
    SECTION("two frames back to back")
    {
        d.append(good + SamFrame::answer(0x80));
        CHECK(d.next()->payload == QByteArray::fromHex("000090") + "abc");
        CHECK(d.next()->payload == QByteArray::fromHex("000080"));
        CHECK_FALSE(d.next().has_value());
    }
    SECTION("bad checksum")
    {
        QByteArray bad = good;
        bad[bad.size() - 1] = char(bad.back() ^ 1);
        d.append(bad);
        CHECK(d.next()->kind == SamFrameDecoder::Kind::BadChecksum);
    }
    SECTION("impossible length, then a good frame")
    {
        d.append(QByteArray::fromHex("aaaaaa9669 0001 00") + good);
        CHECK(d.next()->kind == SamFrameDecoder::Kind::BadLength);
        CHECK(d.next()->kind == SamFrameDecoder::Kind::Frame);
    }
    SECTION("incomplete frame waits")
    {
        d.append(good.left(good.size() - 1));
        CHECK_FALSE(d.next().has_value());
        CHECK(d.hasPartialFrame());
        d.append(good.right(1));
        CHECK(d.next()->kind == SamFrameDecoder::Kind::Frame);
    }
}

TEST_CASE("The text block layouts of all four card types round-trip", "[checkin][codec]")
{
    for (const char* file :
         { "resident.json", "resident-longterm.json", "hkmotw.json", "foreigner.json", "foreigner2023.json" }) {
        INFO(file);
        IdCardData card = test::ReaderRig::demoCard(QLatin1String(file));
        const QByteArray block = IdCardText::encode(card);
        REQUIRE(block.size() == 256);
        auto parsed = IdCardText::parse(block);
        QF_REQUIRE_OK(parsed);
        CHECK(*parsed == card);
    }
}

TEST_CASE("A resident card's text is read at the standard offsets", "[checkin][codec]")
{
    // Built by hand, not by encode(): the offsets a real card uses.
    auto ucs2 = [](const QString& s) {
        QStringEncoder e(QStringConverter::Utf16LE);
        return QByteArray(e.encode(s));
    };
    QByteArray block;
    for (int i = 0; i < 128; ++i)
        block.append(ucs2(QStringLiteral(" ")));
    auto put = [&](int offset, const QString& s) { block.replace(offset, s.size() * 2, ucs2(s)); };
    put(0, QStringLiteral("张三丰"));
    put(30, QStringLiteral("1"));
    put(32, QStringLiteral("03"));
    put(36, QStringLiteral("19800101"));
    put(52, QStringLiteral("湖北省十堰市武当山特区"));
    put(122, QStringLiteral("420300198001010018"));
    put(158, QStringLiteral("十堰市公安局"));
    put(188, QStringLiteral("20100101"));
    put(204, QStringLiteral("长期"));
    auto card = IdCardText::parse(block);
    QF_REQUIRE_OK(card);
    CHECK(card->cardType == IdCardType::Resident);
    CHECK(card->name == QStringLiteral("张三丰"));
    CHECK(card->sex() == QStringLiteral("男"));
    CHECK(card->ethnicity() == QStringLiteral("回族"));
    CHECK(card->birthDate == QDate(1980, 1, 1));
    CHECK(card->address == QStringLiteral("湖北省十堰市武当山特区"));
    CHECK(card->idNumber == QStringLiteral("420300198001010018"));
    CHECK(card->issuer == QStringLiteral("十堰市公安局"));
    CHECK(card->validFrom == QDate(2010, 1, 1));
    CHECK(card->validIndefinitely);
    CHECK(card->validUntilText() == QStringLiteral("长期"));

    put(248, QStringLiteral("Z"));
    auto unknown = IdCardText::parse(block);
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().contains(QLatin1String("not supported")));
    CHECK_FALSE(IdCardText::parse(block.left(100)).ok());
}

TEST_CASE("Padding of any kind around a card's fields is not part of the values", "[checkin][codec]")
{
    // Readers pad with spaces or NULs; a mix with other blanks (found by fuzz_idcard) left a
    // NUL in the value, which then read differently once the card was written again.
    auto ucs2 = [](const QString& s) {
        QStringEncoder e(QStringConverter::Utf16LE);
        return QByteArray(e.encode(s));
    };
    // A valid card (the reader now refuses one whose number or dates are impossible), its
    // name, address and issuer written again with padding of every kind around them.
    QByteArray block = IdCardText::encode(test::ReaderRig::demoCard(QStringLiteral("resident.json")));
    auto put = [&](int offset, int chars, const QString& s) {
        block.replace(offset, chars * 2, ucs2(s.leftJustified(chars, QLatin1Char(' '))));
    };
    put(0, 15, QString(QChar(0)) + QStringLiteral("张三丰") + QChar(0) + QChar(0) + QStringLiteral("\t"));
    put(52, 35, QStringLiteral("湖北省十堰市") + QChar(0) + QChar(0x3000) + QChar(0));
    put(158, 15, QStringLiteral("十堰市公安局") + QChar(0) + QStringLiteral(" ") + QChar(0));
    auto card = IdCardText::parse(block);
    QF_REQUIRE_OK(card);
    CHECK(card->name == QStringLiteral("张三丰"));
    CHECK(card->address == QStringLiteral("湖北省十堰市"));
    CHECK(card->issuer == QStringLiteral("十堰市公安局"));
    auto again = IdCardText::parse(IdCardText::encode(*card));
    QF_REQUIRE_OK(again);
    CHECK(*again == *card);
}

TEST_CASE("Ethnicity codes follow GB 3304", "[checkin][codec]")
{
    CHECK(Ethnicity::name(QStringLiteral("01")) == QStringLiteral("汉族"));
    CHECK(Ethnicity::name(QStringLiteral("8")) == QStringLiteral("壮族"));
    CHECK(Ethnicity::name(QStringLiteral("56")) == QStringLiteral("基诺族"));
    CHECK(Ethnicity::name(QStringLiteral("97")) == QStringLiteral("其他"));
    CHECK(Ethnicity::name(QStringLiteral("98")) == QStringLiteral("外国血统中国籍人士"));
    CHECK(Ethnicity::name(QStringLiteral("57")).isEmpty());
    CHECK(Ethnicity::code(QStringLiteral("维吾尔")) == QStringLiteral("05"));
    QSet<QString> names;
    for (int i = 1; i <= 56; ++i)
        names.insert(Ethnicity::name(QString::number(i)));
    CHECK(names.size() == 56);
    CHECK_FALSE(names.contains(QString()));
}

TEST_CASE("Every reader status has its own message for the desk", "[checkin][codec]")
{
    QSet<QString> messages;
    for (quint8 code : SamStatus::knownCodes()) {
        const QString m = SamStatus::message(code);
        INFO(int(code));
        CHECK_FALSE(m.contains(QLatin1String("unknown status")));
        messages.insert(m);
    }
    CHECK(messages.size() == SamStatus::knownCodes().size());
    CHECK(SamStatus::message(0x55).contains(QLatin1String("0x55")));
}

TEST_CASE("Demo card files are valid cards with valid numbers", "[checkin][codec]")
{
    for (const char* file : { "resident.json", "resident-longterm.json", "hkmotw.json", "foreigner2023.json" }) {
        INFO(file);
        const IdCardData card = test::ReaderRig::demoCard(QLatin1String(file));
        if (card.cardType != IdCardType::Foreigner2023)
            CHECK(IdNumber::check(card.idNumber).valid);
        CHECK(IdNumber::checkCharacter(card.idNumber.left(17)) == card.idNumber.at(17));
    }
    CHECK_FALSE(IdCardJson::fromJson(QJsonObject { { QStringLiteral("card_type"), QStringLiteral("passport") } }).ok());
    CHECK_FALSE(IdCardJson::fromJson(QJsonObject { { QStringLiteral("birth_date"), QStringLiteral("1990-13-01") } }).ok());
}

TEST_CASE("The WLT photo decoder is loaded from the configured library or reported missing", "[checkin][codec]")
{
    const QByteArray wlt(1024, '\x01');
    SECTION("none configured")
    {
        WltDecoder d { QString() };
        CHECK_FALSE(d.isAvailable());
        auto r = d.decode(wlt);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().contains(QLatin1String("No photo decoder")));
    }
    SECTION("path that does not load")
    {
        WltDecoder d { QStringLiteral("/nonexistent/libwlt.so") };
        CHECK_FALSE(d.isAvailable());
        CHECK(d.errorString().contains(QLatin1String("No photo decoder")));
    }
    SECTION("a library with unpack()")
    {
        WltDecoder d { QStringLiteral(QF_FAKE_WLT_PATH) };
        INFO(d.errorString().toStdString());
        REQUIRE(d.isAvailable());
        auto bmp = d.decode(wlt);
        QF_REQUIRE_OK(bmp);
        CHECK(bmp->startsWith("BM"));
        CHECK(bmp->size() == 54 + 308 * 126);
        CHECK(bmp->mid(54, 3) == QByteArray(3, '\x01'));
        CHECK_FALSE(d.decode(QByteArray(1024, '\xff')).ok()); // the library's failure is reported
        CHECK_FALSE(d.decode(QByteArray(10, '\x01')).ok());   // wrong size never reaches the library
    }
}

namespace {

// A resident card's text block built by hand at the standard offsets, fields given.
QByteArray residentBlock(const QString& name, const QString& birth, const QString& number, const QString& from,
                         const QString& until, const QString& sex = QStringLiteral("1"))
{
    QByteArray block;
    QStringEncoder e(QStringConverter::Utf16LE);
    for (int i = 0; i < 128; ++i)
        block.append(QByteArray(e.encode(QStringLiteral(" "))));
    auto put = [&](int offset, const QString& s) {
        QStringEncoder enc(QStringConverter::Utf16LE);
        const QByteArray bytes = enc.encode(s);
        block.replace(offset, bytes.size(), bytes);
    };
    put(0, name);
    put(30, sex);
    put(32, QStringLiteral("01"));
    put(36, birth);
    put(52, QStringLiteral("湖北省十堰市武当山特区"));
    put(122, number);
    put(158, QStringLiteral("十堰市公安局"));
    put(188, from);
    put(204, until);
    return block;
}

} // namespace

TEST_CASE("A card whose number - dates or characters are impossible is unreadable - with the reason",
          "[checkin][codec][hostile]")
{
    const QString good = QStringLiteral("420300198001010018");
    const QString esc = QStringLiteral("张") + QChar(0x1b) + QStringLiteral("三");
    const QString nul = QStringLiteral("张") + QChar(0) + QStringLiteral("三");
    const QString rlo = QStringLiteral("张") + QChar(0x202e) + QStringLiteral("三");
    const QDate today(2026, 12, 2);
    REQUIRE(IdCardText::parse(residentBlock(QStringLiteral("张三丰"), QStringLiteral("19800101"), good,
                                            QStringLiteral("20100101"), QStringLiteral("长期")),
                              today)
                .ok());
    struct Case
    {
        QByteArray block;
        const char* reason;
    };
    const Case cases[] = {
        { residentBlock(esc, QStringLiteral("19800101"), good, QStringLiteral("20100101"), QStringLiteral("长期")), "U+001B" },
        { residentBlock(nul, QStringLiteral("19800101"), good, QStringLiteral("20100101"), QStringLiteral("长期")), "U+0000" },
        { residentBlock(rlo, QStringLiteral("19800101"), good, QStringLiteral("20100101"), QStringLiteral("长期")), "U+202E" },
        { residentBlock(QStringLiteral("张三丰"), QStringLiteral("19800101"), QStringLiteral("420300198001010015"),
                        QStringLiteral("20100101"), QStringLiteral("长期")),
          "check character" },
        { residentBlock(QStringLiteral("张三丰"), QStringLiteral("19801341"), good, QStringLiteral("20100101"),
                        QStringLiteral("长期")),
          "birth date" },
        { residentBlock(QStringLiteral("张三丰"), QStringLiteral("19810101"), good, QStringLiteral("20100101"),
                        QStringLiteral("长期")),
          "differs" },
        { residentBlock(QStringLiteral("张三丰"), QStringLiteral("19800101"), good, QStringLiteral("20100101"),
                        QStringLiteral("20050101")),
          "ends before" },
        { residentBlock(QStringLiteral("张三丰"), QStringLiteral("19800101"), good, QStringLiteral("20109999"),
                        QStringLiteral("长期")),
          "validity" },
        { residentBlock(QStringLiteral("张三丰"), QStringLiteral("19800101"), good, QStringLiteral("20100101"),
                        QStringLiteral("长期"), QStringLiteral("2")),
          "sex" },
        { residentBlock(QString(), QStringLiteral("19800101"), good, QStringLiteral("20100101"), QStringLiteral("长期")), "no name" },
    };
    for (const Case& c : cases) {
        INFO(c.reason);
        auto card = IdCardText::parse(c.block, today);
        REQUIRE_FALSE(card.ok());
        CHECK(card.errorCode() == ErrorCode::Invalid);
        CHECK(card.error().contains(QStringLiteral("could not be read as a valid card")));
        CHECK(card.error().contains(QLatin1String(c.reason)));
    }
    // Half a surrogate pair in the name: not valid UTF-16.
    QByteArray broken = residentBlock(QStringLiteral("张三丰"), QStringLiteral("19800101"), good, QStringLiteral("20100101"),
                                      QStringLiteral("长期"));
    broken[2] = char(0x00);
    broken[3] = char(0xD8);
    auto half = IdCardText::parse(broken, today);
    REQUIRE_FALSE(half.ok());
    CHECK(half.error().contains(QStringLiteral("UTF-16")));
}

TEST_CASE("Random text blocks with a card type marker are never taken for a card", "[checkin][codec][hostile]")
{
    // The test: any 256-byte block with a type marker was a card (exit 0).
    QRandomGenerator rng(12);
    const char16_t markers[] = { u' ', u'J', u'I', u'Y' };
    int refused = 0;
    for (int i = 0; i < 120; ++i) {
        QByteArray block(IdCardText::Size, '\0');
        for (int b = 0; b < block.size(); b += 2) {
            // Mostly digits and CJK, some control characters: text-like garbage.
            const quint32 pick = rng.bounded(10);
            const char16_t c = pick < 4 ? char16_t(u'0' + rng.bounded(10))
                : pick < 8                ? char16_t(0x4E00 + rng.bounded(0x5000))
                                          : char16_t(rng.bounded(0x20));
            block[b] = char(c & 0xff);
            block[b + 1] = char(c >> 8);
        }
        const char16_t marker = markers[i % 4];
        block[IdCardText::CardTypeOffset] = char(marker & 0xff);
        block[IdCardText::CardTypeOffset + 1] = char(marker >> 8);
        auto card = IdCardText::parse(block);
        if (!card.ok()) {
            ++refused;
            CHECK_FALSE(card.error().isEmpty());
        }
    }
    CHECK(refused == 120);
    // Every demo card is still read.
    for (const char* file : { "resident.json", "resident-longterm.json", "hkmotw.json", "foreigner.json", "foreigner2023.json" }) {
        INFO(file);
        QF_REQUIRE_OK(IdCardText::parse(IdCardText::encode(test::ReaderRig::demoCard(QLatin1String(file)))));
    }
}
