import { generateKeyPairSync, sign } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { contentDigest, signRequest, SignatureError, verifyRequest, type VerifyInput } from '../../src/federation/signatures.js';
import { fullJitterDelay, isRetryable, retryAfterMs } from '../../src/federation/retry.js';
import { isPrivateAddress, assertPeerUrl } from '../../src/federation/ssrf.js';

const { privateKey, publicKey } = generateKeyPairSync('ed25519');
const other = generateKeyPairSync('ed25519');
const now = Date.UTC(2026, 10, 26, 12, 0, 0);

function signed(overrides: Partial<Parameters<typeof signRequest>[0]> = {}) {
  const body = overrides.body ?? JSON.stringify({ hello: 'world' });
  const headers = signRequest({
    method: 'PUT',
    url: 'https://b.example/federation/v1/send/t1',
    body,
    origin: 'realm-a',
    destination: 'realm-b',
    keyId: 'ed25519:k1',
    sign: (data) => sign(null, Buffer.from(data), privateKey),
    now,
    ...overrides,
  });
  return { headers, body: Buffer.from(body) };
}

function verifyWith(req: { headers: Record<string, string>; body: Buffer }, overrides: Partial<VerifyInput> = {}) {
  return verifyRequest({
    method: 'PUT',
    targetUri: 'https://b.example/federation/v1/send/t1',
    headers: req.headers,
    body: req.body,
    self: 'realm-b',
    keyFor: (origin, keyId) => (origin === 'realm-a' && keyId === 'ed25519:k1' ? publicKey : null),
    now,
    ...overrides,
  });
}

describe('RFC 9421 signatures', () => {
  it('verifies a well-signed request and reports who sent it', () => {
    const req = signed();
    expect(req.headers['content-digest']).toBe(contentDigest(req.body));
    expect(req.headers['signature-input']).toMatch(
      /^realm=\("@method" "@target-uri" "content-digest" "realm-origin" "realm-destination"\);created=\d+;nonce="[\w-]+";keyid="ed25519:k1";alg="ed25519"$/,
    );
    expect(verifyWith(req)).toMatchObject({ origin: 'realm-a', keyId: 'ed25519:k1' });
  });

  it.each([
    ['an unsigned request', (r: ReturnType<typeof signed>) => ({ ...r, headers: {} })],
    ['a changed body (digest mismatch)', (r: ReturnType<typeof signed>) => ({ ...r, body: Buffer.from('{"hello":"mars"}') })],
    [
      'a changed digest and body',
      (r: ReturnType<typeof signed>) => ({ headers: { ...r.headers, 'content-digest': contentDigest('x') }, body: Buffer.from('x') }),
    ],
    ['a forged origin', (r: ReturnType<typeof signed>) => ({ ...r, headers: { ...r.headers, 'realm-origin': 'realm-c' } })],
    [
      'a tampered signature',
      (r: ReturnType<typeof signed>) => ({ ...r, headers: { ...r.headers, signature: r.headers.signature!.replace(/:[A-Za-z0-9+/]/, ':A') } }),
    ],
  ])('rejects %s', (_label, mutate) => {
    expect(() => verifyWith(mutate(signed()))).toThrow(SignatureError);
  });

  it('rejects the wrong destination, another URI, a stale created, an unknown key', () => {
    expect(() => verifyWith(signed({ destination: 'realm-x' }))).toThrow(/not realm-b/);
    expect(() => verifyWith(signed(), { targetUri: 'https://b.example/federation/v1/send/t2' })).toThrow(/bad signature/);
    expect(() => verifyWith(signed({ now: now - 301_000 }))).toThrow(/5 minutes/);
    expect(verifyWith(signed({ now: now - 299_000 })).origin).toBe('realm-a');
    expect(() => verifyWith(signed({ keyId: 'ed25519:k2' }))).toThrow(/unknown realm or key/);
    const forged = signed({ sign: (data) => sign(null, Buffer.from(data), other.privateKey) });
    expect(() => verifyWith(forged)).toThrow(/bad signature/);
  });
});

