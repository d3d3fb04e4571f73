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
  explicit CandidateLister(StartCandidates& starts) : starts_(starts), out_(starts.end()) {}

  // Room for the candidates of `count` more tokens, made once per block of text like the
  // tokens' (tokenizer.cpp). Each token is listed at most once, when it or the token after
  // it is written: `count` tokens list at most `count` candidates, plus the one waiting.
  void make_room(std::size_t count) {
    starts_.commit(out_);
    starts_.reserve_more(count + 1);
    out_ = starts_.end();
  }

  // The token just written at `index` starts a fold (a number or a number word): always a
  // candidate, as rules start on numbers and ordinals.
  void fold_start(std::uint32_t index) {
    list_waiting_if(waiting_ != 0, index);
    waiting_ = 0;
    *out_++ = index;
  }

  // The token just written at `index` has entry `info` (an empty one when the lexicon has
  // none) and starts no fold. Tokens that start no fold are words, punctuation or other
  // characters, never numbers: their features are their entry's and the token bit
  // (matcher.hpp, features_of).
  void entry(std::uint32_t index, const WordInfo& info) { entry(index, info.features, info.starts.worth_next); }
  // The same from the entry's `features` and `starts.worth_next` (SpellingTable::Found).
  void entry(std::uint32_t index, FeatureMask features, FeatureMask worth_next) {
    list_waiting_if((waiting_ & (features | feature::token)) != 0, index);
    // It waits for the next token with what its rules want of it. An entry that starts no
    // rule wants nothing (worth_next 0), nor does one whose rules no next token continues:
    // no candidate at all. (Were worth_next ever set without rules, such a token would only
    // be listed and tried in vain: the output cannot change.)
    waiting_ = worth_next;
  }

  // The text has ended after `count` tokens: the last has no next one to ask.
  void finish(std::uint32_t count) {
    make_room(0);
    list_waiting_if(waiting_ != 0, count);
    waiting_ = 0;
    starts_.commit(out_);
  }

 private:
  // Within the room make_room left: no capacity test. A branch, not a store made always and
  // kept or not: the lister's state lives on the stack in the tokenizer's busy loop, and the
  // branch is taken seldom enough to be cheaper than the loads and stores of the other way.
  // The waiting token is the one before `next`: tokens are listed as they are written, one
  // after the other, so its index need not be kept (the tokenizer's loop is short of registers).
  void list_waiting_if(bool listed, std::uint32_t next) {
    if (listed) *out_++ = next - 1;
  }

  StartCandidates& starts_;
  std::uint32_t* out_;  // where the next candidate goes, within the room made
  FeatureMask waiting_ = 0;  // what the next token must share with the candidate waiting
};

}  // namespace annals::temporal
