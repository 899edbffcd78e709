// The real driver against the simulator over a real pty: card types, the take-off rule,
// reconnection.
#include "tests/checkin/ReaderRig.h"

#include "app/devices/idcard/IdCardJson.h"

#include <QTest>

using namespace qf;
using test::ReaderRig;
using State = IdCardReader::State;

namespace {

QByteArray photoPattern()
{
    QByteArray p;
    for (int i = 0; i < 1024; ++i)
        p.append(char((i * 31 + 7) & 0xff));
    return p;
}

} // namespace

TEST_CASE("The reader reads every card type from the simulator", "[checkin][reader]")
{
    ReaderRig rig;
    for (const char* file :
         { "resident.json", "resident-longterm.json", "hkmotw.json", "foreigner.json", "foreigner2023.json" }) {
        INFO(file);
        IdCardData card = ReaderRig::demoCard(QLatin1String(file));
        card.photoWlt = photoPattern();
        rig.sim.setCard(card);
        rig.startReader();
        REQUIRE(rig.cards->wait(15000));
        const auto got = rig.cards->first().at(0).value<IdCardData>();
        CHECK(got == card);
        CHECK(got.photoWlt.size() == 1024);
        CHECK(rig.errors->isEmpty());
        CHECK(rig.reader->state() == State::RemoveCard);
    }
}

TEST_CASE("Card contents survive the wire for each type", "[checkin][reader]")
{
    ReaderRig rig;
    SECTION("HK/Macao/Taiwan permit carries the pass number")
    {
        rig.sim.setCard(ReaderRig::demoCard(QStringLiteral("hkmotw.json")));
        rig.startReader();
        REQUIRE(rig.cards->wait(15000));
        const auto got = rig.cards->first().at(0).value<IdCardData>();
        CHECK(got.cardType == IdCardType::HkMoTwResident);
        CHECK(got.passNumber == QStringLiteral("H60234517"));
        CHECK(got.idNumber.startsWith(QLatin1String("810000")));
    }
    SECTION("foreigner's card carries English name and nationality")
    {
        rig.sim.setCard(ReaderRig::demoCard(QStringLiteral("foreigner.json")));
        rig.startReader();
        REQUIRE(rig.cards->wait(15000));
        const auto got = rig.cards->first().at(0).value<IdCardData>();
        CHECK(got.cardType == IdCardType::Foreigner);
        CHECK(got.englishName == QStringLiteral("MARTIN, MARK ALEXANDER"));
        CHECK(got.nationality == QStringLiteral("CAN"));
        CHECK(got.name == QStringLiteral("马克"));
    }
    SECTION("long-term validity")
    {
        rig.sim.setCard(ReaderRig::demoCard(QStringLiteral("resident-longterm.json")));
        rig.startReader();
        REQUIRE(rig.cards->wait(15000));
        const auto got = rig.cards->first().at(0).value<IdCardData>();
        CHECK(got.validIndefinitely);
        CHECK(IdCardJson::toJson(got).value(QLatin1String("valid_until")).toString() == QStringLiteral("长期"));
        CHECK(got.ethnicity() == QStringLiteral("蒙古族"));
    }
}

TEST_CASE("A card must be taken off before it or another card is read again", "[checkin][reader]")
{
    ReaderRig rig;
    rig.sim.setCard(ReaderRig::demoCard(QStringLiteral("resident.json")));
    rig.startReader();
    REQUIRE(rig.cards->wait(15000));
    REQUIRE(rig.reader->state() == State::RemoveCard);

    // Still on the reader: the reader keeps looking but does not read it again, even when
    // another card is swapped in without the reader seeing an empty field.
    rig.sim.setCard(ReaderRig::demoCard(QStringLiteral("hkmotw.json")));
    const int finds = rig.sim.count(IdCardSimulator::Command::Find);
    REQUIRE(ReaderRig::waitFor([&] { return rig.sim.count(IdCardSimulator::Command::Find) >= finds + 5; }));
    CHECK(rig.cards->size() == 1);
    CHECK(rig.sim.count(IdCardSimulator::Command::Read) == 1);
    CHECK(rig.reader->state() == State::RemoveCard);

    rig.sim.setCardPresent(false);
    REQUIRE(rig.waitForState(State::WaitingForCard));
    CHECK(rig.cards->size() == 1);

    rig.sim.setCardPresent(true);
    REQUIRE(ReaderRig::waitFor([&] { return rig.cards->size() == 2; }));
    CHECK(rig.cards->at(1).at(0).value<IdCardData>().cardType == IdCardType::HkMoTwResident);
    CHECK(rig.errors->isEmpty());
}

