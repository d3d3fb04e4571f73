// TempEval-3 scoring on hand-made cases whose scores can be worked out on paper.
#include "annals/temporal/evaluation.hpp"

#include <doctest/doctest.h>

namespace {

annals::Timex make_timex(std::size_t begin, std::size_t end, const char* value,
                    annals::TimexType type = annals::TimexType::Date) {
  annals::Timex t;
  t.begin = begin;
  t.end = end;
  t.value = value;
  t.type = type;
  return t;
}

}  // namespace

TEST_CASE("strict, relaxed, value and type scores follow TempEval-3") {
  annals::TimexEvaluation evaluation;
  // gold: [0,10) 2023-09-18, [20,30) P4D, [40,50) 2023-07 (missed)
  // system: exact match, overlapping match with the wrong value and type, a spurious one.
  evaluation.add("doc", {make_timex(0, 10, "2023-09-18"), make_timex(20, 30, "P4D", annals::TimexType::Duration), make_timex(40, 50, "2023-07")},
                 {make_timex(0, 10, "2023-09-18"), make_timex(25, 35, "P5D"), make_timex(60, 65, "PRESENT_REF")});
  const auto& counts = evaluation.counts();
  CHECK(counts.gold == 3);
  CHECK(counts.system == 3);
  CHECK(counts.strict == 1);
  CHECK(counts.relaxed == 2);
  CHECK(counts.value == 1);
  CHECK(counts.type == 1);
  const auto scores = evaluation.scores();
  CHECK(scores.strict.f1 == doctest::Approx(1.0 / 3));
  CHECK(scores.relaxed.precision == doctest::Approx(2.0 / 3));
  CHECK(scores.relaxed.f1 == doctest::Approx(2.0 / 3));
  CHECK(scores.value_f1 == doctest::Approx(0.5 * 2.0 / 3));
  CHECK(scores.type_f1 == doctest::Approx(0.5 * 2.0 / 3));
  REQUIRE(evaluation.misses().size() == 3);
  CHECK(evaluation.misses()[0].kind == annals::EvaluationMiss::Kind::WrongValue);
  CHECK(evaluation.misses()[1].kind == annals::EvaluationMiss::Kind::Missed);
  CHECK(evaluation.misses()[2].kind == annals::EvaluationMiss::Kind::Spurious);
}

TEST_CASE("one system timex matches at most one gold timex") {
  annals::TimexEvaluation evaluation;
  evaluation.add("doc", {make_timex(0, 5, "1998"), make_timex(6, 10, "1999")}, {make_timex(0, 10, "1998")});
  CHECK(evaluation.counts().relaxed == 1);
  CHECK(evaluation.scores().relaxed.recall == doctest::Approx(0.5));
}

TEST_CASE("no timexes at all scores zero without dividing by zero") {
  annals::TimexEvaluation evaluation;
  evaluation.add("doc", {}, {});
  CHECK(evaluation.scores().relaxed.f1 == 0);
  CHECK(evaluation.scores().value_f1 == 0);
}
