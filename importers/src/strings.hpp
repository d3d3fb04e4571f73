// Small ASCII string helpers the readers share (trimming, case-insensitive comparison,
// whitespace collapsing). Private to the importers library.
#pragma once

#include <string>
#include <string_view>

namespace annals::formats::strings {

std::string_view trim(std::string_view text);
std::string lower(std::string_view text);
bool iequals(std::string_view a, std::string_view b);
bool istarts_with(std::string_view text, std::string_view prefix);
// Runs of ASCII whitespace become one space; leading and trailing whitespace goes.
std::string collapse_spaces(std::string_view text);

}  // namespace annals::formats::strings
