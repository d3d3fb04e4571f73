// Everything event extraction reads from data/events, loaded once and shared.
#pragma once

#include "annals/events/boilerplate.hpp"
#include "annals/events/extractor.hpp"
#include "annals/events/gazetteer.hpp"
#include "annals/events/sentences.hpp"
#include "annals/events/settings.hpp"
#include "annals/events/triggers.hpp"

namespace annals {

struct EventExtractor::Lexicons {
  events::ExtractionSettings settings;
  events::Abbreviations abbreviations;
  events::BoilerplateRules boilerplate;
  events::Gazetteer gazetteer;
  events::TriggerLexicon triggers;
};

}  // namespace annals
