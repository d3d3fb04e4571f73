// The order of evidence for a publication day (see dating.hpp), and --retrieved parsing.
#include "annals/formats/dating.hpp"

#include "annals/formats/date_string.hpp"

#include <charconv>

namespace annals::formats {

namespace {

std::optional<int> two_digits(std::string_view text, std::size_t at) {
  if (at + 2 > text.size()) return std::nullopt;
  int value = 0;
  const auto* begin = text.data() + at;
  const auto [end, ec] = std::from_chars(begin, begin + 2, value);
  if (ec != std::errc{} || end != begin + 2) return std::nullopt;
  return value;
}

constexpr std::size_t iso_day_length = 10;   // "2023-09-19"
constexpr int hours_per_day = 24;
constexpr int minutes_per_hour = 60;

}  // namespace

std::optional<RetrievedTime> parse_retrieved(std::string_view text) {
  const auto parsed = parse_date_string(text.substr(0, iso_day_length));
  if (!parsed.day || (text.size() > iso_day_length && text[iso_day_length] != 'T' &&
                      text[iso_day_length] != ' '))
    return std::nullopt;
  RetrievedTime time{*parsed.day};
  if (text.size() > iso_day_length) {
    const auto hours = two_digits(text, iso_day_length + 1);
    const auto minutes = two_digits(text, iso_day_length + 4);
    if (!hours || !minutes || text[iso_day_length + 3] != ':' || *hours >= hours_per_day ||
        *minutes >= minutes_per_hour)
      return std::nullopt;
    time += std::chrono::hours{*hours} + std::chrono::minutes{*minutes};
  }
  return time;
}

bool date_article(Article& article, const DatingOptions& options) {
  auto& document = article.document;
  const auto set = [&](date::sys_days day, DateOrigin origin) {
    document.published = day;
    document.published_origin = origin;
    return true;
  };
  if (options.published) return set(*options.published, DateOrigin::CommandLine);
  if (article.metadata_date) return set(*article.metadata_date, DateOrigin::Metadata);
  std::optional<date::sys_days> reference;
  if (options.retrieved) reference = date::floor<date::days>(*options.retrieved);
  if (const auto day = find_dateline(document.text, reference))
    return set(*day, DateOrigin::Dateline);
  if (options.retrieved) {
    if (const auto day = find_relative_marker(document.text, *options.retrieved))
      return set(*day, DateOrigin::RelativeMarker);
  }
  return false;
}

}  // namespace annals::formats
