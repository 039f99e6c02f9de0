// /api/v1/groups, /api/v1/groups/{name}[/join|/leave|/members[/{username}]|/messages]
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actor } from '../../plugins/auth.js';
import { errors, limitQuery, NoContent } from '../../shared/schemas.js';
import {
  AddMemberBody,
  CreateGroupBody,
  GroupMemberParams,
  GroupParams,
  GroupSchema,
  HistoryQuery,
  HistorySchema,
  IdempotencyHeaders,
  ListGroupsQuery,
  MemberSchema,
  MessageSchema,
  SendBody,
  SetRoleBody,
  UpdateGroupBody,
} from './conversations.schemas.js';
import { UploadWithTextBodyDoc } from '../files/files.schemas.js';
import { sendJson, sendUpload } from './send-handlers.js';
import { withMemos } from '../../shared/json-memo.js';

const tags = ['groups'];

export const groupsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { groups, messages, config } = app.services;

  app.post(
    '/groups',
    {
      schema: {
        tags,
        summary: 'Create a group; I become its owner',
        body: CreateGroupBody,
        response: { 201: GroupSchema, ...errors(400, 401, 409) },
      },
    },
    async (request, reply) => reply.code(201).send(await groups.create(actor(request), request.body)),
  );

  app.get(
    '/groups',
    {
      schema: {
        tags,
        summary: 'My groups (mine=true), public groups to browse (mine=false), or my invitations (invited=true)',
        querystring: ListGroupsQuery,
        response: { 200: z.object({ groups: z.array(GroupSchema), next: z.string().nullable() }), ...errors(400, 401) },
      },
    },
    async (request) => groups.list(actor(request), { ...request.query, mine: request.query.mine === 'true', invited: request.query.invited === 'true' }),
  );

  app.get(
    '/groups/:name',
    {
      schema: { tags, summary: 'A group', params: GroupParams, response: { 200: GroupSchema, ...errors(401, 404) } },
    },
    async (request) => groups.get(actor(request), request.params.name),
  );

  app.patch(
    '/groups/:name',
    {
      schema: {
        tags,
        summary: 'Change description or visibility (owner/admin)',
        params: GroupParams,
        body: UpdateGroupBody,
        response: { 200: GroupSchema, ...errors(400, 401, 403, 404) },
      },
    },
    async (request) => groups.update(actor(request), request.params.name, request.body),
  );

  app.delete(
    '/groups/:name',
    {
      schema: { tags, summary: 'Delete the group (owner)', params: GroupParams, response: { 204: NoContent, ...errors(401, 403, 404) } },
    },
    async (request, reply) => {
      await groups.delete(actor(request), request.params.name);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/groups/:name/join',
    {
      schema: {
        tags,
        summary: 'Join a public group, or accept an invitation (a group of another realm: 202, confirmed by a member.joined event)',
        params: GroupParams,
        response: { 200: GroupSchema, 202: GroupSchema, ...errors(401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const { pending, ...group } = await groups.join(actor(request), request.params.name);
      return reply.code(pending ? 202 : 200).send(group);
    },
  );

  app.post(
    '/groups/:name/leave',
    {
      schema: {
        tags,
        summary: 'Leave a group (the last owner must hand over ownership first)',
        params: GroupParams,
        response: { 204: NoContent, ...errors(401, 404, 409) },
      },
    },
    async (request, reply) => {
      await groups.leave(actor(request), request.params.name);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/groups/:name/members',
    {
      schema: {
        tags,
        summary: 'Members of a group',
        params: GroupParams,
        querystring: z.strictObject({ after: z.string().max(300).optional(), limit: limitQuery(500, 100) }),
        response: { 200: z.object({ members: z.array(MemberSchema), next: z.string().nullable() }), ...errors(400, 401, 403, 404) },
      },
    },
    async (request) => groups.members(actor(request), request.params.name, request.query.after, request.query.limit),
  );

  app.post(
    '/groups/:name/members',
    {
      schema: {
        tags,
        summary:
          'Add a member (public group) or invite a user (invite-only group); owner/admin. A user of another realm is always invited: their realm lets them in only when they join',
        params: GroupParams,
        body: AddMemberBody,
        response: { 201: MemberSchema, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => reply.code(201).send(await groups.addMember(actor(request), request.params.name, request.body.username)),
  );

  app.delete(
    '/groups/:name/members/:username',
    {
      schema: {
        tags,
        summary: 'Remove a member (owner/admin), or myself',
        params: GroupMemberParams,
        response: { 204: NoContent, ...errors(401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      await groups.removeMember(actor(request), request.params.name, request.params.username);
      return reply.code(204).send(null);
    },
  );

  app.patch(
    '/groups/:name/members/:username',
    {
      schema: {
        tags,
        summary: 'Change a member’s role (owner)',
        params: GroupMemberParams,
        body: SetRoleBody,
        response: { 200: MemberSchema, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (request) => groups.setRole(actor(request), request.params.name, request.params.username, request.body.role),
  );

  app.post(
    '/groups/:name/messages',
    {
      config: { rateLimit: { max: config.rateLimits.sendsPerMinute, timeWindow: 60_000 } },
      schema: {
        tags,
        summary: 'Send a message (text, a file by id, or both) to a group I am a member of',
        params: GroupParams,
        headers: IdempotencyHeaders,
        body: SendBody,
        response: { 201: MessageSchema, 200: MessageSchema, 202: MessageSchema, ...errors(400, 401, 403, 404, 409, 422, 429) },
      },
    },
    async (request, reply) => {
      const sent = await sendJson(request, request.body, { kind: 'group', name: request.params.name });
      return reply.code(sent.status).send(sent.message);
    },
  );

  app.post(
    '/groups/:name/files',
    {
      config: { rateLimit: { max: config.rateLimits.uploadsPerMinute, timeWindow: 60_000 }, multipartBody: UploadWithTextBodyDoc },
      schema: {
        tags,
        summary: 'Upload a file and send it to a group in one step (multipart: file, optional text)',
        params: GroupParams,
        response: { 201: MessageSchema, 200: MessageSchema, 202: MessageSchema, ...errors(400, 401, 403, 404, 409, 413, 415, 422, 429, 507) },
      },
    },
    async (request, reply) => {
      const sent = await sendUpload(request, { kind: 'group', name: request.params.name });
      return reply.code(sent.status).send(sent.message);
    },
  );

  app.get(
    '/groups/:name/messages',
    {
      schema: {
        tags,
        summary: 'Group history (members only)',
        params: GroupParams,
        querystring: HistoryQuery,
        response: { 200: HistorySchema, ...errors(400, 401, 403, 404) },
      },
    },
    async (request) => withMemos(await messages.history(actor(request), { kind: 'group', name: request.params.name }, request.query)),
  );
};
