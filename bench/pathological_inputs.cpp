// Generators for the pathological inputs. Repeating patterns are cut to the exact size
// asked for, so a cut can fall inside a word or a UTF-8 sequence: that is part of the test.
#include "pathological_inputs.hpp"

#include <array>
#include <random>
#include <stdexcept>

namespace annals::bench {

namespace {

constexpr std::array kinds{
    PathologicalKind::LongLine,    PathologicalKind::Digits,      PathologicalKind::LastRepeated,
    PathologicalKind::MonthNames,  PathologicalKind::RandomBytes, PathologicalKind::Punctuation,
    PathologicalKind::YearChain,   PathologicalKind::HugeNumbers,
};

// A fixed seed: a failure found with these inputs must reproduce on the next run.
constexpr std::uint32_t generator_seed = 20230919;

std::string repeat_to_size(std::string_view pattern, std::size_t bytes) {
  std::string out;
  out.reserve(bytes);
  while (out.size() < bytes) out.append(pattern.substr(0, bytes - out.size()));
  return out;
}

// `bytes` characters drawn uniformly from `alphabet`.
std::string draw_from(std::string_view alphabet, std::size_t bytes) {
  std::mt19937 random(generator_seed);
  std::uniform_int_distribution<std::size_t> pick(0, alphabet.size() - 1);
  std::string out(bytes, ' ');
  for (auto& c : out) c = alphabet[pick(random)];
  return out;
}

std::string random_bytes(std::size_t bytes) {
  std::mt19937 random(generator_seed);
  std::uniform_int_distribution<int> pick(0, 255);
  std::string out(bytes, ' ');
  for (auto& c : out) c = static_cast<char>(static_cast<unsigned char>(pick(random)));
  return out;
}

std::string one_line(std::string_view prose, std::size_t bytes) {
  if (prose.empty()) throw std::invalid_argument("make_pathological: LongLine needs prose");
  std::string line(prose);
  for (auto& c : line)
    if (c == '\n' || c == '\r') c = ' ';
  line.push_back(' ');
  return repeat_to_size(line, bytes);
}

}  // namespace

std::span<const PathologicalKind> all_pathological_kinds() { return kinds; }

std::string_view to_string(PathologicalKind kind) {
  switch (kind) {
    case PathologicalKind::LongLine: return "one long line";
    case PathologicalKind::Digits: return "digits only";
    case PathologicalKind::LastRepeated: return "last last last";
    case PathologicalKind::MonthNames: return "month names in a row";
    case PathologicalKind::RandomBytes: return "random bytes";
    case PathologicalKind::Punctuation: return "punctuation only";
    case PathologicalKind::YearChain: return "2023-2023-2023";
    case PathologicalKind::HugeNumbers: return "999999999999 days ago";
  }
  return "unknown";
}

std::string make_pathological(PathologicalKind kind, std::size_t bytes, std::string_view prose) {
  switch (kind) {
    case PathologicalKind::LongLine: return one_line(prose, bytes);
    case PathologicalKind::Digits: return draw_from("0123456789", bytes);
    case PathologicalKind::LastRepeated: return repeat_to_size("last ", bytes);
    case PathologicalKind::MonthNames:
      return repeat_to_size(
          "January February March April May June July August September October November "
          "December ",
          bytes);
    case PathologicalKind::RandomBytes: return random_bytes(bytes);
    case PathologicalKind::Punctuation: return draw_from(".,;:!?-()[]{}'\"/\\&*#%@~_+=<>|", bytes);
    case PathologicalKind::YearChain: return repeat_to_size("2023-", bytes);
    case PathologicalKind::HugeNumbers: return repeat_to_size("999999999999 days ago ", bytes);
  }
  throw std::invalid_argument("make_pathological: unknown kind");
}

}  // namespace annals::bench
