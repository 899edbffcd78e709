#pragma once

#include <QColor>
#include <QIcon>

namespace qf {

// The side bar's icons: one character of the screen's name on a rounded square of its own
// colour (今 today, 访 desk, 案 cases, 督 supervision, 质 quality, 会 meeting, 析 analysis,
// 览 overview, 设 settings), painted at every size from the CJK face, so each workspace is
// told apart at a glance and none depends on the desktop's icon theme.
QIcon workspaceIcon(QChar glyph, const QColor& colour);

} // namespace qf
