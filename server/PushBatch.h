#pragma once

#include "server/SyncService.h"
#include "sync/SyncMessages.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

// The state of one push (SyncService::push, SyncPush.cpp and SyncMerge.cpp), internal to
// the service.
namespace qf::server {

// One central row as the batch sees it, changed in memory until the batch is stored.
struct PushRow
{
    bool exists = false;
    bool stored = false; // in qf.rows when the batch began: written back as a patch, not whole
    bool dirty = false;
    bool identityDirty = false;
    QString table;
    QString id;
    QString office; // null: shared by every office
    bool restricted = false;
    bool needsIdentity = false;
    QJsonObject data;
    QJsonObject clocks;
    QJsonObject identity;
    // What the batch changed in a stored row: the fields and their clocks, merged into the
    // stored JSON so that the database does not take the whole row again.
    QJsonObject patch;
    QJsonObject clockPatch;
    qint64 createdHlc = 0;
    qint64 hlc = 0;
    bool deleted = false;
    // Whose own writes the row holds (revision 9): the device that wrote it last when every
    // change of that device applied as it was made, and the row's change number before them.
    qint64 seq = 0;
    qint64 echoDevice = 0;
    qint64 echoAfter = 0;
    bool asSent = true; // false once a change of the batch did not apply to it as sent
};

// Where a row belongs.
struct Placement
{
    QString office;
    bool restricted = false;
};

struct PushBatch
{
    const Caller& caller;
    int protocol = 0;
    QList<sync::Mutation> mutations;

    // Loaded (step 1).
    QHash<QString, sync::MutationResult> answered; // mutations sent before and stored
    QHash<QString, PushRow> rows;                   // by rowKey()
    QSet<QString> takenNumbers;                     // "registration number/report id", any office's
    QSet<QString> hidden;                           // rows that exist but are not the caller's to see
    qint64 nowMs = 0;
    QString nowText;

    // Decided (steps 2 and 3).
    QList<sync::MutationResult> results;
    // qf.mutations rows, column by column (one array parameter each).
    QStringList answerIds;
    QList<qint64> answerSeqs;
    QStringList answerResults;
    QList<PushRow> conflicts;
    qint64 maxSeq = 0;

    // Protocol 2 sends the clocks a change was made on: only then can an edit be told concurrent.
    bool withBase() const { return protocol >= 2; }
};

inline QString rowKey(const QString& table, const QString& id)
{
    return table + QLatin1Char('/') + id;
}

} // namespace qf::server
