// The gazetteer: aliases, titles, demonyms, weak aliases resolved by earlier mentions.
#include "annals/data_dir.hpp"
#include "annals/events/gazetteer.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace annals::events;

namespace {

const Gazetteer& gazetteer() {
  static const auto loaded = Gazetteer::load(annals::data_directory() / "events" / "gazetteer.tsv");
  return loaded;
}

// Canonical names found in each sentence, read in order with one memory.
std::vector<std::vector<std::string>> names_in(const std::vector<std::string>& sentences) {
  DocumentMemory memory;
  std::vector<std::vector<std::string>> out;
  for (const auto& sentence : sentences) {
    std::vector<std::string> names;
    for (const auto& mention : gazetteer().find(tokenize(sentence, {0, sentence.size()}), memory))
      names.push_back(gazetteer().entity(mention.entity, memory).name + (mention.demonym ? " (adj)" : ""));
    out.push_back(names);
  }
  return out;
}

}  // namespace

TEST_CASE("aliases map to canonical names") {
  struct Row {
    std::vector<std::string> sentences;
    std::vector<std::vector<std::string>> names;
  };
  const std::vector<Row> table{
      {{"President Putin met Chairman Kim."}, {{"Vladimir Putin", "Kim Jong-un"}}},
      {{"Minister Lavrov and Director Wang spoke."}, {{"Sergey Lavrov", "Wang Yi"}}},
      {{"The ICC and the International Criminal Court."}, {{"International Criminal Court", "International Criminal Court"}}},
      {{"Putin\xE2\x80\x99s visit to China\xE2\x80\x99s capital."}, {{"Vladimir Putin", "China"}}},
      {{"China\xE2\x80\x99s Ministry of Foreign Affairs said so."}, {{"Chinese Foreign Ministry"}}},
      {{"US-China relations"}, {{"United States", "China"}}},
      {{"Russian media reported on Chinese policy."}, {{"Russia (adj)", "China (adj)"}}},
      {{"North Korean leader Kim Jong-un in Pyongyang."}, {{"North Korea (adj)", "Kim Jong-un", "Pyongyang"}}},
      {{"Jake Sullivan and the UN and NATO and the EU."}, {{"Jake Sullivan", "United Nations", "NATO", "European Union"}}},
      {{"Xi Jinping and Xi."}, {{"Xi Jinping", "Xi Jinping"}}},
      // weak aliases: nobody until the full name has been read
      {{"Wang left.", "Wang Yi arrived.", "Wang left."}, {{}, {"Wang Yi"}, {"Wang Yi"}}},
      {{"Kim Jong-un spoke.", "Kim Yo-jong spoke.", "Kim left."}, {{"Kim Jong-un"}, {"Kim Yo-jong"}, {"Kim Yo-jong"}}},
      {{"us and them"}, {{}}},  // case matters: "us" is not the United States
      // people the gazetteer does not know, introduced by a title
      {{"Prime Minister John Howard spoke.", "Howard left."}, {{"John Howard"}, {"John Howard"}}},
      {{"Australian Prime Minister John Howard\xE2\x80\x99s plan."}, {{"Australia (adj)", "John Howard"}}},
      {{"U.S. Secretary of State Madeleine Albright arrived."}, {{"United States", "Madeleine Albright"}}},
      {{"spokesman Yuri Gremitskikh said"}, {{"Yuri Gremitskikh"}}},
      {{"the National Security Council met"}, {{"National Security Council"}}},  // not the UN one
      {{"President Of The Board"}, {{}}},
      {{"Director General Of Something Very Long Name Here"}, {{}}},
      {{"Howard left."}, {{}}},  // a surname alone needs the full name first
  };
  for (const auto& row : table) {
    CAPTURE(row.sentences.front());
    CHECK(names_in(row.sentences) == row.names);
  }
}

TEST_CASE("titles before a person belong to the mention") {
  const std::string sentence = "Chinese Foreign Minister Wang Yi arrived.";
  DocumentMemory memory;
  const auto tokens = tokenize(sentence, {0, sentence.size()});
  const auto mentions = gazetteer().find(tokens, memory);
  REQUIRE(mentions.size() == 2);
  CHECK(mentions[0].demonym);
  CHECK(mentions[1].first == 1);  // "Foreign"
  CHECK(tokens[mentions[1].first].text == "Foreign");
  CHECK(gazetteer().entity(mentions[1].entity).title_name == "Wang Yi");
}

TEST_CASE("entity attributes") {
  const auto icc = gazetteer().find_entity("International Criminal Court");
  REQUIRE(icc);
  CHECK(gazetteer().entity(*icc).title_name == "ICC");
  CHECK(gazetteer().entity(*icc).kind == EntityKind::Organisation);
  const auto pyongyang = gazetteer().find_entity("Pyongyang");
  REQUIRE(pyongyang);
  CHECK(gazetteer().entity(*pyongyang).country == "North Korea");
  CHECK(gazetteer().is_locative("in"));
  CHECK(gazetteer().is_topic("war"));
  CHECK(gazetteer().is_title_word("minister"));
}
