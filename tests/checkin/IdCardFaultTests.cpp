// Every status code the reader can return and every kind of malformed answer, through the
// real driver and a real pty.
#include "tests/checkin/ReaderRig.h"

#include "app/devices/idcard/SamStatus.h"

#include <QTest>

using namespace qf;
using test::ReaderRig;
using Command = IdCardSimulator::Command;
using Fault = IdCardSimulator::Fault;
using State = IdCardReader::State;

namespace {

QString commandName(Command c)
{
    return c == Command::Find ? QStringLiteral("find") : c == Command::Select ? QStringLiteral("select")
                                                                                : QStringLiteral("read");
}

} // namespace

TEST_CASE("Every status code on find - select and read is reported in words", "[checkin][faults]")
{
    ReaderRig rig;
    rig.sim.setCard(ReaderRig::demoCard(QStringLiteral("resident.json")));
    QList<quint8> codes = SamStatus::knownCodes();
    codes.append(0x55); // one nobody knows
    for (Command command : { Command::Find, Command::Select, Command::Read }) {
        for (quint8 code : codes) {
            const bool success = (command == Command::Find && (code == SamStatus::CardFound || code == SamStatus::NoCard))
                || (command != Command::Find && code == SamStatus::Ok);
            if (success)
                continue;
            INFO(commandName(command).toStdString() << " answered 0x" << std::hex << int(code));
            rig.sim.setStatusOverride(Command::Find, 0);
            rig.sim.setStatusOverride(Command::Select, 0);
            rig.sim.setStatusOverride(Command::Read, 0);
            rig.sim.setStatusOverride(command, code);
            rig.startReader();
            REQUIRE(rig.waitForError());
            CHECK(rig.lastError() == SamStatus::message(code));
            CHECK(rig.cards->isEmpty());
            // The reader keeps trying rather than giving up or reading the card anyway.
            CHECK(rig.reader->state() != State::RemoveCard);
            CHECK(rig.reader->state() != State::Stopped);
        }
    }
}

TEST_CASE("'No card' on find is a state - not an error - and a failed select or read is retried", "[checkin][faults]")
{
    ReaderRig rig;
    rig.sim.setCard(ReaderRig::demoCard(QStringLiteral("resident.json")));
    rig.sim.setStatusOverride(Command::Read, SamStatus::ReadFailed);
    rig.startReader();
    REQUIRE(rig.waitForError());
    CHECK(rig.lastError() == SamStatus::message(SamStatus::ReadFailed));
    // The card is held still now: the next attempt reads it.
    rig.sim.setStatusOverride(Command::Read, 0);
    REQUIRE(rig.cards->wait(15000));
    CHECK(rig.errors->size() == 1);

    rig.sim.setStatusOverride(Command::Find, SamStatus::NoCard);
    REQUIRE(rig.waitForState(State::WaitingForCard));
    CHECK(rig.errors->size() == 1);
}

TEST_CASE("Malformed answers give a clear message and never a card", "[checkin][faults]")
{
    struct Case
    {
        Fault fault;
        const char* expected;
    };
    const Case cases[] = {
        { Fault::BadChecksum, "checksum" },     { Fault::ShortFrame, "cut short" },
        { Fault::Noise, "not a valid answer" }, { Fault::WrongPreamble, "not a valid answer" },
        { Fault::BadLength, "impossible length" }, { Fault::WrongLength, "wrong length" },
    };
    ReaderRig rig;
    rig.sim.setCard(ReaderRig::demoCard(QStringLiteral("resident.json")));
    for (const Case& c : cases) {
        INFO(c.expected);
        rig.sim.setFault(c.fault);
        rig.startReader(300);
        REQUIRE(rig.waitForError());
        CHECK(rig.lastError().contains(QLatin1String(c.expected)));
        CHECK(rig.cards->isEmpty());
        CHECK(rig.reader->state() != State::NotResponding); // it answered, just badly
    }
    // And once the line is clean again, the same reader reads the card.
    rig.sim.setFault(Fault::None);
    REQUIRE(rig.cards->wait(15000));
}

TEST_CASE("Noise before each answer is skipped and the card is read", "[checkin][faults]")
{
    ReaderRig rig;
    IdCardData card = ReaderRig::demoCard(QStringLiteral("foreigner2023.json"));
    rig.sim.setCard(card);
    rig.sim.setFault(Fault::Garbage);
    rig.startReader();
    REQUIRE(rig.cards->wait(15000));
    card.photoWlt = QByteArray(1024, '\0');
    CHECK(rig.cards->first().at(0).value<IdCardData>() == card);
    CHECK(rig.errors->isEmpty());
}

TEST_CASE("A reader that cannot be opened is reported and retried", "[checkin][faults]")
{
    ReaderRig rig;
    rig.sim.setCard(ReaderRig::demoCard(QStringLiteral("resident.json")));
    rig.sim.stop();
    rig.startReader();
    REQUIRE(rig.waitForState(State::NotResponding));
    QF_REQUIRE_OK(rig.sim.start(rig.link));
    REQUIRE(rig.cards->wait(15000));
}

TEST_CASE("A card with an invalid number or a control character in the name is reported unreadable - never read",
          "[checkin][faults][hostile]")
{
    ReaderRig rig;
    IdCardData bad = ReaderRig::demoCard(QStringLiteral("resident.json"));
    bad.idNumber = QStringLiteral("110105199003070421"); // wrong check character
    rig.sim.setCard(bad);
    rig.startReader();
    REQUIRE(rig.waitForError());
    CHECK(rig.lastError().contains(QLatin1String("could not be read as a valid card")));
    CHECK(rig.lastError().contains(QLatin1String("check character")));
    CHECK(rig.cards->isEmpty());
    // Said once while the card lies there; it is not read over and over.
    REQUIRE(rig.waitForState(State::RemoveCard));
    QTest::qWait(1000);
    CHECK(rig.errors->size() == 1);
    CHECK(rig.cards->isEmpty());

    // Taken off, an escape sequence in the name is refused the same way.
    rig.sim.setCardPresent(false);
    REQUIRE(rig.waitForState(State::WaitingForCard));
    IdCardData esc = ReaderRig::demoCard(QStringLiteral("resident.json"));
    esc.name = QStringLiteral("林") + QChar(0x1b) + QStringLiteral("[2J晓雯");
    rig.sim.setCard(esc);
    rig.sim.setCardPresent(true);
    REQUIRE(rig.waitFor([&] { return rig.errors->size() == 2; }));
    CHECK(rig.lastError().contains(QLatin1String("U+001B")));
    CHECK(rig.cards->isEmpty());

    // A good card after it is read.
    rig.sim.setCardPresent(false);
    REQUIRE(rig.waitForState(State::WaitingForCard));
    rig.sim.setCard(ReaderRig::demoCard(QStringLiteral("resident.json")));
    rig.sim.setCardPresent(true);
    REQUIRE(rig.cards->wait(15000));
}
