// Label placement: placed labels never overlap, the most important win a contested spot,
// and labels squeezed by the edge are shortened rather than dropped.
#include "annals/view/labels.hpp"

#include <doctest/doctest.h>

#include <random>

using namespace annals::view;

TEST_CASE("no two placed labels on a level overlap") {
  std::mt19937 random(7);
  std::uniform_real_distribution<float> x(0, 900);
  std::uniform_real_distribution<float> width(20, 200);
  std::vector<LabelCandidate> candidates;
  for (std::uint32_t i = 0; i < 500; ++i) candidates.push_back({x(random), width(random), static_cast<float>(i % 7), i});
  constexpr float gap = 4;
  const auto placed = place_labels(candidates, 3, gap, 0, 1000);
  CHECK_FALSE(placed.empty());
  CHECK(placed.size() < candidates.size());
  for (std::size_t a = 0; a < placed.size(); ++a)
    for (std::size_t b = a + 1; b < placed.size(); ++b) {
      if (placed[a].level != placed[b].level) continue;
      const bool apart = placed[a].x + placed[a].width + gap <= placed[b].x ||
                         placed[b].x + placed[b].width + gap <= placed[a].x;
      CHECK(apart);
    }
}

TEST_CASE("the most important label keeps a contested spot") {
  const std::vector<LabelCandidate> candidates{
      {100, 100, 1, 1},
      {120, 100, 5, 2},  // overlaps the first, more important
      {400, 50, 0, 3},   // alone
  };
  const auto placed = place_labels(candidates, 1, 2, 0, 1000);
  REQUIRE(placed.size() == 2);
  CHECK(placed[0].key == 2);
  CHECK(placed[1].key == 3);
}

TEST_CASE("a second level takes what the first cannot") {
  const std::vector<LabelCandidate> candidates{{100, 100, 2, 1}, {120, 100, 1, 2}};
  const auto placed = place_labels(candidates, 2, 2, 0, 1000);
  REQUIRE(placed.size() == 2);
  CHECK(placed[1].key == 2);
  CHECK(placed[1].level == 1);
}

TEST_CASE("labels at the right edge are shortened, too little room drops them") {
  const auto squeezed = place_labels({{900, 300, 1, 1}}, 1, 2, 0, 1000);
  REQUIRE(squeezed.size() == 1);
  CHECK(squeezed[0].width == doctest::Approx(100));
  CHECK(place_labels({{980, 300, 1, 1}}, 1, 2, 0, 1000).empty());
}
