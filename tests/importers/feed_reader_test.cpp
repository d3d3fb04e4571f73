#include "annals/formats/feed_reader.hpp"

#include "annals/date_range.hpp"

#include "fixtures.hpp"

#include <doctest/doctest.h>

using namespace annals;
using namespace annals::formats;
using annals::test::boilerplate;


TEST_CASE("RSS 2.0: each item an article, HTML descriptions read as text") {
  const std::string rss = R"(<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>World news</title><link>https://news.example</link>
<item>
  <title>Wang Yi visits Russia</title>
  <link>https://news.example/wang</link>
  <pubDate>Tue, 19 Sep 2023 06:00:00 GMT</pubDate>
  <description>&lt;p&gt;Short &amp;amp; sweet.&lt;/p&gt;</description>
  <content:encoded><![CDATA[<p>Wang Yi visited Russia on the 18th.</p><p>He met Lavrov.</p>]]></content:encoded>
</item>
<item>
  <title>Second</title>
  <pubDate>Tue, 31 Apr 2023 06:00:00 GMT</pubDate>
  <description>Bad date.</description>
</item>
<item><title>Undated</title><description>No date here.</description></item>
</channel></rss>)";
  const auto result = read_feed("news.rss", rss, boilerplate());
  REQUIRE(result.articles.size() == 2);
  CHECK(result.articles[0].document.title == "Wang Yi visits Russia");
  CHECK(result.articles[0].document.url == "https://news.example/wang");
  CHECK(result.articles[0].document.text == "Wang Yi visited Russia on the 18th.\n\nHe met Lavrov.");
  CHECK(format_iso(*result.articles[0].metadata_date) == "2023-09-19");
  CHECK(result.articles[0].line == 4);
  CHECK(result.articles[1].document.text == "No date here.");
  CHECK_FALSE(result.articles[1].metadata_date.has_value());
  REQUIRE(result.failures.size() == 1);
  CHECK(result.failures[0] == "news.rss:11: impossible date 'Tue, 31 Apr 2023 06:00:00 GMT'");
}

TEST_CASE("Atom: entries with alternate links, published dates and HTML content") {
  const std::string atom = R"(<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Feed</title>
  <entry>
    <title type="html">Lavrov &amp;amp; Wang</title>
    <link rel="self" href="https://x/self"/>
    <link rel="alternate" href="https://x/entry"/>
    <updated>2023-09-20T00:00:00Z</updated>
    <published>2023-09-19T08:00:00+03:00</published>
    <summary>Summary only.</summary>
    <content type="html">&lt;p&gt;Full content.&lt;/p&gt;</content>
  </entry>
</feed>)";
  const auto result = read_feed("a.atom", atom, boilerplate());
  REQUIRE(result.failures.empty());
  REQUIRE(result.articles.size() == 1);
  CHECK(result.articles[0].document.title == "Lavrov & Wang");
  CHECK(result.articles[0].document.url == "https://x/entry");
  CHECK(result.articles[0].document.text == "Full content.");
  CHECK(format_iso(*result.articles[0].metadata_date) == "2023-09-19");
}

TEST_CASE("malformed XML keeps the items before the error and names the line") {
  const std::string broken =
      "<rss><channel>\n<item><description>One.</description><pubDate>2023-09-19</pubDate></item>\n"
      "<item><description>Two.</item>\n</channel></rss>";
  const auto result = read_feed("b.rss", broken, boilerplate());
  REQUIRE(result.articles.size() == 1);
  CHECK(result.articles[0].document.text == "One.");
  REQUIRE(result.failures.size() == 1);
  CHECK(result.failures[0].find("b.rss:3: malformed XML: mismatched tag") == 0);
}
