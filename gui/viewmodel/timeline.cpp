// Builds the compact view records from store events.
#include "annals/view/timeline.hpp"

#include <algorithm>
#include <limits>

namespace annals::view {

Bound bound_of_mod(std::string_view mod) {
  if (mod == "APPROX") return Bound::About;
  if (mod == "BEFORE" || mod == "ON_OR_BEFORE" || mod == "LESS_THAN") return Bound::Before;
  if (mod == "AFTER" || mod == "ON_OR_AFTER" || mod == "MORE_THAN") return Bound::After;
  return Bound::Exact;
}

NameId NameTable::intern(std::string_view name) {
  const auto found = ids_.find(name);
  if (found != ids_.end()) return found->second;
  const auto id = static_cast<NameId>(names_.size());
  names_.emplace_back(name);
  ids_.emplace(std::string(name), id);
  return id;
}

std::optional<NameId> NameTable::find(std::string_view name) const {
  const auto found = ids_.find(name);
  if (found == ids_.end()) return std::nullopt;
  return found->second;
}

void IdIndex::set(EventId id, EventIndex index) {
  // The array may span at most a few times the ids seen: sparse ids would waste memory.
  constexpr std::size_t spread = 4;
  constexpr std::size_t always_dense = 4096;
  ++writes_;
  const auto limit = std::max(spread * writes_ + always_dense, dense_.capacity());
  if (id > 0 && static_cast<std::size_t>(id) < limit) {
    if (static_cast<std::size_t>(id) >= dense_.size())
      dense_.resize(std::max(static_cast<std::size_t>(id) + 1, dense_.size() * 2), absent);
    dense_[static_cast<std::size_t>(id)] = index;
  } else {
    sparse_[id] = index;
  }
}

void IdIndex::erase(EventId id) {
  if (id > 0 && static_cast<std::size_t>(id) < dense_.size()) dense_[static_cast<std::size_t>(id)] = absent;
  else sparse_.erase(id);
}

std::optional<EventIndex> IdIndex::find(EventId id) const {
  if (id > 0 && static_cast<std::size_t>(id) < dense_.size()) {
    const EventIndex index = dense_[static_cast<std::size_t>(id)];
    if (index != absent) return index;
    return std::nullopt;
  }
  const auto found = sparse_.find(id);
  if (found == sparse_.end()) return std::nullopt;
  return found->second;
}

void IdIndex::reserve(std::size_t events) { dense_.reserve(events + 1); }

void IdIndex::clear() {
  writes_ = 0;
  dense_.clear();
  sparse_.clear();
}

Timeline Timeline::from_events(const std::vector<Event>& events) {
  Timeline timeline;
  timeline.events_.reserve(events.size());
  for (const Event& event : events) timeline.add(event);
  return timeline;
}

ViewEvent Timeline::record(const Event& event) {
  ViewEvent out;
  out.id = event.id;
  out.first = to_coord(event.when.range.first);
  out.end = to_coord(event.when.range.last) + 1;
  out.granularity = event.when.range.granularity;
  out.portion = event.when.range.portion;
  out.bound = bound_of_mod(event.when.mod);
  out.edited = event.edited_by_analyst;
  out.type = names_.intern(event.type);
  const auto weight = event.sources.size() + event.actors.size();
  out.importance = static_cast<std::uint16_t>(
      std::min<std::size_t>(weight, std::numeric_limits<std::uint16_t>::max()));
  out.title = event.title;
  out.value = event.when.value;
  for (const auto& actor : event.actors) out.actors.push_back(names_.intern(actor));
  for (const auto& place : event.places) out.places.push_back(names_.intern(place));
  for (const auto& source : event.sources) {
    if (std::find(out.documents.begin(), out.documents.end(), source.document) ==
        out.documents.end())
      out.documents.push_back(source.document);
  }
  return out;
}

EventIndex Timeline::add(const Event& event) {
  const auto index = static_cast<EventIndex>(events_.size());
  events_.push_back(record(event));
  by_id_.set(event.id, index);
  return index;
}

EventIndex Timeline::add_record(ViewEvent record) {
  const auto index = static_cast<EventIndex>(events_.size());
  by_id_.set(record.id, index);
  events_.push_back(std::move(record));
  return index;
}

ViewEvent* Timeline::record_of(EventId id) {
  const auto found = by_id_.find(id);
  return found ? &events_[*found] : nullptr;
}

EventIndex Timeline::upsert(const Event& event) {
  const auto found = index_of(event.id);
  if (!found) return add(event);
  sorted_prefix_ = std::min<std::size_t>(sorted_prefix_, *found);  // its date may have changed
  events_[*found] = record(event);
  return *found;
}

void Timeline::remove(EventId id) {
  const auto found = index_of(id);
  if (!found) return;
  // Swap with the last record so indices stay dense; lanes are rebuilt after any edit.
  const EventIndex last = static_cast<EventIndex>(events_.size() - 1);
  sorted_prefix_ = std::min<std::size_t>(sorted_prefix_, *found);
  if (*found != last) {
    events_[*found] = std::move(events_[last]);
    by_id_.set(events_[*found].id, *found);
  }
  events_.pop_back();
  by_id_.erase(id);
}

void Timeline::reserve(std::size_t events) {
  events_.reserve(events);
  by_id_.reserve(events);
}

namespace {
bool date_before(const ViewEvent& a, const ViewEvent& b) {
  if (a.first != b.first) return a.first < b.first;
  if (a.end != b.end) return a.end < b.end;
  return a.id < b.id;
}
}  // namespace

void sort_by_date(std::vector<ViewEvent>& records) {
  if (std::is_sorted(records.begin(), records.end(), date_before)) return;
  // Sort small keys, then move each record once: records are too big to shuffle in a sort.
  struct Key {
    DayCoord first;
    DayCoord end;
    EventId id;
    EventIndex index;
  };
  std::vector<Key> keys;
  keys.reserve(records.size());
  for (std::size_t i = 0; i < records.size(); ++i)
    keys.push_back({records[i].first, records[i].end, records[i].id, static_cast<EventIndex>(i)});
  const auto key_before = [](const Key& a, const Key& b) {
    if (a.first != b.first) return a.first < b.first;
    if (a.end != b.end) return a.end < b.end;
    return a.id < b.id;
  };
  std::sort(keys.begin(), keys.end(), key_before);
  // Permute in place, cycle by cycle: a second array of records would be hundreds of
  // megabytes of fresh pages to fault in at a million events.
  for (std::size_t start = 0; start < keys.size(); ++start) {
    if (keys[start].index == start) continue;
    ViewEvent held = std::move(records[start]);
    std::size_t at = start;
    while (keys[at].index != start) {
      const std::size_t from = keys[at].index;
      records[at] = std::move(records[from]);
      keys[at].index = static_cast<EventIndex>(at);  // placed
      at = from;
    }
    records[at] = std::move(held);
    keys[at].index = static_cast<EventIndex>(at);
  }
}

void Timeline::sort_by_date() {
  view::sort_by_date(events_);
  for (std::size_t i = 0; i < events_.size(); ++i) by_id_.set(events_[i].id, static_cast<EventIndex>(i));
  sorted_prefix_ = events_.size();
}

Timeline Timeline::from_records(std::vector<ViewEvent> records, NameTable names) {
  Timeline timeline;
  timeline.names_ = std::move(names);
  timeline.events_ = std::move(records);
  // One pass indexes the records and checks their order (the loader places them in date
  // order; a million records are read once, not twice); out of order, they are sorted.
  auto& events = timeline.events_;
  timeline.by_id_.reserve(events.size());
  bool sorted = true;
  for (std::size_t i = 0; i < events.size(); ++i) {
    if (sorted && i > 0 && date_before(events[i], events[i - 1])) sorted = false;
    timeline.by_id_.set(events[i].id, static_cast<EventIndex>(i));
  }
  if (!sorted) timeline.sort_by_date();
  timeline.sorted_prefix_ = timeline.events_.size();
  return timeline;
}

std::optional<EventIndex> Timeline::index_of(EventId id) const { return by_id_.find(id); }

std::optional<TimeWindow> Timeline::extent() const {
  if (events_.empty()) return std::nullopt;
  TimeWindow window{events_.front().first, events_.front().end};
  for (const ViewEvent& event : events_) {
    window.first = std::min(window.first, event.first);
    window.end = std::max(window.end, event.end);
  }
  return window;
}

}  // namespace annals::view
