// The benchmark corpus: several MB of English news text, each document with the date it
// was published, so every tagger under test reads the same words with the same anchor.
// Built at bench time from the TempEval-3 training documents (../shared, available to
// developers and CI, not shipped) plus the reference article, repeated to the size asked.
#pragma once

#include <date/date.h>

#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

namespace annals::bench {

struct CorpusDocument {
  std::string id;               // file name, for messages
  date::sys_days published{};   // the TimeML DCT, or the article's publication date
  std::string text;             // plain text: tags stripped, entities decoded
};

struct NewsCorpus {
  std::vector<CorpusDocument> documents;
  std::size_t bytes() const;
};

// The reference article (data/samples/wang-yi-moscow-2023-09.txt, published 2023-09-19).
CorpusDocument reference_document();

// The TEXT element of one TimeML file with its markup removed, and its DCT.
// Throws std::runtime_error naming the file when either is missing.
CorpusDocument read_timeml_document(const std::filesystem::path& tml);

// Every *.tml under `timeml_dir` (sorted by name) plus `extra`, repeated in that order until
// the text adds up to at least `min_bytes`.
NewsCorpus build_news_corpus(const std::filesystem::path& timeml_dir, const CorpusDocument& extra,
                             std::size_t min_bytes);

// One JSON object per line: {"id", "published": "YYYY-MM-DD", "text"}, for other taggers.
void write_jsonl(const NewsCorpus& corpus, const std::filesystem::path& out);

}  // namespace annals::bench
