// Saved web pages: one article each. Main text from <article> (else <main>, else <body>)
// without page furniture; title from og:title or <title>; URL from the canonical link or
// og:url; publication date from article:published_time, JSON-LD datePublished,
// itemprop="datePublished", <meta name="date"> and its cousins, or the first <time datetime>.
#pragma once

#include "annals/formats/article.hpp"
#include "annals/formats/html_text.hpp"

#include <string>

namespace annals::formats {

ReadResult read_html_article(const std::string& name, const std::string& bytes,
                             const HtmlBoilerplate& boilerplate);

}  // namespace annals::formats
