// Config file reading and writing (JSON).
#include "config.hpp"

#include <nlohmann/json.hpp>

#include <cstdlib>
#include <fstream>
#include <iostream>

namespace annals::viewer {

namespace {
std::string key_of(const std::filesystem::path& database) {
  std::error_code error;
  const auto absolute = std::filesystem::absolute(database, error);
  return (error ? database : absolute).lexically_normal().string();
}
std::filesystem::path config_file() { return config_directory() / "viewer.json"; }
}  // namespace

std::optional<view::TimeWindow> Config::window_for(const std::filesystem::path& database) const {
  const auto found = windows.find(key_of(database));
  if (found == windows.end()) return std::nullopt;
  return found->second;
}

void Config::remember_window(const std::filesystem::path& database, const view::TimeWindow& window) {
  windows[key_of(database)] = window;
}

std::filesystem::path config_directory() {
  if (const char* xdg = std::getenv("XDG_CONFIG_HOME"); xdg && *xdg) return std::filesystem::path(xdg) / "annals";
  if (const char* home = std::getenv("HOME"); home && *home)
    return std::filesystem::path(home) / ".config" / "annals";
  return std::filesystem::temp_directory_path() / "annals-config";
}

std::filesystem::path imgui_ini_path() {
  std::error_code error;
  std::filesystem::create_directories(config_directory(), error);
  return config_directory() / "imgui.ini";
}

Config load_config() {
  Config config;
  std::ifstream in(config_file());
  if (!in) return config;
  try {
    const auto json = nlohmann::json::parse(in);
    if (json.contains("last_database")) config.last_database = json["last_database"].get<std::string>();
    if (json.contains("windows"))
      for (const auto& [path, window] : json.at("windows").items())
        config.windows[path] = {window.at(0).get<double>(), window.at(1).get<double>()};
  } catch (const std::exception& error) {
    std::cerr << "annals-view: ignoring " << config_file().string() << ": " << error.what() << "\n";
  }
  return config;
}

void save_config(const Config& config) {
  nlohmann::json json;
  if (config.last_database) json["last_database"] = config.last_database->string();
  json["windows"] = nlohmann::json::object();
  for (const auto& [path, window] : config.windows) json["windows"][path] = {window.first, window.end};
  std::error_code error;
  std::filesystem::create_directories(config_directory(), error);
  std::ofstream out(config_file());
  if (out) out << json.dump(2) << "\n";
}

}  // namespace annals::viewer
