// What `npm install` brings must run on every Node.js the README promises (≥ 20.19; 20, 22 and 24): a
// package whose engines leave one out prints EBADENGINE at install, and may not work there.
import fs from 'node:fs';
import path from 'node:path';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
const lock = JSON.parse(fs.readFileSync(path.join(root, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, { version?: string; engines?: { node?: string } }>;
};
/** The oldest release promised, and the newest of each later line. */
const NODES = ['20.19.0', '22.99.0', '24.99.0'];

describe('installed packages', () => {
  it('support every Node.js version the README promises', () => {
    expect(fs.readFileSync(path.join(root, 'README.md'), 'utf8')).toContain('Node.js ≥ 20.19 (20, 22 and 24 are supported)');
    const refused = Object.entries(lock.packages).flatMap(([name, p]) =>
      NODES.filter((node) => p.engines?.node && !semver.satisfies(node, p.engines.node)).map((node) => `${name}@${p.version} (${p.engines!.node}) on ${node}`),
    );
    expect(refused).toEqual([]);
  });

  it('run no install script that is not reviewed in allowScripts (npm 11 warns about each)', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { allowScripts: Record<string, boolean> };
    const withScripts = Object.entries(lock.packages as Record<string, { hasInstallScript?: boolean }>)
      .filter(([name, p]) => name && p.hasInstallScript)
      .map(([name]) => name.split('node_modules/').pop()!);
    expect(withScripts.filter((name) => !(name in pkg.allowScripts))).toEqual([]);
  });
});
