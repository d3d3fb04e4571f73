// Reading a match's fields. A field is a constant (parsed at load, copied here), one
// capture (its word's lexicon value, its literal or its number, parsed as the key reads
// it), or a composite spelled into a buffer first. Only the keys the rule sets are
// written, and only those of the previous match are cleared.
#include "match_fields.hpp"

#include <algorithm>
#include <bit>
#include <charconv>

namespace annals::temporal {

namespace {

constexpr std::string_view range_mark = "..";

bool digits_only(std::string_view text) {
  return std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// A capture of a number (in digits or words), as opposed to a word's literal or value.
bool numeric(const Capture& capture) {
  return capture.token >= 0 && capture.alternative->kind != Alternative::Kind::Literal &&
         capture.alternative->kind != Alternative::Kind::Category;
}

// A captured category word's value as the lexicon parsed it for `key`, if it did.
const FieldValue* parsed_value(const Capture& capture, std::span<const Token> tokens, Key key) {
  if (capture.token < 0 || capture.alternative->kind != Alternative::Kind::Category) return nullptr;
  const auto* info = tokens[static_cast<std::size_t>(capture.token)].info;
  return info ? info->parsed(capture.alternative->category, key) : nullptr;
}

void spell_number(std::int64_t value, std::string& out) {
  std::array<char, 24> digits{};
  const auto [end, ec] = std::to_chars(digits.data(), digits.data() + digits.size(), value);
  out.append(digits.data(), end);
}

}  // namespace

std::optional<long> FieldValues::easter_offset() const {
  const auto& day = (*this)[Key::Day];
  if (day.word == 0) return std::nullopt;
  return day.easter_offset;
}

// The capture's value as the rule's template would spell it: the literal, the word's value
// in the category, a number as written in digits ("'98" stays two digits), or the value of
// a number written otherwise ("18th", "nineteen").
std::string_view FieldValues::capture_text(const Capture& capture, std::span<const Token> tokens,
                                           std::string_view text, std::string& spelled) const {
  if (capture.token < 0) return {};
  const auto& token = tokens[static_cast<std::size_t>(capture.token)];
  switch (capture.alternative->kind) {
    case Alternative::Kind::Literal: return capture.alternative->literal;
    case Alternative::Kind::Category: {
      const auto* value = token.info->value_of(capture.alternative->category);
      return value ? std::string_view(*value) : std::string_view{};
    }
    case Alternative::Kind::Range:
      if (const auto written = token_text(text, token); digits_only(written)) return written;
      break;
    case Alternative::Kind::Number: case Alternative::Kind::Ordinal: break;
  }
  const auto start = spelled.size();
  spell_number(token.value, spelled);
  return std::string_view(spelled).substr(start);
}

void FieldValues::read(const Rule& rule, const Captures& captures, std::span<const Token> tokens,
                       std::string_view text) {
  // Only the previous match's fields this rule leaves unset are cleared: every source
  // below writes its field whole.
  for (auto bits = written_ & ~rule.source_keys; bits != 0; bits &= bits - 1) fields_[static_cast<std::size_t>(std::countr_zero(bits))] = {};
  written_ = may_range_ = 0;
  for (const auto& source : rule.sources) {
    const auto k = index(source.key);
    written_ |= std::uint32_t{1} << k;
    if (source.may_range) may_range_ |= std::uint32_t{1} << k;
    if (source.capture < 0 && !source.composite) {
      fields_[k] = source.constant;
      continue;
    }
    auto& spelled = spelled_[k];
    spelled.clear();
    if (!source.composite) {
      const auto& capture = captures[static_cast<std::size_t>(source.capture)];
      if (const auto* parsed = parsed_value(capture, tokens, source.key)) {
        fields_[k] = *parsed;
        continue;
      }
      const auto value = capture_text(capture, tokens, text, spelled);
      if (numeric(capture) && source.key != Key::Amount) {
        // A number's text is its digits: no key takes it as a word, its number is the token's.
        fields_[k] = {};
        fields_[k].text = value;
        fields_[k].number = tokens[static_cast<std::size_t>(capture.token)].value;
      } else {
        fields_[k] = parse_field(source.key, value);
      }
      continue;
    }
    // Composite: every piece into the buffer (capture_text may return a view elsewhere).
    for (const auto& piece : rule.fields[k].pieces) {
      if (piece.capture < 0) {
        spelled += piece.text;
        continue;
      }
      const auto start = spelled.size();
      const auto value = capture_text(captures[static_cast<std::size_t>(piece.capture)], tokens, text, spelled);
      if (spelled.size() == start) spelled += value;  // not spelled into the buffer already
    }
    fields_[k] = parse_field(source.key, spelled);
  }
}

bool FieldValues::split_range(FieldValues& from, FieldValues& to) const {
  bool range = false;
  for (auto bits = may_range_; bits != 0; bits &= bits - 1) {
    const auto k = static_cast<std::size_t>(std::countr_zero(bits));
    const auto at = fields_[k].text.find(range_mark);
    if (at == std::string_view::npos) continue;
    if (!range) {
      from.fields_ = fields_;
      to.fields_ = fields_;
      range = true;
    }
    const auto key = static_cast<Key>(k);
    from.fields_[k] = parse_field(key, fields_[k].text.substr(0, at));
    to.fields_[k] = parse_field(key, fields_[k].text.substr(at + range_mark.size()));
  }
  from.written_ = to.written_ = written_;
  from.may_range_ = to.may_range_ = 0;
  return range;
}

namespace {

// Whether what the pattern element captures may hold a '.': a literal spelled with one,
// or a lexicon value when some value has one. Numbers never do.
bool may_capture_dot(const Element& element, bool dotted_values) {
  return std::any_of(element.alternatives.begin(), element.alternatives.end(), [&](const Alternative& alternative) {
    if (alternative.kind == Alternative::Kind::Literal) return alternative.literal.find('.') != std::string::npos;
    return alternative.kind == Alternative::Kind::Category && dotted_values;
  });
}

// A field may be a range ("$3..$5", "day=16..17") only if its pieces can make a "..".
bool may_range(const Rule& rule, const Template& field, bool dotted_values) {
  return std::any_of(field.pieces.begin(), field.pieces.end(), [&](const Template::Piece& piece) {
    if (piece.capture < 0) return piece.text.find('.') != std::string::npos;
    return may_capture_dot(rule.elements[static_cast<std::size_t>(piece.capture)], dotted_values);
  });
}

}  // namespace

void parse_captured_values(TemporalTagger::Rules& rules) {
  // The (category, key) pairs some rule captures whole: "month=$1" where $1 is MONTH.
  std::vector<std::pair<CategoryId, Key>> captured;
  for (const auto& rule : rules.rules)
    for (std::size_t k = 0; k < key_count; ++k) {
      const auto& pieces = rule.fields[k].pieces;
      if (pieces.size() != 1 || pieces[0].capture < 0) continue;
      for (const auto& alternative : rule.elements[static_cast<std::size_t>(pieces[0].capture)].alternatives)
        if (alternative.kind == Alternative::Kind::Category) captured.emplace_back(alternative.category, static_cast<Key>(k));
    }
  std::sort(captured.begin(), captured.end());
  captured.erase(std::unique(captured.begin(), captured.end()), captured.end());
  for (auto& entry : rules.lexicon.words) {
    auto& info = entry.second;
    info.parsed_values.clear();
    for (const auto& [category, value] : info.categories)
      for (const auto& [wanted, key] : captured)
        if (wanted == category) info.parsed_values.push_back({category, key, parse_field(key, value)});
  }
}

void compile_fields(Rule& rule, bool dotted_values) {
  rule.sources.clear();
  rule.source_keys = 0;
  for (std::size_t k = 0; k < key_count; ++k) {
    const auto& pieces = rule.fields[k].pieces;
    if (pieces.empty()) continue;
    FieldSource source;
    source.key = static_cast<Key>(k);
    if (pieces.size() == 1 && pieces[0].capture >= 0) source.capture = pieces[0].capture;
    else if (pieces.size() == 1) source.constant = parse_field(source.key, pieces[0].text);
    else source.composite = true;
    source.may_range = may_range(rule, rule.fields[k], dotted_values);
    rule.sources.push_back(source);
    rule.source_keys |= std::uint32_t{1} << k;
  }
}

}  // namespace annals::temporal
