import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';

describe('config', () => {
  it('has laptop defaults', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({
      port: 3000,
      host: '0.0.0.0',
      legacyTcpPort: 8889,
      realmId: 'local',
      realmUrl: 'http://localhost:3000',
      maxUploadBytes: 50 * 1024 * 1024,
      logLevel: 'info',
    });
    expect(c.dataDir).toBe(path.resolve('./data'));
    expect(c.databaseUrl).toBe(`file:${path.resolve('./data/chat.db')}`);
    expect(c.sessionTtlMs).toBe(30 * 24 * 3600 * 1000);
  });

  it('reads and coerces values; empty means unset', () => {
    expect(loadConfig({ PORT: '3001' }).realmUrl).toBe('http://localhost:3001');
    const c = loadConfig({ PORT: '8080', LEGACY_TCP_PORT: '0', TRUST_PROXY: 'true', REALM_URL: 'https://chat.example.org/', LOG_LEVEL: '' });
    expect(c).toMatchObject({ port: 8080, legacyTcpPort: 0, trustProxy: true, realmUrl: 'https://chat.example.org', logLevel: 'info' });
  });

  it.each([
    ['PORT', '70000'],
    ['PORT', 'abc'],
    ['REALM_ID', 'UPPER'],
    ['REALM_URL', 'not a url'],
    ['MAX_UPLOAD_BYTES', '-1'],
    ['LOG_LEVEL', 'loud'],
    ['DATABASE_URL', 'mysql://x'],
    ['TRUST_PROXY', 'maybe'],
  ])('rejects %s=%s naming it', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(name);
  });

  it('takes a SQLite or a PostgreSQL DATABASE_URL', () => {
    expect(loadConfig({ DATABASE_URL: 'file:./x.db' }).databaseUrl).toBe('file:./x.db');
    expect(loadConfig({ DATABASE_URL: 'postgres://rc@db:5432/chat' }).databaseUrl).toBe('postgres://rc@db:5432/chat');
    expect(loadConfig({ DATABASE_URL: 'postgresql://rc@db/chat' }).databaseUrl).toBe('postgresql://rc@db/chat');
  });
});
