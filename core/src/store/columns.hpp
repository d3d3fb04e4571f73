// How model values become column values and back: days as integers since 1970-01-01,
// enums as the same words the exports use. A value the program does not know (a file
// edited by hand) is a StoreError naming the column, never a silent default.
#pragma once

#include "annals/date_range.hpp"
#include "annals/document.hpp"

#include <cstdint>
#include <string>
#include <string_view>

namespace annals::columns {

std::int64_t day_number(date::sys_days day);
date::sys_days day_from_number(std::int64_t number);

Granularity granularity(std::string_view text);
Portion portion(std::string_view text);
DateOrigin date_origin(std::string_view text);

// A 64-bit FNV-1a hash of the text as 16 hex digits: an index for duplicate detection
// (equal hashes are confirmed by comparing the texts).
std::string content_hash(std::string_view text);

}  // namespace annals::columns
