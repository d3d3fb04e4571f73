#include "merge.hpp"

#include "annals/events/extractor.hpp"
#include "columns.hpp"
#include "event_rows.hpp"
#include "sqlite.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace annals::merge {

namespace {

// Events name a few actors: up to this many are bound one parameter each, which SQLite
// runs faster than unpacking a JSON array (json_each), used for longer lists.
constexpr std::size_t max_listed_actors = 8;
constexpr int first_actor_parameter = 4;

// "?4, ?5, ..." for `count` actors.
std::string actor_parameters(std::size_t count) {
  std::string list;
  for (std::size_t i = 0; i < count; ++i)
    list += (i == 0 ? "?" : ", ?") + std::to_string(first_actor_parameter + static_cast<int>(i));
  return list;
}

// The candidate query for an event naming `actors` actors; past max_listed_actors they
// come as one JSON array.
std::string candidates_sql(std::size_t actors) {
  std::string sql =
      "SELECT d.id FROM event_days d CROSS JOIN events e ON e.id = d.id "
      "WHERE d.first <= ?2 AND d.last >= ?3 AND e.type = ?1";
  if (actors > 0)
    sql += " AND EXISTS (SELECT 1 FROM event_actors a WHERE a.event = d.id AND a.name IN (" +
           (actors <= max_listed_actors ? actor_parameters(actors) : std::string("SELECT value FROM json_each(?4)")) +
           "))";
  return sql;
}

// Candidate ids: same type, overlapping days and, when the event names actors, one of them.
// The R*Tree drives the query (CROSS JOIN keeps SQLite from scanning every event of the
// type and materialising both lists instead: 2.5 times the instructions), each hit is
// checked through the events' primary key and the actors' name index, and the few ids
// are put in order here rather than through a temporary B-tree.
std::vector<EventId> candidates(sqlite3* db, const Event& event) {
  static const auto texts = [] {
    std::vector<std::string> all;
    for (std::size_t actors = 0; actors <= max_listed_actors + 1; ++actors) all.push_back(candidates_sql(actors));
    return all;
  }();
  const bool listed = event.actors.size() <= max_listed_actors;
  const auto& sql = texts[std::min(event.actors.size(), max_listed_actors + 1)];
  sql::Statement statement(db, sql);
  statement.bind(1, event.type)
      .bind(2, columns::day_number(event.when.range.last))
      .bind(3, columns::day_number(event.when.range.first));
  if (listed) {
    for (std::size_t i = 0; i < event.actors.size(); ++i)
      statement.bind_unowned(first_actor_parameter + static_cast<int>(i), event.actors[i]);
  } else {
    statement.bind(first_actor_parameter, nlohmann::json(event.actors).dump());
  }
  std::vector<EventId> ids;
  while (statement.step()) ids.push_back(statement.integer(0));
  std::sort(ids.begin(), ids.end());
  return ids;
}

// A stored event as same_happening sees it (tombstones included): its row, actors and
// places. Sources are left out: a happening many articles reported has many, and neither
// deciding nor merging needs them read (has_source asks for one).
std::optional<Event> stored_event(sqlite3* db, EventId id) {
  sql::Statement row(db, "SELECT " + std::string(event_rows::event_columns) + " FROM events WHERE id = ?1");
  row.bind(1, id);
  if (!row.step()) return std::nullopt;
  auto event = event_rows::event_of_row(row);
  for (auto [table, names] : {std::pair{"event_actors", &event.actors}, std::pair{"event_places", &event.places}}) {
    sql::Statement statement(db, "SELECT name FROM " + std::string(table) + " WHERE event = ?1 ORDER BY position");
    statement.bind(1, id);
    while (statement.step()) names->push_back(statement.text(0));
  }
  return event;
}

// Whether `event` already cites the same words (document and span) as `source`. Looked up
// through the document, which has a few sources, not the event, which may have hundreds.
bool has_source(sqlite3* db, EventId event, const Source& source) {
  sql::Statement statement(db,
                           "SELECT 1 FROM event_sources INDEXED BY event_sources_by_document "
                           "WHERE document IS ?2 AND event = ?1 AND span_begin = ?3 AND span_end = ?4");
  statement.bind(1, event)
      .bind_optional(2, source.document == 0 ? std::nullopt : std::optional<std::int64_t>(source.document))
      .bind(3, static_cast<std::int64_t>(source.begin))
      .bind(4, static_cast<std::int64_t>(source.end));
  return statement.step();
}

template <typename Names>
Names missing_from(const Names& have, const Names& offered) {
  Names missing;
  for (const auto& name : offered)
    if (std::find(have.begin(), have.end(), name) == have.end() &&
        std::find(missing.begin(), missing.end(), name) == missing.end())
      missing.push_back(name);
  return missing;
}

// The stored event (as stored_event reads it) reporting the same happening as `event`.
std::optional<Event> find_stored_happening(sqlite3* db, const Event& event) {
  for (const EventId id : candidates(db, event)) {
    auto stored = stored_event(db, id);
    if (stored && same_happening(*stored, event)) return stored;
  }
  return std::nullopt;
}

void merge_into_stored(sqlite3* db, const Event& stored, const Event& event) {
  std::vector<Source> fresh;
  for (const auto& source : event.sources)
    if (!has_source(db, stored.id, source)) fresh.push_back(source);
  event_rows::insert_sources(db, stored.id, fresh);
  if (stored.edited_by_analyst) return;
  event_rows::append_actors(db, stored.id, missing_from(stored.actors, event.actors));
  event_rows::append_places(db, stored.id, missing_from(stored.places, event.places));
}

}  // namespace

std::optional<EventId> find_same_happening(sqlite3* db, const Event& event) {
  const auto stored = find_stored_happening(db, event);
  return stored ? std::optional<EventId>(stored->id) : std::nullopt;
}

void merge_into(sqlite3* db, EventId into, const Event& event) {
  if (const auto stored = stored_event(db, into)) merge_into_stored(db, *stored, event);
}

Stored add_or_merge(sqlite3* db, const Event& event, bool edited) {
  if (const auto same = find_stored_happening(db, event)) {
    merge_into_stored(db, *same, event);  // the row just read: not read a second time
    return Stored::Merged;
  }
  event_rows::insert(db, event, edited ? event_rows::Edited::Yes : event_rows::Edited::No);
  return Stored::Added;
}

}  // namespace annals::merge
