#pragma once

#include "models/CaseState.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QSet>
#include <QString>
#include <QVariant>

namespace qf::sync {

// The protocol between a workstation and qingfeng-syncd, shared by both sides.
//
// Every request carries "X-Qingfeng-Protocol: N" and, except enrolment, "Authorization:
// Bearer <device token>". The service serves the current and the previous version; an older
// client gets 426 with a message saying it must be upgraded.
//   POST /v1/enrol                          -> device, user, office and (for entitled roles) the office key
//   POST /v1/push    {mutations: [...]}     -> {results: [...], hlc}
//   GET  /v1/pull?cursor=N&limit=M          -> {rows: [...], cursor, more, hlc}
//   GET  /v1/blobs/<sha256>/status          -> {size, received, complete}
//   PUT  /v1/blobs/<sha256>?size=S&offset=O (body: the bytes from O) -> {received, complete}
//   GET  /v1/blobs/<sha256>?offset=O&length=L -> the bytes
//   GET  /v1/audit/head                     -> the device's audit chain head the service kept (protocol 3)
//   POST /v1/audit/head {base, head}        -> the new head, or 409 when the chain was rewritten (protocol 3)
// Each body and query is one of the messages of sync/SyncMessages.h; failures are {error}.
//   GET  /v1/accounts?since=REV             -> the office's accounts changed since REV (protocol 4)
//   POST /v1/accounts/seal {boxes}          -> the office's keys sealed for users lacking them (protocol 4)
//   POST /v1/accounts/password {hash, ...}  -> the signed-in user's own new password (protocol 4)
// Protocol 3: the workstation reports its audit chain's head before every sync (a client of
// 1 or 2 is served as before, unchecked). Protocol 4: central accounts; the office's identity
// key travels only sealed to a user's key, never in clear (a client of 3 or older is enrolled
// without it).
constexpr int kProtocolVersion = 4;
constexpr int kAuditHeadProtocol = 3;
constexpr int kAccountsProtocol = 4;
constexpr int kOldestServedProtocol = 1;
inline constexpr char kProtocolHeader[] = "X-Qingfeng-Protocol";

// How a row finds its office on the server.
enum class Scope {
    Global,   // reference data every office shares (offices, users, categories)
    OwnOrg,   // the row's org_id names the office (reports, visits)
    Report,   // follows its report (subjects, events, attachments, agenda items)
    Author,   // the office of the user who wrote it (settings, rules, persons, meetings)
    Server,   // written by the service only (conflict records)
};
Scope scopeOf(const QString& table);

// Fields that identify a reporter or visitor (sealed, plus their blind indexes). They live
// apart on the server and reach only roles entitled to Capability::Identities (models/Role.h).
bool isIdentityField(const QString& table, const QString& field);

// The field of a synced table that names a file in the attachments store by its SHA-256
// (report_attachments.sha256, call_records.recording_sha256); empty for other tables. The
// file goes up before the row and comes down after it (the blob endpoints).
QLatin1String blobField(const QString& table);

// Status changes are commands: a change of reports.status is accepted only along an edge
// of the case state machine.
bool isAllowedStatusChange(const QString& from, const QString& to);

// Values travel as JSON: text, numbers, null, and bytes as {"$b64": "..."}.
QVariant fromJson(const QJsonValue& value);
QJsonValue toJson(const QVariant& value);

// A clock is trusted up to this far ahead of the receiver's wall clock; later ones are clamped.
constexpr qint64 kMaxClockSkewMs = 5 * 60 * 1000;

// The status words of a mutation's result.
inline constexpr char kApplied[] = "applied";
inline constexpr char kRefused[] = "refused";

} // namespace qf::sync
