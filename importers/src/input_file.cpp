#include "annals/formats/input_file.hpp"

#include "annals/utf8.hpp"

#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

namespace annals::formats {

void check_text(const std::string& name, const std::string& bytes) {
  if (utf8::looks_binary(bytes)) throw InputError(name + ": binary file, not text");
  if (const auto bad = utf8::find_invalid(bytes))
    throw InputError(name + ":" + std::to_string(bad->line) + ": invalid UTF-8 at byte " +
                     std::to_string(bad->offset));
}

std::string read_text_file(const std::filesystem::path& path) {
  std::string bytes;
  if (path == "-") {
    bytes.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
  } else {
    std::error_code error;
    if (!std::filesystem::is_regular_file(path, error))
      throw InputError(path.string() + ": no such file");
    const auto size = std::filesystem::file_size(path, error);
    if (!error && size > max_input_bytes)
      throw InputError(path.string() + ": file too large (" + std::to_string(size) +
                       " bytes; the limit is " + std::to_string(max_input_bytes) + ")");
    std::ifstream in(path, std::ios::binary);
    if (!in) throw InputError(path.string() + ": cannot be opened");
    if (!error) {  // read straight into the string: no stream buffer to copy from
      bytes.resize(static_cast<std::size_t>(size));
      in.read(bytes.data(), static_cast<std::streamsize>(size));
      bytes.resize(static_cast<std::size_t>(in.gcount()));
    }
    if (error || in.peek() != std::char_traits<char>::eof()) {  // size unknown, or the file grew
      std::ostringstream rest;
      rest << in.rdbuf();
      bytes += std::move(rest).str();
    }
  }
  check_text(path.string(), bytes);
  return bytes;
}

}  // namespace annals::formats
