// One conversation: its header, the message list (paged upward), the composer, and a side panel for a
// thread, the members or the pins.
import { useEffect, useState } from 'preact/hooks';
import { ApiError, type Message } from '../api/client';
import { t } from '../i18n';
import { Icon } from './Icon';
import type { Chat } from '../state/chat';
import { parseConversation } from '../state/conversation-id';
import { useObservable } from '../state/observable';
import { Avatar } from './Avatar';
import { Composer } from './Composer';
import { titleOf } from './format';
import { MembersPanel } from './MembersPanel';
import { MessageList } from './MessageList';
import { PinsPanel } from './PinsPanel';
import { href } from './route';
import { ThreadPanel } from './ThreadPanel';

export type Panel = { kind: 'thread'; root: Message } | { kind: 'members' } | { kind: 'pins' } | null;

export function ConversationView({ chat, id, focus }: { chat: Chat; id: string; focus?: string }) {
  const parsed = parseConversation(id);
  const log = chat.log(id);
  useObservable(chat);
  const [error, setError] = useState<string | null>(null);
  const [panel, setPanel] = useState<Panel>(null);
  const [replyTo, setReplyTo] = useState<Message | null>(null);
  const summary = chat.conversation(id);
  const title = summary?.title ?? titleOf(id);

  useEffect(() => {
    setError(null);
    chat.loadHistory(id, false).catch((e: ApiError) => setError(e.status === 404 ? t('notFound') : t('error', { message: e.message })));
    // `log` changes when the client had to start over (a `reset` from the server): load it again.
  }, [chat, id, log]);

  if (!parsed) return <p class="empty-main">{t('notFound')}</p>;
  const typists = chat.typists(id);

  return (
    <div class={`conversation ${panel ? 'with-panel' : ''}`}>
      <section class="conversation-main" aria-label={title}>
        <header class="conversation-head">
          <a class="back" href={href({ view: 'home' })} aria-label={t('back')}>
            <Icon name="back" />
          </a>
          <Avatar name={title} online={parsed.type === 'dm' ? chat.online.has(parsed.name) : undefined} />
          <h1 class="conversation-name">
            {parsed.type === 'group' ? '# ' : ''}
            <bdi>{title}</bdi>
            {parsed.type === 'dm' && chat.online.has(parsed.name) && <span class="muted small"> · {t('online')}</span>}
          </h1>
          <div class="head-actions">
            <a class="button ghost" href={href({ view: 'search', q: '', conversation: id })}>
              {t('search')}
            </a>
            <button
              type="button"
              class="ghost"
              aria-pressed={panel?.kind === 'pins'}
              onClick={() => setPanel(panel?.kind === 'pins' ? null : { kind: 'pins' })}
            >
              {t('pins')}
            </button>
            {parsed.type === 'group' && (
              <button
                type="button"
                class="ghost"
                aria-pressed={panel?.kind === 'members'}
                onClick={() => setPanel(panel?.kind === 'members' ? null : { kind: 'members' })}
              >
                {t('members')}
              </button>
            )}
          </div>
        </header>
        {error ? (
          <p class="error pad" role="alert">
            {error}
          </p>
        ) : (
          <MessageList
            chat={chat}
            id={id}
            log={log}
            focus={focus}
            lastReadSeq={summary?.lastReadSeq ?? 0}
            onReply={setReplyTo}
            onThread={(root) => setPanel({ kind: 'thread', root })}
          />
        )}
        <div class="typing" aria-live="polite">
          {typists.length === 1
            ? t('typingOne', { a: typists[0]! })
            : typists.length === 2
              ? t('typingTwo', { a: typists[0]!, b: typists[1]! })
              : typists.length > 2
                ? t('typingMany')
                : ''}
        </div>
        <Composer chat={chat} conversation={id} title={title} replyTo={replyTo} onReplyDone={() => setReplyTo(null)} />
      </section>
      {panel?.kind === 'thread' && <ThreadPanel chat={chat} conversation={id} root={panel.root} onClose={() => setPanel(null)} />}
      {panel?.kind === 'members' && <MembersPanel chat={chat} group={parsed.name} onClose={() => setPanel(null)} />}
      {panel?.kind === 'pins' && <PinsPanel chat={chat} conversation={id} onClose={() => setPanel(null)} />}
    </div>
  );
}
