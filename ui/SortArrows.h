#pragma once

class QHeaderView;

namespace qf {

// Qt's header draws the sort arrow upside down against what office software does (Fusion
// shows ▲ for "newest first"): this header draws ▼ for a descending sort and ▲ for an
// ascending one, as Excel and the file manager do.
void conventionalSortArrows(QHeaderView* header);

} // namespace qf
