// The seed's own Python CLI client (chat-cli.py from the seed, extracted at test time), unchanged,
// against the legacy adapter: register, auth, send, inbox, groups, files, info, logout.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractSeed, findSeedFile, type SeedVariant } from '../../tools/seed-code.js';
import { createTestApp, type TestApp } from '../helpers/app.js';

// The seed is the team's shared material beside the checkout, not part of the repository. Where a
// checkout has no copy of it (and no SEED_DIR), these tests are skipped — loudly — rather than failed.
const seedMissing = findSeedFile() === null;
if (seedMissing) console.warn('SKIPPING the seed client tests: seed write-up not found (set SEED_DIR to ../shared/seed)');

let t: TestApp;
let port: number;
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-client-files-'));

beforeAll(async () => {
  t = await createTestApp();
  port = await t.app.legacy.listen(0, '127.0.0.1');
});
afterAll(async () => {
  await t.close();
  fs.rmSync(work, { recursive: true, force: true });
});

interface Result {
  who: string;
  command: string;
  result: unknown;
}

function runSeedClient(variant: SeedVariant, script: string[]): Promise<Result[]> {
  const seedDir = extractSeed(variant);
  return new Promise((resolve, reject) => {
    const child = execFile(
      'python3',
      [path.join(import.meta.dirname, 'seed_driver.py'), seedDir, String(port)],
      { timeout: 60_000 },
      (error, stdout, stderr) => {
        fs.rmSync(seedDir, { recursive: true, force: true });
        if (error) return reject(new Error(`${error.message}\n${stderr}`));
        resolve(
          stdout
            .split('\n')
            .filter((l) => l.startsWith('RESULT '))
            .map((l) => JSON.parse(l.slice(7)) as Result),
        );
      },
    );
    child.stdin!.end(script.map((l) => `${l}\n`).join(''));
  });
}

describe.skipIf(seedMissing)("the seed's chat-cli.py (later version: groups, logout with token)", () => {
  it('works unchanged for every local command', async () => {
    const file = path.join(work, 'laporan.txt');
    fs.writeFileSync(file, 'isi laporan\n');
    const results = await runSeedClient('server', [
      'A: register messi surabaya Lionel_Messi Argentina',
      'B: register henderson surabaya Jordan_Henderson Inggris',
      'A: send henderson hello gimana kabarnya son',
      'B: inbox',
      'A: addgroup timnas',
      'B: joingroup timnas',
      'A: sendgroup timnas ayo latihan',
      'B: inbox',
      `A: sendfile henderson ${file}`,
      `A: sendgroupfile timnas ${file}`,
      'B: inbox',
      'A: info',
      'A: logout',
      'A: send henderson masih di sini?',
      'A: auth messi surabaya',
      'A: auth messi salah',
      'A: bogus',
    ]);
    const r = (i: number) => results[i]!.result as string;
    expect(r(0)).toMatch(/^username messi register in, token [A-Za-z0-9_-]{43} $/);
    expect(r(1)).toMatch(/^username henderson register in, token /);
    expect(r(2)).toBe('message sent to henderson');
    expect(JSON.parse(r(3))).toEqual({ messi: [{ msg_from: 'Lionel Messi', msg_to: 'Jordan Henderson', msg: 'hello gimana kabarnya son' }] });
    expect(r(4)).toBe('Group timnas added');
    expect(r(5)).toBe('Group timnas added');
    expect(r(6)).toBe('message sent to timnas');
    expect(JSON.parse(r(7))).toEqual({ messi: [{ msg_from: 'Lionel Messi', msg_to: 'Jordan Henderson', msg: 'ayo latihan', group: 'timnas' }] });
    expect(r(8)).toBe('file sent to henderson');
    expect(r(9)).toBe('file sent to timnas');
    const b64 = Buffer.from('isi laporan\n').toString('base64');
    expect(JSON.parse(r(10))).toEqual({
      messi: [
        { msg_from: 'Lionel Messi', msg_to: 'Jordan Henderson', file_name: 'laporan.txt', file_content: `b'${b64}'` },
        { msg_from: 'Lionel Messi', msg_to: 'Jordan Henderson', group: 'timnas', file_name: 'laporan.txt', file_content: `b'${b64}'` },
      ],
    });
    expect(r(11)).toContain('User yang Aktif:');
    expect(r(11)).toContain("'messi': {'nama': 'Lionel Messi', 'negara': 'Argentina'}");
    expect(r(12)).toBe('Logout Berhasil');
    expect(r(13)).toBe('Error, not authorized');
    expect(r(14)).toMatch(/^username messi logged in, token /);
    expect(r(15)).toBe('Error, Password Salah');
    expect(r(16)).toBe('*Maaf, command tidak benar');
  });
});

