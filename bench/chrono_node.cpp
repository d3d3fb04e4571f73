// Spawns node through the shell and reads the one JSON line chrono_bench.js prints.
#include "chrono_node.hpp"

#include <nlohmann/json.hpp>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <utility>

namespace annals::bench {

namespace {

std::string shell_quoted(const std::string& word) {
  std::string out = "'";
  for (char c : word) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

// Standard output of `command`, and whether it exited with status 0.
std::pair<std::string, bool> capture(const std::string& command) {
  std::FILE* pipe = popen(command.c_str(), "r");
  if (!pipe) return {"", false};
  std::string out;
  std::array<char, 4096> buffer{};
  while (const auto n = std::fread(buffer.data(), 1, buffer.size(), pipe)) out.append(buffer.data(), n);
  return {out, pclose(pipe) == 0};
}

std::string last_line(std::string text) {
  while (!text.empty() && text.back() == '\n') text.pop_back();
  const auto newline = text.find_last_of('\n');
  return newline == std::string::npos ? text : text.substr(newline + 1);
}

ChronoResult parse_result(const std::string& line) {
  const auto json = nlohmann::json::parse(line);
  ChronoResult result;
  result.version = json.at("version").get<std::string>();
  for (const double s : json.at("runs")) result.runs.emplace_back(s);
  result.expressions = json.at("results").get<std::size_t>();
  result.bytes = json.at("bytes").get<std::size_t>();
  constexpr std::size_t bytes_per_kibibyte = 1024;
  result.peak_rss_bytes = json.at("max_rss_kib").get<std::size_t>() * bytes_per_kibibyte;
  return result;
}

}  // namespace

ChronoOutcome run_chrono_node(const std::filesystem::path& script,
                              const std::filesystem::path& install_dir,
                              const std::filesystem::path& corpus_jsonl, int runs) {
  if (std::system("command -v node >/dev/null 2>&1") != 0)
    return {std::nullopt, "node is not installed (apt-get install nodejs npm)"};
  if (!std::filesystem::exists(install_dir / "node_modules" / "chrono-node" / "package.json"))
    return {std::nullopt, "chrono-node is not installed in " + install_dir.string() +
                              " (npm missing or offline when the bench target was built)"};
  const auto [out, ok] = capture("node " + shell_quoted(script.string()) + " " +
                                 shell_quoted(corpus_jsonl.string()) + " " +
                                 shell_quoted(install_dir.string()) + " " + std::to_string(runs));
  if (!ok) return {std::nullopt, "node " + script.filename().string() + " failed (see its errors above)"};
  try {
    return {parse_result(last_line(out)), {}};
  } catch (const std::exception& e) {
    return {std::nullopt, std::string("unexpected output from ") + script.filename().string() + ": " + e.what()};
  }
}

}  // namespace annals::bench
