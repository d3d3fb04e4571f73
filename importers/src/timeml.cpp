// The TimeML reader for evaluation: expat streams the file; character data inside <TEXT>
// is appended to the plain text and every <TIMEX3> inside it records where it opened and
// closed in that text, with its type, value and mod.
#include "annals/formats/timeml.hpp"

#include "annals/date_range.hpp"
#include "annals/formats/input_file.hpp"

#include <expat.h>

#include <algorithm>
#include <climits>
#include <cstring>
#include <map>

namespace annals::formats {

namespace {

struct OpenTimex {
  std::size_t begin = 0;
  std::map<std::string, std::string> attributes;
};

struct State {
  int text_depth = 0;  // > 0 inside <TEXT>
  bool saw_text = false;
  bool in_dct = false;
  std::string docid_field;
  bool in_docid = false;
  std::string dct_value;
  std::string text;
  std::vector<OpenTimex> open;
  std::vector<Timex> gold;
};

std::map<std::string, std::string> attributes_of(const XML_Char** attributes) {
  std::map<std::string, std::string> out;
  for (std::size_t i = 0; attributes[i] && attributes[i + 1]; i += 2) out[attributes[i]] = attributes[i + 1];
  return out;
}

void XMLCALL on_start(void* data, const XML_Char* element, const XML_Char** attributes) {
  auto& state = *static_cast<State*>(data);
  const std::string_view name = element;
  if (name == "TEXT") {
    ++state.text_depth;
    state.saw_text = true;
  }
  else if (name == "DCT") state.in_dct = true;
  else if (name == "DOCID") state.in_docid = true;
  else if (name == "TIMEX3" && state.in_dct && state.dct_value.empty()) state.dct_value = attributes_of(attributes)["value"];
  else if (name == "TIMEX3" && state.text_depth > 0) state.open.push_back({state.text.size(), attributes_of(attributes)});
}

void XMLCALL on_end(void* data, const XML_Char* element) {
  auto& state = *static_cast<State*>(data);
  const std::string_view name = element;
  if (name == "TEXT") --state.text_depth;
  else if (name == "DCT") state.in_dct = false;
  else if (name == "DOCID") state.in_docid = false;
  else if (name == "TIMEX3" && state.text_depth > 0 && !state.open.empty()) {
    auto open = std::move(state.open.back());
    state.open.pop_back();
    Timex timex;
    timex.begin = open.begin;
    timex.end = state.text.size();
    timex.text = state.text.substr(timex.begin, timex.end - timex.begin);
    timex.type = parse_timex_type(open.attributes["type"]).value_or(TimexType::Date);
    timex.value = open.attributes["value"];
    timex.mod = open.attributes["mod"];
    timex.rule = "gold";
    timex.interval = range_of_timex_value(timex.value, timex.mod);
    state.gold.push_back(std::move(timex));
  }
}

void XMLCALL on_text(void* data, const XML_Char* chars, int length) {
  auto& state = *static_cast<State*>(data);
  if (state.text_depth > 0) state.text.append(chars, static_cast<std::size_t>(length));
  if (state.in_docid) state.docid_field.append(chars, static_cast<std::size_t>(length));
}

}  // namespace

TimemlDocument parse_timeml(const std::string& name, const std::string& xml, CreationTime creation_time) {
  if (xml.size() > static_cast<std::size_t>(INT_MAX)) throw InputError(name + ": file too large");
  State state;
  const auto parser = XML_ParserCreate("UTF-8");
  XML_SetUserData(parser, &state);
  XML_SetElementHandler(parser, on_start, on_end);
  XML_SetCharacterDataHandler(parser, on_text);
  const bool ok = XML_Parse(parser, xml.data(), static_cast<int>(xml.size()), 1) != XML_STATUS_ERROR;
  const auto line = XML_GetCurrentLineNumber(parser);
  const std::string why = ok ? "" : XML_ErrorString(XML_GetErrorCode(parser));
  XML_ParserFree(parser);
  if (!ok) throw InputError(name + ":" + std::to_string(line) + ": malformed TimeML: " + why);
  const auto published = parse_iso_day(state.dct_value.substr(0, 10));
  // A DCT that is there but impossible is an error even when a DCT is optional.
  if (!published && (creation_time == CreationTime::Required || !state.dct_value.empty()))
    throw InputError(name + ": no document creation time (<DCT><TIMEX3 value=\"YYYY-MM-DD\">)");
  if (!state.saw_text) throw InputError(name + ": no <TEXT> element");
  TimemlDocument out;
  out.document.title = state.docid_field;
  out.document.source = name;
  out.has_creation_time = published.has_value();
  if (published) out.document.published = *published;
  out.document.published_origin = DateOrigin::Metadata;
  out.document.text = std::move(state.text);
  std::sort(state.gold.begin(), state.gold.end(), [](const Timex& a, const Timex& b) { return a.begin < b.begin; });
  out.gold = std::move(state.gold);
  return out;
}

TimemlDocument read_timeml_file(const std::filesystem::path& path) {
  return parse_timeml(path.string(), read_text_file(path));
}

}  // namespace annals::formats
