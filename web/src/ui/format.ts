import { currentLanguage } from '../i18n';

// Date formatting is on the hot path of the message list (every row shows a time, every rebuild of a
// long conversation's rows looks up its day). toLocale*String builds a new Intl formatter per call,
// which a profile of scrolling 3,000 messages showed as half the page's CPU time: formatters are made
// once per language, and day labels are kept per calendar day.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(kind: 'time' | 'day' | 'short'): Intl.DateTimeFormat {
  const key = `${currentLanguage()}:${kind}`;
  let f = formatters.get(key);
  if (!f) {
    const options: Intl.DateTimeFormatOptions =
      kind === 'time'
        ? { hour: '2-digit', minute: '2-digit' }
        : kind === 'day'
          ? { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' }
          : { day: 'numeric', month: 'short' };
    f = new Intl.DateTimeFormat(currentLanguage(), options);
    formatters.set(key, f);
  }
  return f;
}

export function timeOf(iso: string): string {
  return formatter('time').format(new Date(iso));
}

const dayLabels = new Map<string, string>();
export function dayOf(iso: string): string {
  const date = new Date(iso);
  const key = `${currentLanguage()}:${date.getFullYear()}-${date.getMonth()}-${date.getDate()}`;
  let label = dayLabels.get(key);
  if (label === undefined) {
    label = formatter('day').format(date);
    dayLabels.set(key, label);
  }
  return label;
}

export function shortWhen(iso: string): string {
  const date = new Date(iso);
  return date.toDateString() === new Date().toDateString() ? timeOf(iso) : formatter('short').format(date);
}

export function sizeOf(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export function initials(name: string): string {
  const words = name.trim().split(/\s+/);
  return ((words[0]?.[0] ?? '?') + (words[1]?.[0] ?? '')).toUpperCase();
}

/** A stable hue per name, for avatars without an image. */
export function hueOf(name: string): number {
  let hash = 0;
  for (const ch of name) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
  return hash % 360;
}

export function titleOf(conversationId: string): string {
  return conversationId.replace(/^(dm|group):/, '');
}

/**
 * Text a user or another realm wrote, inside a sentence built as a string (translations with a {name}):
 * between FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE, so its direction (Arabic, Hebrew, or a stray
 * override) never reorders the words around it. In markup, <bdi> does the same.
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}
