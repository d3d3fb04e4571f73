// Binding a date to its trigger and finding subject, object and places by word order:
// the nearest actor before the trigger in its clause is the subject (people first for
// types that prefer them), the nearest after it the object; "X and Y" act together.
#include "happening.hpp"

#include "annals/events/title.hpp"

#include <algorithm>
#include <limits>

namespace annals::events {

namespace {

constexpr std::size_t no_distance = std::numeric_limits<std::size_t>::max();

bool excluded_token(const std::vector<TokenRange>& excluded, std::size_t first, std::size_t last) {
  return std::any_of(excluded.begin(), excluded.end(),
                     [&](const TokenRange& range) { return range.overlaps(first, last); });
}

std::size_t gap(const TokenRange& date, std::size_t first, std::size_t last) {
  if (last <= date.first) return date.first - last;
  if (first >= date.last) return first - date.last;
  return 0;
}

const TriggerHit* nearest_trigger(const SentenceReading& reading, const TokenRange& date,
                                  const std::vector<TokenRange>& excluded,
                                  const ExtractionSettings& settings) {
  const TriggerHit* best = nullptr;
  std::size_t best_distance = no_distance;
  for (const auto& hit : reading.triggers) {
    if (excluded_token(excluded, hit.first, hit.last)) continue;
    auto distance = gap(date, hit.first, hit.last);
    if (hit.trigger->weak) distance += settings.weak_trigger_penalty;
    if (distance > settings.max_trigger_distance || distance >= best_distance) continue;
    best = &hit;
    best_distance = distance;
  }
  return best;
}

struct ActorSearch {
  const SentenceReading& reading;
  const Gazetteer& gazetteer;
  const DocumentMemory& memory;
  const std::vector<TokenRange>& excluded;
  const TriggerHit& hit;

  std::vector<std::size_t> candidates(ActorPreference preference,
                                      const std::vector<EntityIndex>& taken) const {
    std::vector<std::size_t> found;
    bool any_person = false;
    for (std::size_t i = 0; i < reading.mentions.size(); ++i) {
      const auto& m = reading.mentions[i];
      if (m.role != Role::Actor || excluded_token(excluded, m.mention.first, m.mention.last)) continue;
      if (std::find(taken.begin(), taken.end(), m.mention.entity) != taken.end()) continue;
      found.push_back(i);
      any_person = any_person || gazetteer.entity(m.mention.entity, memory).kind == EntityKind::Person;
    }
    if (preference == ActorPreference::Person && any_person)
      std::erase_if(found, [&](std::size_t i) {
        return gazetteer.entity(reading.mentions[i].mention.entity, memory).kind != EntityKind::Person;
      });
    return found;
  }

  // Nearest candidate: in the trigger's clause first (before it, then after it when
  // `before_first`; the other way round otherwise), then in the rest of the sentence
  // unless `clause_only`.
  std::optional<std::size_t> pick(const std::vector<std::size_t>& found, bool before_first,
                                  bool clause_only) const {
    const auto clause = reading.clause_of_token[hit.first];
    const auto pass = [&](bool same_clause, bool before) -> std::optional<std::size_t> {
      std::optional<std::size_t> best;
      std::size_t best_gap = no_distance;
      for (const auto i : found) {
        const auto& m = reading.mentions[i].mention;
        if (same_clause && reading.clause_of_token[m.first] != clause) continue;
        if (before ? m.last > hit.first : m.first < hit.last) continue;
        const auto distance = before ? hit.first - m.last : m.first - hit.last;
        if (distance < best_gap) {
          best = i;
          best_gap = distance;
        }
      }
      return best;
    };
    for (const bool same_clause : {true, false}) {
      if (!same_clause && clause_only) break;
      for (const bool before : {before_first, !before_first})
        if (const auto found_one = pass(same_clause, before)) return found_one;
    }
    return std::nullopt;
  }

