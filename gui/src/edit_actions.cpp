// Edit glue (see edit_actions.hpp).
#include "edit_actions.hpp"

#include "annals/data_dir.hpp"

#include <chrono>
#include <memory>

namespace annals::viewer {

void apply_change(ViewerState& state, const view::EditChange& change) {
  for (const EventId id : change.removed) {
    state.timeline.remove(id);
    if (state.selected == id) state.selected.reset();
  }
  for (const EventId id : change.written)
    if (auto event = state.store->event(id)) state.timeline.upsert(*event);
  if (const auto first = change.first_written()) state.selected = first;
  state.quoted_for.reset();  // a merge or split moves sources: ask the quote search again
  state.dirty = true;
}

view::DateEntryResult parse_typed_date(std::string_view text) {
  static std::unique_ptr<TemporalTagger> tagger;
  static bool tried = false;
  if (!tried) {
    tried = true;
    try {
      tagger = std::make_unique<TemporalTagger>(TemporalTagger::load(data_directory()));
    } catch (const std::exception&) {
      tagger.reset();  // only TIMEX3 values ("2023-03-17") are understood then
    }
  }
  const auto today = std::chrono::floor<date::days>(std::chrono::system_clock::now());
  return view::parse_date_entry(text, tagger.get(), today);
}

}  // namespace annals::viewer
