import { useEffect, useRef, useState } from 'preact/hooks';
import type { Message } from '../api/client';
import { t } from '../i18n';
import type { Chat } from '../state/chat';
import { Attachment } from './Attachment';
import { Avatar } from './Avatar';
import { Icon } from './Icon';
import { timeOf } from './format';
import { MessageText } from './MessageText';

export const QUICK_REACTIONS = ['👍', '❤️', '😂', '🎉', '😮', '😢'];

interface Props {
  chat: Chat;
  message: Message;
  grouped?: boolean;
  /** In a thread panel: no thread link, no reply quote of the root. */
  inThread?: boolean;
  onReply: (message: Message) => void;
  onThread?: (root: Message) => void;
  /** Its key in a windowed list (measured by the list). */
  rowKey?: string;
}

export function MessageItem({ chat, message, grouped, inThread, onReply, onThread, rowKey }: Props) {
  const [editing, setEditing] = useState(false);
  const [picking, setPicking] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const mine = message.sender === chat.me;
  const item = useRef<HTMLLIElement>(null);
  const act = (work: Promise<unknown>) => work.then(() => setError(null)).catch((e: Error) => setError(e.message));

  return (
    <li
      ref={item}
      id={`m-${message.id}`}
      class={`message ${grouped ? 'grouped' : ''} ${mine ? 'mine' : ''} ${message.pinnedAt ? 'is-pinned' : ''}`}
      tabIndex={-1}
      data-seq={message.seq}
      data-key={rowKey}
      aria-label={`${message.senderName}, ${timeOf(message.createdAt)}`}
    >
      {!grouped ? <Avatar name={message.senderName} url={message.senderAvatarUrl} /> : <span class="avatar-gap" />}
      <div class="message-body">
        {!grouped && (
          <div class="message-head">
            <strong class="sender">
              <bdi>{message.senderName}</bdi>
            </strong>
            <span class="muted small">{message.sender.includes('@') ? message.sender : ''}</span>
            <time class="muted small" dateTime={message.createdAt}>
              {timeOf(message.createdAt)}
            </time>
            {message.pinnedAt && <span class="tag">{t('pinned')}</span>}
          </div>
        )}
        {message.replyTo && !inThread && (
          <a class="quote" href={`#/c/${encodeURIComponent(message.conversation)}?m=${encodeURIComponent(message.replyTo.id)}`}>
            <strong>
              <bdi>{message.replyTo.senderName}</bdi>
            </strong>{' '}
            {message.replyTo.deleted ? t('deleted') : (message.replyTo.preview ?? (message.replyTo.hasFile ? t('attach') : ''))}
          </a>
        )}
        {message.deleted ? (
          <div class="message-text muted">{t('deleted')}</div>
        ) : editing ? (
          <EditBox
            initial={message.text ?? ''}
            onCancel={() => setEditing(false)}
            onSave={(text) => act(chat.edit(message, text).then(() => setEditing(false)))}
          />
        ) : (
          message.text && (
            <div class="message-text">
              <MessageText text={message.text} me={chat.me} />
              {message.editedAt && <span class="muted small"> {t('edited')}</span>}
            </div>
          )
        )}
        {message.file && !message.deleted && <Attachment file={message.file} />}
        {message.reactions.length > 0 && (
          <div class="reactions">
            {message.reactions.map((r) => (
              <button
                type="button"
                class={`reaction ${r.me ? 'me' : ''}`}
                aria-pressed={r.me}
                aria-label={`${r.emoji} ${r.count}`}
                onClick={() => act(chat.toggleReaction(message, r.emoji))}
              >
                {r.emoji} <span>{r.count}</span>
              </button>
            ))}
          </div>
        )}
        {!inThread && onThread && message.replyCount > 0 && (
          <button type="button" class="link small" onClick={() => onThread(message)}>
            {message.replyCount === 1 ? t('oneReply') : t('replies', { n: message.replyCount })}
          </button>
        )}
        {error && (
          <p class="error small" role="alert">
            {error}
          </p>
        )}
        {picking && (
          <ReactionPicker
            onPick={(emoji) => {
              setPicking(false);
              // The picker goes away: the focus returns to the message, not to the page.
              item.current?.focus();
              void act(chat.toggleReaction(message, emoji));
            }}
            onClose={() => {
              setPicking(false);
              item.current?.focus();
            }}
          />
        )}
      </div>
      {!message.deleted && !editing && (
        <div class="message-actions" role="toolbar" aria-label={t('conversationMenu')}>
          <button type="button" title={t('react')} aria-label={t('react')} onClick={() => setPicking(!picking)}>
            <Icon name="smile" />
          </button>
          {!inThread && (
            <button type="button" title={t('reply')} aria-label={t('reply')} onClick={() => onReply(message)}>
              <Icon name="reply" />
            </button>
          )}
          {!inThread && onThread && (
            <button type="button" title={t('thread')} aria-label={t('thread')} onClick={() => onThread(message)}>
              <Icon name="thread" />
            </button>
          )}
          <button
            type="button"
            title={message.pinnedAt ? t('unpin') : t('pin')}
            aria-label={message.pinnedAt ? t('unpin') : t('pin')}
            onClick={() => act(chat.togglePin(message))}
          >
            <Icon name="pin" />
          </button>
          {mine && message.text !== null && (
            <button type="button" title={t('edit')} aria-label={t('edit')} onClick={() => setEditing(true)}>
              <Icon name="edit" />
            </button>
          )}
          {mine && (
            <button
              type="button"
              title={t('delete')}
              aria-label={t('delete')}
              onClick={() => {
                if (confirm(t('confirmDelete'))) void act(chat.remove(message));
              }}
            >
              <Icon name="trash" />
            </button>
          )}
        </div>
      )}
    </li>
  );
}

/** Quick reactions; the first takes the focus when it opens (keyboard users), Escape closes it. */
function ReactionPicker({ onPick, onClose }: { onPick: (emoji: string) => void; onClose: () => void }) {
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => first.current?.focus(), []);
  return (
    <div
      class="picker"
      role="group"
      aria-label={t('react')}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onClose();
        }
      }}
    >
      {QUICK_REACTIONS.map((emoji, i) => (
        <button type="button" aria-label={emoji} ref={i === 0 ? first : undefined} onClick={() => onPick(emoji)}>
          {emoji}
        </button>
      ))}
    </div>
  );
}

function EditBox({ initial, onSave, onCancel }: { initial: string; onSave: (text: string) => void; onCancel: () => void }) {
  const [text, setText] = useState(initial);
  return (
    <form
      class="edit-box"
      onSubmit={(e) => {
        e.preventDefault();
        if (text.trim()) onSave(text);
      }}
    >
      <textarea
        aria-label={t('edit')}
        value={text}
        autoFocus
        onInput={(e) => setText((e.currentTarget as HTMLTextAreaElement).value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') onCancel();
          if (e.key === 'Enter' && !e.shiftKey) {
            e.preventDefault();
            if (text.trim()) onSave(text);
          }
        }}
      />
      <button type="submit" class="primary small">
        {t('save')}
      </button>
      <button type="button" class="ghost small" onClick={onCancel}>
        {t('cancel')}
      </button>
    </form>
  );
}
