// A TypeScript client generated from openapi.yaml with openapi-typescript (binary fields as Blob, as
// its documentation shows) type-checks against a script that uploads a file and sends it in a DM — and
// that script, run against a live server, works. A wrong body (a string for the file) must not compile.
import fs from 'node:fs';
import path from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { Factory } from '../helpers/factories.js';

const root = path.resolve(import.meta.dirname, '../..');
// Inside the project, so the script resolves @types/node from its node_modules.
const dir = path.join(root, '.vitest-tmp', `openapi-client-${process.pid}`);
let t: TestApp;

const SCRIPT = `
import type { components, paths } from './schema.js';

type Upload = paths['/api/v1/files']['post']['requestBody']['content']['multipart/form-data'];
type Uploaded = paths['/api/v1/files']['post']['responses'][201]['content']['application/json'];
type SendBody = paths['/api/v1/direct/{username}/messages']['post']['requestBody']['content']['application/json'];
type Sent = components['schemas']['Message'];

export async function uploadAndSend(baseUrl: string, token: string, to: string, bytes: Uint8Array): Promise<Sent> {
  const upload: Upload = { file: new Blob([bytes], { type: 'application/octet-stream' }) };
  const form = new FormData();
  form.append('file', upload.file, 'notes.bin');
  const uploaded = await fetch(baseUrl + '/api/v1/files', { method: 'POST', headers: { authorization: 'Bearer ' + token }, body: form });
  const file = (await uploaded.json()) as Uploaded;
  const body: SendBody = { fileId: file.id, text: 'the file: ' + file.name + ' (' + file.size + ' bytes)' };
  const sent = await fetch(baseUrl + '/api/v1/direct/' + encodeURIComponent(to) + '/messages', {
    method: 'POST',
    headers: { authorization: 'Bearer ' + token, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const message = (await sent.json()) as Sent;
  const seq: number = message.seq;
  return { ...message, seq };
}
`;

function typeErrors(files: Record<string, string>): string[] {
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  const program = ts.createProgram(
    Object.keys(files).map((name) => path.join(dir, name)),
    {
      strict: true,
      noEmit: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      lib: ['lib.es2023.d.ts'],
      types: ['node'],
      typeRoots: [path.join(root, 'node_modules', '@types')],
      skipLibCheck: true,
    },
  );
  return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

beforeAll(async () => {
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'package.json'), '{"type":"module"}');
  const blob = ts.factory.createTypeReferenceNode(ts.factory.createIdentifier('Blob'));
  const ast = await openapiTS(new URL(`file://${path.join(root, 'openapi.yaml')}`), {
    transform: (schema) => (schema.format === 'binary' ? blob : undefined),
  });
  fs.writeFileSync(path.join(dir, 'schema.d.ts'), astToString(ast));
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('a client generated with openapi-typescript', () => {
  it('type-checks an upload-and-send script, and refuses a string where the file goes', () => {
    expect(typeErrors({ 'client.ts': SCRIPT })).toEqual([]);
    const wrong = SCRIPT.replace("new Blob([bytes], { type: 'application/octet-stream' })", "'not a file'");
    expect(typeErrors({ 'client.ts': wrong }).join('\n')).toMatch(/not assignable to type 'Blob'/);
  });

  it('the script works against a live server', async () => {
    const f = new Factory(t.app);
    const alice = await f.newUser();
    const bob = await f.newUser();
    const url = await t.app.listen({ port: 0, host: '127.0.0.1' });
    fs.writeFileSync(path.join(dir, 'client.ts'), SCRIPT);
    const { uploadAndSend } = (await import(path.join(dir, 'client.ts'))) as {
      uploadAndSend: (baseUrl: string, token: string, to: string, bytes: Uint8Array) => Promise<{ file: { size: number } | null; text: string }>;
    };
    const sent = await uploadAndSend(url, alice.token, bob.username, new Uint8Array([1, 2, 3, 4, 5]));
    expect(sent.file?.size).toBe(5);
    expect(sent.text).toBe('the file: notes.bin (5 bytes)');
  });
});
