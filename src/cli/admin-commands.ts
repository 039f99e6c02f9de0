// The admin CLI's commands (npm run admin -- <command>), over AdminService: the same rules as the admin
// API. Parsing and output live here, apart from opening the database (scripts/admin.ts), so the
// commands read as a table.
import type { AdminService } from '../features/users/admin.service.js';
import type { AdminUserDto } from '../features/users/users.mapper.js';
import { AppError } from '../shared/errors.js';

export const ADMIN_USAGE = `usage: npm run admin -- <command>
  create-admin <username> [--password P] [--name "Display Name"]   a new administrator account
  list-users [--q text]                                           accounts of this realm
  disable <username> | enable <username>                          disabled accounts cannot log in; their sessions end
  reset-password <username> [--password P]                        a new password (generated unless given); sessions end
  promote <username> | demote <username>                          give or take administration
  registration [open|invite|closed]                               show or set who may register
  create-invite [--hours N]                                       a one-use invite code (default: valid 168 hours)
Without --password, create-admin reads the password from the first line of stdin.`;

export class UsageError extends Error {}

export interface CliIo {
  out: (line: string) => void;
  /** The first line of stdin (for a password that should not be in the shell's history). */
  readLine: () => Promise<string>;
}

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(`--${name}`);
  if (i < 0) return undefined;
  const value = args[i + 1];
  if (value === undefined || value.startsWith('--')) throw new UsageError(`--${name} needs a value`);
  args.splice(i, 2);
  return value;
}

function one(args: string[], what: string): string {
  if (args.length !== 1) throw new UsageError(`expected ${what}`);
  return args[0]!;
}

const describe = (u: AdminUserDto) =>
  `${u.username}\t${u.displayName}\t${u.isAdmin ? 'admin' : 'user'}\t${u.disabled ? `disabled ${u.disabledAt}` : 'active'}\tcreated ${u.createdAt}`;

/** Runs one command; throws UsageError for bad arguments and AppError for refused ones. */
export async function runAdminCommand(argv: readonly string[], admin: AdminService, io: CliIo): Promise<void> {
  const [command, ...rest] = argv;
  const args = [...rest];
  switch (command) {
    case 'create-admin': {
      const password = option(args, 'password') ?? (await io.readLine());
      const name = option(args, 'name');
      const user = await admin.createAdmin(one(args, 'a username'), password, name);
      return io.out(`created administrator ${user.username}`);
    }
    case 'list-users': {
      const q = option(args, 'q');
      if (args.length > 0) throw new UsageError('list-users takes only --q');
      let after: string | undefined;
      let count = 0;
      do {
        const page = await admin.listUsers(q, after, 200);
        for (const user of page.users) io.out(describe(user));
        count += page.users.length;
        after = page.next ?? undefined;
      } while (after);
      return io.out(`${count} account(s)`);
    }
    case 'disable':
      return io.out(`disabled ${(await admin.disable(one(args, 'a username'))).username}: its sessions and tokens are revoked`);
    case 'enable':
      return io.out(`enabled ${(await admin.enable(one(args, 'a username'))).username}`);
    case 'reset-password': {
      const given = option(args, 'password');
      const result = await admin.resetPassword(one(args, 'a username'), given);
      io.out(`new password for ${result.user.username}: ${given ? '(as given)' : result.password}`);
      return io.out(`${result.revokedSessions} session(s) revoked`);
    }
    case 'promote':
      return io.out(`${(await admin.setAdmin(one(args, 'a username'), true)).username} is an administrator`);
    case 'demote':
      return io.out(`${(await admin.setAdmin(one(args, 'a username'), false)).username} is no longer an administrator`);
    case 'registration': {
      if (args.length === 0) return io.out(`registration: ${await admin.registrationMode()}`);
      const mode = one(args, 'open, invite or closed');
      if (mode !== 'open' && mode !== 'invite' && mode !== 'closed') throw new UsageError('registration is open, invite or closed');
      return io.out(`registration: ${await admin.setRegistrationMode(mode)}`);
    }
    case 'create-invite': {
      const hours = option(args, 'hours');
      if (args.length > 0) throw new UsageError('create-invite takes only --hours');
      const invite = await admin.createInvite(null, hours === undefined ? undefined : Number(hours));
      io.out(`invite code: ${invite.code}`);
      return io.out(`valid until ${invite.expiresAt} for one registration`);
    }
    default:
      throw new UsageError(command ? `unknown command ${command}` : 'no command given');
  }
}

export const isRefusal = (e: unknown): e is AppError => e instanceof AppError;
