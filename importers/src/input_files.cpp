// The compact file list (input_files.hpp): a path is split after its last '/', and the
// folder part is shared with the previous entry when it is the same (a folder walk adds
// a folder's files one after the other).
#include "annals/formats/input_files.hpp"

#include <algorithm>
#include <iterator>
#include <limits>
#include <stdexcept>

namespace annals::formats {

void InputFiles::push_back(std::string_view path, std::uintmax_t bytes) {
  const auto slash = path.rfind('/');
  const auto split = slash == std::string_view::npos ? 0 : slash + 1;
  const auto folder = path.substr(0, split);
  names_.append(path.substr(split));
  if (names_.size() > std::numeric_limits<std::uint32_t>::max())
    throw std::length_error("too many input files for one import");
  if (folders_.empty() || folders_.back().path != folder)
    folders_.push_back({static_cast<std::uint32_t>(size()), std::string(folder)});
  name_ends_.push_back(static_cast<std::uint32_t>(names_.size()));
  bytes_.push_back(static_cast<std::uint64_t>(bytes));
}

void InputFiles::shrink_to_fit() {
  folders_.shrink_to_fit();
  names_.shrink_to_fit();
  name_ends_.shrink_to_fit();
  bytes_.shrink_to_fit();
}

const std::string& InputFiles::folder_of(std::size_t index) const {
  const auto after = std::upper_bound(folders_.begin(), folders_.end(), index,
                                      [](std::size_t i, const Folder& folder) { return i < folder.first; });
  return std::prev(after)->path;
}

std::string InputFiles::path_string(std::size_t index) const {
  const auto begin = name_begin(index);
  std::string path = folder_of(index);
  path.append(names_, begin, name_ends_[index] - begin);
  return path;
}

}  // namespace annals::formats
