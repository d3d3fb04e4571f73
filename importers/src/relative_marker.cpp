// Relative publication markers as pages print them on a line of their own: "6 hours ago",
// "Updated 35 minutes ago", "a day ago". Only short whole lines count: "two days ago" in a
// sentence dates an event, not the article.
#include "annals/formats/dating.hpp"

#include "strings.hpp"

#include <charconv>
#include <iterator>
#include <sstream>
#include <vector>

namespace annals::formats {

namespace {

constexpr std::size_t max_marker_bytes = 40;

std::optional<std::chrono::seconds> unit_length(std::string_view word) {
  const auto unit = strings::lower(word);
  const auto is = [&](std::string_view a, std::string_view b) { return unit == a || unit == b; };
  if (is("minute", "minutes") || is("min", "mins")) return std::chrono::minutes{1};
  if (is("hour", "hours") || is("hr", "hrs")) return std::chrono::hours{1};
  if (is("day", "days")) return date::days{1};
  if (is("week", "weeks")) return date::weeks{1};
  return std::nullopt;
}

std::optional<int> amount_of(std::string_view word) {
  if (strings::iequals(word, "a") || strings::iequals(word, "an") || strings::iequals(word, "one"))
    return 1;
  int value = 0;
  const auto [end, ec] = std::from_chars(word.data(), word.data() + word.size(), value);
  if (ec != std::errc{} || end != word.data() + word.size()) return std::nullopt;
  return value;
}

std::optional<std::chrono::seconds> marker_age(std::string_view line) {
  std::istringstream words{std::string(line)};
  std::vector<std::string> w{std::istream_iterator<std::string>(words), {}};
  if (w.size() == 4 && (strings::iequals(w[0], "updated") || strings::iequals(w[0], "published") ||
                        strings::iequals(w[0], "posted")))
    w.erase(w.begin());
  if (w.size() != 3 || !strings::iequals(w[2], "ago")) return std::nullopt;
  const auto amount = amount_of(w[0]);
  const auto unit = unit_length(w[1]);
  if (!amount || !unit) return std::nullopt;
  return *amount * *unit;
}

}  // namespace

std::optional<date::sys_days> find_relative_marker(std::string_view text, RetrievedTime retrieved) {
  while (!text.empty()) {
    const auto end = text.find('\n');
    const auto line = strings::trim(text.substr(0, end));
    text = end == std::string_view::npos ? std::string_view{} : text.substr(end + 1);
    if (line.empty() || line.size() > max_marker_bytes) continue;
    if (const auto age = marker_age(line)) return date::floor<date::days>(retrieved - *age);
  }
  return std::nullopt;
}

}  // namespace annals::formats
