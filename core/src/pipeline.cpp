#include "annals/pipeline.hpp"

namespace annals {

Pipeline Pipeline::load(const std::filesystem::path& data_dir) {
  return Pipeline(TemporalTagger::load(data_dir), EventExtractor::load(data_dir));
}

Analysis Pipeline::analyse(const Document& document) const {
  Analysis analysis;
  analysis.mentions = tagger_.tag(document.text, TaggingContext{document.published});
  // Event-relative expressions ("a day before going to Russia") get their date written
  // back, so the stored mentions show it too.
  analysis.events = extractor_.extract_and_date(document, analysis.mentions);
  return analysis;
}

}  // namespace annals
