# Installs chrono-node (the comparison tagger) with npm into the build tree, for
# annals_bench_tagging. Never fails the build: without npm or network the benchmark
# reports that the comparison was skipped.
#   cmake -DPREFIX=<dir> -DVERSION=2.10 -P install_chrono.cmake
if(EXISTS "${PREFIX}/node_modules/chrono-node/package.json")
  return()
endif()
find_program(NPM npm)
if(NOT NPM)
  message(STATUS "bench: npm not found; the chrono-node comparison will be skipped")
  return()
endif()
file(MAKE_DIRECTORY "${PREFIX}")
execute_process(
  COMMAND "${NPM}" install --prefix "${PREFIX}" "chrono-node@${VERSION}" --no-audit --no-fund
  RESULT_VARIABLE status OUTPUT_QUIET ERROR_VARIABLE errors TIMEOUT 300)
if(NOT status EQUAL 0)
  message(STATUS "bench: npm could not install chrono-node@${VERSION} (${status}); "
                 "the comparison will be skipped.\n${errors}")
endif()
