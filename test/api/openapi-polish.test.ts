// The pure parts of plugins/openapi-polish.ts: examples built from schemas, access notes, query booleans.
import { describe, expect, it } from 'vitest';
import { accessNote, exampleFor, polishParameters, stripSchemaIds } from '../../src/plugins/openapi-polish.js';

describe('exampleFor', () => {
  const components = { User: { type: 'object', examples: [{ username: 'alice' }] } };

  it('prefers a schema’s own example, then its component’s, then builds one', () => {
    expect(exampleFor({ type: 'string', examples: ['hi'] }, components)).toBe('hi');
    expect(exampleFor({ $ref: '#/components/schemas/User' }, components)).toEqual({ username: 'alice' });
    expect(exampleFor({ type: 'array', items: { $ref: '#/components/schemas/User' } }, components)).toEqual([{ username: 'alice' }]);
  });

  it('includes required properties, and optional ones only with their own example', () => {
    const schema = {
      type: 'object',
      required: ['a'],
      properties: { a: { type: 'integer', minimum: 0 }, b: { type: 'string' }, c: { type: 'string', examples: ['see'] } },
    };
    expect(exampleFor(schema, {})).toEqual({ a: 1, c: 'see' });
  });

  it('honours enums, nullable types, formats and length bounds', () => {
    expect(exampleFor({ type: 'string', enum: ['open', 'closed'] }, {})).toBe('open');
    expect(exampleFor({ anyOf: [{ type: 'null' }, { type: 'boolean' }] }, {})).toBe(true);
    expect(exampleFor({ type: ['string', 'null'], format: 'date-time' }, {})).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(exampleFor({ type: 'string', minLength: 12 }, {})).toHaveLength(12);
    expect(exampleFor({ type: 'string', maxLength: 3 }, {})).toHaveLength(3);
    expect(exampleFor({ type: 'integer', maximum: 0 }, {})).toBe(0);
  });

  it('stops on a schema that refers to itself', () => {
    const loop = { Node: { type: 'object', required: ['next'], properties: { next: { $ref: '#/components/schemas/Node' } } } };
    expect(() => exampleFor({ $ref: '#/components/schemas/Node' }, loop)).not.toThrow();
  });
});

describe('document fixes', () => {
  it('says who may call each operation', () => {
    expect(accessNote('POST', '/api/v1/auth/login', { public: true })).toBe('No authentication needed.');
    expect(accessNote('GET', '/api/v1/me/tokens', { loginOnly: true })).toMatch(/login session/);
    expect(accessNote('GET', '/api/v1/conversations', {})).toMatch(/read scope/);
    expect(accessNote('DELETE', '/api/v1/messages/{id}', {})).toMatch(/write scope/);
    expect(accessNote('POST', '/api/v1/admin/invites', {})).toMatch(/Administrators only.*write and admin/);
  });

  it('types "true"/"false" query parameters as booleans and drops $id/$schema', () => {
    const op = { parameters: [{ in: 'query', name: 'mine', schema: { type: 'string', enum: ['true', 'false'], default: 'true' } }] };
    polishParameters(op);
    expect(op.parameters[0]!.schema).toEqual({ type: 'boolean', default: true });
    expect(stripSchemaIds({ $id: '#/x', $schema: 'y', properties: { a: { $id: 'z', type: 'string' } } })).toEqual({ properties: { a: { type: 'string' } } });
  });
});
