// chrono-node on the Annals benchmark corpus, for the comparison `annals_bench_tagging`
// prints: the same documents, each parsed against its own publication date. The process
// stays up and serves timed passes on request, so that the benchmark can alternate them with
// its own passes: the machine's speed drifts between seconds, and two taggers measured in
// neighbouring slots see the same machine (see docs/benchmarks.md, "Tagging throughput").
// Usage: node chrono_bench.js CORPUS.jsonl INSTALL_DIR
// INSTALL_DIR is the npm prefix chrono-node was installed into (build/.../chrono-node).
// Protocol, one JSON object per line on stdout:
//   after one untimed warm-up pass (for the JIT): {"version", "results", "bytes"};
//   for every line read on stdin: {"seconds"}, the wall time of one timed pass;
//   at the end of stdin: {"max_rss_kib"}, then it exits.
'use strict';
const fs = require('fs');
const path = require('path');
const readline = require('readline');
const { createRequire } = require('module');

const [corpusPath, installDir] = process.argv.slice(2);
if (!corpusPath || !installDir) {
  console.error('usage: node chrono_bench.js CORPUS.jsonl INSTALL_DIR');
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
const bytes = documents.reduce((sum, d) => sum + Buffer.byteLength(d.text, 'utf8'), 0);
console.log(JSON.stringify({ version, results, bytes }));

const requests = readline.createInterface({ input: process.stdin });
requests.on('line', () => {
  const start = process.hrtime.bigint();
  tagAll();
  console.log(JSON.stringify({ seconds: Number(process.hrtime.bigint() - start) / 1e9 }));
});
requests.on('close', () => {
  console.log(JSON.stringify({ max_rss_kib: process.resourceUsage().maxRSS }));
});
