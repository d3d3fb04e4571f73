// Undo/redo over store edits (see edit_history.hpp).
#include "annals/view/edit_history.hpp"

#include <stdexcept>

namespace annals::view {

void EditHistory::set_store(Store* store) {
  store_ = store;
  done_.clear();
  undone_.clear();
}

void EditHistory::write(const std::optional<Event>& current, std::optional<Event>& target,
                        EditChange& change) {
  if (!store_) throw std::logic_error("no database is open");
  if (current && !target) {
    store_->delete_event(current->id);
    change.removed.push_back(current->id);
  } else if (!current && target) {
    const EventId old_id = target->id;
    target->id = old_id == 0 ? store_->insert_event(*target) : store_->restore_event(*target);
    if (old_id != 0 && old_id != target->id) rename_id(old_id, target->id);
    change.written.push_back(target->id);
  } else if (current && target) {
    store_->update_event(*target);
    change.written.push_back(target->id);
  }
}

void EditHistory::rename_id(EventId from, EventId to) {
  const auto rename = [&](std::vector<Edit>& edits) {
    for (Edit& edit : edits)
      for (Step& step : edit.steps) {
        if (step.before && step.before->id == from) step.before->id = to;
        if (step.after && step.after->id == from) step.after->id = to;
      }
  };
  rename(done_);
  rename(undone_);
}

void EditHistory::record(Edit edit) {
  done_.push_back(std::move(edit));
  undone_.clear();
}

EditChange EditHistory::update(const Event& before, const Event& after) {
  Step step{before, after};
  EditChange change;
  write(step.before, step.after, change);
  record({{std::move(step)}, {}, {}});
  return change;
}

EditChange EditHistory::insert(const Event& event) {
  Step step{std::nullopt, event};
  step.after->id = 0;
  EditChange change;
  write(std::nullopt, step.after, change);
  record({{std::move(step)}, {}, {}});
  return change;
}

EditChange EditHistory::remove(const Event& event) {
  Step step{event, std::nullopt};
  EditChange change;
  write(step.before, step.after, change);
  record({{std::move(step)}, {}, {}});
  return change;
}

EditChange EditHistory::merge(const Event& into, const Event& from) {
  if (!store_) throw std::logic_error("no database is open");
  std::vector<Store::EventSnapshot> before{store_->snapshot_event(into.id), store_->snapshot_event(from.id)};
  store_->merge_events(into.id, from.id);
  record({{}, std::move(before), {store_->snapshot_event(into.id), store_->snapshot_event(from.id)}});
  return {{from.id}, {into.id}};
}

EditChange EditHistory::split(const Event& event, const std::vector<std::size_t>& source_indices) {
  if (!store_) throw std::logic_error("no database is open");
  Store::EventSnapshot before = store_->snapshot_event(event.id);
  const EventId part = store_->split_event(event.id, source_indices);
  Store::EventSnapshot absent;
  absent.id = part;
  record({{}, {std::move(before), std::move(absent)}, {store_->snapshot_event(event.id), store_->snapshot_event(part)}});
  return {{}, {event.id, part}};
}

EditChange EditHistory::restore(const std::vector<Store::EventSnapshot>& now,
                                const std::vector<Store::EventSnapshot>& wanted) {
  store_->restore_events(now, wanted);
  EditChange change;
  for (const Store::EventSnapshot& snapshot : wanted)
    (snapshot.live() ? change.written : change.removed).push_back(snapshot.id);
  return change;
}

EditChange EditHistory::undo() {
  if (done_.empty()) return {};
  Edit edit = std::move(done_.back());
  done_.pop_back();
  EditChange change;
  if (!edit.rows_before.empty()) {
    try {
      change = restore(edit.rows_after, edit.rows_before);
    } catch (...) {
      done_.push_back(std::move(edit));  // nothing was written: the step stays undoable
      throw;
    }
  }
  for (auto step = edit.steps.rbegin(); step != edit.steps.rend(); ++step) write(step->after, step->before, change);
  undone_.push_back(std::move(edit));
  return change;
}

EditChange EditHistory::redo() {
  if (undone_.empty()) return {};
  Edit edit = std::move(undone_.back());
  undone_.pop_back();
  EditChange change;
  if (!edit.rows_after.empty()) {
    try {
      change = restore(edit.rows_before, edit.rows_after);
    } catch (...) {
      undone_.push_back(std::move(edit));
      throw;
    }
  }
  for (Step& step : edit.steps) write(step.before, step.after, change);
  done_.push_back(std::move(edit));
  return change;
}

}  // namespace annals::view
