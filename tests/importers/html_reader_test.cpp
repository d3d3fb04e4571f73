#include "annals/formats/html_reader.hpp"

#include "annals/date_range.hpp"

#include "fixtures.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace annals;
using namespace annals::formats;
using annals::test::boilerplate;

namespace {

std::string page(const std::string& head, const std::string& body) {
  return "<!DOCTYPE html>\n<html><head>\n" + head + "\n</head>\n<body>\n" + body + "\n</body></html>\n";
}

const char* const article_body =
    "<nav><a href='/'>Home</a> <a href='/world'>World</a></nav>\n"
    "<article><h1>Wang Yi visits Russia</h1>\n"
    "<p>Wang Yi visited Russia on the 18th.</p>\n"
    "<figure><img src='x.jpg'><figcaption>Picture explanation</figcaption></figure>\n"
    "<script>var tracking = 1;</script><style>p{color:red}</style>\n"
    "<p>He met   Lavrov &amp; others.</p>\n"
    "<div class='share-bar'>Share on X</div>\n"
    "<section id='comments'><form><textarea>Leave a reply</textarea></form><p>Comment text</p></section>\n"
    "</article>\n<footer>Copyright</footer>";

}  // namespace

TEST_CASE("HTML: main text without navigation, scripts, styles, captions and comment forms") {
  const auto result = read_html_article(
      "p.html", page("<title>Site | Wang Yi</title><meta property='article:published_time' content='2023-09-19T06:00:00+03:00'>",
                     article_body),
      boilerplate());
  REQUIRE(result.failures.empty());
  REQUIRE(result.articles.size() == 1);
  const auto& article = result.articles[0];
  CHECK(article.document.text ==
        "Wang Yi visits Russia\n\nWang Yi visited Russia on the 18th.\n\nHe met Lavrov & others.");
  CHECK(article.document.title == "Site | Wang Yi");
  REQUIRE(article.metadata_date.has_value());
  CHECK(format_iso(*article.metadata_date) == "2023-09-19");
}

TEST_CASE("HTML: every kind of publication-date metadata is read") {
  struct Case {
    const char* head;
    const char* body_prefix;
    const char* expected;
  };
  const Case cases[] = {
      {"<meta property='article:published_time' content='2023-09-19T06:00:00Z'>", "", "2023-09-19"},
      {"<script type='application/ld+json'>{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"NewsArticle\",\"datePublished\":\"2023-09-17T10:00:00+09:00\"}]}</script>", "", "2023-09-17"},
      {"<meta name='date' content='September 16, 2023'>", "", "2023-09-16"},
      {"<meta name='DC.date.issued' content='2023-09-15'>", "", "2023-09-15"},
      {"<meta itemprop='datePublished' content='2023-09-14'>", "", "2023-09-14"},
      {"", "<time datetime='2023-09-13T12:00'>Wednesday</time>", "2023-09-13"},
      {"<meta name='date' content='2023-01-01'><meta property='article:published_time' content='2023-09-12'>", "", "2023-09-12"},
      {"<script type='application/ld+json'>{broken</script><meta name='pubdate' content='2023-09-11'>", "", "2023-09-11"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.head);
    const auto result = read_html_article(
        "d.html", page(c.head, std::string(c.body_prefix) + "<p>Some text.</p>"), boilerplate());
    REQUIRE(result.articles.size() == 1);
    REQUIRE(result.articles[0].metadata_date.has_value());
    CHECK(format_iso(*result.articles[0].metadata_date) == c.expected);
  }
}

TEST_CASE("HTML: og:title and the canonical link are preferred") {
  const auto result = read_html_article(
      "t.html",
      page("<title>Site | X</title><meta property='og:title' content='Real title'>"
           "<link rel='canonical' href='https://news.example/a'><meta property='og:url' content='https://other'>",
           "<main><p>Body.</p></main><aside>Related stories</aside>"),
      boilerplate());
  REQUIRE(result.articles.size() == 1);
  CHECK(result.articles[0].document.title == "Real title");
  CHECK(result.articles[0].document.url == "https://news.example/a");
  CHECK(result.articles[0].document.text == "Body.");
  CHECK_FALSE(result.articles[0].metadata_date.has_value());
}

TEST_CASE("HTML: an impossible metadata date names its line; malformed markup still reads") {
  const auto bad = read_html_article(
      "bad.html", "<html><head>\n<title>x</title>\n<meta name='date' content='2023-02-30'>\n</head><body><p>t</p>",
      boilerplate());
  CHECK(bad.articles.empty());
  REQUIRE(bad.failures.size() == 1);
  CHECK(bad.failures[0] == "bad.html:3: impossible date '2023-02-30'");

  const auto sloppy = read_html_article("s.html", "<p>One <b>bold<p>Two</i></div></span>", boilerplate());
  REQUIRE(sloppy.articles.size() == 1);
  CHECK(sloppy.articles[0].document.text == "One bold\n\nTwo");

  const auto empty = read_html_article("e.html", "<html><body><nav>Menu</nav></body></html>", boilerplate());
  REQUIRE(empty.failures.size() == 1);
  CHECK(empty.failures[0].find("e.html:1: no article text") == 0);
}

TEST_CASE("HTML: nesting is bounded before gumbo sees the page") {
  const auto nested = [](std::size_t depth) {
    std::string html;
    for (std::size_t i = 0; i < depth; ++i) html += "<div class='x'>";
    return html + "deep text";
  };
  const auto fine = read_html_article("ok.html", nested(max_html_nesting), boilerplate());
  REQUIRE(fine.articles.size() == 1);
  CHECK(fine.articles[0].document.text == "deep text");
  const auto deep = read_html_article("deep.html", nested(100000), boilerplate());
  CHECK(deep.articles.empty());
  REQUIRE(deep.failures.size() == 1);
  CHECK(deep.failures[0].find("deep.html: markup nested about 100000 elements deep") == 0);
  // Unclosed paragraphs and void elements do not count as nesting.
  std::string flat;
  for (std::size_t i = 0; i < 5000; ++i) flat += "<p>line<br><img src=x>";
  CHECK(html_nesting_estimate(flat) <= 1);
}
