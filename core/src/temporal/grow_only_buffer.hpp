// Storage that only grows, for what the tokenizer writes for every token (the tokens, the
// start candidates). The tagger keeps one of each per thread and reuses it from text to
// text, so that adding an item costs one store of each field (a slot's old contents are
// overwritten, never default-constructed first), and the writer makes room for a block of
// text's items at a time, not a capacity test per item as std::vector::push_back makes.
#pragma once

#include <cstddef>
#include <cstring>
#include <memory>
#include <new>
#include <span>
#include <type_traits>

namespace annals::temporal {

template <typename Item>
class GrowOnlyBuffer {
  static_assert(std::is_trivially_copyable_v<Item>, "slots come to life as they are written, and move by memcpy");

 public:
  std::size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  std::span<Item> items() { return {storage_.get(), size_}; }
  std::span<const Item> items() const { return {storage_.get(), size_}; }
  Item& operator[](std::size_t at) { return storage_.get()[at]; }
  const Item& operator[](std::size_t at) const { return storage_.get()[at]; }
  void clear() { size_ = 0; }
  // Keeps the first `size` items (annotate's folding shortens the text's tokens).
  void truncate(std::size_t size) { size_ = size; }
  // Room for `count` more items, so that as many writes need no capacity test.
  void reserve_more(std::size_t count) {
    while (capacity_ - size_ < count) grow();
  }
  // The slots past the last item hold stale values: a caller writes every field of each
  // slot it fills, within room made by reserve_more, then commits up to where it wrote.
  Item* begin() { return storage_.get(); }
  Item* end() { return storage_.get() + size_; }
  const Item* begin() const { return storage_.get(); }
  const Item* end() const { return storage_.get() + size_; }
  void commit(const Item* end) { size_ = static_cast<std::size_t>(end - storage_.get()); }

 private:
  void grow() {
    constexpr std::size_t first_capacity = 1024;
    const auto capacity = capacity_ == 0 ? first_capacity : 2 * capacity_;
    std::unique_ptr<Item, Release> storage(static_cast<Item*>(::operator new(capacity * sizeof(Item))));
    if (size_ > 0) std::memcpy(storage.get(), storage_.get(), size_ * sizeof(Item));
    storage_ = std::move(storage);
    capacity_ = capacity;
  }
  // Raw memory, not constructed items: the slots come to life as they are written, and
  // pages never written (most of a doubling) are never touched.
  struct Release {
    void operator()(Item* items) const { ::operator delete(items); }
  };
  std::unique_ptr<Item, Release> storage_;
  std::size_t size_ = 0, capacity_ = 0;
};

}  // namespace annals::temporal
