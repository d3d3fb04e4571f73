#include "annals/formats/csv_export.hpp"
#include "annals/formats/event_filter.hpp"
#include "annals/formats/ics_export.hpp"
#include "annals/formats/timeml_article.hpp"
#include "annals/formats/timeml_export.hpp"

#include "export_events.hpp"

#include <doctest/doctest.h>

#include <cstdlib>
#include <fstream>
#include <map>
#include <sstream>

using namespace annals;
using namespace annals::formats;

namespace {

// Compares with tests/data/importers/golden/NAME; ANNALS_UPDATE_GOLDEN=1 rewrites it.
void check_golden(const std::string& name, const std::string& actual) {
  const std::string path = std::string(ANNALS_TEST_DATA_DIR) + "/importers/golden/" + name;
  if (std::getenv("ANNALS_UPDATE_GOLDEN")) std::ofstream(path, std::ios::binary) << actual;
  std::ifstream in(path, std::ios::binary);
  REQUIRE_MESSAGE(in, path << " is missing");
  std::ostringstream expected;
  expected << in.rdbuf();
  CHECK(actual == expected.str());
}

const date::sys_seconds stamp = date::sys_days{date::year{2024} / 1 / 2} + std::chrono::hours{3};

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::size_t at = 0;
  for (auto end = text.find("\r\n"); end != std::string::npos; end = text.find("\r\n", at)) {
    lines.push_back(text.substr(at, end - at));
    at = end + 2;
  }
  CHECK(at == text.size());  // the file ends in CRLF and has no bare line ends
  return lines;
}

}  // namespace

TEST_CASE("CSV export matches its golden file, with and without a byte order mark") {
  std::ostringstream out;
  write_events_csv(out, test::export_events());
  check_golden("events.csv", out.str());
  std::ostringstream with_bom;
  write_events_csv(with_bom, test::export_events(), {true});
  CHECK(with_bom.str() == "\xEF\xBB\xBF" + out.str());
}

TEST_CASE("CSV fields are quoted and neutralised") {
  struct Case {
    const char* in;
    const char* out;
  };
  const Case cases[] = {{"plain", "plain"}, {"a,b", "\"a,b\""}, {"say \"hi\"", "\"say \"\"hi\"\"\""},
                        {"two\nlines", "\"two\nlines\""}, {"=1+1", "'=1+1"}, {"-5", "-5"},
                        {"@cmd", "'@cmd"}, {"", ""}};
  for (const auto& c : cases) CHECK(csv_field(c.in) == c.out);
}

TEST_CASE("ICS export matches its golden file and is structurally valid RFC 5545") {
  std::ostringstream out;
  write_events_ics(out, test::export_events(), stamp);
  check_golden("events.ics", out.str());

  const auto lines = lines_of(out.str());
  REQUIRE(lines.size() > 2);
  CHECK(lines.front() == "BEGIN:VCALENDAR");
  CHECK(lines.back() == "END:VCALENDAR");
  // Unfold, check every physical line's length, then check each VEVENT's properties.
  std::vector<std::string> logical;
  for (const auto& line : lines) {
    CHECK(line.size() <= 75);
    if (!line.empty() && line.front() == ' ') logical.back() += line.substr(1);
    else logical.push_back(line);
  }
  int events = 0;
  std::map<std::string, std::string> properties;
  for (const auto& line : logical) {
    const auto colon = line.find(':');
    REQUIRE(colon != std::string::npos);
    const auto name = line.substr(0, colon), value = line.substr(colon + 1);
    if (line == "BEGIN:VEVENT") properties.clear();
    else if (line == "END:VEVENT") {
      ++events;
      for (const char* required : {"UID", "DTSTAMP", "DTSTART;VALUE=DATE", "DTEND;VALUE=DATE", "SUMMARY"})
        CHECK_MESSAGE(properties.count(required), required);
      CHECK(properties["DTEND;VALUE=DATE"] > properties["DTSTART;VALUE=DATE"]);
    } else properties[name] = value;
  }
  CHECK(events == 3);
  CHECK(out.str().find("DTSTART;VALUE=DATE:20230301\r\nDTEND;VALUE=DATE:20230401") != std::string::npos);
  CHECK(out.str().find("SUMMARY:ICC\\, \"arrest\" warrant\\; issued") != std::string::npos);
}

TEST_CASE("ICS folding never splits a UTF-8 character and UIDs are stable") {
  const std::string long_line = "SUMMARY:" + std::string(66, 'x') + "—é and more text after the fold";
  const auto folded = ics_fold(long_line);
  CHECK(folded.find("\r\n —") != std::string::npos);  // the dash moved whole to the next line
  CHECK(ics_escape("a\\b;c,d\r\ne\nf") == "a\\\\b\\;c\\,d\\ne\\nf");
  auto events = test::export_events();
  const auto uid = ics_uid(events[0]);
  events[0].id = 99;  // database ids do not enter the UID
  CHECK(ics_uid(events[0]) == uid);
  events[0].title += "!";
  CHECK(ics_uid(events[0]) != uid);
}

TEST_CASE("TimeML export matches its golden file and reads back as the same text") {
  Document document;
  document.source = "wang & lavrov.txt";
  document.title = "Wang <Yi>";
  document.published = *parse_iso_day("2023-09-19");
  document.text = "Wang Yi visited Russia on the 18th & met Lavrov last March.";
  Timex the18th;
  the18th.begin = document.text.find("the 18th");
  the18th.end = the18th.begin + 8;
  the18th.value = "2023-09-18";
  Timex march;
  march.begin = document.text.find("last March");
  march.end = march.begin + 10;
  march.value = "2023-03";
  march.mod = "APPROX";
  std::ostringstream out;
  write_timeml_document(out, document, {the18th, march});
  check_golden("document.tml", out.str());
  const auto back = read_timeml_article("back.tml", out.str());
  REQUIRE(back.articles.size() == 1);
  CHECK(back.articles[0].document.text == document.text);
  CHECK(format_iso(*back.articles[0].metadata_date) == "2023-09-19");
}

TEST_CASE("export filters select by dates, actor, type and words") {
  const auto events = test::export_events();
  struct Case {
    EventFilter filter;
    std::vector<EventId> expected;
  };
  const Case cases[] = {
      {{}, {2, 3, 1}},
      {{parse_iso_day("2023-09-18"), std::nullopt, {}, {}, ""}, {1}},
      {{std::nullopt, parse_iso_day("2023-03-15"), {}, {}, ""}, {2}},
      {{parse_iso_day("2023-03-31"), parse_iso_day("2023-09-17"), {}, {}, ""}, {2, 3}},
      {{std::nullopt, std::nullopt, {"wang"}, {}, ""}, {3, 1}},
      {{std::nullopt, std::nullopt, {}, {"warrant", "visit"}, ""}, {2, 1}},
      {{std::nullopt, std::nullopt, {}, {}, "MALTA"}, {3}},
      {{std::nullopt, std::nullopt, {}, {}, "local time"}, {1}},
      {{std::nullopt, std::nullopt, {"Putin"}, {"visit"}, ""}, {}},
  };
  for (const auto& c : cases) {
    std::vector<EventId> ids;
    for (const auto& event : filter_events(events, c.filter)) ids.push_back(event.id);
    CHECK(ids == c.expected);
  }
}
