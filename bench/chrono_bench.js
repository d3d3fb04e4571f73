// chrono-node on the Annals benchmark corpus, for the comparison `annals_bench_tagging`
// prints: the same documents, each parsed against its own publication date, timed the same
// way (one untimed warm-up pass for the JIT, then the median of timed passes).
// Usage: node chrono_bench.js CORPUS.jsonl INSTALL_DIR RUNS
// INSTALL_DIR is the npm prefix chrono-node was installed into (build/.../chrono-node).
// Prints one JSON line: {"version", "runs": [seconds...], "results", "bytes", "max_rss_kib"}.
'use strict';
const fs = require('fs');
const path = require('path');
const { createRequire } = require('module');

const [corpusPath, installDir, runsArg] = process.argv.slice(2);
if (!corpusPath || !installDir) {
  console.error('usage: node chrono_bench.js CORPUS.jsonl INSTALL_DIR [RUNS]');
  process.exit(2);
}
const installRequire = createRequire(path.join(path.resolve(installDir), 'package.json'));
const chrono = installRequire('chrono-node');
const packageJson = path.join(installDir, 'node_modules', 'chrono-node', 'package.json');
const version = JSON.parse(fs.readFileSync(packageJson, 'utf8')).version;

const documents = fs.readFileSync(corpusPath, 'utf8').split('\n').filter((line) => line.length > 0)
  .map((line) => JSON.parse(line))
  .map((d) => ({ text: d.text, published: new Date(`${d.published}T00:00:00Z`) }));

function tagAll() {
  let found = 0;
  for (const d of documents) found += chrono.parse(d.text, d.published).length;
  return found;
}

const results = tagAll();  // warm-up, and the count of expressions found
const runs = [];
for (let i = 0; i < Number(runsArg || 3); ++i) {
  const start = process.hrtime.bigint();
  tagAll();
  runs.push(Number(process.hrtime.bigint() - start) / 1e9);
}
const bytes = documents.reduce((sum, d) => sum + Buffer.byteLength(d.text, 'utf8'), 0);
console.log(JSON.stringify({ version, runs, results, bytes, max_rss_kib: process.resourceUsage().maxRSS }));
