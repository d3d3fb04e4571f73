// Which horizontal lane each event is drawn in: by event type (the default), actor, place or
// source document. An event with two actors appears in both actors' lanes; one with none in
// a "no actor" lane. When there are more lanes than fit, the smallest are merged into one.
#pragma once

#include "annals/event.hpp"

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace annals::formats::picture {

enum class LaneKey { Type, Actor, Place, Document };

std::optional<LaneKey> parse_lane_key(std::string_view text);  // "type", "actor", "place", "document"
std::string_view to_string(LaneKey key);

struct Lane {
  std::string name;
  std::vector<std::size_t> events;  // indices into the event list, ascending
};

using DocumentTitles = std::map<DocumentId, std::string>;

// Lanes with the most events first (ties by name); the lane of events with no actor (place,
// type, document) comes last.
std::vector<Lane> assign_lanes(const std::vector<Event>& events, LaneKey key, const DocumentTitles& titles);

// Keeps the `max_lanes - 1` largest lanes and merges the rest into one "other" lane.
void merge_small_lanes(std::vector<Lane>& lanes, std::size_t max_lanes);

}  // namespace annals::formats::picture
