#include "arguments.hpp"

namespace annals::cli {

Arguments::Arguments(const std::vector<std::string>& args, const std::set<std::string>& valued,
                     const std::set<std::string>& flags) {
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    if (arg.size() < 2 || !arg.starts_with("--")) {
      positionals_.push_back(arg);  // includes "-" for standard input
      continue;
    }
    if (arg == "--") {
      positionals_.insert(positionals_.end(), args.begin() + static_cast<long>(i) + 1, args.end());
      break;
    }
    std::string name = arg.substr(2);
    std::optional<std::string> inline_value;
    if (const auto eq = name.find('='); eq != std::string::npos) {
      inline_value = name.substr(eq + 1);
      name.resize(eq);
    }
    if (flags.count(name)) {
      if (inline_value) throw UsageError("--" + name + " takes no value");
      options_.emplace(name, "");
    } else if (valued.count(name)) {
      if (inline_value) options_.emplace(name, *inline_value);
      else if (i + 1 < args.size()) options_.emplace(name, args[++i]);
      else throw UsageError("--" + name + " needs a value");
    } else {
      throw UsageError("unknown option --" + name);
    }
  }
}

std::optional<std::string> Arguments::value(const std::string& name) const {
  const auto found = options_.find(name);
  if (found == options_.end()) return std::nullopt;
  return found->second;
}

std::string Arguments::required(const std::string& name) const {
  if (auto v = value(name)) return *v;
  throw UsageError("--" + name + " is required");
}

std::vector<std::string> Arguments::values(const std::string& name) const {
  std::vector<std::string> all;
  for (auto [it, end] = options_.equal_range(name); it != end; ++it) all.push_back(it->second);
  return all;
}

}  // namespace annals::cli
