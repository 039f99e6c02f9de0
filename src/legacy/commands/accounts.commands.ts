// auth, register, logout, info
import { AppError } from '../../shared/errors.js';
import { LegacyError } from '../words.js';
import { actorFor, ok, type Command } from './context.js';

/** auth USER PASS → tokenid. Errors as the seed: "User Tidak Ada", "Password Salah". */
export const auth: Command = async (ctx, words) => {
  const username = words.arg(1);
  const password = words.arg(2);
  try {
    const { token } = await ctx.services.users.login(username, password, { ip: ctx.connection.ip, origin: 'legacy' });
    const session = await ctx.services.sessions.authenticate(token);
    ctx.authenticated(token, session!);
    return { status: 'OK', tokenid: token };
  } catch (e) {
    if (e instanceof AppError && e.code === 'unauthorized') {
      throw new LegacyError(e.reason === 'unknown_user' ? 'User Tidak Ada' : 'Password Salah');
    }
    if (e instanceof AppError) throw new LegacyError(e.message);
    throw e;
  }
};

/** register USER PASS NAME COUNTRY → tokenid; "_" in NAME is a space. Error "User Sudah Ada". */
export const register: Command = async (ctx, words) => {
  const [username, password, name, country] = [words.arg(1), words.arg(2), words.arg(3), words.arg(4)];
  try {
    const { token } = await ctx.services.users.register(
      { username, password, displayName: name.replace(/_/g, ' '), country },
      { ip: ctx.connection.ip, origin: 'legacy' },
    );
    ctx.authenticated(token, (await ctx.services.sessions.authenticate(token))!);
    return { status: 'OK', tokenid: token };
  } catch (e) {
    if (e instanceof AppError) throw new LegacyError(e.code === 'conflict' ? 'User Sudah Ada' : e.message);
    throw e;
  }
};

/** logout [TOKEN]: that session, or the one last authenticated on this connection ("Belum Login"). */
export const logout: Command = async (ctx, words) => {
  const token = words.optional(1) ?? ctx.connection.session?.token;
  if (!token) throw new LegacyError('Belum Login');
  const actor = await actorFor(ctx, token);
  await ctx.services.users.logout(actor);
  if (ctx.connection.session?.auth.sessionId === actor.sessionId) ctx.loggedOut();
  return ok();
};

/** info → users online now: username → { nama, negara } (never tokens, which the seed leaked). */
export const info: Command = async (ctx) => {
  const online = await ctx.services.users.online();
  return ok(Object.fromEntries(online.map((u) => [u.username, { nama: u.displayName, negara: u.country }])));
};
