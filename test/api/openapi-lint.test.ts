// openapi.yaml passes the linters API consumers run: Redocly (recommended ruleset; redocly.yaml says
// what is turned off and why) and Spectral (spectral:oas, .spectral.yaml) — no errors, no warnings.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');

function run(bin: string, args: string[]): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [path.join(root, 'node_modules', '.bin', bin), ...args],
      { cwd: root, env: { ...process.env, NO_COLOR: '1', REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' }, timeout: 120_000 },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, output: `${stdout}${stderr}` }),
    );
  });
}

describe('openapi.yaml lint', () => {
  it('passes Redocly with no errors and no warnings', async () => {
    const result = await run('redocly', ['lint', 'openapi.yaml', '--format=stylish', '--max-problems=50']);
    expect(result.output).toMatch(/Your API description is valid/);
    // (Redocly also prints a notice about Node.js 20 itself; problems look like "12:5  warning  rule".)
    expect(result.output).not.toMatch(/\d+:\d+\s+(warning|error)\s/);
    expect(result.output).not.toMatch(/You have \d+ warning/);
    expect(result.code, result.output).toBe(0);
  });

  it('passes Spectral (oas ruleset) with nothing to report, hints included', async () => {
    const result = await run('spectral', ['lint', 'openapi.yaml', '--fail-severity=hint']);
    expect(result.code, result.output).toBe(0);
    expect(result.output).toMatch(/No results with a severity of 'hint' or higher found/);
  });
});
