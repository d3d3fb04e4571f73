// TemporalTagger: tokenize, annotate, then walk the tokens left to right taking the
// longest rule match at each position; resolve each match against the publication date
// or the date the story last spoke of, in the direction the sentence's tense points.
#include "annals/temporal/tagger.hpp"

#include "annotate.hpp"
#include "calendar.hpp"
#include "duration.hpp"
#include "loader.hpp"
#include "match_fields.hpp"
#include "matcher.hpp"
#include "tense.hpp"

#include <charconv>
#include <limits>

namespace annals {

namespace {

using temporal::FieldValues;
using temporal::Key;
using temporal::Token;

// Words after "a day before" taken as naming the happening ("going to Russia").
constexpr std::size_t max_event_tokens = 8;

// The leading integer of an amount ("2" of "2+1/2"), as atoi reads it.
int leading_integer(std::string_view text) {
  const bool negative = !text.empty() && text[0] == '-';
  if (!text.empty() && (text[0] == '-' || text[0] == '+')) text.remove_prefix(1);
  if (text.empty() || text[0] < '0' || text[0] > '9') return 0;
  int value = 0;
  std::from_chars(text.data(), text.data() + text.size(), value);
  return negative ? -value : value;
}

// "a day before going to Russia": the words after the expression up to the clause's end.
std::optional<EventRelative> event_relative(const TemporalTagger::Rules& rules, std::span<const Token> tokens,
                                            std::size_t after, const FieldValues& fields) {
  EventRelative relative;
  const auto amount = fields.text(Key::Amount);
  relative.amount = amount.empty() || amount == "X" ? 1 : leading_integer(amount);
  const auto unit = fields.unit();
  relative.unit = unit ? temporal::granularity_of(*unit) : Granularity::Day;
  relative.before = fields.event() == temporal::EventWord::Before;
  std::size_t end = after;
  while (end < tokens.size() && end - after < max_event_tokens && !tokens[end].line_before &&
         (tokens[end].kind == temporal::TokenKind::Word || tokens[end].kind == temporal::TokenKind::Number) &&
         !(tokens[end].info && tokens[end].info->value_of(rules.sentence_end)))
    ++end;
  if (end == after) return std::nullopt;
  relative.event_begin = tokens[after].begin;
  relative.event_end = tokens[end - 1].end;
  return relative;
}

}  // namespace

TemporalTagger TemporalTagger::load(const std::filesystem::path& data_dir) {
  return TemporalTagger(temporal::load_rules(data_dir));
}

std::vector<RuleExample> TemporalTagger::examples() const {
  std::vector<RuleExample> all;
  for (const auto& rule : rules_->rules)
    for (const auto& example : rule.examples)
      all.push_back({rule.id, rule.file, example.line, example.text, example.published, example.value, example.mod,
                     example.prefer});
  return all;
}

std::size_t TemporalTagger::rule_count() const { return rules_->rules.size(); }

namespace {

// Every DATE/TIME with days becomes the story date, except those counted from the story:
// "a year earlier" twice in a row both mean the year before the same date.
void remember_story_date(const Timex& timex, const std::optional<DateRange>& whole, const FieldValues& fields,
                         temporal::ResolutionContext& context) {
  const bool from_story = fields.has(Key::Anchor) && fields.anchor() != temporal::AnchorWord::Dct;
  if (timex.type == TimexType::Duration || timex.type == TimexType::Set || from_story) return;
  if (whole) {
    context.story = whole;
    context.story_of[static_cast<std::size_t>(whole->granularity)] = whole;
  }
}

}  // namespace

bool TemporalTagger::add_timex(const temporal::Matcher& matcher, const temporal::Match& match, std::string_view text,
                               std::span<const temporal::Token> tokens, temporal::ResolutionContext& context,
                               std::vector<Timex>& found) const {
  thread_local FieldValues fields;  // reused: its buffers keep their memory
  fields.read(rules_->rules[match.rule], *match.captures, tokens, text);
  // Built where it is kept: a Timex built elsewhere and moved in is five strings moved.
  auto& timex = found.emplace_back();
  timex.begin = tokens[match.first].begin;
  timex.end = tokens[match.last - 1].end;
  // Appended, as the Timex's strings are fresh: assigning takes the general replace path.
  timex.text.append(text.substr(timex.begin, timex.end - timex.begin));
  timex.rule = rules_->rules[match.rule].id;
  if (fields.has(Key::Event)) timex.event_relative = event_relative(*rules_, tokens, match.last, fields);
  if (timex.event_relative) {  // dated by the event extractor, once it knows the happening
    timex.mod = fields.text(Key::Mod);
    timex.anchor = "event";
    return true;
  }
  context.expression_at({rules_.get(), tokens, matcher.text(), match.first, match.last});
  auto resolved = temporal::resolve(fields, context);
  if (!resolved) {
    found.pop_back();
    return false;
  }
  timex.type = resolved->type;
  timex.value.append(resolved->value.view());
  timex.mod.append(resolved->mod);
  timex.interval = resolved->interval;
  temporal::write_anchor(resolved->anchor, context, timex.anchor);
  remember_story_date(timex, resolved->whole, fields, context);
  if (fields.has(Key::Timeml) && fields.unit() && fields.amount())
    if (const auto duration = temporal::duration_value(*fields.unit(), *fields.amount()))
      timex.timeml_duration.assign(*duration);
  return true;
}

std::vector<Timex> TemporalTagger::tag(std::string_view text, const TaggingContext& context) const {
  if (text.size() >= std::numeric_limits<std::uint32_t>::max())
    throw std::length_error("text too long to tag (4 GiB or more)");
  // Reused between calls on the same thread: a news feed tags many texts, and fresh
  // buffers for each would cost a page fault per 4 KiB of text.
  thread_local temporal::TokenBuffer buffer;
  thread_local temporal::StartCandidates starts;
  temporal::tokenize(text, rules_->lexicon.spellings, buffer, starts);
  temporal::annotate(*rules_, text, buffer, starts);
  const std::span<const Token> tokens = buffer.items();
  // The tense cues read the words from the text itself, case-blind (tense.hpp): no
  // lower-cased copy of the text is made, so the text stands where one was passed.
  const temporal::Matcher matcher(*rules_, tokens, text);
  // Room for the expressions of typical news up front: growing the vector from one moved
  // each Timex (five strings) about twice over. Only the pages written are touched.
  constexpr std::size_t bytes_per_expression = 128;  // news has about one per 270 bytes
  std::vector<Timex> found;
  found.reserve(text.size() / bytes_per_expression + 1);
  temporal::ResolutionContext resolution_context(context.published, context.prefer);
  std::size_t resume = 0;  // tokens before it lie inside an expression found
  for (const std::size_t at : starts) {  // the tokens where rules may start, not every token
    if (at < resume || !matcher.worth_trying(at)) continue;  // most candidates
    const auto match = matcher.best_at(at);
    // No rule, or words naming no real date ("February 30"): move on.
    if (match && add_timex(matcher, *match, text, tokens, resolution_context, found)) resume = match->last;
  }
  return found;
}

}  // namespace annals
