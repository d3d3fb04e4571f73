// Who and where: countries (with demonyms), cities, international organisations and
// people, each with its aliases, read from data/events/gazetteer.tsv. Finding them in a
// sentence maps every alias to one canonical name ("Director Wang" -> "Wang Yi").
// Short aliases such as "Wang" or "Kim" are weak: they name someone only after the
// document has mentioned that person by a full alias.
#pragma once

#include "annals/events/tokens.hpp"

#include <cstddef>
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

// Which entities the document has named so far, for resolving weak aliases.
class DocumentMemory {
 public:
  void remember(EntityIndex entity) { last_seen_[entity] = ++clock_; }
  // The entity among `candidates` named most recently, if any was.
  std::optional<EntityIndex> most_recent(const std::vector<EntityIndex>& candidates) const;

 private:
  std::map<EntityIndex, std::size_t> last_seen_;
  std::size_t clock_ = 0;
};

class Gazetteer {
 public:
  // Reads the gazetteer file (format in docs/events.md). Throws TableError with file:line.
  static Gazetteer load(const std::filesystem::path& path);

  // Names in `tokens`, left to right, longest alias first. Titles directly before a
  // person ("President", "Foreign Minister") become part of the mention.
  std::vector<Mention> find(const std::vector<Token>& tokens, DocumentMemory& memory) const;

  const Entity& entity(EntityIndex index) const { return entities_.at(index); }
  std::optional<EntityIndex> find_entity(std::string_view name) const;
  std::size_t size() const { return entities_.size(); }

  bool is_title_word(std::string_view lower) const { return titles_.contains(std::string(lower)); }
  // Words after which a country is where something happens ("in", "to", "visited").
  bool is_locative(std::string_view lower) const { return locatives_.contains(std::string(lower)); }
  // Words that make "X in <country>" a topic, not a place ("war in Ukraine").
  bool is_topic(std::string_view lower) const { return topics_.contains(std::string(lower)); }

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

  std::vector<Entity> entities_;
  std::unordered_map<std::string, std::vector<Alias>> aliases_by_first_word_;
  std::set<std::string> titles_;
  std::set<std::string> locatives_;
  std::set<std::string> topics_;
};

}  // namespace annals::events
