// The benchmark corpus: several MB of English news text, each document with the date it
// was published, so every tagger under test reads the same words with the same anchor.
// Built at bench time from the TempEval-3 training documents (../shared, available to
// developers and CI, not shipped) plus the reference article, repeated to the size asked.
#pragma once

#include "annals/document.hpp"

#include <cstddef>
#include <filesystem>
#include <vector>

namespace annals::bench {

struct NewsCorpus {
  std::vector<Document> documents;  // text and published are set
  std::size_t bytes() const;
};

// The reference article (data/samples/wang-yi-moscow-2023-09.txt, published 2023-09-19).
Document reference_document();

// Every *.tml under `timeml_dir` (sorted by name, read by the TimeML importer) plus
// `extra`, repeated in that order until the text adds up to at least `min_bytes`.
NewsCorpus build_news_corpus(const std::filesystem::path& timeml_dir, const Document& extra,
                             std::size_t min_bytes);

// One JSON object per line: {"id", "published": "YYYY-MM-DD", "text"}, for other taggers.
void write_jsonl(const NewsCorpus& corpus, const std::filesystem::path& out);

}  // namespace annals::bench
