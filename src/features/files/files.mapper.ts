// File rows → the API's file metadata, in one place.
import type { FileRecord } from './files.repository.js';

export interface FileDto {
  id: string;
  name: string;
  size: number;
  mimeType: string;
  sha256: string;
  createdAt: string;
}

export function toFileDto(f: FileRecord): FileDto {
  return { id: f.id, name: f.name, size: f.size, mimeType: f.mimeType, sha256: f.sha256, createdAt: f.createdAt.toISOString() };
}
