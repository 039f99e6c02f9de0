// docker-compose.yml must stay runnable: two realms, peered with each other, each with its own volume
// and ports, configured only with variables the server knows, with values it accepts.
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { envSchema, loadConfig } from '../src/config.js';

const compose = parse(fs.readFileSync(path.resolve(import.meta.dirname, '../docker-compose.yml'), 'utf8')) as {
  services: Record<string, { build: string; environment: Record<string, string>; ports: string[]; volumes: string[]; healthcheck: { test: string[] } }>;
  volumes: Record<string, unknown>;
};

describe('docker-compose.yml', () => {
  it('runs realm-a and realm-b with their own volumes and ports', () => {
    expect(Object.keys(compose.services).sort()).toEqual(['realm-a', 'realm-b']);
    const a = compose.services['realm-a']!;
    const b = compose.services['realm-b']!;
    expect(a.ports).toEqual(['3000:3000', '8889:8889']);
    expect(b.ports).toEqual(['3001:3001', '8890:8889']);
    expect(a.volumes[0]!.split(':')[0]).not.toBe(b.volumes[0]!.split(':')[0]);
    for (const v of [...a.volumes, ...b.volumes]) expect(Object.keys(compose.volumes)).toContain(v.split(':')[0]);
  });

  it('uses only known variables, with valid values, consistent with each other', () => {
    const known = new Set(Object.keys(envSchema.shape));
    const configs = Object.fromEntries(
      Object.entries(compose.services).map(([name, s]) => {
        for (const key of Object.keys(s.environment)) expect(known.has(key), `${name}: unknown variable ${key}`).toBe(true);
        return [name, loadConfig(s.environment)];
      }),
    );
    for (const [name, s] of Object.entries(compose.services)) {
      const c = configs[name]!;
      expect(c.realmId).toBe(name);
      // The published port is the port the server listens on, and REALM_URL names the service.
      expect(s.ports[0]).toBe(`${c.port}:${c.port}`);
      expect(s.ports[1]!.endsWith(`:${c.legacyTcpPort}`)).toBe(true);
      expect(c.realmUrl).toBe(`http://${name}:${c.port}`);
      expect(c.dataDir).toBe('/data');
      expect(c.federation.allowPrivate).toBe(true);
    }
    // Each realm's peer entry points at the other's REALM_URL.
    expect(configs['realm-a']!.federation.peers).toEqual([{ id: 'realm-b', url: configs['realm-b']!.realmUrl }]);
    expect(configs['realm-b']!.federation.peers).toEqual([{ id: 'realm-a', url: configs['realm-a']!.realmUrl }]);
  });

  it('checks each realm’s health on the port it listens on', () => {
    for (const s of Object.values(compose.services)) {
      expect(s.healthcheck.test.join(' ')).toContain(`http://127.0.0.1:${s.environment.PORT}/readyz`);
    }
  });
});

// The image can't be built on this machine (no Docker daemon): what matters in it is checked as text.
describe('Dockerfile', () => {
  const dockerfile = fs.readFileSync(path.resolve(import.meta.dirname, '../Dockerfile'), 'utf8');
  const lines = dockerfile.split('\n').filter((l) => !l.startsWith('#'));

  it('builds and runs on a supported Node.js LTS (22 or 24)', () => {
    const bases = lines.filter((l) => l.startsWith('FROM ')).map((l) => l.split(/\s+/)[1]!);
    expect(bases).toHaveLength(2);
    for (const base of bases) expect(base).toMatch(/^node:(22|24)-/);
  });

  it('runs the server as an unprivileged user, owning only the data volume', () => {
    const user = lines.findIndex((l) => /^USER\s+/.test(l));
    expect(user).toBeGreaterThan(-1);
    expect(lines[user]).not.toMatch(/^USER\s+(root|0)\b/);
    expect(user).toBeLessThan(lines.findIndex((l) => l.startsWith('CMD ')));
    expect(dockerfile).toMatch(/chown node:node \/data/);
  });

  it('has a health check on /readyz and runs the compiled server', () => {
    expect(dockerfile).toMatch(/HEALTHCHECK[^]*\/readyz/);
    expect(lines.find((l) => l.startsWith('CMD '))).toBe('CMD ["node", "dist/main.js"]');
  });
});
