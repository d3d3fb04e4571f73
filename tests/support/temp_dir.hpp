// A temporary folder for one test, removed when the test ends: database and CLI tests
// work on real files without leaving any behind.
#pragma once

#include <filesystem>
#include <random>
#include <string>

namespace annals::test {

class TempDir {
 public:
  explicit TempDir(const std::string& prefix = "annals-test-") {
    std::random_device seed;
    path_ = std::filesystem::temp_directory_path() / (prefix + std::to_string(seed()));
    std::filesystem::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  std::filesystem::path operator/(const std::string& name) const { return path_ / name; }
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

}  // namespace annals::test
