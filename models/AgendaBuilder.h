#pragma once

#include "models/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace qf {

class Database;
class MeetingStore;

// A case that must (or may) come before the review meeting, and why.
struct AgendaCandidate
{
    QString reportId;
    QString regNo;
    QString reason; // class_a, must_review (十必研 category), put_forward
};

// Builds the agenda of a review meeting: every class A case awaiting review, every case in a
// "ten must-review" category (categories.must_review) that can come to review, and the cases
// officers put forward. Must-review items come first, then class A, then put forward; each
// group oldest first. The chair reorders and adds afterwards.
class AgendaBuilder
{
    Q_DECLARE_TR_FUNCTIONS(qf::AgendaBuilder)

public:
    explicit AgendaBuilder(Database& db);

    Result<QList<AgendaCandidate>> candidates() const;
    // Adds the candidates to the meeting's agenda and marks the proposals as taken.
    Result<int> fill(MeetingStore& store, const QString& meetingId) const;

private:
    Database& m_db;
};

} // namespace qf
