// Calendar ticks (see calendar_ticks.hpp). Months and years are stepped with date's
// calendar types because they have unequal lengths; a step is chosen from its average length
// only, and every tick then sits exactly on a calendar boundary.
#include "annals/formats/picture/calendar_ticks.hpp"

#include <array>

namespace annals::formats::picture {

namespace {

constexpr double average_month_days = 30.44;
constexpr double average_year_days = 365.25;
constexpr int months_per_year = 12;
constexpr std::size_t tick_limit = 1000;  // a guard against a degenerate scale

// Day steps lie on a day-of-month grid (1, 6, 11, ... for 5) so they restart every month.
constexpr std::array<TickStep, 20> candidate_steps{{
    {TickUnit::Day, 1},     {TickUnit::Day, 2},     {TickUnit::Day, 5},
    {TickUnit::Day, 10},    {TickUnit::Month, 1},   {TickUnit::Month, 2},
    {TickUnit::Month, 3},   {TickUnit::Month, 6},   {TickUnit::Year, 1},
    {TickUnit::Year, 2},    {TickUnit::Year, 5},    {TickUnit::Year, 10},
    {TickUnit::Year, 20},   {TickUnit::Year, 50},   {TickUnit::Year, 100},
    {TickUnit::Year, 200},  {TickUnit::Year, 500},  {TickUnit::Year, 1000},
    {TickUnit::Year, 2000}, {TickUnit::Year, 5000},
}};

constexpr std::array<const char*, months_per_year> month_abbreviations{
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

double step_days(TickStep step) {
  switch (step.unit) {
    case TickUnit::Day: return step.count;
    case TickUnit::Month: return step.count * average_month_days;
    case TickUnit::Year: break;
  }
  return step.count * average_year_days;
}

// Mathematical modulo: month indices of BCE years are negative.
int floor_mod(int value, int divisor) { return ((value % divisor) + divisor) % divisor; }

const char* month_name(date::month month) {
  return month_abbreviations[static_cast<unsigned>(month) - 1];
}

std::string month_year_label(date::year_month_day ymd) {
  return std::string(month_name(ymd.month())) + " " + year_label(static_cast<int>(ymd.year()));
}

// The window's own start, labelled, unless a context boundary follows closely: the reader
// always sees which month or year the first fine ticks belong to.
void pin_context_start(const TimeScale& scale, float min_spacing_px, std::string label,
                       std::vector<Tick>& context) {
  const auto first = scale.window().first;
  if (!context.empty() && context.front().day == first) return;
  if (!context.empty() && scale.x(context.front().day) - scale.x(first) < 2 * min_spacing_px) return;
  context.insert(context.begin(), Tick{first, std::move(label)});
}

void day_ticks(const TimeScale& scale, int step, float min_spacing_px, AxisTicks& out) {
  const auto& window = scale.window();
  for (auto day = window.first; day < window.end && out.fine.size() < tick_limit; day += date::days{1}) {
    const date::year_month_day ymd{day};
    const auto dom = static_cast<int>(static_cast<unsigned>(ymd.day()));
    const auto month_days = static_cast<int>(static_cast<unsigned>((ymd.year() / ymd.month() / date::last).day()));
    const int days_to_next_month = month_days - dom + 1;
    if (dom == 1) out.context.push_back({day, month_year_label(ymd)});
    if ((dom - 1) % step != 0 || (step > 1 && 2 * days_to_next_month < step)) continue;
    out.fine.push_back({day, std::to_string(dom)});
  }
  pin_context_start(scale, min_spacing_px, month_year_label(date::year_month_day{window.first}), out.context);
}

void month_ticks(const TimeScale& scale, int step, float min_spacing_px, AxisTicks& out) {
  const auto& window = scale.window();
  const date::year_month_day first{window.first};
  auto month = first.year() / first.month();
  if (first.day() != date::day{1}) month += date::months{1};
  for (; date::sys_days{month / 1} < window.end && out.fine.size() < tick_limit; month += date::months{1}) {
    const int index = static_cast<int>(month.year()) * months_per_year +
                      static_cast<int>(static_cast<unsigned>(month.month())) - 1;
    const date::sys_days day{month / 1};
    if (month.month() == date::January) out.context.push_back({day, year_label(static_cast<int>(month.year()))});
    if (floor_mod(index, step) == 0) out.fine.push_back({day, month_name(month.month())});
  }
  pin_context_start(scale, min_spacing_px, year_label(static_cast<int>(first.year())), out.context);
}

// Round years in the era they are read in: 50 BCE, 45 BCE, ... 5 BCE, 5, 10 (there is no
// year 0, so the one interval across the era boundary is a year shorter).
void year_ticks(const TimeScale& scale, int step, AxisTicks& out) {
  const auto& window = scale.window();
  const date::year_month_day first{window.first};
  int year = static_cast<int>(first.year());
  if (first.month() != date::January || first.day() != date::day{1}) ++year;
  for (; date::sys_days{date::year{year} / 1 / 1} < window.end && out.fine.size() < tick_limit; ++year) {
    const int era_year = year > 0 ? year : 1 - year;
    if (era_year % step == 0) out.fine.push_back({date::sys_days{date::year{year} / 1 / 1}, year_label(year)});
  }
}

}  // namespace

TickStep choose_step(double pixels_per_day, float min_spacing_px) {
  for (const auto step : candidate_steps)
    if (step_days(step) * pixels_per_day >= static_cast<double>(min_spacing_px)) return step;
  return candidate_steps.back();
}

AxisTicks calendar_ticks(const TimeScale& scale, float min_spacing_px) {
  AxisTicks ticks;
  ticks.step = choose_step(static_cast<double>(scale.pixels_per_day()), min_spacing_px);
  switch (ticks.step.unit) {
    case TickUnit::Day: day_ticks(scale, ticks.step.count, min_spacing_px, ticks); break;
    case TickUnit::Month: month_ticks(scale, ticks.step.count, min_spacing_px, ticks); break;
    case TickUnit::Year: year_ticks(scale, ticks.step.count, ticks); break;
  }
  return ticks;
}

std::string year_label(int astronomical_year) {
  if (astronomical_year > 0) return std::to_string(astronomical_year);
  return std::to_string(1 - astronomical_year) + " BCE";
}

}  // namespace annals::formats::picture
