// The rows of a conversation's list: messages, with a separator at each new day and one before the
// first unread message. Built once per change of the log, not per scroll.
import type { Message } from '../api/client';
import { dayOf } from './format';

export type Row =
  { key: string; kind: 'day'; label: string } | { key: string; kind: 'unread' } | { key: string; kind: 'message'; message: Message; grouped: boolean };

export function buildRows(messages: readonly Message[], readLine: number, me: string): Row[] {
  const rows: Row[] = [];
  let lastDay = '';
  for (let i = 0; i < messages.length; i++) {
    const message = messages[i]!;
    const previous = messages[i - 1];
    const day = dayOf(message.createdAt);
    const newDay = day !== lastDay;
    lastDay = day;
    if (newDay) rows.push({ key: `day-${day}`, kind: 'day', label: day });
    if (readLine > 0 && message.seq > readLine && (previous?.seq ?? 0) <= readLine && message.sender !== me) rows.push({ key: 'unread', kind: 'unread' });
    const grouped = !newDay && previous?.sender === message.sender && Date.parse(message.createdAt) - Date.parse(previous.createdAt) < 5 * 60_000;
    rows.push({ key: message.id, kind: 'message', message, grouped });
  }
  return rows;
}
