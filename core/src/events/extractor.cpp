// Event extraction, start to end: lines minus boilerplate, sentences, names and
// triggers, one candidate per dated expression, event-relative dates resolved against
// the document's own happenings, then the retellings of one happening merged.
#include "annals/events/extractor.hpp"

#include "happening.hpp"
#include "lexicons.hpp"
#include "merge.hpp"
#include "relative_dates.hpp"
#include "sentence_reading.hpp"

namespace annals {

namespace {

using events::Candidate;
using events::SentenceReading;
using events::TokenRange;

bool is_vague(std::string_view value) { return value.ends_with("_REF"); }

bool dates_by_itself(const Timex& timex) {
  const bool date_like = timex.type == TimexType::Date || timex.type == TimexType::Time;
  return date_like && timex.interval && !is_vague(timex.value) && !timex.event_relative;
}

bool dated_by_other_happening(const Timex& timex) {
  return timex.event_relative && !timex.interval &&
         (timex.type == TimexType::Date || timex.type == TimexType::Time);
}

// A sentence with a relative date, kept until every plain date of the document is read.
struct Pending {
  std::size_t reading = 0;
  std::size_t timex = 0;
};

class DocumentExtraction {
 public:
  DocumentExtraction(const EventExtractor::Lexicons& lexicons, const Document& document,
                     std::vector<Timex>& timexes)
      : lexicons_(lexicons), text_(document.text), timexes_(timexes) {}

  std::vector<Event> run() {
    const auto lines = events::split_lines(text_);
    const auto kinds = lexicons_.boilerplate.classify(text_, lines);
    std::size_t next_timex = 0;
    for (std::size_t i = 0; i < lines.size(); ++i) {
      if (kinds[i] == events::LineKind::Boilerplate) continue;
      for (const auto& sentence : events::split_sentences(text_, lines[i], lexicons_.abbreviations)) {
        readings_.push_back(events::read_sentence(text_, sentence, lexicons_, memory_));
        while (next_timex < timexes_.size() && timexes_[next_timex].begin < sentence.begin) ++next_timex;
        for (; next_timex < timexes_.size() && timexes_[next_timex].begin < sentence.end; ++next_timex)
          if (kinds[i] == events::LineKind::Content) read_dated(readings_.size() - 1, next_timex);
      }
    }
    for (const auto& pending : pending_) read_relative(pending);
    return events::merge_candidates(std::move(candidates_), lexicons_.triggers);
  }

 private:
  void read_dated(std::size_t reading, std::size_t timex_index) {
    const auto& timex = timexes_[timex_index];
    if (dated_by_other_happening(timex)) {
      pending_.push_back({reading, timex_index});
      return;
    }
    if (!dates_by_itself(timex)) return;
    if (const auto happening = happening_of(reading, timex))
      add(reading, *happening, timex, When{timex.value, timex.mod, *timex.interval});
  }

  void read_relative(const Pending& pending) {
    auto& timex = timexes_[pending.timex];
    const auto happening = happening_of(pending.reading, timex);
    if (!happening) return;
    const auto subject = happening->subject ? lexicons_.gazetteer.entity(*happening->subject, memory_).name : std::string();
    const auto dating = events::date_relative(text_, timex, subject, candidates_, lexicons_);
    if (!dating) return;
    timex.value = dating->value;
    timex.interval = dating->range;
    timex.anchor = dating->anchor;
    add(pending.reading, *happening, timex, When{dating->value, {}, dating->range});
  }

  std::optional<events::Happening> happening_of(std::size_t reading, const Timex& timex) const {
    const auto& sentence = readings_[reading];
    std::vector<TokenRange> excluded{sentence.tokens_of({timex.begin, timex.end})};
    if (timex.event_relative)
      excluded.push_back(sentence.tokens_of({timex.event_relative->event_begin, timex.event_relative->event_end}));
    return events::read_happening(text_, sentence, excluded, lexicons_, memory_);
  }

  void add(std::size_t reading, const events::Happening& happening, const Timex& timex, When when) {
    const auto& sentence = readings_[reading];
    Candidate candidate;
    auto& event = candidate.event;
    event.title = happening.title;
    event.type = happening.trigger->trigger->type;
    for (const auto actor : happening.actors) event.actors.push_back(lexicons_.gazetteer.entity(actor, memory_).name);
    for (const auto place : happening.places) event.places.push_back(lexicons_.gazetteer.entity(place, memory_).name);
    event.when = std::move(when);
    event.sources.push_back(Source{0, std::string(sentence.span.of(text_)), timex.text, timex.begin, timex.end,
                                   timex.rule, timex.anchor});
    candidate.aspect = happening.trigger->trigger->aspect;
    candidate.title_rank = happening.title_rank;
    candidates_.push_back(std::move(candidate));
  }

  const EventExtractor::Lexicons& lexicons_;
  std::string_view text_;
  std::vector<Timex>& timexes_;
  events::DocumentMemory memory_;
  std::vector<SentenceReading> readings_;
  std::vector<Pending> pending_;
  std::vector<Candidate> candidates_;
};

}  // namespace

EventExtractor EventExtractor::load(const std::filesystem::path& data_dir) {
  const auto dir = data_dir / "events";
  return EventExtractor(std::make_shared<const Lexicons>(Lexicons{
      events::ExtractionSettings::load(dir / "settings.tsv"),
      events::Abbreviations::load(dir / "abbreviations.txt"),
      events::BoilerplateRules::load(dir / "boilerplate.tsv"),
      events::Gazetteer::load(dir / "gazetteer.tsv"),
      events::TriggerLexicon::load(dir / "types.tsv", dir / "triggers.tsv"),
  }));
}

std::vector<Event> EventExtractor::extract(const Document& document, const std::vector<Timex>& timexes) const {
  auto copy = timexes;
  return extract_and_date(document, copy);
}

std::vector<Event> EventExtractor::extract_and_date(const Document& document, std::vector<Timex>& timexes) const {
  return DocumentExtraction(*lexicons_, document, timexes).run();
}

bool EventExtractor::compatible_types(std::string_view a, std::string_view b) const {
  return lexicons_->triggers.compatible(a, b);
}

bool same_happening(const Event& a, const Event& b, const EventExtractor& extractor) {
  return events::same_happening_by(
      a, b, [&](std::string_view x, std::string_view y) { return extractor.compatible_types(x, y); });
}

}  // namespace annals
