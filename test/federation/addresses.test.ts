import { describe, expect, it } from 'vitest';
import { fromPeerHandle, handleOf, parseAddress } from '../../src/shared/addresses.js';

describe('addresses', () => {
  it('parses local and remote addresses; this realm’s own id is local', () => {
    expect(parseAddress('Bob', 'realm-a')).toEqual({ name: 'bob', realm: null });
    expect(parseAddress('bob@Realm-B', 'realm-a')).toEqual({ name: 'bob', realm: 'realm-b' });
    expect(parseAddress('bob@realm-a', 'realm-a')).toEqual({ name: 'bob', realm: null });
    expect(() => parseAddress('bob@', 'realm-a')).toThrow();
    expect(() => parseAddress('@realm-b', 'realm-a')).toThrow();
    expect(() => parseAddress('bob@bad realm', 'realm-a')).toThrow();
    expect(handleOf({ name: 'bob', realm: 'realm-b' })).toBe('bob@realm-b');
  });

  it('reads handles a peer wrote (relative to the peer)', () => {
    // realm-b reads what realm-a wrote: realm-a's own users bare, everyone else with their realm.
    expect(fromPeerHandle('alice', 'realm-a', 'realm-b')).toEqual({ name: 'alice', realm: 'realm-a' });
    expect(fromPeerHandle('bob@realm-b', 'realm-a', 'realm-b')).toEqual({ name: 'bob', realm: null });
    expect(fromPeerHandle('carol@realm-c', 'realm-a', 'realm-b')).toEqual({ name: 'carol', realm: 'realm-c' });
  });
});
