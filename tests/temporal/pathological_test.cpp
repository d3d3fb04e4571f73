// Inputs built to break a tagger (bench/pathological_inputs.hpp): the tagger must finish
// without crashing and give only well-formed timexes, and must never turn an impossible
// date ("February 30, 2023", "the 32nd") into a day. Correctness only: how the time grows
// with the input is measured by the annals_bench_linear benchmark, not asserted here.
#include "news_corpus.hpp"
#include "pathological_inputs.hpp"

#include "../support/shipped_tagger.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <regex>
#include <string>

using namespace annals;

namespace {

using annals::testing::september_19;
const TemporalTagger& tagger() { return annals::testing::shipped_tagger(); }

// TIMEX3 value grammar (TimeML 1.2.1), written loosely: it rejects garbage, not rare forms.
bool well_formed_value(const std::string& value) {
  static const std::regex grammar(
      "(PRESENT|PAST|FUTURE)_REF"
      "|PT?([0-9]+(\\.[0-9]+)?|X+)[A-Z]{1,2}(T?([0-9]+(\\.[0-9]+)?|X+)[A-Z]{1,2})*"
      "|(BC[0-9]{1,4}|[0-9X]{2,4}|FY[0-9X]{4})"
      "(-[0-9X]{2}(-[0-9X]{2})?|-W[0-9X]{2}(-([1-7X]|WE))?|-WE|-Q[1-4X]|-H[12X]|-(SP|SU|FA|WI))?"
      "(T([0-9X]{2}(:[0-9X]{2}(:[0-9X]{2})?)?|MO|MI|AF|EV|NI|DT)(Z|[+-][0-9]{2}(:?[0-9]{2})?)?)?"
      "|T([0-9X]{2}(:[0-9X]{2})?|MO|MI|AF|EV|NI|DT)");
  return std::regex_match(value, grammar);
}

// Why the calendar fields of `value` cannot exist (month 13, 30 February, week 54), or "".
std::string calendar_problem(const std::string& value) {
  static const std::regex day_form("(?:BC)?([0-9]{4}|XXXX)-([0-9]{2})(?:-([0-9]{2}))?(?:T.*)?");
  static const std::regex week_form("(?:BC)?[0-9X]{4}-W([0-9]{2}).*");
  std::smatch m;
  if (std::regex_match(value, m, week_form)) {
    const int week = std::stoi(m[1]);
    return week >= 1 && week <= 53 ? "" : "no week " + m[1].str();
  }
  if (!std::regex_match(value, m, day_form)) return "";
  const unsigned month = static_cast<unsigned>(std::stoi(m[2]));
  if (month < 1 || month > 12) return "no month " + m[2].str();
  if (!m[3].matched) return "";
  // An unknown year ("XXXX-02-29") is checked against a leap year.
  const int year = m[1] == "XXXX" ? 2024 : std::stoi(m[1]);
  const date::year_month_day day{date::year{year}, date::month{month},
                                 date::day{static_cast<unsigned>(std::stoi(m[3]))}};
  return day.ok() ? "" : "no such day";
}

// Every invariant a timex of `text` must keep, whatever the text.
void check_timexes(std::string_view text, const std::vector<Timex>& timexes) {
  std::size_t previous_end = 0;
  for (const auto& t : timexes) {
    CAPTURE(t.begin);
    CAPTURE(t.value);
    REQUIRE(t.begin < t.end);
    REQUIRE(t.end <= text.size());
    CHECK(t.begin >= previous_end);  // in text order, non-overlapping
    CHECK(t.text == text.substr(t.begin, t.end - t.begin));
    if (t.event_relative) {
      // "a day before going to Russia": the value waits for event extraction to date it.
      CHECK(t.event_relative->event_begin <= t.event_relative->event_end);
      CHECK(t.event_relative->event_end <= text.size());
    }
    if (!t.event_relative || !t.value.empty()) CHECK(well_formed_value(t.value));
    CHECK(calendar_problem(t.value) == "");
    previous_end = t.end;
  }
}

}  // namespace

