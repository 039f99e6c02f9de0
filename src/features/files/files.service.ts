// Uploads and downloads. Who may read a file: its uploader, and the members of any conversation a
// (not deleted) message carried it to. Everyone else is told it does not exist (404).
import fs from 'node:fs';
import type { Readable } from 'node:stream';
import type { Database } from '../../db/database.js';
import { AppError, notFound } from '../../shared/errors.js';
import { newId } from '../../shared/ids.js';
import type { AuthContext } from '../users/sessions.service.js';
import { sanitizeFileName, sanitizeMimeType, verifiedMimeType } from './file-names.js';
import type { FileStore } from './file-store.js';
import { toFileDto, type FileDto } from './files.mapper.js';
import type { FilesRepository } from './files.repository.js';

export interface UploadInput {
  name: string | undefined;
  mimeType: string | undefined;
  source: Readable | AsyncIterable<Buffer>;
}

export interface GarbageReport {
  unattachedRows: Array<{ id: string; name: string; size: number }>;
  objects: Array<{ sha256: string; size: number }>;
  temps: number;
  bytesFreed: number;
}

export class FilesService {
  constructor(
    private readonly db: Database,
    private readonly files: FilesRepository,
    readonly store: FileStore,
    private readonly limits: { maxUploadBytes: number; storageQuotaBytes: number },
  ) {}

  async upload(actor: AuthContext, input: UploadInput): Promise<FileDto> {
    const quota = this.limits.storageQuotaBytes;
    const left = quota > 0 ? quota - (await this.files.usageBytes(actor.userId)) : Infinity;
    if (left <= 0) throw quotaExceeded(quota);
    // Reading stops as soon as either limit is crossed, not after the whole upload.
    const quotaBinds = left < this.limits.maxUploadBytes;
    try {
      return await this.record(actor, input, await this.store.ingest(input.source, Math.min(this.limits.maxUploadBytes, left)));
    } catch (e) {
      if (quotaBinds && e instanceof AppError && e.code === 'payload_too_large') throw quotaExceeded(quota);
      throw e;
    }
  }

  async meta(actor: AuthContext, id: string): Promise<FileDto> {
    return toFileDto(await this.readable(actor, id));
  }

  /** The file's metadata and where its bytes are, if the actor may read it. */
  async open(actor: AuthContext, id: string): Promise<{ file: FileDto; path: string }> {
    const row = await this.readable(actor, id);
    return { file: toFileDto(row), path: this.store.pathFor(row.sha256) };
  }

  /** A file the actor may attach to a message: one they uploaded or can already read (forwarding). */
  async usable(actor: AuthContext, id: string): Promise<FileDto> {
    return this.meta(actor, id);
  }

  /**
   * A file another realm sent: its bytes (fetched by the caller) are stored and checked against the
   * announced size and sha256; the row keeps the origin's id, so every realm names it the same.
   */
  async storeRemote(
    uploaderId: number,
    meta: { id: string; name: string; size: number; mimeType: string; sha256: string },
    source: Readable,
  ): Promise<FileDto> {
    const existing = await this.files.findById(meta.id);
    if (existing) return toFileDto(existing);
    if (meta.size > this.limits.maxUploadBytes)
      throw new AppError('payload_too_large', `File larger than this realm accepts (${this.limits.maxUploadBytes} bytes)`);
    const stored = await this.store.ingest(source, meta.size);
    if (stored.sha256 !== meta.sha256 || stored.size !== meta.size) {
      throw new AppError('bad_request', 'File content does not match its announced sha256/size');
    }
    const row = await this.db.write((tx) =>
      this.files.createOrKeep(tx, {
        id: meta.id,
        sha256: stored.sha256,
        size: stored.size,
        mimeType: verifiedMimeType(sanitizeMimeType(meta.mimeType), stored.head),
        name: sanitizeFileName(meta.name),
        uploaderId,
      }),
    );
    return toFileDto(row);
  }

  /** Whether a peer may fetch this file: something it was sent carried it. */
  async sharedWithRealm(id: string, realm: string, sentTo: (fileId: string) => Promise<boolean>): Promise<{ file: FileDto; path: string } | null> {
    const row = id.length <= 64 ? await this.files.findById(id) : null;
    if (!row) return null;
    if (!(await this.files.sharedWithRealm(id, realm)) && !(await sentTo(id))) return null;
    return { file: toFileDto(row), path: this.store.pathFor(row.sha256) };
  }

  /**
   * Admin clean-up: uploads never attached to a message and older than `unattachedAgeMs` lose their
   * row; stored objects no row points at, and abandoned temp files, are deleted once older than
   * `graceMs` (an upload between rename and insert is younger than that).
   */
  async collectGarbage(options: { unattachedAgeMs: number; graceMs: number; dryRun?: boolean }): Promise<GarbageReport> {
    const now = Date.now();
    const before = new Date(now - options.unattachedAgeMs);
    const unattached = options.dryRun ? await this.files.findUnattached(before) : await this.db.write((tx) => this.files.deleteUnattached(tx, before));
    const remove = (file: string) => (options.dryRun ? Promise.resolve() : fs.promises.rm(file, { force: true }));
    // In a dry run the unattached rows still exist; count their objects as if they were gone.
    const referenced = await this.files.referencedHashes(options.dryRun ? unattached.map((f) => f.id) : []);
    const report: GarbageReport = {
      unattachedRows: unattached.map((f) => ({ id: f.id, name: f.name, size: f.size })),
      objects: [],
      temps: 0,
      bytesFreed: 0,
    };
    for await (const object of this.store.objects()) {
      if (referenced.has(object.sha256) || now - object.mtimeMs < options.graceMs) continue;
      const size = (await fs.promises.stat(object.file)).size;
      await remove(object.file);
      report.objects.push({ sha256: object.sha256, size });
      report.bytesFreed += size;
    }
    for await (const temp of this.store.temps()) {
      if (now - temp.mtimeMs < options.graceMs) continue;
      report.bytesFreed += (await fs.promises.stat(temp.file).catch(() => ({ size: 0 }))).size;
      await remove(temp.file);
      report.temps++;
    }
    return report;
  }

  private async record(actor: AuthContext, input: UploadInput, stored: { sha256: string; size: number; head: Buffer }): Promise<FileDto> {
    const row = await this.db.write((tx) =>
      this.files.create(tx, {
        id: newId(),
        sha256: stored.sha256,
        size: stored.size,
        mimeType: verifiedMimeType(sanitizeMimeType(input.mimeType), stored.head),
        name: sanitizeFileName(input.name),
        uploaderId: actor.userId,
      }),
    );
    return toFileDto(row);
  }

  private async readable(actor: AuthContext, id: string) {
    const row = id.length <= 64 ? await this.files.findById(id) : null;
    if (!row || (row.uploaderId !== actor.userId && !(await this.files.sharedWith(id, actor.userId)))) {
      throw notFound('No such file');
    }
    return row;
  }
}

function quotaExceeded(quota: number): AppError {
  return new AppError('quota_exceeded', `Storage quota of ${quota} bytes exceeded: delete files or ask an admin`, { quota });
}