  // The mentions coordinated with mention `i` by "and" or a comma.
  std::vector<std::size_t> coordinated(std::size_t i, const std::vector<std::size_t>& found) const {
    std::vector<std::size_t> group{i};
    const auto joined = [&](std::size_t left, std::size_t right) {
      const auto& a = reading.mentions[left].mention;
      const auto& b = reading.mentions[right].mention;
      return a.last + 1 == b.first && (reading.tokens[a.last].lower == "and" || reading.tokens[a.last].lower == ",");
    };
    const auto in_found = [&](std::size_t j) { return std::find(found.begin(), found.end(), j) != found.end(); };
    for (auto j = i; j > 0 && in_found(j - 1) && joined(j - 1, j); --j) group.insert(group.begin(), j - 1);
    for (auto j = i; j + 1 < reading.mentions.size() && in_found(j + 1) && joined(j, j + 1); ++j) group.push_back(j + 1);
    return group;
  }
};

// The words after the trigger up to the end of its clause, without the date itself and a
// leading "that": "said earlier this month that he was ..." -> "he was ...".
std::string rest_of_clause(std::string_view text, const SentenceReading& reading, const TriggerHit& hit,
                           const std::vector<TokenRange>& excluded, std::size_t max_words) {
  const auto clause = reading.clause_of_token[hit.first];
  const auto in_clause = [&](std::size_t i) {
    return i < reading.tokens.size() && reading.clause_of_token[i] == clause;
  };
  std::size_t first = hit.last;
  while (in_clause(first) && excluded_token(excluded, first, first + 1)) ++first;
  if (in_clause(first) && reading.tokens[first].lower == "that") ++first;
  std::size_t last = first;
  std::size_t words = 0;
  while (in_clause(last) && words < max_words && !excluded_token(excluded, last, last + 1)) {
    if (reading.tokens[last].is_word()) ++words;
    ++last;
  }
  const bool cut = in_clause(last);
  while (last > first && !reading.tokens[last - 1].is_word()) --last;
  std::string rest(reading.text_of(text, first, last));
  if (cut && !rest.empty()) rest += " \xE2\x80\xA6";  // " …"
  return rest;
}

// Subject (with whoever is coordinated with it) and object of the trigger.
void find_actors(const ActorSearch& search, const EventType& type, Happening& happening,
                 std::optional<EntityIndex>& object) {
  const auto& reading = search.reading;
  std::vector<std::size_t> subject_group;
  const auto subjects = search.candidates(type.subject, {});
  if (const auto subject = search.pick(subjects, true, false)) subject_group = search.coordinated(*subject, subjects);
  for (const auto i : subject_group) happening.actors.push_back(reading.mentions[i].mention.entity);
  // "Lavrov and Wang held a meeting" in a story about Wang: Wang comes first in the title.
  std::stable_sort(happening.actors.begin(), happening.actors.end(), [&](EntityIndex a, EntityIndex b) {
    return search.memory.times_named(a) > search.memory.times_named(b);
  });
  if (!happening.actors.empty()) happening.subject = happening.actors.front();
  if (happening.actors.size() >= 2) {
    object = happening.actors[1];  // "Lavrov and Wang held a meeting": they met each other
    return;
  }
  if (const auto found = search.pick(search.candidates(type.object, happening.actors), false, true)) {
    object = reading.mentions[*found].mention.entity;
    happening.actors.push_back(*object);
  }
}

// Places in the clauses of the trigger and of the sentence's other triggers of its type
// ("set foot on foreign soil in December, when he visited Belarus and Kyrgyzstan").
void find_places(const SentenceReading& reading, const TriggerHit& hit,
                 const std::vector<TokenRange>& excluded, Happening& happening) {
  std::vector<std::size_t> clauses{reading.clause_of_token[hit.first]};
  for (const auto& other : reading.triggers)
    if (other.trigger->type == hit.trigger->type && !excluded_token(excluded, other.first, other.last))
      clauses.push_back(reading.clause_of_token[other.first]);
  for (const auto& m : reading.mentions) {
    const bool in_clause = std::find(clauses.begin(), clauses.end(), reading.clause_of_token[m.mention.first]) != clauses.end();
    if (m.role == Role::Place && in_clause && !excluded_token(excluded, m.mention.first, m.mention.last) &&
        std::find(happening.places.begin(), happening.places.end(), m.mention.entity) == happening.places.end())
      happening.places.push_back(m.mention.entity);
  }
}

TitleSlots title_slots(std::string_view text, const SentenceReading& reading, const TriggerHit& hit,
                       const std::vector<TokenRange>& excluded, const Happening& happening,
                       std::optional<EntityIndex> object, const EventExtractor::Lexicons& lexicons,
                       const DocumentMemory& memory) {
  const auto& gazetteer = lexicons.gazetteer;
  const auto name = [&](std::optional<EntityIndex> e) { return e ? gazetteer.entity(*e, memory).title_name : std::string(); };
  std::string places;
  for (std::size_t i = 0; i < happening.places.size(); ++i) {
    if (i > 0) places += i + 1 == happening.places.size() ? " and " : ", ";
    places += gazetteer.entity(happening.places[i], memory).title_name;
  }
  const auto first_place = happening.places.empty() ? std::nullopt : std::optional(happening.places.front());
  return TitleSlots{
      {"subject", name(happening.subject)},
      {"object", name(object)},
      {"place", name(first_place)},
      {"places", places},
      {"trigger", std::string(reading.text_of(text, hit.first, hit.last))},
      {"rest", rest_of_clause(text, reading, hit, excluded, lexicons.settings.title_rest_max_words)},
  };
}

}  // namespace

std::optional<Happening> read_happening(std::string_view text, const SentenceReading& reading,
                                        const std::vector<TokenRange>& excluded,
                                        const EventExtractor::Lexicons& lexicons,
                                        const DocumentMemory& memory) {
  if (excluded.empty()) return std::nullopt;
  const auto* hit = nearest_trigger(reading, excluded.front(), excluded, lexicons.settings);
  if (!hit) return std::nullopt;
  const auto* type = lexicons.triggers.type(hit->trigger->type);
  Happening happening;
  happening.trigger = hit;
  std::optional<EntityIndex> object;
  find_actors(ActorSearch{reading, lexicons.gazetteer, memory, excluded, *hit}, *type, happening, object);
  find_places(reading, *hit, excluded, happening);
  const auto& templates = hit->trigger->title_templates.empty() ? type->title_templates
                                                                : hit->trigger->title_templates;
  // No title means nobody and nowhere is named ("The talks on the 18th lasted hours"):
  // such a telling can still join an event the document names fully (see merge.hpp).
  if (const auto title = render_title(templates, title_slots(text, reading, *hit, excluded, happening, object, lexicons, memory))) {
    happening.title = title->text;
    happening.title_rank = title->rank();
  }
  return happening;
}

}  // namespace annals::events
