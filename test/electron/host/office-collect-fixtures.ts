// An office that has sent the demo session (E1 enrolled in the file, E2 not), its host services, and experts'
// real exports: E1's through the expert's own host services (exportScores), others built and signed with the
// shared writer for the cases an honest app never makes (a fork, another session, an unenrolled key).
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { callMethod, hostTarget, type DispatchTarget } from '../../../electron/host/call-method';
import { createHostServices } from '../../../electron/host/host-services';
import { openOfficeWorkspace, sessionFilePathOf, type OfficeWorkspace } from '../../../electron/office/office-workspace';
import type { HostApiSpec, HostMethod, HostResult } from '../../../shared/contract/host-api-spec';
import { signerFromSeed, type Signer } from '../../../shared/crypto/signer';
import { buildScoresFile } from '../../../shared/files/scores-file';
import type { ScoreSheet } from '../../../shared/scoring/score-sheet';
import { demoSheetsOf, expertWorld, type ExpertWorld, type ExpertWorldOptions } from './expert-fixtures';

export const SESSION_ID = 'demo-2026-2';
/** E2's key: not in the session file, so its files are unknownKey until the clerk enrols it. */
export const E2_KEY: Signer = signerFromSeed(new Uint8Array(32).fill(42));

export interface OfficeWorld extends ExpertWorld {
  officeHost: DispatchTarget<HostApiSpec>;
  workspace: OfficeWorkspace;
  exportsDir: string;
}

export async function officeWorld(options: ExpertWorldOptions = {}): Promise<OfficeWorld> {
  const world = await expertWorld(options);
  const workspace = openOfficeWorkspace(world.officeDir, SESSION_ID);
  await mkdir(dirname(sessionFilePathOf(workspace)), { recursive: true });
  await copyFile(world.sessionFile, sessionFilePathOf(workspace));
  const opened = await callMethod(world.target, 'openSession', { path: world.sessionFile });
  if (!opened.ok) throw new Error(JSON.stringify(opened.error));
  const officeHost = hostTarget(createHostServices({ host: 'web', dataDir: world.officeDir }));
  return { ...world, officeHost, workspace, exportsDir: join(world.root, 'U盘') };
}

export async function call<M extends HostMethod>(target: DispatchTarget<HostApiSpec>, method: M, params: unknown, onProgress?: (done: number, total: number) => void): Promise<HostResult<M>> {
  const outcome = await callMethod(target, method, params, { operationId: 'op', ...(onProgress ? { onProgress: (p) => onProgress(p.done, p.total) } : {}) });
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.error));
  return outcome.result as HostResult<M>;
}

/** E1's next export through the expert's host services: the path of the `.rdscores` written. */
export async function exportE1(world: OfficeWorld, sheets: ScoreSheet[] = demoSheetsOf('E1'), encrypt = false): Promise<{ path: string; exportHash: string; sequence: number }> {
  const result = await call(world.target, 'exportScores', { sessionId: SESSION_ID, expertId: 'E1', sheets, folder: world.exportsDir, encrypt, allowIncomplete: true });
  if (!result.ok) throw new Error(result.messages.join('\n'));
  return result;
}

export interface HandMade {
  expertId: string;
  sequence: number;
  previousHash?: string | null;
  sheets: ScoreSheet[];
  signer: Signer;
  sessionId?: string;
}

/** A signed scores file written to `dir/name`, as another laptop would have made it. */
export async function handMade(world: OfficeWorld, name: string, spec: HandMade): Promise<string> {
  const built = buildScoresFile(
    {
      sessionId: spec.sessionId ?? SESSION_ID,
      standardFingerprint: world.payload.standardFingerprint,
      expertId: spec.expertId,
      sequence: spec.sequence,
      previousHash: spec.previousHash ?? null,
      createdAt: '2026-11-27T11:00:00+08:00',
      sheets: spec.sheets,
    },
    spec.signer,
  );
  const dir = join(world.root, 'hand-made');
  await mkdir(dir, { recursive: true });
  const path = join(dir, name);
  await writeFile(path, built.bytes);
  return path;
}

/** A copy of `path` with one letter of its signature flipped: still JSON, no longer what the expert signed. */
export async function tamperedCopy(path: string, to: string): Promise<string> {
  const bytes = await readFile(path);
  let at = bytes.indexOf('"signature":"') + '"signature":"'.length + 10;
  while (!/[A-Za-z]/.test(String.fromCharCode(bytes[at] ?? 0))) at += 1;
  bytes[at] = (bytes[at] ?? 0) ^ 0x20;
  await writeFile(to, bytes);
  return to;
}

/** Imports `paths` (enrolling as given) and throws unless every one was accepted: the setup of a test, not its subject. */
export async function importAllAccepted(world: OfficeWorld, paths: string[], enrol: { expertId: string; fingerprint: string }[] = []): Promise<void> {
  const imported = await call(world.officeHost, 'importScores', { sessionId: SESSION_ID, paths, enrol });
  if (!imported.ok || imported.summary.counts.accepted !== paths.length) throw new Error(`scores not taken in: ${JSON.stringify(imported)}`);
}

/** The data fingerprint of the results as the workspace holds them now (what a list is signed on). */
export async function currentDataFingerprint(world: OfficeWorld): Promise<string> {
  const results = await call(world.officeHost, 'officeResults', { sessionId: SESSION_ID });
  if (!results.ok) throw new Error(results.messages.join('\n'));
  return results.dataFingerprint;
}
