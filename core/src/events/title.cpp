// Filling title templates (syntax in the header and docs/events.md).
#include "annals/events/title.hpp"

#include <algorithm>
#include <string_view>

namespace annals::events {

namespace {

// Renders `part` (no brackets inside); false when a slot in it is unknown.
bool fill(std::string_view part, const TitleSlots& slots, std::string& out) {
  while (!part.empty()) {
    const auto open = part.find('{');
    out += part.substr(0, open);
    if (open == std::string_view::npos) break;
    const auto close = part.find('}', open);
    if (close == std::string_view::npos) return false;
    const auto value = slots.find(part.substr(open + 1, close - open - 1));
    if (value == slots.end() || value->second.empty()) return false;
    out += value->second;
    part.remove_prefix(close + 1);
  }
  return true;
}

std::optional<std::string> render_one(std::string_view pattern, const TitleSlots& slots,
                                      std::size_t& dropped) {
  std::string out;
  dropped = 0;
  while (!pattern.empty()) {
    const auto open = pattern.find('[');
    if (!fill(pattern.substr(0, open), slots, out)) return std::nullopt;
    if (open == std::string_view::npos) break;
    const auto close = pattern.find(']', open);
    if (close == std::string_view::npos) return std::nullopt;
    std::string optional_part;
    if (fill(pattern.substr(open + 1, close - open - 1), slots, optional_part)) out += optional_part;
    else ++dropped;
    pattern.remove_prefix(close + 1);
  }
  if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 'a' + 'A');
  return out;
}

}  // namespace

std::optional<RenderedTitle> render_title(const std::vector<std::string>& templates,
                                          const TitleSlots& slots) {
  for (std::size_t i = 0; i < templates.size(); ++i) {
    std::size_t dropped = 0;
    if (auto text = render_one(templates[i], slots, dropped))
      return RenderedTitle{std::move(*text), i, std::min(dropped, RenderedTitle::max_optional_parts - 1)};
  }
  return std::nullopt;
}

}  // namespace annals::events
