// What the viewer remembers between runs: the last database and the view per database,
// in $XDG_CONFIG_HOME/annals (or ~/.config/annals), never in the working directory.
#pragma once

#include "annals/view/time_mapping.hpp"

#include <filesystem>
#include <map>
#include <optional>
#include <string>

namespace annals::viewer {

struct Config {
  std::optional<std::filesystem::path> last_database;
  std::map<std::string, view::TimeWindow> windows;  // absolute database path -> window

  std::optional<view::TimeWindow> window_for(const std::filesystem::path& database) const;
  void remember_window(const std::filesystem::path& database, const view::TimeWindow& window);
};

std::filesystem::path config_directory();
std::filesystem::path imgui_ini_path();  // ImGui's own layout file, in the same folder
// A missing or unreadable file gives an empty Config: preferences are never worth a failure.
Config load_config();
void save_config(const Config& config);

}  // namespace annals::viewer
