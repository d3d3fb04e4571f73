// Event extraction never crashes or reads outside the text, whatever the text and
// whatever (even wrong) expression offsets it is given.
#include "annals/data_dir.hpp"
#include "annals/events/extractor.hpp"

#include <doctest/doctest.h>

#include <random>

using namespace annals;

TEST_CASE("random texts and offsets") {
  const auto extractor = EventExtractor::load(data_directory());
  std::mt19937 random(20230919);  // fixed seed: the same cases every run
  const std::vector<std::string> pieces{"Putin", " met ", "Xi", " in ", "Malta", ". ", "\n", "Wang", "’s", " visited ",
                                        "Russia", " on the 18th", ", ", "\xE2\x80\x9C", "U.S.", " and ", "#tag", "(",
                                        "\xED\x95\x9C", "a day before going to Russia", "Leave a Reply", "said "};
  constexpr int cases = 300;
  constexpr int max_pieces = 40;
  std::size_t events = 0;
  for (int i = 0; i < cases; ++i) {
    Document document;
    const auto count = std::uniform_int_distribution<int>(0, max_pieces)(random);
    for (int p = 0; p < count; ++p)
      document.text += pieces[std::uniform_int_distribution<std::size_t>(0, pieces.size() - 1)(random)];
    std::vector<Timex> timexes;
    const auto limit = document.text.size() + 5;  // some offsets past the end on purpose
    for (int t = 0; t < 3; ++t) {
      Timex timex;
      timex.begin = std::uniform_int_distribution<std::size_t>(0, limit)(random);
      timex.end = timex.begin + std::uniform_int_distribution<std::size_t>(0, 12)(random);
      timex.value = "2023-09-18";
      timex.interval = range_of_timex_value(timex.value);
      if (t == 2) {
        timex.interval.reset();
        timex.event_relative = EventRelative{1, Granularity::Day, true, timex.end, timex.end + 16};
      }
      timexes.push_back(timex);
    }
    std::sort(timexes.begin(), timexes.end(), [](const Timex& a, const Timex& b) { return a.begin < b.begin; });
    std::vector<Event> found;
    CHECK_NOTHROW(found = extractor.extract(document, timexes));
    for (const auto& event : found) {
      CHECK_FALSE(event.title.empty());
      CHECK_FALSE(event.sources.empty());
    }
    events += found.size();
  }
  CHECK(events > 0);  // the generator does produce dated happenings
}
