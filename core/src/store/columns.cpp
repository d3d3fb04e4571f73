#include "columns.hpp"

#include "annals/store/store.hpp"
#include "annals/text_hash.hpp"

#include <array>

namespace annals::columns {

std::int64_t day_number(date::sys_days day) { return day.time_since_epoch().count(); }

date::sys_days day_from_number(std::int64_t number) {
  return date::sys_days{date::days{static_cast<date::days::rep>(number)}};
}

Granularity granularity(std::string_view text) {
  if (const auto known = parse_granularity(text)) return *known;
  throw StoreError("database holds an unknown granularity '" + std::string(text) + "'");
}

Portion portion(std::string_view text) {
  for (const auto candidate : {Portion::Whole, Portion::Early, Portion::Mid, Portion::Late})
    if (to_string(candidate) == text) return candidate;
  throw StoreError("database holds an unknown date portion '" + std::string(text) + "'");
}

DateOrigin date_origin(std::string_view text) {
  for (const auto candidate : {DateOrigin::CommandLine, DateOrigin::Metadata, DateOrigin::Dateline,
                               DateOrigin::RelativeMarker})
    if (to_string(candidate) == text) return candidate;
  throw StoreError("database holds an unknown publication date origin '" + std::string(text) + "'");
}

std::string content_hash(std::string_view text) {
  constexpr int hex_digits = 16;
  constexpr int bits_per_digit = 4;
  constexpr std::uint64_t digit_mask = 0xF;
  std::uint64_t hash = fnv1a(text);
  std::string hex(hex_digits, '0');
  for (int i = hex_digits - 1; i >= 0; --i, hash >>= bits_per_digit)
    hex[static_cast<std::size_t>(i)] = "0123456789abcdef"[hash & digit_mask];
  return hex;
}

}  // namespace annals::columns
