// The inline lists of view records: values kept in order whether inline or moved to the
// heap, copies independent of their source, moves leaving the source empty and usable.
#include "annals/view/small_vector.hpp"

#include <doctest/doctest.h>

#include <cstdint>
#include <utility>
#include <vector>

using annals::view::SmallVector;

namespace {
using Ids = SmallVector<std::uint32_t, 2>;

Ids filled(std::size_t count) {
  Ids ids;
  for (std::size_t i = 0; i < count; ++i) ids.push_back(static_cast<std::uint32_t>(i * 10 + 1));
  return ids;
}

std::vector<std::uint32_t> expected(std::size_t count) {
  std::vector<std::uint32_t> values;
  for (std::size_t i = 0; i < count; ++i) values.push_back(static_cast<std::uint32_t>(i * 10 + 1));
  return values;
}

std::vector<std::uint32_t> values_of(const Ids& ids) { return {ids.begin(), ids.end()}; }
}  // namespace

TEST_CASE("small vectors keep their values inline and on the heap") {
  for (const std::size_t count : {0u, 1u, 2u, 3u, 5u, 17u}) {
    CAPTURE(count);
    Ids ids = filled(count);
    CHECK(ids.size() == count);
    CHECK(ids.empty() == (count == 0));
    CHECK(values_of(ids) == expected(count));

    Ids copy = ids;
    copy.push_back(99);
    CHECK(values_of(ids) == expected(count));  // the copy is its own
    CHECK(copy.size() == count + 1);
    CHECK(copy[count] == 99);

    Ids moved = std::move(copy);
    CHECK(moved.size() == count + 1);
    CHECK(copy.empty());  // NOLINT(bugprone-use-after-move): a moved-from list is empty
    copy.push_back(7);
    CHECK(values_of(copy) == std::vector<std::uint32_t>{7});

    Ids assigned = filled(4);
    assigned = std::move(moved);
    CHECK(assigned.size() == count + 1);
    CHECK(assigned[count] == 99);
    assigned = ids;
    CHECK(assigned == ids);
  }
}

TEST_CASE("small vectors compare by their values") {
  const struct {
    Ids a;
    Ids b;
    bool equal;
  } cases[] = {{{}, {}, true}, {{1}, {1}, true}, {{1, 2, 3}, {1, 2, 3}, true},
               {{1}, {2}, false}, {{1, 2}, {1, 2, 3}, false}, {{}, {0}, false}};
  for (const auto& c : cases) CHECK((c.a == c.b) == c.equal);
}
