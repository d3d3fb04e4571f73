// Reading an input file whole, refusing what is not text before anything is parsed.
#pragma once

#include <filesystem>
#include <stdexcept>
#include <string>

namespace annals::formats {

// An input that cannot be imported; the message names the file and, where it helps, the line.
class InputError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Largest file read whole; bigger ones are refused rather than exhausting memory.
inline constexpr std::uintmax_t max_input_bytes = 256u * 1024u * 1024u;

// The file's bytes, checked to be UTF-8 text ("-" reads standard input).
// Throws InputError: "FILE: no such file", "FILE: binary file", "FILE:LINE: invalid UTF-8".
std::string read_text_file(const std::filesystem::path& path);

// The same checks on bytes already in memory; `name` is used in messages.
void check_text(const std::string& name, const std::string& bytes);

}  // namespace annals::formats
