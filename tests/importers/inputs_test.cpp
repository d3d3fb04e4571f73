#include "annals/formats/inputs.hpp"

#include <doctest/doctest.h>

#include <fstream>

using namespace annals::formats;

namespace {

std::filesystem::path make_tree() {
  const auto root = std::filesystem::temp_directory_path() / "annals-inputs-test";
  std::filesystem::remove_all(root);
  for (const char* file : {"b.html", "a.txt", "feeds/world.rss", "drafts/x.html", "drafts/deep/y.html",
                           "sub/c.HTML", ".git/config", "sub/.hidden.txt"}) {
    const auto path = root / file;
    std::filesystem::create_directories(path.parent_path());
    std::ofstream(path) << "text of " << file;
  }
  return root;
}

std::vector<std::string> relative_names(const InputList& list, const std::filesystem::path& root) {
  std::vector<std::string> names;
  for (const auto& file : list.files) names.push_back(file.path.lexically_relative(root).generic_string());
  return names;
}

}  // namespace

TEST_CASE("folders are walked recursively, sorted, hidden entries skipped, globs applied") {
  const auto root = make_tree();
  struct Case {
    std::vector<std::string> include, exclude;
    std::vector<std::string> expected;
  };
  const Case cases[] = {
      {{}, {}, {"a.txt", "b.html", "drafts/deep/y.html", "drafts/x.html", "feeds/world.rss", "sub/c.HTML"}},
      {{"*.html"}, {}, {"b.html", "drafts/deep/y.html", "drafts/x.html"}},
      {{"*.html"}, {"drafts/*"}, {"b.html"}},
      {{}, {"drafts", "*.rss"}, {"a.txt", "b.html", "sub/c.HTML"}},
      {{"feeds/*", "*.txt"}, {}, {"a.txt", "feeds/world.rss"}},
  };
  for (const auto& c : cases) {
    const InputFilter filter{c.include, c.exclude};
    const auto list = collect_inputs({root.string()}, filter);
    CHECK(list.failures.empty());
    CHECK(relative_names(list, root) == c.expected);
  }
  const auto first = collect_inputs({root.string()}, {}).files.front();
  CHECK(first.bytes == std::string("text of a.txt").size());
}

TEST_CASE("explicit files, standard input and missing paths") {
  const auto root = make_tree();
  const auto list = collect_inputs({(root / "drafts/x.html").string(), "-", "/nonexistent/z"},
                                   InputFilter{{"*.txt"}, {"drafts/*"}});
  REQUIRE(list.files.size() == 2);  // named files are not filtered
  CHECK(list.files[1].path == "-");
  REQUIRE(list.failures.size() == 1);
  CHECK(list.failures[0] == "/nonexistent/z: no such file or folder");
}
