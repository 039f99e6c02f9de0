// Summarises a V8 .cpuprofile (node --cpu-prof): self time by package (node_modules/<pkg>, the project's
// own files, node: internals, GC, idle) and the heaviest functions. Used to write docs/performance.md.
//   npx tsx tools/profile-summary.ts <file.cpuprofile> [top=25]
import fs from 'node:fs';

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
}

const [file, topArg] = process.argv.slice(2);
if (!file) {
  process.stderr.write('usage: tools/profile-summary.ts <file.cpuprofile> [top]\n');
  process.exit(2);
}
const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as Profile;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map<number, number>();
profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
const total = [...self.values()].reduce((a, b) => a + b, 0);

function bucket(n: Node): string {
  const { url, functionName } = n.callFrame;
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1]!;
  if (url.startsWith('node:')) return 'node:internals';
  const own = /\/(src|dist|generated)\/(.*)$/.exec(url);
  return own ? `own: ${own[2]}` : url;
}

const buckets = new Map<string, number>();
const functions = new Map<string, number>();
for (const [id, t] of self) {
  const n = byId.get(id)!;
  const b = bucket(n);
  buckets.set(b, (buckets.get(b) ?? 0) + t);
  const key = `${n.callFrame.functionName || '(anonymous)'} ${b}:${n.callFrame.lineNumber + 1}`;
  functions.set(key, (functions.get(key) ?? 0) + t);
}
const pct = (t: number) => `${((100 * t) / total).toFixed(1).padStart(5)} %`;
const top = Number(topArg ?? 25);
process.stdout.write(`${file}: ${(total / 1000).toFixed(0)} ms sampled\n\nby package (self time):\n`);
for (const [b, t] of [...buckets].sort((a, c) => c[1] - a[1]).slice(0, top)) process.stdout.write(`${pct(t)}  ${b}\n`);
process.stdout.write(`\nby function (self time):\n`);
for (const [f, t] of [...functions].sort((a, c) => c[1] - a[1]).slice(0, top)) process.stdout.write(`${pct(t)}  ${f}\n`);
