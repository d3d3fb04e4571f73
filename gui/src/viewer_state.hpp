// What every panel of the viewer shares: the loaded events, the filter and lanes built
// from them, the visible time window and the selection. Panels read and change it; the
// lanes are rebuilt only when the data, the filter or the grouping changed.
#pragma once

#include "annals/store/store.hpp"
#include "annals/view/filter.hpp"
#include "annals/view/lanes.hpp"
#include "annals/view/quote_search.hpp"
#include "annals/view/time_mapping.hpp"
#include "annals/view/timeline.hpp"
#include "annals/view/view_history.hpp"

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace annals::viewer {

// A document's publication date, marked on the axis.
struct PublicationMark {
  DocumentId id = 0;
  std::string title;
  view::DayCoord day = 0;
};

// Lanes of every event built on the loading thread for the grouping the window starts
// with (an empty filter), so that the first frame with the data is an ordinary frame.
struct PreparedLanes {
  view::LaneKind kind = view::LaneKind::All;
  std::vector<view::EventIndex> visible;
  std::vector<view::Lane> lanes;
};

// What loading a database produces; built on a worker thread with its own connection.
struct LoadedData {
  view::Timeline timeline;
  std::vector<PublicationMark> publications;
  std::optional<PreparedLanes> prepared;
};
LoadedData load_data(const Store& store);
// The same on two connections read on two threads, with the lanes of `prepare` built
// (also on two threads) when it is given.
LoadedData load_data(const Store& store, const Store& second, std::optional<view::LaneKind> prepare = std::nullopt);

struct ViewerState {
  std::optional<Store> store;
  std::string database_name;
  view::Timeline timeline;
  std::vector<PublicationMark> publications;
  view::Filter filter;
  view::LaneKind lane_kind = view::LaneKind::All;
  std::vector<view::EventIndex> visible;  // events passing the filter
  std::vector<view::Lane> lanes;
  std::map<std::string, bool> collapsed;  // lane name -> collapsed, kept across rebuilds
  view::TimeMapping mapping;
  view::ViewHistory history;
  std::optional<EventId> selected;
  bool scroll_table_to_selection = false;
  std::uint64_t generation = 0;  // bumped at every rebuild, so panels know to refresh
  bool dirty = true;  // filter/grouping/data changed: rebuild lanes before the next frame
  std::string status;  // last error or notice, shown in the status bar
  std::optional<std::string> quoted_for;  // the search text filter.quoted was asked for
  // Searches quotes on its own thread and connection; without it (tests) the scan runs here.
  std::unique_ptr<view::QuoteSearch> quote_search;
  // The loader's lanes, taken by the next rebuild when its filter and grouping match.
  std::optional<PreparedLanes> prepared;

  // Loads every event and document from the store (again), or swaps in loaded data.
  void load();
  void take(LoadedData data);
  void rebuild_if_dirty();
  // A live refresh's added or updated records, placed into the lanes without a rebuild
  // (only while nothing is filtered out: otherwise the caller marks the state dirty).
  void update_lanes(const std::vector<view::LaneChange>& changed);
  // Whether the quotes of the current search text are still being searched.
  bool searching_quotes() const { return quote_search && quote_search->searching(); }
  // Waits for the quote search and applies its answer (scripted runs, before a picture).
  void finish_quote_search();
  void fit_all();
  // Zooms to the event, recording the old window in the history.
  void zoom_to(const view::ViewEvent& event);
  void set_window(const view::TimeWindow& window, bool remember = true);
  const view::ViewEvent* selected_event() const;

 private:
  void ask_quotes();
  void take_quotes();
};

}  // namespace annals::viewer
