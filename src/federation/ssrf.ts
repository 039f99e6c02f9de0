// Peer URLs come from admins and users (addrealm): never let them point the server at itself, at the
// private network, or at a cloud metadata service — unless FEDERATION_ALLOW_PRIVATE says so.
import { lookup } from 'node:dns/promises';
import net from 'node:net';
import { AppError } from '../shared/errors.js';
import { ipRange } from '../shared/ip-address.js';

/**
 * True for every address that is not plain public unicast: loopback, private, link-local (incl. the
 * 169.254.169.254 metadata service), CGNAT, multicast, reserved, unspecified, and the IPv6 forms that
 * embed or translate to IPv4 (mapped ::ffff:a.b.c.d in any spelling, NAT64, 6to4, Teredo). Anything
 * that does not parse is refused too.
 */
export function isPrivateAddress(ip: string): boolean {
  return ipRange(ip) !== 'unicast';
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
