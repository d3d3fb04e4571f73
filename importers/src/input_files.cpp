// The compact file list (input_files.hpp): a path is split after its last '/', and the
// folder part is shared with the previous entry when it is the same (a folder walk adds
// a folder's files one after the other).
#include "annals/formats/input_files.hpp"

#include <limits>
#include <stdexcept>

namespace annals::formats {

void InputFiles::push_back(std::string_view path, std::uintmax_t bytes) {
  const auto slash = path.rfind('/');
  const auto split = slash == std::string_view::npos ? 0 : slash + 1;
  const auto folder = path.substr(0, split);
  if (folders_.empty() || folders_.back() != folder) folders_.emplace_back(folder);
  names_.append(path.substr(split));
  if (names_.size() > std::numeric_limits<std::uint32_t>::max() ||
      folders_.size() > std::numeric_limits<std::uint32_t>::max())
    throw std::length_error("too many input files for one import");
  entries_.push_back({static_cast<std::uint32_t>(folders_.size() - 1), static_cast<std::uint32_t>(names_.size()),
                      static_cast<std::uint64_t>(bytes)});
}

std::string InputFiles::path_string(std::size_t index) const {
  const auto& entry = entries_[index];
  const auto begin = name_begin(index);
  std::string path = folders_[entry.folder];
  path.append(names_, begin, entry.name_end - begin);
  return path;
}

}  // namespace annals::formats
