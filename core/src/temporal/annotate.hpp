// After tokenizing (which attaches each token's lexicon facts): fold number words into number
// tokens ("twenty-four" -> 24, "18th" -> ordinal 18, "two hundred" -> 200), so rules see
// one NUMBER or ORDINAL token whatever way the text wrote it.
#pragma once

#include "rule_set.hpp"
#include "tokens.hpp"

#include <span>

namespace annals::temporal {

// Reads each lexicon word's number values into its WordInfo; the loader calls it once.
void index_number_words(TemporalTagger::Rules& rules);

// `fold_starts`: the indices of the tokens a fold can start on (numbers and number words),
// ascending, as the tokenizer listed them.
void annotate(const TemporalTagger::Rules& rules, std::string_view text, TokenBuffer& tokens,
              std::span<const std::uint32_t> fold_starts);

}  // namespace annals::temporal
