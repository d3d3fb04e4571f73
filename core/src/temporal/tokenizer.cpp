// The tokenizer: bytes to tokens in a single forward pass. Every byte is looked at a
// bounded number of times, so a 10 MB line or a million digits cost linear time.
#include "tokens.hpp"

#include "rule_set.hpp"
#include "spelling_table.hpp"
#include "start_candidates.hpp"
#include "word_lanes.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>
#include <new>
#include <type_traits>

namespace annals::temporal {

namespace {

// What each byte value starts: one table lookup instead of a chain of comparisons.
enum class ByteClass : std::uint8_t { Space, Newline, Letter, Digit, Punct, High };

constexpr std::array<ByteClass, 256> byte_classes = [] {
  std::array<ByteClass, 256> classes{};
  for (std::size_t c = 0; c < classes.size(); ++c) {
    auto& is = classes[c];
    is = c >= 0x80 ? ByteClass::High : ByteClass::Punct;
    if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v') is = ByteClass::Space;
    if (c == '\n') is = ByteClass::Newline;
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) is = ByteClass::Letter;
    if (c >= '0' && c <= '9') is = ByteClass::Digit;
  }
  return classes;
}();

ByteClass class_of(char c) { return byte_classes[static_cast<unsigned char>(c)]; }

// Length of the UTF-8 sequence led by `lead`; invalid leads count as one byte.
std::size_t sequence_length(std::string_view text, std::size_t at) {
  const auto lead = static_cast<unsigned char>(text[at]);
  std::size_t length = 1;
  if (lead >= 0xF0) length = 4;
  else if (lead >= 0xE0) length = 3;
  else if (lead >= 0xC0) length = 2;
  for (std::size_t k = 1; k < length; ++k)
    if (at + k >= text.size() || (static_cast<unsigned char>(text[at + k]) & 0xC0) != 0x80) return 1;
  return length;
}

// U+00A0 (no-break space) and U+2009/U+202F (thin spaces) separate words like a space.
bool is_unicode_space(std::string_view text, std::size_t at, std::size_t length) {
  const auto sequence = text.substr(at, length);
  return sequence == "\xC2\xA0" || sequence == "\xE2\x80\x89" || sequence == "\xE2\x80\xAF";
}

}  // namespace

