// External services for tests (PostgreSQL, Redis): where one does not answer, its tests are skipped
// with a printed warning, unless REQUIRE_TEST_SERVICES=1 (.ci/run sets it): then they fail.
import { describe } from 'vitest';

/** `describe`, or `describe.skip` with the warning, for tests that need the service at `url`. */
export function describeWith(name: string, url: string, available: boolean): typeof describe | typeof describe.skip {
  if (available) return describe;
  if (process.env.REQUIRE_TEST_SERVICES === '1') throw new Error(`${name} is required (REQUIRE_TEST_SERVICES=1) but ${url} does not answer`);
  console.warn(`WARNING: ${name} at ${url} does not answer: its tests are SKIPPED`);
  return describe.skip;
}
