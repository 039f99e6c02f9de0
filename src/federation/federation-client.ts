// Signed requests from this realm to a peer: every server-to-server call goes through here.
import type http from 'node:http';
import type { Config } from '../config.js';
import type { RealmKeys } from './keys.js';
import { peerRequest, type PeerResponse } from './http.js';
import { signRequest } from './signatures.js';

export interface Peer {
  id: string;
  url: string;
}

const MAX_API_RESPONSE = 1024 * 1024;

export class FederationClient {
  constructor(
    private readonly config: Config,
    private readonly keys: RealmKeys,
  ) {}

  /** A signed request to `peer` at `path` (e.g. /federation/v1/send/…). */
  request(
    peer: Peer,
    method: string,
    path: string,
    body?: unknown,
    options: { sink?: (res: http.IncomingMessage) => Promise<void>; keyId?: string; timeoutMs?: number } = {},
  ): Promise<PeerResponse> {
    const url = `${peer.url}${path}`;
    const payload = body === undefined ? '' : JSON.stringify(body);
    const headers = () => ({
      ...signRequest({
        method,
        url,
        body: payload,
        origin: this.config.realmId,
        destination: peer.id,
        keyId: options.keyId ?? this.keys.currentKeyId,
        sign: (data) => this.keys.sign(data, options.keyId),
      }),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      'user-agent': 'realm-chat-federation/1',
    });
    return peerRequest({
      method,
      url,
      headers,
      ...(body === undefined ? {} : { body: payload }),
      timeoutMs: options.timeoutMs ?? this.config.federation.timeoutMs,
      maxResponseBytes: MAX_API_RESPONSE,
      allowPrivate: this.config.federation.allowPrivate,
      ...(options.sink ? { sink: options.sink } : {}),
    });
  }

  /** The unsigned realm document a peer publishes (used when adding it). */
  realmDocument(url: string): Promise<PeerResponse> {
    return peerRequest({
      method: 'GET',
      url: `${url}/federation/v1/realm`,
      headers: { accept: 'application/json', 'user-agent': 'realm-chat-federation/1' },
      timeoutMs: this.config.federation.timeoutMs,
      maxResponseBytes: 64 * 1024,
      allowPrivate: this.config.federation.allowPrivate,
    });
  }
}
