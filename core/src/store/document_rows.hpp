// Documents and their mentions as rows, and the lookups duplicate detection needs.
#pragma once

#include "annals/document.hpp"
#include "annals/timex.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

struct sqlite3;

namespace annals::document_rows {

// The stored document with exactly this text, if any.
std::optional<DocumentId> find_by_content(sqlite3* db, std::string_view text);
std::optional<DocumentId> find_by_url(sqlite3* db, std::string_view url);

DocumentId insert(sqlite3* db, const Document& document);
// Overwrites the stored document `id` with `document`'s fields and text.
void update(sqlite3* db, DocumentId id, const Document& document);

// The same, given the text's columns::content_hash (hashing a long text twice per
// stored document costs the storing thread 2% of an import).
std::optional<DocumentId> find_by_content(sqlite3* db, std::string_view text, std::string_view hash);
DocumentId insert(sqlite3* db, const Document& document, std::string_view hash);
void update(sqlite3* db, DocumentId id, const Document& document, std::string_view hash);

void insert_mentions(sqlite3* db, DocumentId document, const std::vector<Timex>& mentions);
void delete_mentions(sqlite3* db, DocumentId document);

// Documents matching `condition` (SQL over `documents` columns; "1" for all), by id.
std::vector<Document> read(sqlite3* db, std::string_view condition, std::optional<DocumentId> id = {});
std::vector<Timex> read_mentions(sqlite3* db, DocumentId document);

}  // namespace annals::document_rows
