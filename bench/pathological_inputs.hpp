// Inputs built to make a text scanner slow or crash: one huge line, endless digits,
// words that invite the tagger to keep extending a match, bytes that are not UTF-8.
// The linear-time benchmark scales them up; the temporal tests use them at moderate
// sizes to check that nothing crashes and every timex stays well-formed.
#pragma once

#include <cstddef>
#include <span>
#include <string>
#include <string_view>

namespace annals::bench {

enum class PathologicalKind {
  LongLine,        // news prose with every newline removed: one line of any length
  Digits,          // "8303947...": a number with no end
  LastRepeated,    // "last last last ..."
  MonthNames,      // "January February ... December January ..."
  RandomBytes,     // every byte value, mostly invalid UTF-8
  Punctuation,     // ".,;:!?-()..." and nothing else
  YearChain,       // "2023-2023-2023-..."
  HugeNumbers,     // "999999999999 days ago 999999999999 days ago ..."
};

std::span<const PathologicalKind> all_pathological_kinds();
std::string_view to_string(PathologicalKind kind);

// An input of `kind` exactly `bytes` long. Deterministic: the same arguments always give
// the same text. `prose` is the English text LongLine is made of (any non-empty text).
std::string make_pathological(PathologicalKind kind, std::size_t bytes, std::string_view prose);

}  // namespace annals::bench
