// Peer URLs come from admins and users (addrealm): never let them point the server at itself, at the
// private network, or at a cloud metadata service — unless FEDERATION_ALLOW_PRIVATE says so.
import { lookup } from 'node:dns/promises';
import net from 'node:net';
import { AppError } from '../shared/errors.js';

const BLOCKED_V4: Array<[string, number]> = [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16],
  ['172.16.0.0', 12], ['192.0.0.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['224.0.0.0', 4], ['240.0.0.0', 4],
];

function v4ToInt(ip: string): number {
  return ip.split('.').reduce((n, part) => (n << 8) + Number(part), 0) >>> 0;
}

/** True for loopback, private, link-local (incl. 169.254.169.254 metadata), CGNAT, multicast, reserved. */
export function isPrivateAddress(ip: string): boolean {
  if (net.isIPv4(ip)) {
    const n = v4ToInt(ip);
    return BLOCKED_V4.some(([base, bits]) => (n >>> (32 - bits)) === (v4ToInt(base) >>> (32 - bits)));
  }
  const v6 = ip.toLowerCase();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(v6);
  if (mapped) return isPrivateAddress(mapped[1]!);
  return (
    v6 === '::' || v6 === '::1' || v6.startsWith('fe8') || v6.startsWith('fe9') || v6.startsWith('fea') || v6.startsWith('feb') ||
    v6.startsWith('fc') || v6.startsWith('fd') || v6.startsWith('ff') || v6.startsWith('fec') || v6.startsWith('fed')
  );
}

/** Checks a peer URL: http(s) only, no credentials, and (unless allowed) only public addresses. */
export async function assertPeerUrl(raw: string, allowPrivate: boolean): Promise<URL> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new AppError('validation_failed', `url: not a URL: ${raw}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new AppError('validation_failed', 'url: must be http or https');
  if (url.username || url.password) throw new AppError('validation_failed', 'url: must not contain credentials');
  if (allowPrivate) return url;
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const addresses = net.isIP(host) ? [host] : (await lookup(host, { all: true }).catch(() => [])).map((a) => a.address);
  if (addresses.length === 0) throw new AppError('validation_failed', `url: cannot resolve ${host}`);
  const bad = addresses.find(isPrivateAddress);
  if (bad) {
    throw new AppError('forbidden', `url: ${host} resolves to ${bad}, a loopback/private/link-local address (set FEDERATION_ALLOW_PRIVATE=true to allow)`);
  }
  return url;
}
