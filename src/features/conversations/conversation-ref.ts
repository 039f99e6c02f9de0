// How a conversation is named in the API: "group:<name>" for groups, "dm:<other user>" for direct
// messages (so the same DM is "dm:bob" to alice and "dm:alice" to bob). Stored event payloads keep a
// DM as { dm: [a, b] } and are mapped per viewer on the way out; group names need no mapping.
import { invalid } from '../../shared/errors.js';

export type DmRef = { dm: [string, string] };
export type ConversationRef = string | DmRef;

export function groupRef(name: string): string {
  return `group:${name}`;
}

export function dmRef(a: string, b: string): DmRef {
  return { dm: a <= b ? [a, b] : [b, a] };
}

export function isDmRef(value: unknown): value is DmRef {
  return typeof value === 'object' && value !== null && Array.isArray((value as DmRef).dm);
}

/** The API id of a conversation as `viewer` sees it. */
export function viewRef(ref: ConversationRef, viewer: string): string {
  if (typeof ref === 'string') return ref;
  const [a, b] = ref.dm;
  return `dm:${a === viewer ? b : a}`;
}

/** Maps every DM ref in a stored payload (top level or inside `message`) to the viewer's id. */
export function viewPayload(payload: Record<string, unknown>, viewer: string): Record<string, unknown> {
  let out = payload;
  if (isDmRef(payload.conversation)) out = { ...out, conversation: viewRef(payload.conversation, viewer) };
  const message = payload.message as Record<string, unknown> | undefined;
  if (message && isDmRef(message.conversation)) {
    out = { ...out, message: { ...message, conversation: viewRef(message.conversation, viewer) } };
  }
  return out;
}

/** True if the payload reads the same for every viewer (no DM refs), so it can be serialised once. */
export function isViewerIndependent(payload: Record<string, unknown>): boolean {
  const message = payload.message as Record<string, unknown> | undefined;
  return !isDmRef(payload.conversation) && !(message && isDmRef(message.conversation));
}

export type ParsedConversationId = { kind: 'dm'; with: string } | { kind: 'group'; name: string };

export function parseConversationId(id: string, field = 'conversation'): ParsedConversationId {
  const colon = id.indexOf(':');
  const kind = id.slice(0, colon);
  const rest = id
    .slice(colon + 1)
    .trim()
    .toLowerCase();
  if (colon > 0 && rest.length > 0 && rest.length <= 200) {
    if (kind === 'dm') return { kind: 'dm', with: rest };
    if (kind === 'group') return { kind: 'group', name: rest };
  }
  throw invalid(field, 'must be "dm:<username>" or "group:<name>"');
}
