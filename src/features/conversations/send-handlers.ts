// The request side of a send, shared by the DM and group routes: JSON ({text?, fileId?} plus an
// optional Idempotency-Key), or multipart (a file and optional text, uploaded and sent in one step).
// Both answer 201 for a new message and 200 when an Idempotency-Key matched an earlier one.
import type { FastifyRequest } from 'fastify';
import { actor } from '../../plugins/auth.js';
import { receiveUpload } from '../files/multipart.js';
import type { MessageDto } from './messages.mapper.js';
import type { SendTarget } from './messages.service.js';

export interface SendReply {
  /** 201 new; 200 an earlier send with the same Idempotency-Key; 202 queued for a group's home realm. */
  status: 200 | 201 | 202;
  message: MessageDto;
}

function idempotencyKey(request: FastifyRequest): string | undefined {
  const key = request.headers['idempotency-key'];
  return typeof key === 'string' ? key : undefined;
}

export async function sendJson(
  request: FastifyRequest,
  body: { text?: string | undefined; fileId?: string | undefined; replyTo?: string | undefined },
  target: SendTarget,
): Promise<SendReply> {
  const result = await request.server.services.messages.send(actor(request), target, {
    text: body.text,
    fileId: body.fileId,
    replyTo: body.replyTo,
    clientTxnId: idempotencyKey(request),
  });
  return { status: result.pending ? 202 : result.created ? 201 : 200, message: result.message };
}

export async function sendUpload(request: FastifyRequest, target: SendTarget): Promise<SendReply> {
  const { files, messages } = request.server.services;
  const sender = actor(request);
  const { file, fields } = await receiveUpload(request, files, sender, ['text', 'replyTo']);
  const result = await messages.send(sender, target, { text: fields.text, fileId: file.id, replyTo: fields.replyTo, clientTxnId: idempotencyKey(request) });
  return { status: result.pending ? 202 : result.created ? 201 : 200, message: result.message };
}
