// Spawns node with a pipe each way and speaks chrono_bench.js's line protocol.
#include "chrono_node.hpp"

#include <nlohmann/json.hpp>

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <stdexcept>
#include <utility>
#include <variant>
#include <vector>

extern char** environ;  // handed to node unchanged (PATH, NODE_OPTIONS, ...)

namespace annals::bench {

namespace {

struct Pipe {
  int read = -1, write = -1;
};

// Both ends close on exec: the child gets its ends only through the dup2 onto 0 and 1.
Pipe make_pipe() {
  int ends[2];
  if (pipe2(ends, O_CLOEXEC) != 0) throw std::runtime_error(std::string("pipe: ") + std::strerror(errno));
  return {ends[0], ends[1]};
}

struct Spawned {
  pid_t pid = -1;
  int error = 0;  // what posix_spawnp reports: ENOENT when node is not installed
};

// Runs `argv` with its standard input and output connected to `in` and `out`.
Spawned spawn(std::vector<std::string> argv, const Pipe& in, const Pipe& out) {
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, in.read, STDIN_FILENO);
  posix_spawn_file_actions_adddup2(&actions, out.write, STDOUT_FILENO);
  std::vector<char*> args;
  for (auto& arg : argv) args.push_back(arg.data());
  args.push_back(nullptr);
  pid_t pid = -1;
  const int error = posix_spawnp(&pid, args.front(), &actions, nullptr, args.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  return {error == 0 ? pid : -1, error};
}

}  // namespace

std::variant<ChronoNode, std::string> ChronoNode::start(const std::filesystem::path& script,
                                                        const std::filesystem::path& install_dir,
                                                        const std::filesystem::path& corpus_jsonl) {
  if (!std::filesystem::exists(install_dir / "node_modules" / "chrono-node" / "package.json"))
    return "chrono-node is not installed in " + install_dir.string() +
           " (npm missing or offline when the bench target was built)";
  const Pipe to_node = make_pipe(), from_node = make_pipe();
  const auto spawned = spawn({"node", script.string(), corpus_jsonl.string(), install_dir.string()}, to_node, from_node);
  close(to_node.read);
  close(from_node.write);
  if (spawned.error != 0) {
    close(to_node.write);
    close(from_node.read);
    return "node could not be started (" + std::string(std::strerror(spawned.error)) + "; apt-get install nodejs npm)";
  }
  ChronoNode node(spawned.pid, File(fdopen(to_node.write, "w")), File(fdopen(from_node.read, "r")));
  try {
    const auto ready = nlohmann::json::parse(node.next_answer());
    node.version_ = ready.at("version").get<std::string>();
    node.expressions_ = ready.at("results").get<std::size_t>();
    node.bytes_ = ready.at("bytes").get<std::size_t>();
  } catch (const std::exception& e) {
    return script.filename().string() + " did not start (see its errors above): " + e.what();
  }
  return node;
}

ChronoNode::ChronoNode(pid_t pid, File requests, File answers) noexcept
    : pid_(pid), requests_(std::move(requests)), answers_(std::move(answers)) {}

ChronoNode::ChronoNode(ChronoNode&& other) noexcept
    : pid_(std::exchange(other.pid_, -1)),
      requests_(std::move(other.requests_)),
      answers_(std::move(other.answers_)),
      version_(std::move(other.version_)),
      expressions_(other.expressions_),
      bytes_(other.bytes_) {}

ChronoNode::~ChronoNode() {
  if (pid_ <= 0) return;
  kill(pid_, SIGTERM);  // an error cut the session short: no answer is awaited
  requests_.reset();
  answers_.reset();
  wait_for_exit();
}

std::string ChronoNode::next_answer() {
  std::string line;
  for (int c; (c = std::fgetc(answers_.get())) != EOF && c != '\n';) line += static_cast<char>(c);
  if (line.empty()) throw std::runtime_error("node stopped answering");
  return line;
}

Seconds ChronoNode::timed_pass() {
  if (std::fputs("pass\n", requests_.get()) == EOF || std::fflush(requests_.get()) != 0)
    throw std::runtime_error("node stopped reading");
  return Seconds(nlohmann::json::parse(next_answer()).at("seconds").get<double>());
}

std::size_t ChronoNode::finish() {
  requests_.reset();  // end of input: node reports its peak memory and exits
  constexpr std::size_t bytes_per_kibibyte = 1024;
  const auto peak = nlohmann::json::parse(next_answer()).at("max_rss_kib").get<std::size_t>() * bytes_per_kibibyte;
  answers_.reset();
  wait_for_exit();
  return peak;
}

void ChronoNode::wait_for_exit() {
  int status = 0;
  while (waitpid(pid_, &status, 0) < 0 && errno == EINTR) {
  }
  pid_ = -1;
}

}  // namespace annals::bench
