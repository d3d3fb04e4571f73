// Event extraction on small documents: what makes an event and what does not.
#include "annals/data_dir.hpp"
#include "annals/events/extractor.hpp"
#include "event_queries.hpp"
#include "hand_timexes.hpp"

#include <doctest/doctest.h>

using namespace annals;
using namespace annals::test;

namespace {

const EventExtractor& extractor() {
  static const auto loaded = EventExtractor::load(data_directory());
  return loaded;
}

std::vector<Event> extract(const std::string& text, const std::vector<HandTimex>& hands) {
  Document document;
  document.text = text;
  auto timexes = make_timexes(text, hands);
  sort_by_offset(timexes);
  return extractor().extract(document, timexes);
}

}  // namespace

TEST_CASE("what becomes an event") {
  struct Row {
    const char* text;
    std::vector<HandTimex> timexes;
    std::size_t events;
    std::string title;  // of the first event, when there is one
  };
  const std::vector<Row> table{
      {"Wang Yi visited Russia.", {}, 0, ""},
      {"Wang Yi visited Russia on Monday.", {{"on Monday", 0, "2023-09-18"}}, 1, "Wang Yi visits Russia"},
      {"Wang Yi will stay in Russia for four days.", {{"four days", 0, "P4D", "", TimexType::Duration}}, 0, ""},
      {"Russia now faces a shortage of arms.", {{"now", 0, "PRESENT_REF"}}, 0, ""},
      {"Wang Yi visits Russia now.", {{"now", 0, "PRESENT_REF"}}, 0, ""},
      {"The weather was fine on Monday.", {{"on Monday", 0, "2023-09-18"}}, 0, ""},
      {"6 hours ago", {{"6 hours ago", 0, "2023-09-19"}}, 0, ""},
      {"Trending\n\nPutin met Xi on Monday.", {{"on Monday", 0, "2023-09-18"}}, 1, "Vladimir Putin meets Xi Jinping"},
      {"Leave a Reply\n\nPutin met Xi on Monday.", {{"on Monday", 0, "2023-09-18"}}, 0, ""},
      {"NATO imposed sanctions on Russia in March 2022.", {{"in March 2022", 0, "2022-03"}}, 1,
       "NATO imposes sanctions on Russia"},
      {"The U.S. and China signed an agreement on 5 May 2021.", {{"on 5 May 2021", 0, "2021-05-05"}}, 1,
       "United States and China sign agreement"},
  };
  for (const auto& row : table) {
    CAPTURE(row.text);
    const auto events = extract(row.text, row.timexes);
    INFO("events:" << describe(events));
    REQUIRE(events.size() == row.events);
    if (!events.empty()) CHECK(events.front().title == row.title);
  }
}

TEST_CASE("a weak alias names the person the document named before") {
  const std::string text =
      "Kim Jong-un arrived in Vladivostok on Tuesday. Kim met Putin on Wednesday. "
      "Kim Yo-jong visited Seoul on Thursday. Kim returned home on Friday.";
  const auto events = extract(text, {{"on Tuesday", 0, "2023-09-12"},
                                     {"on Wednesday", 0, "2023-09-13"},
                                     {"on Thursday", 0, "2023-09-14"},
                                     {"on Friday", 0, "2023-09-15"}});
  INFO("events:" << describe(events));
  CHECK(the_event(events, "meeting", {"Kim Jong-un", "Vladimir Putin"}).when.value == "2023-09-13");
  // The last "Kim" follows a mention of Kim Yo-jong, the most recent Kim.
  CHECK(find_events(events, "visit", {"Kim Yo-jong"}).size() == 1);
  CHECK(find_events(events, "visit", {"Kim Jong-un"}).size() == 1);
}

TEST_CASE("without an earlier full name a weak alias names nobody") {
  const auto events = extract("Wang met Sullivan on Monday.", {{"on Monday", 0, "2023-09-18"}});
  CHECK(events.empty());
}

TEST_CASE("a retold happening is one event with a source per telling") {
  const std::string text =
      "Putin met Xi in Beijing on 18 October. The talks on 18 October lasted hours. "
      "Putin and Xi held talks in Beijing on Wednesday.";
  const auto events = extract(text, {{"on 18 October", 0, "2023-10-18"},
                                     {"on 18 October", 1, "2023-10-18"},
                                     {"on Wednesday", 0, "2023-10-18"}});
  INFO("events:" << describe(events));
  REQUIRE(events.size() == 1);
  CHECK(events.front().sources.size() == 3);
  CHECK(events.front().title == "Vladimir Putin meets Xi Jinping in Beijing");
}

TEST_CASE("different counterparts on neighbouring days stay different meetings") {
  const std::string text = "Wang Yi met Jake Sullivan in Malta on Sunday. Wang Yi met Sergey Lavrov in Moscow on Monday.";
  const auto events = extract(text, {{"on Sunday", 0, "2023-09-17"}, {"on Monday", 0, "2023-09-18"}});
  INFO("events:" << describe(events));
  CHECK(events.size() == 2);
}
