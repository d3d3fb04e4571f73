#include "annals/formats/timeml_article.hpp"

#include "annals/date_range.hpp"
#include "annals/formats/input_file.hpp"
#include "annals/formats/timeml.hpp"

#include <doctest/doctest.h>

using namespace annals;
using namespace annals::formats;

namespace {
std::string strings_trimmed(const std::string& text) {
  const auto begin = text.find_first_not_of(" \n");
  return text.substr(begin, text.find_last_not_of(" \n") - begin + 1);
}
}  // namespace

TEST_CASE("TimeML: the text without tags, dated by the document creation time") {
  const std::string tml = R"(<?xml version="1.0" ?>
<TimeML xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<DOCID>wsj_0001</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1989-10-26" temporalFunction="false" functionInDocument="CREATION_TIME">10/26/89</TIMEX3></DCT>
<TEXT>
The company said <TIMEX3 tid="t1" type="DATE" value="1989-10-25">yesterday</TIMEX3> it would <EVENT eid="e1" class="OCCURRENCE">merge</EVENT>.
</TEXT>
</TimeML>)";
  const auto result = read_timeml_article("wsj_0001.tml", tml);
  REQUIRE(result.failures.empty());
  REQUIRE(result.articles.size() == 1);
  CHECK(result.articles[0].document.title == "wsj_0001");
  CHECK(strings_trimmed(result.articles[0].document.text) == "The company said yesterday it would merge.");
  CHECK(format_iso(*result.articles[0].metadata_date) == "1989-10-26");
}

TEST_CASE("TimeML: malformed files and impossible creation times name the file") {
  struct Case {
    const char* name;
    const char* xml;
    const char* message_start;
  };
  const Case cases[] = {
      {"b.tml", "<TimeML>\n<TEXT>x</TIMEX3>\n</TimeML>", "b.tml:2: malformed TimeML"},
      {"i.tml", "<TimeML>\n<DCT><TIMEX3 value=\"1989-02-30\"/></DCT><TEXT>x</TEXT></TimeML>",
       "i.tml: no document creation time"},
  };
  for (const auto& c : cases) {
    try {
      read_timeml_article(c.name, c.xml);
      FAIL("expected an InputError");
    } catch (const InputError& error) {
      CHECK(std::string(error.what()).find(c.message_start) == 0);
    }
  }
}

TEST_CASE("TimeML without a DCT reads as an undated article; evaluation still requires one") {
  const std::string tml = "<?xml version=\"1.0\"?>\n<TimeML>\n<DOCID>nodct</DOCID>\n"
                          "<TEXT>Wang Yi met Lavrov <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2023-09-18\">on Monday</TIMEX3>.</TEXT>\n"
                          "</TimeML>\n";
  const auto result = read_timeml_article("nodct.tml", tml);
  REQUIRE(result.failures.empty());
  REQUIRE(result.articles.size() == 1);
  CHECK_FALSE(result.articles[0].metadata_date.has_value());
  CHECK(result.articles[0].document.text == "Wang Yi met Lavrov on Monday.");
  CHECK_THROWS_WITH_AS(parse_timeml("nodct.tml", tml), doctest::Contains("nodct.tml: no document creation time"),
                       InputError);
}
