// Analyst edits with undo and redo. Each edit is saved to the store at once; the history
// keeps every event it touched as it was before and after, so undo writes the old
// versions back. A merge or split touches two events and is undone as one step, exactly:
// the rows of both events are kept as stored before and after (Store::EventSnapshot), so
// undoing a split removes the split-off event and leaves the file as it was, and redo
// puts the split back under the same ids. Undoing a deletion restores the event under its
// own id (Store::restore_event); should the row be gone, it comes back under a new id and
// the history rewrites that id everywhere.
#pragma once

#include "annals/store/store.hpp"

#include <optional>
#include <vector>

namespace annals::view {

// What an edit, undo or redo changed, so the caller can refresh just those events.
struct EditChange {
  std::vector<EventId> removed;  // no longer in the store (or deleted)
  std::vector<EventId> written;  // inserted or updated: re-read them; the first is the one to select

  std::optional<EventId> first_written() const {
    return written.empty() ? std::nullopt : std::optional<EventId>(written.front());
  }
  std::optional<EventId> first_removed() const {
    return removed.empty() ? std::nullopt : std::optional<EventId>(removed.front());
  }
};

class EditHistory {
 public:
  explicit EditHistory(Store* store = nullptr) : store_(store) {}
  void set_store(Store* store);

  EditChange update(const Event& before, const Event& after);
  EditChange insert(const Event& event);  // the new id is written.front()
  EditChange remove(const Event& event);
  // `from` folds into `into` (Store::merge_events); undo brings both back as they were.
  EditChange merge(const Event& into, const Event& from);
  // The sources at `source_indices` move to a new event (Store::split_event), which is
  // written.back(); undo puts them back.
  EditChange split(const Event& event, const std::vector<std::size_t>& source_indices);

  bool can_undo() const { return !done_.empty(); }
  bool can_redo() const { return !undone_.empty(); }
  EditChange undo();
  EditChange redo();

 private:
  struct Step {
    std::optional<Event> before;  // nullopt: the edit added the event
    std::optional<Event> after;   // nullopt: the edit deleted it
  };
  // Edits are steps over Events, or (merge, split) the exact rows before and after.
  struct Edit {
    std::vector<Step> steps;
    std::vector<Store::EventSnapshot> rows_before;
    std::vector<Store::EventSnapshot> rows_after;
  };
  // Puts `wanted` back where the store holds `now`; says which events that wrote or removed.
  EditChange restore(const std::vector<Store::EventSnapshot>& now, const std::vector<Store::EventSnapshot>& wanted);
  // Makes the store hold `target` where it now holds `current`.
  void write(const std::optional<Event>& current, std::optional<Event>& target, EditChange& change);
  void record(Edit edit);
  void rename_id(EventId from, EventId to);

  Store* store_ = nullptr;
  std::vector<Edit> done_;
  std::vector<Edit> undone_;
};

}  // namespace annals::view
