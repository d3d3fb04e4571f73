// The temporal tagger: finds temporal expressions in text and resolves each to a TIMEX3
// value and the absolute days it denotes. Rules and lexicons are data (data/temporal);
// this is the engine that reads and applies them.
#pragma once

#include "annals/timex.hpp"

#include <date/date.h>

#include <filesystem>
#include <memory>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace annals {

namespace temporal {  // engine internals (core/src/temporal)
class Matcher;
struct Match;
struct Token;
struct ResolutionContext;
}  // namespace temporal

// Which way an expression without tense points ("in October", "on Monday").
enum class Direction { Past, Future };

struct TaggingContext {
  date::sys_days published{};            // the document creation time everything is relative to
  Direction prefer = Direction::Past;    // default for text whose tense does not decide
};

// Raised by TemporalTagger::load; what() lists every bad rule as "file:line: rule ID: why".
class RuleError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// An example a rule carries in its file: tagging `text` published on `published` must give
// a timex from that rule with `value` ("none": no timex from it; "event": dated only
// relative to another happening) and `mod`.
struct RuleExample {
  std::string rule;
  std::string file;
  int line = 0;
  std::string text;
  std::string published;  // YYYY-MM-DD
  std::string value;
  std::string mod;
  std::string prefer;  // "past", "future" or empty
};

class TemporalTagger {
 public:
  // Reads data_dir/temporal. Throws RuleError naming every invalid rule or lexicon entry.
  static TemporalTagger load(const std::filesystem::path& data_dir);

  // All temporal expressions of `text`, in text order, non-overlapping. Linear in the text.
  std::vector<Timex> tag(std::string_view text, const TaggingContext& context) const;

  // Every example of every loaded rule, in file order (one test runs them all).
  std::vector<RuleExample> examples() const;
  std::size_t rule_count() const;

  struct Rules;  // the loaded rules, opaque outside the engine

 private:
  explicit TemporalTagger(std::shared_ptr<const Rules> rules) : rules_(std::move(rules)) {}
  // One match made into a timex (resolved, or event-relative), built in place at the end of
  // `found`; false, with `found` as it was: no real date.
  bool add_timex(const temporal::Matcher& matcher, const temporal::Match& match, std::string_view text,
                 std::span<const temporal::Token> tokens, temporal::ResolutionContext& context,
                 std::vector<Timex>& found) const;
  std::shared_ptr<const Rules> rules_;
};

}  // namespace annals
