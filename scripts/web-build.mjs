// Builds the web client (web/ → web/dist) when one of its sources changed since the last build: used by
// `npm start` and by the test suite's global setup, so a fresh clone serves and tests a current client.
// Plain JavaScript, so it runs before anything is compiled.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const web = path.join(root, 'web');
const stamp = path.join(web, 'dist', '.build-stamp');

function newest(p) {
  const stat = fs.statSync(p);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let max = 0;
  for (const name of fs.readdirSync(p)) if (name !== 'dist') max = Math.max(max, newest(path.join(p, name)));
  return max;
}

/** True when web/dist is missing or older than web/ (or the lockfile). */
export function webBuildStale() {
  if (!fs.existsSync(stamp) || !fs.existsSync(path.join(web, 'dist', 'index.html'))) return true;
  const built = fs.statSync(stamp).mtimeMs;
  return built < Math.max(newest(web), fs.statSync(path.join(root, 'package-lock.json')).mtimeMs);
}

/** Runs `vite build` for web/ if it is stale; throws when the build fails. */
export function buildWebIfStale({ log = (line) => process.stdout.write(line + '\n') } = {}) {
  if (!webBuildStale()) return false;
  log('realm-chat: web client sources changed since the last build; building web/ into web/dist/ …');
  const vite = path.join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  const result = spawnSync(process.execPath, [vite, 'build', '--config', path.join(web, 'vite.config.ts'), '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error(`web client build failed (exit ${result.status})`);
  fs.writeFileSync(stamp, new Date().toISOString() + '\n');
  return true;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    buildWebIfStale();
  } catch (error) {
    process.stderr.write(String(error) + '\n');
    process.exit(1);
  }
}
