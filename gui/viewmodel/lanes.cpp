// Lane building: runs when the data, the filter or the grouping changes, never per frame.
#include "annals/view/lanes.hpp"

#include <algorithm>
#include <future>
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
  starts.push_back(event.first);
  max_length = std::max(max_length, event.end - event.first);
}

void Track::sort(const Timeline& timeline) {
  // Visible events come in timeline order, so tracks are usually sorted already: checking
  // the starts (one contiguous array) costs far less than reaching into a million events.
  // Events appended by a live refresh are sorted alone and merged in, in linear time.
  const auto sorted = static_cast<std::size_t>(std::is_sorted_until(starts.begin(), starts.end()) - starts.begin());
  if (sorted == items.size()) return;
  const auto& events = timeline.events();
  const auto earlier = [&](EventIndex a, EventIndex b) { return events[a].first < events[b].first; };
  const auto sorted_end = items.begin() + static_cast<std::ptrdiff_t>(sorted);
  std::stable_sort(sorted_end, items.end(), earlier);
  std::inplace_merge(items.begin(), sorted_end, items.end(), earlier);
  for (std::size_t i = 0; i < items.size(); ++i) starts[i] = events[items[i]].first;
}

std::vector<Granularity> Lane::rows() const {
  std::vector<Granularity> out;
  for (std::size_t i = 0; i < tracks.size(); ++i)
    if (!tracks[i].empty()) out.push_back(static_cast<Granularity>(i));
  return out;
}

namespace {

// Lanes of a run of visible events, by key, in the order first met.
struct Grouping {
  std::vector<Lane> lanes;
  std::vector<LaneKey> lane_keys;
  std::unordered_map<LaneKey, std::size_t> lane_of;

  void add(const Timeline& timeline, const EventIndex* from, const EventIndex* to, LaneKind kind) {
    std::vector<LaneKey> keys;
    const auto& events = timeline.events();
    for (const EventIndex* at = from; at != to; ++at) {
      const ViewEvent& event = events[*at];
      keys_of(event, kind, keys);
      for (const LaneKey key : keys) {
        auto [found, inserted] = lane_of.try_emplace(key, lanes.size());
        if (inserted) {
          lanes.emplace_back().name = lane_name(timeline, kind, key);
          lane_keys.push_back(key);
        }
        Lane& lane = lanes[found->second];
        lane.tracks[static_cast<std::size_t>(event.granularity)].add(event, *at);
        lane.summary.add(event, *at);
        ++lane.count;
      }
    }
  }

  // Appends a later run's lanes: their items come after this run's in `visible`.
  void append(Grouping&& later) {
    for (std::size_t i = 0; i < later.lanes.size(); ++i) {
      Lane& from = later.lanes[i];
      auto [found, inserted] = lane_of.try_emplace(later.lane_keys[i], lanes.size());
      if (inserted) {
        lanes.push_back(std::move(from));
        lane_keys.push_back(later.lane_keys[i]);
        continue;
      }
      Lane& into = lanes[found->second];
      for (std::size_t t = 0; t < granularity_count; ++t) append_track(into.tracks[t], from.tracks[t]);
      append_track(into.summary, from.summary);
      into.count += from.count;
    }
  }

