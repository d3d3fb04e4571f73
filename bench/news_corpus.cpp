// Reading TimeML just well enough to take its text out: the DCT's value and the TEXT
// element with every tag removed. The full TimeML importer (gold timexes, offsets) lives in
// importers/; the benchmark needs only the words.
#include "news_corpus.hpp"

#include "annals/data_dir.hpp"
#include "annals/date_range.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string_view>
#include <utility>

namespace annals::bench {

namespace {

std::string read_whole(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error(path.string() + ": cannot read");
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::size_t line_of(std::string_view text, std::size_t offset) {
  const auto before = text.substr(0, offset);
  return 1 + static_cast<std::size_t>(std::count(before.begin(), before.end(), '\n'));
}

// The XML entities TimeML files use; anything else is left as written.
constexpr std::array<std::pair<std::string_view, char>, 5> entities{{
    {"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&apos;", '\''},
}};

std::string strip_markup(std::string_view xml) {
  std::string out;
  out.reserve(xml.size());
  for (std::size_t i = 0; i < xml.size();) {
    if (xml[i] == '<') {
      const auto close = xml.find('>', i);
      i = close == std::string_view::npos ? xml.size() : close + 1;
      continue;
    }
    if (xml[i] == '&') {
      const auto entity = std::find_if(entities.begin(), entities.end(), [&](const auto& e) {
        return xml.substr(i, e.first.size()) == e.first;
      });
      if (entity != entities.end()) {
        out.push_back(entity->second);
        i += entity->first.size();
        continue;
      }
    }
    out.push_back(xml[i++]);
  }
  return out;
}

date::sys_days creation_time(std::string_view xml, const std::filesystem::path& tml) {
  const auto dct = xml.find("<DCT>");
  if (dct == std::string_view::npos) throw std::runtime_error(tml.string() + ": no <DCT> element");
  constexpr std::string_view value_attribute = "value=\"";
  constexpr std::size_t iso_day_length = 10;  // YYYY-MM-DD
  const auto value = xml.find(value_attribute, dct);
  const auto day = value == std::string_view::npos
                       ? std::nullopt
                       : parse_iso_day(xml.substr(value + value_attribute.size(), iso_day_length));
  if (!day)
    throw std::runtime_error(tml.string() + ":" + std::to_string(line_of(xml, dct)) +
                             ": the DCT has no YYYY-MM-DD value");
  return *day;
}

}  // namespace

std::size_t NewsCorpus::bytes() const {
  std::size_t total = 0;
  for (const auto& d : documents) total += d.text.size();
  return total;
}

CorpusDocument reference_document() {
  constexpr date::sys_days published{date::year{2023} / date::September / 19};
  const auto path = data_directory() / "samples" / "wang-yi-moscow-2023-09.txt";
  return {path.filename().string(), published, read_whole(path)};
}

CorpusDocument read_timeml_document(const std::filesystem::path& tml) {
  const std::string xml = read_whole(tml);
  constexpr std::string_view open = "<TEXT>", close = "</TEXT>";
  const auto begin = xml.find(open);
  const auto end = begin == std::string::npos ? begin : xml.find(close, begin);
  if (end == std::string::npos) throw std::runtime_error(tml.string() + ": no <TEXT> element");
  const auto inner = std::string_view(xml).substr(begin + open.size(), end - begin - open.size());
  return {tml.filename().string(), creation_time(xml, tml), strip_markup(inner)};
}

NewsCorpus build_news_corpus(const std::filesystem::path& timeml_dir, const CorpusDocument& extra,
                             std::size_t min_bytes) {
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(timeml_dir))
    if (entry.path().extension() == ".tml") files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  NewsCorpus once;
  for (const auto& f : files) once.documents.push_back(read_timeml_document(f));
  once.documents.push_back(extra);
  if (once.bytes() == 0) throw std::runtime_error(timeml_dir.string() + ": no text to benchmark on");
  NewsCorpus corpus;
  while (corpus.bytes() < min_bytes)
    corpus.documents.insert(corpus.documents.end(), once.documents.begin(), once.documents.end());
  return corpus;
}

void write_jsonl(const NewsCorpus& corpus, const std::filesystem::path& out) {
  std::ofstream file(out, std::ios::binary);
  if (!file) throw std::runtime_error(out.string() + ": cannot write");
  for (const auto& d : corpus.documents) {
    const nlohmann::json line{{"id", d.id}, {"published", format_iso(d.published)}, {"text", d.text}};
    // Invalid UTF-8 cannot occur in the corpus, but replacing beats throwing mid-benchmark.
    file << line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
  }
  if (!file) throw std::runtime_error(out.string() + ": write failed");
}

}  // namespace annals::bench
