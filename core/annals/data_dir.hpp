// Finding the lexicons and rules at run time, so an installed binary and one run from
// the build tree read the same data/ without the user configuring anything.
#pragma once

#include <filesystem>

namespace annals {

// $ANNALS_DATA if set; else <exe>/../share/annals when installed; else the source tree's data/.
std::filesystem::path data_directory();

}  // namespace annals
