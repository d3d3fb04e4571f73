// Reading the JSON export back (the round trip): every field checked, with a message
// that names the file and the JSON path of the bad field; offsets from code points
// back to bytes.
#include "annals/formats/input_file.hpp"
#include "annals/formats/json_export.hpp"

#include <algorithm>
#include <unordered_map>

namespace annals::formats {

namespace {

using nlohmann::json;

// Reads fields of one JSON object, naming `path` ("events[3].when") in every complaint.
class Fields {
 public:
  Fields(const std::string& file, std::string path, const json& object)
      : file_(file), path_(std::move(path)), object_(object) {
    if (!object_.is_object()) fail("", "expected an object");
  }

  const json& at(const std::string& key) const {
    const auto found = object_.find(key);
    if (found == object_.end()) fail(key, "missing");
    return *found;
  }
  std::string text(const std::string& key) const {
    const auto& value = at(key);
    if (!value.is_string()) fail(key, "expected a string");
    return value.get<std::string>();
  }
  std::string optional_text(const std::string& key) const {
    const auto found = object_.find(key);
    return found == object_.end() || found->is_null() ? std::string() : text(key);
  }
  bool flag(const std::string& key) const {  // absent means false
    const auto found = object_.find(key);
    if (found == object_.end()) return false;
    if (!found->is_boolean()) fail(key, "expected true or false");
    return found->get<bool>();
  }
  std::int64_t integer(const std::string& key) const {
    const auto& value = at(key);
    if (!value.is_number_integer()) fail(key, "expected an integer");
    return value.get<std::int64_t>();
  }
  date::sys_days day(const std::string& key) const {
    const auto parsed = parse_iso_day(text(key));
    if (!parsed) fail(key, "expected a date YYYY-MM-DD");
    return *parsed;
  }
  std::vector<std::string> names(const std::string& key) const {
    const auto& value = at(key);
    if (!value.is_array() || !std::all_of(value.begin(), value.end(), [](const json& v) { return v.is_string(); }))
      fail(key, "expected an array of strings");
    return value.get<std::vector<std::string>>();
  }
  std::string child(const std::string& key) const { return path_ + (path_.empty() ? "" : ".") + key; }
  [[noreturn]] void fail(const std::string& key, const std::string& why) const {
    throw InputError(file_ + ": " + (key.empty() ? path_ : child(key)) + ": " + why);
  }

 private:
  const std::string& file_;
  std::string path_;
  const json& object_;
};

std::string indexed(const std::string& name, std::size_t i) { return name + "[" + std::to_string(i) + "]"; }

// Byte offset of code point `index` in `text`, or nullopt past the end.
std::optional<std::size_t> byte_of_code_point(std::string_view text, std::size_t index) {
  std::size_t count = 0;
  for (std::size_t byte = 0; byte < text.size(); ++byte) {
    if ((static_cast<unsigned char>(text[byte]) & 0xC0) == 0x80) continue;
    if (count++ == index) return byte;
  }
  if (count == index) return text.size();
  return std::nullopt;
}

Document read_document(const Fields& f) {
  Document document;
  document.id = f.integer("id");
  document.title = f.text("title");
  document.source = f.text("source");
  document.url = f.optional_text("url");
  document.published = f.day("published");
  const auto origin = f.text("published_origin");
  bool known = false;
  for (const auto candidate : {DateOrigin::CommandLine, DateOrigin::Metadata, DateOrigin::Dateline, DateOrigin::RelativeMarker})
    if (to_string(candidate) == origin) document.published_origin = candidate, known = true;
  if (!known) f.fail("published_origin", "unknown origin '" + origin + "'");
  document.text = f.text("text");
  return document;
}

When read_when(const Fields& f) {
  When when;
  when.value = f.text("value");
  when.mod = f.optional_text("mod");
  const auto granularity = parse_granularity(f.text("granularity"));
  if (!granularity) f.fail("granularity", "unknown granularity");
  when.range = DateRange{f.day("start"), f.day("end"), *granularity, Portion::Whole};
  if (when.range.last < when.range.first) f.fail("end", "before start");
  const auto portion = f.optional_text("portion");
  for (const auto candidate : {Portion::Early, Portion::Mid, Portion::Late})
    if (to_string(candidate) == portion) when.range.portion = candidate;
  return when;
}

using Texts = std::unordered_map<DocumentId, std::string_view>;

Source read_source(const Fields& f, const Texts& texts) {
  Source source;
  source.document = f.at("document").is_null() ? 0 : f.integer("document");
  source.quote = f.text("quote");
  source.expression = f.text("expression");
  source.rule = f.optional_text("rule");
  source.anchor = f.optional_text("anchor");
  const auto& offset = f.at("offset");
  if (offset.is_null()) return source;
  const auto text = texts.find(source.document);
  if (text == texts.end()) f.fail("document", "not among the documents");
  if (!offset.is_array() || offset.size() != 2 || !offset[0].is_number_unsigned() || !offset[1].is_number_unsigned())
    f.fail("offset", "expected [begin, end]");
  const auto begin = byte_of_code_point(text->second, offset[0].get<std::size_t>());
  const auto end = byte_of_code_point(text->second, offset[1].get<std::size_t>());
  if (!begin || !end || *end < *begin) f.fail("offset", "outside the document text");
  source.begin = *begin;
  source.end = *end;
  return source;
}

Event read_event(const std::string& file, const Fields& f, const Texts& texts) {
  Event event;
  event.id = f.integer("id");
  event.title = f.text("title");
  event.type = f.text("type");
  event.actors = f.names("actors");
  event.places = f.names("places");
  event.when = read_when(Fields(file, f.child("when"), f.at("when")));
  event.edited_by_analyst = f.flag("edited");
  const auto& sources = f.at("sources");
  if (!sources.is_array()) f.fail("sources", "expected an array");
  for (std::size_t i = 0; i < sources.size(); ++i)
    event.sources.push_back(read_source(Fields(file, indexed(f.child("sources"), i), sources[i]), texts));
  return event;
}

json parse(const std::string& name, std::string_view text) {
  try {
    return json::parse(text);
  } catch (const json::parse_error& error) {
    const auto at = std::min<std::size_t>(error.byte, text.size());
    const auto line = 1 + static_cast<std::size_t>(std::count(text.begin(), text.begin() + static_cast<long>(at), '\n'));
    throw InputError(name + ":" + std::to_string(line) + ": malformed JSON (" + error.what() + ")");
  }
}

}  // namespace

Timeline read_timeline_json(const std::string& name, std::string_view text) {
  const auto root = parse(name, text);
  const Fields top(name, "", root);
  Timeline timeline;
  const auto& documents = top.at("documents");
  const auto& events = top.at("events");
  if (!documents.is_array()) top.fail("documents", "expected an array");
  if (!events.is_array()) top.fail("events", "expected an array");
  for (std::size_t i = 0; i < documents.size(); ++i)
    timeline.documents.push_back(read_document(Fields(name, indexed("documents", i), documents[i])));
  Texts texts;
  for (const auto& document : timeline.documents) texts.emplace(document.id, document.text);
  for (std::size_t i = 0; i < events.size(); ++i)
    timeline.events.push_back(read_event(name, Fields(name, indexed("events", i), events[i]), texts));
  return timeline;
}

}  // namespace annals::formats
