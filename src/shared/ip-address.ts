// Classifying IP addresses (ipaddr.js keeps the range tables): an IPv4-mapped IPv6 address is judged as
// the IPv4 address it carries, in any spelling. Used by the SSRF guard and the loopback-only routes.
import ipaddr from 'ipaddr.js';

/** The address's range ('unicast' for public, 'loopback', 'private', …), or null if it does not parse. */
export function ipRange(ip: string): string | null {
  const bare = ip.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  return ipaddr.isValid(bare) ? ipaddr.process(bare).range() : null;
}
