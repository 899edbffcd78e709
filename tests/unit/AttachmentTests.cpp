// Attachments by content address, and office-wide settings with defaults.
#include "models/AttachmentStore.h"
#include "models/Database.h"
#include "models/Session.h"
#include "models/Settings.h"
#include "tests/support/TestSupport.h"
#include "models/Writer.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>

using namespace qf;

namespace {

void makeReport(Session& s, const QString& id)
{
    QSqlQuery q(s.database().connection());
    REQUIRE(q.exec(QStringLiteral("INSERT INTO reports (id, reg_no, channel, received_at, created_at) "
                                  "VALUES ('%1', 'R-%1', 'letter', '2026-11-20', '2026-11-20')")
                       .arg(id)));
}

} // namespace

TEST_CASE("an attachment is stored once by its SHA-256 and verified", "[store]")
{
    test::Scratch dir;
    auto session = test::openSession(dir.path(QStringLiteral("att.sqlite")));
    makeReport(*session, QStringLiteral("r1"));
    makeReport(*session, QStringLiteral("r2"));
    AttachmentStore store(session->writer(), dir.path(QStringLiteral("attachments")));

    const QByteArray page = QByteArray("%PDF-1.4 scanned letter page ") + QByteArray(300000, 'x');
    const QString source = dir.path(QStringLiteral("letter.pdf"));
    {
        QFile f(source);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(page);
    }
    const QString expected = QString::fromLatin1(QCryptographicHash::hash(page, QCryptographicHash::Sha256).toHex());

    auto first = store.attachFile(QStringLiteral("r1"), source, QStringLiteral("scan"));
    QF_REQUIRE_OK(first);
    CHECK(first->sha256 == expected);
    CHECK(first->size == page.size());
    CHECK(store.pathOf(expected).endsWith(expected.left(2) + QLatin1Char('/') + expected.mid(2)));
    QF_REQUIRE_OK(store.verify(expected));

    auto second = store.attachData(QStringLiteral("r2"), page, QStringLiteral("copy.pdf"), QStringLiteral("scan"));
    QF_REQUIRE_OK(second);
    CHECK(second->sha256 == expected);
    QSqlQuery q(session->database().connection());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM attachments")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 1);
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM report_attachments")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 2);
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM outbox WHERE table_name = 'report_attachments'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 2);

    // A damaged copy is recognised.
    {
        QFile f(store.pathOf(expected));
        REQUIRE(f.open(QIODevice::ReadWrite));
        f.seek(100);
        f.write("tampered");
    }
    CHECK_FALSE(store.verify(expected).ok());

    auto missing = store.attachFile(QStringLiteral("r1"), dir.path(QStringLiteral("nope.pdf")), QStringLiteral("scan"));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().contains(QStringLiteral("nope.pdf")));
}

TEST_CASE("office settings have defaults - are validated and go through the write path", "[store]")
{
    test::Scratch dir;
    auto session = test::openSession(dir.path(QStringLiteral("settings.sqlite")));
    Settings settings(session->writer());
    CHECK(settings.intValue(Settings::Key::DispatchRedWorkdays) == 7);
    CHECK(settings.intValue(Settings::Key::AcceptanceNoticeWorkdays) == 15);
    CHECK(settings.intValue(Settings::Key::TriageYellowHours) == 24);

    QF_REQUIRE_OK(settings.setValue(Settings::Key::DispatchRedWorkdays, 10));
    CHECK(settings.intValue(Settings::Key::DispatchRedWorkdays) == 10);
    QF_REQUIRE_OK(settings.setValue(Settings::Key::DispatchRedWorkdays, 9));
    CHECK(settings.intValue(Settings::Key::DispatchRedWorkdays) == 9);
    CHECK_FALSE(settings.setValue(Settings::Key::DispatchRedWorkdays, QStringLiteral("seven")).ok());
    CHECK_FALSE(settings.setValue(Settings::Key::DispatchRedWorkdays, -1).ok());
    CHECK(settings.intValue(Settings::Key::DispatchRedWorkdays) == 9);

    QF_REQUIRE_OK(settings.setValue(Settings::Key::OfficeName, QStringLiteral("某县纪委监委信访室")));
    CHECK(settings.text(Settings::Key::OfficeName) == QStringLiteral("某县纪委监委信访室"));

    QSqlQuery q(session->database().connection());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM outbox WHERE table_name = 'settings'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 3);
}
