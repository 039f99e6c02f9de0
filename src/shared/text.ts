// Text rules shared by every edge (REST, WebSocket, legacy TCP): they live here once.
import { invalid } from './errors.js';

export const MAX_MESSAGE_CHARS = 10_000;

// C0 controls except \t and \n, DEL, and C1 controls.
const FORBIDDEN_CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;

/** Message text: CRLF → LF, trimmed, 1–10,000 characters, no control characters but newline/tab. */
export function normalizeMessageText(raw: string, field = 'text'): string {
  const text = raw.replace(/\r\n?/g, '\n').trim();
  if (text.length === 0) throw invalid(field, 'must not be empty');
  if (FORBIDDEN_CONTROL.test(text)) throw invalid(field, 'must not contain control characters other than newline and tab');
  // Count code points, not UTF-16 units, so an emoji counts once.
  let chars = 0;
  for (const _ of text) if (++chars > MAX_MESSAGE_CHARS) throw invalid(field, `must be at most ${MAX_MESSAGE_CHARS} characters`);
  return text;
}

/**
 * What a name or label must not hold: control characters, characters that change the direction of the
 * text around them (U+202E would show "evil" reversed and make a name pass for another), and invisible
 * ones (zero-width space, word joiner, BOM, soft hyphen). Zero-width (non-)joiners stay: emoji sequences
 * and several scripts need them.
 */
const UNSAFE_IN_LABELS = /[\u0000-\u001F\u007F-\u009F\u00AD\u061C\u180E\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/;
const UNSAFE_IN_LABELS_ALL = new RegExp(UNSAFE_IN_LABELS.source, 'g');

/** A one-line label (display name, country, token name): trimmed, bounded, nothing unsafe (refused). */
export function normalizeLabel(raw: string, field: string, max: number, { allowEmpty = false } = {}): string {
  const value = raw.trim();
  if (!allowEmpty && value.length === 0) throw invalid(field, 'must not be empty');
  if (UNSAFE_IN_LABELS.test(value)) throw invalid(field, 'must not contain control, invisible or text-direction characters');
  if ([...value].length > max) throw invalid(field, `must be at most ${max} characters`);
  return value;
}

/**
 * The same rule for a label another realm sends (its users' display names): what is unsafe is dropped
 * rather than refused, so an honest peer's message is never lost over a name; whitespace collapsed, cut
 * to `max` characters (code points, never half an emoji). May come out empty.
 */
export function cleanForeignLabel(raw: string, max: number): string {
  const value = raw.replace(UNSAFE_IN_LABELS_ALL, '').replace(/\s+/g, ' ').trim();
  const chars = [...value];
  return chars.length > max ? chars.slice(0, max).join('').trim() : value;
}

/** Free text that may span lines (group description). */
export function normalizeMultiline(raw: string, field: string, max: number): string {
  const value = raw.replace(/\r\n?/g, '\n').trim();
  if (FORBIDDEN_CONTROL.test(value)) throw invalid(field, 'must not contain control characters other than newline and tab');
  if ([...value].length > max) throw invalid(field, `must be at most ${max} characters`);
  return value;
}

export const USERNAME_PATTERN = /^[a-z0-9_.-]{1,32}$/;
export const GROUP_NAME_PATTERN = /^[a-z0-9_.-]{1,64}$/;
/** Display names, countries. */
export const LABEL_MAX = 64;
export const GROUP_DESCRIPTION_MAX = 1000;

/**
 * The same rules as JSON Schema, for the API document (inputs are case-insensitive, so the letters
 * are both cases there). Validation stays in the functions above: they trim, fold case and count
 * code points, which a schema cannot express exactly.
 */
export const DOC_RULES = {
  username: { minLength: 1, maxLength: 32, pattern: '^[A-Za-z0-9_.-]{1,32}$' },
  groupName: { minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9_.-]{1,64}$' },
  label: { maxLength: LABEL_MAX },
  messageText: { minLength: 1, maxLength: MAX_MESSAGE_CHARS },
  groupDescription: { maxLength: GROUP_DESCRIPTION_MAX },
} as const;

/** Usernames are case-insensitive: stored and compared in lowercase. */
export function normalizeUsername(raw: string, field = 'username'): string {
  const name = raw.trim().toLowerCase();
  if (!USERNAME_PATTERN.test(name)) throw invalid(field, 'must be 1–32 characters of a-z, 0-9, "_", "." or "-"');
  return name;
}

export function normalizeGroupName(raw: string, field = 'name'): string {
  const name = raw.trim().toLowerCase();
  if (!GROUP_NAME_PATTERN.test(name)) throw invalid(field, 'must be 1–64 characters of a-z, 0-9, "_", "." or "-"');
  return name;
}
