// An event read from one dated expression, before the events of a document that tell the
// same happening are merged into one.
#pragma once

#include "annals/event.hpp"
#include "annals/events/triggers.hpp"

#include <cstddef>

namespace annals::events {

struct Candidate {
  Event event;  // exactly one source
  Aspect aspect = Aspect::Whole;
  std::size_t title_rank = 0;  // lower is a more complete title
};

}  // namespace annals::events
