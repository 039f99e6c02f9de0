// Issue 3 benchmark: upload and download throughput of a 20 MiB file through the server, next to a bare
// fs stream copy of the same file measured in the same run, and the server's RSS growth during upload.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { register } from './lib/api.js';
import { rssOf, startRealm } from './lib/processes.js';
import { heading, note, record } from './lib/report.js';

const SIZE = Number(process.env.BENCH_FILE_MIB ?? 20) * 1024 * 1024;
const ROUNDS = 3;
const MB = 1024 * 1024;

async function fsCopy(src: string, dst: string): Promise<number> {
  const t = performance.now();
  await pipeline(fs.createReadStream(src), fs.createWriteStream(dst));
  const fd = fs.openSync(dst, 'r');
  fs.fsyncSync(fd); // the server fsyncs every upload; the baseline does too
  fs.closeSync(fd);
  return performance.now() - t;
}

/** Streams a multipart upload of `file` (never buffered on the client either); resolves with ms and id. */
function uploadFile(url: string, token: string, file: string): Promise<{ ms: number; id: string }> {
  const boundary = `bench${randomBytes(8).toString('hex')}`;
  const head = Buffer.from(
    `--${boundary}\r\ncontent-disposition: form-data; name="file"; filename="bench.bin"\r\ncontent-type: application/octet-stream\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  const length = head.length + fs.statSync(file).size + tail.length;
  const target = new URL(`${url}/api/v1/files`);
  return new Promise((resolve, reject) => {
    const t = performance.now();
    const req = http.request(
      {
        host: target.hostname,
        port: target.port,
        path: target.pathname,
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': `multipart/form-data; boundary=${boundary}`, 'content-length': length },
      },
      (res) => {
        let body = '';
        res.on('data', (d) => (body += d));
        res.on('end', () =>
          res.statusCode === 201 ? resolve({ ms: performance.now() - t, id: JSON.parse(body).id }) : reject(new Error(`${res.statusCode} ${body}`)),
        );
      },
    );
    req.on('error', reject);
    req.write(head);
    const stream = fs.createReadStream(file);
    stream.on('end', () => req.end(tail));
    stream.pipe(req, { end: false });
  });
}

function downloadFile(url: string, token: string, id: string, dst: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const t = performance.now();
    http
      .get(`${url}/api/v1/files/${id}`, { headers: { authorization: `Bearer ${token}` } }, (res) => {
        if (res.statusCode !== 200) return reject(new Error(`download ${res.statusCode}`));
        const out = fs.createWriteStream(dst);
        res.pipe(out);
        out.on('finish', () => resolve(performance.now() - t));
      })
      .on('error', reject);
  });
}

export async function filesBenchmark(): Promise<void> {
  heading(`File upload and download, ${SIZE / MB} MiB (issue 3)`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'realm-files-bench-'));
  const realm = await startRealm();
  try {
    const token = await register(realm.url, 'uploader');
    const copyMs: number[] = [];
    const upMs: number[] = [];
    const downMs: number[] = [];
    let rssGrowth = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const src = path.join(dir, `src-${round}.bin`);
      fs.writeFileSync(src, randomBytes(SIZE));
      copyMs.push(await fsCopy(src, path.join(dir, `copy-${round}.bin`)));

      const before = rssOf(realm.pid);
      let peak = before;
      const sampler = setInterval(() => (peak = Math.max(peak, rssOf(realm.pid))), 10);
      const { ms, id } = await uploadFile(realm.url, token, src);
      clearInterval(sampler);
      peak = Math.max(peak, rssOf(realm.pid));
      rssGrowth = Math.max(rssGrowth, peak - before);
      upMs.push(ms);
      downMs.push(await downloadFile(realm.url, token, id, path.join(dir, `down-${round}.bin`)));
      for (const f of fs.readdirSync(dir)) fs.rmSync(path.join(dir, f));
    }
    const best = (xs: number[]) => Math.min(...xs);
    const mbps = (ms: number) => SIZE / MB / (ms / 1000);
    const copy = mbps(best(copyMs));
    record({ name: 'bare fs stream copy (+fsync)', value: copy, unit: 'MB/s' });
    record({
      name: 'upload (multipart, hashed, fsynced, stored)',
      value: mbps(best(upMs)),
      unit: 'MB/s',
      baseline: { name: 'fs copy', value: copy },
      target: '≥ 0.5× fs copy',
      pass: mbps(best(upMs)) >= 0.5 * copy,
    });
    record({
      name: 'download',
      value: mbps(best(downMs)),
      unit: 'MB/s',
      baseline: { name: 'fs copy', value: copy },
      target: '≥ 0.5× fs copy',
      pass: mbps(best(downMs)) >= 0.5 * copy,
    });
    record({ name: 'server RSS growth during upload', value: rssGrowth / MB, unit: 'MiB', target: '< 32 MiB', pass: rssGrowth < 32 * MB });
    note(`best of ${ROUNDS} rounds; a fresh random ${SIZE / MB} MiB file each round`);
  } finally {
    await realm.cleanup();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
