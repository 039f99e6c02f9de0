// npm run postman [-- <file>]: writes the Postman collection of the API (default
// realm-chat.postman_collection.json) converted from openapi.yaml; import it into Postman and set
// the realmUrl and bearerToken variables. See tools/postman-collection.ts for why these settings.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { postmanCollection } from '../tools/postman-collection.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const target = path.resolve(process.argv[2] ?? 'realm-chat.postman_collection.json');
const collection = await postmanCollection(fs.readFileSync(path.join(root, 'openapi.yaml'), 'utf8'));
fs.writeFileSync(target, `${JSON.stringify(collection, null, 2)}\n`);
process.stdout.write(`wrote ${target}\n`);
