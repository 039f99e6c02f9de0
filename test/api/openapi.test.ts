import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderOpenApiYaml } from '../../src/openapi-document.js';

describe('openapi.yaml', () => {
  it('is up to date with the route schemas (run `npm run openapi` to regenerate)', async () => {
    const checkedIn = fs.readFileSync(path.resolve(import.meta.dirname, '../../openapi.yaml'), 'utf8');
    expect(await renderOpenApiYaml()).toBe(checkedIn);
  });
});
