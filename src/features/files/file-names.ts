// File names and types from clients are display text and hints, never trusted.

const MAX_NAME_CHARS = 255;

/**
 * A client's file name made safe to show and to put in Content-Disposition: the last path component
 * only (no directories, "..", drive letters), no control or bidirectional-override characters (which
 * disguise "gpj.exe" as "exe.jpg"), whitespace collapsed, at most 255 characters.
 */
export function sanitizeFileName(raw: string | undefined | null): string {
  let name = (raw ?? '').split(/[/\\]/).pop() ?? '';
  name = name
    .replace(/[\u0000-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (/^\.+$/.test(name)) name = '';
  const chars = [...name];
  if (chars.length > MAX_NAME_CHARS) {
    // Keep the extension when cutting: "very-long….pdf".
    const dot = name.lastIndexOf('.');
    const ext = dot > 0 && name.length - dot <= 16 ? name.slice(dot) : '';
    name = chars.slice(0, MAX_NAME_CHARS - [...ext].length).join('') + ext;
  }
  return name || 'file';
}

const MIME = /^[a-z0-9!#$&^_.+-]{1,63}\/[a-z0-9!#$&^_.+-]{1,63}$/;

/** type/subtype, lowercase, parameters dropped; anything else becomes application/octet-stream. */
export function sanitizeMimeType(raw: string | undefined | null): string {
  const type = (raw ?? '').split(';')[0]!.trim().toLowerCase();
  return MIME.test(type) ? type : 'application/octet-stream';
}

/** Image types a browser may show inline; everything else downloads as an attachment (SVG can script). */
const INLINE_IMAGES: Record<string, (head: Buffer) => boolean> = {
  'image/png': (h) => h.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  'image/jpeg': (h) => h[0] === 0xff && h[1] === 0xd8 && h[2] === 0xff,
  'image/gif': (h) => h.subarray(0, 6).toString('latin1') === 'GIF87a' || h.subarray(0, 6).toString('latin1') === 'GIF89a',
  'image/webp': (h) => h.subarray(0, 4).toString('latin1') === 'RIFF' && h.subarray(8, 12).toString('latin1') === 'WEBP',
};

/** The image type the bytes show (PNG, JPEG, GIF, WebP), whatever the client claimed; null otherwise. */
export function sniffImage(head: Buffer): string | null {
  return Object.entries(INLINE_IMAGES).find(([, check]) => check(head))?.[0] ?? null;
}

export function isInlineImage(mimeType: string): boolean {
  return mimeType in INLINE_IMAGES;
}

/**
 * The type to store: the client's claim, except that a claim to be a safe inline image must match the
 * file's first bytes (or the file is stored as application/octet-stream and will download).
 */
export function verifiedMimeType(claimed: string, head: Buffer): string {
  const check = INLINE_IMAGES[claimed];
  return check && !check(head) ? 'application/octet-stream' : claimed;
}

/** Content-Disposition with an ASCII fallback and the exact UTF-8 name (RFC 6266 / RFC 8187). */
export function contentDisposition(name: string, inline: boolean): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${inline ? 'inline' : 'attachment'}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

const TYPES_BY_EXTENSION: Record<string, string> = {
  txt: 'text/plain',
  md: 'text/markdown',
  csv: 'text/csv',
  html: 'text/html',
  htm: 'text/html',
  json: 'application/json',
  pdf: 'application/pdf',
  zip: 'application/zip',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  svg: 'image/svg+xml',
  mp3: 'audio/mpeg',
  mp4: 'video/mp4',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  py: 'text/x-python',
};

/** A type from the file name, for clients that send none (the legacy protocol); a hint like any other. */
export function mimeTypeFromName(name: string): string {
  const ext = /\.([a-z0-9]{1,8})$/i.exec(name)?.[1]?.toLowerCase();
  return (ext && TYPES_BY_EXTENSION[ext]) || 'application/octet-stream';
}
