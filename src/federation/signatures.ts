// Signed server-to-server requests: RFC 9421 HTTP Message Signatures with Ed25519, over the method,
// the target URI, the body's Content-Digest (RFC 9530), the origin and destination realms, `created`
// and a nonce. docs/federation-protocol.md describes the wire format.
import { createHash, randomBytes, verify as verifySignature, type KeyObject } from 'node:crypto';

export const SIGNATURE_LABEL = 'realm';
export const MAX_CLOCK_SKEW_S = 300;
const COMPONENTS = ['@method', '@target-uri', 'content-digest', 'realm-origin', 'realm-destination'] as const;

export function contentDigest(body: Buffer | string): string {
  return `sha-256=:${createHash('sha256').update(body).digest('base64')}:`;
}

function signatureParams(p: { created: number; nonce: string; keyId: string }): string {
  return `(${COMPONENTS.map((c) => `"${c}"`).join(' ')});created=${p.created};nonce="${p.nonce}";keyid="${p.keyId}";alg="ed25519"`;
}

/** The RFC 9421 signature base: one line per covered component, then @signature-params. */
export function signatureBase(values: Record<(typeof COMPONENTS)[number], string>, params: string): string {
  return `${COMPONENTS.map((c) => `"${c}": ${values[c]}`).join('\n')}\n"@signature-params": ${params}`;
}

export interface SignInput {
  method: string;
  url: string;
  body: Buffer | string;
  origin: string;
  destination: string;
  keyId: string;
  sign: (data: string) => Buffer;
  now?: number;
}

/** The headers that make a request verifiable by `destination`. */
export function signRequest(input: SignInput): Record<string, string> {
  const digest = contentDigest(input.body);
  const params = signatureParams({
    created: Math.floor((input.now ?? Date.now()) / 1000),
    nonce: randomBytes(16).toString('base64url'),
    keyId: input.keyId,
  });
  const base = signatureBase(
    {
      '@method': input.method.toUpperCase(),
      '@target-uri': input.url,
      'content-digest': digest,
      'realm-origin': input.origin,
      'realm-destination': input.destination,
    },
    params,
  );
  return {
    'content-digest': digest,
    'realm-origin': input.origin,
    'realm-destination': input.destination,
    'signature-input': `${SIGNATURE_LABEL}=${params}`,
    signature: `${SIGNATURE_LABEL}=:${input.sign(base).toString('base64')}:`,
  };
}

export class SignatureError extends Error {
  override name = 'SignatureError';
}

export interface VerifyInput {
  method: string;
  /** The URI the request was sent to, as this realm publishes it (REALM_URL + path). */
  targetUri: string;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
  /** This realm's id: the request must be addressed to it. */
  self: string;
  /** The pinned public key of an origin (by key id), or null if the origin or key is unknown. */
  keyFor: (origin: string, keyId: string) => KeyObject | null;
  now?: number;
}

export interface VerifiedRequest {
  origin: string;
  keyId: string;
  nonce: string;
  created: number;
}

const header = (h: VerifyInput['headers'], name: string): string | undefined => {
  const v = h[name];
  return Array.isArray(v) ? v[0] : v;
};

/**
 * Checks everything but the nonce's freshness (the caller records it atomically): who signed, for
 * whom, when, over what. Throws SignatureError with the reason.
 */
export function verifyRequest(input: VerifyInput): VerifiedRequest {
  const origin = header(input.headers, 'realm-origin');
  const destination = header(input.headers, 'realm-destination');
  const digest = header(input.headers, 'content-digest');
  const sigInput = header(input.headers, 'signature-input');
  const sig = header(input.headers, 'signature');
  if (!origin || !destination || !digest || !sigInput || !sig) throw new SignatureError('unsigned request');
  const params = new RegExp(`^${SIGNATURE_LABEL}=(\\(.*\\);created=(\\d{1,12});nonce="([A-Za-z0-9_-]{8,64})";keyid="([^"]{1,128})";alg="ed25519")$`).exec(
    sigInput,
  );
  if (!params || !params[1]!.startsWith(`(${COMPONENTS.map((c) => `"${c}"`).join(' ')});`)) {
    throw new SignatureError('malformed Signature-Input (must cover @method, @target-uri, content-digest, realm-origin, realm-destination)');
  }
  const [, paramString, createdText, nonce, keyId] = params as unknown as [string, string, string, string, string];
  const signature = new RegExp(`^${SIGNATURE_LABEL}=:([A-Za-z0-9+/=]{40,200}):$`).exec(sig);
  if (!signature) throw new SignatureError('malformed Signature');
  if (destination !== input.self) throw new SignatureError(`request is for realm ${destination}, not ${input.self}`);
  const created = Number(createdText);
  if (Math.abs(Math.floor((input.now ?? Date.now()) / 1000) - created) > MAX_CLOCK_SKEW_S) {
    throw new SignatureError('created is more than 5 minutes off');
  }
  if (digest !== contentDigest(input.body)) throw new SignatureError('Content-Digest does not match the body');
  const key = input.keyFor(origin, keyId);
  if (!key) throw new SignatureError(`unknown realm or key: ${origin} ${keyId}`);
  const base = signatureBase(
    {
      '@method': input.method.toUpperCase(),
      '@target-uri': input.targetUri,
      'content-digest': digest,
      'realm-origin': origin,
      'realm-destination': destination,
    },
    paramString,
  );
  if (!verifySignature(null, Buffer.from(base), key, Buffer.from(signature[1]!, 'base64'))) {
    throw new SignatureError('bad signature');
  }
  return { origin, keyId, nonce, created };
}
