// `annals synth`: fills a database with realistic synthetic events for benchmarks of the
// viewer and the store. Events are spread over the years before a fixed end date, with the
// mix of precisions news gives (mostly days, some weeks and months, a few seasons, years,
// "early 2019", "about", "before"), written through the Store API: each synthetic document
// in its own transaction, the events of many documents together. A seed makes the output
// reproducible.
#include "arguments.hpp"
#include "commands.hpp"

#include "annals/store/store.hpp"

#include <date/iso_week.h>
#include <sqlite3.h>

#include <array>
#include <chrono>
#include <iostream>
#include <random>

namespace annals::cli {

namespace {

constexpr const char* usage =
    "usage: annals synth --db FILE --events N [--years Y] [--seed S] [--per-document K]\n"
    "\n"
    "Adds N synthetic events spread over the Y years (default 30) before 2025-01-01 to FILE,\n"
    "K events per synthetic document (default 500); events are written 50,000 per transaction.\n"
    "Exit codes: 0 ok, 1 the database cannot be written, 2 usage error.\n";

constexpr std::array types{"visit", "meeting", "statement", "report", "sanctions",
                           "attack", "agreement", "election", "summit", "warrant"};
constexpr std::array verbs{"visits", "meets", "comments on", "reports on", "sanctions",
                           "strikes", "signs with", "holds a vote with", "hosts", "charges"};
constexpr std::array actors{
    "Xi Jinping", "Vladimir Putin", "Joe Biden", "Emmanuel Macron", "Olaf Scholz", "Narendra Modi",
    "Recep Tayyip Erdogan", "Kim Jong-un", "Wang Yi", "Sergei Lavrov", "Antony Blinken",
    "Jake Sullivan", "Ursula von der Leyen", "Volodymyr Zelensky", "Fumio Kishida", "Lula da Silva",
    "Cyril Ramaphosa", "Mohammed bin Salman", "Benjamin Netanyahu", "Ebrahim Raisi", "Rishi Sunak",
    "Giorgia Meloni", "Yoon Suk-yeol", "Anthony Albanese", "Justin Trudeau", "Andres Manuel Lopez Obrador",
    "Jens Stoltenberg", "Antonio Guterres", "Alexander Lukashenko", "Shehbaz Sharif",
    "China", "Russia", "United States", "European Union", "NATO", "United Nations", "India",
    "Japan", "Iran", "Turkey"};
constexpr std::array places{"Beijing", "Moscow", "Washington", "Paris", "Berlin", "New Delhi",
                            "Ankara", "Pyongyang", "Kyiv", "Tokyo", "Brasilia", "Pretoria", "Riyadh",
                            "Jerusalem", "Tehran", "London", "Rome", "Seoul", "Canberra", "Ottawa",
                            "Mexico City", "Brussels", "Geneva", "Minsk", "Islamabad", "Malta",
                            "Bishkek", "Vladivostok", "Davos", "Singapore"};
constexpr std::array month_words{"January", "February", "March", "April", "May", "June", "July",
                                 "August", "September", "October", "November", "December"};

// Cumulative weights of precisions, per mille: day, week, month, season, year (whole or
// a part of it), decade.
constexpr std::array<int, 6> precision_weights{700, 800, 920, 950, 995, 1000};
constexpr int mod_per_mille = 50;  // "about", "before", "after"
constexpr int end_year = 2025;
// Events written per transaction: each transaction rewrites the index pages it touches
// (random positions in five indexes and the R*Tree), so fewer, larger ones write far less.
constexpr long long events_per_transaction = 50'000;
constexpr const char* cache_size_pragma = "PRAGMA cache_size = -262144";  // KiB, negative: a size, not pages

template <typename Array>
const char* pick(const Array& array, std::mt19937_64& random) {
  return array[std::uniform_int_distribution<std::size_t>(0, array.size() - 1)(random)];
}

std::string two_digits(unsigned value) { return (value < 10 ? "0" : "") + std::to_string(value); }

// A `When` of a random precision around `day`, with the words a news text would use.
std::pair<When, std::string> random_when(date::sys_days day, std::mt19937_64& random) {
  const date::year_month_day ymd{day};
  const int y = static_cast<int>(ymd.year());
  const unsigned m = static_cast<unsigned>(ymd.month());
  const std::string year = std::to_string(y);
  const int roll = std::uniform_int_distribution<int>(0, 999)(random);
  When when;
  std::string words;
  if (roll < precision_weights[0]) {
    when = {year + "-" + two_digits(m) + "-" + two_digits(static_cast<unsigned>(ymd.day())), "", DateRange::day(day)};
    words = "on " + std::to_string(static_cast<unsigned>(ymd.day())) + " " + month_words[m - 1] + " " + year;
  } else if (roll < precision_weights[1]) {
    const iso_week::year_weeknum_weekday week{day};
    when = {std::to_string(static_cast<int>(week.year())) + "-W" +
                two_digits(static_cast<unsigned>(week.weeknum())),
            "", DateRange::iso_week(day)};
    words = "in the week of " + format_iso(when.range.first);
  } else if (roll < precision_weights[2]) {
    when = {year + "-" + two_digits(m), "", DateRange::month(ymd.year() / ymd.month())};
    words = std::string("in ") + month_words[m - 1] + " " + year;
  } else if (roll < precision_weights[3]) {
    when = {year + "-SU", "", DateRange::season(ymd.year(), Season::Summer)};
    words = "in the summer of " + year;
  } else if (roll < precision_weights[4]) {
    const auto portion = static_cast<Portion>(std::uniform_int_distribution<int>(0, 3)(random));
    const std::array<const char*, 4> mods{"", "START", "MID", "END"};
    const std::array<const char*, 4> prefixes{"in ", "early ", "mid-", "late "};
    when = {year, mods[static_cast<std::size_t>(portion)], DateRange::year(ymd.year()).narrowed_to(portion)};
    words = prefixes[static_cast<std::size_t>(portion)] + year;
  } else {
    const int decade = y - y % 10;
    when = {std::to_string(decade / 10), "", DateRange::decade(decade)};
    words = "in the " + std::to_string(decade) + "s";
  }
  if (std::uniform_int_distribution<int>(0, 999)(random) < mod_per_mille && when.mod.empty()) {
    const std::array<const char*, 3> mods{"APPROX", "BEFORE", "AFTER"};
    when.mod = mods[std::uniform_int_distribution<std::size_t>(0, 2)(random)];
  }
  return {when, words};
}

Event random_event(date::sys_days day, std::mt19937_64& random, std::string& text) {
  Event event;
  const auto kind = std::uniform_int_distribution<std::size_t>(0, types.size() - 1)(random);
  event.type = types[kind];
  event.actors.emplace_back(pick(actors, random));
  if (std::uniform_int_distribution<int>(0, 2)(random) == 0) {
    std::string other = pick(actors, random);
    if (other != event.actors.front()) event.actors.push_back(other);
  }
  event.places.emplace_back(pick(places, random));
  auto [when, words] = random_when(day, random);
  event.when = when;
  event.title = event.actors.front() + " " + verbs[kind] + " " +
                (event.actors.size() > 1 ? event.actors[1] : event.places.front());
  Source source;
  source.quote = words + ", " + event.title + " in " + event.places.front() + ", officials said.";
  source.begin = text.size();
  source.end = text.size() + words.size();
  source.expression = words;
  source.rule = "synth";
  source.anchor = "synthetic data";
  text += source.quote + " ";
  event.sources.push_back(source);
  return event;
}

}  // namespace

int run_synth(const Args& args) {
  const Arguments arguments(args, {"db", "events", "years", "seed", "per-document"}, {"help"});
  if (arguments.has("help")) {
    std::cout << usage;
    return exit_ok;
  }
  const auto number = [&](const char* name, long long fallback) {
    const auto text = arguments.value(name);
    if (!text) return fallback;
    try {
      const long long value = std::stoll(*text);
      if (value > 0) return value;
    } catch (const std::exception&) {
    }
    throw UsageError(std::string("--") + name + ": expected a positive number, got '" + *text + "'");
  };
  const auto total = number("events", 0);
  if (total <= 0) throw UsageError("--events N is required");
  const auto years = number("years", 30);
  const auto per_document = number("per-document", 500);
  std::mt19937_64 random(static_cast<std::uint64_t>(number("seed", 1)));
  Store store = Store::open(arguments.required("db"));
  // A page cache of 256 MiB instead of SQLite's 2 MiB keeps the indexes' hot pages (random
  // positions in a file of hundreds of megabytes) in memory across a transaction; only a
  // speed setting of this connection, so a failure to apply it is not an error.
  sqlite3_exec(store.handle(), cache_size_pragma, nullptr, nullptr, nullptr);
  const date::sys_days end{date::year{end_year} / 1 / 1};
  const auto span = static_cast<int>(years * 365);
  std::uniform_int_distribution<int> offset(1, span);
  long long written = 0;
  std::vector<Event> batch;  // the events of several documents, written in one transaction
  for (long long document_number = 1; written < total; ++document_number) {
    Document document;
    document.title = "Synthetic report " + std::to_string(document_number);
    document.source = "synth";
    std::vector<Event> events;
    const auto count = std::min(per_document, total - written);
    for (long long i = 0; i < count; ++i)
      events.push_back(random_event(end - date::days{offset(random)}, random, document.text));
    document.published = end;
    // The document alone goes through add_document; its events are inserted directly, since
    // merge detection (right for real imports) costs a query per event that grows with the
    // database. Synthetic events are distinct by construction.
    const DocumentId id = store.add_document(document, {}, {}).document;
    for (Event& event : events) {
      for (Source& source : event.sources) source.document = id;
      batch.push_back(std::move(event));
    }
    written += count;
    if (static_cast<long long>(batch.size()) >= events_per_transaction || written >= total) {
      store.insert_generated_events(batch);
      batch.clear();
    }
  }
  std::cout << "added " << written << " synthetic events; the database holds " << store.event_count()
            << "\n";
  return exit_ok;
}

}  // namespace annals::cli
