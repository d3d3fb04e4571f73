// The loaded form of data/temporal: lexicon words with their categories, and compiled
// rules (pattern elements + value template + examples). Built once by the loader, then
// read-only and shared by every tagging call.
#pragma once

#include "annals/temporal/tagger.hpp"
#include "field_value.hpp"
#include "spelling_table.hpp"
#include "tokens.hpp"

#include <array>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace annals::temporal {

using CategoryId = std::uint16_t;
using RuleIndex = std::uint32_t;
// Token features as bits (matcher.hpp): an element rejects most tokens with one AND.
using FeatureMask = std::uint64_t;

// A rule that may start on a token, and the features the token after it may have.
struct Candidate {
  RuleIndex rule = 0;
  FeatureMask next = 0;
  // What the second and third tokens after the first may be; all bits where the match may
  // have ended before them. Tested with `next` before the rule is tried.
  std::array<FeatureMask, 2> then{~FeatureMask{0}, ~FeatureMask{0}};
};

// The rules that may start on one kind of token, split so that the usual case (the next
// token can continue none of them) is one AND: `open` may match the first token alone,
// `bounded` need a next token with one of their `next` features, `bounded_next` the union.
// The order of trying does not matter: the longest match wins, then the lowest rule.
struct Starts {
  std::vector<Candidate> open, bounded;
  FeatureMask bounded_next = 0;
  // What the next token must share a bit with for any of these to be worth trying: all
  // bits when some rule may end on the first token, else bounded_next.
  FeatureMask worth_next = 0;
  // `bounded` by the next token's features, so that a try picks the candidates that token
  // can continue without testing each: for each bit of bounded_next, in order, the
  // candidates (bit i: bounded[i]) whose `next` has it. Empty when there are more than
  // max_indexed_bounded candidates; those are tested one by one.
  std::vector<std::uint64_t> bounded_by_next;
  static constexpr std::size_t max_indexed_bounded = 64;
  bool empty() const { return open.empty() && bounded.empty(); }
};

enum class Key : std::uint8_t;  // the keys a rule's value template may set (below)

// A lexicon value parsed as one key reads it ("9" as a month, "year" as a unit).
struct ParsedValue {
  CategoryId category = 0;
  Key key{};
  FieldValue value;
};

// What the lexicon and the rules know about one lower-cased spelling.
struct WordInfo {
  std::vector<std::pair<CategoryId, std::string>> categories;  // category and its value
  std::vector<RuleIndex> first_of;  // rules whose match can start on this spelling
  Starts starts;                    // first_of with what may follow (index_for_matching)
  bool starts_rules = false;        // !starts.empty(), asked of every token
  FeatureMask features = 0;         // its categories and spelling as bits
  FeatureMask spelling_feature = 0; // its spelling's bit, when a pattern names it
  // Its values as a number word, ordinal word and multiplier, read while folding numbers
  // (index_number_words); -1 when it is not one. `folds`: it is a number or ordinal word.
  std::int64_t number_value = -1, ordinal_value = -1, multiplier_value = -1;
  bool folds = false;
  // Its categories as bits (ids below 64; index_for_matching), so that a pattern's
  // category test need not search `categories`.
  std::uint64_t category_bits = 0;
  static constexpr CategoryId category_bit_count = 64;
  bool in_category(CategoryId category) const {
    return category < category_bit_count ? (category_bits >> category) & 1 : value_of(category) != nullptr;
  }
  // Its values parsed for the keys rules capture them into (parse_captured_values), so
  // that reading a match's fields copies them instead of parsing text.
  std::vector<ParsedValue> parsed_values;
  const FieldValue* parsed(CategoryId category, Key key) const {
    for (const auto& parsed : parsed_values)
      if (parsed.category == category && parsed.key == key) return &parsed.value;
    return nullptr;
  }
  const std::string* value_of(CategoryId category) const {
    for (const auto& [id, value] : categories)
      if (id == category) return &value;
    return nullptr;
  }
};

// One alternative of a pattern element: a literal spelling, a lexicon category, a digit
// number in a range, any number, or any ordinal.
struct Alternative {
  enum class Kind : std::uint8_t { Literal, Category, Range, Number, Ordinal } kind = Kind::Literal;
  std::string literal;
  const WordInfo* word = nullptr;  // Literal: the lexicon entry of `literal` (compared by address)
  CategoryId category = 0;
  std::int64_t low = 0, high = 0;
  std::uint8_t digits = 0;  // Range: exact digit count when non-zero
  bool ordinal = false;     // Range written "#1-31th": an ordinal in digits ("18th")
};

struct Element {
  std::vector<Alternative> alternatives;
  bool optional = false;     // `x?`
  bool capitalized = false;  // `x^`: the token must start with a capital letter
  bool negated = false;      // `!x`: zero-width, the next token must not match x
  bool behind = false;       // `<x`: zero-width, the token before must match x
  bool ahead = false;        // `>x`: zero-width, the next token must match x
  FeatureMask features = 0;  // a matching token has one of these (index_for_matching)
  bool zero_width() const { return negated || behind || ahead; }
};

