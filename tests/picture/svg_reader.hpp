// Reads an SVG the picture export wrote with expat: whether it is well-formed XML, its size,
// every <g> with its class, data-name, <title> and the shapes directly inside it, and every
// text. Tests then find an event's mark by its tooltip, as a reader hovering would.
#pragma once

#include <expat.h>

#include <map>
#include <string>
#include <vector>

namespace annals::picture_test {

struct SvgElement {
  std::string name;
  std::map<std::string, std::string> attributes;
  std::string text;  // character data, for <text>
};

struct SvgGroup {
  std::string css_class;
  std::string name;
  std::string title;
  std::vector<SvgElement> shapes;
};

struct SvgDocument {
  bool well_formed = false;
  std::string error;
  std::map<std::string, std::string> root;  // the <svg> element's attributes
  std::vector<SvgGroup> groups;
  std::vector<SvgElement> texts;
};

namespace detail {

struct SvgParse {
  SvgDocument document;
  std::vector<std::size_t> open_groups;
  std::vector<std::string> open_elements;
};

inline void on_start(void* data, const XML_Char* name, const XML_Char** attributes) {
  auto& parse = *static_cast<SvgParse*>(data);
  SvgElement element{name, {}, {}};
  for (auto a = attributes; *a; a += 2) element.attributes[a[0]] = a[1];
  parse.open_elements.push_back(element.name);
  if (element.name == "svg") parse.document.root = element.attributes;
  if (element.name == "g") {
    parse.document.groups.push_back({element.attributes["class"], element.attributes["data-name"], "", {}});
    parse.open_groups.push_back(parse.document.groups.size() - 1);
  } else if (element.name == "text") {
    parse.document.texts.push_back(element);
  } else if (!parse.open_groups.empty() && element.name != "title") {
    parse.document.groups[parse.open_groups.back()].shapes.push_back(element);
  }
}

inline void on_end(void* data, const XML_Char* name) {
  auto& parse = *static_cast<SvgParse*>(data);
  parse.open_elements.pop_back();
  if (std::string(name) == "g") parse.open_groups.pop_back();
}

inline void on_text(void* data, const XML_Char* text, int length) {
  auto& parse = *static_cast<SvgParse*>(data);
  if (parse.open_elements.empty()) return;
  const std::string piece(text, static_cast<std::size_t>(length));
  if (parse.open_elements.back() == "title" && !parse.open_groups.empty())
    parse.document.groups[parse.open_groups.back()].title += piece;
  if (parse.open_elements.back() == "text") parse.document.texts.back().text += piece;
}

}  // namespace detail

inline SvgDocument read_svg(const std::string& svg) {
  detail::SvgParse parse;
  XML_Parser parser = XML_ParserCreate("UTF-8");
  XML_SetUserData(parser, &parse);
  XML_SetElementHandler(parser, detail::on_start, detail::on_end);
  XML_SetCharacterDataHandler(parser, detail::on_text);
  const bool ok = XML_Parse(parser, svg.data(), static_cast<int>(svg.size()), 1) == XML_STATUS_OK;
  parse.document.well_formed = ok;
  if (!ok)
    parse.document.error = std::string(XML_ErrorString(XML_GetErrorCode(parser))) + " at line " +
                           std::to_string(XML_GetCurrentLineNumber(parser));
  XML_ParserFree(parser);
  return parse.document;
}

}  // namespace annals::picture_test
