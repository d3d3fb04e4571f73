// The readable text of HTML, built on gumbo's spec-conformant parse tree: paragraphs
// separated by blank lines, without scripts, styles, navigation, forms, figures and
// captions, nor elements whose class or id marks them as page furniture (a data file).
#pragma once

#include <cstddef>
#include <filesystem>
#include <optional>
#include <set>
#include <string>
#include <string_view>

struct GumboInternalNode;

namespace annals::formats {

// Class/id words that mark boilerplate, read from data/importers/html-boilerplate.txt.
struct HtmlBoilerplate {
  std::set<std::string, std::less<>> words;
  // Throws std::runtime_error naming the file when it cannot be read.
  static HtmlBoilerplate load(const std::filesystem::path& data_dir);
  bool marks(std::string_view class_or_id) const;
};

// gumbo's memory and time grow with the square of the element nesting depth (20,000
// nested <div>s take gigabytes), while real pages nest a few dozen deep. Pages nested
// deeper than this are refused before parsing.
inline constexpr std::size_t max_html_nesting = 1000;

// An upper estimate of the element nesting depth, from a linear scan of the tags.
std::size_t html_nesting_estimate(std::string_view html);

// Text under `root` (a gumbo node). Iterative, so deeply nested pages cannot overflow.
std::string text_of_node(const GumboInternalNode* root, const HtmlBoilerplate& boilerplate);

// Text of an HTML fragment, such as a feed item's description; nullopt when it is nested
// deeper than max_html_nesting.
std::optional<std::string> text_of_html(std::string_view html, const HtmlBoilerplate& boilerplate);

}  // namespace annals::formats
