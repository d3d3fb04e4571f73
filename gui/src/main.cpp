// annals-view: the interactive timeline. Errors become a message and exit code 1
// (2 for a wrong command line), never a crash.
#include "options.hpp"
#include "viewer_app.hpp"

#include "annals/store/store.hpp"

#include <iostream>

int main(int argc, char** argv) {
  const auto started = std::chrono::steady_clock::now();
  // Each of the viewer's connections is used by one thread only (the window's, the
  // loader's two, a background import's); SQLite's locks were a third of the loading
  // thread's time at 1M events.
  annals::Store::configure_for_single_thread_connections();
  annals::viewer::Options options;
  try {
    options = annals::viewer::parse_options(argc, argv);
  } catch (const std::invalid_argument& error) {
    std::cerr << "annals-view: " << error.what() << "\n" << annals::viewer::usage();
    return 2;
  }
  if (options.help) {
    std::cout << annals::viewer::usage();
    return 0;
  }
  try {
    annals::viewer::ViewerApp app(options, started);
    return app.run();
  } catch (const annals::StoreError& error) {
    std::cerr << "annals-view: " << error.what() << "\n";
  } catch (const std::exception& error) {
    std::cerr << "annals-view: " << error.what() << "\n";
  }
  return 1;
}
