// Running chrono-node (the JavaScript date parser the issue measures Annals against) on the
// same corpus in the same benchmark run, through node and bench/chrono_bench.js. chrono-node
// is installed by npm into the build tree at build time; when node, npm or the network is
// missing the comparison is skipped with the reason, never failing the benchmark.
#pragma once

#include "measurement.hpp"

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace annals::bench {

struct ChronoResult {
  std::string version;
  std::vector<Seconds> runs;
  std::size_t expressions = 0;  // results of chrono.parse over the corpus
  std::size_t bytes = 0;        // UTF-8 bytes of text it read
  std::size_t peak_rss_bytes = 0;
};

struct ChronoOutcome {
  std::optional<ChronoResult> result;
  std::string skipped_because;  // set when result is empty
};

ChronoOutcome run_chrono_node(const std::filesystem::path& script,
                              const std::filesystem::path& install_dir,
                              const std::filesystem::path& corpus_jsonl, int runs);

}  // namespace annals::bench
