// Reading a `.rdsession` container completely: the hardened zip reader's structural checks and limits,
// the signed session.json and the checks on it (session-container-checks.ts), then every document
// streamed once, counted and hashed against its name. With a staging directory each document is also
// written there (doc-0, doc-1…, never a name from the archive), ready for the blob store; without one this
// is the writer's read-back check. Touches nothing outside the staging directory it is given.
import { join } from 'node:path';
import type { SessionPayload } from '../../shared/files/session-payload';
import type { SignedFile } from '../../shared/files/signed-file';
import type { ImportRefused, ProgressListener } from '../package/import-types';
import { refusal } from '../package/package-refusal';
import { zipLimits, type ZipLimits } from '../package/zip-limits';
import { discardSink, fileSink, readingProgress, streamEntryHashed, type EntrySink } from '../package/stream-entry';
import { openZipReader, type ListedEntry, type ZipReader } from '../package/zip-reader';
import { nodeStoreFileSystem, type StoreFileSystem } from '../store/store-fs';
import { checkSessionSize, checkSigner, matchDocuments, sessionEntryOf, verifySessionBytes, type MatchedDocument } from './session-container-checks';
import { SESSION_CONTAINER_LIMITS } from './session-container-layout';
import { containerRefusal } from './session-container-refusal';

export interface ContainerReadOptions {
  /** Overrides of SESSION_CONTAINER_LIMITS. */
  limits?: Partial<ZipLimits>;
  /** Where to write each document's bytes; without it documents are only counted and hashed. */
  stagingDir?: string;
  /** For writing the staging files (the blob store's, so tests can fail any of its operations). */
  files?: StoreFileSystem;
  onProgress?: ProgressListener;
  /** The office key the reader already knows; a container signed by any other is refused. */
  expectedOfficeFingerprint?: string;
}

/** A checked document: its hash and size, and its staging file when there was a staging directory. */
export interface ContainerBlob {
  sha256: string;
  size: number;
  file: string | null;
  /** `清河县（A01） 申报书`: what progress shows while it is read or stored. */
  label: string;
}

export type ContainerReadOutcome =
  | {
      ok: true;
      signed: SignedFile<SessionPayload>;
      /** session.json as read, so a reader in another process can hand it over to be verified again. */
      sessionBytes: Uint8Array;
      documents: ContainerBlob[];
    }
  | ImportRefused;

async function readSmallEntry(reader: ZipReader, listed: ListedEntry): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  await reader.read(listed, async (chunk) => void chunks.push(chunk));
  return Buffer.concat(chunks);
}

/** Where one document's bytes go: a staging file, or nowhere (only checking). */
function sinkFor(options: ContainerReadOptions, file: string | null): Promise<EntrySink> {
  if (options.stagingDir === undefined || file === null) return Promise.resolve(discardSink);
  return fileSink(options.files ?? nodeStoreFileSystem, join(options.stagingDir, file));
}

async function readDocuments(reader: ZipReader, matched: readonly MatchedDocument[], options: ContainerReadOptions): Promise<ContainerBlob[]> {
  const progress = readingProgress(
    matched.reduce((sum, { document }) => sum + document.size, 0),
    options.onProgress ?? (() => undefined),
  );
  progress.report(null);
  const blobs: ContainerBlob[] = [];
  for (const [index, { document, listed }] of matched.entries()) {
    const file = options.stagingDir === undefined ? null : `doc-${index}`;
    const label = `${document.application} ${document.title}`;
    const sha256 = await streamEntryHashed(reader, listed, await sinkFor(options, file), (bytes) => progress.add(bytes, label));
    // The reader has checked the length against the record, and the record against the payload.
    if (sha256 !== document.sha256) {
      const { application, title } = document;
      throw refusal('session.container.documentChanged', listed.name, { application, title });
    }
    blobs.push({ sha256: document.sha256, size: document.size, file, label });
    progress.report(label);
  }
  progress.report(null);
  return blobs;
}

async function read(path: string, options: ContainerReadOptions): Promise<ContainerReadOutcome> {
  const limits = zipLimits({ ...SESSION_CONTAINER_LIMITS, ...options.limits });
  const reader = await openZipReader(path, limits);
  try {
    const sessionEntry = sessionEntryOf(reader.entries);
    checkSessionSize(sessionEntry, limits.maxManifestBytes);
    const sessionBytes = await readSmallEntry(reader, sessionEntry);
    const signed = verifySessionBytes(sessionBytes);
    checkSigner(signed, options.expectedOfficeFingerprint);
    // Names and declared sizes first: a container that cannot match is refused before any document is read.
    const matched = matchDocuments(reader.entries, signed.payload);
    const documents = await readDocuments(reader, matched, options);
    return { ok: true, signed, sessionBytes, documents };
  } finally {
    reader.close();
  }
}

/** Never throws: a container that fails any check, and any failure to read it or write the staging files, is a refusal. */
export async function readSessionContainer(path: string, options: ContainerReadOptions = {}): Promise<ContainerReadOutcome> {
  try {
    return await read(path, options);
  } catch (cause) {
    return containerRefusal(cause, path);
  }
}

