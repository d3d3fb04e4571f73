// The TimeML reader: plain text without tags, gold offsets into that text, the DCT as the
// publication date, and clear errors for files that are not TimeML.
#include "annals/formats/input_file.hpp"
#include "annals/formats/timeml.hpp"

#include <doctest/doctest.h>

TEST_CASE("gold timexes point into the plain text") {
  const std::string xml =
      "<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>X1</DOCID>\n"
      "<DCT><TIMEX3 tid=\"t0\" type=\"TIME\" value=\"1998-02-19T08:02:00\" functionInDocument=\"CREATION_TIME\">"
      "02/19/1998</TIMEX3></DCT>\n<TEXT>\nHe <EVENT eid=\"e1\">said</EVENT> <TIMEX3 tid=\"t1\" type=\"DATE\" "
      "value=\"1998-02-19\">Thursday</TIMEX3> it took &amp; <TIMEX3 tid=\"t2\" type=\"DURATION\" value=\"P2Y\" "
      "mod=\"LESS_THAN\">almost two years</TIMEX3>.\n</TEXT>\n</TimeML>\n";
  const auto document = annals::formats::parse_timeml("x.tml", xml);
  CHECK(annals::format_iso(document.document.published) == "1998-02-19");
  CHECK(document.document.title == "X1");
  CHECK(document.document.text == "\nHe said Thursday it took & almost two years.\n");
  REQUIRE(document.gold.size() == 2);
  for (const auto& gold : document.gold)
    CHECK(document.document.text.substr(gold.begin, gold.end - gold.begin) == gold.text);
  CHECK(document.gold[0].text == "Thursday");
  CHECK(document.gold[0].value == "1998-02-19");
  CHECK(document.gold[1].type == annals::TimexType::Duration);
  CHECK(document.gold[1].mod == "LESS_THAN");
}

TEST_CASE("malformed TimeML is refused with the file and line") {
  struct Case {
    const char* xml;
    const char* expected;
  };
  const Case cases[] = {
      {"<TimeML>\n<TEXT>broken", "bad.tml:2: malformed TimeML"},
      {"<TimeML><TEXT>no date</TEXT></TimeML>", "bad.tml: no document creation time"},
      {"<TimeML><DCT><TIMEX3 value=\"1998-02-19\">x</TIMEX3></DCT></TimeML>", "bad.tml: no <TEXT> element"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.xml);
    try {
      annals::formats::parse_timeml("bad.tml", c.xml);
      FAIL("accepted malformed TimeML");
    } catch (const annals::formats::InputError& error) {
      CHECK(std::string(error.what()).starts_with(c.expected));
    }
  }
}
