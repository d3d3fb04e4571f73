// Reading and applying live changes (see live_refresh.hpp).
#include "annals/view/live_refresh.hpp"

#include <algorithm>

namespace annals::view {

namespace {
constexpr std::size_t growth_divisor = 8;  // room for an eighth more events
}  // namespace

LiveChanges read_live_changes(const Store& store, const Store::ChangeMark& since) {
  const Store::ChangedEvents changed = store.changes_since(since);
  LiveChanges out;
  out.since = since;
  out.mark = changed.mark;
  out.live_up_to_since = changed.live_up_to_mark;
  for (const EventId id : changed.ids) {
    if (auto event = store.event(id)) out.written.push_back(*std::move(event));
    else out.removed.push_back(id);
  }
  return out;
}

LiveApplied apply_live_changes(Timeline& timeline, const LiveChanges& changes) {
  LiveApplied applied;
  for (const EventId id : changes.removed) {
    applied.removed_any = applied.removed_any || timeline.index_of(id).has_value();
    timeline.remove(id);
  }
  // Growing a million records moves them all (hundreds of ms): grow with headroom so
  // that only the first of many refreshes pays it.
  const std::size_t needed = timeline.events().size() + changes.written.size();
  if (needed > timeline.events().capacity()) timeline.reserve(needed + needed / growth_divisor);
  for (const Event& event : changes.written) {
    std::optional<ViewEvent> old;
    if (const auto index = timeline.index_of(event.id)) old = timeline.at(*index);
    applied.changed.push_back({timeline.upsert(event), std::move(old)});
  }
  const auto held = static_cast<std::size_t>(
      std::count_if(timeline.events().begin(), timeline.events().end(),
                    [&](const ViewEvent& event) { return event.id <= changes.since.last_event; }));
  applied.complete = held == changes.live_up_to_since;
  return applied;
}

}  // namespace annals::view
