// checkin: the check-in desk's figures on a store with N persons (default 1,000,000):
// card_to_form_p95_ms - from the last byte of the reader's answer (pty simulator) through
// the real driver into the real CheckInWorkspace (offscreen): card parsed, form filled,
// history looked up and shown in the history panel; card_to_painted_p95_ms - the same plus
// a synchronous repaint of the desk; card_to_lookup_p95_ms - driver and lookup without
// widgets, for comparison; repeat_lookup_p95_ms_1m - the history lookup by ID number alone.
#include "tests/bench/BenchSuite.h"

#include "tests/bench/BenchData.h"
#include "ui/checkin/CheckInWorkspace.h"
#include "ui/checkin/HistoryPanel.h"
#include "models/PersonStore.h"
#include "models/Session.h"
#include "models/SqlTransaction.h"
#include "models/VisitStore.h"
#include "models/VisitorHistory.h"
#include "app/devices/idcard/IdCardJson.h"
#include "app/devices/idcard/IdCardSimulator.h"
#include "app/devices/idcard/SamIdCardReader.h"
#include "app/security/KeychainKeyProvider.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLineEdit>
#include <QRandomGenerator>
#include <QTimer>

#include <algorithm>

namespace qf::bench {

namespace {

double p95(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[std::min(v.size() - 1, size_t(double(v.size()) * 0.95))];
}

QString idNumberOf(qint64 i)
{
    return QStringLiteral("1101051990%1").arg(i, 8, 10, QLatin1Char('0'));
}

} // namespace

int runCheckinSuite(BenchContext& ctx)
{
    const qint64 persons = ctx.persons(1000000);
    KeychainKeyProvider keys;
    auto session = benchSession(ctx, ctx.path(QStringLiteral("checkin.sqlite")), keys);
    if (!session)
        return 1;
    Session& s = *session;
    PersonStore& store = s.persons();

    const auto visitor = [](qint64 i) {
        PersonIdentity p;
        p.name = QStringLiteral("来访人%1").arg(i);
        p.idNumber = idNumberOf(i);
        p.address = QStringLiteral("某省某市某区某路%1号").arg(i % 997);
        return p;
    };
    if (Status st = fillPersons(ctx, s, persons, visitor, PersonRoles { .visitor = true }); !st) {
        ctx.log() << st.error() << Qt::endl;
        return 1;
    }

    // The demo card's holder is a known visitor with earlier visits.
    auto card = IdCardJson::load(QStringLiteral(QF_SOURCE_DIR "/resources/demo/cards/resident.json"));
    if (!card) {
        ctx.log() << card.error() << Qt::endl;
        return 1;
    }
    PersonIdentity holder;
    holder.name = card->name;
    holder.idNumber = card->idNumber;
    auto holderId = store.add(holder, PersonRoles { .visitor = true, .keyPetitioner = true });
    VisitStore visits(s.writer(), s.vault());
    for (int i = 0; i < 3; ++i) {
        Visit v;
        v.personId = *holderId;
        (void)visits.arrive(v);
    }
    VisitorHistoryLookup lookup(s.writer(), store, s.vault(), s.audit());

    std::vector<double> lookups;
    auto* rng = QRandomGenerator::global();
    for (int i = 0; i < 300; ++i) {
        const QString id = idNumberOf(rng->bounded(persons));
        QElapsedTimer t;
        t.start();
        auto h = lookup.byIdNumber(id);
        lookups.push_back(t.nsecsElapsed() / 1e6);
        if (!h || !h->known()) {
            ctx.log() << "lookup failed" << Qt::endl;
            return 1;
        }
    }
    ctx.result(QStringLiteral("repeat_lookup_p95_ms_1m"), p95(lookups), 2);

    IdCardSimulator sim;
    sim.setCard(*card);
    sim.setCardPresent(false);
    if (Status st = sim.start(ctx.path(QStringLiteral("reader"))); !st) {
        ctx.log() << st.error() << Qt::endl;
        return 1;
    }
    SamIdCardReader::Options o;
    o.portPath = ctx.path(QStringLiteral("reader"));
    o.pollIntervalMs = 50;
    SamIdCardReader reader(o);
    QElapsedTimer clock;
    clock.start();
    qint64 lastByteNs = 0;
    QObject::connect(&sim, &IdCardSimulator::answered, &sim, [&](IdCardSimulator::Command c) {
        if (c == IdCardSimulator::Command::Read)
            lastByteNs = clock.nsecsElapsed();
    });
    std::vector<double> cardToForm;
    bool shown = false;
    QObject::connect(&reader, &IdCardReader::cardRead, &reader, [&](const IdCardData& read) {
        auto h = lookup.byIdNumber(read.idNumber);
        if (h && h->known() && h->visits == 3)
            cardToForm.push_back((clock.nsecsElapsed() - lastByteNs) / 1e6);
        shown = true;
    });
    reader.start();
    for (int i = 0; i < 30; ++i) {
        if (!waitUntil([&] { return reader.state() == IdCardReader::State::WaitingForCard; }, 10000))
            break;
        shown = false;
        sim.setCardPresent(true);
        if (!waitUntil([&] { return shown; }, 10000))
            break;
        sim.setCardPresent(false);
    }
    reader.stop();
    if (cardToForm.size() < 20) {
        ctx.log() << "too few cards read: " << cardToForm.size() << Qt::endl;
        return 1;
    }
    ctx.result(QStringLiteral("card_to_lookup_p95_ms"), p95(cardToForm), 2);

    // The receptionist's screen itself: its own reader on the same pty, the form filled and
    // the history panel showing the three earlier visits.
    CheckInWorkspace desk(s);
    desk.resize(1400, 900);
    desk.show();
    DeskSettings d;
    d.readerPort = ctx.path(QStringLiteral("reader"));
    d.printTarget = DeskSettings::PrintTarget::PdfFolder;
    d.pdfFolder = ctx.path(QStringLiteral("pdf"));
    d.rooms = DeskSettings::defaultRooms();
    desk.setDeskSettings(d);
    auto* name = desk.findChild<QLineEdit*>(QStringLiteral("visitorName"));
    auto* history = desk.findChild<HistoryPanel*>(QStringLiteral("historyPanel"));
    if (!name || !history || !desk.reader()) {
        ctx.log() << "the desk has no form, history or reader" << Qt::endl;
        return 1;
    }
    std::vector<double> filled, painted;
    bool filledOk = true;
    QObject::connect(&desk, &CheckInWorkspace::cardShown, &desk, [&] {
        const double ms = (clock.nsecsElapsed() - lastByteNs) / 1e6;
        if (name->text() != card->name || history->history().visits != 3) {
            filledOk = false;
        } else {
            filled.push_back(ms);
            desk.repaint();
            painted.push_back((clock.nsecsElapsed() - lastByteNs) / 1e6);
        }
        shown = true;
    });
    for (int i = 0; i < 40; ++i) {
        if (!waitUntil([&] { return desk.reader()->state() == IdCardReader::State::WaitingForCard; }, 10000))
            break;
        shown = false;
        sim.setCardPresent(true);
        if (!waitUntil([&] { return shown; }, 10000))
            break;
        sim.setCardPresent(false);
    }
    if (!filledOk || filled.size() < 30) {
        ctx.log() << "the desk showed " << filled.size() << " cards" << (filledOk ? "" : ", some wrongly") << Qt::endl;
        return 1;
    }
    ctx.result(QStringLiteral("card_to_form_samples"), double(filled.size()));
    ctx.result(QStringLiteral("card_to_form_p50_ms"), percentile(filled, 50), 2);
    ctx.result(QStringLiteral("card_to_form_p95_ms"), p95(filled), 2);
    ctx.result(QStringLiteral("card_to_painted_p95_ms"), p95(painted), 2);
    return 0;
}

} // namespace qf::bench
