// The glue between an edit (saved in the store by EditHistory) and the viewer's state:
// refresh only the event that changed, then rebuild the lanes.
#pragma once

#include "annals/view/date_entry.hpp"
#include "annals/view/edit_history.hpp"
#include "viewer_state.hpp"

#include <string_view>

namespace annals::viewer {

void apply_change(ViewerState& state, const view::EditChange& change);
// Parses a typed date with the temporal tagger (loaded once, on first use) against today.
view::DateEntryResult parse_typed_date(std::string_view text);

}  // namespace annals::viewer
