// npm run bench [name…] — runs the benchmarks (all by default) and prints each figure with the
// baseline measured in the same run. Not part of npm test: timings on shared machines are noisy.
import { execFileSync } from 'node:child_process';
import { root } from './lib/processes.js';
import { saveResults } from './lib/report.js';
import { federationBenchmark } from './federation.js';
import { filesBenchmark } from './files.js';
import { legacyBenchmark } from './legacy.js';
import { readsBenchmark } from './reads.js';
import { mixedBenchmark } from './mixed.js';
import { restSendBenchmark } from './rest-send.js';
import { scaleBenchmark } from './scale.js';
import { searchBenchmark } from './search.js';
import { streamBenchmark } from './stream.js';
import { webBenchmark } from './web.js';
import { webLoadBenchmark } from './web-load.js';
import { wsBenchmark } from './ws.js';

const benchmarks: Record<string, () => Promise<void>> = {
  rest: restSendBenchmark,
  ws: wsBenchmark,
  files: filesBenchmark,
  legacy: legacyBenchmark,
  federation: federationBenchmark,
  stream: streamBenchmark,
  scale: scaleBenchmark,
  search: searchBenchmark,
  web: webBenchmark,
  reads: readsBenchmark,
  mixed: mixedBenchmark,
  'web-load': webLoadBenchmark,
};

const wanted = process.argv.slice(2);
const unknown = wanted.filter((w) => !(w in benchmarks));
if (unknown.length > 0) {
  process.stderr.write(`unknown benchmark(s): ${unknown.join(', ')}; available: ${Object.keys(benchmarks).join(', ')}\n`);
  process.exit(2);
}

process.stdout.write('building dist/ …\n');
execFileSync(process.execPath, [`${root}/node_modules/typescript/bin/tsc`, '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
for (const name of wanted.length > 0 ? wanted : Object.keys(benchmarks)) await benchmarks[name]!();
process.stdout.write(`\nresults saved to ${saveResults()}\n`);
