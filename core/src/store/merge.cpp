#include "merge.hpp"

#include "annals/events/extractor.hpp"
#include "columns.hpp"
#include "event_rows.hpp"
#include "sqlite.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace annals::merge {

namespace {

// Candidate ids: same type, overlapping days and, when the event names actors, one of them.
std::vector<EventId> candidates(sqlite3* db, const Event& event) {
  std::string sql =
      "SELECT id FROM events WHERE id IN (SELECT id FROM event_days WHERE first <= ?2 AND last >= ?3) "
      "AND type = ?1";
  if (!event.actors.empty())
    sql += " AND id IN (SELECT event FROM event_actors WHERE name IN (SELECT value FROM json_each(?4)))";
  sql += " ORDER BY id";
  sql::Statement statement(db, sql);
  statement.bind(1, event.type)
      .bind(2, columns::day_number(event.when.range.last))
      .bind(3, columns::day_number(event.when.range.first));
  if (!event.actors.empty()) statement.bind(4, nlohmann::json(event.actors).dump());
  std::vector<EventId> ids;
  while (statement.step()) ids.push_back(statement.integer(0));
  return ids;
}

// A stored event as same_happening sees it, tombstones included.
std::optional<Event> stored_event(sqlite3* db, EventId id) {
  auto events = event_rows::read(
      db, "id = :id", [id](sql::Statement& s) { s.bind(s.index_of(":id"), id); },
      event_rows::Visibility::WithTombstones);
  if (events.empty()) return std::nullopt;
  return events.front();
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

bool same_source(const Source& a, const Source& b) {
  return a.document == b.document && a.begin == b.begin && a.end == b.end;
}

}  // namespace

std::optional<EventId> find_same_happening(sqlite3* db, const Event& event) {
  for (const EventId id : candidates(db, event)) {
    const auto stored = stored_event(db, id);
    if (stored && same_happening(*stored, event)) return id;
  }
  return std::nullopt;
}

void merge_into(sqlite3* db, EventId into, const Event& event) {
  const auto stored = stored_event(db, into);
  if (!stored) return;
  std::vector<Source> fresh;
  for (const auto& source : event.sources)
    if (std::none_of(stored->sources.begin(), stored->sources.end(),
                     [&](const Source& have) { return same_source(have, source); }))
      fresh.push_back(source);
  event_rows::insert_sources(db, into, fresh);
  if (stored->edited_by_analyst) return;
  event_rows::append_actors(db, into, missing_from(stored->actors, event.actors));
  event_rows::append_places(db, into, missing_from(stored->places, event.places));
}

Stored add_or_merge(sqlite3* db, const Event& event, bool edited) {
  if (const auto same = find_same_happening(db, event)) {
    merge_into(db, *same, event);
    return Stored::Merged;
  }
  event_rows::insert(db, event, edited ? event_rows::Edited::Yes : event_rows::Edited::No);
  return Stored::Added;
}

}  // namespace annals::merge
