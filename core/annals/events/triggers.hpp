// What happened: trigger words and phrases ("visited", "held talks", "arrest warrant")
// mapped to an event type, read from data/events/triggers.tsv; and the event types
// themselves (data/events/types.tsv): which types report the same kind of happening,
// who is preferred as the subject of a title, and the title templates.
#pragma once

#include "annals/events/tokens.hpp"
#include "annals/events/word_filter.hpp"
#include "annals/events/word_set.hpp"

#include <cstddef>
#include <filesystem>
#include <map>
#include <string>
#include <unordered_map>
#include <vector>

namespace annals::events {

// Which part of the happening a trigger dates: "returned home on the 18th" dates its end.
enum class Aspect { Whole, Start, End };

// Whom a title names first: any nearest actor, or people before organisations and states.
enum class ActorPreference { Nearest, Person };

struct EventType {
  std::string name;   // "visit"
  std::string group;  // types of one group report the same kind of happening
  ActorPreference subject = ActorPreference::Nearest;
  ActorPreference object = ActorPreference::Nearest;
  std::vector<std::string> title_templates;  // tried in order; see title.hpp
};

struct Trigger {
  std::string type;
  std::vector<std::string> words;  // lower-case: {"held", "a", "meeting"}
  bool weak = false;               // reporting verbs: bind a date only when nothing else is near
  Aspect aspect = Aspect::Whole;
  std::vector<std::string> title_templates;  // overrides the type's when not empty
};

// A trigger found in a sentence: tokens [first, last).
struct TriggerHit {
  std::size_t first = 0;
  std::size_t last = 0;
  const Trigger* trigger = nullptr;
};

class TriggerLexicon {
 public:
  // Reads types.tsv and triggers.tsv; throws TableError naming file:line of a bad row.
  static TriggerLexicon load(const std::filesystem::path& types_file,
                             const std::filesystem::path& triggers_file);

  // Non-overlapping triggers of `tokens`, left to right, longest phrase first.
  std::vector<TriggerHit> find(const std::vector<Token>& tokens) const;

  const EventType* type(std::string_view name) const;
  bool compatible(std::string_view type_a, std::string_view type_b) const;
  std::size_t size() const { return triggers_.size(); }

 private:
  std::map<std::string, EventType, std::less<>> types_;
  std::vector<Trigger> triggers_;
  WordMap<std::vector<std::size_t>> by_first_word_;  // sorted longest first
  WordFilter first_word_filter_;                      // of by_first_word_'s keys
};

// "a || b" -> {"a", "b"}: alternatives of a title template field.
std::vector<std::string> split_templates(std::string_view field);

}  // namespace annals::events
