// An office and an expert on one disk, with real key stores in separate data directories, as the CLI round
// trip has them: the office signs the demo session for E1 and E2 (E1 enrolled with the expert's key) into a
// `.rdsession`, and the expert's host services are ready to open it. Built with the electron functions the
// CLI's session-create uses, without going through the CLI.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeSessionContainer } from '../../../electron/files/session-container';
import { hostTarget, type DispatchTarget } from '../../../electron/host/call-method';
import { blobStoreDirOf } from '../../../electron/host/data-layout';
import { createHostServices } from '../../../electron/host/host-services';
import { loadOrCreateIdentity, type LoadedIdentity } from '../../../electron/keys/key-store';
import { plainFileKeyWrapper } from '../../../electron/keys/key-wrapper';
import { BlobStore } from '../../../electron/store/blob-store';
import type { HostApiSpec } from '../../../shared/contract/host-api-spec';
import { buildDemoSession } from '../../../shared/demo/build-demo-session';
import { demoDocuments, type DemoDocument } from '../../../shared/demo/demo-documents';
import { demoSessionPayload } from '../../../shared/demo/demo-session-payload';
import type { SessionPayloadInput } from '../../../shared/files/session-file';
import type { PanelInput } from '../../../shared/panel/run-panel';
import type { ScoreSheet } from '../../../shared/scoring/score-sheet';

export interface ExpertWorld {
  root: string;
  officeDir: string;
  expertDir: string;
  sessionFile: string;
  office: LoadedIdentity;
  expert: LoadedIdentity;
  payload: SessionPayloadInput;
  /** Every document the session lists (the same bytes may be listed once only: demo documents are distinct). */
  documents: DemoDocument[];
  /** The expert's host services, through the dispatcher every binding uses. */
  target: DispatchTarget<HostApiSpec>;
}

export interface ExpertWorldOptions {
  /** False: the expert's key is made elsewhere, so the session file does not enrol it. */
  expertKey?: boolean;
  /** Changes the demo before it becomes the session (another stage, no quota…). */
  reshape?: (demo: PanelInput) => PanelInput;
}

export async function expertWorld(options: ExpertWorldOptions = {}): Promise<ExpertWorld> {
  const root = await mkdtemp(join(tmpdir(), 'rd-expert-'));
  const officeDir = join(root, 'office');
  const expertDir = join(root, 'expert');
  const office = await loadOrCreateIdentity(officeDir, { name: '示例省文旅厅评审办', role: 'office' }, plainFileKeyWrapper);
  const expert = await loadOrCreateIdentity(options.expertKey === false ? join(root, 'elsewhere') : expertDir, { name: '张明华', role: 'expert' }, plainFileKeyWrapper);

  const demo = (options.reshape ?? ((unchanged: PanelInput) => unchanged))(buildDemoSession());
  const documents = demo.applications.flatMap(demoDocuments);
  const store = await BlobStore.open(blobStoreDirOf(officeDir));
  for (const document of documents) await store.put([document.bytes], document.sha256);
  const { identity } = office;
  const payload = demoSessionPayload(demo, {
    office: { name: identity.name, fingerprint: identity.fingerprint, encryptionKey: identity.x25519PublicKey },
    experts: ['E1', 'E2'],
    enrolled: new Map([['E1', expert.identity.fingerprint]]),
    createdAt: '2026-11-27T10:00:00Z',
  });
  const sessionFile = join(root, 'demo.rdsession');
  const written = await writeSessionContainer(sessionFile, payload, office.signer, store);
  if (!written.ok) throw new Error(JSON.stringify(written.problems));
  const target = hostTarget(createHostServices({ host: 'web', dataDir: expertDir }));
  return { root, officeDir, expertDir, sessionFile, office, expert, payload, documents, target };
}

/** The demo's simulated sheets of one expert: complete, with opinions (E1 recuses from nothing). */
export const demoSheetsOf = (expertId: string): ScoreSheet[] => buildDemoSession().sheets.filter((sheet) => sheet.expertId === expertId);
