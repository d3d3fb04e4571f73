// Trigger words to event types, title templates, and type compatibility.
#include "annals/data_dir.hpp"
#include "annals/events/title.hpp"
#include "annals/events/triggers.hpp"

#include <doctest/doctest.h>

using namespace annals::events;

namespace {

const TriggerLexicon& triggers() {
  const auto dir = annals::data_directory() / "events";
  static const auto loaded = TriggerLexicon::load(dir / "types.tsv", dir / "triggers.tsv");
  return loaded;
}

}  // namespace

TEST_CASE("trigger phrases give the event type") {
  struct Row {
    std::string sentence;
    std::string first_type;  // of the first trigger found; "" when none
    Aspect aspect;
    bool weak;
  };
  const std::vector<Row> table{
      {"Wang Yi visited Russia", "visit", Aspect::Whole, false},
      {"they HELD TALKS in Malta", "meeting", Aspect::Whole, false},
      {"the ICC issued an arrest warrant", "warrant", Aspect::Whole, false},
      {"at the Belt and Road Forum", "summit", Aspect::Whole, false},
      {"Putin said he would come", "statement", Aspect::Whole, true},
      {"Kim returned home with gifts", "visit", Aspect::End, false},
      {"the EU imposed new sanctions", "sanctions", Aspect::Whole, false},
      {"both sides signed the accord", "agreement", Aspect::Whole, false},
      {"the presidential election", "election", Aspect::Whole, false},
      {"the city was attacked", "attack", Aspect::Whole, false},
      {"China's peace plan for Ukraine", "proposal", Aspect::Whole, false},
      {"an intelligence report", "report", Aspect::Whole, false},
      {"the weather was fine", "", Aspect::Whole, false},
  };
  for (const auto& row : table) {
    CAPTURE(row.sentence);
    const auto hits = triggers().find(tokenize(row.sentence, {0, row.sentence.size()}));
    if (row.first_type.empty()) {
      CHECK(hits.empty());
      continue;
    }
    REQUIRE_FALSE(hits.empty());
    CHECK(hits.front().trigger->type == row.first_type);
    CHECK(hits.front().trigger->aspect == row.aspect);
    CHECK(hits.front().trigger->weak == row.weak);
  }
}

TEST_CASE("the longest trigger phrase wins") {
  const std::string sentence = "they held a meeting";
  const auto hits = triggers().find(tokenize(sentence, {0, sentence.size()}));
  REQUIRE(hits.size() == 1);
  CHECK(hits.front().first == 1);
  CHECK(hits.front().last == 4);
}

TEST_CASE("compatible types") {
  CHECK(triggers().compatible("meeting", "meeting"));
  CHECK(triggers().compatible("meeting", "summit"));
  CHECK(triggers().compatible("warrant", "legal"));
  CHECK_FALSE(triggers().compatible("visit", "meeting"));
  CHECK_FALSE(triggers().compatible("report", "attack"));
}

TEST_CASE("title templates") {
  struct Row {
    std::vector<std::string> templates;
    TitleSlots slots;
    std::string title;  // "" when no template can be filled
    std::size_t alternative;
  };
  const std::vector<Row> table{
      {{"{subject} meets {object}[ in {place}]"}, {{"subject", "Wang Yi"}, {"object", "Jake Sullivan"}, {"place", "Malta"}},
       "Wang Yi meets Jake Sullivan in Malta", 0},
      {{"{subject} meets {object}[ in {place}]"}, {{"subject", "Wang Yi"}, {"object", "Jake Sullivan"}, {"place", ""}},
       "Wang Yi meets Jake Sullivan", 0},
      {{"{subject} meets {object}", "{subject} holds talks"}, {{"subject", "Wang Yi"}, {"object", ""}},
       "Wang Yi holds talks", 1},
      {{"{trigger} released"}, {{"trigger", "intelligence report"}}, "Intelligence report released", 0},
      {{"{subject} visits {places}"}, {{"subject", ""}}, "", 0},
  };
  for (const auto& row : table) {
    CAPTURE(row.title);
    const auto title = render_title(row.templates, row.slots);
    if (row.title.empty()) {
      CHECK_FALSE(title);
      continue;
    }
    REQUIRE(title);
    CHECK(title->text == row.title);
    CHECK(title->alternative == row.alternative);
  }
  CHECK(split_templates("a || b ||  c") == std::vector<std::string>{"a", "b", "c"});
}
