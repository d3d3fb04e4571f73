// A streaming expat handler: inside an item, each direct child element collects its
// character data and is filed under its name when it ends. RSS and Atom differ only in
// names (pubDate/published, description/summary, link text/link href), so one table of
// preferences covers both. A malformed feed keeps the items read before the error.
#include "annals/formats/feed_reader.hpp"

#include "annals/formats/date_string.hpp"
#include "strings.hpp"

#include <expat.h>

#include <array>
#include <climits>
#include <map>

namespace annals::formats {

namespace {

constexpr std::array<std::string_view, 5> date_fields{"published", "pubdate", "dc:date", "issued", "updated"};
constexpr std::array<std::string_view, 5> text_fields{"content:encoded", "content", "description", "summary", "dc:description"};

struct FeedState {
  const std::string* name = nullptr;
  const HtmlBoilerplate* boilerplate = nullptr;
  XML_Parser parser = nullptr;
  ReadResult result;
  int item_depth = 0;   // depth of the open <item>/<entry>, 0 outside one
  int depth = 0;
  std::size_t item_line = 0;
  std::string field;    // the item child being read
  std::string buffer;
  std::map<std::string, std::string> fields;  // lower-case name -> text
};

bool is_item(std::string_view element) {
  return element == "item" || element == "entry" || element == "rss:item" || element == "atom:entry";
}

std::string local_link(const XML_Char** attributes) {
  std::string href, rel;
  for (auto** a = attributes; *a; a += 2) {
    if (std::string_view(a[0]) == "href") href = a[1];
    if (std::string_view(a[0]) == "rel") rel = a[1];
  }
  return rel.empty() || rel == "alternate" ? href : std::string{};
}

const std::string* first_of(const FeedState& state, auto names) {
  for (const auto key : names) {
    const auto found = state.fields.find(std::string(key));
    if (found != state.fields.end() && !strings::trim(found->second).empty()) return &found->second;
  }
  return nullptr;
}

void finish_item(FeedState& state) {
  Article article;
  article.line = state.item_line;
  article.document.source = *state.name;
  const auto fail = [&](const std::string& why) {
    state.result.failures.push_back(located(*state.name, state.item_line, why));
  };
  if (const auto* title = first_of(state, std::array<std::string_view, 1>{"title"}))
    article.document.title = text_of_html(*title, *state.boilerplate).value_or(*title);
  if (const auto* link = first_of(state, std::array<std::string_view, 2>{"link", "guid"}))
    article.document.url = std::string(strings::trim(*link));
  if (const auto* text = first_of(state, text_fields)) {
    const auto readable = text_of_html(*text, *state.boilerplate);
    if (!readable) return fail("item's HTML is nested too deep");
    article.document.text = *readable;
  }
  if (article.document.text.empty()) return fail("item without text");
  if (const auto* when = first_of(state, date_fields)) {
    const auto parsed = parse_date_string(*when);
    if (!parsed.day) return fail(parsed.error);
    article.metadata_date = parsed.day;
  }
  state.result.articles.push_back(std::move(article));
}

void XMLCALL on_start(void* data, const XML_Char* element, const XML_Char** attributes) {
  auto& state = *static_cast<FeedState*>(data);
  ++state.depth;
  const auto name = strings::lower(element);
  if (state.item_depth == 0) {
    if (!is_item(name)) return;
    state.item_depth = state.depth;
    state.item_line = XML_GetCurrentLineNumber(state.parser);
    state.fields.clear();
  } else if (state.depth == state.item_depth + 1) {
    state.field = name;
    state.buffer.clear();
    if (name == "link" || name == "atom:link")
      if (auto href = local_link(attributes); !href.empty()) state.fields.emplace("link", href);
  }
}

void XMLCALL on_end(void* data, const XML_Char*) {
  auto& state = *static_cast<FeedState*>(data);
  if (state.item_depth != 0 && state.depth == state.item_depth + 1 && !state.field.empty()) {
    // An empty element (Atom's <link href=.../>) must not hide a later one with content.
    if (!strings::trim(state.buffer).empty()) state.fields.emplace(state.field, state.buffer);
    state.field.clear();
  } else if (state.depth == state.item_depth) {
    finish_item(state);
    state.item_depth = 0;
  }
  --state.depth;
}

void XMLCALL on_text(void* data, const XML_Char* text, int length) {
  auto& state = *static_cast<FeedState*>(data);
  if (!state.field.empty()) state.buffer.append(text, static_cast<std::size_t>(length));
}

}  // namespace

ReadResult read_feed(const std::string& name, const std::string& bytes,
                     const HtmlBoilerplate& boilerplate) {
  FeedState state;
  state.name = &name;
  state.boilerplate = &boilerplate;
  state.parser = XML_ParserCreate("UTF-8");
  XML_SetUserData(state.parser, &state);
  XML_SetElementHandler(state.parser, on_start, on_end);
  XML_SetCharacterDataHandler(state.parser, on_text);
  const bool too_big = bytes.size() > static_cast<std::size_t>(INT_MAX);
  if (too_big || XML_Parse(state.parser, bytes.data(), static_cast<int>(bytes.size()), XML_TRUE) ==
                     XML_STATUS_ERROR) {
    const auto line = static_cast<std::size_t>(XML_GetCurrentLineNumber(state.parser));
    const char* reason = too_big ? "input too large" : XML_ErrorString(XML_GetErrorCode(state.parser));
    state.result.failures.push_back(located(name, line, std::string("malformed XML: ") + reason));
  }
  XML_ParserFree(state.parser);
  return std::move(state.result);
}

}  // namespace annals::formats
