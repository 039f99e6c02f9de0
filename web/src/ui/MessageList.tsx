// The messages of a conversation, oldest at the top, as a windowed list: only the rows near the
// viewport are rendered (lib/windowing.ts), so a conversation of 10,000 loaded messages scrolls as
// smoothly as one of 50. Scrolling near the top loads the page before; while the reader is at the
// bottom, new messages keep it there and move the read marker. The view is anchored on the first
// visible row, so rows added or measured above it never make it jump.
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Message } from '../api/client';
import { t } from '../i18n';
import type { ConversationLog } from '../lib/message-store';
import { RowHeights, visibleRange } from '../lib/windowing';
import type { Chat } from '../state/chat';
import { buildRows, type Row } from './message-rows';
import { MessageItem } from './MessageItem';
import { PendingItem } from './PendingItem';

interface Props {
  chat: Chat;
  id: string;
  log: ConversationLog;
  focus?: string;
  lastReadSeq: number;
  onReply: (message: Message) => void;
  onThread: (root: Message) => void;
}

const OVERSCAN_PX = 1200;
const LOAD_OLDER_WITHIN_PX = 2000;

export function MessageList({ chat, id, log, focus, lastReadSeq, onReply, onThread }: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  const list = useRef<HTMLOListElement>(null);
  const atBottom = useRef(true);
  const loadingOlder = useRef(false);
  const heights = useRef(new RowHeights(56));
  /** The first visible row and its distance from the top of the viewport, to keep it in place. */
  const anchor = useRef<{ key: string; top: number } | null>(null);
  const pendingFocus = useRef<string | null>(null);
  const [viewport, setViewport] = useState({ top: 0, height: 800 });
  const [, remeasured] = useState(0);
  // The read marker as it was when the conversation opened: the "new messages" line stays put.
  const [readLine] = useState(lastReadSeq);
  const [showJump, setShowJump] = useState(false);
  const pending = chat.pendingIn(id);
  // New messages from others are announced by a live region of their own: the list itself is not
  // live, or rows re-rendered while scrolling would be read out again.
  const newest = log.messages.at(-1);
  const [announcement, setAnnouncement] = useState('');
  const announced = useRef<string | null>(null);
  useEffect(() => {
    if (!newest || !log.loaded) return;
    if (announced.current !== null && announced.current !== newest.id && newest.sender !== chat.me && !newest.deleted)
      setAnnouncement(`${newest.senderName}: ${newest.text ?? newest.file?.name ?? ''}`);
    announced.current = newest.id;
  }, [newest?.id, log.loaded]);

  const rows = useMemo(() => buildRows(log.messages, readLine, chat.me), [log.version, readLine]);
  const keys = useMemo(() => rows.map((r) => r.key), [rows]);
  // Recomputed only when rows or measured heights change, not on every scroll frame.
  const offsets = useMemo(() => heights.current.offsets(keys), [keys, heights.current.version]);
  const { start, end } = visibleRange(offsets, viewport.top, viewport.height, OVERSCAN_PX);
  const total = offsets[rows.length]!;

  function saveAnchor() {
    const el = scroller.current;
    if (!el || !list.current) return;
    const top = el.getBoundingClientRect().top;
    for (const child of list.current.children) {
      const rect = child.getBoundingClientRect();
      const key = (child as HTMLElement).dataset.key;
      if (key && rect.bottom > top) {
        anchor.current = { key, top: rect.top - top };
        return;
      }
    }
  }

  /**
   * Measures the rendered rows and puts the view back where the reader had it. A measurement changes
   * nothing on screen by itself (the spacers stand for rows not rendered, measured earlier), so it
   * only asks for another render when the rendered rows may no longer cover the viewport: one render
   * per scroll frame instead of two.
   */
  function settle(): boolean {
    const el = scroller.current;
    if (!el || !list.current) return false;
    let rendered = 0;
    let changed = false;
    for (const child of list.current.children) {
      const key = (child as HTMLElement).dataset.key;
      const height = (child as HTMLElement).offsetHeight;
      rendered += height;
      if (key) changed = heights.current.set(key, height) || changed;
    }
    if (pendingFocus.current) {
      const target = document.getElementById(`m-${pendingFocus.current}`);
      if (target) {
        pendingFocus.current = null;
        target.scrollIntoView({ block: 'center' });
        target.classList.add('flash');
        target.focus({ preventScroll: true });
        saveAnchor();
      }
    } else if (atBottom.current) el.scrollTop = el.scrollHeight;
    else if (anchor.current) {
      const row = [...list.current.children].find((c) => (c as HTMLElement).dataset.key === anchor.current!.key);
      if (row) {
        const shift = row.getBoundingClientRect().top - el.getBoundingClientRect().top - anchor.current.top;
        if (Math.abs(shift) >= 1) el.scrollTop += shift;
      }
    }
    // Another render only helps if a measurement moved the window (it converges: heights settle).
    return changed && rendered < el.clientHeight + OVERSCAN_PX;
  }

  // After every render.
  useLayoutEffect(() => {
    if (settle()) remeasured((n) => n + 1);
  });

  // Rows change height after they were measured (an image preview loads, an edit): settle again.
  useEffect(() => {
    const observer = new ResizeObserver(() => {
      if (settle()) remeasured((n) => n + 1);
    });
    if (list.current) observer.observe(list.current);
    const el = scroller.current;
    if (el) setViewport({ top: el.scrollTop, height: el.clientHeight });
    const onResize = () => el && setViewport({ top: el.scrollTop, height: el.clientHeight });
    addEventListener('resize', onResize);
    return () => {
      observer.disconnect();
      removeEventListener('resize', onResize);
    };
  }, []);

  useEffect(() => {
    if (atBottom.current && document.visibilityState === 'visible') chat.markRead(id);
  }, [chat, id, log.version]);

  useEffect(() => {
    const onVisible = () => {
      if (document.visibilityState === 'visible' && atBottom.current) chat.markRead(id);
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, [chat, id]);

  // A search result or a quote asked for one message: load older pages until it is here, then show it.
  useEffect(() => {
    if (!focus || !log.loaded) return;
    let cancelled = false;
    void (async () => {
      for (let pages = 0; !log.get(focus) && log.hasOlder && pages < 200 && !cancelled; pages++) await chat.loadHistory(id, true);
      if (cancelled || !log.get(focus)) return;
      atBottom.current = false;
      pendingFocus.current = focus;
      // Bring its row into the rendered window; the layout effect then scrolls it into view and focuses it.
      const keys = buildRows(log.messages, readLine, chat.me).map((r) => r.key);
      const at = heights.current.offsets(keys)[Math.max(0, keys.indexOf(focus))]!;
      const el = scroller.current;
      if (el) {
        el.scrollTop = Math.max(0, at - el.clientHeight / 2);
        setViewport({ top: el.scrollTop, height: el.clientHeight });
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [focus, log.loaded]);

  // Up and down arrows move the focus from message to message (its actions show, and Tab reaches
  // them); Escape goes back to the composer.
  function onKeyDown(e: KeyboardEvent) {
    if (e.key !== 'ArrowUp' && e.key !== 'ArrowDown' && e.key !== 'Escape') return;
    const target = e.target as HTMLElement;
    if (e.key === 'Escape') {
      document.querySelector<HTMLTextAreaElement>('.composer textarea')?.focus();
      return;
    }
    const items = [...(list.current?.querySelectorAll<HTMLElement>('li.message') ?? [])];
    if (!items.length || (target !== scroller.current && !target.matches('li.message'))) return;
    e.preventDefault();
    const at = items.indexOf(target);
    const next = at === -1 ? items[e.key === 'ArrowUp' ? items.length - 1 : 0] : items[at + (e.key === 'ArrowUp' ? -1 : 1)];
    if (next) {
      atBottom.current = false;
      next.focus();
      next.scrollIntoView({ block: 'nearest' });
    }
  }

  async function onScroll() {
    const el = scroller.current;
    if (!el) return;
    atBottom.current = el.scrollHeight - el.scrollTop - el.clientHeight < 40;
    setShowJump(!atBottom.current);
    saveAnchor();
    setViewport({ top: el.scrollTop, height: el.clientHeight });
    if (atBottom.current && document.visibilityState === 'visible') chat.markRead(id);
    if (el.scrollTop < LOAD_OLDER_WITHIN_PX && log.hasOlder && log.loaded && !loadingOlder.current) {
      loadingOlder.current = true;
      try {
        await chat.loadHistory(id, true);
      } catch {
        // Shown again on the next scroll; the button below retries too.
      } finally {
        loadingOlder.current = false;
      }
    }
  }

  return (
    <>
      <div class="visually-hidden" aria-live="polite">
        {announcement}
      </div>
      <div class="message-scroller" ref={scroller} onScroll={onScroll} onKeyDown={onKeyDown} role="log" aria-label={t('messages')} aria-live="off" tabIndex={0}>
        {!log.loaded && <p class="muted pad">{t('loading')}</p>}
        {log.loaded && !log.hasOlder && <p class="muted pad center">{t('beginning')}</p>}
        {log.loaded && log.hasOlder && (
          <button type="button" class="link center-block" onClick={() => void chat.loadHistory(id, true)}>
            {t('loadOlder')}
          </button>
        )}
        <div class="spacer" style={{ height: `${offsets[start]!}px` }} />
        <ol class="messages" ref={list}>
          {rows.slice(start, end).map((row) => (
            <RowView key={row.key} row={row} chat={chat} onReply={onReply} onThread={onThread} />
          ))}
        </ol>
        <div class="spacer" style={{ height: `${total - offsets[end]!}px` }} />
        <ol class="messages">
          {pending.map((item) => (
            <PendingItem key={item.clientTxnId} chat={chat} item={item} />
          ))}
        </ol>
        {showJump && (
          <button
            type="button"
            class="jump"
            onClick={() => {
              const el = scroller.current;
              atBottom.current = true;
              if (el) el.scrollTop = el.scrollHeight;
            }}
          >
            {t('jumpToLatest')}
          </button>
        )}
      </div>
    </>
  );
}

function RowView({ row, chat, onReply, onThread }: { row: Row; chat: Chat; onReply: (m: Message) => void; onThread: (m: Message) => void }) {
  if (row.kind === 'day')
    return (
      <li class="day" data-key={row.key}>
        {row.label}
      </li>
    );
  if (row.kind === 'unread')
    return (
      <li class="new-line" data-key={row.key}>
        {t('newMessages')}
      </li>
    );
  return <MessageItem chat={chat} message={row.message} grouped={row.grouped} onReply={onReply} onThread={onThread} rowKey={row.key} />;
}
