// Walks gumbo's tree with an explicit stack: an element pushes its children, and a marker
// after them closes its paragraph when it is a block. Whitespace inside a paragraph is
// collapsed as a browser would render it.
#include "annals/formats/html_text.hpp"

#include "strings.hpp"

#include <gumbo.h>

#include <algorithm>
#include <cctype>
#include <fstream>
#include <stdexcept>
#include <vector>

namespace annals::formats {

namespace {

bool skipped_tag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_HEAD: case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_NAV: case GUMBO_TAG_ASIDE: case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_FORM: case GUMBO_TAG_FIGURE: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SELECT: case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_IFRAME: case GUMBO_TAG_SVG:
    case GUMBO_TAG_CANVAS: case GUMBO_TAG_INPUT: case GUMBO_TAG_LABEL: case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_VIDEO: case GUMBO_TAG_AUDIO: case GUMBO_TAG_MENU:
      return true;
    default:
      return false;
  }
}

// Elements that end a paragraph; everything else flows inline.
bool block_tag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3:
    case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_LI: case GUMBO_TAG_UL:
    case GUMBO_TAG_OL: case GUMBO_TAG_BR: case GUMBO_TAG_TR: case GUMBO_TAG_TABLE:
    case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_PRE: case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_MAIN: case GUMBO_TAG_HEADER: case GUMBO_TAG_DD: case GUMBO_TAG_DT:
    case GUMBO_TAG_HR: case GUMBO_TAG_BODY: case GUMBO_TAG_ADDRESS: case GUMBO_TAG_TD:
      return true;
    default:
      return false;
  }
}

bool hidden(const GumboElement& element, const HtmlBoilerplate& boilerplate) {
  if (skipped_tag(element.tag)) return true;
  if (gumbo_get_attribute(&element.attributes, "hidden")) return true;
  if (const auto* aria = gumbo_get_attribute(&element.attributes, "aria-hidden");
      aria && strings::iequals(aria->value, "true"))
    return true;
  if (const auto* role = gumbo_get_attribute(&element.attributes, "role")) {
    const std::string_view r = role->value;
    if (r == "navigation" || r == "complementary" || r == "banner" || r == "contentinfo")
      return true;
  }
  for (const char* name : {"class", "id"})
    if (const auto* attribute = gumbo_get_attribute(&element.attributes, name);
        attribute && boilerplate.marks(attribute->value))
      return true;
  return false;
}

class TextBuilder {
 public:
  void add(std::string_view text) {
    paragraph_ += ' ';
    paragraph_ += text;
  }
  void end_paragraph() {
    const auto collapsed = strings::collapse_spaces(paragraph_);
    paragraph_.clear();
    if (collapsed.empty()) return;
    if (!text_.empty()) text_ += "\n\n";
    text_ += collapsed;
  }
  std::string take() {
    end_paragraph();
    return std::move(text_);
  }

 private:
  std::string paragraph_;
  std::string text_;
};

struct Step {
  const GumboNode* node;
  bool closing;  // the marker pushed after an element's children
};

}  // namespace

HtmlBoilerplate HtmlBoilerplate::load(const std::filesystem::path& data_dir) {
  const auto path = data_dir / "importers" / "html-boilerplate.txt";
  std::ifstream in(path);
  if (!in) throw std::runtime_error(path.string() + ": cannot be read");
  HtmlBoilerplate boilerplate;
  for (std::string line; std::getline(in, line);) {
    const auto word = strings::trim(line);
    if (!word.empty() && word.front() != '#') boilerplate.words.insert(strings::lower(word));
  }
  return boilerplate;
}

bool HtmlBoilerplate::marks(std::string_view class_or_id) const {
  std::size_t start = 0;
  for (std::size_t i = 0; i <= class_or_id.size(); ++i) {
    if (i < class_or_id.size() && class_or_id[i] != ' ' && class_or_id[i] != '-' &&
        class_or_id[i] != '_')
      continue;
    if (i > start && words.count(strings::lower(class_or_id.substr(start, i - start)))) return true;
    start = i + 1;
  }
  return false;
}

std::string text_of_node(const GumboInternalNode* root, const HtmlBoilerplate& boilerplate) {
  TextBuilder builder;
  std::vector<Step> stack{{root, false}};
  while (!stack.empty()) {
    const auto [node, closing] = stack.back();
    stack.pop_back();
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_CDATA ||
        node->type == GUMBO_NODE_WHITESPACE) {
      builder.add(node->v.text.text);
      continue;
    }
    if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_DOCUMENT) continue;
    const bool block = node->type == GUMBO_NODE_ELEMENT && block_tag(node->v.element.tag);
    if (closing) {
      if (block) builder.end_paragraph();
      continue;
    }
    if (node->type == GUMBO_NODE_ELEMENT && hidden(node->v.element, boilerplate)) continue;
    if (block) builder.end_paragraph();
    stack.push_back({node, true});
    const GumboVector& children =
        node->type == GUMBO_NODE_DOCUMENT ? node->v.document.children : node->v.element.children;
    for (unsigned i = children.length; i-- > 0;)
      stack.push_back({static_cast<const GumboNode*>(children.data[i]), false});
  }
  return builder.take();
}

std::size_t html_nesting_estimate(std::string_view html) {
  // Void and end-tag-optional elements never stay open, so they are not counted.
  static const std::set<std::string, std::less<>> never_nest{
      "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
      "track", "wbr", "p", "li", "td", "th", "tr", "option", "dt", "dd", "param", "!doctype"};
  std::size_t depth = 0, deepest = 0;
  for (std::size_t at = html.find('<'); at != std::string_view::npos; at = html.find('<', at + 1)) {
    const bool closing = at + 1 < html.size() && html[at + 1] == '/';
    auto name_begin = at + (closing ? 2 : 1);
    auto name_end = name_begin;
    while (name_end < html.size() && (std::isalnum(static_cast<unsigned char>(html[name_end])) || html[name_end] == '!'))
      ++name_end;
    if (name_end == name_begin) continue;
    const auto tag_end = html.find('>', name_end);
    if (tag_end == std::string_view::npos) break;
    if (html[tag_end - 1] == '/' || never_nest.count(strings::lower(html.substr(name_begin, name_end - name_begin))))
      continue;
    if (closing) depth -= depth > 0 ? 1 : 0;
    else deepest = std::max(deepest, ++depth);
  }
  return deepest;
}

std::optional<std::string> text_of_html(std::string_view html, const HtmlBoilerplate& boilerplate) {
  if (html_nesting_estimate(html) > max_html_nesting) return std::nullopt;
  GumboOutput* output = gumbo_parse_with_options(&kGumboDefaultOptions, html.data(), html.size());
  auto text = text_of_node(output->root, boilerplate);
  gumbo_destroy_output(&kGumboDefaultOptions, output);
  return text;
}

}  // namespace annals::formats
