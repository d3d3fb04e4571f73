// annals-view's argument parsing: `--name value` or `--name=value`, one positional DB.
#include "options.hpp"

#include <stdexcept>
#include <string_view>
#include <vector>

namespace annals::viewer {

namespace {

int parse_int(const std::string& name, const std::string& text, int min) {
  std::size_t used = 0;
  int value = 0;
  try {
    value = std::stoi(text, &used);
  } catch (const std::exception&) {
    used = 0;
  }
  if (used != text.size() || value < min)
    throw std::invalid_argument("--" + name + ": expected a number >= " + std::to_string(min) +
                                ", got '" + text + "'");
  return value;
}

void parse_size(const std::string& text, Options& options) {
  const auto x = text.find('x');
  if (x == std::string::npos) throw std::invalid_argument("--size: expected WxH, got '" + text + "'");
  constexpr int min_side = 200;
  options.width = parse_int("size", text.substr(0, x), min_side);
  options.height = parse_int("size", text.substr(x + 1), min_side);
}

void apply(const std::string& name, const std::string& value, Options& options) {
  if (name == "screenshot") options.screenshot = value;
  else if (name == "export-svg") options.export_svg = value;
  else if (name == "bench") options.bench_frames = parse_int(name, value, 1);
  else if (name == "lanes") {
    const auto kind = view::parse_lane_kind(value);
    if (!kind) throw std::invalid_argument("--lanes: expected all, actor, place, type or document, got '" + value + "'");
    options.lanes = *kind;
  } else if (name == "select-event") options.select_event = parse_int(name, value, 1);
  else if (name == "details") options.details = value;
  else if (name == "search") options.search = value;
  else if (name == "from") options.from = value;
  else if (name == "to") options.to = value;
  else if (name == "size") parse_size(value, options);
  else if (name == "drop") options.drops.push_back(value);
  else if (name == "document") options.document = parse_int(name, value, 1);
  else throw std::invalid_argument("unknown option --" + name);
}

}  // namespace

const char* usage() {
  return "usage: annals-view [DB] [options]\n"
         "  --screenshot FILE.png   render the timeline, write it as PNG and exit\n"
         "  --export-svg FILE.svg   render the timeline, write it as SVG and exit\n"
         "  --bench N               render N frames zooming from everything to one day;\n"
         "                          print CPU time per frame as JSON and exit\n"
         "  --lanes KIND            group by all, actor, place, type or document\n"
         "  --select-event ID       select an event and show its details\n"
         "  --details TEXT          select the first event whose title contains TEXT\n"
         "  --search TEXT           start with this search\n"
         "  --document ID           show only the events document ID reports\n"
         "  --from DAY --to DAY     start on this window (YYYY-MM-DD)\n"
         "  --size WxH              window size (default 1600x900)\n"
         "  --drop PATH             import PATH in the background, as if dropped on the window\n"
         "Without DB, the last database opened is used.\n";
}

Options parse_options(int argc, char** argv) {
  Options options;
  const std::vector<std::string> args(argv + 1, argv + argc);
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    if (arg == "--help" || arg == "-h") {
      options.help = true;
    } else if (arg.rfind("--", 0) == 0) {
      std::string name = arg.substr(2);
      std::string value;
      const auto equals = name.find('=');
      if (equals != std::string::npos) {
        value = name.substr(equals + 1);
        name.resize(equals);
      } else {
        if (i + 1 >= args.size()) throw std::invalid_argument("--" + name + " needs a value");
        value = args[++i];
      }
      apply(name, value, options);
    } else if (!options.database) {
      options.database = arg;
    } else {
      throw std::invalid_argument("unexpected argument '" + arg + "'");
    }
  }
  return options;
}

}  // namespace annals::viewer
