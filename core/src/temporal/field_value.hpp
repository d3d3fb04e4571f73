// A rule's value fields as typed values ("month=$1 direction=before" -> month 7, direction
// Before). The rule files keep writing fields as text; the loader compiles each field once
// (constants parsed, captures by element), so that resolving an expression reads integers
// and enums instead of parsing strings and comparing words.
#pragma once

#include "duration.hpp"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace annals::temporal {

enum class Key : std::uint8_t;  // the field names (rule_set.hpp)

// The words some keys take, as enums; Other: a word the key does not know (never in a
// loaded rule's constant, possible only from a captured word).
enum class DirectionWord : std::uint8_t { Other, Before, After, Past, Nearest, Tense };
enum class AnchorWord : std::uint8_t { Other, Dct, Story, StoryUnit };
enum class GranularityWord : std::uint8_t { Other, Anchor, Week };
enum class MeridiemWord : std::uint8_t { Other, Am, Pm };
enum class EventWord : std::uint8_t { Other, Before, After };

// One field of one expression. `text` is empty when the field is not set; it points into
// the rule, the lexicon, the text or a FieldValues buffer, never into a temporary.
struct FieldValue {
  std::string_view text;
  std::optional<long> number;  // the text as a whole number ("+3" too), as most keys read it
  std::uint8_t word = 0;       // the key's word: an enum above, or Unit/Season/TimexType + 1
  long easter_offset = 0;      // day=easter-2: days from Easter Sunday (`word` 1)
  std::optional<Amount> amount;  // amount=2+1/2

  bool set() const { return !text.empty(); }
};

// Parses one field's text as `key` reads it.
FieldValue parse_field(Key key, std::string_view text);

// Whether `key` takes `text` as a constant (a unit it knows, a mod of TimeML, ...).
bool accepts(Key key, std::string_view text);

// Where a compiled field's value comes from at match time.
struct FieldSource {
  Key key{};
  int capture = -1;        // >= 0: the whole value is this pattern element's capture
  bool composite = false;  // pieces and captures ("-$1", "$3..$5"): spelled, then parsed
  bool may_range = false;  // its text can hold ".." (a range's two ends): checked per match
  FieldValue constant;     // neither: the value, parsed at load
};

}  // namespace annals::temporal
