// One pass over gumbo's tree gathers every metadata candidate with its source line; the
// date is then taken from the most specific one present. A malformed metadata date is an
// error naming its line, never silently skipped for a weaker source.
#include "annals/formats/html_reader.hpp"

#include "annals/formats/date_string.hpp"
#include "strings.hpp"

#include <gumbo.h>
#include <nlohmann/json.hpp>

#include <array>
#include <map>
#include <vector>

namespace annals::formats {

namespace {

struct Candidate {
  std::string value;
  std::size_t line = 0;
};

// Metadata keys in order of trust: the first one present gives the date.
constexpr std::array<std::string_view, 14> date_keys{
    "article:published_time", "og:published_time", "json-ld:datepublished", "itemprop:datepublished",
    "date", "pubdate", "publishdate", "publish-date", "publication_date", "dc.date.issued",
    "dc.date", "dcterms.created", "parsely-pub-date", "time:datetime"};

struct PageFacts {
  std::map<std::string, Candidate> meta;  // lower-case key -> first value seen
  std::string title;
  const GumboNode* article = nullptr;
  const GumboNode* main = nullptr;
  const GumboNode* body = nullptr;
  std::string canonical;
};

const char* attribute(const GumboElement& element, const char* name) {
  const auto* found = gumbo_get_attribute(&element.attributes, name);
  return found ? found->value : nullptr;
}

std::size_t line_of(const GumboElement& element) { return element.start_pos.line; }

std::string child_text(const GumboElement& element) {
  std::string text;
  for (unsigned i = 0; i < element.children.length; ++i) {
    const auto* child = static_cast<const GumboNode*>(element.children.data[i]);
    if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_CDATA ||
        child->type == GUMBO_NODE_WHITESPACE)
      text += child->v.text.text;
  }
  return text;
}

void remember(PageFacts& facts, std::string key, std::string value, std::size_t line) {
  facts.meta.emplace(std::move(key), Candidate{std::move(value), line});
}

// datePublished anywhere in a JSON-LD block (objects, arrays, @graph).
void find_json_ld_date(const nlohmann::json& value, PageFacts& facts, std::size_t line) {
  if (value.is_array()) {
    for (const auto& item : value) find_json_ld_date(item, facts, line);
  } else if (value.is_object()) {
    if (const auto found = value.find("datePublished"); found != value.end() && found->is_string())
      remember(facts, "json-ld:datepublished", found->get<std::string>(), line);
    for (const auto& [key, item] : value.items())
      if (item.is_structured()) find_json_ld_date(item, facts, line);
  }
}

void note_meta(const GumboElement& element, PageFacts& facts) {
  const char* content = attribute(element, "content");
  if (!content) return;
  for (const char* key_attribute : {"property", "name", "itemprop"}) {
    if (const char* key = attribute(element, key_attribute)) {
      auto name = strings::lower(key);
      if (std::string_view(key_attribute) == "itemprop") name = "itemprop:" + name;
      remember(facts, name, content, line_of(element));
    }
  }
}

void note_element(const GumboNode* node, PageFacts& facts) {
  const auto& element = node->v.element;
  switch (element.tag) {
    case GUMBO_TAG_META: note_meta(element, facts); break;
    case GUMBO_TAG_TITLE: if (facts.title.empty()) facts.title = strings::collapse_spaces(child_text(element)); break;
    case GUMBO_TAG_ARTICLE: if (!facts.article) facts.article = node; break;
    case GUMBO_TAG_MAIN: if (!facts.main) facts.main = node; break;
    case GUMBO_TAG_BODY: facts.body = node; break;
    case GUMBO_TAG_LINK: {
      const char* rel = attribute(element, "rel");
      const char* href = attribute(element, "href");
      if (rel && href && strings::iequals(rel, "canonical")) facts.canonical = href;
      break;
    }
    case GUMBO_TAG_TIME: {
      const char* when = attribute(element, "datetime");
      const char* itemprop = attribute(element, "itemprop");
      if (when && itemprop && strings::iequals(itemprop, "datePublished"))
        remember(facts, "itemprop:datepublished", when, line_of(element));
      if (when) remember(facts, "time:datetime", when, line_of(element));
      break;
    }
    case GUMBO_TAG_SCRIPT: {
      const char* type = attribute(element, "type");
      if (!type || !strings::iequals(type, "application/ld+json")) break;
      // A broken JSON-LD block is the site's problem; the other sources may still date it.
      const auto json = nlohmann::json::parse(child_text(element), nullptr, false);
      if (!json.is_discarded()) find_json_ld_date(json, facts, line_of(element));
      break;
    }
    default: break;
  }
}

PageFacts gather(const GumboNode* root) {
  PageFacts facts;
  std::vector<const GumboNode*> stack{root};
  while (!stack.empty()) {
    const auto* node = stack.back();
    stack.pop_back();
    if (node->type != GUMBO_NODE_ELEMENT) continue;
    note_element(node, facts);
    const auto& children = node->v.element.children;
    for (unsigned i = children.length; i-- > 0;)
      stack.push_back(static_cast<const GumboNode*>(children.data[i]));
  }
  return facts;
}

const Candidate* find_meta(const PageFacts& facts, std::string_view key) {
  const auto found = facts.meta.find(std::string(key));
  return found == facts.meta.end() || strings::trim(found->second.value).empty() ? nullptr
                                                                                  : &found->second;
}

}  // namespace

ReadResult read_html_article(const std::string& name, const std::string& bytes,
                             const HtmlBoilerplate& boilerplate) {
  if (const auto depth = html_nesting_estimate(bytes); depth > max_html_nesting)
    return {{}, {name + ": markup nested about " + std::to_string(depth) + " elements deep (the limit is " +
                 std::to_string(max_html_nesting) + "); refused"}};
  GumboOutput* output = gumbo_parse_with_options(&kGumboDefaultOptions, bytes.data(), bytes.size());
  const auto facts = gather(output->root);
  Article article;
  article.document.source = name;
  const auto* content = facts.article ? facts.article : facts.main ? facts.main : facts.body;
  article.document.text = content ? text_of_node(content, boilerplate) : std::string{};
  gumbo_destroy_output(&kGumboDefaultOptions, output);

  if (const auto* og_title = find_meta(facts, "og:title")) article.document.title = og_title->value;
  else article.document.title = facts.title;
  if (!facts.canonical.empty()) article.document.url = facts.canonical;
  else if (const auto* og_url = find_meta(facts, "og:url")) article.document.url = og_url->value;

  for (const auto key : date_keys) {
    const auto* candidate = find_meta(facts, key);
    if (!candidate) continue;
    const auto parsed = parse_date_string(candidate->value);
    if (!parsed.day) return {{}, {located(name, candidate->line, parsed.error)}};
    article.metadata_date = parsed.day;
    break;
  }
  if (article.document.text.empty()) return {{}, {located(name, 1, "no article text in the page")}};
  return {{std::move(article)}, {}};
}

}  // namespace annals::formats
