// Request/response schemas of the accounts API. Exact rules (patterns, lengths) are enforced once, in
// UsersService; these bound sizes and document the shapes.
import { z } from 'zod';

export const UserSchema = z
  .object({
    username: z.string().describe('Handle: lowercase; "user@realm" for users of another realm'),
    displayName: z.string(),
    country: z.string(),
    realm: z.string().nullable().describe('null for users of this realm'),
    createdAt: z.string().describe('ISO 8601'),
  })
  .meta({ id: 'User' });

export const MeSchema = UserSchema.extend({ isAdmin: z.boolean() }).meta({ id: 'Me' });

export const SessionSchema = z.object({ user: MeSchema, token: z.string().describe('Bearer token; shown once') }).meta({ id: 'Session' });

export const RegisterBody = z.strictObject({
  username: z.string().max(64).describe('1–32 characters of a-z 0-9 _ . - (case-insensitive)'),
  password: z.string().max(1024).describe('8–256 characters'),
  displayName: z.string().max(256).optional().describe('Up to 64 characters; defaults to the username'),
  country: z.string().max(256).optional(),
  invite: z.string().max(256).optional().describe('Invite code; required while registration is by invite'),
});

export const LoginBody = z.strictObject({
  username: z.string().max(256),
  password: z.string().max(1024),
});

export const UpdateMeBody = z.strictObject({
  displayName: z.string().max(256).optional(),
  country: z.string().max(256).optional(),
});

export const ChangePasswordBody = z.strictObject({
  currentPassword: z.string().max(1024),
  newPassword: z.string().max(1024).describe('8–256 characters'),
});

export const UsernameParams = z.strictObject({ username: z.string().min(1).max(300) });
