#include "annals/pipeline.hpp"

namespace annals {

Pipeline Pipeline::load(const std::filesystem::path& data_dir) {
  return Pipeline(TemporalTagger::load(data_dir), EventExtractor::load(data_dir));
}

Analysis Pipeline::analyse(const Document& document) const {
  Analysis analysis;
  analysis.mentions = tagger_.tag(document.text, TaggingContext{document.published});
  analysis.events = extractor_.extract(document, analysis.mentions);
  return analysis;
}

}  // namespace annals
