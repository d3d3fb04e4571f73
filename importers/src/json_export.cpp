// Writing the JSON export: one function per object kind, matching the schema's definitions.
#include "annals/formats/json_export.hpp"

#include "annals/utf8.hpp"

#include <ostream>
#include <unordered_map>

namespace annals::formats {

namespace {

using json = nlohmann::ordered_json;
using Texts = std::unordered_map<DocumentId, std::string_view>;

json when_json(const When& when) {
  return {{"value", when.value},
          {"start", format_iso(when.range.first)},
          {"end", format_iso(when.range.last)},
          {"granularity", std::string(to_string(when.range.granularity))},
          {"portion", std::string(to_string(when.range.portion))},
          {"mod", when.mod.empty() ? json(nullptr) : json(when.mod)}};
}

json source_json(const Source& source, const Texts& texts) {
  json out{{"document", source.document == 0 ? json(nullptr) : json(source.document)},
           {"quote", source.quote},
           {"expression", source.expression},
           {"rule", source.rule},
           {"anchor", source.anchor}};
  const auto text = texts.find(source.document);
  out["offset"] = text == texts.end()
                      ? json(nullptr)
                      : json::array({utf8::code_points_before(text->second, source.begin),
                                     utf8::code_points_before(text->second, source.end)});
  return out;
}

json event_json(const Event& event, const Texts& texts) {
  json sources = json::array();
  for (const auto& source : event.sources) sources.push_back(source_json(source, texts));
  return {{"id", event.id},         {"title", event.title},   {"type", event.type},
          {"actors", event.actors}, {"places", event.places}, {"when", when_json(event.when)},
          {"edited", event.edited_by_analyst}, {"sources", std::move(sources)}};
}

json document_json(const Document& document) {
  return {{"id", document.id},
          {"title", document.title},
          {"source", document.source},
          {"url", document.url.empty() ? json(nullptr) : json(document.url)},
          {"published", format_iso(document.published)},
          {"published_origin", std::string(to_string(document.published_origin))},
          {"text", document.text}};
}

}  // namespace

nlohmann::ordered_json timeline_to_json(const Timeline& timeline) {
  Texts texts;
  for (const auto& document : timeline.documents) texts.emplace(document.id, document.text);
  json events = json::array();
  for (const auto& event : timeline.events) events.push_back(event_json(event, texts));
  json documents = json::array();
  for (const auto& document : timeline.documents) documents.push_back(document_json(document));
  return {{"events", std::move(events)}, {"documents", std::move(documents)}};
}

void write_timeline_json(std::ostream& out, const Timeline& timeline) {
  constexpr int indent = 2;
  out << timeline_to_json(timeline).dump(indent) << "\n";
}

}  // namespace annals::formats