TEST_CASE("the value checks of this file reject what they should") {
  for (const std::string good : {"2023-09-18", "2023-W37", "P4D", "PT3H", "PXY", "PAST_REF", "198", "BC44",
                                 "XXXX-12-25", "2013-03-22TAF", "2013-03-23T15:00", "2023-SP", "XXXX-WXX-1"}) {
    CAPTURE(good);
    CHECK(well_formed_value(good));
    CHECK(calendar_problem(good) == "");
  }
  for (const std::string bad : {"", "20x3", "2023-09-18-", "P", "yesterday", "2023-9-1"}) {
    CAPTURE(bad);
    CHECK_FALSE(well_formed_value(bad));
  }
  for (const std::string impossible : {"2023-02-30", "2023-13", "2023-13-45", "XXXX-04-31", "2023-W54"}) {
    CAPTURE(impossible);
    CHECK(calendar_problem(impossible) != "");
  }
}

TEST_CASE("pathological inputs finish and give only well-formed timexes") {
  const auto prose = bench::reference_document().text;
  constexpr std::size_t large = 256 * 1024;  // big enough to matter, small for sanitizer builds
  for (const auto kind : bench::all_pathological_kinds()) {
    const std::string kind_name(bench::to_string(kind));
    CAPTURE(kind_name);
    for (const std::size_t size : {std::size_t{0}, std::size_t{1}, std::size_t{5}, std::size_t{17}, large}) {
      CAPTURE(size);
      const auto text = bench::make_pathological(kind, size, prose);
      REQUIRE(text.size() == size);
      for (const auto prefer : {Direction::Past, Direction::Future}) {
        TaggingContext context = september_19;
        context.prefer = prefer;
        check_timexes(text, tagger().tag(text, context));
      }
    }
  }
}

TEST_CASE("a long line of news prose is still tagged") {
  // The long line keeps its dates: an engine that gives up on long input fails here.
  const auto prose = bench::reference_document().text;
  const auto line = bench::make_pathological(bench::PathologicalKind::LongLine, 1024 * 1024, prose);
  const auto in_prose = tagger().tag(prose, september_19).size();
  const auto in_line = tagger().tag(line, september_19);
  check_timexes(line, in_line);
  CHECK(in_prose > 0);
  // Joining lines may change a few matches at the seams, so ask for half of the copies.
  CHECK(in_line.size() >= in_prose * (line.size() / prose.size()) / 2);
}

TEST_CASE("impossible dates are not emitted as days, their possible neighbours are") {
  struct Case {
    const char* impossible;
    const char* possible;
    const char* possible_value;
  };
  const Case cases[] = {
      {"The talks were held on February 30, 2023.", "The talks were held on February 28, 2023.", "2023-02-28"},
      {"The deal was signed 2023-13-45 in Geneva.", "The deal was signed 2023-12-25 in Geneva.", "2023-12-25"},
      {"He arrived on 31 April 2023.", "He arrived on 30 April 2023.", "2023-04-30"},
      {"It was filed on 2023-02-29.", "It was filed on 2024-02-29.", "2024-02-29"},
      {"The vote is set for the 32nd.", nullptr, nullptr},
      {"The vote was held on September 31.", nullptr, nullptr},
  };
  for (const auto& c : cases) {
    const std::string text = c.impossible;
    CAPTURE(text);
    const auto timexes = tagger().tag(text, september_19);
    check_timexes(text, timexes);
    for (const auto& t : timexes) {
      CAPTURE(t.value);
      const auto range = range_of_timex_value(t.value, t.mod);
      CHECK_FALSE((range && range->granularity == Granularity::Day));
    }
    if (!c.possible) continue;
    const std::string control = c.possible;
    CAPTURE(control);
    const auto found = tagger().tag(control, september_19);
    CHECK(std::any_of(found.begin(), found.end(), [&](const Timex& t) { return t.value == c.possible_value; }));
  }
}