describe('retry schedule', () => {
  it('is exponential with full jitter, capped, for any number of attempts', () => {
    expect(fullJitterDelay(1, 1000, 300_000, () => 0.999)).toBe(999);
    expect(fullJitterDelay(4, 1000, 300_000, () => 0.5)).toBe(4000);
    expect(fullJitterDelay(20, 1000, 300_000, () => 0.999)).toBe(299_700);
    expect(fullJitterDelay(10_000, 1000, 300_000, () => 0.5)).toBe(150_000);
    expect(fullJitterDelay(3, 1000, 300_000, () => 0)).toBe(0);
  });

  it('reads Retry-After and tells retryable statuses apart', () => {
    expect(retryAfterMs('7')).toBe(7000);
    expect(retryAfterMs(new Date(Date.now() + 10_000).toUTCString())).toBeGreaterThan(8000);
    expect(retryAfterMs('soon')).toBeNull();
    expect(retryAfterMs(undefined)).toBeNull();
    expect([408, 429, 500, 503].every(isRetryable)).toBe(true);
    expect([400, 401, 403, 404, 413].some(isRetryable)).toBe(false);
  });
});

describe('SSRF guard', () => {
  it.each([
    '127.0.0.1',
    '10.1.2.3',
    '172.16.0.1',
    '192.168.1.1',
    '169.254.169.254',
    '0.0.0.0',
    '100.64.0.1',
    '::1',
    'fe80::1',
    'fd00::1',
    '::ffff:127.0.0.1',
    // IPv4-mapped forms in every spelling, of loopback, private and metadata addresses
    '::ffff:7f00:1',
    '0:0:0:0:0:ffff:7f00:1',
    '::ffff:10.0.0.1',
    '::ffff:a9fe:a9fe',
    '[::ffff:192.168.0.1]',
    // NAT64, 6to4 and Teredo embed IPv4; multicast, unspecified, reserved; link-local with a zone
    '64:ff9b::7f00:1',
    '2002:7f00:1::',
    '2001::1',
    'ff02::1',
    '::',
    '240.0.0.1',
    '255.255.255.255',
    'fe80::1%eth0',
    'not an address',
  ])('%s is private', (ip) => {
    expect(isPrivateAddress(ip)).toBe(true);
  });

  it.each(['8.8.8.8', '1.1.1.1', '2606:4700::1111', '::ffff:8.8.8.8'])('%s is public', (ip) => {
    expect(isPrivateAddress(ip)).toBe(false);
  });

  it('refuses private and odd peer URLs unless allowed', async () => {
    await expect(assertPeerUrl('http://127.0.0.1:3000', false)).rejects.toThrow(/private/);
    await expect(assertPeerUrl('http://169.254.169.254/latest', false)).rejects.toThrow(/private/);
    await expect(assertPeerUrl('http://localhost:3000', false)).rejects.toThrow(/private/);
    for (const host of ['[::ffff:127.0.0.1]', '[::ffff:7f00:1]', '[0:0:0:0:0:ffff:7f00:1]', '[::ffff:169.254.169.254]', '[64:ff9b::a9fe:a9fe]']) {
      await expect(assertPeerUrl(`http://${host}:3000/`, false)).rejects.toThrow(/private/);
    }
    await expect(assertPeerUrl('ftp://example.com', false)).rejects.toThrow(/http/);
    await expect(assertPeerUrl('http://user:pw@8.8.8.8', false)).rejects.toThrow(/credentials/);
    expect((await assertPeerUrl('http://127.0.0.1:3000', true)).host).toBe('127.0.0.1:3000');
    expect((await assertPeerUrl('http://8.8.8.8:3000', false)).host).toBe('8.8.8.8:3000');
  });
});
