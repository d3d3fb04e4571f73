// Page furniture yields no events: each line's kind.
#include "annals/data_dir.hpp"
#include "annals/events/boilerplate.hpp"
#include "annals/events/sentences.hpp"

#include <doctest/doctest.h>

using namespace annals::events;

namespace {

const BoilerplateRules& rules() {
  static const auto loaded = BoilerplateRules::load(annals::data_directory() / "events" / "boilerplate.tsv");
  return loaded;
}

}  // namespace

TEST_CASE("line kinds") {
  struct Row {
    std::string line;
    LineKind kind;
  };
  const std::vector<Row> table{
      {"6 hours ago", LineKind::Boilerplate},
      {"Updated 2 days ago", LineKind::Boilerplate},
      {"Correspondent Tessa Wong, BBC News", LineKind::Boilerplate},
      {"By Tessa Wong, BBC News", LineKind::Boilerplate},
      {"Additional reporting: BBC Monitoring Correspondent Yvgeny Pudovkin", LineKind::Boilerplate},
      {"picture explanation,", LineKind::Boilerplate},
      {"image copyrightGetty Images", LineKind::Boilerplate},
      {"#Chinese #diplomatic #chief #Wang #visits", LineKind::Boilerplate},
      {"Trending", LineKind::Boilerplate},
      {"Newsletter", LineKind::Boilerplate},
      {"Your email address will not be published. Required fields are marked *", LineKind::Boilerplate},
      {"This site uses Akismet to reduce spam. Learn how your comment data is processed.", LineKind::Boilerplate},
      {"newsdirectory3", LineKind::Heading},
      {"Chinese Foreign Minister Visits Russia to Lay Groundwork for Putin\xE2\x80\x99s Visit to China", LineKind::Heading},
      {"By Monday, the talks had collapsed.", LineKind::Content},
      {"Wang Yi visited Russia on the 18th (local time).", LineKind::Content},
      {"He said the talks were \xE2\x80\x9Cuseful.\xE2\x80\x9D", LineKind::Content},
  };
  for (const auto& row : table) {
    CAPTURE(row.line);
    const auto kinds = rules().classify(row.line, split_lines(row.line));
    REQUIRE(kinds.size() == 1);
    CHECK(kinds.front() == row.kind);
  }
}

TEST_CASE("everything after a comment form is furniture") {
  const std::string text = "Putin met Xi.\nLeave a Reply\nPutin met Xi again.\n";
  const auto kinds = rules().classify(text, split_lines(text));
  CHECK(kinds == std::vector<LineKind>{LineKind::Content, LineKind::Boilerplate, LineKind::Boilerplate});
}
