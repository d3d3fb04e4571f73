// Exact copies of one event's rows, for undo of a merge or split. Undoing by writing the
// old Event back (restore_event) leaves traces: the split-off event stays as a tombstone,
// the sources get new row ids and the edited flag stays set. A snapshot holds the rows
// column for column, so putting it back restores the file itself, not just its meaning.
#include "annals/store/store.hpp"

#include "sqlite.hpp"

#include <sqlite3.h>

#include <array>
#include <memory>

namespace annals {

namespace {

// Each table holding part of an event, with the column naming the event and the order
// its rows are read in (so two snapshots of the same rows compare equal).
struct EventTable {
  const char* name;
  const char* key;
  const char* order;
};
constexpr std::array<EventTable, 4> event_tables{{
    {"events", "id", "id"},
    {"event_actors", "event", "position"},
    {"event_places", "event", "position"},
    {"event_sources", "event", "id"},
}};

struct Finalizer {
  void operator()(sqlite3_stmt* statement) const { sqlite3_finalize(statement); }
};
using RawStatement = std::unique_ptr<sqlite3_stmt, Finalizer>;

// Snapshots need the raw column types (sql::Statement reads typed columns only).
RawStatement prepare(sqlite3* db, const std::string& text) {
  sqlite3_stmt* statement = nullptr;
  sql::check(db, sqlite3_prepare_v2(db, text.c_str(), static_cast<int>(text.size()), &statement, nullptr),
             "database error");
  return RawStatement(statement);
}

Store::EventSnapshot::Value column_value(sqlite3_stmt* statement, int column) {
  switch (sqlite3_column_type(statement, column)) {
    case SQLITE_INTEGER: return static_cast<std::int64_t>(sqlite3_column_int64(statement, column));
    case SQLITE_FLOAT: return sqlite3_column_double(statement, column);
    case SQLITE_NULL: return std::monostate{};
    default: {
      const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(statement, column));
      return std::string(text, static_cast<std::size_t>(sqlite3_column_bytes(statement, column)));
    }
  }
}

void bind_value(sqlite3* db, sqlite3_stmt* statement, int index, const Store::EventSnapshot::Value& value) {
  int code = SQLITE_OK;
  if (const auto* integer = std::get_if<std::int64_t>(&value)) code = sqlite3_bind_int64(statement, index, *integer);
  else if (const auto* real = std::get_if<double>(&value)) code = sqlite3_bind_double(statement, index, *real);
  else if (const auto* text = std::get_if<std::string>(&value))
    code = sqlite3_bind_text(statement, index, text->data(), static_cast<int>(text->size()), SQLITE_TRANSIENT);
  else code = sqlite3_bind_null(statement, index);
  sql::check(db, code, "database error");
}

void insert_row(sqlite3* db, const Store::EventSnapshot::Row& row) {
  std::string text = "INSERT INTO " + row.table + " VALUES (";
  for (std::size_t i = 0; i < row.values.size(); ++i) text += i == 0 ? "?" : ", ?";
  text += ")";
  const RawStatement statement = prepare(db, text);
  for (std::size_t i = 0; i < row.values.size(); ++i)
    bind_value(db, statement.get(), static_cast<int>(i + 1), row.values[i]);
  sql::check(db, sqlite3_step(statement.get()), "restoring " + row.table);
}

void remove_rows(sqlite3* db, EventId id) {
  // Children first: this does not rely on foreign-key cascades being switched on.
  for (auto table = event_tables.rbegin(); table != event_tables.rend(); ++table) {
    sql::Statement statement(db, std::string("DELETE FROM ") + table->name + " WHERE " + table->key + " = ?1");
    statement.bind(1, id).run();
  }
}

}  // namespace

Store::EventSnapshot Store::snapshot_event(EventId id) const {
  EventSnapshot snapshot;
  snapshot.id = id;
  for (const EventTable& table : event_tables) {
    const RawStatement statement = prepare(db_, std::string("SELECT * FROM ") + table.name + " WHERE " +
                                                    table.key + " = ?1 ORDER BY " + table.order);
    sql::check(db_, sqlite3_bind_int64(statement.get(), 1, id), "database error");
    while (sqlite3_step(statement.get()) == SQLITE_ROW) {
      EventSnapshot::Row row{table.name, {}};
      const int columns = sqlite3_column_count(statement.get());
      for (int column = 0; column < columns; ++column) {
        row.values.push_back(column_value(statement.get(), column));
        if (&table == &event_tables.front() && std::string_view(sqlite3_column_name(statement.get(), column)) == "deleted")
          snapshot.tombstone = sqlite3_column_int64(statement.get(), column) != 0;
      }
      snapshot.rows.push_back(std::move(row));
    }
    if (snapshot.rows.empty()) return snapshot;  // no events row: nothing else belongs to it
  }
  return snapshot;
}

void Store::restore_events(const std::vector<EventSnapshot>& expected, const std::vector<EventSnapshot>& wanted) {
  sql::Transaction transaction(db_);
  for (const EventSnapshot& now : expected)
    if (snapshot_event(now.id) != now)
      throw StoreError("event " + std::to_string(now.id) +
                       " was changed since (by another process?); undoing would overwrite that change");
  for (const EventSnapshot& snapshot : wanted) {
    remove_rows(db_, snapshot.id);
    for (const EventSnapshot::Row& row : snapshot.rows) insert_row(db_, row);
  }
  transaction.commit();
}

}  // namespace annals
