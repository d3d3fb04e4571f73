// Assembling the benchmark corpus from files the importers already know how to read.
#include "news_corpus.hpp"

#include "annals/data_dir.hpp"
#include "annals/date_range.hpp"
#include "annals/formats/input_file.hpp"
#include "annals/formats/timeml.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>
#include <stdexcept>

namespace annals::bench {

std::size_t NewsCorpus::bytes() const {
  std::size_t total = 0;
  for (const auto& d : documents) total += d.text.size();
  return total;
}

Document reference_document() {
  Document article;
  article.source = (data_directory() / "samples" / "wang-yi-moscow-2023-09.txt").string();
  article.published = date::year{2023} / date::September / 19;
  article.text = formats::read_text_file(article.source);
  return article;
}

NewsCorpus build_news_corpus(const std::filesystem::path& timeml_dir, const Document& extra,
                             std::size_t min_bytes) {
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(timeml_dir))
    if (entry.path().extension() == ".tml") files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  NewsCorpus once;
  for (const auto& f : files) once.documents.push_back(formats::read_timeml_file(f).document);
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
    const nlohmann::json line{{"id", d.source}, {"published", format_iso(d.published)}, {"text", d.text}};
    file << line.dump() << '\n';
  }
  if (!file) throw std::runtime_error(out.string() + ": write failed");
}

}  // namespace annals::bench
