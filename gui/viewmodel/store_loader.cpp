// Flat-query loader (see store_loader.hpp).
#include "annals/view/store_loader.hpp"

#include <sqlite3.h>

#include <cstdint>
#include <memory>
#include <stdexcept>
#include <string_view>

namespace annals::view {

namespace {

struct Finalize {
  void operator()(sqlite3_stmt* statement) const { sqlite3_finalize(statement); }
};
using Statement = std::unique_ptr<sqlite3_stmt, Finalize>;

Statement prepare(sqlite3* db, const char* sql) {
  sqlite3_stmt* statement = nullptr;
  if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) != SQLITE_OK)
    throw StoreError(std::string("viewer query failed: ") + sqlite3_errmsg(db));
  return Statement(statement);
}

std::string_view text(sqlite3_stmt* statement, int column) {
  const auto* bytes = reinterpret_cast<const char*>(sqlite3_column_text(statement, column));
  return bytes ? std::string_view(bytes, static_cast<std::size_t>(sqlite3_column_bytes(statement, column)))
               : std::string_view{};
}

Portion portion_of(std::string_view text) {
  if (text == "early") return Portion::Early;
  if (text == "mid") return Portion::Mid;
  if (text == "late") return Portion::Late;
  return Portion::Whole;
}

void read_events(sqlite3* db, Timeline& timeline) {
  auto statement = prepare(db,
                           "SELECT id, title, type, when_value, when_mod, when_first, when_last, "
                           "when_granularity, when_portion, edited FROM events WHERE deleted = 0 "
                           "ORDER BY when_first, when_last, id");
  sqlite3_stmt* row = statement.get();
  while (sqlite3_step(row) == SQLITE_ROW) {
    ViewEvent event;
    event.id = sqlite3_column_int64(row, 0);
    event.title = text(row, 1);
    event.type = timeline.names().intern(text(row, 2));
    event.value = text(row, 3);
    event.bound = bound_of_mod(text(row, 4));
    event.first = static_cast<DayCoord>(sqlite3_column_int64(row, 5));
    event.end = static_cast<DayCoord>(sqlite3_column_int64(row, 6)) + 1;
    event.granularity = parse_granularity(text(row, 7)).value_or(Granularity::Day);
    event.portion = portion_of(text(row, 8));
    event.edited = sqlite3_column_int64(row, 9) != 0;
    timeline.add_record(std::move(event));
  }
}

// Appends names from `table` (event_actors or event_places) to each event's list.
template <typename Append>
void read_children(sqlite3* db, const char* sql, Timeline& timeline, Append append) {
  auto statement = prepare(db, sql);
  sqlite3_stmt* row = statement.get();
  EventId last_id = 0;
  ViewEvent* event = nullptr;
  while (sqlite3_step(row) == SQLITE_ROW) {
    const EventId id = sqlite3_column_int64(row, 0);
    if (id != last_id || !event) {
      last_id = id;
      event = timeline.record_of(id);
    }
    if (event) append(*event, row);
  }
}

// Importance counts actors and sources, as Timeline::add does.
void weigh(ViewEvent& event) {
  if (event.importance < UINT16_MAX) ++event.importance;
}

}  // namespace

Timeline load_timeline(const Store& store) {
  try {
    Timeline timeline;
    sqlite3* db = store.handle();
    // One read transaction, so the four queries see the same snapshot during an import.
    sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
    read_events(db, timeline);
    const auto add_name = [&](std::vector<NameId>& list, sqlite3_stmt* row) {
      list.push_back(timeline.names().intern(text(row, 1)));
    };
    read_children(db, "SELECT event, name FROM event_actors ORDER BY event, position", timeline,
                  [&](ViewEvent& e, sqlite3_stmt* row) {
                    add_name(e.actors, row);
                    weigh(e);
                  });
    read_children(db, "SELECT event, name FROM event_places ORDER BY event, position", timeline,
                  [&](ViewEvent& e, sqlite3_stmt* row) { add_name(e.places, row); });
    read_children(db, "SELECT event, document, quote FROM event_sources ORDER BY event, id", timeline,
                  [](ViewEvent& e, sqlite3_stmt* row) {
                    const DocumentId document = sqlite3_column_int64(row, 1);
                    if (document != 0 && (e.documents.empty() || e.documents.back() != document))
                      e.documents.push_back(document);
                    if (!e.quotes.empty()) e.quotes += '\n';
                    e.quotes += text(row, 2);
                    weigh(e);
                  });
    sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    return timeline;
  } catch (const StoreError&) {
    sqlite3_exec(store.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
    return Timeline::from_events(store.events());
  }
}

std::vector<DocumentDate> load_document_dates(const Store& store) {
  std::vector<DocumentDate> out;
  try {
    auto statement = prepare(store.handle(), "SELECT id, title, published FROM documents ORDER BY published, id");
    sqlite3_stmt* row = statement.get();
    while (sqlite3_step(row) == SQLITE_ROW)
      out.push_back({sqlite3_column_int64(row, 0), std::string(text(row, 1)),
                     static_cast<DayCoord>(sqlite3_column_int64(row, 2))});
  } catch (const StoreError&) {
    out.clear();
    for (const Document& document : store.documents())
      out.push_back({document.id, document.title, to_coord(document.published)});
  }
  return out;
}

}  // namespace annals::view