namespace {

// A word's first sixteen bytes are read at once (word_lanes.hpp); a longer word's rest eight
// bytes at a time: one 64-bit load finds which of them are letters (SWAR: the range test
// done in every byte lane at once), lowers them and gives the spelling's key.
static_assert(std::endian::native == std::endian::little, "the word reader assumes little-endian loads");
constexpr std::size_t lane_count = SpellingKey::head_bytes;
constexpr std::uint64_t lanes = 0x0101010101010101ULL;  // one in every byte lane
constexpr std::uint64_t lane_high = lanes * 0x80;
constexpr std::uint64_t lane_lower_bit = lanes * static_cast<std::uint64_t>(lower_case_bit);
constexpr unsigned bits_per_byte = 8;
constexpr unsigned lower_bit_shift = 2;  // 0x80 (a lane's flag) >> 2 == 0x20 (its lower-case bit)

// The eight bytes at `at`, zero-padded past the end of the text (zero is no letter).
std::uint64_t load_lanes(const char* bytes, std::size_t at, std::size_t size) {
  std::uint64_t lanes_read = 0;
  if (at + lane_count <= size) {
    std::memcpy(&lanes_read, bytes + at, lane_count);  // a fixed size: one load, no call
  } else {
    for (std::size_t k = 0; at + k < size; ++k)
      lanes_read |= std::uint64_t{static_cast<unsigned char>(bytes[at + k])} << (k * bits_per_byte);
  }
  return lanes_read;
}

// The high bit of every lane holding an ASCII letter. Case is folded first (letters and
// only letters then lie in 'a'..'z'); the additions cannot carry between lanes because the
// high bits are cleared before them; `~bytes` drops bytes >= 0x80.
std::uint64_t letter_lanes(std::uint64_t bytes) {
  const auto folded = (bytes | lane_lower_bit) & ~lane_high;
  const auto from_a = folded + lanes * (0x80 - 'a');
  const auto past_z = folded + lanes * (0x80 - 'z' - 1);
  return from_a & ~past_z & ~bytes & lane_high;
}

// A word longer than eight letters: the rest of read_word's loop, eight bytes a turn; the
// key takes the first sixteen bytes. `low` holds the first eight, already lowered.
std::size_t read_long_word(std::string_view text, std::size_t i, std::uint64_t low, SpellingKey& key) {
  key.head0 = low;
  std::size_t length = lane_count;
  for (;;) {
    const auto bytes = load_lanes(text.data(), i + length, text.size());
    const auto letters = letter_lanes(bytes);
    const auto lowered_lanes = bytes | (letters >> lower_bit_shift);
    const auto stops = ~letters & lane_high;
    const auto taken = stops ? static_cast<std::size_t>(std::countr_zero(stops)) / bits_per_byte : lane_count;
    if (length == lane_count)
      key.head1 = taken == lane_count ? lowered_lanes : lowered_lanes & ((std::uint64_t{1} << (taken * bits_per_byte)) - 1);
    length += taken;
    if (taken < lane_count) return length;
  }
}

// The entry of a spelling longer than the key's sixteen bytes: the table compares its tail
// too, from a lower-cased copy. Rare (few lexicon words are that long), so kept out of line.
[[gnu::noinline]] const SpellingTable::Found& find_longer_than_key(std::string_view text, const SpellingTable& spellings,
                                                                   const SpellingKey& key, std::size_t i) {
  std::string lowered(text.substr(i, key.length));
  for (auto& c : lowered) c = static_cast<char>(c | lower_case_bit);  // letters only: this lowers them
  return spellings.find(key, lowered);
}

// The entry of a word longer than eight letters.
const SpellingTable::Found& find_long_word(std::string_view text, const SpellingTable& spellings, std::size_t i,
                                          std::uint64_t low, std::size_t& length) {
  SpellingKey key;
  length = read_long_word(text, i, low, key);
  if (length > spellings.longest()) return spellings.none();
  key.length = static_cast<std::uint32_t>(length);
  if (length <= 2 * SpellingKey::head_bytes) return spellings.find(key, {});
  return find_longer_than_key(text, spellings, key, i);
}

// What the lexicon knows of a spelling it has no entry for: nothing. Lets the candidate
// lister read the facts of every token but words (whose look-up gives theirs) the same way.
const WordInfo no_entry{};

// Where a word ends, whether a space follows it (the usual case, taken without a turn of
// the loop), and what the lexicon says of it.
struct WordEnd {
  std::size_t end = 0;
  bool space_after = false;
  const SpellingTable::Found* found = nullptr;
};

// The masks that keep a word's first `length` bytes of the two heads, for lengths 0..16:
// looked up rather than computed, as whole heads would need a shift by 64.
struct HeadMasks {
  std::uint64_t head0 = 0, head1 = 0;
};
constexpr std::array<HeadMasks, WordLanes::bytes + 1> head_masks = [] {
  std::array<HeadMasks, WordLanes::bytes + 1> masks{};
  for (std::size_t length = 0; length < masks.size(); ++length)
    for (std::size_t k = 0; k < length; ++k)
      (k < lane_count ? masks[length].head0 : masks[length].head1) |= std::uint64_t{0xFF} << (k % lane_count * bits_per_byte);
  return masks;
}();

// Reads the word starting at `i` (a letter) into `token`, every field but the gap before
// it, looking it up. Nearly every word is shorter than sixteen letters: one read of sixteen
// bytes gives its length and its key, and words of any such length take the same path (their
// lengths follow no pattern a branch predicts). The fields known before the look-up are
// stored before it: the tokenizer's loop has more live values than x86-64 has registers,
// and what is stored need not be kept (spilled and reloaded) across the look-up.
WordEnd read_word(std::string_view text, const SpellingTable& spellings, std::size_t i, Token& token) {
  const auto read_lanes = word_lanes(text, i);
  // The lanes end in non-letters. The bit past the sixteen lanes tells the compiler that the
  // count has a bit to find, so that it tests for none no more.
  constexpr std::uint32_t past_lanes = std::uint32_t{1} << WordLanes::bytes;
  const auto length = static_cast<std::size_t>(std::countr_zero(~read_lanes.letters | past_lanes));
  token.begin = static_cast<std::uint32_t>(i);
  token.kind = TokenKind::Word;
  token.capitalized = (text[i] & lower_case_bit) == 0;
  token.digits = 0;
  token.value = no_value;
  if (length == WordLanes::bytes) [[unlikely]] {
    std::size_t long_length = 0;
    const auto& found = find_long_word(text, spellings, i, read_lanes.low0, long_length);
    token.info = found.info;
    const auto end = i + long_length;
    token.end = static_cast<std::uint32_t>(end);
    return {end, end < text.size() && text[end] == ' ', &found};
  }
  WordEnd word{i + length, ((read_lanes.spaces >> length) & 1) != 0};
  token.end = static_cast<std::uint32_t>(word.end);
  const auto& masks = head_masks[length];
  word.found = &spellings.find_heads(read_lanes.low0 & masks.head0, read_lanes.low1 & masks.head1);
  token.info = word.found->info;
  return word;
}

// The token starting at `i`, not white space and not a word (read_word reads those): writes
// its fields but its position; returns where it ends. A run of non-ASCII characters is one
// token: rules never match inside it, and the token count stays small.
std::size_t read_other(std::string_view text, const SpellingTable& spellings, std::size_t i, ByteClass kind, Token& token) {
  const char* bytes = text.data();
  const std::size_t size = text.size();
  const std::size_t begin = i;
  token.capitalized = false;
  token.digits = 0;
  token.value = no_value;
  switch (kind) {
    case ByteClass::Digit: {
      token.kind = TokenKind::Number;
      std::int64_t value = 0;
      std::size_t count = 0;
      for (; i < size && class_of(bytes[i]) == ByteClass::Digit; ++i, ++count)
        if (count < max_number_digits) value = value * 10 + (bytes[i] - '0');
      token.value = count <= max_number_digits ? value : no_value;
      token.digits = static_cast<std::uint8_t>(count <= max_number_digits ? count : 0);
      token.info = spellings.find(text.substr(begin, i - begin));
      return i;
    }
    case ByteClass::High:
      token.kind = TokenKind::Other;
      i += sequence_length(text, i);
      while (i < size && class_of(bytes[i]) == ByteClass::High) {
        const auto next = sequence_length(text, i);
        if (is_unicode_space(text, i, next)) break;
        i += next;
      }
      token.info = spellings.find(text.substr(begin, i - begin));
      break;
    default:
      token.kind = TokenKind::Punct;
      token.info = spellings.find_single(bytes[i]);
      ++i;
  }
  return i;
}

}  // namespace

