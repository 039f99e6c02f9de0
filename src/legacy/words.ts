// A command line split the way the seed's server split it: on single spaces (`data.split(" ")`), each
// word stripped. Clients send stray spaces ("send TOKEN bob  hi "), so words may be empty; text is
// every word after the fixed arguments, joined with spaces and trimmed.

/** Raised when a command lacks an argument; answered "--Protocol Tidak Benar" as the seed did. */
export class MissingArguments extends Error {
  override name = 'MissingArguments';
}

/** A failure the legacy client should see as { status: "ERROR", message }. */
export class LegacyError extends Error {
  override name = 'LegacyError';
}

/** The reply while the database cannot be reached: the client may send the command again shortly. */
export const DATABASE_UNAVAILABLE = 'Database sedang tidak dapat dijangkau, coba lagi sebentar lagi';

export class Words {
  private readonly parts: string[];

  constructor(line: string) {
    this.parts = line.split(' ');
  }

  get verb(): string {
    return this.parts[0]!.trim();
  }

  /** Word i (1-based after the verb), stripped; missing → MissingArguments. */
  arg(i: number): string {
    const word = this.parts[i];
    if (word === undefined) throw new MissingArguments();
    return word.trim();
  }

  /** Word i if present. */
  optional(i: number): string | undefined {
    const word = this.parts[i]?.trim();
    return word ? word : undefined;
  }

  /** Words from i on, joined with single spaces and trimmed (message text). */
  rest(i: number): string {
    return this.parts.slice(i).join(' ').trim();
  }
}

/**
 * File contents as the clients send them: the repr of a Python bytes object (b'SGVsbG8=') or bare
 * base64. Anything else is refused rather than silently decoded into garbage.
 */
export function decodeFilePayload(word: string): Buffer {
  let b64 = word;
  const repr = /^b(['"])(.*)\1$/s.exec(word);
  if (repr) b64 = repr[2]!;
  if (b64.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(b64)) {
    throw new LegacyError('Isi file bukan base64 yang valid');
  }
  return Buffer.from(b64, 'base64');
}

/** How the seed wrote file contents back: the repr of the base64 bytes. */
export function encodeFilePayload(bytes: Buffer): string {
  return `b'${bytes.toString('base64')}'`;
}

/** The seed's os.path.basename(path): the last component; display text only, never a server path. */
export function basename(path: string): string {
  return path.split(/[/\\]/).pop() ?? '';
}
