// Regenerates openapi.yaml from the route schemas, and the web client's typed API (web/src/api/schema.d.ts)
// from openapi.yaml (npm run openapi). `--check` exits 1 if either file is stale instead of writing it.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderOpenApiYaml } from '../src/openapi-document.js';
import { renderWebSchema } from './web-schema.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const targets = [
  { file: path.join(root, 'openapi.yaml'), render: renderOpenApiYaml },
  { file: path.join(root, 'web', 'src', 'api', 'schema.d.ts'), render: () => renderWebSchema(fs.readFileSync(path.join(root, 'openapi.yaml'), 'utf8')) },
];
const check = process.argv.includes('--check');
for (const { file, render } of targets) {
  const text = await render();
  if (check) {
    const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
    if (current !== text) {
      process.stderr.write(`${path.relative(root, file)} is stale: run \`npm run openapi\`\n`);
      process.exit(1);
    }
  } else {
    fs.writeFileSync(file, text);
    process.stdout.write(`wrote ${file}\n`);
  }
}
