// Sending file bytes from a route whose response schema documents them as binary.
import type { Readable } from 'node:stream';
import type { FastifyReply } from 'fastify';

/** Streams bypass the response serializer; the route's schema only documents the bytes. */
export function sendStream(reply: FastifyReply, stream: Readable): FastifyReply {
  return reply.send(stream);
}
