// One sentence read for event extraction: its tokens, the names in it with the part each
// plays (actor, place, or a description of a person), its trigger words and its clauses.
#pragma once

#include "annals/events/gazetteer.hpp"
#include "annals/events/triggers.hpp"
#include "lexicons.hpp"

#include <string_view>
#include <vector>

namespace annals::events {

enum class Role {
  Actor,     // a person, an organisation, or a state acting ("China presented ...")
  Place,     // where it happened: a city, or a country after "in"/"to"/"visited"
  Modifier,  // a country describing the person after it ("Russian Foreign Minister Lavrov")
  Topic,     // "the war in Ukraine": talked about, neither actor nor place
  Ignored,   // a demonym used as a plain adjective ("a Russian rifle")
};

struct ReadMention {
  Mention mention;
  Role role = Role::Actor;
};

// Token indices [first, last) of one sentence.
struct TokenRange {
  std::size_t first = 0;
  std::size_t last = 0;
  bool contains(std::size_t token) const { return first <= token && token < last; }
  bool overlaps(std::size_t a, std::size_t b) const { return first < b && a < last; }
};

struct SentenceReading {
  TextSpan span;
  Tokens tokens;
  std::vector<ReadMention> mentions;
  std::vector<TriggerHit> triggers;
  std::vector<std::size_t> clause_of_token;  // clauses are separated by , ; : and dashes

  // The tokens that overlap the byte span `bytes` (empty range when none do).
  TokenRange tokens_of(TextSpan bytes) const;
  std::string_view text_of(std::string_view text, std::size_t first, std::size_t last) const;
};

SentenceReading read_sentence(std::string_view text, TextSpan span,
                              const EventExtractor::Lexicons& lexicons, DocumentMemory& memory);

}  // namespace annals::events
