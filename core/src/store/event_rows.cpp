#include "event_rows.hpp"

#include "columns.hpp"
#include "sqlite.hpp"

#include <unordered_map>

namespace annals::event_rows {

namespace {

void bind_fields(sql::Statement& statement, const Event& event, Edited edited) {
  statement.bind(1, event.title)
      .bind(2, event.type)
      .bind(3, event.when.value)
      .bind(4, event.when.mod)
      .bind(5, columns::day_number(event.when.range.first))
      .bind(6, columns::day_number(event.when.range.last))
      .bind(7, to_string(event.when.range.granularity))
      .bind(8, to_string(event.when.range.portion))
      .bind(9, static_cast<std::int64_t>(edited == Edited::Yes));
}

void append_names(sqlite3* db, std::string_view table, EventId event,
                  const std::vector<std::string>& names) {
  const std::string sql = "INSERT INTO " + std::string(table) +
                          " (event, position, name) VALUES (?1, "
                          "(SELECT count(*) FROM " + std::string(table) + " WHERE event = ?1), ?2)";
  sql::Statement statement(db, sql);
  for (const auto& name : names) statement.bind(1, event).bind(2, name).run();
}

void delete_children(sqlite3* db, EventId event) {
  for (const char* table : {"event_actors", "event_places", "event_sources"}) {
    sql::Statement statement(db, "DELETE FROM " + std::string(table) + " WHERE event = ?1");
    statement.bind(1, event).run();
  }
}

// Runs `select` (first column: event id) restricted to the events of `condition`, and
// hands each row to the matching event.
template <typename Attach>
void attach_rows(sqlite3* db, const std::string& select, const std::string& order,
                 const std::string& events_where, const Binder& bind, std::vector<Event>& events,
                 const std::unordered_map<EventId, std::size_t>& index, Attach attach) {
  // All events: one ordered scan; rows of events not read (tombstones) find no index entry.
  const std::string restriction =
      events_where.empty() ? "" : " WHERE event IN (SELECT id FROM events WHERE " + events_where + ")";
  sql::Statement statement(db, select + restriction + " ORDER BY event, " + order);
  if (bind) bind(statement);
  while (statement.step()) {
    const auto found = index.find(statement.integer(0));
    if (found != index.end()) attach(events[found->second], statement);
  }
}


void write_children(sqlite3* db, EventId id, const Event& event) {
  append_actors(db, id, event.actors);
  append_places(db, id, event.places);
  insert_sources(db, id, event.sources);
}

}  // namespace

Event event_of_row(const sql::Statement& row) {
  Event event;
  event.id = row.integer(0);
  event.title = row.text(1);
  event.type = row.text(2);
  event.when.value = row.text(3);
  event.when.mod = row.text(4);
  event.when.range.first = columns::day_from_number(row.integer(5));
  event.when.range.last = columns::day_from_number(row.integer(6));
  event.when.range.granularity = columns::granularity(row.text(7));
  event.when.range.portion = columns::portion(row.text(8));
  event.edited_by_analyst = row.integer(9) != 0;
  return event;
}

EventId insert(sqlite3* db, const Event& event, Edited edited) {
  sql::Statement statement(db,
                           "INSERT INTO events (title, type, when_value, when_mod, when_first, "
                           "when_last, when_granularity, when_portion, edited) "
                           "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
  bind_fields(statement, event, edited);
  statement.run();
  const EventId id = sql::last_insert_id(db);
  write_children(db, id, event);
  return id;
}

void replace(sqlite3* db, const Event& event, Edited edited) {
  sql::Statement statement(db,
                           "UPDATE events SET title = ?1, type = ?2, when_value = ?3, when_mod = ?4, "
                           "when_first = ?5, when_last = ?6, when_granularity = ?7, "
                           "when_portion = ?8, edited = ?9 WHERE id = ?10");
  bind_fields(statement, event, edited);
  statement.bind(10, event.id).run();
  delete_children(db, event.id);
  write_children(db, event.id, event);
}

void append_actors(sqlite3* db, EventId event, const std::vector<std::string>& names) {
  append_names(db, "event_actors", event, names);
}

void append_places(sqlite3* db, EventId event, const std::vector<std::string>& names) {
  append_names(db, "event_places", event, names);
}

void insert_sources(sqlite3* db, EventId event, const std::vector<Source>& sources) {
  sql::Statement statement(db,
                           "INSERT INTO event_sources (event, document, quote, expression, "
                           "span_begin, span_end, rule, anchor) "
                           "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
  for (const auto& source : sources) {
    statement.bind(1, event);
    if (source.document == 0) statement.bind_null(2);
    else statement.bind(2, source.document);
    statement.bind(3, source.quote)
        .bind(4, source.expression)
        .bind(5, static_cast<std::int64_t>(source.begin))
        .bind(6, static_cast<std::int64_t>(source.end))
        .bind(7, source.rule)
        .bind(8, source.anchor)
        .run();
  }
}

std::vector<Event> read(sqlite3* db, std::string_view condition, const Binder& bind,
                        Visibility visibility) {
  const std::string where = (visibility == Visibility::Live ? "deleted = 0 AND (" : "(") +
                            std::string(condition) + ")";
  std::vector<Event> events;
  std::unordered_map<EventId, std::size_t> index;
  {
    sql::Statement statement(db,
                             "SELECT " + std::string(event_columns) + " FROM events WHERE " + where +
                                 " ORDER BY when_first, when_last, id");
    if (bind) bind(statement);
    while (statement.step()) {
      index.emplace(statement.integer(0), events.size());
      events.push_back(event_of_row(statement));
    }
  }
  if (events.empty()) return events;
  const std::string children_where = condition == "1" ? std::string() : where;
  attach_rows(db, "SELECT event, name FROM event_actors", "position", children_where, bind, events, index,
              [](Event& event, const sql::Statement& row) { event.actors.push_back(row.text(1)); });
  attach_rows(db, "SELECT event, name FROM event_places", "position", children_where, bind, events, index,
              [](Event& event, const sql::Statement& row) { event.places.push_back(row.text(1)); });
  attach_rows(db,
              "SELECT event, document, quote, expression, span_begin, span_end, rule, anchor "
              "FROM event_sources",
              "id", children_where, bind, events, index, [](Event& event, const sql::Statement& row) {
                event.sources.push_back(Source{row.optional_integer(1).value_or(0), row.text(2),
                                               row.text(3), static_cast<std::size_t>(row.integer(4)),
                                               static_cast<std::size_t>(row.integer(5)), row.text(6),
                                               row.text(7)});
              });
  return events;
}

}  // namespace annals::event_rows