describe.skipIf(seedMissing)("the seed's chat-cli.py (earlier version: comma-list groups, logout without token)", () => {
  it('works unchanged', async () => {
    const results = await runSeedClient('client', [
      'A: register lineker surabaya Gary_Lineker Inggris',
      'B: register kane surabaya Harry_Kane Inggris',
      'C: register rooney surabaya Wayne_Rooney Inggris',
      'A: sendgroup kane,rooney kumpul jam tujuh',
      'B: inbox',
      'C: inbox',
      'A: info',
      'A: logout',
    ]);
    const r = (i: number) => results[i]!.result;
    expect(r(3)).toBe('message sent to kane,rooney');
    expect(JSON.parse(r(4) as string)).toEqual({ lineker: [{ msg_from: 'Gary Lineker', msg_to: 'Harry Kane', msg: 'kumpul jam tujuh' }] });
    expect(JSON.parse(r(5) as string)).toEqual({ lineker: [{ msg_from: 'Gary Lineker', msg_to: 'Wayne Rooney', msg: 'kumpul jam tujuh' }] });
    expect(r(6)).toMatchObject({ lineker: { nama: 'Gary Lineker', negara: 'Inggris' } });
    expect(r(7)).toBe('Logout Berhasil');
  });
});

describe.skipIf(seedMissing)("the seed's chat-cli.py across realms", () => {
  it('reaches a user on another realm with sendprivaterealm, who reads it with getrealminbox', async () => {
    const { startRealm, peerAll, eventually } = await import('../helpers/realms.js');
    const realmA = await startRealm('realm-a');
    const realmB = await startRealm('realm-b');
    try {
      await peerAll([realmA, realmB]);
      const portA = await realmA.app.legacy.listen(0, '127.0.0.1');
      const portB = await realmB.app.legacy.listen(0, '127.0.0.1');
      const file = path.join(work, 'realm.txt');
      fs.writeFileSync(file, 'lintas realm\n');
      const seedDir = extractSeed('server');
      const run = (p: number, script: string[]) =>
        new Promise<Result[]>((resolve, reject) => {
          const child = execFile(
            'python3',
            [path.join(import.meta.dirname, 'seed_driver.py'), seedDir, String(p)],
            { timeout: 60_000 },
            (error, stdout, stderr) => {
              if (error) return reject(new Error(`${error.message}\n${stderr}`));
              resolve(
                stdout
                  .split('\n')
                  .filter((l) => l.startsWith('RESULT '))
                  .map((l) => JSON.parse(l.slice(7)) as Result),
              );
            },
          );
          child.stdin!.end(script.map((l) => `${l}\n`).join(''));
        });
      await run(portB, ['B: register henderson surabaya Jordan_Henderson Inggris', 'C: register lineker surabaya Gary_Lineker Inggris']);
      const sent = await run(portA, [
        'A: register messi surabaya Lionel_Messi Argentina',
        'A: sendprivaterealm realm-b henderson halo dari realm lain',
        `A: sendfilerealm realm-b henderson ${file}`,
        'A: sendgrouprealm realm-b henderson,lineker untuk kalian berdua',
        'A: sendprivaterealm realm-x henderson tidak ada',
      ]);
      expect(sent.map((r) => r.result)).toEqual([
        expect.stringMatching(/^username messi register in/),
        'Message sent to realm realm-b',
        'File sent to realm realm-b',
        'message sent to group henderson,lineker in realm realm-b',
        'Error, Realm Tidak Ditemukan',
      ]);
      await eventually(async () => (await realmB.app.services.db.read.message.count()) >= 4, 10_000, 'messages at realm-b');
      const inbox = await run(portB, ['B: auth henderson surabaya', 'B: getrealminbox realm-a', 'B: getrealminbox realm-a']);
      const b64 = Buffer.from('lintas realm\n').toString('base64');
      expect(inbox[1]!.result).toBe(
        `Message received from realm realm-a: [{'msg_from': 'Lionel Messi', 'msg_to': 'Jordan Henderson', 'msg': 'halo dari realm lain', 'realm': 'realm-a'}, ` +
          `{'msg_from': 'Lionel Messi', 'msg_to': 'Jordan Henderson', 'realm': 'realm-a', 'file_name': 'realm.txt', 'file_content': "b'${b64}'"}, ` +
          `{'msg_from': 'Lionel Messi', 'msg_to': 'Jordan Henderson', 'msg': 'untuk kalian berdua', 'realm': 'realm-a'}]`,
      );
      expect(inbox[2]!.result).toBe('Message received from realm realm-a: []');
      fs.rmSync(seedDir, { recursive: true, force: true });
    } finally {
      await realmA.close();
      await realmB.close();
    }
  });
});