// The patterns as the matcher walks them (pack_patterns, matcher.cpp): every rule's elements
// in one array and their alternatives in another, in rule order, small and without strings,
// so that a try reads a line or two instead of a Rule, its element vector and one
// alternative vector per element (cache misses, not instructions, set the matcher's pace).
// A word alternative (literal or category) is one test without a switch on its kind: the
// token's entry is `word` or has a bit of `category_bits` (or, for categories past the
// bits, `category` found by value_of when `searched`).
struct PackedAlternative {
  const Alternative* source = nullptr;  // what a capture points to
  const WordInfo* word = nullptr;       // Literal
  std::uint64_t category_bits = 0;      // Category with an id below WordInfo::category_bit_count
  std::int64_t low = 0, high = 0;       // Range
  CategoryId category = 0;              // Category
  Alternative::Kind kind = Alternative::Kind::Literal;
  std::uint8_t digits = 0;
  bool ordinal = false;
  bool searched = false;                // Category with a larger id
  bool takes_words() const { return kind == Alternative::Kind::Literal || kind == Alternative::Kind::Category; }
};

struct PackedElement {
  FeatureMask features = 0;
  std::uint32_t first_alternative = 0;  // into Rules::packed_alternatives
  std::uint32_t alternatives = 0;       // how many
  bool optional = false, capitalized = false, negated = false, behind = false, ahead = false;
  bool zero_width() const { return negated || behind || ahead; }
};

// One rule's elements: packed_elements[first, first + count).
struct PackedPattern {
  std::uint32_t first = 0, count = 0;
};

// The keys a rule's value template may set; the resolver reads them.
enum class Key : std::uint8_t {
  Type, Value, Year, Month, Day, Weekday, Season, Quarter, Half, Week, Decade, Century,
  Hour, Minute, Part, Unit, Shift, Amount, Direction, Anchor, Mod, Granularity, Event, Meridiem,
  Timeml, Count
};
inline constexpr std::size_t key_count = static_cast<std::size_t>(Key::Count);
std::string_view key_name(Key key);

// A template like "-$2" or "P$1Y": literal pieces and capture references.
struct Template {
  struct Piece {
    std::string text;
    int capture = -1;  // >= 0: index of the pattern element whose value goes here
  };
  std::vector<Piece> pieces;
  bool empty() const { return pieces.empty(); }
};

struct Example {
  std::string text;
  std::string published;  // YYYY-MM-DD
  std::string value;
  std::string mod;
  std::string prefer;  // "past" / "future" / empty
  int line = 0;
};

struct Rule {
  std::string id;
  std::string file;
  int line = 0;
  std::vector<Element> elements;
  std::array<Template, key_count> fields;
  std::vector<FieldSource> sources;  // `fields` compiled once loaded (match_fields.hpp)
  std::uint32_t source_keys = 0;     // the keys of `sources`, as bits
  std::vector<Example> examples;
};

// Transparent hashing so a token's string_view finds its WordInfo without allocating.
struct StringHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
};

struct Lexicon {
  std::vector<std::string> category_names;  // CategoryId -> name ("month")
  std::unordered_map<std::string, WordInfo, StringHash, std::equal_to<>> words;
  SpellingTable spellings;  // `words` for the tokenizer (the loader builds it last)
  const WordInfo* find(std::string_view word) const {
    const auto found = words.find(word);
    return found == words.end() ? nullptr : &found->second;
  }
  std::optional<CategoryId> category(std::string_view name) const;
};

}  // namespace annals::temporal

namespace annals {

struct TemporalTagger::Rules {
  temporal::Lexicon lexicon;
  std::vector<temporal::Rule> rules;
  std::vector<temporal::RuleIndex> number_first;   // rules that can start on a number
  std::vector<temporal::RuleIndex> ordinal_first;  // rules that can start on an ordinal
  // The same with what may follow, by the token's digit count (0: written in words): a
  // rule whose first element wants "#1000-2999:4" is not tried on "12".
  std::array<temporal::Starts, temporal::max_number_digits + 1> number_starts, ordinal_starts;
  // Categories the engine itself consults (tense cues, number words); looked up once.
  temporal::CategoryId number_word = 0, multiplier = 0, ordinal_word = 0, ordinal_suffix = 0;
  temporal::CategoryId past_cue = 0, future_cue = 0, past_suffix = 0, sentence_end = 0, be_auxiliary = 0;
  std::vector<std::string> past_suffixes;  // spellings in category past_suffix ("ed")
  // The rules' patterns packed for the matcher (rule_set.hpp: PackedPattern), by RuleIndex.
  std::vector<temporal::PackedPattern> patterns;
  std::vector<temporal::PackedElement> packed_elements;
  std::vector<temporal::PackedAlternative> packed_alternatives;
};

}  // namespace annals
