// What a `.rdsession` container holds, shared by its writer and its reader: `session.json` (the office's
// signed session file, shared/files/session-file.ts) and one `documents/<sha256>` entry per distinct
// document the payload lists, nothing else. Documents are named by hash, not by the county's file name,
// so no name from outside ever becomes a path, and a document two applications share travels once.
import type { SessionPayload } from '../../shared/files/session-payload';
import type { ZipLimits } from '../package/zip-limits';
import { DEFAULT_ZIP_LIMITS } from '../package/zip-limits';

export const SESSION_ENTRY = 'session.json';
const DOCUMENT_ENTRY = /^documents\/([0-9a-f]{64})$/;

export const documentEntryName = (sha256: string): string => `documents/${sha256}`;

/** The hash a `documents/<sha256>` entry name stands for, or null for any other name. */
export function documentHashOf(entryPath: string): string | null {
  return DOCUMENT_ENTRY.exec(entryPath)?.[1] ?? null;
}

const MiB = 1024 * 1024;
const GiB = 1024 * MiB;

/**
 * A session carries every application of a batch, so it may hold far more than one package: up to
 * 500 applications (the stress workload) of many documents each. One document stays within the package
 * limit it was imported under. `maxManifestBytes` bounds session.json, which is read into memory.
 */
export const SESSION_CONTAINER_LIMITS: Readonly<ZipLimits> = {
  ...DEFAULT_ZIP_LIMITS,
  maxEntries: 50_000,
  maxTotalBytes: 256 * GiB,
  maxManifestBytes: 64 * MiB,
};

/** One distinct document of the container, with the first listing of it (for messages). */
export interface ContainerDocument {
  sha256: string;
  size: number;
  /** `清河县（A01）`: the first application that lists it. */
  application: string;
  title: string;
}

export interface ContainerDocuments {
  /** Distinct by hash, in the order the payload first lists them. */
  documents: ContainerDocument[];
  /** Later listings of a hash with another size than its first: the payload contradicts itself. */
  sizeConflicts: ContainerDocument[];
}

export function containerDocuments(payload: Pick<SessionPayload, 'applications'>): ContainerDocuments {
  const bySha = new Map<string, ContainerDocument>();
  const sizeConflicts: ContainerDocument[] = [];
  for (const application of payload.applications) {
    for (const { sha256, size, title } of application.documents) {
      const listing = { sha256, size, title, application: `${application.countyName}（${application.id}）` };
      const first = bySha.get(sha256);
      if (first === undefined) bySha.set(sha256, listing);
      else if (first.size !== size) sizeConflicts.push(listing);
    }
  }
  return { documents: [...bySha.values()], sizeConflicts };
}
