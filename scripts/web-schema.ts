// The web client's API types, generated from openapi.yaml by openapi-typescript: the client
// (web/src/api/client.ts, openapi-fetch) has no hand-written request or response shapes.
import openapiTS, { astToString } from 'openapi-typescript';
import ts from 'typescript';

const HEADER = '// Generated from openapi.yaml by `npm run openapi` (scripts/web-schema.ts): do not edit.\n';

export async function renderWebSchema(openapiYaml: string): Promise<string> {
  // Uploads are Blobs in a browser's FormData (openapi-typescript's documented transform).
  const blob = ts.factory.createTypeReferenceNode(ts.factory.createIdentifier('Blob'));
  const ast = await openapiTS(openapiYaml, { transform: (schema) => (schema.format === 'binary' ? blob : undefined) });
  return HEADER + astToString(ast);
}
