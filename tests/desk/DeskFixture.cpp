#include "tests/desk/DeskFixture.h"

#include "models/ProfileStore.h"
#include "models/Settings.h"
#include "app/devices/idcard/IdCardJson.h"

#include <QApplication>
#include <QInputMethodEvent>
#include <QProcess>
#include <QSqlQuery>
#include <QTest>

namespace qf::test {

DeskFixture::DeskFixture()
{
    session = openSession(scratch.path(QStringLiteral("desk.sqlite")));
    REQUIRE(session);
    // The office's settings are the administrator's; the desk is the receptionist's.
    Settings settings(session->writer());
    QF_REQUIRE_OK(settings.setValue(Settings::Key::OfficeName, QStringLiteral("城关区纪委监委信访室")));
    QF_REQUIRE_OK(settings.setValue(Settings::Key::OfficePhone, QStringLiteral("0931-12388")));
    signInAs(*session, QStringLiteral("receptionist"), {}, QStringLiteral("王芳"));
    desk = std::make_unique<CheckInWorkspace>(*session);
    DeskSettings d;
    d.printTarget = DeskSettings::PrintTarget::PdfFolder;
    d.pdfFolder = scratch.path(QStringLiteral("pdf"));
    d.rooms = { QStringLiteral("接谈室一") };
    d.ticketPrefix = QStringLiteral("A");
    desk->setDeskSettings(d);
    desk->setReferralConfirmation([](const ScopeMatch&) { return true; });
    desk->resize(1400, 900);
    desk->show();
    REQUIRE(QTest::qWaitForWindowExposed(desk.get()));
}

DeskFixture::~DeskFixture()
{
    desk.reset();
    sim.stop();
}

IdCardData DeskFixture::demoCard(const QString& cardFile)
{
    auto card = IdCardJson::load(QStringLiteral(QF_SOURCE_DIR "/resources/demo/cards/") + cardFile);
    QF_REQUIRE_OK(card);
    return *card;
}

void DeskFixture::connectReader(const QString& cardFile)
{
    connectReader(demoCard(cardFile));
}

void DeskFixture::connectReader(const IdCardData& card)
{
    sim.setCard(card);
    sim.setCardPresent(false);
    const QString link = scratch.path(QStringLiteral("reader"));
    QF_REQUIRE_OK(sim.start(link));
    DeskSettings d = desk->deskSettings();
    d.readerPort = link;
    desk->setDeskSettings(d);
}

QVariant DeskFixture::scalar(const QString& sql, const QVariantList& binds)
{
    QSqlQuery q(session->database().connection());
    q.prepare(sql);
    for (const QVariant& b : binds)
        q.addBindValue(b);
    REQUIRE(q.exec());
    return q.next() ? q.value(0) : QVariant();
}

void DeskFixture::typeInto(const char* name, const QString& text)
{
    QWidget* w = child<QWidget>(name);
    w->setFocus();
    typeText(w, text);
}

void DeskFixture::typeText(QWidget* widget, const QString& text)
{
    REQUIRE(widget != nullptr);
    QInputMethodEvent e;
    e.setCommitString(text);
    QApplication::sendEvent(widget, &e);
}

QString DeskFixture::pdfText(const QString& path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), { QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-") });
    REQUIRE(p.waitForFinished(30000));
    // CJK fonts map some glyphs to Kangxi radicals (⼈ for 人): compatibility-normalise.
    // and the radical supplement's ⺠ shares its glyph with 民.
    return QString::fromUtf8(p.readAllStandardOutput())
        .normalized(QString::NormalizationForm_KC)
        .replace(QChar(0x2EA0), QChar(0x6C11));
}

} // namespace qf::test
