// One entry point for every input format: picks the reader by --format, by file extension,
// or by sniffing the first bytes, and turns any input problem into a failure naming the
// file instead of an exception, so a bad file never stops the rest of a folder.
#pragma once

#include "annals/formats/article.hpp"
#include "annals/formats/csv_reader.hpp"
#include "annals/formats/html_text.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace annals::formats {

enum class Format { Text, Html, JsonLines, Csv, Feed, TimeML };

std::string_view to_string(Format format);
// "text", "html", "jsonl", "csv", "feed" (also "rss", "atom"), "timeml"; nullopt otherwise.
std::optional<Format> parse_format(std::string_view name);

// By extension when it is telling, else by content ("<rss", "<feed", "<TimeML", "<html",
// "{"), else plain text. CSV is only ever chosen by extension or --format.
Format detect_format(const std::filesystem::path& path, std::string_view head);

// What the readers need from data/ and the command line.
struct ReaderSettings {
  HtmlBoilerplate boilerplate;
  CsvColumnNames csv_columns;
  std::optional<Format> format;  // --format: overrides detection

  static ReaderSettings load(const std::filesystem::path& data_dir);
};

// Reads one file ("-" is standard input) with the right reader. Never throws for bad input.
ReadResult read_input(const std::filesystem::path& path, const ReaderSettings& settings);

// The same on bytes already read; `name` is used as source and in messages.
ReadResult read_bytes(const std::string& name, const std::string& bytes, Format format,
                      const ReaderSettings& settings);

}  // namespace annals::formats
