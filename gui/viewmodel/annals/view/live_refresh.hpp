// Live data without reloading: when another process imports or edits (PRAGMA
// data_version changed), a worker reads only the events that may have changed
// (Store::changes_since) on its own connection, and the UI thread applies them to the
// timeline record by record. A full reload (2.6 s at a million events) remains only for
// the rare change the feed cannot name (a re-imported URL dropping events).
#pragma once

#include "annals/store/store.hpp"
#include "annals/view/lanes.hpp"
#include "annals/view/timeline.hpp"

#include <vector>

namespace annals::view {

struct LiveChanges {
  std::vector<Event> written;    // new or changed events, as stored now
  std::vector<EventId> removed;  // listed as changed but no longer live
  Store::ChangeMark since;       // the mark these changes start from
  Store::ChangeMark mark;        // the mark to ask from next time
  std::size_t live_up_to_since = 0;  // live events with ids up to since.last_event, per the store
  bool empty() const { return written.empty() && removed.empty(); }
};

// Reads what changed after `since` (off the UI thread: its own connection).
LiveChanges read_live_changes(const Store& store, const Store::ChangeMark& since);

// What applying did: the records added or updated (for update_lanes), whether records
// were removed (indices moved: lanes must be built again), and whether the timeline now
// matches the store (false: it still holds events the store no longer has that the feed
// did not name; the caller reloads).
struct LiveApplied {
  bool complete = true;
  bool removed_any = false;
  std::vector<LaneChange> changed;
};

// Applies `changes` to `timeline` (upsert / remove, no other record touched).
LiveApplied apply_live_changes(Timeline& timeline, const LiveChanges& changes);

}  // namespace annals::view
