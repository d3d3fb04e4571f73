// Scoring a temporal tagger against gold annotations with the TempEval-3 measures
// (UzZaman et al. 2013): strict (same extent) and relaxed (overlapping extent) precision,
// recall and F1; value and type F1 = share of relaxed matches whose attribute is right x
// relaxed F1. Pure: no file format, no tagger; callers feed it timex lists.
#pragma once

#include "annals/timex.hpp"

#include <cstddef>
#include <string>
#include <vector>

namespace annals {

struct PrecisionRecall {
  double precision = 0, recall = 0, f1 = 0;
};

struct EvaluationCounts {
  std::size_t gold = 0, system = 0;
  std::size_t strict = 0;   // pairs with identical extents
  std::size_t relaxed = 0;  // pairs with overlapping extents (one-to-one)
  std::size_t value = 0;    // relaxed pairs whose value is right
  std::size_t type = 0;     // relaxed pairs whose type is right
};

struct EvaluationScores {
  PrecisionRecall strict, relaxed;
  double value_f1 = 0, type_f1 = 0;
  double value_accuracy = 0, type_accuracy = 0;  // among relaxed matches
};

// One disagreement, for `annals eval --misses`.
struct EvaluationMiss {
  enum class Kind { Missed, Spurious, WrongValue, WrongExtent };
  Kind kind = Kind::Missed;
  std::string document;
  Timex gold;    // empty for Spurious
  Timex system;  // empty for Missed
};
std::string_view to_string(EvaluationMiss::Kind kind);

class TimexEvaluation {
 public:
  // Adds one document; both lists in text order, offsets into the same text.
  void add(const std::string& document, const std::vector<Timex>& gold, const std::vector<Timex>& system);

  const EvaluationCounts& counts() const { return counts_; }
  EvaluationScores scores() const;
  const std::vector<EvaluationMiss>& misses() const { return misses_; }

 private:
  EvaluationCounts counts_;
  std::vector<EvaluationMiss> misses_;
};

}  // namespace annals
