// Response bodies written once, cheaply: each route's zod response schema becomes a JSON Schema
// (z.toJSONSchema, as the OpenAPI document is made) compiled by fast-json-stringify into a function that
// writes exactly the declared properties. fastify-type-provider-zod's serializer instead re-validated every
// response with zod before JSON.stringify — a page of 50 messages was parsed field by field on every
// request (docs/performance.md, "Reads"). The server builds its responses itself, so production trusts
// their shape; VALIDATE_RESPONSES=true (the test suite sets it) still checks each one against its schema,
// so a response that drifts from the contract fails a test rather than reaching a client.
import fastJsonStringify from 'fast-json-stringify';
import type { FastifySerializerCompiler } from 'fastify/types/schema.js';
import { createSerializerCompiler } from 'fastify-type-provider-zod';
import { isDeepStrictEqual } from 'node:util';
import { z } from 'zod';
import { hasMemos, stringifyMemo } from '../shared/json-memo.js';

type Json = Record<string, unknown>;

/**
 * What fast-json-stringify handles fast: `anyOf [X, null]` (zod's nullable) becomes a nullable X, with a
 * referenced schema inlined; annotations go. Anything it cannot write fast is left to JSON.stringify.
 */
function simplify(node: unknown, definitions: Json, depth = 0): unknown {
  if (depth > 64 || typeof node !== 'object' || node === null) return node;
  if (Array.isArray(node)) return node.map((n) => simplify(n, definitions, depth + 1));
  const schema = node as Json;
  const anyOf = schema.anyOf as Json[] | undefined;
  if (anyOf?.length === 2 && anyOf.some((s) => s.type === 'null')) {
    let other = anyOf.find((s) => s.type !== 'null')!;
    if (typeof other.$ref === 'string') other = definitions[other.$ref.replace('#/definitions/', '')] as Json;
    const simple = simplify(other, definitions, depth + 1) as Json;
    return typeof simple.type === 'string' && simple.type !== 'object' && simple.type !== 'array'
      ? { ...simple, type: [simple.type, 'null'] }
      : { ...simple, nullable: true };
  }
  const out: Json = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'description' || key === 'examples' || key === '$schema' || key === 'minimum' || key === 'maximum') continue;
    out[key] =
      key === 'properties' || key === 'definitions'
        ? mapValues(value as Json, (v) => simplify(v, definitions, depth + 1))
        : simplify(value, definitions, depth + 1);
  }
  return out;
}

const mapValues = (o: Json, f: (v: unknown) => unknown) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, f(v)]));

/** A stringify function for the zod schema, or null when it has shapes fast-json-stringify would have to guess at. */
export function compileStringify(schema: z.ZodType): ((data: unknown) => string) | null {
  try {
    const json = z.toJSONSchema(schema, { io: 'output', target: 'draft-7', unrepresentable: 'any' }) as Json;
    const definitions = (json.definitions ?? {}) as Json;
    const simple = simplify(json, definitions) as Json;
    if (JSON.stringify(simple).includes('"anyOf"') || JSON.stringify(simple).includes('"oneOf"')) return null;
    return fastJsonStringify(simple as unknown as Parameters<typeof fastJsonStringify>[0]);
  } catch {
    return null;
  }
}

/**
 * The serializer compiler: fast-json-stringify per response schema; zod-validated first when `validate`.
 * A body holding objects with kept encodings (shared/json-memo.ts: rendered messages) is written from
 * them; when validating, each kept encoding must also read back as the object it stands for.
 */
export function responseSerializer(validate: boolean): FastifySerializerCompiler<z.ZodType> {
  const validating = createSerializerCompiler({});
  return (route) => {
    const schema = route.schema as unknown;
    const zodSchema = schema instanceof z.ZodType ? schema : null;
    const check = validate ? validating(route as Parameters<typeof validating>[0]) : null;
    const fast = (zodSchema ? compileStringify(zodSchema) : null) ?? ((data: unknown) => JSON.stringify(data));
    return (data: unknown) => {
      const checked = check?.(data); // throws a ResponseSerializationError naming the route
      if (!hasMemos(data)) return checked ?? fast(data);
      const text = stringifyMemo(data);
      if (validate && !isDeepStrictEqual(JSON.parse(text), JSON.parse(JSON.stringify(data)))) {
        throw new Error(`${route.method} ${route.url}: a kept encoding does not match the object it stands for`);
      }
      return text;
    };
  };
}
