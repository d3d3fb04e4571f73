// libFuzzer target over the temporal tagger: the text path every article goes through, so
// no byte sequence may crash it, hang it or make it report a timex outside the text.
// Input layout: bytes 0-1 (big-endian) are the publication date in days since 1970-01-01
// (1970..2149), bit 0 of byte 2 chooses the preferred direction (1 = future), and the
// rest is the text, as is: invalid UTF-8 included. Missing header bytes count as zero.
// Besides ASan/UBSan findings, a broken invariant of the tagger's output aborts the run.
#include "annals/data_dir.hpp"
#include "annals/temporal/tagger.hpp"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string_view>

namespace {

constexpr std::size_t header_size = 3;

annals::TaggingContext context_from(const std::uint8_t* data, std::size_t size) {
  const auto header_byte = [&](std::size_t i) -> unsigned { return i < size ? data[i] : 0u; };
  constexpr unsigned bits_per_byte = 8;
  const auto day_number = static_cast<int>((header_byte(0) << bits_per_byte) | header_byte(1));
  annals::TaggingContext context;
  context.published = date::sys_days{date::days{day_number}};
  context.prefer = (header_byte(2) & 1u) != 0 ? annals::Direction::Future : annals::Direction::Past;
  return context;
}

[[noreturn]] void broken(const char* what, const annals::Timex& timex) {
  std::fprintf(stderr, "tag_fuzzer: %s: [%zu, %zu) value '%s' rule '%s'\n", what, timex.begin,
               timex.end, timex.value.c_str(), timex.rule.c_str());
  __builtin_trap();
}

void check(std::string_view text, const std::vector<annals::Timex>& timexes) {
  std::size_t previous_end = 0;
  for (const auto& t : timexes) {
    if (!(t.begin < t.end && t.end <= text.size())) broken("span outside the text or empty", t);
    if (t.begin < previous_end) broken("timexes overlap or are out of order", t);
    if (text.substr(t.begin, t.end - t.begin) != t.text) broken("text differs from its span", t);
    // Only a date relative to another happening may wait for event extraction for its value.
    if (t.value.empty() && !t.event_relative) broken("empty value", t);
    if (t.event_relative && !(t.event_relative->event_begin <= t.event_relative->event_end &&
                              t.event_relative->event_end <= text.size()))
      broken("event span outside the text", t);
    if (t.interval && t.interval->first > t.interval->last) broken("interval ends before it starts", t);
    previous_end = t.end;
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const auto tagger = annals::TemporalTagger::load(annals::data_directory());
  const auto context = context_from(data, size);
  const std::string_view text =
      size <= header_size ? std::string_view{}
                          : std::string_view(reinterpret_cast<const char*>(data) + header_size, size - header_size);
  check(text, tagger.tag(text, context));
  return 0;
}
