// Word-by-word layout: each word goes on the current line if it fits, else on the next.
#include "text_layout.hpp"

#include "palette.hpp"

namespace annals::viewer {

namespace {

void put_word(std::string_view word, ImU32 colour, float right, bool& line_start) {
  const float width = ImGui::CalcTextSize(word.data(), word.data() + word.size()).x;
  if (!line_start) {
    ImGui::SameLine(0.0f, ImGui::CalcTextSize(" ").x);
    if (ImGui::GetCursorScreenPos().x + width > right) ImGui::NewLine();
  }
  ImGui::PushStyleColor(ImGuiCol_Text, colour);
  ImGui::TextUnformatted(word.data(), word.data() + word.size());
  ImGui::PopStyleColor();
  line_start = false;
}

void put_words(std::string_view text, ImU32 colour, float right, bool& line_start) {
  std::size_t at = 0;
  while (at < text.size()) {
    const auto space = text.find(' ', at);
    const auto end = space == std::string_view::npos ? text.size() : space;
    if (end > at) put_word(text.substr(at, end - at), colour, right, line_start);
    at = end + 1;
  }
}

}  // namespace

void wrapped_with_highlight(std::string_view text, std::string_view phrase, ImU32 colour) {
  const float right = ImGui::GetCursorScreenPos().x + ImGui::GetContentRegionAvail().x;
  const ImU32 normal = ImGui::GetColorU32(ImGuiCol_Text);
  const auto found = phrase.empty() ? std::string_view::npos : text.find(phrase);
  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, {ImGui::GetStyle().ItemSpacing.x, 1.0f});
  bool line_start = true;
  if (found == std::string_view::npos) {
    put_words(text, normal, right, line_start);
  } else {
    put_words(text.substr(0, found), normal, right, line_start);
    put_words(phrase, colour, right, line_start);
    put_words(text.substr(found + phrase.size()), normal, right, line_start);
  }
  ImGui::PopStyleVar();
}

}  // namespace annals::viewer
