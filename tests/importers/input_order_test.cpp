// The compact input list and the depth-first folder walk must give exactly what the old
// list of std::filesystem::path sorted with operator< gave: the same path strings in the
// same order (a rerun after `kill -9` depends on the order). Names are chosen where plain
// string order and path order differ ('-' and '.' sort before '/' as bytes, after it by
// component) and with bytes above 0x7f.
#include "annals/formats/inputs.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>

using namespace annals::formats;

namespace {

std::filesystem::path make_tree(const std::vector<std::string>& files) {
  const auto root = std::filesystem::temp_directory_path() / "annals-input-order-test";
  std::filesystem::remove_all(root);
  for (const auto& file : files) {
    const auto path = root / file;
    std::filesystem::create_directories(path.parent_path());
    std::ofstream(path) << file;
  }
  return root;
}

}  // namespace

TEST_CASE("a folder walk lists files in std::filesystem::path order, with their sizes") {
  const std::vector<std::string> trees[] = {
      {"a-b", "a/b", "a.b", "a b", "a/c/d", "a/c-d", "a0", "A", "\xc3\xa9t\xc3\xa9.txt", "z/\xc3\xa9", "z/e"},
      {"x/y/z.txt", "x/y.txt", "x-y/z.txt", "x.y/z.txt", "x/y-z.txt", "x/y/a", "xy.txt", "x0/a"},
      {"deep/a/b/c/d.txt", "deep/a/b.txt", "deep/a-b/c.txt", "deep/a.b", "deep/aa/b", "deep/a/b-c/d"},
  };
  for (const auto& files : trees) {
    const auto root = make_tree(files);
    std::vector<std::filesystem::path> expected;
    for (const auto& file : files) expected.push_back(root / file);
    std::sort(expected.begin(), expected.end());
    const auto list = collect_inputs({root.string()}, {});
    CHECK(list.failures.empty());
    REQUIRE(list.files.size() == expected.size());
    std::size_t i = 0;
    for (const auto& file : list.files) {
      CHECK(file.path.native() == expected[i].native());
      CHECK(file.bytes == std::filesystem::file_size(expected[i]));
      ++i;
    }
  }
}

TEST_CASE("the compact list gives back each path string exactly as added") {
  const std::vector<std::pair<std::string, std::uintmax_t>> added = {
      {"-", 0}, {"a.txt", 1}, {"/tmp/x/a.txt", 2}, {"/tmp/x/b.txt", 3}, {"/tmp/x/", 4},
      {"rel//double/c.txt", 5}, {"/tmp/x/c.txt", 6}, {"/", 7}, {"", 8}, {"/tmp/y/\xc3\xa9", 1ull << 40},
  };
  InputFiles files;
  for (const auto& [path, bytes] : added) files.push_back(path, bytes);
  REQUIRE(files.size() == added.size());
  for (std::size_t i = 0; i < added.size(); ++i) {
    CHECK(files.path_string(i) == added[i].first);
    CHECK(files[i].path.native() == added[i].first);
    CHECK(files.bytes(i) == added[i].second);
  }
  CHECK(files.front().path == "-");
}
