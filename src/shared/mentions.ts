// @mentions in message text: "@bob", "@bob@realm-b" and "@all". A mention starts a word (after the
// start, a space or punctuation, not inside an e-mail address like ann@bob.id) and uses the username
// rules; matching is case-insensitive. At most 50 distinct mentions per message are resolved.
const MENTION = /(^|[^\p{L}\p{N}_.@-])@([a-z0-9_.-]{1,32})(?:@([a-z0-9-]{1,63}))?(?![\p{L}\p{N}_@-])/giu;
export const MAX_MENTIONS = 50;

export interface MentionToken {
  name: string;
  realm: string | null;
}

/** The distinct mentions in `text`, in order of first appearance (lowercase). */
export function extractMentions(text: string): MentionToken[] {
  const seen = new Set<string>();
  const out: MentionToken[] = [];
  for (const match of text.matchAll(MENTION)) {
    // A trailing dot ends a sentence, not the name ("thanks @bob.").
    const name = match[2]!.toLowerCase().replace(/\.+$/, '');
    const realm = match[3]?.toLowerCase() ?? null;
    if (!name) continue;
    const key = realm ? `${name}@${realm}` : name;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ name, realm });
    if (out.length >= MAX_MENTIONS) break;
  }
  return out;
}
