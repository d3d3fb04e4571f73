#include "annals/data_dir.hpp"

#include <cstdlib>
#include <system_error>

namespace annals {

std::filesystem::path data_directory() {
  if (const char* from_env = std::getenv("ANNALS_DATA"); from_env && *from_env) return from_env;
  std::error_code error;
  const auto exe = std::filesystem::read_symlink("/proc/self/exe", error);
  if (!error) {
    const auto installed = exe.parent_path().parent_path() / "share" / "annals";
    if (std::filesystem::is_directory(installed / "temporal", error)) return installed;
  }
  return ANNALS_SOURCE_DATA_DIR;
}

}  // namespace annals
