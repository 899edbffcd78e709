#pragma once

#include "tests/cases/CaseFixture.h"
#include "models/MeetingStore.h"

namespace qf::test {

// The case fixture plus a meeting store and a few helpers to bring cases to the meeting.
struct MeetingFixture : CaseFixture
{
    MeetingFixture();

    // A class A case waiting for the meeting.
    QString awaitingReview(bool realName = false);
    // Triaged with the given scores (no submission).
    QString triaged(int verifiability, int typicality, int timeliness);
    QString addCategory(const QString& code, bool mustReview);
    void setCategory(const QString& reportId, const QString& categoryId);
    void setContent(const QString& reportId, const QString& content);
    QString status(const QString& reportId);

    std::unique_ptr<MeetingStore> meetings;
};

} // namespace qf::test
