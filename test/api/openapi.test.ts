import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderOpenApiYaml } from '../../src/openapi-document.js';
import { renderWebSchema } from '../../scripts/web-schema.js';

const root = path.resolve(import.meta.dirname, '../..');

describe('openapi.yaml', () => {
  it('is up to date with the route schemas (run `npm run openapi` to regenerate)', async () => {
    const checkedIn = fs.readFileSync(path.join(root, 'openapi.yaml'), 'utf8');
    expect(await renderOpenApiYaml()).toBe(checkedIn);
  });

  it('the web client’s generated API types are up to date with it (npm run openapi)', async () => {
    const yaml = fs.readFileSync(path.join(root, 'openapi.yaml'), 'utf8');
    const checkedIn = fs.readFileSync(path.join(root, 'web', 'src', 'api', 'schema.d.ts'), 'utf8');
    expect(await renderWebSchema(yaml)).toBe(checkedIn);
  });
});
