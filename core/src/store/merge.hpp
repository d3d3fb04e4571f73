// Cross-document merge: when a newly extracted event reports a happening the store
// already holds (annals::same_happening), the new words become another source of the
// stored event instead of a second copy of it.
#pragma once

#include "annals/event.hpp"

#include <optional>

struct sqlite3;

namespace annals::merge {

// The stored event (tombstones included, so a happening an analyst deleted stays deleted)
// that reports the same happening as `event`, if any. Candidates share the type and
// overlap in time; when `event` names actors they share at least one.
std::optional<EventId> find_same_happening(sqlite3* db, const Event& event);

// Adds `event`'s sources to the stored event `into` (skipping sources it already has).
// Unless an analyst edited it, the stored event also gains actors and places it lacked.
void merge_into(sqlite3* db, EventId into, const Event& event);

// Merges `event` into the stored event reporting the same happening, or inserts it.
enum class Stored { Added, Merged };
Stored add_or_merge(sqlite3* db, const Event& event, bool edited);

}  // namespace annals::merge
