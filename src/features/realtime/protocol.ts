// The WebSocket protocol's frames (docs/websocket.md). Server → client: { type, seq?, data }.
// Client → server: { type, data } (fields directly beside `type` are accepted too, as in
// { "type": "auth", "token": "…" }).
import { z } from 'zod';

export const CLOSE = {
  /** Authentication missing, failed, or the session was revoked or expired. */
  unauthorized: 4401,
  /** The client sent frames faster than its limit, or garbage it kept sending. */
  policy: 1008,
  /** The client did not read fast enough (its send buffer passed the bound); it may reconnect and resume. */
  slowConsumer: 1013,
  /** The server is shutting down. */
  goingAway: 1001,
} as const;

const Since = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

export const ClientFrame = z.discriminatedUnion('type', [
  z.object({ type: z.literal('auth'), data: z.object({ token: z.string().min(1).max(512), since: Since.optional() }) }),
  z.object({ type: z.literal('resume'), data: z.object({ since: Since }) }),
  z.object({
    type: z.literal('send'),
    data: z
      .object({
        to: z.string().min(1).max(300).optional(),
        group: z.string().min(1).max(300).optional(),
        text: z.string().max(40_000).optional(),
        fileId: z.string().min(1).max(64).optional(),
        replyTo: z.string().min(1).max(64).optional(),
        clientTxnId: z.string().min(1).max(128),
      })
      .refine((d) => (d.to === undefined) !== (d.group === undefined), 'exactly one of "to" and "group"'),
  }),
  z.object({ type: z.literal('typing'), data: z.object({ conversation: z.string().min(1).max(300) }) }),
  z.object({
    type: z.literal('read'),
    data: z.object({ conversation: z.string().min(1).max(300), upToSeq: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER) }),
  }),
  z.object({ type: z.literal('ping'), data: z.unknown().optional() }),
]);

export type ClientFrame = z.infer<typeof ClientFrame>;

export type ParsedFrame = { ok: true; frame: ClientFrame } | { ok: false; message: string; type?: string };

/** Parses one text frame; never throws. */
export function parseClientFrame(raw: string): ParsedFrame {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { ok: false, message: 'frames must be JSON objects' };
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return { ok: false, message: 'frames must be JSON objects' };
  const { type, data, ...rest } = json as Record<string, unknown>;
  const shaped = { type, data: data ?? (Object.keys(rest).length > 0 ? rest : undefined) };
  const parsed = ClientFrame.safeParse(shaped);
  if (parsed.success) return { ok: true, frame: parsed.data };
  const issue = parsed.error.issues[0];
  const where = issue?.path.filter((p) => p !== 'data').join('.');
  return {
    ok: false,
    ...(typeof type === 'string' ? { type } : {}),
    message: typeof type !== 'string' ? 'missing "type"' : `${where ? `${where}: ` : ''}${issue?.message ?? 'invalid frame'}`,
  };
}

/** One server frame as the bytes of a text message (encoded once, sent to many sockets). */
export function encodeFrame(type: string, data: unknown, seq?: number): Buffer {
  return Buffer.from(JSON.stringify(seq === undefined ? { type, data } : { type, seq, data }));
}
