// The list of files an import reads, held compactly: one path as a std::filesystem::path
// costs about 300 bytes, so a list of them was what made an import's peak memory grow
// with the number of files. Here each file costs its name's bytes and 12 bytes more; the
// folder part of consecutive paths is stored once. Entries come back as InputFile values,
// with exactly the path string that was added, in the order they were added.
#pragma once

#include <cstdint>
#include <filesystem>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

namespace annals::formats {

struct InputFile {
  std::filesystem::path path;
  std::uintmax_t bytes = 0;  // 0 for standard input (unknown)
};

class InputFiles {
 public:
  class const_iterator {
   public:
    using iterator_category = std::input_iterator_tag;
    using value_type = InputFile;
    using difference_type = std::ptrdiff_t;
    using pointer = void;
    using reference = InputFile;

    const_iterator(const InputFiles& files, std::size_t index) : files_(&files), index_(index) {}
    InputFile operator*() const { return (*files_)[index_]; }
    const_iterator& operator++() { ++index_; return *this; }
    bool operator==(const const_iterator& other) const { return index_ == other.index_; }

   private:
    const InputFiles* files_;
    std::size_t index_;
  };

  void push_back(const InputFile& file) { push_back(file.path.native(), file.bytes); }
  void push_back(std::string_view path, std::uintmax_t bytes);

  // Gives back the spare capacity of growing (up to half of the list) once it is complete.
  void shrink_to_fit();

  std::size_t size() const { return name_ends_.size(); }
  bool empty() const { return name_ends_.empty(); }
  InputFile operator[](std::size_t index) const { return {std::filesystem::path(path_string(index)), bytes(index)}; }
  InputFile front() const { return (*this)[0]; }
  std::string path_string(std::size_t index) const;
  std::uintmax_t bytes(std::size_t index) const { return bytes_[index]; }
  const_iterator begin() const { return {*this, 0}; }
  const_iterator end() const { return {*this, size()}; }

 private:
  // A path is its folder (the last of folders_ starting at or before it) followed by
  // names_[name_begin, name_ends_[index]).
  struct Folder {
    std::uint32_t first = 0;  // the index of the first file in it
    std::string path;         // up to and including the last '/'; empty for "-" or "a.txt"
  };
  std::size_t name_begin(std::size_t index) const { return index == 0 ? 0 : name_ends_[index - 1]; }
  const std::string& folder_of(std::size_t index) const;

  std::vector<Folder> folders_;
  std::string names_;
  std::vector<std::uint32_t> name_ends_;
  std::vector<std::uint64_t> bytes_;
};

}  // namespace annals::formats
