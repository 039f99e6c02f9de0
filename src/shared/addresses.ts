// Addresses of users and groups across realms: "bob" is bob of this realm, "bob@realm-b" bob of
// realm-b. Handles are stored lowercase as seen from this realm ("bob", "bob@realm-b").
import { invalid } from './errors.js';
import { GROUP_NAME_PATTERN, USERNAME_PATTERN } from './text.js';

export interface Address {
  /** The name within its realm. */
  name: string;
  /** null: this realm. */
  realm: string | null;
}

const REALM = /^[a-z0-9-]{1,63}$/;

/** Parses "name" or "name@realm"; an address at this realm's own id is local. */
export function parseAddress(raw: string, selfRealm: string, field = 'username'): Address {
  const value = raw.trim().toLowerCase();
  const at = value.lastIndexOf('@');
  if (at < 0) return { name: value, realm: null };
  const name = value.slice(0, at);
  const realm = value.slice(at + 1);
  // The name part follows the local rules (a group's or a user's), so "x@realm-a@evil" or a name with
  // spaces or bidi overrides is refused rather than becoming a look-alike remote user.
  const pattern = field === 'name' ? GROUP_NAME_PATTERN : USERNAME_PATTERN;
  if (!pattern.test(name) || !REALM.test(realm)) throw invalid(field, 'must be "name" or "name@realm"');
  return { name, realm: realm === selfRealm ? null : realm };
}

export function handleOf(address: Address): string {
  return address.realm ? `${address.name}@${address.realm}` : address.name;
}

/**
 * A handle as the peer `origin` wrote it (relative to origin) → as seen from this realm. "alice" from
 * realm-a is "alice@realm-a"; "bob@realm-b" from realm-a is "bob" when this is realm-b.
 */
export function fromPeerHandle(handle: string, origin: string, selfRealm: string): Address {
  const parsed = parseAddress(handle, selfRealm);
  if (!USERNAME_PATTERN.test(parsed.name)) throw invalid('handle', `${JSON.stringify(handle)} is not a valid user handle`);
  return handle.includes('@') ? parsed : { name: parsed.name, realm: origin };
}

/** "bob@realm-b" → { name: "bob", realm: "realm-b" }; "bob" → { name: "bob", realm: null }. For handles already stored or built here. */
export function splitHandle(handle: string): Address {
  const at = handle.lastIndexOf('@');
  return at < 0 ? { name: handle, realm: null } : { name: handle.slice(0, at), realm: handle.slice(at + 1) };
}
