// Folder walking. Hidden entries (".git", ".DS_Store") are skipped: they are never articles.
// Sorting makes the order independent of the file system, which the "kill, rerun, same
// database" guarantee depends on. The order is that of std::filesystem::path's comparison
// (component by component): each folder's entries are sorted by name and walked depth
// first, which visits paths in exactly that order without holding them all as paths.
#include "annals/formats/inputs.hpp"

#include <fnmatch.h>

#include <algorithm>

namespace annals::formats {

namespace {

bool glob_matches(const std::string& glob, const std::filesystem::path& relative) {
  const auto matches = [&](const std::string& text) { return fnmatch(glob.c_str(), text.c_str(), 0) == 0; };
  if (matches(relative.generic_string())) return true;
  if (glob.find('/') == std::string::npos) return matches(relative.filename().string());
  return false;
}

bool any_matches(const std::vector<std::string>& globs, const std::filesystem::path& relative) {
  return std::any_of(globs.begin(), globs.end(),
                     [&](const std::string& glob) { return glob_matches(glob, relative); });
}

bool hidden(const std::string& name) { return name.size() > 1 && name.front() == '.' && name != ".."; }

// One entry of a folder, as much as the walk needs of it.
struct FolderEntry {
  std::string name;
  bool folder = false;  // a real folder (a link to one is not followed, as before)
  bool file = false;    // a regular file, or a link to one
  std::uintmax_t bytes = 0;
};

// The folder's visible entries sorted by name (bytes compared unsigned, as paths compare
// their components).
std::vector<FolderEntry> sorted_entries(const std::filesystem::path& folder, std::error_code& error) {
  std::vector<FolderEntry> entries;
  for (auto it = std::filesystem::directory_iterator(folder, error);
       !error && it != std::filesystem::directory_iterator(); it.increment(error)) {
    auto name = it->path().filename().string();
    if (hidden(name)) continue;
    std::error_code ignored;
    FolderEntry entry{std::move(name), it->is_directory(ignored) && !it->is_symlink(ignored),
                      it->is_regular_file(ignored), 0};
    if (entry.file) entry.bytes = it->file_size(ignored);
    entries.push_back(std::move(entry));
  }
  std::sort(entries.begin(), entries.end(),
            [](const FolderEntry& a, const FolderEntry& b) { return a.name < b.name; });
  return entries;
}

// Adds the accepted files below `folder` (`relative` to the walk's root); false on an error.
bool walk_folder(const std::filesystem::path& folder, const std::filesystem::path& relative,
                 const InputFilter& filter, InputList& list, std::error_code& error) {
  for (const auto& entry : sorted_entries(folder, error)) {
    const auto below = relative / entry.name;
    if (entry.folder) {
      if (!walk_folder(folder / entry.name, below, filter, list, error)) return false;
    } else if (entry.file && filter.accepts(below)) {
      list.files.push_back((folder / entry.name).native(), entry.bytes);
    }
  }
  return !error;
}

void walk(const std::filesystem::path& root, const InputFilter& filter, InputList& list) {
  std::error_code error;
  if (!walk_folder(root, {}, filter, list, error)) list.failures.push_back(root.string() + ": " + error.message());
}

}  // namespace

bool InputFilter::accepts(const std::filesystem::path& relative) const {
  if (!include.empty() && !any_matches(include, relative)) return false;
  // Excluding "drafts/*" or "drafts" excludes everything below drafts/.
  std::filesystem::path prefix;
  for (const auto& part : relative) {
    prefix /= part;
    if (any_matches(exclude, prefix)) return false;
  }
  return true;
}

InputList collect_inputs(const std::vector<std::string>& arguments, const InputFilter& filter) {
  InputList list;
  for (const auto& argument : arguments) {
    std::error_code error;
    if (argument == "-") {
      list.files.push_back("-", 0);
    } else if (std::filesystem::is_directory(argument, error)) {
      walk(argument, filter, list);
    } else if (std::filesystem::is_regular_file(argument, error)) {
      list.files.push_back(argument, std::filesystem::file_size(argument, error));
    } else {
      list.failures.push_back(argument + ": no such file or folder");
    }
  }
  list.files.shrink_to_fit();
  return list;
}

}  // namespace annals::formats
