// One JSON shape for a timex, shared by `annals tag` in both of its modes.
#include "timex_json.hpp"

namespace annals::cli {

std::size_t CodePointCounter::at(std::size_t byte_offset) {
  for (; byte_ < byte_offset && byte_ < text_.size(); ++byte_)
    if ((static_cast<unsigned char>(text_[byte_]) & 0xC0) != 0x80) ++count_;
  return count_;
}

nlohmann::ordered_json timex_json(const Timex& timex, CodePointCounter& counter, bool full) {
  nlohmann::ordered_json out;
  out["start"] = counter.at(timex.begin);
  out["end"] = counter.at(timex.end);
  out["text"] = timex.text;
  out["type"] = std::string(to_string(timex.type));
  out["value"] = timex.value;
  if (!timex.mod.empty()) out["mod"] = timex.mod;
  if (!full) return out;
  if (timex.interval) {
    out["begin"] = format_iso(timex.interval->first);
    out["end_date"] = format_iso(timex.interval->last);
  }
  out["rule"] = timex.rule;
  if (timex.event_relative) {
    const auto& relative = *timex.event_relative;
    out["event"] = {{"amount", relative.amount},
                    {"unit", std::string(to_string(relative.unit))},
                    {"before", relative.before}};
  }
  return out;
}

}  // namespace annals::cli
