#pragma once

#include <QStringList>

namespace qf {

// Migration 7: the review meeting (研判会) - meetings, participants, agenda items with their
// decisions, cases put forward by officers, and the minutes (集体研判纪要). All synced
// (id, hlc, deleted). Confirmed minutes are immutable, enforced here by triggers as well as
// by MeetingStore.
QStringList meetingSchema();

} // namespace qf
