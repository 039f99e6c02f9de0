// Extracts the seed project's Python sources from its write-up (../shared/seed/*.txt) into a temp dir,
// at run time: the tests run its CLI client against the legacy adapter and the benchmark runs its
// server. Nothing of it is committed.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');

export function seedFile(): string {
  const dir = path.resolve(root, '..', 'shared', 'seed');
  const file = fs.existsSync(dir) ? fs.readdirSync(dir).find((f) => f.endsWith('.txt')) : undefined;
  if (!file) throw new Error(`the seed write-up is missing: expected a .txt file in ${dir}`);
  return path.join(dir, file);
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
