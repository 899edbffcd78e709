#pragma once

#include <QIcon>
#include <QKeySequence>
#include <QWidget>

namespace qf {

// One screen of the main window, reached from the side bar. A new screen (check-in desk,
// case list, review meeting ...) derives from this and is added with one line:
// MainWindow::addWorkspace(new CheckInWorkspace(session)).
class Workspace : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    // The name in the side bar, already translated.
    virtual QString title() const = 0;
    virtual QIcon icon() const = 0;
    // An extra shortcut; every workspace also gets Ctrl+<position> (1..9).
    virtual QKeySequence shortcut() const { return {}; }
    // Called each time the workspace becomes the visible one.
    virtual void activated() { }
    // The window is locked (true) or unlocked again: a screen with a window of its own
    // (the projector) blanks it while locked.
    virtual void setLocked(bool locked) { Q_UNUSED(locked) }
};

} // namespace qf
