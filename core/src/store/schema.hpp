// The store's schema and its history. Each version is one migration step; a new file
// runs them all in order, an older file runs the ones it lacks, so the upgrade path is
// the same code that builds every fresh database.
#pragma once

#include <filesystem>

struct sqlite3;

namespace annals::schema {

// PRAGMA application_id of an Annals database ("ANNL"), so a foreign SQLite file that
// happens to carry a user_version is still recognised as foreign.
inline constexpr int application_id = 0x414E4E4C;

// Refuses files that are not SQLite at all before SQLite gets to see them.
void check_file_header(const std::filesystem::path& path);

// Checks the file is ours (or empty) and not newer than this program, then applies the
// missing migrations in one transaction. Throws StoreError naming `path`.
void prepare(sqlite3* db, const std::filesystem::path& path);

}  // namespace annals::schema
