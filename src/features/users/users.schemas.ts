// Request/response schemas of the accounts API. Exact rules (patterns, lengths) are enforced once, in
// UsersService; these bound sizes and document the shapes.
import { z } from 'zod';
import { isoDate } from '../../shared/schemas.js';
import { DOC_RULES } from '../../shared/text.js';
import { PASSWORD_MAX, PASSWORD_MIN } from './password.js';

const passwordRule = { minLength: PASSWORD_MIN, maxLength: PASSWORD_MAX };

const USER_EXAMPLE = {
  username: 'alice',
  displayName: 'Alice Wijaya',
  country: 'ID',
  realm: null,
  avatarUrl: '/api/v1/avatars/2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae',
  createdAt: '2026-12-01T09:30:00.000Z',
};

export const UserSchema = z
  .object({
    username: z.string().describe('Handle: lowercase; "user@realm" for users of another realm'),
    displayName: z.string(),
    country: z.string(),
    realm: z.string().nullable().describe('null for users of this realm'),
    avatarUrl: z.string().nullable().describe('Path of the avatar image (GET, no authentication needed); null when none'),
    createdAt: isoDate().describe('ISO 8601'),
  })
  .meta({ id: 'User', examples: [USER_EXAMPLE] });

export const MeSchema = UserSchema.extend({ isAdmin: z.boolean() }).meta({ id: 'Me', examples: [{ ...USER_EXAMPLE, isAdmin: false }] });

export const SessionSchema = z
  .object({ user: MeSchema, token: z.string().describe('Bearer token; shown once') })
  .meta({ id: 'Session', examples: [{ user: { ...USER_EXAMPLE, isAdmin: false }, token: 'kN3f0e5Zr9yq2mW8tB1xV7cH4dJ6sL0aQpE2uY9iT3o' }] });

export const RegisterBody = z
  .strictObject({
    username: z.string().max(64).meta(DOC_RULES.username).describe('1–32 characters of a-z 0-9 _ . - (case-insensitive)'),
    password: z.string().max(1024).meta(passwordRule).describe('8–256 characters'),
    displayName: z.string().max(256).meta(DOC_RULES.label).optional().describe('Up to 64 characters; defaults to the username'),
    country: z.string().max(256).meta(DOC_RULES.label).optional(),
    invite: z.string().max(256).optional().describe('Invite code; required while registration is by invite'),
  })
  .meta({ examples: [{ username: 'alice', password: 'correct horse battery', displayName: 'Alice Wijaya', country: 'ID' }] });

export const LoginBody = z
  .strictObject({
    username: z.string().max(256).meta(DOC_RULES.username),
    password: z.string().max(1024).meta({ minLength: 1, maxLength: PASSWORD_MAX }),
  })
  .meta({ examples: [{ username: 'alice', password: 'correct horse battery' }] });

export const UpdateMeBody = z
  .strictObject({
    displayName: z
      .string()
      .max(256)
      .meta({ minLength: 1, ...DOC_RULES.label })
      .optional(),
    country: z.string().max(256).meta(DOC_RULES.label).optional(),
  })
  .meta({ examples: [{ displayName: 'Alice W.', country: 'ID' }] });

export const ChangePasswordBody = z
  .strictObject({
    currentPassword: z.string().max(1024).meta({ minLength: 1, maxLength: PASSWORD_MAX }),
    newPassword: z.string().max(1024).meta(passwordRule).describe('8–256 characters'),
  })
  .meta({ examples: [{ currentPassword: 'correct horse battery', newPassword: 'battery staple horse' }] });

export const UsernameParams = z.strictObject({ username: z.string().min(1).max(300) });