TEST_CASE("Without a card the reader waits and says so", "[checkin][reader]")
{
    ReaderRig rig;
    rig.sim.setCard(ReaderRig::demoCard(QStringLiteral("resident.json")));
    rig.sim.setCardPresent(false);
    rig.startReader();
    REQUIRE(rig.waitForState(State::WaitingForCard));
    const int finds = rig.sim.count(IdCardSimulator::Command::Find);
    REQUIRE(ReaderRig::waitFor([&] { return rig.sim.count(IdCardSimulator::Command::Find) >= finds + 3; }));
    CHECK(rig.cards->isEmpty());
    CHECK(rig.errors->isEmpty());
    CHECK(rig.sim.count(IdCardSimulator::Command::Select) == 0);
    rig.sim.setCardPresent(true);
    REQUIRE(rig.cards->wait(15000));
}

TEST_CASE("The reader reconnects after the device goes away and comes back", "[checkin][reader]")
{
    ReaderRig rig;
    rig.sim.setCard(ReaderRig::demoCard(QStringLiteral("resident.json")));
    rig.startReader();
    REQUIRE(rig.cards->wait(15000));

    rig.sim.stop(); // unplugged: the pty and its link vanish
    REQUIRE(rig.waitForState(State::NotResponding));
    REQUIRE(rig.waitForError());
    CHECK((rig.lastError().contains(QLatin1String("not responding"))
           || rig.lastError().contains(QLatin1String("disconnected"))));
    // Stays "not responding" while the device is missing, without crashing or spinning.
    const int errorsBefore = int(rig.errors->size());
    QTest::qWait(300);
    CHECK(rig.reader->state() == State::NotResponding);
    CHECK(rig.errors->size() == errorsBefore); // the same fault is reported once

    // Plugged in again (a new pty behind the same path). The card read before the outage
    // counts as still lying there: it is not read a second time until taken off.
    rig.sim.setCard(ReaderRig::demoCard(QStringLiteral("foreigner.json")));
    QF_REQUIRE_OK(rig.sim.start(rig.link));
    REQUIRE(rig.waitForState(State::RemoveCard));
    CHECK(rig.cards->size() == 1);
    rig.sim.setCardPresent(false);
    REQUIRE(rig.waitForState(State::WaitingForCard));
    rig.sim.setCardPresent(true);
    REQUIRE(ReaderRig::waitFor([&] { return rig.cards->size() == 2; }));
    CHECK(rig.cards->at(1).at(0).value<IdCardData>().cardType == IdCardType::Foreigner);
}

TEST_CASE("A silent reader is reported as not responding and recovers when it answers again", "[checkin][reader]")
{
    ReaderRig rig;
    rig.sim.setCard(ReaderRig::demoCard(QStringLiteral("resident.json")));
    rig.sim.setFault(IdCardSimulator::Fault::Silence);
    rig.startReader(250);
    REQUIRE(rig.waitForState(State::NotResponding));
    REQUIRE(rig.waitForError());
    CHECK(rig.lastError().contains(QLatin1String("not responding")));
    CHECK(rig.cards->isEmpty());

    rig.sim.setFault(IdCardSimulator::Fault::None);
    REQUIRE(rig.cards->wait(15000));
    CHECK(rig.reader->state() == State::RemoveCard);
}

TEST_CASE("Stopping the reader closes the port", "[checkin][reader]")
{
    ReaderRig rig;
    rig.sim.setCard(ReaderRig::demoCard(QStringLiteral("resident.json")));
    rig.sim.setCardPresent(false);
    rig.startReader();
    REQUIRE(rig.waitForState(State::WaitingForCard));
    rig.reader->stop();
    CHECK(rig.reader->state() == State::Stopped);
    const int finds = rig.sim.count(IdCardSimulator::Command::Find);
    rig.sim.setCardPresent(true);
    QTest::qWait(300);
    CHECK(rig.sim.count(IdCardSimulator::Command::Find) == finds);
    CHECK(rig.cards->isEmpty());
}
