#pragma once

#include "models/AnalysisReport.h"

#include <QByteArray>
#include <QSize>

namespace qf {

// Draws a chart of an analysis document (a trend line or grouped bars, with its title, axis
// and legend) as a PNG for the .docx. Needs a QGuiApplication (fonts). The same chart gives
// the same bytes.
QByteArray analysisChartPng(const ReportChart& chart, QSize size = QSize(1600, 800));

} // namespace qf
