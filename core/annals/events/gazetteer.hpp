// Who and where: countries (with demonyms), cities, international organisations and
// people, each with its aliases, read from data/events/gazetteer.tsv. Finding them in a
// sentence maps every alias to one canonical name ("Director Wang" -> "Wang Yi").
// Short aliases such as "Wang" or "Kim" are weak: they name someone only after the
// document has mentioned that person by a full alias. A title followed by capitalised
// words names a person the gazetteer does not know ("Prime Minister John Howard").
#pragma once

#include "annals/events/tokens.hpp"
#include "annals/events/word_filter.hpp"
#include "annals/events/word_set.hpp"

#include <cstddef>
#include <deque>
#include <filesystem>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

namespace annals::events {

enum class EntityKind { Country, City, Organisation, Person };

struct Entity {
  EntityKind kind = EntityKind::Country;
  std::string name;        // canonical: "Wang Yi", "International Criminal Court"
  std::string title_name;  // what event titles call it: "ICC"; else the canonical name
  std::string country;     // for people and cities, when known
};

using EntityIndex = std::size_t;

// A name found in a sentence: tokens [first, last) of the sentence's tokens.
struct Mention {
  std::size_t first = 0;
  std::size_t last = 0;
  EntityIndex entity = 0;
  bool demonym = false;  // "Russian", "Chinese": the country as an adjective
};

class Gazetteer;

// Which entities the document has named so far, for resolving weak aliases; and the
// people it introduced by a title although the gazetteer does not know them
// ("Prime Minister John Howard"), numbered after the gazetteer's own entities.
class DocumentMemory {
 public:
  void remember(EntityIndex entity) {
    last_seen_[entity] = ++clock_;
    ++times_named_[entity];
  }
  // How often the document has named `entity` so far: who the story is about.
  std::size_t times_named(EntityIndex entity) const {
    const auto found = times_named_.find(entity);
    return found == times_named_.end() ? 0 : found->second;
  }
  // The entity among `candidates` named most recently, if any was.
  std::optional<EntityIndex> most_recent(const std::vector<EntityIndex>& candidates) const;

  // The index of the person called `name`, added on first use; `surname` later names them alone.
  EntityIndex discover_person(const Gazetteer& gazetteer, const std::string& name, const std::string& surname);
  std::optional<EntityIndex> person_by_surname(const std::string& surname) const;
  const Entity* discovered(const Gazetteer& gazetteer, EntityIndex index) const;

 private:
  std::map<EntityIndex, std::size_t> last_seen_;
  std::map<EntityIndex, std::size_t> times_named_;
  std::size_t clock_ = 0;
  std::deque<Entity> discovered_;
  std::map<std::string, EntityIndex> by_surname_;
};

class Gazetteer {
 public:
  // Reads the gazetteer file (format in docs/events.md). Throws TableError with file:line.
  static Gazetteer load(const std::filesystem::path& path);

  // Names in `tokens`, left to right, longest alias first. Titles directly before a
  // person ("President", "Foreign Minister") become part of the mention.
  std::vector<Mention> find(const std::vector<Token>& tokens, DocumentMemory& memory) const;

  const Entity& entity(EntityIndex index) const { return entities_.at(index); }
  // Also the people `memory` discovered in the document.
  const Entity& entity(EntityIndex index, const DocumentMemory& memory) const;
  std::optional<EntityIndex> find_entity(std::string_view name) const;
  std::size_t size() const { return entities_.size(); }

  bool is_title_word(std::string_view lower) const { return titles_.contains(lower); }
  // Titles that can introduce a person the gazetteer does not know (case as written).
  bool is_person_title(std::string_view word) const { return person_titles_.contains(word); }
  // Words after which a country is where something happens ("in", "to", "visited").
  bool is_locative(std::string_view lower) const { return locatives_.contains(lower); }
  // Words that make "X in <country>" a topic, not a place ("war in Ukraine").
  bool is_topic(std::string_view lower) const { return topics_.contains(lower); }
  // Capitalised words that never start or continue a person's name ("Council", "Monday").
  bool is_not_name(std::string_view word) const { return not_names_.contains(word); }

  struct Alias {
    std::vector<std::string> words;  // as written, case matters ("US" is not "us")
    EntityIndex entity = 0;
    bool weak = false;
    bool demonym = false;
  };

 private:
  std::optional<Mention> match_at(const std::vector<Token>& tokens, std::size_t at,
                                  const DocumentMemory& memory) const;
  std::size_t title_start(const std::vector<Token>& tokens, std::size_t first) const;
  // is_title_word, with most words answered by the filter alone.
  bool is_title_word_quick(std::string_view lower) const {
    return title_filter_.may_contain(lower) && titles_.contains(lower);
  }
  std::optional<Mention> unknown_person_at(const std::vector<Token>& tokens, std::size_t at,
                                           DocumentMemory& memory) const;

  std::vector<Entity> entities_;
  WordMap<std::vector<Alias>> aliases_by_first_word_;
  WordSet titles_;
  WordSet locatives_;
  WordSet topics_;
  WordSet not_names_;
  WordSet person_titles_;
  WordFilter title_filter_;        // of titles_
  WordFilter first_alias_filter_;  // of aliases_by_first_word_'s keys
};

}  // namespace annals::events
