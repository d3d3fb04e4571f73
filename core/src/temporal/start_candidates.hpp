// Listing the start candidates (tokens.hpp, StartCandidates) as the tokenizer writes tokens.
// Most tokens where rules start ("the", "in", "a") are followed by a word no pattern names,
// and Matcher::worth_trying turns them away by the next token's features. The lister asks
// the same question as soon as the next token is written, so that such a token never enters
// the list: annotate and the tag loop visit less than half as many candidates.
// The next token decides only when folding cannot change it. A number or a number word may
// be folded into another token, so a candidate before one stays, as does the text's last
// token: Matcher::worth_trying still asks of every candidate listed, after folding.
#pragma once

#include "matcher.hpp"
#include "tokens.hpp"

namespace annals::temporal {

class CandidateLister {
 public:
  explicit CandidateLister(StartCandidates& starts) : starts_(starts) {}

  // The token just written at `index` starts a fold (a number or a number word): always a
  // candidate, as rules start on numbers and ordinals.
  void fold_start(std::uint32_t index) {
    if (waiting_ != 0) starts_.push_back(waiting_index_);
    waiting_ = 0;
    starts_.push_back(index);
  }

  // The token just written at `index` has entry `info` (an empty one when the lexicon has
  // none) and starts no fold. Tokens that start no fold are words, punctuation or other
  // characters, never numbers: their features are their entry's and the token bit
  // (matcher.hpp, features_of).
  void entry(std::uint32_t index, const WordInfo& info) {
    settle(info.features | feature::token);
    // It waits for the next token with what its rules want of it. An entry that starts no
    // rule wants nothing (worth_next 0), nor does one whose rules no next token continues:
    // no candidate at all. (Were worth_next ever set without rules, such a token would only
    // be listed and tried in vain: the output cannot change.) Not branched on: which words
    // start rules follows no pattern a branch predicts.
    waiting_ = info.starts.worth_next;
    waiting_index_ = index;
  }

  // The text has ended: the last token has no next one to ask.
  void finish() {
    if (waiting_ != 0) starts_.push_back(waiting_index_);
    waiting_ = 0;
  }

 private:
  // The waiting candidate is listed when the token after it has a feature it wants.
  void settle(FeatureMask next) {
    if ((waiting_ & next) != 0) starts_.push_back(waiting_index_);
    waiting_ = 0;
  }

  StartCandidates& starts_;
  FeatureMask waiting_ = 0;  // what the next token must share with the candidate waiting
  std::uint32_t waiting_index_ = 0;
};

}  // namespace annals::temporal
