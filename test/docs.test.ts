// The README must stay true: every configuration variable is documented in its table.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { envSchema } from '../src/config.js';

const readme = fs.readFileSync(path.resolve(import.meta.dirname, '../README.md'), 'utf8');

describe('README', () => {
  it('documents every environment variable in the configuration table', () => {
    const missing = Object.keys(envSchema.shape).filter((name) => !readme.includes(`| \`${name}\` |`));
    expect(missing).toEqual([]);
  });

  it('opens with the web client: its address and screenshots that exist', () => {
    const opening = readme.slice(0, readme.indexOf('## Quick start'));
    expect(opening).toContain('open http://localhost:3000');
    const images = [...opening.matchAll(/(?:\]\(|src=")(docs\/screenshots\/[^)"]+\.png)/g)].map((m) => m[1]!);
    expect(images.length).toBeGreaterThanOrEqual(3);
    for (const image of images) expect(fs.statSync(path.resolve(import.meta.dirname, '..', image)).size).toBeGreaterThan(10_000);
  });

  it('shows the two commands', () => {
    expect(readme).toContain('npm install && npm start');
    expect(readme).toContain('npm test');
  });
});
