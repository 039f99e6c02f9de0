// The Postman collection of the API, converted from openapi.yaml (openapi-to-postmanv2) with the
// settings that make it safe to run as imported: bodies from the document's examples, and optional
// parameters switched off — above all Idempotency-Key, which would otherwise go out with one fixed
// value on every send and turn a second, different message into a 422. `npm run postman` writes it;
// test/api/postman.test.ts checks it and runs a flow of its requests with Newman.
import Converter from 'openapi-to-postmanv2';

export interface PostmanItem {
  name: string;
  request: {
    method: string;
    url: { path: string[]; variable?: Array<{ key: string; value: string }>; query?: Array<{ key: string; value: string; disabled?: boolean }> };
    header?: Array<{ key: string; value: string; disabled?: boolean }>;
    body?: { mode: string; raw?: string };
    auth?: unknown;
  };
  response?: Array<{ code: number; body?: string }>;
  event?: unknown[];
}

export interface PostmanCollection {
  info: { name: string };
  item: Array<PostmanItem | { name: string; item: PostmanItem[] }>;
  variable?: Array<{ key: string; value: string }>;
  auth?: unknown;
}

export const CONVERTER_OPTIONS = {
  folderStrategy: 'Tags',
  requestParametersResolution: 'Example',
  exampleParametersResolution: 'Example',
  enableOptionalParameters: false,
} as const;

export function postmanCollection(openapiYaml: string): Promise<PostmanCollection> {
  return new Promise((resolve, reject) => {
    Converter.convert({ type: 'string', data: openapiYaml }, CONVERTER_OPTIONS, (error, result) => {
      const output = result as { result: boolean; reason?: string; output?: Array<{ data: unknown }> } | undefined;
      if (error) reject(error instanceof Error ? error : new Error(String(error)));
      else if (!output?.result || !output.output?.[0]) reject(new Error(`openapi-to-postmanv2: ${output?.reason ?? 'no collection'}`));
      else resolve(output.output[0].data as PostmanCollection);
    });
  });
}

/** Every request of the collection, out of its folders. */
export function requestsOf(collection: PostmanCollection): PostmanItem[] {
  return collection.item.flatMap((entry) => ('item' in entry ? entry.item : [entry]));
}
