// Line and sentence splitting (see the header for the rule). Closing marks are matched as
// byte sequences, so the scan stays linear and never lands inside a UTF-8 character.
#include "annals/events/sentences.hpp"

#include "annals/events/table_file.hpp"

#include <array>

namespace annals::events {

namespace {

// ASCII and UTF-8 marks that may follow a sentence's final punctuation.
constexpr std::array<std::string_view, 9> closers{
    "\"", "'", ")", "]", "\xE2\x80\x9D" /* ” */, "\xE2\x80\x99" /* ’ */, "\xC2\xBB" /* » */,
    "\xE2\x80\x9C" /* “ (used as a closer by careless typing) */, "\xE2\x80\x98" /* ‘ */};

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }
bool is_terminator(char c) { return c == '.' || c == '!' || c == '?'; }
bool is_lower_ascii(char c) { return c >= 'a' && c <= 'z'; }

std::size_t skip_closers(std::string_view text, std::size_t at, std::size_t end) {
  bool advanced = true;
  while (advanced && at < end) {
    advanced = false;
    for (const auto closer : closers) {
      if (text.substr(at, closer.size()) == closer && at + closer.size() <= end) {
        at += closer.size();
        advanced = true;
        break;
      }
    }
  }
  return at;
}

TextSpan trimmed(std::string_view text, std::size_t begin, std::size_t end) {
  while (begin < end && is_space(text[begin])) ++begin;
  while (end > begin && is_space(text[end - 1])) --end;
  return {begin, end};
}

// The word that ends with the period at `period`, period included.
std::string_view word_ending_at(std::string_view text, std::size_t line_begin, std::size_t period) {
  std::size_t start = period;
  while (start > line_begin && !is_space(text[start - 1])) --start;
  auto word = text.substr(start, period + 1 - start);
  while (!word.empty() && (word.front() == '(' || word.front() == '"' || word.front() == '\''))
    word.remove_prefix(1);
  return word;
}

}  // namespace

Abbreviations Abbreviations::load(const std::filesystem::path& path) {
  std::set<std::string, std::less<>> words;
  for (const auto& row : read_table(path, 1, 1)) {
    if (row.fields[0].back() != '.') fail(row, "an abbreviation ends with '.'");
    words.insert(row.fields[0]);
  }
  return Abbreviations(std::move(words));
}

bool Abbreviations::contains(std::string_view word) const {
  const bool initial = word.size() == 2 && word[0] >= 'A' && word[0] <= 'Z';
  return initial || words_.find(word) != words_.end();
}

std::vector<TextSpan> split_lines(std::string_view text) {
  std::vector<TextSpan> lines;
  std::size_t start = 0;
  while (start < text.size()) {
    auto newline = text.find('\n', start);
    if (newline == std::string_view::npos) newline = text.size();
    const auto line = trimmed(text, start, newline);
    if (!line.empty()) lines.push_back(line);
    start = newline + 1;
  }
  return lines;
}

std::vector<TextSpan> split_sentences(std::string_view text, TextSpan line,
                                      const Abbreviations& abbreviations) {
  std::vector<TextSpan> sentences;
  std::size_t start = line.begin;
  for (std::size_t i = line.begin; i < line.end; ++i) {
    if (!is_terminator(text[i])) continue;
    std::size_t after = i + 1;
    while (after < line.end && is_terminator(text[after])) ++after;
    const auto close = skip_closers(text, after, line.end);
    if (close < line.end && !is_space(text[close])) continue;
    std::size_t next = close;
    while (next < line.end && is_space(text[next])) ++next;
    if (next < line.end && is_lower_ascii(text[next])) continue;
    if (text[i] == '.' && after == i + 1 && next < line.end &&
        abbreviations.contains(word_ending_at(text, line.begin, i)))
      continue;
    if (const auto sentence = trimmed(text, start, close); !sentence.empty())
      sentences.push_back(sentence);
    start = next;
    i = next - 1;  // next > i: the loop moves on to the next sentence
  }
  if (const auto rest = trimmed(text, start, line.end); !rest.empty()) sentences.push_back(rest);
  return sentences;
}

}  // namespace annals::events
