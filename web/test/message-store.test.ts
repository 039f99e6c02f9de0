// The message store merges pages of history and live events (including a resume's replay) into one
// ordered list with each message once, and keeps edits, deletions, reactions and reply counts right
// whichever order they arrive in.
import { describe, expect, it } from 'vitest';
import type { Message } from '../src/api/client';
import { ConversationLog } from '../src/lib/message-store';

let clock = Date.parse('2026-12-01T10:00:00Z');
function message(seq: number, patch: Partial<Message> = {}): Message {
  clock += 1000;
  return {
    id: `m${seq}`,
    conversation: 'dm:bob',
    seq,
    sender: 'alice',
    senderName: 'Alice',
    senderAvatarUrl: null,
    text: `text ${seq}`,
    file: null,
    createdAt: new Date(clock).toISOString(),
    editedAt: null,
    deleted: false,
    replyTo: null,
    threadId: null,
    replyCount: 0,
    lastReplyAt: null,
    pinnedAt: null,
    reactions: [],
    mentions: [],
    ...patch,
  };
}
const seqs = (log: ConversationLog) => log.messages.map((m) => m.seq);

describe('ConversationLog', () => {
  it('merges history pages and live messages in seq order, each once', () => {
    const log = new ConversationLog();
    const all = Array.from({ length: 10 }, (_, i) => message(i + 1));
    log.addPage(all.slice(5), true, false); // newest page: 6..10
    log.upsert(message(11)); // live
    log.upsert(all[7]!); // a replayed event for a message already known
    log.addPage(all.slice(0, 5), false, true); // the older page
    log.addPage(all.slice(3, 8), true, true); // an overlapping page (a retried scroll)
    expect(seqs(log)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(new Set(log.messages.map((m) => m.id)).size).toBe(11);
    expect(log.hasOlder).toBe(false);
    expect(log.oldestSeq).toBe(1);
    expect(log.newestSeq).toBe(11);
  });

  it('a live message arriving before the first page does not mark the history complete', () => {
    const log = new ConversationLog();
    log.upsert(message(20));
    expect(log.loaded).toBe(false);
    log.addPage([message(18), message(19)], true, false);
    expect(seqs(log)).toEqual([18, 19, 20]);
    expect(log.hasOlder).toBe(true);
  });

  it('an edit replaces the text; an older copy (a page fetched before the edit) does not undo it', () => {
    const log = new ConversationLog();
    const original = message(1);
    log.addPage([original], false, false);
    log.upsert({ ...original, text: 'edited', editedAt: '2026-12-01T11:00:00.000Z' });
    log.addPage([original], false, true);
    expect(log.get('m1')!.text).toBe('edited');
  });

  it('a deletion is final: a later copy with text does not bring it back', () => {
    const log = new ConversationLog();
    const original = message(1);
    log.addPage([original], false, false);
    log.upsert({ ...original, text: null, deleted: true });
    log.upsert(original);
    expect(log.get('m1')).toMatchObject({ deleted: true, text: null });
  });

  it('live copies without reactions keep the known reactions; reaction events set counts', () => {
    const log = new ConversationLog();
    log.addPage([message(1, { reactions: [{ emoji: '👍', count: 2, me: false }] })], false, false);
    const { reactions: _, ...live } = message(1, { text: 'edited', editedAt: '2026-12-01T11:00:00.000Z' });
    log.upsert(live);
    expect(log.get('m1')!.reactions).toEqual([{ emoji: '👍', count: 2, me: false }]);
    log.react('m1', '🎉', 1, true);
    log.react('m1', '👍', 3, null);
    expect(log.get('m1')!.reactions).toEqual([
      { emoji: '👍', count: 3, me: false },
      { emoji: '🎉', count: 1, me: true },
    ]);
    log.react('m1', '👍', 0, null);
    expect(log.get('m1')!.reactions).toEqual([{ emoji: '🎉', count: 1, me: true }]);
    log.react('unknown', '👍', 1, true); // a reaction to a message not loaded: ignored
  });

  it('counts a live reply on its root once, not when the root already counts it', () => {
    const log = new ConversationLog();
    const root = message(1);
    log.addPage([root], false, false);
    const reply = message(2, {
      threadId: 'm1',
      replyTo: { id: 'm1', sender: 'alice', senderName: 'Alice', preview: 'text 1', hasFile: false, deleted: false },
    });
    log.upsert(reply);
    expect(log.get('m1')!.replyCount).toBe(1);
    log.upsert(reply); // replayed: no second count
    expect(log.get('m1')!.replyCount).toBe(1);

    // A root fetched after its reply already counts it.
    const other = new ConversationLog();
    const later = message(3, { threadId: 'm9' });
    other.addPage([message(9, { id: 'm9', replyCount: 1, lastReplyAt: later.createdAt }), later], false, false);
    expect(other.get('m9')!.replyCount).toBe(1);
  });

  it('pins and unpins', () => {
    const log = new ConversationLog();
    log.addPage([message(1)], false, false);
    log.pin('m1', '2026-12-01T12:00:00.000Z');
    expect(log.get('m1')!.pinnedAt).toBe('2026-12-01T12:00:00.000Z');
    log.pin('m1', null);
    expect(log.get('m1')!.pinnedAt).toBeNull();
  });

  it('stays ordered under any interleaving of pages and live events', () => {
    for (let run = 0; run < 50; run++) {
      const log = new ConversationLog();
      const all = Array.from({ length: 60 }, (_, i) => message(i + 1));
      const shuffled = [...all].sort(() => Math.random() - 0.5);
      for (let i = 0; i < shuffled.length; i += 7) {
        if (i % 2) log.addPage(shuffled.slice(i, i + 7), true, true);
        else for (const m of shuffled.slice(i, i + 7)) log.upsert(m);
      }
      for (const m of shuffled.slice(0, 20)) log.upsert(m);
      expect(seqs(log)).toEqual(all.map((m) => m.seq));
    }
  });
});
