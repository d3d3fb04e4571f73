// The single spelling of a location in messages, so every reader reads alike.
#include "annals/formats/article.hpp"

namespace annals::formats {

std::string located(const std::string& file, std::size_t line, const std::string& message) {
  return file + ":" + std::to_string(line) + ": " + message;
}

}  // namespace annals::formats
