#pragma once

#include "models/CaseStateMachine.h"
#include "models/ReportStore.h"
#include "models/Session.h"
#include "tests/support/TestSupport.h"

#include <memory>

namespace qf::test {

// A fresh store with three offices (ours, the higher one, a lower one), a case officer and a
// review-meeting chair, and the case-work objects on top.
struct CaseFixture
{
    CaseFixture();
    ~CaseFixture();

    QString addOrg(const QString& code, const QString& level);
    QString addUser(const QString& login, const QString& role, const QString& orgId);
    // A letter report with one reported person, received at the given local time.
    QString addReport(const QDateTime& received = {}, const QString& unit = QStringLiteral("城关镇政府"),
                      bool realName = false);
    // Applies a transition and requires it to succeed.
    void move(const QString& id, Transition t, QVariantMap params = {}, const Actor* actor = nullptr);
    // Moves a fresh report along the usual path up to (and including) the decision.
    void toDecided(const QString& id, const QString& outcome = QStringLiteral("preliminary_verification"));
    // A fresh report assigned down to the office, handled and concluded at the given time.
    QString addConcluded(const QString& at, const QString& office);
    int eventCount(const QString& id, const QString& kind);

    Scratch dir;
    std::unique_ptr<Session> session;
    ReportStore* reports = nullptr; // the session's
    std::unique_ptr<CaseStateMachine> machine;
    QString office, higher, lower;
    Actor officer, chair;
};

// A letter of `pages` A4 pages ("举报信 第N页") and a 400×300 envelope photo ("信封"), as a
// clerk would scan them; each returns its path.
QString makePdf(const QString& path, int pages);
QString makePng(const QString& path);

} // namespace qf::test
