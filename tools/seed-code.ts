// Extracts the seed project's Python sources from its write-up (../shared/seed/*.txt, or SEED_DIR) into a temp dir,
// at run time: the tests run its CLI client against the legacy adapter and the benchmark runs its
// server. Nothing of it is committed.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');

/**
 * The seed write-up: in SEED_DIR if set, else in `shared/seed` next to the checkout or next to one of
 * its parent directories (where the team's shared material sits beside the repository).
 */
export function findSeedFile(): string | null {
  const candidates = process.env.SEED_DIR ? [path.resolve(process.env.SEED_DIR)] : [];
  for (let dir = root; ; dir = path.dirname(dir)) {
    candidates.push(path.join(path.dirname(dir), 'shared', 'seed'));
    if (path.dirname(dir) === dir) break;
  }
  for (const dir of candidates) {
    const file = fs.existsSync(dir) ? fs.readdirSync(dir).find((f) => f.endsWith('.txt')) : undefined;
    if (file) return path.join(dir, file);
  }
  return null;
}

export function seedFile(): string {
  const file = findSeedFile();
  if (!file)
    throw new Error(`the seed write-up is missing: set SEED_DIR to the directory holding it (looked in ../shared/seed beside ${root} and its parents)`);
  return file;
}

/** The code block that follows `heading` in the write-up. */
function blockAfter(text: string, heading: string): string {
  const at = text.indexOf(heading);
  if (at < 0) throw new Error(`seed: heading not found: ${heading}`);
  const open = text.indexOf('```', at);
  const bodyStart = text.indexOf('\n', open) + 1;
  const close = text.indexOf('\n```', bodyStart);
  return text.slice(bodyStart, close + 1);
}

export type SeedVariant = 'server' | 'client';

/**
 * Writes chat.py, server_thread_chat.py and chat-cli.py into a fresh temp dir and returns it.
 * `server` is the later CLI (groups, logout with token); `client` the earlier one (comma-list groups,
 * logout without token, the unformatted "info {} ").
 */
export function extractSeed(variant: SeedVariant = 'server'): string {
  const text = fs.readFileSync(seedFile(), 'utf8');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `seed-${variant}-`));
  fs.writeFileSync(path.join(dir, 'chat.py'), blockAfter(text, '**2. Implementasi Chat untuk Server:**'));
  fs.writeFileSync(path.join(dir, 'server_thread_chat.py'), blockAfter(text, '**2. Implementasi Thread Chat (khusus Server):**'));
  const cli = variant === 'server' ? '**3. Implementasi Chat CLI untuk Server:**' : '**1. Implementasi Chat CLI untuk Client:**';
  fs.writeFileSync(path.join(dir, 'chat-cli.py'), blockAfter(text, cli));
  return dir;
}
