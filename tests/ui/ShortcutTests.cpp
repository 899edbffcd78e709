// No key does two things at once: in every workspace of the main window and in every dialog
// it opens, no key sequence is bound twice (Qt then runs neither: "Ambiguous shortcut
// overload") and no Alt letter is underlined twice - in Simplified Chinese (the default, whose
// translations carry their own letters) and in English.
#include "models/Session.h"
#include "tests/support/TestSupport.h"
#include "tests/ui/ScreenWalk.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/Language.h"

using namespace qf;

TEST_CASE("no shortcut or mnemonic is bound twice in one window - every workspace and dialog", "[ui]")
{
    const QString language = GENERATE(QStringLiteral("zh_CN"), QStringLiteral("en"));
    REQUIRE(Language::install(language));
    test::Scratch scratch;
    auto session = test::openSession(scratch.path(QStringLiteral("keys.sqlite")));
    test::makeProfile(*session, QStringLiteral("李明"), QStringLiteral("administrator"));
    QStringList clashes;
    int screens = 0;
    test::walkScreens(*session, [&](const QString& screen, QWidget* window) {
        ++screens;
        for (const QString& c : test::shortcutClashes(window) + test::menuClashes(window))
            if (!clashes.contains(screen + QStringLiteral(": ") + c))
                clashes << screen + QStringLiteral(": ") + c;
    });
    Language::install(QStringLiteral("en"));
    INFO(language.toStdString() << "\n" << clashes.join(QLatin1Char('\n')).toStdString());
    CHECK(screens >= 20);
    CHECK(clashes.isEmpty());
}
