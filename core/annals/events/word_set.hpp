// Sets and maps of words looked up by string_view without building a std::string, in
// constant time: the gazetteer and the triggers ask them about every token of every sentence.
#pragma once

#include "annals/text_hash.hpp"

#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace annals::events {

using WordHash = TextHash;

using WordSet = std::unordered_set<std::string, WordHash, std::equal_to<>>;
template <typename Value>
using WordMap = std::unordered_map<std::string, Value, WordHash, std::equal_to<>>;

}  // namespace annals::events
