// docker-compose.scale.yml must stay runnable: PostgreSQL, Redis, two instances of one realm and nginx
// in front, the instances configured alike with variables the server knows, pointing at the services
// by their names, and nginx forwarding to every instance on the ports they listen on.
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { envSchema, loadConfig } from '../src/config.js';

const root = path.resolve(import.meta.dirname, '..');
interface Service {
  image?: string;
  build?: string;
  environment?: Record<string, string>;
  ports?: string[];
  volumes?: string[];
  depends_on?: Record<string, unknown> | string[];
}
/** Compose's `${VAR:-default}` with nothing set in the environment: the defaults a user gets. */
const withDefaults = (text: string) => text.replace(/\$\{[A-Z_]+:-([^}]*)\}/g, '$1');
const compose = parse(withDefaults(fs.readFileSync(path.join(root, 'docker-compose.scale.yml'), 'utf8')), { merge: true }) as {
  services: Record<string, Service>;
  volumes: Record<string, unknown>;
};
const instances = Object.entries(compose.services).filter(([, s]) => s.build === '.');
const nginxConf = fs.readFileSync(path.join(root, 'deploy/nginx.conf'), 'utf8');

/** The `server host:port` lines of one nginx upstream block. */
function upstream(name: string): string[] {
  const block = new RegExp(`upstream ${name} \\{([^}]*)\\}`).exec(nginxConf)?.[1] ?? '';
  return [...block.matchAll(/server ([\w.-]+:\d+)/g)].map((m) => m[1]!);
}

describe('docker-compose.scale.yml', () => {
  it('runs PostgreSQL, Redis, at least two instances of one realm and a load balancer', () => {
    expect(compose.services.postgres?.image).toMatch(/^postgres:/);
    expect(compose.services.redis?.image).toMatch(/^redis:/);
    expect(compose.services.lb?.image).toMatch(/^nginx:/);
    expect(instances.length).toBeGreaterThanOrEqual(2);
  });

  it('configures every instance alike, with known variables, pointing at the services by name', () => {
    const known = new Set(Object.keys(envSchema.shape));
    const pg = compose.services.postgres!.environment!;
    const configs = instances.map(([name, s]) => {
      for (const key of Object.keys(s.environment ?? {})) expect(known.has(key), `${name}: unknown variable ${key}`).toBe(true);
      return loadConfig(s.environment!);
    });
    for (const c of configs) {
      const db = new URL(c.databaseUrl);
      expect(db.hostname).toBe('postgres');
      expect([db.username, db.password, db.pathname.slice(1)]).toEqual([pg.POSTGRES_USER, pg.POSTGRES_PASSWORD, pg.POSTGRES_DB]);
      expect(new URL(c.redis!.url).hostname).toBe('redis');
      expect(c.trustProxy).toBe(true);
      // One realm: same id, URL (the load balancer), Redis prefix and shared data volume.
      expect([c.realmId, c.realmUrl, c.redis!.prefix, c.dataDir]).toEqual([
        configs[0]!.realmId,
        configs[0]!.realmUrl,
        configs[0]!.redis!.prefix,
        configs[0]!.dataDir,
      ]);
    }
    const volumes = instances.map(([, s]) => s.volumes![0]!);
    expect(new Set(volumes).size).toBe(1);
    expect(volumes[0]!.split(':')[1]).toBe(configs[0]!.dataDir);
    expect(Object.keys(compose.volumes)).toContain(volumes[0]!.split(':')[0]);
    // The realm's URL is the load balancer, by its name on the compose network (where peers on that
    // network reach it; never localhost, which inside a peer's container is the peer itself).
    const realmUrl = new URL(configs[0]!.realmUrl);
    expect([realmUrl.hostname, realmUrl.port]).toEqual(['lb', '8080']);
    expect(nginxConf).toMatch(/listen 8080;/);
    expect(compose.services.lb!.ports).toContain('8080:8080');
  });

  it('nginx forwards HTTP/WebSocket and legacy TCP to every instance, on the ports they listen on', () => {
    expect(compose.services.lb!.volumes).toContain('./deploy/nginx.conf:/etc/nginx/nginx.conf:ro');
    const configs = instances.map(([name, s]) => ({ name, config: loadConfig(s.environment!) }));
    expect(upstream('realm_http').sort()).toEqual(configs.map(({ name, config }) => `${name}:${config.port}`).sort());
    expect(upstream('realm_legacy').sort()).toEqual(configs.map(({ name, config }) => `${name}:${config.legacyTcpPort}`).sort());
    expect(nginxConf).toMatch(/proxy_set_header Upgrade \$http_upgrade;/);
    expect(nginxConf).toMatch(/proxy_set_header Connection \$connection_upgrade;/);
    expect(nginxConf).toMatch(/proxy_set_header X-Forwarded-For/);
  });
});
