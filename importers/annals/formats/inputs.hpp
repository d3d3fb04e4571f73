// The files an import reads: files as given, folders walked recursively in sorted order
// (so reruns and interrupted runs visit documents in the same order), "-" for standard
// input, filtered by --include/--exclude globs.
#pragma once

#include "annals/formats/input_files.hpp"

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace annals::formats {

struct InputFilter {
  std::vector<std::string> include;  // when non-empty, a file must match one of these
  std::vector<std::string> exclude;  // a file (or a folder above it) matching one is skipped

  // Globs (fnmatch: *, ?, [..]) match a path relative to the folder walked; a glob without
  // '/' also matches the file name alone ('*.html' matches 'a/b/c.html').
  bool accepts(const std::filesystem::path& relative) const;
};

struct InputList {
  InputFiles files;  // compact: a list of hundreds of thousands of files stays small
  std::vector<std::string> failures;  // "PATH: no such file or folder"
};

// Expands `arguments` (files, folders, "-"). Files named explicitly are never filtered.
InputList collect_inputs(const std::vector<std::string>& arguments, const InputFilter& filter);

}  // namespace annals::formats
