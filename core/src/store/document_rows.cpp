#include "document_rows.hpp"

#include "columns.hpp"
#include "sqlite.hpp"

#include <algorithm>
#include <string>
#include <vector>

namespace annals::document_rows {

namespace {

// The document and its hash outlive the statement's run: the text is not copied.
void bind_document(sql::Statement& statement, const Document& document, std::string_view hash) {
  statement.bind_unowned(1, document.title).bind_unowned(2, document.source);
  if (document.url.empty()) statement.bind_null(3);
  else statement.bind_unowned(3, document.url);
  statement.bind(4, columns::day_number(document.published))
      .bind(5, to_string(document.published_origin))
      .bind_unowned(6, document.text)
      .bind_unowned(7, hash);
}

// Mention columns are bound at `base` + their column number (multi-row inserts).
void bind_interval(sql::Statement& statement, int base, const std::optional<DateRange>& interval) {
  const int first_column = base + 8;
  if (!interval) {
    for (int column = first_column; column < first_column + 4; ++column) statement.bind_null(column);
    return;
  }
  statement.bind(first_column, columns::day_number(interval->first))
      .bind(first_column + 1, columns::day_number(interval->last))
      .bind_unowned(first_column + 2, to_string(interval->granularity))
      .bind_unowned(first_column + 3, to_string(interval->portion));
}

void bind_relative(sql::Statement& statement, int base, const std::optional<EventRelative>& relative) {
  const int first_column = base + 14;
  if (!relative) {
    for (int column = first_column; column < first_column + 5; ++column) statement.bind_null(column);
    return;
  }
  statement.bind(first_column, relative->amount)
      .bind_unowned(first_column + 1, to_string(relative->unit))
      .bind(first_column + 2, static_cast<std::int64_t>(relative->before))
      .bind(first_column + 3, static_cast<std::int64_t>(relative->event_begin))
      .bind(first_column + 4, static_cast<std::int64_t>(relative->event_end));
}

// The mention's strings (and to_string's static names) outlive the insert: not copied.
void bind_mention(sql::Statement& statement, int base, DocumentId document, const Timex& mention) {
  statement.bind(base + 1, document)
      .bind(base + 2, static_cast<std::int64_t>(mention.begin))
      .bind(base + 3, static_cast<std::int64_t>(mention.end))
      .bind_unowned(base + 4, mention.text)
      .bind_unowned(base + 5, to_string(mention.type))
      .bind_unowned(base + 6, mention.value)
      .bind_unowned(base + 7, mention.mod)
      .bind_unowned(base + 12, mention.rule)
      .bind_unowned(base + 13, mention.anchor);
  bind_interval(statement, base, mention.interval);
  bind_relative(statement, base, mention.event_relative);
}

// A document has a few dozen mentions: inserting up to this many rows per statement runs
// SQLite's per-statement work (step, halt, reset) once per batch instead of once per row.
constexpr std::size_t mentions_per_insert = 16;
constexpr int mention_columns = 18;

// "INSERT INTO mentions (...) VALUES (?1, ..., ?18), (?19, ...)" for `rows` rows.
std::string mentions_insert_sql(std::size_t rows) {
  std::string sql =
      "INSERT INTO mentions (document, span_begin, span_end, text, type, value, mod, interval_first, "
      "interval_last, interval_granularity, interval_portion, rule, anchor, relative_amount, "
      "relative_unit, relative_before, relative_event_begin, relative_event_end) VALUES ";
  for (std::size_t row = 0; row < rows; ++row) {
    sql += row == 0 ? "(" : ", (";
    for (int column = 1; column <= mention_columns; ++column)
      sql += (column == 1 ? "?" : ", ?") + std::to_string(static_cast<int>(row) * mention_columns + column);
    sql += ")";
  }
  return sql;
}

const std::string& mentions_insert(std::size_t rows) {
  static const auto texts = [] {
    std::vector<std::string> all(mentions_per_insert + 1);
    for (std::size_t rows_in = 1; rows_in <= mentions_per_insert; ++rows_in) all[rows_in] = mentions_insert_sql(rows_in);
    return all;
  }();
  return texts.at(rows);
}

Timex mention_of_row(const sql::Statement& row) {
  Timex timex;
  timex.begin = static_cast<std::size_t>(row.integer(0));
  timex.end = static_cast<std::size_t>(row.integer(1));
  timex.text = row.text(2);
  const auto type = parse_timex_type(row.text(3));
  if (!type) throw StoreError("database holds an unknown TIMEX3 type '" + row.text(3) + "'");
  timex.type = *type;
  timex.value = row.text(4);
  timex.mod = row.text(5);
  if (!row.is_null(6))
    timex.interval = DateRange{columns::day_from_number(row.integer(6)),
                               columns::day_from_number(row.integer(7)),
                               columns::granularity(row.text(8)), columns::portion(row.text(9))};
  timex.rule = row.text(10);
  timex.anchor = row.text(11);
  if (!row.is_null(12))
    timex.event_relative = EventRelative{static_cast<int>(row.integer(12)), columns::granularity(row.text(13)),
                                         row.integer(14) != 0, static_cast<std::size_t>(row.integer(15)),
                                         static_cast<std::size_t>(row.integer(16))};
  return timex;
}

}  // namespace

std::optional<DocumentId> find_by_content(sqlite3* db, std::string_view text) {
  return find_by_content(db, text, columns::content_hash(text));
}

std::optional<DocumentId> find_by_content(sqlite3* db, std::string_view text, std::string_view hash) {
  sql::Statement statement(db, "SELECT id FROM documents WHERE content_hash = ?1 AND text = ?2");
  statement.bind_unowned(1, hash).bind_unowned(2, text);
  if (statement.step()) return statement.integer(0);
  return std::nullopt;
}

std::optional<DocumentId> find_by_url(sqlite3* db, std::string_view url) {
  sql::Statement statement(db, "SELECT id FROM documents WHERE url = ?1");
  statement.bind(1, url);
  if (statement.step()) return statement.integer(0);
  return std::nullopt;
}

DocumentId insert(sqlite3* db, const Document& document) {
  return insert(db, document, columns::content_hash(document.text));
}

DocumentId insert(sqlite3* db, const Document& document, std::string_view hash) {
  sql::Statement statement(db,
                           "INSERT INTO documents (title, source, url, published, published_origin, "
                           "text, content_hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
  bind_document(statement, document, hash);
  statement.run();
  return sql::last_insert_id(db);
}

void update(sqlite3* db, DocumentId id, const Document& document) {
  update(db, id, document, columns::content_hash(document.text));
}

void update(sqlite3* db, DocumentId id, const Document& document, std::string_view hash) {
  sql::Statement statement(db,
                           "UPDATE documents SET title = ?1, source = ?2, url = ?3, published = ?4, "
                           "published_origin = ?5, text = ?6, content_hash = ?7 WHERE id = ?8");
  bind_document(statement, document, hash);
  statement.bind(8, id).run();
}

void insert_mentions(sqlite3* db, DocumentId document, const std::vector<Timex>& mentions) {
  for (std::size_t at = 0; at < mentions.size(); at += mentions_per_insert) {
    const auto rows = std::min(mentions_per_insert, mentions.size() - at);
    sql::Statement statement(db, mentions_insert(rows));
    for (std::size_t row = 0; row < rows; ++row)
      bind_mention(statement, static_cast<int>(row) * mention_columns, document, mentions[at + row]);
    statement.run();
  }
}

void delete_mentions(sqlite3* db, DocumentId document) {
  sql::Statement statement(db, "DELETE FROM mentions WHERE document = ?1");
  statement.bind(1, document).run();
}

std::vector<Document> read(sqlite3* db, std::string_view condition, std::optional<DocumentId> id) {
  sql::Statement statement(db,
                           "SELECT id, title, source, url, published, published_origin, text "
                           "FROM documents WHERE (" + std::string(condition) + ") ORDER BY id");
  if (id) statement.bind(1, *id);
  std::vector<Document> documents;
  while (statement.step()) {
    Document document;
    document.id = statement.integer(0);
    document.title = statement.text(1);
    document.source = statement.text(2);
    document.url = statement.text(3);
    document.published = columns::day_from_number(statement.integer(4));
    document.published_origin = columns::date_origin(statement.text(5));
    document.text = statement.text(6);
    documents.push_back(std::move(document));
  }
  return documents;
}

std::vector<Timex> read_mentions(sqlite3* db, DocumentId document) {
  sql::Statement statement(
      db,
      "SELECT span_begin, span_end, text, type, value, mod, interval_first, interval_last, "
      "interval_granularity, interval_portion, rule, anchor, relative_amount, relative_unit, "
      "relative_before, relative_event_begin, relative_event_end "
      "FROM mentions WHERE document = ?1 ORDER BY span_begin, id");
  statement.bind(1, document);
  std::vector<Timex> mentions;
  while (statement.step()) mentions.push_back(mention_of_row(statement));
  return mentions;
}

}  // namespace annals::document_rows
