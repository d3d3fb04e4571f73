// After tokenizing (which attaches each token's lexicon facts): fold number words into number
// tokens ("twenty-four" -> 24, "18th" -> ordinal 18, "two hundred" -> 200), so rules see
// one NUMBER or ORDINAL token whatever way the text wrote it.
#pragma once

#include "rule_set.hpp"
#include "tokens.hpp"


namespace annals::temporal {

// Reads each lexicon word's number values into its WordInfo; the loader calls it once.
void index_number_words(TemporalTagger::Rules& rules);

// `starts`: the start candidates as the tokenizer listed them. Folds start on the numbers
// and number words among them; the list is rewritten to name the same tokens after folding
// (a token taken into a fold leaves it).
void annotate(const TemporalTagger::Rules& rules, std::string_view text, TokenBuffer& tokens, StartCandidates& starts);

}  // namespace annals::temporal
