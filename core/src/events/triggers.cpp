// Loading event types and trigger phrases, and finding the phrases in a sentence.
#include "annals/events/triggers.hpp"

#include "annals/events/table_file.hpp"

#include <algorithm>
#include <optional>

namespace annals::events {

namespace {

constexpr std::string_view template_separator = "||";

std::optional<ActorPreference> parse_preference(std::string_view text) {
  if (text == "nearest") return ActorPreference::Nearest;
  if (text == "person") return ActorPreference::Person;
  return std::nullopt;
}

std::optional<Aspect> parse_aspect(std::string_view text) {
  if (text == "whole") return Aspect::Whole;
  if (text == "start") return Aspect::Start;
  if (text == "end") return Aspect::End;
  return std::nullopt;
}

// Every {slot} of a template must be one the title builder knows.
void check_template(const TableRow& row, std::string_view text) {
  static const std::vector<std::string_view> slots{"subject", "object", "place", "places", "trigger", "rest"};
  for (auto open = text.find('{'); open != std::string_view::npos; open = text.find('{', open + 1)) {
    const auto close = text.find('}', open);
    if (close == std::string_view::npos) fail(row, "unclosed '{' in title template");
    const auto slot = text.substr(open + 1, close - open - 1);
    if (std::find(slots.begin(), slots.end(), slot) == slots.end())
      fail(row, "unknown slot {" + std::string(slot) + "} (known: subject, object, place, places, trigger, rest)");
  }
}

std::vector<std::string> read_templates(const TableRow& row, std::size_t field) {
  if (row.fields.size() <= field) return {};
  auto templates = split_templates(row.fields[field]);
  for (const auto& text : templates) check_template(row, text);
  return templates;
}

}  // namespace

std::vector<std::string> split_templates(std::string_view field) {
  std::vector<std::string> parts;
  while (true) {
    const auto at = field.find(template_separator);
    auto part = field.substr(0, at);
    while (!part.empty() && part.front() == ' ') part.remove_prefix(1);
    while (!part.empty() && part.back() == ' ') part.remove_suffix(1);
    if (!part.empty()) parts.emplace_back(part);
    if (at == std::string_view::npos) break;
    field.remove_prefix(at + template_separator.size());
  }
  return parts;
}

TriggerLexicon TriggerLexicon::load(const std::filesystem::path& types_file,
                                    const std::filesystem::path& triggers_file) {
  TriggerLexicon lexicon;
  // types.tsv: type, group, subject preference, object preference, title templates
  for (const auto& row : read_table(types_file, 5, 5)) {
    const auto subject = parse_preference(row.fields[2]);
    const auto object = parse_preference(row.fields[3]);
    if (!subject || !object) fail(row, "actor preference must be 'nearest' or 'person'");
    EventType type{row.fields[0], row.fields[1], *subject, *object, read_templates(row, 4)};
    if (type.title_templates.empty()) fail(row, "a type needs at least one title template");
    if (!lexicon.types_.emplace(type.name, type).second) fail(row, "type '" + type.name + "' is listed twice");
  }
  // triggers.tsv: type, phrases, strength, aspect, optional title templates
  std::map<std::vector<std::string>, std::string> phrase_rows;  // phrase -> where it was listed
  for (const auto& row : read_table(triggers_file, 4, 5)) {
    if (!lexicon.type(row.fields[0])) fail(row, "unknown event type '" + row.fields[0] + "' (see types.tsv)");
    if (row.fields[2] != "strong" && row.fields[2] != "weak") fail(row, "strength must be 'strong' or 'weak'");
    const auto aspect = parse_aspect(row.fields[3]);
    if (!aspect) fail(row, "aspect must be 'whole', 'start' or 'end'");
    const auto templates = read_templates(row, 4);
    for (const auto& phrase : split_alternatives(row.fields[1])) {
      Trigger trigger{row.fields[0], phrase_words(phrase), row.fields[2] == "weak", *aspect, templates};
      if (trigger.words.empty()) fail(row, "empty trigger phrase");
      if (const auto [earlier, fresh] = phrase_rows.emplace(trigger.words, row.where); !fresh)
        fail(row, "phrase '" + phrase + "' is already listed at " + earlier->second);
      lexicon.triggers_.push_back(std::move(trigger));
    }
  }
  for (std::size_t i = 0; i < lexicon.triggers_.size(); ++i) {
    lexicon.first_word_filter_.add(lexicon.triggers_[i].words.front());
    lexicon.by_first_word_[lexicon.triggers_[i].words.front()].push_back(i);
  }
  for (auto& [word, indices] : lexicon.by_first_word_)
    std::stable_sort(indices.begin(), indices.end(), [&](std::size_t a, std::size_t b) {
      return lexicon.triggers_[a].words.size() > lexicon.triggers_[b].words.size();
    });
  return lexicon;
}

std::vector<TriggerHit> TriggerLexicon::find(const std::vector<Token>& tokens) const {
  std::vector<TriggerHit> hits;
  for (std::size_t at = 0; at < tokens.size();) {
    const TriggerHit* best = nullptr;
    TriggerHit hit;
    // About half the tokens of news prose fail the filter and skip the hash lookup.
    const auto found = first_word_filter_.may_contain(tokens[at].lower) ? by_first_word_.find(tokens[at].lower)
                                                                         : by_first_word_.end();
    if (found != by_first_word_.end()) {
      for (const auto index : found->second) {
        const auto& words = triggers_[index].words;
        if (at + words.size() > tokens.size()) continue;
        bool same = true;
        for (std::size_t i = 0; i < words.size() && same; ++i) same = tokens[at + i].lower == words[i];
        if (!same) continue;
        hit = {at, at + words.size(), &triggers_[index]};
        best = &hit;
        break;
      }
    }
    if (!best) {
      ++at;
      continue;
    }
    hits.push_back(*best);
    at = best->last;
  }
  return hits;
}

const EventType* TriggerLexicon::type(std::string_view name) const {
  const auto found = types_.find(name);
  return found == types_.end() ? nullptr : &found->second;
}

bool TriggerLexicon::compatible(std::string_view type_a, std::string_view type_b) const {
  if (type_a == type_b) return true;
  const auto* a = type(type_a);
  const auto* b = type(type_b);
  return a && b && a->group == b->group;
}

}  // namespace annals::events
