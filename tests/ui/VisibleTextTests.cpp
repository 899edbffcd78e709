// No English and no internal codes in the Chinese interface: every text a user can read on
// every workspace and dialog (labels, buttons, titles, tabs, list headers and rows, tool
// tips, menus) in zh_CN has no ASCII word but the few that are Chinese usage too (PDF, ID,
// key names). And the messages that come from below the screens - a refused status move, a
// failed database, a history line - are said in Chinese too.
#include "models/CaseLabels.h"
#include "models/CaseStateMachine.h"
#include "models/ReportStore.h"
#include "models/Session.h"
#include "models/SqlError.h"
#include "tests/support/TestSupport.h"
#include "tests/ui/ScreenWalk.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/Language.h"
#include "ui/cases/CaseWork.h"
#include "ui/checkin/DocumentPrinter.h"

#include <QRegularExpression>
#include <QSqlQuery>

#include <sqlite3.h>

using namespace qf;

namespace {

// ASCII words of three letters or more with a lower-case letter or an underscore
// ("registered", "meeting_decision", "disk I/O error"), outside paths and addresses.
QStringList asciiWords(QString text, const QStringList& data = {})
{
    static const QRegularExpression markup(QStringLiteral("<[^>]*>|&[a-z]+;|&#[0-9]+;"));
    text.remove(markup);
    static const QRegularExpression pathLike(QStringLiteral("(\\S*[/\\\\]\\S*|\\S+\\.(sqlite|pdf|xlsx|json|jsonl|csv|wav)\\b|https?://\\S+|\\S+@\\S+)"));
    static const QRegularExpression word(QStringLiteral("[A-Za-z_][A-Za-z0-9_]*"));
    static const QStringList allowed { QStringLiteral("Ctrl"),  QStringLiteral("Shift"), QStringLiteral("Alt"),
                                       QStringLiteral("Enter"), QStringLiteral("Esc"),   QStringLiteral("Tab"),
                                       QStringLiteral("Page"),  QStringLiteral("Up"),    QStringLiteral("Down"),
                                       QStringLiteral("Home"),  QStringLiteral("End"),   QStringLiteral("Del"),
                                       QStringLiteral("SQLite"), QStringLiteral("Qingfeng"), QStringLiteral("Qt"),
                                       QStringLiteral("Insert"), QStringLiteral("Delete"), QStringLiteral("Excel"),
                                       // The language menu names each language in itself.
                                       QStringLiteral("English") };
    text.remove(pathLike);
    QStringList out;
    for (auto it = word.globalMatch(text); it.hasNext();) {
        const QString w = it.next().captured();
        if (w.size() < 3 || allowed.contains(w) || data.contains(w))
            continue;
        if (w.contains(QLatin1Char('_')) || w != w.toUpper())
            out << w;
    }
    return out;
}

struct Chinese
{
    Chinese() { REQUIRE(Language::install(QStringLiteral("zh_CN"))); }
    ~Chinese() { Language::install(QStringLiteral("en")); }
};

} // namespace

TEST_CASE("the scanner sees English and codes", "[ui]")
{
    CHECK(asciiWords(QStringLiteral("处于“registered”状态的件不能执行“submit_for_review”")).size() == 2);
    CHECK(asciiWords(QStringLiteral("disk I/O error")).contains(QStringLiteral("disk")));
    CHECK(asciiWords(QStringLiteral("打印预览: receipt")) == QStringList { QStringLiteral("receipt") });
    CHECK(asciiWords(QStringLiteral("导出 PDF（Ctrl+P），编号 2026-K7Q-000123，/tmp/a b/x.sqlite")).isEmpty());
}

TEST_CASE("every screen in Simplified Chinese shows no English and no internal codes", "[ui]")
{
    Chinese zh;
    test::Scratch scratch;
    auto session = test::openSession(scratch.path(QStringLiteral("texts.sqlite")));
    test::makeProfile(*session, QStringLiteral("李明"), QStringLiteral("administrator"));
    // What users typed is theirs: logins are ASCII, and so is the uuid of a record.
    QStringList logins;
    QSqlQuery q(session->database().connection());
    REQUIRE(q.exec(QStringLiteral("SELECT login FROM users")));
    while (q.next())
        logins << q.value(0).toString();
    QStringList found;
    int screens = 0;
    test::walkScreens(*session, [&](const QString& screen, QWidget* window) {
        ++screens;
        for (const QString& t : test::visibleTexts(window)) {
            const QStringList words = asciiWords(t, logins);
            const QString line = screen + QStringLiteral(": \"") + t.left(120) + QStringLiteral("\" (")
                + words.join(QStringLiteral(", ")) + QLatin1Char(')');
            if (!words.isEmpty() && !found.contains(line))
                found << line;
        }
    });
    INFO(found.join(QLatin1Char('\n')).toStdString());
    CHECK(screens >= 20);
    CHECK(found.isEmpty());
}

TEST_CASE("messages from below the screens are in Chinese - moves, history, print jobs, database errors", "[ui]")
{
    Chinese zh;
    test::Scratch scratch;
    auto session = test::openSession(scratch.path(QStringLiteral("msgs.sqlite")));
    // A refused move names the state and the move as people call them.
    ReportDraft d;
    d.channel = QStringLiteral("letter");
    d.content = QStringLiteral("反映某单位违规发放补贴问题。");
    auto added = session->reports().add(d);
    QF_REQUIRE_OK(added);
    CaseStateMachine machine(session->reports());
    const Status refused = machine.apply(added->id, Transition::SubmitForReview, {},
                                         Actor { session->userId(), session->role() });
    REQUIRE_FALSE(refused.ok());
    CHECK(asciiWords(refused.error()).isEmpty());
    CHECK(refused.error().contains(CaseLabels::status(QStringLiteral("registered"))));
    // History lines, also of kinds a newer version writes.
    for (const QString& kind : { QStringLiteral("meeting_decision"), QStringLiteral("meeting_decision_undone"),
                                 QStringLiteral("registered"), QStringLiteral("accept"), QStringLiteral("some_new_kind") })
        CHECK(asciiWords(CaseWork::eventLabel(kind)).isEmpty());
    // Print jobs.
    for (const QString& doc : { QStringLiteral("receipt"), QStringLiteral("ticket"), QStringLiteral("referral") })
        CHECK(asciiWords(DocumentPrinter::title(doc)).isEmpty());
    // The database's failures people can act on.
    for (int code : { SQLITE_IOERR, SQLITE_IOERR_WRITE, SQLITE_BUSY, SQLITE_READONLY, SQLITE_CANTOPEN, SQLITE_CORRUPT,
                      SQLITE_FULL })
        CHECK(asciiWords(SqlError::text(code, QStringLiteral("disk I/O error"))).isEmpty());
}
