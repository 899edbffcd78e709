#pragma once

#include "models/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace qf {

class IdentityVault;
class Settings;
class WorkCalendar;
class Writer;

// A missed call to be returned.
struct Callback
{
    QString id;
    QString callId;
    QString number; // opened only for a role entitled to identities
    QDateTime createdAt, dueAt, doneAt;
    QString outcome, note; // while open: "no_answer" after an attempt nobody answered
    int attempts = 0;      // calls back nobody answered
    QDateTime attemptedAt; // the last of them
    bool overdue = false;
};

// The hotline's callbacks (table callbacks): made by CallLog for every missed, declined or
// abandoned call, due by the end of a working day on the official calendar, listed until
// someone calls back and records the outcome.
class Callbacks
{
    Q_DECLARE_TR_FUNCTIONS(qf::Callbacks)

public:
    Callbacks(Writer& writer, const IdentityVault& vault);

    // When a callback for a call at `calledAt` is due: the end of the working day
    // (hotline.workday_ends) `hotline.callback_workdays` working days on; a call on a day off
    // or after the end of the day counts from the next working day.
    static QDateTime dueFor(const QDateTime& calledAt, const WorkCalendar& calendar, const Settings& settings);

    // The open callbacks, the earliest due first; `now` decides which are overdue.
    Result<QList<Callback>> open(const QDateTime& now) const;
    Result<int> overdueCount(const QDateTime& now) const;

    // The callback was made: its outcome ("reached", "no_answer", a note) recorded.
    Status complete(const QString& callbackId, const QString& outcome, const QString& note, const QDateTime& at);
    // The caller was called back and did not answer: the attempt is noted ("no_answer" and
    // when) and the callback stays open, to be tried again.
    Status attempted(const QString& callbackId, const QDateTime& at);

private:
    // The unanswered attempts of a callback still open (else why it is not open).
    Result<int> attemptsSoFar(const QString& callbackId) const;

    Writer& m_writer;
    const IdentityVault& m_vault;
};

} // namespace qf
