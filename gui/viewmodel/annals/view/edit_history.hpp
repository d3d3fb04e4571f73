// Analyst edits with undo and redo. Each edit is saved to the store at once; the history
// keeps the event as it was before and after, so undo writes the old version back.
// Deleting then undoing re-inserts the event under a new id; the history rewrites that id
// everywhere so later redos still find it.
#pragma once

#include "annals/store/store.hpp"

#include <optional>
#include <vector>

namespace annals::view {

// What an edit, undo or redo changed, so the caller can refresh just that event.
struct EditChange {
  std::optional<EventId> removed;  // no longer in the store
  std::optional<EventId> written;  // inserted or updated: re-read it
};

class EditHistory {
 public:
  explicit EditHistory(Store* store = nullptr) : store_(store) {}
  void set_store(Store* store);

  EditChange update(const Event& before, const Event& after);
  EditChange insert(const Event& event);  // returns the new id in `written`
  EditChange remove(const Event& event);

  bool can_undo() const { return !done_.empty(); }
  bool can_redo() const { return !undone_.empty(); }
  EditChange undo();
  EditChange redo();

 private:
  struct Edit {
    std::optional<Event> before;  // nullopt: the edit added the event
    std::optional<Event> after;   // nullopt: the edit deleted it
  };
  // Makes the store hold `target` where it now holds `current`.
  EditChange write(const std::optional<Event>& current, std::optional<Event>& target);
  void rename_id(EventId from, EventId to);

  Store* store_ = nullptr;
  std::vector<Edit> done_;
  std::vector<Edit> undone_;
};

}  // namespace annals::view
