// Time <-> pixel mapping: round trips, zoom keeps the day under the cursor, pan moves by
// pixels, fit shows the range, and zoom stays within its bounds.
#include "annals/view/time_mapping.hpp"
#include "fixtures.hpp"

#include <doctest/doctest.h>

using namespace annals;
using namespace annals::view;

TEST_CASE("days map to pixels and back across eras") {
  struct Case {
    TimeWindow window;
    DayCoord day;
    float expected_x;
  };
  const Case cases[] = {
      {{0, 1000}, 500, 600},                 // the middle of a 1000 px strip at x=100
      {{0, 1000}, 0, 100},
      {{-800000, -799000}, -799750, 350},    // around 220 BCE
      {{19000, 19001}, 19000.25, 350},       // six in the morning, day-wide zoom
  };
  for (const Case& c : cases) {
    const TimeMapping mapping(c.window, 100, 1000);
    CHECK(mapping.to_x(c.day) == doctest::Approx(c.expected_x));
    CHECK(mapping.to_day(mapping.to_x(c.day)) == doctest::Approx(c.day));
  }
}

TEST_CASE("the epoch is day 0 and BCE dates are negative") {
  CHECK(to_coord(viewtest::day(1970, 1, 1)) == 0);
  CHECK(to_coord(viewtest::day(1899, 12, 31)) < 0);
  CHECK(to_coord(viewtest::day(-43, 3, 15)) < to_coord(viewtest::day(1, 1, 1)));
}

TEST_CASE("zooming at the cursor keeps the day under it in place") {
  const float positions[] = {100, 250, 600, 1099};
  const double factors[] = {0.5, 0.8, 1.25, 3.0};
  for (float x : positions)
    for (double factor : factors) {
      TimeMapping mapping({1000, 2000}, 100, 1000);
      const DayCoord before = mapping.to_day(x);
      mapping.zoom_at(x, factor);
      CHECK(mapping.to_day(x) == doctest::Approx(before));
      CHECK(mapping.window().length() == doctest::Approx(1000 * factor));
    }
}

TEST_CASE("zoom is bounded from hours to ten thousand years") {
  TimeMapping mapping({0, 10}, 0, 1000);
  for (int i = 0; i < 200; ++i) mapping.zoom_at(500, 0.5);
  CHECK(mapping.window().length() == doctest::Approx(min_visible_days));
  for (int i = 0; i < 400; ++i) mapping.zoom_at(500, 2.0);
  CHECK(mapping.window().length() == doctest::Approx(max_visible_days));
}

TEST_CASE("panning by pixels moves the window by that many pixels of time") {
  TimeMapping mapping({0, 100}, 0, 1000);  // 0.1 day per pixel
  mapping.pan_pixels(50);                  // drag right: earlier times come into view
  CHECK(mapping.window().first == doctest::Approx(-5));
  CHECK(mapping.window().end == doctest::Approx(95));
}

TEST_CASE("fit shows the whole range with a margin") {
  TimeMapping mapping({0, 1}, 0, 500);
  mapping.fit(100, 200, 0.1);
  CHECK(mapping.window().first == doctest::Approx(90));
  CHECK(mapping.window().end == doctest::Approx(210));
  mapping.fit(5, 5);  // an empty range still gives a usable window
  CHECK(mapping.window().length() >= min_visible_days);
}

TEST_CASE("wheel: Ctrl is finer and Shift faster than a plain notch") {
  const double plain = wheel_zoom_factor(1, {});
  const double finer = wheel_zoom_factor(1, {true, false});
  const double faster = wheel_zoom_factor(1, {false, true});
  CHECK(plain < 1.0);
  CHECK(finer > plain);
  CHECK(finer < 1.0);
  CHECK(faster < plain);
  CHECK(wheel_zoom_factor(-1, {}) == doctest::Approx(1.0 / plain));
}
