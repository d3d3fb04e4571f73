// Streams the TimeML file through expat, keeping the character data inside <TEXT> (tags
// dropped, so offsets match the plain text the tagger sees) and the DCT's value.
#include "annals/formats/timeml_article.hpp"

#include "annals/formats/date_string.hpp"
#include "strings.hpp"

#include <expat.h>

#include <climits>

namespace annals::formats {

namespace {

struct TimemlState {
  XML_Parser parser = nullptr;
  int text_depth = 0;  // > 0 inside <TEXT>
  bool in_dct = false;
  std::string field;   // "DOCID" or "TITLE" while inside one
  std::string title;
  std::string text;
  std::string creation_value;
  std::size_t creation_line = 0;
};

void XMLCALL on_start(void* data, const XML_Char* element, const XML_Char** attributes) {
  auto& state = *static_cast<TimemlState*>(data);
  const std::string_view name = element;
  if (name == "TEXT" || state.text_depth > 0) ++state.text_depth;
  if (name == "DCT") state.in_dct = true;
  if (name == "DOCID" || name == "TITLE") state.field = name;
  if (name != "TIMEX3") return;
  std::string value, function;
  for (auto** a = attributes; *a; a += 2) {
    if (std::string_view(a[0]) == "value") value = a[1];
    if (std::string_view(a[0]) == "functionInDocument") function = a[1];
  }
  if ((state.in_dct || function == "CREATION_TIME") && state.creation_value.empty()) {
    state.creation_value = value;
    state.creation_line = XML_GetCurrentLineNumber(state.parser);
  }
}

void XMLCALL on_end(void* data, const XML_Char* element) {
  auto& state = *static_cast<TimemlState*>(data);
  const std::string_view name = element;
  if (state.text_depth > 0) --state.text_depth;
  if (name == "DCT") state.in_dct = false;
  if (name == state.field) state.field.clear();
}

void XMLCALL on_text(void* data, const XML_Char* text, int length) {
  auto& state = *static_cast<TimemlState*>(data);
  const std::string_view chars(text, static_cast<std::size_t>(length));
  if (state.text_depth > 0) state.text += chars;
  else if (!state.field.empty() && state.title.empty()) state.title = strings::trim(chars);
}

}  // namespace

ReadResult read_timeml_article(const std::string& name, const std::string& bytes) {
  TimemlState state;
  state.parser = XML_ParserCreate("UTF-8");
  XML_SetUserData(state.parser, &state);
  XML_SetElementHandler(state.parser, on_start, on_end);
  XML_SetCharacterDataHandler(state.parser, on_text);
  const bool too_big = bytes.size() > static_cast<std::size_t>(INT_MAX);
  const bool failed = too_big || XML_Parse(state.parser, bytes.data(), static_cast<int>(bytes.size()),
                                           XML_TRUE) == XML_STATUS_ERROR;
  const auto error_line = static_cast<std::size_t>(XML_GetCurrentLineNumber(state.parser));
  const char* reason = failed ? XML_ErrorString(XML_GetErrorCode(state.parser)) : nullptr;
  const std::string error = reason ? reason : "input too large";
  XML_ParserFree(state.parser);
  if (failed) return {{}, {located(name, error_line, "malformed TimeML: " + error)}};
  Article article;
  article.document.source = name;
  article.document.title = state.title;
  article.document.text = std::string(strings::trim(state.text));
  if (article.document.text.empty()) return {{}, {located(name, 1, "no <TEXT> content")}};
  if (!state.creation_value.empty()) {
    const auto parsed = parse_date_string(state.creation_value);
    if (!parsed.day) return {{}, {located(name, state.creation_line, "document creation time: " + parsed.error)}};
    article.metadata_date = parsed.day;
  }
  return {{std::move(article)}, {}};
}

}  // namespace annals::formats
