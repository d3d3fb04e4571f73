// Resolution: the second half of the engine. Extraction gives the unresolved fields a rule
// set ("month=7 direction=before", "unit=year shift=-1 month=12"); this turns them, with
// the reference date and the tense around the words, into a TIMEX3 value and its days.
#pragma once

#include "annals/temporal/tagger.hpp"
#include "rule_set.hpp"
#include "tense.hpp"
#include "value_text.hpp"

#include <optional>
#include <string>

namespace annals::temporal {

class FieldValues;

inline constexpr std::size_t granularity_count = static_cast<std::size_t>(Granularity::Century) + 1;

struct ResolutionContext {
  ResolutionContext(date::sys_days published_on, Direction preferred) : published(published_on), prefer(preferred) {}
  date::sys_days published{};
  Direction prefer = Direction::Past;    // when the tense does not decide
  std::optional<DateRange> story;        // the date the text last spoke of
  // The last period of each granularity the text spoke of ("the quarter" = the quarter
  // last mentioned), indexed by Granularity.
  std::array<std::optional<DateRange>, granularity_count> story_of{};

  // The expression now resolved: its tense is read from the words around it the first
  // time a resolution asks (dates with a year, durations and counted periods never do).
  void expression_at(const TenseQuery& words) {
    words_ = words;
    tense_read_ = false;
  }
  // "publication date 2023-09-19", written once per text.
  const std::string& publication_anchor() const;
  std::optional<Direction> tense() const {
    if (!tense_read_) {
      tense_ = words_.read();
      tense_read_ = true;
    }
    return tense_;
  }

 private:
  TenseQuery words_;
  mutable std::optional<Direction> tense_;
  mutable bool tense_read_ = false;
  mutable std::string publication_anchor_;
};

// What a value was resolved against, for "why this date": kept as the day range and
// written out once, into the Timex ("publication date 2023-09-19", "story date 2023-09").
struct ResolvedAgainst {
  enum class Kind : std::uint8_t { Nothing, Publication, Story } kind = Kind::Nothing;
  DateRange story{};
  static ResolvedAgainst publication() { return {Kind::Publication, {}}; }
  static ResolvedAgainst story_date(const DateRange& date) { return {Kind::Story, date}; }
};

// A resolution holds no strings: the value is written in place and the mod points into
// the rule or the lexicon, so resolving allocates nothing.
struct Resolution {
  TimexType type = TimexType::Date;
  ValueText value;
  std::string_view mod;
  std::optional<DateRange> interval;
  std::optional<DateRange> whole;  // the value's days before the mod narrows them
  ResolvedAgainst anchor;
};

// The anchor's words ("publication date 2023-09-19"), as the Timex shows them.
void write_anchor(const ResolvedAgainst& anchor, const ResolutionContext& context, std::string& out);

// nullopt when the fields name no real date ("February 30", "the 32nd", week 54).
std::optional<Resolution> resolve(const FieldValues& fields, const ResolutionContext& context);

// Parses the fields' constant values; used by the loader to reject bad rules early.
bool valid_constant(Key key, std::string_view value);

}  // namespace annals::temporal
