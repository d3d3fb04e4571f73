// Lane assignment (see report_lanes.hpp).
#include "annals/formats/picture/report_lanes.hpp"

#include <algorithm>
#include <array>
#include <set>
#include <utility>

namespace annals::formats::picture {

namespace {

constexpr std::array<std::pair<LaneKey, std::string_view>, 4> key_names{{
    {LaneKey::Type, "type"}, {LaneKey::Actor, "actor"}, {LaneKey::Place, "place"}, {LaneKey::Document, "document"},
}};

// The lane of events that have no value for the key.
std::string unassigned_lane(LaneKey key) { return "no " + std::string(to_string(key)); }

std::vector<std::string> lane_names(const Event& event, LaneKey key, const DocumentTitles& titles) {
  switch (key) {
    case LaneKey::Type: return {event.type.empty() ? unassigned_lane(key) : event.type};
    case LaneKey::Actor: return event.actors.empty() ? std::vector<std::string>{unassigned_lane(key)} : event.actors;
    case LaneKey::Place: return event.places.empty() ? std::vector<std::string>{unassigned_lane(key)} : event.places;
    case LaneKey::Document: break;
  }
  std::set<std::string> names;
  for (const auto& source : event.sources) {
    const auto title = titles.find(source.document);
    names.insert(title != titles.end() && !title->second.empty() ? title->second
                                                                  : "document " + std::to_string(source.document));
  }
  if (names.empty()) names.insert(unassigned_lane(key));
  return {names.begin(), names.end()};
}

}  // namespace

std::optional<LaneKey> parse_lane_key(std::string_view text) {
  for (const auto& [key, name] : key_names)
    if (name == text) return key;
  return std::nullopt;
}

std::string_view to_string(LaneKey key) {
  for (const auto& [candidate, name] : key_names)
    if (candidate == key) return name;
  return "type";
}

std::vector<Lane> assign_lanes(const std::vector<Event>& events, LaneKey key, const DocumentTitles& titles) {
  std::map<std::string, std::vector<std::size_t>> by_name;
  for (std::size_t i = 0; i < events.size(); ++i) {
    auto names = lane_names(events[i], key, titles);
    std::sort(names.begin(), names.end());
    names.erase(std::unique(names.begin(), names.end()), names.end());
    for (const auto& name : names) by_name[name].push_back(i);
  }
  std::vector<Lane> lanes;
  for (auto& [name, indices] : by_name) lanes.push_back({name, std::move(indices)});
  const auto unassigned = unassigned_lane(key);
  std::stable_sort(lanes.begin(), lanes.end(), [&](const Lane& a, const Lane& b) {
    return std::make_pair(a.name == unassigned, b.events.size()) < std::make_pair(b.name == unassigned, a.events.size());
  });
  return lanes;
}

void merge_small_lanes(std::vector<Lane>& lanes, std::size_t max_lanes) {
  if (max_lanes == 0 || lanes.size() <= max_lanes) return;
  std::set<std::size_t> merged;
  const std::size_t kept = max_lanes - 1;
  for (std::size_t i = kept; i < lanes.size(); ++i) merged.insert(lanes[i].events.begin(), lanes[i].events.end());
  const std::size_t merged_lanes = lanes.size() - kept;
  lanes.resize(kept);
  lanes.push_back({"other (" + std::to_string(merged_lanes) + " lanes)", {merged.begin(), merged.end()}});
}

}  // namespace annals::formats::picture
