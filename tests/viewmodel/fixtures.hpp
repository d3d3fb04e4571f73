// Small builders shared by the view model tests: days, events, a temporary folder.
#pragma once

#include "annals/event.hpp"

#include <date/date.h>

#include <filesystem>
#include <random>
#include <string>
#include <vector>

namespace annals::viewtest {

inline date::sys_days day(int y, unsigned m, unsigned d) {
  return date::sys_days{date::year{y} / date::month{m} / date::day{d}};
}

inline Event event(EventId id, std::string title, DateRange range, std::vector<std::string> actors = {},
                   std::string type = "meeting") {
  Event out;
  out.id = id;
  out.title = std::move(title);
  out.type = std::move(type);
  out.actors = std::move(actors);
  out.when.range = range;
  out.when.value = format_iso(range.first);
  return out;
}

// A folder under the system temp directory, removed with its contents at scope exit.
class TempDir {
 public:
  TempDir() {
    std::random_device random;
    path_ = std::filesystem::temp_directory_path() / ("annals-viewtest-" + std::to_string(random()));
    std::filesystem::create_directories(path_);
  }
  ~TempDir() {
    std::error_code error;
    std::filesystem::remove_all(path_, error);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  std::filesystem::path operator/(const std::string& name) const { return path_ / name; }
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

}  // namespace annals::viewtest
