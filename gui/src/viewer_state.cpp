// Loading from the store and rebuilding the derived lanes.
#include "viewer_state.hpp"

#include "annals/view/store_loader.hpp"

#include <algorithm>

namespace annals::viewer {

namespace {
constexpr double zoom_to_margin = 0.5;     // show half the event's length on each side
constexpr double min_zoom_days = 3.0;      // a day event is shown with its neighbours

std::vector<PublicationMark> load_publications(const Store& store) {
  std::vector<PublicationMark> publications;
  for (const auto& document : view::load_document_dates(store))
    publications.push_back({document.id, document.title, document.published});
  std::stable_sort(publications.begin(), publications.end(),
                   [](const PublicationMark& a, const PublicationMark& b) { return a.day < b.day; });
  return publications;
}

}  // namespace

LoadedData load_data(const Store& store) { return {view::load_timeline(store), load_publications(store), std::nullopt}; }

LoadedData load_data(const Store& store, const Store& second, std::optional<view::LaneKind> prepare) {
  LoadedData data{view::load_timeline(store, second), load_publications(store), std::nullopt};
  if (prepare) {
    constexpr std::size_t threads = 2;  // the two loading threads' worth: the window is idle meanwhile
    PreparedLanes lanes{*prepare, view::filtered(data.timeline, view::Filter{}), {}};
    lanes.lanes = view::build_lanes(data.timeline, lanes.visible, *prepare, threads);
    data.prepared = std::move(lanes);
  }
  return data;
}

void ViewerState::load() { take(load_data(*store)); }

void ViewerState::take(LoadedData data) {
  timeline = std::move(data.timeline);
  publications = std::move(data.publications);
  prepared = std::move(data.prepared);
  if (selected && !timeline.index_of(*selected)) selected.reset();
  quoted_for.reset();  // the quotes may have changed with the data
  dirty = true;
}

// Title, actor and place matches show at once; the quote matches join when the
// background search answers (an answer to an older text never arrives: see QuoteSearch).
void ViewerState::ask_quotes() {
  quoted_for = filter.text;
  filter.quoted.clear();
  if (quote_search) quote_search->ask(filter.text);
  else if (!filter.text.empty() && store) filter.quoted = store->events_quoting(filter.text);
}

void ViewerState::take_quotes() {
  if (!quote_search) return;
  auto answer = quote_search->take();
  if (!answer || answer->text != filter.text) return;
  // An answer that changes nothing (an empty text's, at every start-up) must not rebuild
  // the lanes: at a million events that cost the first frame with the data ~70 ms.
  const bool changed = answer->events != filter.quoted;
  filter.quoted = std::move(answer->events);
  if (!answer->error.empty()) status = "Quote search failed: " + answer->error;
  if (changed) dirty = true;
}

void ViewerState::finish_quote_search() {
  if (quote_search) quote_search->wait();
  take_quotes();
  rebuild_if_dirty();
}

void ViewerState::rebuild_if_dirty() {
  take_quotes();
  if (!dirty) return;
  if (filter.text != quoted_for) ask_quotes();
  if (prepared && prepared->kind == lane_kind && filter.empty()) {
    visible = std::move(prepared->visible);
    lanes = std::move(prepared->lanes);
  } else {
    visible = view::filtered(timeline, filter);
    lanes = view::build_lanes(timeline, visible, lane_kind);
  }
  prepared.reset();  // the data or the filter moves on from here
  for (view::Lane& lane : lanes) lane.collapsed = collapsed[lane.name];
  dirty = false;
  ++generation;
}

void ViewerState::update_lanes(const std::vector<view::LaneChange>& changed) {
  for (const view::LaneChange& change : changed)
    if (!change.old) visible.push_back(change.index);  // new records come last: order kept
  view::update_lanes(lanes, timeline, changed, lane_kind);
  for (view::Lane& lane : lanes) lane.collapsed = collapsed[lane.name];
  ++generation;
}

void ViewerState::fit_all() {
  const auto extent = timeline.extent();
  view::TimeWindow window{};
  if (extent) {
    window = *extent;
  } else {
    const auto today = std::chrono::floor<date::days>(std::chrono::system_clock::now());
    window = {view::to_coord(today) - 365, view::to_coord(today) + 1};
  }
  view::TimeMapping fitted = mapping;
  fitted.fit(window.first, window.end);
  set_window(fitted.window());
}

void ViewerState::zoom_to(const view::ViewEvent& event) {
  const double length = std::max(event.end - event.first, min_zoom_days);
  const double middle = (event.first + event.end) / 2;
  const double half = length * (0.5 + zoom_to_margin);
  set_window({middle - half, middle + half});
}

void ViewerState::set_window(const view::TimeWindow& window, bool remember) {
  if (remember) history.push(mapping.window());
  mapping = view::TimeMapping(window, mapping.left(), mapping.width());
  if (remember) history.push(mapping.window());
}

const view::ViewEvent* ViewerState::selected_event() const {
  if (!selected) return nullptr;
  const auto index = timeline.index_of(*selected);
  return index ? &timeline.at(*index) : nullptr;
}

}  // namespace annals::viewer
