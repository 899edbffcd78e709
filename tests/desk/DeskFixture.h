#pragma once

#include "tests/support/TestSupport.h"

#include "ui/checkin/CheckInWorkspace.h"
#include "models/Session.h"
#include "app/devices/idcard/IdCardSimulator.h"

#include <QVariant>

#include <memory>

namespace qf::test {

// A session with a profile and office settings, the check-in desk printing PDFs into the
// scratch folder, and a reader simulator on a real pty.
struct DeskFixture
{
    DeskFixture();
    ~DeskFixture();

    // Starts the simulator with a demo card and points the desk's reader at it.
    void connectReader(const QString& cardFile);
    void connectReader(const IdCardData& card);
    // A demo card from resources/demo/cards.
    static IdCardData demoCard(const QString& cardFile);
    QVariant scalar(const QString& sql, const QVariantList& binds = {});
    template <typename T>
    T* child(const char* name) const
    {
        T* w = desk->findChild<T*>(QString::fromLatin1(name));
        REQUIRE(w != nullptr);
        return w;
    }
    void typeInto(const char* name, const QString& text);
    // Text as an input method commits it (Chinese is typed through one).
    static void typeText(QWidget* widget, const QString& text);
    // The text of a PDF (pdftotext).
    static QString pdfText(const QString& path);

    Scratch scratch;
    std::unique_ptr<Session> session;
    IdCardSimulator sim;
    std::unique_ptr<CheckInWorkspace> desk;
};

} // namespace qf::test
