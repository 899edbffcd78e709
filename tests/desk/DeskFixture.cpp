#include "DeskFixture.h"

#include "Profile.h"
#include "Settings.h"
#include "devices/idcard/IdCardJson.h"

#include <QProcess>
#include <QSqlQuery>
#include <QTest>

namespace qf::test {

DeskFixture::DeskFixture()
{
    session = openSession(scratch.path(QStringLiteral("desk.sqlite")));
    REQUIRE(session);
    NewProfile p { QStringLiteral("王芳"), QStringLiteral("receptionist"), {}, QStringLiteral("城关区纪委监委"),
                   QStringLiteral("county") };
    QF_REQUIRE_OK(ProfileStore::create(*session, p));
    Settings settings(session->writer());
    QF_REQUIRE_OK(settings.setValue(Settings::Key::OfficeName, QStringLiteral("城关区纪委监委信访室")));
    QF_REQUIRE_OK(settings.setValue(Settings::Key::OfficePhone, QStringLiteral("0931-12388")));
    desk = std::make_unique<CheckInWorkspace>(*session);
    DeskSettings d;
    d.printTarget = DeskSettings::PrintTarget::PdfFolder;
    d.pdfFolder = scratch.path(QStringLiteral("pdf"));
    d.rooms = { QStringLiteral("接谈室一") };
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

void DeskFixture::connectReader(const QString& cardFile)
{
    auto card = IdCardJson::load(QStringLiteral(QF_SOURCE_DIR "/resources/demo/cards/") + cardFile);
    QF_REQUIRE_OK(card);
    sim.setCard(*card);
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
    QTest::keyClicks(w, text);
}

QString DeskFixture::pdfText(const QString& path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), { QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-") });
    REQUIRE(p.waitForFinished(30000));
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace qf::test
