// Running chrono-node (the JavaScript date parser the issue measures Annals against) on the
// same corpus in the same benchmark run, through node and bench/chrono_bench.js. The node
// process stays up and times one pass whenever asked, so that the benchmark can alternate
// its passes with Annals' own. chrono-node is installed by npm into the build tree at build
// time; when node, npm or the network is missing the comparison is skipped with the reason,
// never failing the benchmark.
#pragma once

#include "measurement.hpp"

#include <sys/types.h>

#include <cstddef>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <string>
#include <variant>

namespace annals::bench {

class ChronoNode {
 public:
  // Starts node on `corpus_jsonl` and waits until chrono-node has parsed it once (its
  // warm-up). The reason, instead, when node or chrono-node is missing or fails to start.
  static std::variant<ChronoNode, std::string> start(const std::filesystem::path& script,
                                                     const std::filesystem::path& install_dir,
                                                     const std::filesystem::path& corpus_jsonl);

  ChronoNode(ChronoNode&& other) noexcept;
  ChronoNode& operator=(ChronoNode&&) = delete;
  ChronoNode(const ChronoNode&) = delete;
  ChronoNode& operator=(const ChronoNode&) = delete;
  ~ChronoNode();  // ends the process if finish() was not called

  const std::string& version() const { return version_; }
  std::size_t expressions() const { return expressions_; }  // results of chrono.parse over the corpus
  std::size_t bytes() const { return bytes_; }              // UTF-8 bytes of text it reads

  // One timed pass over the corpus; throws std::runtime_error when node stops answering.
  Seconds timed_pass();

  // Ends the process and returns its peak resident set size in bytes.
  std::size_t finish();

 private:
  struct CloseFile {
    void operator()(std::FILE* file) const { std::fclose(file); }
  };
  using File = std::unique_ptr<std::FILE, CloseFile>;

  ChronoNode(pid_t pid, File requests, File answers) noexcept;
  std::string next_answer();  // the next line node writes, without its newline
  void wait_for_exit();

  pid_t pid_ = -1;
  File requests_;  // node's standard input
  File answers_;   // node's standard output
  std::string version_;
  std::size_t expressions_ = 0, bytes_ = 0;
};

}  // namespace annals::bench
