// Lane building: runs when the data, the filter or the grouping changes, never per frame.
#include "annals/view/lanes.hpp"

#include <algorithm>
#include <unordered_map>
#include <numeric>

namespace annals::view {

namespace {

constexpr std::array lane_kind_names{"all", "actor", "place", "type", "document"};
const std::string none_lane = "(none)";

// Lane keys are numbers (name ids, document ids) so that grouping a million events
// hashes integers, not strings; a lane's name is made once, when the lane is created.
using LaneKey = std::int64_t;
constexpr LaneKey none_key = -1;

// Every lane key of one event (its actors, places, type or documents), into `keys`.
void keys_of(const ViewEvent& event, LaneKind kind, std::vector<LaneKey>& keys) {
  keys.clear();
  switch (kind) {
    case LaneKind::All: keys.push_back(0); break;
    case LaneKind::Actor: keys.assign(event.actors.begin(), event.actors.end()); break;
    case LaneKind::Place: keys.assign(event.places.begin(), event.places.end()); break;
    case LaneKind::Type: keys.push_back(event.type); break;
    case LaneKind::Document: keys.assign(event.documents.begin(), event.documents.end()); break;
  }
  if (keys.empty()) keys.push_back(none_key);
  if (keys.size() > 1) {
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  }
}

std::string lane_name(const Timeline& timeline, LaneKind kind, LaneKey key) {
  if (key == none_key) return none_lane;
  switch (kind) {
    case LaneKind::All: return "All events";
    case LaneKind::Document: return "document " + std::to_string(key);
    default: return timeline.names().name(static_cast<NameId>(key));
  }
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
  const auto earlier = [&](EventIndex a, EventIndex b) { return events[a].first < events[b].first; };
  // Visible events come in timeline order, so tracks are usually sorted already.
  if (!std::is_sorted(items.begin(), items.end(), earlier))
    std::stable_sort(items.begin(), items.end(), earlier);
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
  std::unordered_map<LaneKey, std::size_t> lane_of;
  std::vector<LaneKey> keys;
  const auto& events = timeline.events();
  for (EventIndex index : visible) {
    const ViewEvent& event = events[index];
    keys_of(event, kind, keys);
    for (const LaneKey key : keys) {
      auto [found, inserted] = lane_of.try_emplace(key, lanes.size());
      if (inserted) lanes.emplace_back().name = lane_name(timeline, kind, key);
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
