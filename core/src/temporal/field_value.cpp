// Parsing one field's text into its typed value: the number most keys read, and for the
// keys that take words the word as an enum. The loader checks constants with the same
// parse (`accepts`), so a rule that loads is a rule the resolver understands.
#include "field_value.hpp"

#include "rule_set.hpp"

#include <charconv>

namespace annals::temporal {

namespace {

constexpr std::string_view easter_word = "easter";

// Numbers of a few digits ("7", "2023"), which most fields are, read without from_chars.
std::optional<long> few_digits(std::string_view text) {
  constexpr std::size_t max_few = 9;  // below a long's range whatever the digits
  constexpr long ten = 10;
  if (text.empty() || text.size() > max_few) return std::nullopt;
  long value = 0;
  for (const char c : text) {
    if (c < '0' || c > '9') return std::nullopt;
    value = value * ten + (c - '0');
  }
  return value;
}

std::optional<long> whole_number(std::string_view text) {
  if (text.empty()) return std::nullopt;
  if (const auto digits = few_digits(text)) return digits;
  long value = 0;
  const char* begin = text.data() + (text[0] == '+' ? 1 : 0);
  const auto [end, ec] = std::from_chars(begin, text.data() + text.size(), value);
  if (ec != std::errc{} || end != text.data() + text.size()) return std::nullopt;
  return value;
}

// The position of `text` in `words` plus one (0: not there), as a field's `word`.
template <std::size_t N>
std::uint8_t word_number(std::string_view text, const std::array<std::string_view, N>& words) {
  for (std::size_t i = 0; i < N; ++i)
    if (text == words[i]) return static_cast<std::uint8_t>(i + 1);
  return 0;
}

constexpr std::array<std::string_view, 5> direction_words{"before", "after", "past", "nearest", "tense"};
constexpr std::array<std::string_view, 3> anchor_words{"dct", "story", "story-unit"};
constexpr std::array<std::string_view, 2> granularity_words{"anchor", "week"};
constexpr std::array<std::string_view, 2> meridiem_words{"am", "pm"};
constexpr std::array<std::string_view, 2> event_words{"before", "after"};
constexpr std::array<std::string_view, 1> timeml_words{"amount"};
constexpr std::array<std::string_view, 4> season_codes{"SP", "SU", "FA", "WI"};  // Season order
constexpr std::array<std::string_view, 5> part_codes{"MO", "AF", "EV", "NI", "DT"};
constexpr std::array<std::string_view, 12> mod_words{"START", "MID", "END", "APPROX", "BEFORE", "AFTER",
                                                     "ON_OR_BEFORE", "ON_OR_AFTER", "EQUAL_OR_LESS",
                                                     "EQUAL_OR_MORE", "LESS_THAN", "MORE_THAN"};

// "easter-2" (Good Friday): days from Easter Sunday, for the holidays that move with it.
std::optional<long> parse_easter_offset(std::string_view day) {
  if (!day.starts_with(easter_word)) return std::nullopt;
  day.remove_prefix(easter_word.size());
  if (day.empty()) return 0;
  const bool negative = day[0] == '-';
  if (day[0] == '+' || negative) day.remove_prefix(1);
  long offset = 0;
  const auto [end, ec] = std::from_chars(day.data(), day.data() + day.size(), offset);
  if (ec != std::errc{} || end != day.data() + day.size()) return std::nullopt;
  return negative ? -offset : offset;
}

template <class Enum>
std::uint8_t plus_one(std::optional<Enum> parsed) {
  return parsed ? static_cast<std::uint8_t>(static_cast<unsigned>(*parsed) + 1) : 0;
}

// Sets the key's word in `value.word`; true when the key accepts the text.
bool read_word(Key key, FieldValue& value) {
  const auto text = value.text;
  const auto word = [&](std::uint8_t found) {
    value.word = found;
    return found != 0;
  };
  switch (key) {
    case Key::Type: return word(plus_one(parse_timex_type(text)));
    case Key::Unit: return word(plus_one(parse_unit(text)));
    case Key::Season: return word(word_number(text, season_codes));
    case Key::Direction: return word(word_number(text, direction_words));
    case Key::Anchor: return word(word_number(text, anchor_words));
    case Key::Granularity: return word(word_number(text, granularity_words));
    case Key::Meridiem: return word(word_number(text, meridiem_words));
    case Key::Event: return word(word_number(text, event_words));
    case Key::Timeml: return word(word_number(text, timeml_words));
    case Key::Part: return word(word_number(text, part_codes));
    case Key::Mod: return word(word_number(text, mod_words));
    case Key::Day:
      if (const auto offset = parse_easter_offset(text)) {
        value.word = 1;
        value.easter_offset = *offset;
      }
      return true;
    case Key::Amount: value.amount = parse_amount(text); return true;
    default: return true;
  }
}

}  // namespace

FieldValue parse_field(Key key, std::string_view text) {
  FieldValue value;
  value.text = text;
  if (text.empty()) return value;
  value.number = whole_number(text);
  // A part of day or a mod is written out as it is; its word is only the loader's check.
  if (key != Key::Part && key != Key::Mod) read_word(key, value);
  return value;
}

bool accepts(Key key, std::string_view text) {
  FieldValue value;
  value.text = text;
  return read_word(key, value);
}

}  // namespace annals::temporal
