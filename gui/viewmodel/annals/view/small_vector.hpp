// A vector of a few plain values kept inside its owner: an event's actors, places and
// documents are one or two values each, and a std::vector per list cost the loader three
// million heap blocks (and their page faults) at a million events. Longer lists move to
// the heap as a std::vector would.
#pragma once

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <iterator>
#include <type_traits>

namespace annals::view {

template <typename T, std::size_t Inline>
class SmallVector {
  static_assert(std::is_trivially_copyable_v<T>, "values are copied as bytes");
  static_assert(Inline > 0);

 public:
  using value_type = T;
  using iterator = T*;
  using const_iterator = const T*;

  SmallVector() = default;
  SmallVector(std::initializer_list<T> values) { assign(values.begin(), values.end()); }
  template <typename It>
  SmallVector(It from, It to) {
    assign(from, to);
  }
  SmallVector(const SmallVector& other) { assign(other.begin(), other.end()); }
  SmallVector(SmallVector&& other) noexcept { take(other); }
  SmallVector& operator=(const SmallVector& other) {
    if (this != &other) assign(other.begin(), other.end());
    return *this;
  }
  SmallVector& operator=(SmallVector&& other) noexcept {
    if (this != &other) {
      release();
      take(other);
    }
    return *this;
  }
  ~SmallVector() { release(); }

  std::size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  T* data() { return on_heap() ? heap_ : inline_; }
  const T* data() const { return on_heap() ? heap_ : inline_; }
  T* begin() { return data(); }
  T* end() { return data() + size_; }
  const T* begin() const { return data(); }
  const T* end() const { return data() + size_; }
  T& operator[](std::size_t at) { return data()[at]; }
  const T& operator[](std::size_t at) const { return data()[at]; }

  void reserve(std::size_t wanted) {
    if (wanted <= capacity_) return;
    T* grown = new T[wanted];
    const std::uint32_t kept = size_;
    if (kept > 0) std::memcpy(grown, data(), kept * sizeof(T));
    release();  // empties the list: the values are in `grown`
    heap_ = grown;
    size_ = kept;
    capacity_ = static_cast<std::uint32_t>(wanted);
  }
  void push_back(T value) {
    if (size_ == capacity_) reserve(std::size_t{capacity_} * 2);
    data()[size_++] = value;
  }
  void clear() { size_ = 0; }
  template <typename It>
  void assign(It from, It to) {
    clear();
    reserve(static_cast<std::size_t>(std::distance(from, to)));
    for (; from != to; ++from) data()[size_++] = static_cast<T>(*from);
  }

  friend bool operator==(const SmallVector& a, const SmallVector& b) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end());
  }

 private:
  bool on_heap() const { return capacity_ > Inline; }
  void release() {
    if (on_heap()) delete[] heap_;
    capacity_ = Inline;
    size_ = 0;
  }
  // Takes another's values (this one is empty and inline).
  void take(SmallVector& other) {
    size_ = other.size_;
    capacity_ = other.capacity_;
    if (other.on_heap()) heap_ = other.heap_;
    else std::memcpy(inline_, other.inline_, sizeof(inline_));
    other.capacity_ = Inline;
    other.size_ = 0;
  }

  std::uint32_t size_ = 0;
  std::uint32_t capacity_ = Inline;
  union {
    T inline_[Inline] = {};
    T* heap_;
  };
};

}  // namespace annals::view
