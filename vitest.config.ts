import { defineConfig } from 'vitest/config';

// Two projects: every test on SQLite (the default database), and the behaviour suites again on
// PostgreSQL (TEST_DATABASE=postgres: each app on a scratch database of its own, see
// test/helpers/app.ts and realms.ts). Left out of the PostgreSQL run: tests of SQLite itself (files,
// the append worker, child processes started on a data dir) and pure units.
const postgresSuites = [
  'test/conversations/{direct,groups,inbox,send-permissions,replies-reactions-pins,mentions}.test.ts',
  'test/search/search.test.ts',
  'test/users/{auth,admin,tokens,admin-cli,avatars}.test.ts',
  'test/api/{ops,bad-input,hostile-http,fuzz}.test.ts',
  'test/files/{files,limits-and-gc}.test.ts',
  'test/realtime/*.test.ts',
  'test/legacy/{conformance,robustness,backpressure,seed-client}.test.ts',
  'test/events/event-stream.test.ts',
  'test/federation/{federation,replies,hostile-peer,exactly-once,faults,restart,wire-events,peer-trust,fake-peer}.test.ts',
];

export default defineConfig({
  test: {
    globalSetup: ['test/helpers/global-setup.ts'],
    // Each file builds its own apps on its own database, so files run in parallel safely.
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    teardownTimeout: 30_000,
    projects: [
      { extends: true, test: { name: 'sqlite', include: ['test/**/*.test.ts', 'web/test/**/*.test.ts'] } },
      { extends: true, test: { name: 'postgres', include: postgresSuites, env: { TEST_DATABASE: 'postgres' } } },
    ],
  },
});
