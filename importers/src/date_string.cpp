// Reads the date forms metadata uses. ISO first (exact positions), then a token scan for
// the spelled-out forms: a month name with a day number before or after it and a year
// after both. Times and zones after the date are ignored on purpose (see the header).
// Month names here are part of the formats parsed (RFC 822 fixes them), not a lexicon.
#include "annals/formats/date_string.hpp"

#include "strings.hpp"

#include <array>
#include <charconv>
#include <vector>

namespace annals::formats {

namespace {

constexpr std::array<std::string_view, 12> month_names{
    "january", "february", "march",     "april",   "may",      "june",
    "july",    "august",   "september", "october", "november", "december"};
constexpr std::size_t abbreviation_length = 3;
constexpr int two_digit_year_pivot = 70;  // RFC 822 two-digit years: 70..99 -> 19xx

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

int to_int(std::string_view digits) {
  int value = 0;
  std::from_chars(digits.data(), digits.data() + digits.size(), value);
  return value;
}

// 1..12 for a month name or its abbreviation ("Sep", "Sept", "September").
int month_number(std::string_view word) {
  const auto name = strings::lower(word);
  for (std::size_t i = 0; i < month_names.size(); ++i) {
    const auto full = month_names[i];
    if (name == full || name == full.substr(0, abbreviation_length) ||
        (name == "sept" && full == "september"))
      return static_cast<int>(i) + 1;
  }
  return 0;
}

DateParse make_day(int y, int m, int d, std::string_view text) {
  const date::year_month_day ymd{date::year{y}, date::month{static_cast<unsigned>(m)},
                                 date::day{static_cast<unsigned>(d)}};
  if (!ymd.ok()) return {std::nullopt, "impossible date '" + std::string(text) + "'"};
  return {date::sys_days{ymd}, {}};
}

// YYYY-MM-DD or YYYY/MM/DD, alone or followed by a time ("T08:30+03:00", " 08:30").
std::optional<DateParse> parse_iso(std::string_view text) {
  constexpr std::size_t iso_length = 10;
  if (text.size() < iso_length) return std::nullopt;
  const char sep = text[4];
  if ((sep != '-' && sep != '/') || text[7] != sep) return std::nullopt;
  for (const std::size_t i : {0u, 1u, 2u, 3u, 5u, 6u, 8u, 9u})
    if (!is_digit(text[i])) return std::nullopt;
  if (text.size() > iso_length && text[iso_length] != 'T' && text[iso_length] != ' ')
    return std::nullopt;
  return make_day(to_int(text.substr(0, 4)), to_int(text.substr(5, 2)), to_int(text.substr(8, 2)),
                  text);
}

struct Token {
  std::string_view text;
  bool number = false;
};

std::vector<Token> tokens_of(std::string_view text) {
  std::vector<Token> tokens;
  for (std::size_t i = 0; i < text.size();) {
    std::size_t j = i;
    if (is_digit(text[i])) {
      while (j < text.size() && is_digit(text[j])) ++j;
      tokens.push_back({text.substr(i, j - i), true});
    } else if (is_alpha(text[i])) {
      while (j < text.size() && is_alpha(text[j])) ++j;
      tokens.push_back({text.substr(i, j - i), false});
    } else {
      ++j;
    }
    i = j;
  }
  return tokens;
}

int full_year(std::string_view digits) {
  const int value = to_int(digits);
  if (digits.size() != 2) return value;
  return value < two_digit_year_pivot ? 2000 + value : 1900 + value;
}

// "Tue, 19 Sep 2023 08:30 GMT", "September 19, 2023", "19 Sept. 2023".
DateParse parse_spelled(std::string_view text) {
  const auto tokens = tokens_of(text);
  const DateParse not_a_date{std::nullopt, "not a date: '" + std::string(text) + "'"};
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (tokens[i].number) continue;
    const int month = month_number(tokens[i].text);
    if (month == 0) continue;
    const bool day_first = i > 0 && tokens[i - 1].number && tokens[i - 1].text.size() <= 2;
    std::size_t next = i + 1;
    std::string_view day_digits;
    if (day_first) {
      day_digits = tokens[i - 1].text;
    } else {
      while (next < tokens.size() && !tokens[next].number) ++next;
      if (next == tokens.size() || tokens[next].text.size() > 2) return not_a_date;
      day_digits = tokens[next++].text;
    }
    while (next < tokens.size() && !tokens[next].number) ++next;
    if (next == tokens.size()) return not_a_date;
    const auto year_digits = tokens[next].text;
    if (year_digits.size() != 4 && year_digits.size() != 2) return not_a_date;
    return make_day(full_year(year_digits), month, to_int(day_digits), text);
  }
  return not_a_date;
}

}  // namespace

DateParse parse_date_string(std::string_view text) {
  text = strings::trim(text);
  if (text.empty()) return {std::nullopt, "empty date"};
  if (auto iso = parse_iso(text)) return *iso;
  return parse_spelled(text);
}

}  // namespace annals::formats
