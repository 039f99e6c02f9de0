// What counts as a reaction: exactly one grapheme cluster (what a person sees as one character) that is
// an emoji — it contains an Extended_Pictographic code point (😀, 👍🏽, 👩‍💻, ❤️) or is a flag (a pair of
// regional indicators) or a keycap (1️⃣). Letters, digits, punctuation and strings of several emoji are
// refused. Up to 64 bytes of UTF-8: the longest ZWJ sequences fit with room to spare.
import { invalid } from './errors.js';

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const PICTOGRAPHIC = /\p{Extended_Pictographic}/u;
const FLAG = /^\p{Regional_Indicator}{2}$/u;
const KEYCAP = /^[0-9#*]\uFE0F?\u20E3$/u;
const MAX_BYTES = 64;

export function isEmoji(value: string): boolean {
  if (value.length === 0 || Buffer.byteLength(value, 'utf8') > MAX_BYTES) return false;
  const clusters = [...segmenter.segment(value)];
  if (clusters.length !== 1) return false;
  return PICTOGRAPHIC.test(value) || FLAG.test(value) || KEYCAP.test(value);
}

/** The emoji of a request (normalised to NFC so one emoji has one spelling), or a 400 naming it. */
export function normalizeEmoji(raw: string, field = 'emoji'): string {
  const value = raw.normalize('NFC');
  if (!isEmoji(value)) throw invalid(field, 'must be one emoji (a single character like 👍, 🇮🇩 or 👩‍💻)');
  return value;
}
