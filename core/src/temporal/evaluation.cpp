// TempEval-3 scoring. Gold and system timexes are paired one-to-one by overlap, walking
// both lists in text order (the first unpaired overlapping system timex wins), so a
// document costs linear time.
#include "annals/temporal/evaluation.hpp"

namespace annals {

namespace {

PrecisionRecall measure(std::size_t matched, std::size_t system, std::size_t gold) {
  PrecisionRecall out;
  out.precision = system ? static_cast<double>(matched) / static_cast<double>(system) : 0;
  out.recall = gold ? static_cast<double>(matched) / static_cast<double>(gold) : 0;
  const auto sum = out.precision + out.recall;
  out.f1 = sum > 0 ? 2 * out.precision * out.recall / sum : 0;
  return out;
}

bool overlap(const Timex& a, const Timex& b) { return a.begin < b.end && b.begin < a.end; }

}  // namespace

std::string_view to_string(EvaluationMiss::Kind kind) {
  switch (kind) {
    case EvaluationMiss::Kind::Missed: return "missed";
    case EvaluationMiss::Kind::Spurious: return "spurious";
    case EvaluationMiss::Kind::WrongValue: return "wrong value";
    case EvaluationMiss::Kind::WrongExtent: return "wrong extent";
  }
  return "?";
}

void TimexEvaluation::add(const std::string& document, const std::vector<Timex>& gold,
                          const std::vector<Timex>& system) {
  counts_.gold += gold.size();
  counts_.system += system.size();
  std::vector<bool> system_used(system.size(), false);
  std::size_t next = 0;  // first system timex that may still overlap a later gold one
  for (const auto& expected : gold) {
    while (next < system.size() && system[next].end <= expected.begin) {
      if (!system_used[next]) misses_.push_back({EvaluationMiss::Kind::Spurious, document, {}, system[next]});
      ++next;
    }
    std::size_t k = next;
    while (k < system.size() && system[k].begin < expected.end && (system_used[k] || !overlap(expected, system[k]))) ++k;
    if (k >= system.size() || !overlap(expected, system[k])) {
      misses_.push_back({EvaluationMiss::Kind::Missed, document, expected, {}});
      continue;
    }
    system_used[k] = true;
    const auto& found = system[k];
    ++counts_.relaxed;
    const bool same_extent = found.begin == expected.begin && found.end == expected.end;
    if (same_extent) ++counts_.strict;
    if (found.value == expected.value) ++counts_.value;
    if (found.type == expected.type) ++counts_.type;
    if (found.value != expected.value) misses_.push_back({EvaluationMiss::Kind::WrongValue, document, expected, found});
    else if (!same_extent) misses_.push_back({EvaluationMiss::Kind::WrongExtent, document, expected, found});
  }
  for (; next < system.size(); ++next)
    if (!system_used[next]) misses_.push_back({EvaluationMiss::Kind::Spurious, document, {}, system[next]});
}

EvaluationScores TimexEvaluation::scores() const {
  EvaluationScores out;
  out.strict = measure(counts_.strict, counts_.system, counts_.gold);
  out.relaxed = measure(counts_.relaxed, counts_.system, counts_.gold);
  const auto share = [&](std::size_t right) {
    return counts_.relaxed ? static_cast<double>(right) / static_cast<double>(counts_.relaxed) : 0;
  };
  out.value_accuracy = share(counts_.value);
  out.type_accuracy = share(counts_.type);
  out.value_f1 = out.value_accuracy * out.relaxed.f1;
  out.type_f1 = out.type_accuracy * out.relaxed.f1;
  return out;
}

}  // namespace annals
