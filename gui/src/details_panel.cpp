// Details of the selected event and its editor.
#include "details_panel.hpp"

#include "annals/view/axis_ticks.hpp"
#include "annals/view/date_entry.hpp"
#include "palette.hpp"
#include "text_layout.hpp"
#include "edit_actions.hpp"

#include <imgui_stdlib.h>

#include <sstream>

namespace annals::viewer {

namespace {

std::string joined(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& item : items) out += (out.empty() ? "" : ", ") + item;
  return out;
}

std::vector<std::string> split_list(const std::string& text) {
  std::vector<std::string> out;
  std::stringstream stream(text);
  std::string item;
  while (std::getline(stream, item, ',')) {
    const auto first = item.find_first_not_of(' ');
    const auto last = item.find_last_not_of(' ');
    if (first != std::string::npos) out.push_back(item.substr(first, last - first + 1));
  }
  return out;
}

void field(const char* name, const std::string& value) {
  ImGui::TextDisabled("%s", name);
  ImGui::SameLine(90);
  ImGui::TextWrapped("%s", value.empty() ? "-" : value.c_str());
}

}  // namespace

void DetailsPanel::load(ViewerState& state) {
  const long long version = state.store ? state.store->data_version() : 0;
  if (loaded_id_ == state.selected && loaded_version_ == version) return;
  loaded_id_ = state.selected;
  loaded_version_ = version;
  event_.reset();
  if (state.selected && state.store) event_ = state.store->event(*state.selected);
  if (!event_) return;
  title_buffer_ = event_->title;
  type_buffer_ = event_->type;
  date_buffer_ = event_->when.value;
  actors_buffer_ = joined(event_->actors);
  places_buffer_ = joined(event_->places);
  edit_error_.clear();
}

void DetailsPanel::draw(ViewerState& state, ImVec2 size) {
  ImGui::BeginChild("details", size, true);
  load(state);
  if (!event_) {
    ImGui::TextDisabled("Click an event to see where its date comes from.");
    ImGui::EndChild();
    return;
  }
  const Event& event = *event_;
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(event.title.c_str());
  ImGui::PopTextWrapPos();
  if (event.edited_by_analyst) ImGui::TextColored(ImVec4(1, 0.8f, 0.3f, 1), "edited by an analyst");
  ImGui::Separator();
  field("type", event.type);
  draw_when(event);
  field("actors", joined(event.actors));
  field("places", joined(event.places));
  ImGui::Separator();
  draw_sources(state, event);
  ImGui::Separator();
  draw_editor(state);
  ImGui::EndChild();
}

nlohmann::json DetailsPanel::report() const {
  if (!event_) return nullptr;
  nlohmann::json expressions = nlohmann::json::array();
  nlohmann::json quotes = nlohmann::json::array();
  for (const Source& source : event_->sources) {
    expressions.push_back(source.expression);
    quotes.push_back(source.quote);
  }
  return {{"event", event_->id}, {"title", event_->title}, {"when", event_->when.value},
          {"expressions", expressions}, {"quotes", quotes}};
}

void DetailsPanel::draw_when(const Event& event) const {
  const DateRange& range = event.when.range;
  std::string precision(to_string(range.granularity));
  if (range.portion != Portion::Whole) precision = std::string(to_string(range.portion)) + " " + precision;
  field("when", event.when.value + (event.when.mod.empty() ? "" : " (" + event.when.mod + ")"));
  field("interval", format_iso(range.first) + " .. " + format_iso(range.last));
  field("precision", precision);
}

void DetailsPanel::draw_sources(const ViewerState& state, const Event& event) const {
  ImGui::Text("Sources (%zu)", event.sources.size());
  for (const Source& source : event.sources) {
    ImGui::Spacing();
    std::string document = "document " + std::to_string(source.document);
    for (const PublicationMark& publication : state.publications)
      if (publication.id == source.document) document = publication.title;
    ImGui::TextDisabled("%s", document.c_str());
    wrapped_with_highlight(source.quote, source.expression, palette::highlight);
    ImGui::TextDisabled("why this date:");
    ImGui::SameLine();
    ImGui::TextWrapped("\"%s\" resolved against %s by rule %s", source.expression.c_str(),
                       source.anchor.empty() ? "the publication date" : source.anchor.c_str(),
                       source.rule.empty() ? "(unknown)" : source.rule.c_str());
  }
}

void DetailsPanel::draw_editor(ViewerState& state) {
  if (!ImGui::CollapsingHeader("Edit")) return;
  ImGui::InputText("title", &title_buffer_);
  ImGui::InputText("type", &type_buffer_);
  ImGui::InputText("date", &date_buffer_);
  ImGui::SameLine();
  ImGui::TextDisabled("(?)");
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("2023-03-17, 2023-03, 2023-W37, mid-March 2023, early 2023");
  ImGui::InputText("actors", &actors_buffer_);
  ImGui::InputText("places", &places_buffer_);
  if (ImGui::Button("Save")) {
    Event after = *event_;
    after.title = title_buffer_;
    after.type = type_buffer_;
    after.actors = split_list(actors_buffer_);
    after.places = split_list(places_buffer_);
    edit_error_.clear();
    if (date_buffer_ != event_->when.value) {
      const auto parsed = parse_typed_date(date_buffer_);
      if (parsed.when) after.when = *parsed.when;
      else edit_error_ = parsed.error;
    }
    if (edit_error_.empty()) apply_change(state, edits_.update(*event_, after));
  }
  ImGui::SameLine();
  if (ImGui::Button("Delete")) apply_change(state, edits_.remove(*event_));
  draw_merge_and_split(state);
  if (!edit_error_.empty()) ImGui::TextColored(ImVec4(1, 0.4f, 0.4f, 1), "%s", edit_error_.c_str());
}

void DetailsPanel::draw_merge_and_split(ViewerState& state) {
  if (split_for_ != event_->id) {
    split_for_ = event_->id;
    split_pick_.clear();
  }
  try {
    if (ImGui::Button("Pick for merge")) merge_pick_ = *event_;
    if (merge_pick_ && merge_pick_->id != event_->id) {
      ImGui::SameLine();
      const std::string label = "Merge \"" + merge_pick_->title + "\" into this";
      if (ImGui::Button(label.c_str())) {
        apply_change(state, edits_.merge(*event_, *merge_pick_));
        merge_pick_.reset();
      }
    }
    if (event_->sources.size() < 2) return;
    ImGui::TextDisabled("split off the ticked sources:");
    for (std::size_t i = 0; i < event_->sources.size(); ++i) {
      bool ticked = split_pick_.count(i) > 0;
      ImGui::PushID(static_cast<int>(i));
      if (ImGui::Checkbox(event_->sources[i].quote.substr(0, 60).c_str(), &ticked)) {
        if (ticked) split_pick_.insert(i);
        else split_pick_.erase(i);
      }
      ImGui::PopID();
    }
    if (!split_pick_.empty() && ImGui::Button("Split")) {
      apply_change(state, edits_.split(*event_, {split_pick_.begin(), split_pick_.end()}));
      split_pick_.clear();
    }
  } catch (const StoreError& error) {
    edit_error_ = error.what();
  }
}

}  // namespace annals::viewer
