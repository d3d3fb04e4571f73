// Undo/redo over store edits (see edit_history.hpp).
#include "annals/view/edit_history.hpp"

#include <stdexcept>

namespace annals::view {

void EditHistory::set_store(Store* store) {
  store_ = store;
  done_.clear();
  undone_.clear();
}

EditChange EditHistory::write(const std::optional<Event>& current, std::optional<Event>& target) {
  if (!store_) throw std::logic_error("no database is open");
  EditChange change;
  if (current && !target) {
    store_->delete_event(current->id);
    change.removed = current->id;
  } else if (!current && target) {
    const EventId old_id = target->id;
    target->id = store_->insert_event(*target);
    if (old_id != 0 && old_id != target->id) rename_id(old_id, target->id);
    change.written = target->id;
  } else if (current && target) {
    store_->update_event(*target);
    change.written = target->id;
  }
  return change;
}

void EditHistory::rename_id(EventId from, EventId to) {
  const auto rename = [&](std::vector<Edit>& edits) {
    for (Edit& edit : edits) {
      if (edit.before && edit.before->id == from) edit.before->id = to;
      if (edit.after && edit.after->id == from) edit.after->id = to;
    }
  };
  rename(done_);
  rename(undone_);
}

EditChange EditHistory::update(const Event& before, const Event& after) {
  Edit edit{before, after};
  const EditChange change = write(edit.before, edit.after);
  done_.push_back(std::move(edit));
  undone_.clear();
  return change;
}

EditChange EditHistory::insert(const Event& event) {
  Edit edit{std::nullopt, event};
  edit.after->id = 0;
  const EditChange change = write(std::nullopt, edit.after);
  done_.push_back(std::move(edit));
  undone_.clear();
  return change;
}

EditChange EditHistory::remove(const Event& event) {
  Edit edit{event, std::nullopt};
  const EditChange change = write(edit.before, edit.after);
  done_.push_back(std::move(edit));
  undone_.clear();
  return change;
}

EditChange EditHistory::undo() {
  if (done_.empty()) return {};
  Edit edit = std::move(done_.back());
  done_.pop_back();
  const EditChange change = write(edit.after, edit.before);
  undone_.push_back(std::move(edit));
  return change;
}

EditChange EditHistory::redo() {
  if (undone_.empty()) return {};
  Edit edit = std::move(undone_.back());
  undone_.pop_back();
  const EditChange change = write(edit.before, edit.after);
  done_.push_back(std::move(edit));
  return change;
}

}  // namespace annals::view
