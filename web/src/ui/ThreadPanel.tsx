// A thread: the root message and its replies (GET /messages/{id}/thread), kept live from the
// conversation's log, with a composer whose messages reply to the root.
import { useEffect, useState } from 'preact/hooks';
import { api, call, type Message } from '../api/client';
import { t } from '../i18n';
import type { Chat } from '../state/chat';
import { MessageItem } from './MessageItem';
import { Panel } from './Panel';

export function ThreadPanel({ chat, conversation, root, onClose }: { chat: Chat; conversation: string; root: Message; onClose: () => void }) {
  const [replies, setReplies] = useState<Message[]>([]);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const log = chat.log(conversation);

  useEffect(() => {
    call(api.GET('/api/v1/messages/{id}/thread', { params: { path: { id: root.id }, query: { limit: 100 } } }))
      .then((thread) => {
        for (const reply of thread.replies) log.upsert(reply);
        setReplies(thread.replies);
      })
      .catch((e: Error) => setError(e.message));
  }, [root.id]);

  // Replies that arrived live are in the log: show the log's copies (edits, reactions) and new ones.
  const known = new Map(replies.map((r) => [r.id, r]));
  for (const m of log.messages) if (m.threadId === root.id) known.set(m.id, m);
  const shown = [...known.values()].map((r) => log.get(r.id) ?? r).sort((a, b) => a.seq - b.seq);
  const current = log.get(root.id) ?? root;

  return (
    <Panel title={t('thread')} onClose={onClose}>
      <ol class="messages">
        <MessageItem chat={chat} message={current} inThread onReply={() => {}} />
        {shown.map((reply) => (
          <MessageItem key={reply.id} chat={chat} message={reply} inThread onReply={() => {}} />
        ))}
      </ol>
      {error && <p class="error">{error}</p>}
      <form
        class="composer-row"
        onSubmit={(e) => {
          e.preventDefault();
          if (!text.trim()) return;
          chat.send(conversation, { text: text.trim(), replyTo: root.id });
          setText('');
        }}
      >
        <textarea
          rows={2}
          aria-label={t('reply')}
          placeholder={t('reply')}
          value={text}
          onInput={(e) => setText((e.currentTarget as HTMLTextAreaElement).value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
              e.preventDefault();
              (e.currentTarget as HTMLTextAreaElement).form?.requestSubmit();
            }
          }}
        />
        <button type="submit" class="primary" disabled={!text.trim()}>
          {t('send')}
        </button>
      </form>
    </Panel>
  );
}
