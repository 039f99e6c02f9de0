// Writing a message: the draft is kept per conversation (a reload or a crash loses nothing typed),
// Enter sends (Shift+Enter for a new line), @ suggests people, and files come by the picker, by
// dropping them anywhere on the page or by pasting, with an upload progress bar.
import { useEffect, useRef, useState } from 'preact/hooks';
import { api, call, uploadFile, type Message, type User } from '../api/client';
import { t } from '../i18n';
import { isolate } from './format';
import { Icon } from './Icon';
import type { Chat } from '../state/chat';

interface Upload {
  name: string;
  progress: number;
  abort: AbortController;
}

const draftKey = (me: string, conversation: string) => `realm-chat.draft.${me}.${conversation}`;

export function Composer({
  chat,
  conversation,
  title,
  replyTo,
  onReplyDone,
}: {
  chat: Chat;
  conversation: string;
  title: string;
  replyTo: Message | null;
  onReplyDone: () => void;
}) {
  const key = draftKey(chat.me, conversation);
  const [text, setText] = useState(() => localStorage.getItem(key) ?? '');
  const [uploads, setUploads] = useState<Upload[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const [suggestions, setSuggestions] = useState<User[]>([]);
  const [picked, setPicked] = useState(0);
  const input = useRef<HTMLTextAreaElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const suggestTicket = useRef(0);

  useEffect(() => {
    input.current?.focus();
  }, [conversation]);
  useEffect(() => {
    if (replyTo) input.current?.focus();
  }, [replyTo]);

  /** A new draft; `caret` (where the user is typing) is given for keystrokes, which may start a mention. */
  function update(value: string, caret?: number) {
    setText(value);
    if (value) localStorage.setItem(key, value);
    else localStorage.removeItem(key);
    if (value.trim()) chat.typingIn(conversation);
    if (caret === undefined) {
      suggestTicket.current++;
      setSuggestions([]);
    } else void suggest(value, caret);
  }

  /** The @word being typed at the caret, if any. */
  function mentionAtCaret(value: string, caret: number): { start: number; query: string } | null {
    const match = /(^|\s)@([a-z0-9_.-]{1,32})$/i.exec(value.slice(0, caret));
    return match ? { start: caret - match[2]!.length - 1, query: match[2]! } : null;
  }

  async function suggest(value: string, caret: number) {
    // Only the answer to the latest keystroke counts: an earlier one arriving late is dropped.
    const ticket = ++suggestTicket.current;
    const mention = mentionAtCaret(value, caret);
    if (!mention) {
      setSuggestions([]);
      return;
    }
    try {
      const { users } = await call(api.GET('/api/v1/users', { params: { query: { q: mention.query, limit: 6 } } }));
      if (ticket !== suggestTicket.current) return;
      setSuggestions(users.filter((u) => u.username !== chat.me));
      setPicked(0);
    } catch {
      if (ticket === suggestTicket.current) setSuggestions([]);
    }
  }

  function insertMention(user: User) {
    const caret = input.current?.selectionStart ?? text.length;
    const mention = mentionAtCaret(text, caret);
    if (!mention) return;
    const handle = user.realm ? `${user.username}@${user.realm}` : user.username;
    const before = `${text.slice(0, mention.start)}@${handle} `;
    update(before + text.slice(caret));
    // After the re-render, the caret goes right after the inserted handle.
    requestAnimationFrame(() => input.current?.setSelectionRange(before.length, before.length));
    input.current?.focus();
  }

  function submit() {
    const body = text.trim();
    if (!body) return;
    chat.send(conversation, { text: body, ...(replyTo ? { replyTo: replyTo.id } : {}) });
    update('');
    onReplyDone();
  }

  async function sendFiles(files: File[]) {
    for (const file of files) {
      const abort = new AbortController();
      const entry: Upload = { name: file.name || 'pasted file', progress: 0, abort };
      setUploads((list) => [...list, entry]);
      try {
        const uploaded = await uploadFile(
          file,
          entry.name,
          (progress) => setUploads((list) => list.map((u) => (u === entry ? Object.assign(entry, { progress }) : u)).slice()),
          abort.signal,
        );
        chat.send(conversation, { fileId: uploaded.id, fileName: uploaded.name, ...(replyTo ? { replyTo: replyTo.id } : {}) });
        onReplyDone();
        setError(null);
      } catch (e) {
        setError((e as Error).message);
      } finally {
        setUploads((list) => list.filter((u) => u !== entry));
      }
    }
  }

  // Files dropped anywhere on the page go to this conversation.
  useEffect(() => {
    const over = (e: DragEvent) => {
      if (!e.dataTransfer?.types.includes('Files')) return;
      e.preventDefault();
      setDragging(true);
    };
    const leave = (e: DragEvent) => {
      if (e.relatedTarget === null) setDragging(false);
    };
    const drop = (e: DragEvent) => {
      if (!e.dataTransfer?.files.length) return;
      e.preventDefault();
      setDragging(false);
      void sendFiles([...e.dataTransfer.files]);
    };
    document.addEventListener('dragover', over);
    document.addEventListener('dragleave', leave);
    document.addEventListener('drop', drop);
    return () => {
      document.removeEventListener('dragover', over);
      document.removeEventListener('dragleave', leave);
      document.removeEventListener('drop', drop);
    };
  }, [conversation, replyTo]);

  return (
    <div class="composer">
      {dragging && <div class="drop-zone">{t('dropHere')}</div>}
      {replyTo && (
        <div class="reply-bar">
          <span>
            {t('replyingTo', { name: isolate(replyTo.senderName) })}: <bdi class="muted">{(replyTo.text ?? replyTo.file?.name ?? '').slice(0, 80)}</bdi>
          </span>
          <button type="button" class="ghost small" onClick={onReplyDone} aria-label={t('cancel')}>
            <Icon name="close" />
          </button>
        </div>
      )}
      {uploads.map((u) => (
        <div class="upload" key={u.name}>
          <label>
            {t('uploading', { name: isolate(u.name) })}
            <progress class="upload-progress" max={1} value={u.progress} />
          </label>
          <button type="button" class="ghost small" onClick={() => u.abort.abort()}>
            {t('cancel')}
          </button>
        </div>
      ))}
      {error && (
        <p class="error small" role="alert">
          {error}
        </p>
      )}
      {suggestions.length > 0 && (
        <ul class="suggestions" role="listbox" aria-label={t('mentionSuggestions')} id="mention-list">
          {suggestions.map((user, i) => (
            <li
              role="option"
              aria-selected={i === picked}
              class={i === picked ? 'picked' : ''}
              onMouseDown={(e) => {
                e.preventDefault();
                insertMention(user);
              }}
            >
              <strong>
                <bdi>{user.displayName}</bdi>
              </strong>{' '}
              <span class="muted">@{user.realm ? `${user.username}@${user.realm}` : user.username}</span>
            </li>
          ))}
        </ul>
      )}
      <form
        class="composer-row"
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <button type="button" class="ghost icon" aria-label={t('attach')} title={t('attach')} onClick={() => fileInput.current?.click()}>
          <Icon name="attach" />
        </button>
        <input
          ref={fileInput}
          type="file"
          multiple
          hidden
          aria-label={t('attach')}
          onChange={(e) => {
            const files = [...((e.currentTarget as HTMLInputElement).files ?? [])];
            (e.currentTarget as HTMLInputElement).value = '';
            void sendFiles(files);
          }}
        />
        <textarea
          ref={input}
          rows={1}
          value={text}
          maxLength={10000}
          placeholder={t('messagePlaceholder', { name: title })}
          aria-label={t('messagePlaceholder', { name: title })}
          aria-autocomplete="list"
          aria-controls={suggestions.length ? 'mention-list' : undefined}
          onInput={(e) => {
            const box = e.currentTarget as HTMLTextAreaElement;
            update(box.value, box.selectionStart);
          }}
          onPaste={(e) => {
            const files = [...(e.clipboardData?.files ?? [])];
            if (files.length) {
              e.preventDefault();
              void sendFiles(files);
            }
          }}
          onKeyDown={(e) => {
            if (suggestions.length) {
              if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
                e.preventDefault();
                setPicked((p) => (p + (e.key === 'ArrowDown' ? 1 : suggestions.length - 1)) % suggestions.length);
                return;
              }
              if (e.key === 'Enter' || e.key === 'Tab') {
                e.preventDefault();
                insertMention(suggestions[picked]!);
                return;
              }
              if (e.key === 'Escape') {
                setSuggestions([]);
                return;
              }
            }
            if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
              e.preventDefault();
              submit();
            }
          }}
        />
        <button type="submit" class="primary" disabled={!text.trim()}>
          {t('send')}
        </button>
      </form>
    </div>
  );
}
