// Lanes group the timeline by actor, place, type or source document. An event with two
// actors appears in both actors' lanes. Inside a lane, each precision (day, week, month,
// ...) is its own track, sorted by start, so the visible slice of a track is found with
// two binary searches and a track's longest item bounds how far back to look.
#pragma once

#include "annals/view/filter.hpp"
#include "annals/view/timeline.hpp"

#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace annals::view {

enum class LaneKind { All, Actor, Place, Type, Document };
std::string_view to_string(LaneKind kind);
std::optional<LaneKind> parse_lane_kind(std::string_view text);

inline constexpr std::size_t granularity_count = 9;  // Day .. Century

// Events of one lane and one precision, sorted by start.
struct Track {
  std::vector<EventIndex> items;
  std::vector<DayCoord> starts;  // starts[i] == events[items[i]].first, for lower_bound
  double max_length = 0;         // longest item, in days

  bool empty() const { return items.empty(); }
  void add(const ViewEvent& event, EventIndex index);
  void sort(const Timeline& timeline);
};

struct Lane {
  std::string name;
  bool collapsed = false;
  std::size_t count = 0;                          // distinct events in the lane
  std::array<Track, granularity_count> tracks;    // one per Granularity
  Track summary;                                  // every event of the lane, for the folded row
  // Sub-rows each track used when last drawn (same-day events unfolded when zoomed in);
  // the row is drawn that tall. 0 or 1: one row.
  std::array<std::uint8_t, granularity_count> stack_depth{};

  // The tracks drawn as rows when expanded (non-empty ones, finest first).
  std::vector<Granularity> rows() const;
};

// Lanes for the events in `visible` (indices into `timeline`), ordered by size (largest
// first) then name. Events without an actor/place go to a lane named "(none)".
std::vector<Lane> build_lanes(const Timeline& timeline, const std::vector<EventIndex>& visible,
                              LaneKind kind);
// The same on `threads` threads, each grouping a contiguous part of `visible` (the loader
// builds the first lanes so while the window waits; a million events took ~0.1 s alone).
std::vector<Lane> build_lanes(const Timeline& timeline, const std::vector<EventIndex>& visible, LaneKind kind,
                              std::size_t threads);

// Incremental upkeep for live refresh: a full build sorts every track (a second and more
// at a million events); a few changed events need only their own places. `changed`
// holds the indices of records added or updated in place, `old` the updated ones' records
// as they were (same order; absent for added ones). Tracks stay sorted by start; lanes
// left empty are dropped and lanes are ordered again by size.
struct LaneChange {
  EventIndex index = 0;
  std::optional<ViewEvent> old;  // the record before an in-place update; nullopt: added
};
void update_lanes(std::vector<Lane>& lanes, const Timeline& timeline, const std::vector<LaneChange>& changed,
                  LaneKind kind);

}  // namespace annals::view
