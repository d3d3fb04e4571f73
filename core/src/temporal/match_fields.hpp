// The typed fields of one match: each compiled field of the winning rule, its constant or
// its capture's value, read without building strings (a spelled buffer only for numbers
// and for the few fields written around a capture, like "shift=-$1").
#pragma once

#include "field_value.hpp"
#include "matcher.hpp"
#include "rule_set.hpp"

#include <span>

namespace annals::temporal {

class FieldValues {
 public:
  const FieldValue& operator[](Key key) const { return fields_[index(key)]; }
  bool has(Key key) const { return (*this)[key].set(); }
  std::string_view text(Key key) const { return (*this)[key].text; }
  std::optional<long> number(Key key) const { return (*this)[key].number; }

  std::optional<Unit> unit() const { return word_of<Unit>(Key::Unit); }
  std::optional<Season> season() const { return word_of<Season>(Key::Season); }
  std::optional<TimexType> type() const { return word_of<TimexType>(Key::Type); }
  DirectionWord direction() const { return static_cast<DirectionWord>((*this)[Key::Direction].word); }
  AnchorWord anchor() const { return static_cast<AnchorWord>((*this)[Key::Anchor].word); }
  GranularityWord granularity() const { return static_cast<GranularityWord>((*this)[Key::Granularity].word); }
  MeridiemWord meridiem() const { return static_cast<MeridiemWord>((*this)[Key::Meridiem].word); }
  EventWord event() const { return static_cast<EventWord>((*this)[Key::Event].word); }
  std::optional<long> easter_offset() const;
  const std::optional<Amount>& amount() const { return (*this)[Key::Amount].amount; }

  // Fills in the fields of `rule` for a match with `captures`; clears the previous match's.
  void read(const Rule& rule, const Captures& captures, std::span<const Token> tokens, std::string_view text);

  // "day=16..17": the fields of a range's two ends (fields without ".." belong to both),
  // or false when no field is a range. The ends' texts point into this object.
  bool split_range(FieldValues& from, FieldValues& to) const;

 private:
  static std::size_t index(Key key) { return static_cast<std::size_t>(key); }
  template <class Enum>
  std::optional<Enum> word_of(Key key) const {
    const auto word = (*this)[key].word;
    if (word == 0) return std::nullopt;
    return static_cast<Enum>(word - 1);
  }
  std::string_view capture_text(const Capture& capture, std::span<const Token> tokens, std::string_view text,
                                std::string& spelled) const;

  std::array<FieldValue, key_count> fields_{};
  std::array<std::string, key_count> spelled_;  // numbers and composite fields, as text
  std::uint32_t written_ = 0;                    // keys set by the last read()
  std::uint32_t may_range_ = 0;                  // those whose text may hold ".."
};

// Parses, for every lexicon word, the values that rules capture whole into a key
// ("month=$1" of a MONTH word): once at load, not at every match. The parsed texts point
// into the lexicon, which no longer changes.
void parse_captured_values(TemporalTagger::Rules& rules);

// Compiles the rule's field templates into sources (after loading, once the rules and
// their strings no longer move). `dotted_values`: some lexicon value holds a '.', so a
// captured category value may make a range mark.
void compile_fields(Rule& rule, bool dotted_values);

}  // namespace annals::temporal
