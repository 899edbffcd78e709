#pragma once

#include <QString>
#include <QStringList>

#include <functional>

class QWidget;

namespace qf {
class Session;
}

namespace qf::test {

// Every screen a user can reach from the main window: each workspace shown in the window
// (with each tab of its tab widgets), every dialog the window and the screens construct
// (with each of their tabs). The visitor gets a name for messages and the window on show.
using ScreenVisitor = std::function<void(const QString& screen, QWidget* window)>;
void walkScreens(Session& session, const ScreenVisitor& visit);

// Shortcuts of one window that more than one thing answers to at the same time (Qt calls it
// "Ambiguous shortcut overload" and runs neither): key sequences of the actions and
// QShortcuts active in the window, and the Alt mnemonics of the visible buttons, labels with
// a buddy, check boxes, group boxes and tabs. One line per clash, naming the texts.
QStringList shortcutClashes(QWidget* window);
// The same inside each menu of a menu bar (a menu's items by their underlined letter).
QStringList menuClashes(QWidget* window);

// The texts a user can read on a window: labels, buttons, group titles, tabs, headers of
// item views and their first rows, line edits' placeholder text, window titles, tool tips.
QStringList visibleTexts(QWidget* window);

} // namespace qf::test
