#pragma once

#include <QSet>
#include <QString>

namespace qf {

// The tables that travel between workstations and the central store (Writer.cpp).
const QSet<QString>& syncedTables();

} // namespace qf
