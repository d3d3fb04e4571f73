// Loading the gazetteer and matching its aliases against sentence tokens.
// Matching is a hash lookup on the first word and then a comparison of the few aliases
// that start with it, so it stays linear in the sentence length.
#include "annals/events/gazetteer.hpp"

#include "annals/events/table_file.hpp"

#include <algorithm>

namespace annals::events {

namespace {

constexpr std::size_t kind_field = 0;
constexpr std::size_t name_field = 1;
constexpr std::size_t aliases_field = 2;
constexpr std::size_t attributes_field = 3;

std::optional<EntityKind> parse_kind(std::string_view kind) {
  if (kind == "country") return EntityKind::Country;
  if (kind == "city") return EntityKind::City;
  if (kind == "org") return EntityKind::Organisation;
  if (kind == "person") return EntityKind::Person;
  return std::nullopt;
}

std::vector<std::string> alias_words(std::string_view alias) {
  std::vector<std::string> words;
  for (const auto& token : tokenize(alias, {0, alias.size()})) words.emplace_back(token.text);
  return words;
}

// "country=China;title=ICC"
void read_attributes(const TableRow& row, Entity& entity) {
  if (row.fields.size() <= attributes_field) return;
  for (const auto& pair : split_alternatives(row.fields[attributes_field], ';')) {
    const auto equals = pair.find('=');
    if (equals == std::string::npos) fail(row, "attribute '" + pair + "' is not key=value");
    const auto key = pair.substr(0, equals);
    const auto value = pair.substr(equals + 1);
    if (key == "country") entity.country = value;
    else if (key == "title") entity.title_name = value;
    else fail(row, "unknown attribute '" + key + "' (known: country, title)");
  }
}

bool words_match(const std::vector<std::string>& words, const std::vector<Token>& tokens,
                 std::size_t at) {
  if (at + words.size() > tokens.size()) return false;
  for (std::size_t i = 0; i < words.size(); ++i)
    if (tokens[at + i].text != words[i]) return false;
  return true;
}

}  // namespace

std::optional<EntityIndex> DocumentMemory::most_recent(const std::vector<EntityIndex>& candidates) const {
  std::optional<EntityIndex> best;
  std::size_t best_time = 0;
  for (const auto candidate : candidates) {
    const auto seen = last_seen_.find(candidate);
    if (seen != last_seen_.end() && seen->second > best_time) {
      best = candidate;
      best_time = seen->second;
    }
  }
  return best;
}

EntityIndex DocumentMemory::discover_person(const Gazetteer& gazetteer, const std::string& name,
                                            const std::string& surname) {
  for (std::size_t i = 0; i < discovered_.size(); ++i)
    if (discovered_[i].name == name) return gazetteer.size() + i;
  discovered_.push_back(Entity{EntityKind::Person, name, name, {}});
  const auto index = gazetteer.size() + discovered_.size() - 1;
  by_surname_[surname] = index;
  return index;
}

std::optional<EntityIndex> DocumentMemory::person_by_surname(const std::string& surname) const {
  const auto found = by_surname_.find(surname);
  if (found == by_surname_.end()) return std::nullopt;
  return found->second;
}

const Entity* DocumentMemory::discovered(const Gazetteer& gazetteer, EntityIndex index) const {
  if (index < gazetteer.size() || index - gazetteer.size() >= discovered_.size()) return nullptr;
  return &discovered_[index - gazetteer.size()];
}

const Entity& Gazetteer::entity(EntityIndex index, const DocumentMemory& memory) const {
  if (const auto* person = memory.discovered(*this, index)) return *person;
  return entities_.at(index);
}

Gazetteer Gazetteer::load(const std::filesystem::path& path) {
  Gazetteer gazetteer;
  std::map<std::string, std::pair<std::string, std::string>> strong_alias_owner;  // alias -> (name, where)
  std::vector<const TableRow*> demonym_rows;
  const auto rows = read_table(path, 2, 4);
  const auto add_alias = [&](const TableRow& row, std::string_view written, EntityIndex entity,
                             bool demonym) {
    const bool weak = written.starts_with('~');
    if (weak) written.remove_prefix(1);
    Alias alias{alias_words(written), entity, weak, demonym};
    if (alias.words.empty()) fail(row, "empty alias");
    if (!weak) {
      const auto [owner, inserted] = strong_alias_owner.try_emplace(
          std::string(written), gazetteer.entities_[entity].name, row.where);
      if (!inserted && owner->second.first != gazetteer.entities_[entity].name)
        fail(row, "alias '" + std::string(written) + "' already names '" + owner->second.first +
                      "' (" + owner->second.second + ")");
    }
    gazetteer.first_alias_filter_.add(alias.words.front());
    gazetteer.aliases_by_first_word_[alias.words.front()].push_back(std::move(alias));
  };
  for (const auto& row : rows) {
    const auto& kind_text = row.fields[kind_field];
    const auto words = [&] { return split_alternatives(row.fields[name_field]); };
    if (kind_text == "title") {
      for (const auto& w : words()) gazetteer.title_filter_.add(*gazetteer.titles_.insert(ascii_lower(w)).first);
      continue;
    }
    if (kind_text == "locative") { for (const auto& w : words()) gazetteer.locatives_.insert(ascii_lower(w)); continue; }
    if (kind_text == "topic") { for (const auto& w : words()) gazetteer.topics_.insert(ascii_lower(w)); continue; }
    if (kind_text == "person-title") { for (const auto& w : words()) gazetteer.person_titles_.insert(w); continue; }
    if (kind_text == "not-name") { for (const auto& w : words()) gazetteer.not_names_.insert(w); continue; }
    if (kind_text == "demonym") { demonym_rows.push_back(&row); continue; }
    const auto kind = parse_kind(kind_text);
    if (!kind)
      fail(row, "unknown kind '" + kind_text + "' (known: country, demonym, city, org, person, title, person-title, locative, topic, not-name)");
    Entity entity{*kind, row.fields[name_field], row.fields[name_field], {}};
    read_attributes(row, entity);
    if (gazetteer.find_entity(entity.name)) fail(row, "'" + entity.name + "' is listed twice");
    gazetteer.entities_.push_back(std::move(entity));
    const auto index = gazetteer.entities_.size() - 1;
    add_alias(row, gazetteer.entities_[index].name, index, false);
    if (row.fields.size() > aliases_field)
      for (const auto& alias : split_alternatives(row.fields[aliases_field])) add_alias(row, alias, index, false);
  }
  for (const auto* row : demonym_rows) {
    const auto country = gazetteer.find_entity(row->fields[name_field]);
    if (!country || gazetteer.entities_[*country].kind != EntityKind::Country)
      fail(*row, "demonym of unknown country '" + row->fields[name_field] + "'");
    if (row->fields.size() <= aliases_field) fail(*row, "a demonym row lists its adjectives");
    for (const auto& alias : split_alternatives(row->fields[aliases_field])) add_alias(*row, alias, *country, true);
  }
  for (auto& [first, aliases] : gazetteer.aliases_by_first_word_)
    std::stable_sort(aliases.begin(), aliases.end(),
                     [](const Alias& a, const Alias& b) { return a.words.size() > b.words.size(); });
  return gazetteer;
}

std::optional<EntityIndex> Gazetteer::find_entity(std::string_view name) const {
  for (std::size_t i = 0; i < entities_.size(); ++i)
    if (entities_[i].name == name) return i;
  return std::nullopt;
}

std::optional<Mention> Gazetteer::match_at(const std::vector<Token>& tokens, std::size_t at,
                                           const DocumentMemory& memory) const {
  if (!first_alias_filter_.may_contain(tokens[at].text)) return std::nullopt;
  const auto found = aliases_by_first_word_.find(tokens[at].text);
  if (found == aliases_by_first_word_.end()) return std::nullopt;
  const auto& aliases = found->second;
  // Aliases are sorted longest first; within one length a strong alias wins, and weak
  // ones go to the entity the document named most recently.
  for (std::size_t i = 0; i < aliases.size();) {
    const auto length = aliases[i].words.size();
    std::vector<EntityIndex> weak_candidates;
    for (; i < aliases.size() && aliases[i].words.size() == length; ++i) {
      const auto& alias = aliases[i];
      if (!words_match(alias.words, tokens, at)) continue;
      if (!alias.weak) return Mention{at, at + length, alias.entity, alias.demonym};
      weak_candidates.push_back(alias.entity);
    }
    if (const auto entity = memory.most_recent(weak_candidates))
      return Mention{at, at + length, *entity, false};
  }
  return std::nullopt;
}

std::size_t Gazetteer::title_start(const std::vector<Token>& tokens, std::size_t first) const {
  while (first > 0 && tokens[first - 1].is_word() && is_title_word_quick(tokens[first - 1].lower)) --first;
  return first;
}

// "Prime Minister John Howard": title words, then one to three capitalised words that are
// no known name; or later in the document the surname alone ("Howard said"). Asked only
// where find() found no known name starting at `at`, so that is not looked up again.
std::optional<Mention> Gazetteer::unknown_person_at(const std::vector<Token>& tokens, std::size_t at,
                                                    DocumentMemory& memory) const {
  constexpr std::size_t max_name_words = 3;
  const auto is_name_word = [&](std::size_t i) {
    return i < tokens.size() && tokens[i].is_word() && tokens[i].capitalized() && !is_title_word_quick(tokens[i].lower) &&
           !is_not_name(tokens[i].text) && (i == at || !match_at(tokens, i, memory));
  };
  if (is_name_word(at)) {
    const auto known = memory.person_by_surname(std::string(tokens[at].text));
    if (!known || is_name_word(at + 1)) return std::nullopt;
    return Mention{at, at + 1, *known, false};
  }
  std::size_t first_name = at;
  while (first_name < tokens.size() && tokens[first_name].is_word() && is_title_word_quick(tokens[first_name].lower))
    ++first_name;
  if (first_name == at || !is_person_title(tokens[first_name - 1].text)) return std::nullopt;
  std::size_t end = first_name;
  while (end - first_name < max_name_words && is_name_word(end)) {
    ++end;
    if (tokens[end - 1].possessive) break;  // "President Clinton's visit"
  }
  if (end == first_name) return std::nullopt;
  if (!tokens[end - 1].possessive && is_name_word(end)) return std::nullopt;  // too long: an institution
  std::string name;
  for (auto i = first_name; i < end; ++i) {
    if (i != first_name) name += ' ';
    name += tokens[i].text;
  }
  return Mention{at, end, memory.discover_person(*this, name, std::string(tokens[end - 1].text)), false};
}

std::vector<Mention> Gazetteer::find(const std::vector<Token>& tokens, DocumentMemory& memory) const {
  std::vector<Mention> mentions;
  for (std::size_t at = 0; at < tokens.size();) {
    auto mention = match_at(tokens, at, memory);
    if (!mention) mention = unknown_person_at(tokens, at, memory);
    if (!mention) {
      ++at;
      continue;
    }
    if (entity(mention->entity, memory).kind == EntityKind::Person) {
      const auto floor = mentions.empty() ? 0 : mentions.back().last;
      mention->first = std::max(floor, title_start(tokens, mention->first));
    }
    memory.remember(mention->entity);
    at = mention->last;
    mentions.push_back(*mention);
  }
  return mentions;
}

}  // namespace annals::events
