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
    if (!out.quotes.empty()) out.quotes += '\n';
    out.quotes += source.quote;
  }
  return out;
}

EventIndex Timeline::add(const Event& event) {
  const auto index = static_cast<EventIndex>(events_.size());
  events_.push_back(record(event));
  by_id_[event.id] = index;
  return index;
}

EventIndex Timeline::add_record(ViewEvent record) {
  const auto index = static_cast<EventIndex>(events_.size());
  by_id_[record.id] = index;
  events_.push_back(std::move(record));
  return index;
}

ViewEvent* Timeline::record_of(EventId id) {
  const auto found = by_id_.find(id);
  return found == by_id_.end() ? nullptr : &events_[found->second];
}

EventIndex Timeline::upsert(const Event& event) {
  const auto found = index_of(event.id);
  if (!found) return add(event);
  events_[*found] = record(event);
  return *found;
}

void Timeline::remove(EventId id) {
  const auto found = index_of(id);
  if (!found) return;
  // Swap with the last record so indices stay dense; lanes are rebuilt after any edit.
  const EventIndex last = static_cast<EventIndex>(events_.size() - 1);
  if (*found != last) {
    events_[*found] = std::move(events_[last]);
    by_id_[events_[*found].id] = *found;
  }
  events_.pop_back();
  by_id_.erase(id);
}

std::optional<EventIndex> Timeline::index_of(EventId id) const {
  const auto found = by_id_.find(id);
  if (found == by_id_.end()) return std::nullopt;
  return found->second;
}

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
