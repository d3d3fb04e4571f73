// Rules keep writing their fields as text ("day=$2..$4 direction=nearest"); the loader
// compiles them into numbers and enums once (field_value.hpp, match_fields.hpp). These
// cases go through each kind of field the compiled form reads: captured numbers, words
// as enums, ranges split at "..", Easter offsets, times with a meridiem, a mod that
// narrows the days while the story keeps the whole period. And every word key still
// rejects a constant it does not know, by file, line and rule.
#include "../support/rules_folder.hpp"
#include "../support/shipped_tagger.hpp"
#include "value_and_days.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace annals;

namespace {

struct Case {
  std::string text;
  std::string expression;  // the expression checked
  std::string value;
  std::string first, last;  // its days, as "YYYY-MM-DD"
};

const Timex* find(const std::vector<Timex>& found, const std::string& text) {
  for (const auto& timex : found)
    if (timex.text == text) return &timex;
  return nullptr;
}

}  // namespace

TEST_CASE("typed fields resolve to the values and days the rules name") {
  const std::vector<Case> cases{
      {"They met from 16 to 17 September.", "from 16 to 17 September", "2023-09-16", "2023-09-16", "2023-09-17"},
      {"Talks resumed between March and May.", "March", "2023-03", "2023-03-01", "2023-03-31"},
      {"Prices fell in the 1990s.", "the 1990s", "199", "1990-01-01", "1999-12-31"},
      {"The war ended in the 19th century.", "the 19th century", "18", "1800-01-01", "1899-12-31"},
      {"He left 3 days ago.", "3 days ago", "2023-09-16", "2023-09-16", "2023-09-16"},
      {"She arrived on Good Friday.", "Good Friday", "2023-04-07", "2023-04-07", "2023-04-07"},
      {"They will meet at 3:30 p.m. on Friday.", "3:30 p.m.", "2023-09-19T15:30", "2023-09-19", "2023-09-19"},
      {"The week of March 6 was busy.", "The week of March 6", "2023-W10", "2023-03-06", "2023-03-12"},
      {"Sales rose in the first quarter of 2021.", "the first quarter of 2021", "2021-Q1", "2021-01-01", "2021-03-31"},
      {"It happened in early 2022.", "early 2022", "2022", "2022-01-01", "2022-05-01"},
      // The story date is the whole of 2022, not its early third.
      {"It happened in early 2022. A year earlier, prices fell.", "A year earlier", "2021", "2021-01-01", "2021-12-31"},
      {"On Monday, Sept. 11, they met. The next day they left.", "The next day", "2023-09-12", "2023-09-12", "2023-09-12"},
  };
  for (const auto& c : cases) {
    INFO(c.text);
    const auto found = testing::shipped_tagger().tag(c.text, testing::september_19);
    const auto* timex = find(found, c.expression);
    REQUIRE(timex != nullptr);
    testing::check_value_and_days(*timex, c.value, c.first, c.last);
  }
}

TEST_CASE("a duration's amount is read from its words") {
  const auto found = testing::shipped_tagger().tag("He spent two and a half years there.", testing::september_19);
  const auto* timex = find(found, "two and a half years");
  REQUIRE(timex != nullptr);
  CHECK(timex->type == TimexType::Duration);
  CHECK(timex->value == "P2Y6M");
  CHECK_FALSE(timex->interval.has_value());
}

TEST_CASE("every key that takes words rejects a constant it does not know") {
  struct Bad {
    std::string field, reason;
  };
  const std::vector<Bad> bad{
      {"unit=fortnight", "bad unit 'fortnight'"},          {"direction=sideways", "bad direction 'sideways'"},
      {"anchor=moon", "bad anchor 'moon'"},                {"granularity=hour", "bad granularity 'hour'"},
      {"meridiem=noon", "bad meridiem 'noon'"},            {"season=MONSOON", "bad season 'MONSOON'"},
      {"part=LUNCH", "bad part 'LUNCH'"},                  {"mod=ALMOST", "bad mod 'ALMOST'"},
      {"type=EVENT", "bad type 'EVENT'"},                  {"event=during", "bad event 'during'"},
  };
  for (const auto& b : bad) {
    INFO(b.field);
    const test::RulesFolder folder("rule odd-field\n  pattern last year\n  value unit=year shift=-1 " + b.field +
                                   "\n  example \"last year\" @ 2023-09-19 => 2022\n");
    const auto message = folder.load_error();
    CHECK(message.find("test.rules:3: rule odd-field: " + b.reason) != std::string::npos);
  }
}
