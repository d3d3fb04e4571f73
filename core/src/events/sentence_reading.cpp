// Reading a sentence: tokens, names and their roles, triggers, clauses. Roles follow
// simple, explainable word-order rules (see docs/events.md), not a parser.
#include "sentence_reading.hpp"

#include <array>

namespace annals::events {

namespace {

bool is_clause_break(const Token& token) {
  static constexpr std::array<std::string_view, 6> breaks{",", ";", ":", "\xE2\x80\x94" /* — */,
                                                          "\xE2\x80\x93" /* – */, "--"};
  if (token.is_word()) return false;
  for (const auto mark : breaks)
    if (token.text == mark) return true;
  return false;
}

bool is_coordination(const Token& token) { return token.lower == "and" || token.lower == ","; }

Role country_role(const std::vector<Token>& tokens, const std::vector<ReadMention>& done,
                  const Mention& mention, const Mention* next, const Gazetteer& gazetteer,
                  const DocumentMemory& memory) {
  if (next && next->first == mention.last &&
      gazetteer.entity(next->entity, memory).kind == EntityKind::Person)
    return Role::Modifier;
  if (mention.demonym) return Role::Ignored;
  const auto at = mention.first;
  if (at >= 1 && tokens[at - 1].is_word() && gazetteer.is_locative(tokens[at - 1].lower)) {
    const bool topic = at >= 2 && gazetteer.is_topic(tokens[at - 2].lower);
    return topic ? Role::Topic : Role::Place;
  }
  // "visited Belarus and Kyrgyzstan": a country coordinated with a place is a place.
  if (at >= 1 && is_coordination(tokens[at - 1]) && !done.empty() &&
      done.back().mention.last + 1 == at && done.back().role == Role::Place)
    return Role::Place;
  return Role::Actor;
}

}  // namespace

TokenRange SentenceReading::tokens_of(TextSpan bytes) const {
  TokenRange range{tokens.size(), tokens.size()};
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (!tokens[i].span.overlaps(bytes)) continue;
    if (range.first == tokens.size()) range.first = i;
    range.last = i + 1;
  }
  if (range.first == tokens.size()) return {0, 0};
  return range;
}

std::string_view SentenceReading::text_of(std::string_view text, std::size_t first,
                                          std::size_t last) const {
  if (first >= last) return {};
  const auto begin = tokens[first].span.begin;
  return text.substr(begin, tokens[last - 1].span.end - begin);
}

SentenceReading read_sentence(std::string_view text, TextSpan span,
                              const EventExtractor::Lexicons& lexicons, DocumentMemory& memory) {
  SentenceReading reading;
  reading.span = span;
  reading.tokens = tokenize(text, span);
  const auto& gazetteer = lexicons.gazetteer;
  const auto mentions = gazetteer.find(reading.tokens, memory);
  reading.mentions.reserve(mentions.size());
  for (std::size_t i = 0; i < mentions.size(); ++i) {
    const auto& mention = mentions[i];
    const Mention* next = i + 1 < mentions.size() ? &mentions[i + 1] : nullptr;
    Role role = Role::Actor;
    switch (gazetteer.entity(mention.entity, memory).kind) {
      case EntityKind::Person:
      case EntityKind::Organisation: role = Role::Actor; break;
      case EntityKind::City: role = Role::Place; break;
      case EntityKind::Country:
        role = country_role(reading.tokens, reading.mentions, mention, next, gazetteer, memory);
        break;
    }
    reading.mentions.push_back({mention, role});
  }
  reading.triggers = lexicons.triggers.find(reading.tokens);
  std::size_t clause = 0;
  // Sized once: growing it token by token was most of the allocations of event extraction.
  reading.clause_of_token.reserve(reading.tokens.size());
  for (const auto& token : reading.tokens) {
    if (is_clause_break(token)) ++clause;
    reading.clause_of_token.push_back(clause);
  }
  return reading;
}

}  // namespace annals::events
