// `annals tag` end to end: JSON lines with code-point offsets, --jsonl batches in input
// order, and the documented exit codes with errors naming the file and line.
#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <sys/wait.h>

namespace {

struct Run {
  int status = -1;
  std::string out;
};

// Runs the CLI through the shell with stderr folded into stdout.
Run run(const std::string& arguments) {
  Run result;
  const std::string command = std::string(ANNALS_CLI) + " " + arguments + " 2>&1";
  FILE* pipe = popen(command.c_str(), "r");
  REQUIRE(pipe != nullptr);
  std::array<char, 4096> buffer{};
  while (const auto n = fread(buffer.data(), 1, buffer.size(), pipe)) result.out.append(buffer.data(), n);
  const int status = pclose(pipe);
  result.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return result;
}

std::filesystem::path write_temp(const std::string& name, const std::string& text) {
  const auto path = std::filesystem::temp_directory_path() / name;
  std::ofstream(path, std::ios::binary) << text;
  return path;
}

}  // namespace

TEST_CASE("tag prints one JSON line per expression with code-point offsets") {
  const auto path = write_temp("annals-tag-test.txt", "Ünïcode: Wang visited Russia on the 18th.\n");
  const auto result = run("tag --published 2023-09-19 " + path.string());
  CHECK(result.status == 0);
  const auto line = nlohmann::json::parse(result.out.substr(0, result.out.find('\n')));
  CHECK(line["text"] == "the 18th");
  CHECK(line["start"] == 32);  // code points, not bytes (Ü and ï are two bytes each)
  CHECK(line["end"] == 40);
  CHECK(line["type"] == "DATE");
  CHECK(line["value"] == "2023-09-18");
  CHECK(line["begin"] == "2023-09-18");
  CHECK(line["end_date"] == "2023-09-18");
  CHECK(line["rule"] == "ordinal-day");
  CHECK_FALSE(line.contains("mod"));
}

TEST_CASE("tag --jsonl answers in input order and names bad lines") {
  const auto path = write_temp("annals-tag-test.jsonl",
                               "{\"id\": \"a\", \"published\": \"2023-09-19T23:30:00-04:00\", \"text\": \"next month\"}\n"
                               "{\"id\": 2, \"published\": \"2023-09-19\", \"text\": \"early this year\"}\n"
                               "{not json\n");
  const auto result = run("tag --jsonl " + path.string());
  CHECK(result.status == 1);
  std::istringstream lines(result.out);
  std::string first, second, error;
  std::getline(lines, first);
  std::getline(lines, second);
  std::getline(lines, error);
  const auto a = nlohmann::json::parse(first), b = nlohmann::json::parse(second);
  CHECK(a["id"] == "a");
  CHECK(a["timexes"][0]["value"] == "2023-10");
  CHECK(b["id"] == 2);
  CHECK(b["timexes"][0]["mod"] == "START");
  CHECK(error.find(path.string() + ":3:") != std::string::npos);
}

TEST_CASE("tag exit codes: usage errors are 2, unreadable input is 1") {
  CHECK(run("tag --help").status == 0);
  CHECK(run("tag").status == 2);                                // no --published
  CHECK(run("tag --published 2023-02-30 -").status == 2);       // impossible date
  CHECK(run("tag --published 2023-09-19 --prefer sideways -").status == 2);
  const auto missing = run("tag --published 2023-09-19 /nonexistent/file.txt");
  CHECK(missing.status == 1);
  CHECK(missing.out.find("/nonexistent/file.txt") != std::string::npos);
}
