// The command line of annals-view: which database, and the scripted modes (screenshot,
// bench) with the state to put the view in first, so tests can photograph a given state.
#pragma once

#include "annals/view/lanes.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace annals::viewer {

struct Options {
  std::optional<std::filesystem::path> database;
  std::optional<std::filesystem::path> screenshot;  // write a PNG and exit
  std::optional<std::filesystem::path> export_svg;  // write the timeline as SVG and exit
  std::optional<int> bench_frames;                   // sweep and print timings as JSON
  view::LaneKind lanes = view::LaneKind::All;
  std::optional<long long> select_event;             // event id to select and show
  std::optional<std::string> details;                // select the first event whose title has this
  std::optional<std::string> search;                 // initial search text
  std::optional<std::string> from;                   // initial window "YYYY-MM-DD"
  std::optional<std::string> to;
  std::vector<std::string> drops;
  std::optional<long long> document;                 // show only the events of this document                    // imported as if dropped on the window
  int width = 1600;
  int height = 900;
  bool help = false;
};

// Throws std::invalid_argument with a message naming the bad argument.
Options parse_options(int argc, char** argv);
const char* usage();

}  // namespace annals::viewer
