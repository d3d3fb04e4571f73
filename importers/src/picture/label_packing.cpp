// Row packing (see label_packing.hpp). Each row keeps the x-intervals already taken and,
// separately, where its labels are; rows are few and items per row modest, so a linear scan
// is cheaper than any index.
#include "annals/formats/picture/label_packing.hpp"

#include <algorithm>
#include <limits>

namespace annals::formats::picture {

namespace {

struct Span {
  float x0;
  float x1;

  bool overlaps(Span other) const { return x0 < other.x1 && other.x0 < x1; }
};

struct RowLabel {
  Span span;
  std::size_t item;
};

struct Row {
  std::vector<Span> taken;  // marks with their labels
  std::vector<RowLabel> labels;

  bool free(Span span) const {
    return std::none_of(taken.begin(), taken.end(), [&](const Span& t) { return span.overlaps(t); });
  }
  // The most important label (lowest item index) `span` would hide; none: the largest index.
  std::size_t first_hidden_label(Span span) const {
    std::size_t first = std::numeric_limits<std::size_t>::max();
    for (const auto& label : labels)
      if (span.overlaps(label.span)) first = std::min(first, label.item);
    return first;
  }
};

struct Candidate {
  LabelSide side;
  Span occupied;  // the mark and its label there, with clearance
  Span label;  // the label's own box
  float label_x;
};

std::vector<Candidate> candidates(const PackItem& item, const PackingRules& rules) {
  const auto& extent = item.mark.extent;
  const float c = rules.clearance;
  const float w = item.label_width;
  std::vector<Candidate> out;
  if (item.bar && item.mark.body.width() >= w + 2 * rules.inside_padding) {
    const float x = item.mark.body.x0 + rules.inside_padding;
    out.push_back({LabelSide::Inside, {extent.x0 - c, extent.x1 + c}, {x, x + w}, x});
  }
  const float right_x = extent.x1 + rules.gap;
  if (right_x + w <= rules.right)
    out.push_back({LabelSide::Right, {extent.x0 - c, right_x + w + c}, {right_x, right_x + w}, right_x});
  const float left_x = extent.x0 - rules.gap - w;
  if (left_x >= rules.left)
    out.push_back({LabelSide::Left, {left_x - c, extent.x1 + c}, {left_x, left_x + w}, left_x});
  return out;
}

// The mark alone: the first row with room for it; else the first row where it hides no label
// (it may cover other marks: they are translucent); else the row where the labels it hides
// are the least important, and those go (every event keeps its mark; labels give way).
void place_mark_only(std::size_t index, const PackItem& item, std::vector<Row>& rows, std::size_t row_limit,
                     const PackingRules& rules, LanePacking& packing) {
  const Span span{item.mark.extent.x0 - rules.clearance, item.mark.extent.x1 + rules.clearance};
  const Span mark{item.mark.extent.x0, item.mark.extent.x1};  // may come closer than clearance
  while (rows.size() < row_limit) rows.emplace_back();
  std::size_t best = 0;
  for (std::size_t r = 0; r < row_limit; ++r) {
    if (rows[r].free(span)) {
      best = r;
      break;
    }
    if (rows[r].first_hidden_label(mark) > rows[best].first_hidden_label(mark)) best = r;
  }
  auto& row = rows[best];
  std::erase_if(row.labels, [&](const RowLabel& label) {
    if (!mark.overlaps(label.span)) return false;
    packing.items[label.item].label.reset();
    return true;
  });
  row.taken.push_back(span);
  packing.items[index] = {best, std::nullopt, 0};
}

}  // namespace

LanePacking pack_lane(const std::vector<PackItem>& items, std::size_t row_limit, const PackingRules& rules) {
  LanePacking packing;
  packing.items.resize(items.size());
  row_limit = std::max<std::size_t>(row_limit, 1);
  std::vector<Row> rows(1);
  for (std::size_t i = 0; i < items.size(); ++i) {
    const auto options = candidates(items[i], rules);
    bool placed = false;
    for (std::size_t r = 0; r < row_limit && !placed; ++r) {
      if (r == rows.size()) rows.emplace_back();
      for (const auto& option : options) {
        if (!rows[r].free(option.occupied)) continue;
        rows[r].taken.push_back(option.occupied);
        rows[r].labels.push_back({option.label, i});
        packing.items[i] = {r, option.side, option.label_x};
        placed = true;
        break;
      }
    }
    if (!placed) place_mark_only(i, items[i], rows, row_limit, rules, packing);
  }
  for (const auto& item : packing.items) packing.rows_used = std::max(packing.rows_used, item.row + 1);
  return packing;
}

}  // namespace annals::formats::picture
