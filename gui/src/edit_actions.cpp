// Edit glue (see edit_actions.hpp).
#include "edit_actions.hpp"

#include "annals/data_dir.hpp"

#include <chrono>
#include <memory>

namespace annals::viewer {

void apply_change(ViewerState& state, const view::EditChange& change) {
  if (change.removed) {
    state.timeline.remove(*change.removed);
    if (state.selected == change.removed) state.selected.reset();
  }
  if (change.written) {
    if (auto event = state.store->event(*change.written)) state.timeline.upsert(*event);
    state.selected = change.written;
  }
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
