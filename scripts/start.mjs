// npm start: compiles src/ into dist/ only when a source changed since the last build (a fresh clone,
// a pull, an edit), then runs the server in this process. A start with nothing to build listens within
// a second or two instead of waiting for the TypeScript compiler every time.
// Plain JavaScript, so it runs before anything is compiled.
import { spawnSync } from 'node:child_process';
import process from 'node:process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const stamp = path.join(root, 'dist', '.build-stamp');

/** Newest modification time among the inputs of the build. */
function newestInput() {
  let newest = 0;
  const visit = (p) => {
    const stat = fs.statSync(p);
    if (stat.isDirectory()) for (const name of fs.readdirSync(p)) visit(path.join(p, name));
    else newest = Math.max(newest, stat.mtimeMs);
  };
  visit(path.join(root, 'src'));
  for (const file of ['tsconfig.json', 'tsconfig.build.json', 'package-lock.json']) visit(path.join(root, file));
  return newest;
}

const built = fs.existsSync(stamp) ? fs.statSync(stamp).mtimeMs : 0;
if (built < newestInput() || !fs.existsSync(path.join(root, 'dist', 'main.js'))) {
  process.stdout.write('realm-chat: sources changed since the last build; compiling src/ into dist/ …\n');
  const tsc = spawnSync(process.execPath, [path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', path.join(root, 'tsconfig.build.json')], {
    stdio: 'inherit',
  });
  if (tsc.status !== 0) process.exit(tsc.status ?? 1);
  fs.writeFileSync(stamp, new Date().toISOString() + '\n');
}
// The web client served at / (web/ → web/dist), rebuilt the same way when its sources changed.
const { buildWebIfStale } = await import(pathToFileURL(path.join(root, 'scripts', 'web-build.mjs')).href);
try {
  buildWebIfStale();
} catch (error) {
  process.stderr.write(`realm-chat: ${error.message}; serving the API without a current web client\n`);
}
await import(pathToFileURL(path.join(root, 'dist', 'main.js')).href);
