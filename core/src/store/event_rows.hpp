// Events as rows: an `events` row plus its ordered actors and places and its sources.
// Reading is set-based (four queries, however many events) so the viewer can load
// a million events quickly.
#pragma once

#include "annals/event.hpp"

#include <functional>
#include <string_view>
#include <vector>

struct sqlite3;

namespace annals::sql {
class Statement;
}

namespace annals::event_rows {

enum class Edited : bool { No = false, Yes = true };

EventId insert(sqlite3* db, const Event& event, Edited edited);

// Overwrites every field of a stored event (actors, places and sources included).
void replace(sqlite3* db, const Event& event, Edited edited);

void append_actors(sqlite3* db, EventId event, const std::vector<std::string>& names);
void append_places(sqlite3* db, EventId event, const std::vector<std::string>& names);
void insert_sources(sqlite3* db, EventId event, const std::vector<Source>& sources);

// Events matching `condition` (SQL over the `events` columns, may use named parameters
// that `bind` fills in), ordered by start date, then end date, then id.
// Tombstones (events an analyst deleted) are hidden unless asked for.
using Binder = std::function<void(sql::Statement&)>;
enum class Visibility { Live, WithTombstones };
std::vector<Event> read(sqlite3* db, std::string_view condition, const Binder& bind = {},
                        Visibility visibility = Visibility::Live);

// The event of a row of `SELECT id, title, type, when_value, when_mod, when_first,
// when_last, when_granularity, when_portion, edited FROM events`, without children.
Event event_of_row(const sql::Statement& row);
inline constexpr std::string_view event_columns =
    "id, title, type, when_value, when_mod, when_first, when_last, when_granularity, "
    "when_portion, edited";

}  // namespace annals::event_rows
