// A thin adapter over the TimeML reader the evaluator uses (timeml.hpp), so a .tml file
// imports as exactly the text and creation time that evaluation scores against.
#include "annals/formats/timeml_article.hpp"

#include "annals/formats/timeml.hpp"

namespace annals::formats {

ReadResult read_timeml_article(const std::string& name, const std::string& bytes) {
  // Without a DCT the article is dated like any other (--published, a dateline), or
  // reported as undated.
  auto parsed = parse_timeml(name, bytes, CreationTime::Optional);  // throws InputError "NAME[:LINE]: why"
  Article article;
  if (parsed.has_creation_time) article.metadata_date = parsed.document.published;
  article.document = std::move(parsed.document);
  article.document.source = name;
  return {{std::move(article)}, {}};
}

}  // namespace annals::formats
