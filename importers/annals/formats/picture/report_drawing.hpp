// Paints a report layout into a drawing list: colours, grid, axis, marks, labels, legend,
// and a tooltip per event (its date value, precision and sources) for the SVG.
#pragma once

#include "annals/formats/picture/drawing.hpp"
#include "annals/formats/picture/report_layout.hpp"

namespace annals::formats::picture {

Drawing draw_report(const ReportLayout& layout, const std::vector<Event>& events, const DocumentTitles& titles);

// "Wang Yi visits Moscow\n2023-09-18 (day) ...\nSources: ..." for hovering in a browser.
std::string event_tooltip(const Event& event, const DocumentTitles& titles);

}  // namespace annals::formats::picture
