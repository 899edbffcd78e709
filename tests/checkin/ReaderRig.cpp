#include "tests/checkin/ReaderRig.h"

#include "app/devices/idcard/IdCardJson.h"

#include <QTest>

namespace qf::test {

ReaderRig::ReaderRig()
    : link(scratch.path(QStringLiteral("reader")))
{
    const Status started = sim.start(link);
    INFO(started.error().toStdString());
    REQUIRE(started.ok());
}

ReaderRig::~ReaderRig()
{
    reader.reset();
    sim.stop();
}

void ReaderRig::startReader(int responseTimeoutMs)
{
    cards.reset();
    errors.reset();
    states.reset();
    SamIdCardReader::Options options;
    options.portPath = link;
    options.pollIntervalMs = 40;
    options.responseTimeoutMs = responseTimeoutMs;
    options.reconnectIntervalMs = 100;
    reader = std::make_unique<SamIdCardReader>(options);
    cards = std::make_unique<QSignalSpy>(reader.get(), &IdCardReader::cardRead);
    errors = std::make_unique<QSignalSpy>(reader.get(), &IdCardReader::error);
    states = std::make_unique<QSignalSpy>(reader.get(), &IdCardReader::statusChanged);
    reader->start();
}

bool ReaderRig::waitFor(const std::function<bool()>& cond, int timeoutMs)
{
    return QTest::qWaitFor(cond, timeoutMs);
}

bool ReaderRig::waitForState(IdCardReader::State state, int timeoutMs)
{
    return waitFor([&] { return reader->state() == state; }, timeoutMs);
}

bool ReaderRig::waitForError(int timeoutMs)
{
    return waitFor([&] { return !errors->isEmpty(); }, timeoutMs);
}

QString ReaderRig::lastError() const
{
    return errors->isEmpty() ? QString() : errors->last().at(0).toString();
}

IdCardData ReaderRig::demoCard(const QString& fileName)
{
    auto card = IdCardJson::load(QStringLiteral(QF_SOURCE_DIR "/resources/demo/cards/") + fileName);
    INFO(card.error().toStdString());
    REQUIRE(card.ok());
    return *card;
}

} // namespace qf::test