void tokenize(std::string_view text, const SpellingTable& spellings, TokenBuffer& tokens, StartCandidates& starts) {
  tokens.clear();
  starts.clear();
  CandidateLister candidates(starts);
  const char* const bytes = text.data();
  const std::size_t size = text.size();
  bool space = true, line = true;
  // The text in blocks: a token starts in its block (it may end past it) and takes at least
  // one byte, so a block of n bytes adds at most n tokens, and room for them is made once.
  // Within a block tokens are written through a local pointer, which no store can alias
  // (a token's one-byte fields could alias the buffer's own size, were it kept there).
  constexpr std::size_t block_bytes = 4096;
  for (std::size_t i = 0; i < size;) {
    const auto block_end = std::min(size, i + block_bytes);
    tokens.reserve_more(block_end - i);
    candidates.make_room(block_end - i);
    Token* out = tokens.end();
    auto index = static_cast<std::uint32_t>(tokens.size());  // the next token's
    while (i < block_end) {
      const auto kind = class_of(bytes[i]);
      if (kind == ByteClass::Letter) {  // most tokens: a word, then one space, taken without a branch
        Token& token = *out++;
        token.space_before = space;
        token.line_before = line;
        const auto word = read_word(text, spellings, i, token);
        if (word.found->folds) candidates.fold_start(index);
        else candidates.entry(index, word.found->features, word.found->worth_next);
        ++index;
        space = word.space_after;
        line = false;
        i = word.end + space;
        continue;
      }
      if (kind == ByteClass::Space || kind == ByteClass::Newline) {
        space = true;
        line = line || kind == ByteClass::Newline;
        ++i;
        continue;
      }
      if (kind == ByteClass::High && is_unicode_space(text, i, sequence_length(text, i))) {
        space = true;
        i += sequence_length(text, i);
        continue;
      }
      Token& token = *out++;
      token.begin = static_cast<std::uint32_t>(i);
      token.space_before = space;
      token.line_before = line;
      space = line = false;
      i = read_other(text, spellings, i, kind, token);
      if (token.kind == TokenKind::Number) candidates.fold_start(index);
      else candidates.entry(index, token.info ? *token.info : no_entry);
      ++index;
      token.end = static_cast<std::uint32_t>(i);
      // The usual single space, taken without a turn of the loop and without a branch (after
      // "," there is one, after "(" none: no pattern a predictor learns).
      space = (i < size ? bytes[i] : '\0') == ' ';
      i += space;
    }
    tokens.commit(out);
  }
  candidates.finish(static_cast<std::uint32_t>(tokens.size()));
}

}  // namespace annals::temporal
