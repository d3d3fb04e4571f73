// A TIMEX3 value being written: a few numbers and letters in a fixed buffer, made a string
// only once, in the Timex. Every expression writes one, so building it by concatenating
// std::strings (and formatting numbers through to_chars) was a visible part of tagging.
#pragma once

#include <algorithm>
#include <array>
#include <cstddef>
#include <string_view>

namespace annals::temporal {

class ValueText {
 public:
  // The longest value: "BC" + a padded year + "-W53-WE", or a duration with fractions.
  static constexpr std::size_t capacity = 48;

  ValueText() = default;
  // Text longer than the capacity is cut: no value the resolver writes comes near it.
  explicit ValueText(std::string_view text) { this->text(text); }

  ValueText& text(std::string_view piece) {
    const auto length = std::min(piece.size(), capacity - size_);
    std::copy_n(piece.data(), length, buffer_.data() + size_);
    size_ += length;
    return *this;
  }
  // Decimal, zero-padded on the left to `width` characters, sign included ("0-44"), as
  // to_chars then padding wrote it. By hand: a value is mostly such numbers.
  ValueText& number(long value, std::size_t width) {
    if (value < 0) return signed_number(value, width);
    if (value < small_limit && width == small_width && size_ + small_width <= capacity) {  // a month, a day
      buffer_[size_++] = static_cast<char>('0' + value / ten);
      buffer_[size_++] = static_cast<char>('0' + value % ten);
      return *this;
    }
    if (value < year_limit && width == year_width && size_ + year_width <= capacity) {  // a year
      const auto digits = static_cast<unsigned>(value);
      buffer_[size_++] = static_cast<char>('0' + digits / 1000);
      buffer_[size_++] = static_cast<char>('0' + digits / 100 % 10);
      buffer_[size_++] = static_cast<char>('0' + digits / 10 % 10);
      buffer_[size_++] = static_cast<char>('0' + digits % 10);
      return *this;
    }
    std::size_t count = 1;
    for (auto rest = value / ten; rest != 0; rest /= ten) ++count;
    const auto length = std::min(std::max(width, count), capacity - size_);
    // From the right: the places past the number's digits come out as the zeros.
    for (auto at = size_ + length; at > size_; value /= ten) buffer_[--at] = static_cast<char>('0' + value % ten);
    size_ += length;
    return *this;
  }
  // "BC0044" for 44 BCE, "2023" for 2023.
  ValueText& year(int value) { return value < 0 ? text("BC").number(-value, 4) : number(value, 4); }
  void drop(std::size_t count) { size_ -= std::min(count, size_); }

  std::string_view view() const { return {buffer_.data(), size_}; }
  bool empty() const { return size_ == 0; }

 private:
  ValueText& signed_number(long value, std::size_t width) {
    std::array<char, max_digits> digits;  // written from the right
    std::size_t length = 0;
    for (auto rest = value; rest != 0 || length == 0; rest /= ten)
      digits[max_digits - ++length] = static_cast<char>('0' - rest % ten);
    digits[max_digits - ++length] = '-';
    for (std::size_t i = length; i < width && size_ < capacity; ++i) buffer_[size_++] = '0';
    return text({digits.data() + max_digits - length, length});
  }

  static constexpr long ten = 10;
  static constexpr long small_limit = 100;
  static constexpr std::size_t small_width = 2;
  static constexpr long year_limit = 10000;
  static constexpr std::size_t year_width = 4;
  static constexpr std::size_t max_digits = 24;  // a long's digits and sign
  std::array<char, capacity> buffer_;  // only the first size_ characters are ever read
  std::size_t size_ = 0;
};

}  // namespace annals::temporal
