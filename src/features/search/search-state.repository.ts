// Whether the search index covers every stored message: "ready", or missing while it must be
// (re)built — after an upgrade that added search to a realm with messages, or after SEARCH=off.
import type { ReadClient, Tx } from '../../db/database.js';

const KEY = 'search.index';

export class SearchStateRepository {
  constructor(private readonly read: ReadClient) {}

  async ready(): Promise<boolean> {
    return (await this.read.realmSetting.findUnique({ where: { key: KEY } }))?.value === 'ready';
  }

  async setReady(tx: Tx, ready: boolean): Promise<void> {
    if (ready) await tx.realmSetting.upsert({ where: { key: KEY }, create: { key: KEY, value: 'ready' }, update: { value: 'ready' } });
    else await tx.realmSetting.deleteMany({ where: { key: KEY } });
  }
}
