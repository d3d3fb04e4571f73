// Datelines: "MOSCOW, Sept 18 (Reuters) -", "BEIJING, China, Sept. 18, 2023 /PRNewswire/ --".
// A place in capitals, a comma, a month and day (a year if given), an optional agency in
// parentheses or slashes, then a dash. Only the first lines are looked at: a dateline opens
// an article, and scanning further would mistake quoted text for one.
#include "annals/formats/dating.hpp"

#include "annals/formats/date_string.hpp"
#include "strings.hpp"

#include <array>

namespace annals::formats {

namespace {

constexpr std::size_t lines_to_scan = 6;
constexpr std::size_t max_dateline_bytes = 120;
constexpr std::size_t min_place_letters = 3;

bool is_place(std::string_view place) {
  std::size_t letters = 0;
  for (const char c : place) {
    if (c >= 'A' && c <= 'Z') ++letters;
    else if (c != ' ' && c != '.' && c != '-' && c != '\'' && c != '/') return false;
  }
  return letters >= min_place_letters;
}

// The position of the dash that ends a dateline, or npos.
std::size_t dash_position(std::string_view line) {
  static constexpr std::array<std::string_view, 4> dashes{" -", " \xE2\x80\x94", " \xE2\x80\x93", "\xE2\x80\x94"};
  std::size_t best = std::string_view::npos;
  for (const auto dash : dashes) best = std::min(best, line.find(dash));
  return best;
}

bool has_year(std::string_view text) {
  std::size_t run = 0;
  for (const char c : text) {
    run = (c >= '0' && c <= '9') ? run + 1 : 0;
    if (run == 4) return true;
  }
  return false;
}

std::optional<date::sys_days> dateline_of(std::string_view line,
                                          std::optional<date::sys_days> reference) {
  line = line.substr(0, max_dateline_bytes);
  const auto comma = line.find(',');
  const auto dash = dash_position(line);
  if (comma == std::string_view::npos || dash == std::string_view::npos || dash < comma ||
      !is_place(strings::trim(line.substr(0, comma))))
    return std::nullopt;
  auto middle = line.substr(comma + 1, dash - comma - 1);
  middle = middle.substr(0, std::min(middle.find('('), middle.find('/')));
  if (has_year(middle)) return parse_date_string(middle).day;
  if (!reference) return std::nullopt;
  const auto year = date::year_month_day{*reference}.year();
  for (const auto candidate : {year, year - date::years{1}}) {
    const auto day = parse_date_string(std::string(middle) + " " +
                                       std::to_string(static_cast<int>(candidate)))
                         .day;
    if (!day) return std::nullopt;
    if (*day <= *reference) return day;
  }
  return std::nullopt;
}

}  // namespace

std::optional<date::sys_days> find_dateline(std::string_view text,
                                            std::optional<date::sys_days> reference) {
  std::size_t seen = 0;
  while (!text.empty() && seen < lines_to_scan) {
    const auto end = text.find('\n');
    const auto line = strings::trim(text.substr(0, end));
    text = end == std::string_view::npos ? std::string_view{} : text.substr(end + 1);
    if (line.empty()) continue;
    ++seen;
    if (const auto day = dateline_of(line, reference)) return day;
  }
  return std::nullopt;
}

}  // namespace annals::formats
