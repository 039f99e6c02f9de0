// addgroup, joingroup
import { actorFor, ok, translate, type Command } from './context.js';

/** addgroup TOKEN GROUP → "Add group successful"; the creator owns the (public) group. */
export const addgroup: Command = async (ctx, words) => {
  const actor = await actorFor(ctx, words.arg(1));
  const name = words.arg(2);
  await translate(() => ctx.services.groups.create(actor, { name, visibility: 'public' }), { conflict: 'Group sudah ada' });
  return ok('Add group successful');
};

/** joingroup TOKEN GROUP → "Add group successful"; "User sudah dalam group" if already a member. */
export const joingroup: Command = async (ctx, words) => {
  const actor = await actorFor(ctx, words.arg(1));
  const name = words.arg(2);
  await translate(() => ctx.services.groups.join(actor, name), {
    conflict: 'User sudah dalam group',
    not_found: 'Group Tidak Ditemukan',
    forbidden: 'Group ini hanya dengan undangan',
  });
  return ok('Add group successful');
};
