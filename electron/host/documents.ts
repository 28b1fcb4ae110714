// Finding a document of an opened session by its hash, for bindings that serve bytes rather than JSON: the
// local web host's `GET /api/documents/<sha256>` today, Electron's app:// handler later. Read only: it looks
// at the store's layout and never opens the store (opening sweeps tmp/ under a running import).
import { stat } from 'node:fs/promises';
import { SHA256_NAME } from '../../shared/contract/document-routes';
import { blobPathIn } from '../store/blob-store';
import { blobStoreDirOf } from './data-layout';

export interface DocumentFile {
  path: string;
  size: number;
}

/** The stored file for a lowercase hex SHA-256, or null when the name is not one or no such document is stored. */
export async function findDocument(dataDir: string, sha256: string): Promise<DocumentFile | null> {
  if (!SHA256_NAME.test(sha256)) return null;
  const path = blobPathIn(blobStoreDirOf(dataDir), sha256);
  const found = await stat(path).catch(() => null);
  return found?.isFile() === true ? { path, size: found.size } : null;
}
