// Lane building: runs when the data, the filter or the grouping changes, never per frame.
#include "annals/view/lanes.hpp"

#include <algorithm>
#include <map>
#include <numeric>

namespace annals::view {

namespace {

constexpr std::array lane_kind_names{"all", "actor", "place", "type", "document"};
const std::string none_lane = "(none)";

// Every lane key of one event (its actors, places, type or documents).
std::vector<std::string> keys_of(const Timeline& timeline, const ViewEvent& event, LaneKind kind) {
  std::vector<std::string> keys;
  const auto names = [&](const std::vector<NameId>& ids) {
    for (NameId id : ids) keys.push_back(timeline.names().name(id));
  };
  switch (kind) {
    case LaneKind::All: keys.emplace_back("All events"); break;
    case LaneKind::Actor: names(event.actors); break;
    case LaneKind::Place: names(event.places); break;
    case LaneKind::Type: keys.push_back(timeline.names().name(event.type)); break;
    case LaneKind::Document:
      for (DocumentId id : event.documents) keys.push_back("document " + std::to_string(id));
      break;
  }
  if (keys.empty()) keys.push_back(none_lane);
  return keys;
}

}  // namespace

std::string_view to_string(LaneKind kind) {
  return lane_kind_names.at(static_cast<std::size_t>(kind));
}

std::optional<LaneKind> parse_lane_kind(std::string_view text) {
  for (std::size_t i = 0; i < lane_kind_names.size(); ++i)
    if (text == lane_kind_names[i]) return static_cast<LaneKind>(i);
  return std::nullopt;
}

void Track::add(const ViewEvent& event, EventIndex index) {
  items.push_back(index);
  max_length = std::max(max_length, event.end - event.first);
}

void Track::sort(const Timeline& timeline) {
  const auto& events = timeline.events();
  std::stable_sort(items.begin(), items.end(), [&](EventIndex a, EventIndex b) {
    return events[a].first < events[b].first;
  });
  starts.resize(items.size());
  for (std::size_t i = 0; i < items.size(); ++i) starts[i] = events[items[i]].first;
}

std::vector<Granularity> Lane::rows() const {
  std::vector<Granularity> out;
  for (std::size_t i = 0; i < tracks.size(); ++i)
    if (!tracks[i].empty()) out.push_back(static_cast<Granularity>(i));
  return out;
}

std::vector<Lane> build_lanes(const Timeline& timeline, const std::vector<EventIndex>& visible,
                              LaneKind kind) {
  std::vector<Lane> lanes;
  std::map<std::string, std::size_t> lane_of;
  const auto& events = timeline.events();
  for (EventIndex index : visible) {
    const ViewEvent& event = events[index];
    auto keys = keys_of(timeline, event, kind);
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    for (const std::string& key : keys) {
      auto [found, inserted] = lane_of.try_emplace(key, lanes.size());
      if (inserted) lanes.emplace_back().name = key;
      Lane& lane = lanes[found->second];
      lane.tracks[static_cast<std::size_t>(event.granularity)].add(event, index);
      lane.summary.add(event, index);
      ++lane.count;
    }
  }
  for (Lane& lane : lanes) {
    for (Track& track : lane.tracks) track.sort(timeline);
    lane.summary.sort(timeline);
  }
  std::stable_sort(lanes.begin(), lanes.end(), [](const Lane& a, const Lane& b) {
    if (a.count != b.count) return a.count > b.count;
    return a.name < b.name;
  });
  return lanes;
}

}  // namespace annals::view
