// Regenerates openapi.yaml from the route schemas (npm run openapi). `--check` exits 1 if the file
// is stale instead of writing it.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderOpenApiYaml } from '../src/openapi-document.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const target = path.join(root, 'openapi.yaml');
const yaml = await renderOpenApiYaml();
if (process.argv.includes('--check')) {
  const current = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : '';
  if (current !== yaml) {
    process.stderr.write('openapi.yaml is stale: run `npm run openapi`\n');
    process.exit(1);
  }
} else {
  fs.writeFileSync(target, yaml);
  process.stdout.write(`wrote ${target}\n`);
}
