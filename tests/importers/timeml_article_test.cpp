#include "annals/formats/timeml_article.hpp"

#include "annals/date_range.hpp"

#include <doctest/doctest.h>

using namespace annals;
using namespace annals::formats;

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
  CHECK(result.articles[0].document.text == "The company said yesterday it would merge.");
  CHECK(format_iso(*result.articles[0].metadata_date) == "1989-10-26");
}

TEST_CASE("TimeML: malformed files and impossible creation times name the line") {
  const auto broken = read_timeml_article("b.tml", "<TimeML>\n<TEXT>x</TIMEX3>\n</TimeML>");
  REQUIRE(broken.failures.size() == 1);
  CHECK(broken.failures[0].find("b.tml:2: malformed TimeML") == 0);
  const auto impossible = read_timeml_article(
      "i.tml", "<TimeML>\n<DCT><TIMEX3 value=\"1989-02-30\"/></DCT><TEXT>x</TEXT></TimeML>");
  REQUIRE(impossible.failures.size() == 1);
  CHECK(impossible.failures[0] == "i.tml:2: document creation time: impossible date '1989-02-30'");
}