  static void append_track(Track& into, const Track& from) {
    into.items.insert(into.items.end(), from.items.begin(), from.items.end());
    into.starts.insert(into.starts.end(), from.starts.begin(), from.starts.end());
    into.max_length = std::max(into.max_length, from.max_length);
  }
};

std::vector<Lane> finish(const Timeline& timeline, std::vector<Lane> lanes) {
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

}  // namespace

std::vector<Lane> build_lanes(const Timeline& timeline, const std::vector<EventIndex>& visible,
                              LaneKind kind) {
  Grouping all;
  all.add(timeline, visible.data(), visible.data() + visible.size(), kind);
  return finish(timeline, std::move(all.lanes));
}

std::vector<Lane> build_lanes(const Timeline& timeline, const std::vector<EventIndex>& visible, LaneKind kind,
                              std::size_t threads) {
  threads = std::clamp<std::size_t>(threads, 1, std::max<std::size_t>(visible.size(), 1));
  if (threads == 1) return build_lanes(timeline, visible, kind);
  std::vector<Grouping> parts(threads);
  const auto run = [&](std::size_t part) {
    const EventIndex* begin = visible.data();
    parts[part].add(timeline, begin + visible.size() * part / threads, begin + visible.size() * (part + 1) / threads,
                    kind);
  };
  std::vector<std::future<void>> others;
  for (std::size_t part = 1; part < threads; ++part) others.push_back(std::async(std::launch::async, run, part));
  run(0);
  for (auto& other : others) other.get();
  for (std::size_t part = 1; part < threads; ++part) parts.front().append(std::move(parts[part]));
  return finish(timeline, std::move(parts.front().lanes));
}

namespace {

// Drops one item from a track (found among the items starting on its day).
void erase_item(Track& track, const ViewEvent& old, EventIndex index) {
  const auto [from, to] = std::equal_range(track.starts.begin(), track.starts.end(), old.first);
  for (auto at = from; at != to; ++at) {
    const auto position = at - track.starts.begin();
    if (track.items[static_cast<std::size_t>(position)] != index) continue;
    track.items.erase(track.items.begin() + position);
    track.starts.erase(at);
    return;
  }
}

// Few additions go straight to their place (a binary search over the starts and a move
// of the tail); many are appended and the track sorted (Track::sort merges them in).
constexpr std::size_t max_direct_inserts = 256;

void insert_item(Track& track, const ViewEvent& event, EventIndex index) {
  const auto at = std::upper_bound(track.starts.begin(), track.starts.end(), event.first);
  const auto position = at - track.starts.begin();
  track.starts.insert(at, event.first);
  track.items.insert(track.items.begin() + position, index);
  track.max_length = std::max(track.max_length, event.end - event.first);
}

Lane& lane_for(std::vector<Lane>& lanes, std::unordered_map<std::string, std::size_t>& by_name, std::string name) {
  auto [found, inserted] = by_name.try_emplace(name, lanes.size());
  if (inserted) lanes.emplace_back().name = std::move(name);
  return lanes[found->second];
}

}  // namespace

void update_lanes(std::vector<Lane>& lanes, const Timeline& timeline, const std::vector<LaneChange>& changed,
                  LaneKind kind) {
  std::unordered_map<std::string, std::size_t> by_name;
  for (std::size_t i = 0; i < lanes.size(); ++i) by_name.emplace(lanes[i].name, i);
  std::vector<LaneKey> keys;
  for (const LaneChange& change : changed) {
    if (!change.old) continue;
    keys_of(*change.old, kind, keys);
    for (const LaneKey key : keys) {
      Lane& lane = lane_for(lanes, by_name, lane_name(timeline, kind, key));
      erase_item(lane.tracks[static_cast<std::size_t>(change.old->granularity)], *change.old, change.index);
      erase_item(lane.summary, *change.old, change.index);
      if (lane.count > 0) --lane.count;
    }
  }
  for (const LaneChange& change : changed) {
    const ViewEvent& event = timeline.at(change.index);
    keys_of(event, kind, keys);
    for (const LaneKey key : keys) {
      Lane& lane = lane_for(lanes, by_name, lane_name(timeline, kind, key));
      Track& track = lane.tracks[static_cast<std::size_t>(event.granularity)];
      if (changed.size() <= max_direct_inserts) {
        insert_item(track, event, change.index);
        insert_item(lane.summary, event, change.index);
      } else {
        track.add(event, change.index);
        lane.summary.add(event, change.index);
      }
      ++lane.count;
    }
  }
  for (Lane& lane : lanes) {
    for (Track& track : lane.tracks) track.sort(timeline);
    lane.summary.sort(timeline);
  }
  lanes.erase(std::remove_if(lanes.begin(), lanes.end(), [](const Lane& lane) { return lane.count == 0; }), lanes.end());
  std::stable_sort(lanes.begin(), lanes.end(), [](const Lane& a, const Lane& b) {
    if (a.count != b.count) return a.count > b.count;
    return a.name < b.name;
  });
}

}  // namespace annals::view
