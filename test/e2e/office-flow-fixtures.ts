// What the whole-flow office test (office-whole-flow.e2e.test.ts) needs from outside the browser:
// - the demo's twelve application packages (.zip), made with the repo's own packer (planPackage + writePackage,
//   what `npm run cli -- pack` runs) from the demo's stand-in documents, one folder per county;
// - the demo's seven experts' keys, and their scores files for the session the office has just exported.
//   These files are made in Node, NOT through the expert's UI: each is the demo's simulated sheets of that
//   expert (shared/demo), moved onto the application ids the office's session gave, kept to the applications
//   the session assigns to the expert, signed with the expert's key and encrypted to the office as the
//   expert's own export does (buildScoresFile + officeRecipient). The office only sees the files.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readSessionContainer } from '../../electron/files/session-container-reader';
import { writePackage } from '../../electron/package/pack';
import { planPackage } from '../../electron/package/pack-plan';
import { signerFromSeed, type Signer } from '../../shared/crypto/signer';
import { buildDemoSession } from '../../shared/demo/build-demo-session';
import { demoDocuments } from '../../shared/demo/demo-documents';
import { officeRecipient } from '../../shared/expert/office-recipient';
import { buildScoresFile } from '../../shared/files/scores-file';
import type { SessionPayload } from '../../shared/files/session-payload';
import { excludedByOffice } from '../../shared/office/progress-matrix';
import type { ScoreSheet } from '../../shared/scoring/score-sheet';

export const DEMO = buildDemoSession();

/** One key per demo expert (E1 → seed of 101s, … E7 → 107s): fixed, so a failing run can be replayed. */
export const EXPERT_KEYS: ReadonlyMap<string, Signer> = new Map(DEMO.experts.map((expert, index) => [expert.id, signerFromSeed(new Uint8Array(32).fill(101 + index))]));

export const keyOf = (expertId: string): Signer => {
  const key = EXPERT_KEYS.get(expertId);
  if (key === undefined) throw new Error(`no key for ${expertId}`);
  return key;
};

export interface DemoPackage {
  countyName: string;
  countyCode: string;
  city: string;
  documents: number;
  /** Whether the demo leaves out its innovation plan (prerequisite P1). */
  noPlan: boolean;
  path: string;
}

/** The demo's applications as the counties would send them: one verified .zip per county, under `dir`. */
export async function writeDemoPackages(dir: string): Promise<DemoPackage[]> {
  const packages: DemoPackage[] = [];
  for (const application of DEMO.applications) {
    const folder = join(dir, 'loose', application.countyCode);
    await mkdir(folder, { recursive: true });
    const documents = demoDocuments(application);
    for (const document of documents) await writeFile(join(folder, document.fileName), document.bytes);
    const metadata = {
      countyName: application.countyName,
      countyCode: application.countyCode,
      city: application.city,
      poverty: application.poverty,
      batch: application.batch ?? 2,
      // Roles stated, not guessed from the names: the demo's names are not what guessRole is tuned to.
      documents: documents.map((document) => ({ path: document.fileName, role: document.role, title: document.title })),
    };
    const plan = await planPackage(folder, metadata);
    if (plan.problems.length > 0) throw new Error(`cannot plan ${application.countyName}: ${JSON.stringify(plan.problems)}`);
    const path = join(dir, `${application.countyName}.zip`);
    const outcome = await writePackage(plan, metadata, path);
    if (!outcome.ok) throw new Error(`cannot pack ${application.countyName}: ${JSON.stringify(outcome.problems)}`);
    packages.push({ countyName: application.countyName, countyCode: application.countyCode, city: application.city, documents: documents.length, noPlan: application.missingPrerequisites.length > 0, path });
  }
  return packages;
}

/** The exported .rdsession as an expert's laptop reads it: signature, documents and all. */
export async function readSentSession(path: string, officeFingerprint: string): Promise<SessionPayload> {
  const read = await readSessionContainer(path, { expectedOfficeFingerprint: officeFingerprint });
  if (!read.ok) throw new Error(`session file does not verify: ${JSON.stringify(read)}`);
  return read.signed.payload;
}

/** The demo sheets of one expert, on the session's application ids (matched by county code), for what it assigns them. */
export function sheetsFor(session: SessionPayload, expertId: string): ScoreSheet[] {
  const idByCode = new Map(session.applications.map((application) => [application.countyCode, application.id]));
  const demoCode = new Map(DEMO.applications.map((application) => [application.id, application.countyCode]));
  const excluded = excludedByOffice(session);
  return DEMO.sheets.flatMap((sheet) => {
    if (sheet.expertId !== expertId) return [];
    const applicationId = idByCode.get(demoCode.get(sheet.applicationId) ?? '');
    if (applicationId === undefined || excluded.has(applicationId)) return [];
    // A confirmed recusal takes the expert off the application: the expert's app then has no sheet for it.
    if (!(session.assignments[applicationId]?.includes(expertId) ?? true)) return [];
    return [{ ...sheet, applicationId }];
  });
}

export interface MadeScores {
  path: string;
  exportHash: string;
  sheets: number;
}

/** One expert's signed, encrypted export of `sheets` for `session`, written to `dir/name`. */
export async function scoresFile(
  session: SessionPayload,
  dir: string,
  name: string,
  spec: { expertId: string; sequence: number; previousHash: string | null; createdAt: string; sheets: ScoreSheet[] },
): Promise<MadeScores> {
  const recipient = officeRecipient(session);
  if (recipient === null) throw new Error('the session names no office encryption key');
  const built = buildScoresFile(
    { sessionId: session.sessionId, standardFingerprint: session.standardFingerprint, expertId: spec.expertId, sequence: spec.sequence, previousHash: spec.previousHash, createdAt: spec.createdAt, sheets: spec.sheets },
    keyOf(spec.expertId),
    { encryptTo: recipient },
  );
  await mkdir(dir, { recursive: true });
  const path = join(dir, name);
  await writeFile(path, built.bytes);
  return { path, exportHash: built.exportHash, sheets: spec.sheets.length };
}

/**
 * A copy of an encrypted scores file with one letter of its ciphertext flipped: still a well-formed file, but
 * no longer what the expert sealed (the office's decryption fails its authentication).
 */
export async function tamperedCopy(path: string, to: string): Promise<string> {
  const bytes = await readFile(path);
  const marker = '"ciphertext":"';
  let at = bytes.indexOf(marker);
  if (at < 0) throw new Error(`${path} is not encrypted`);
  at += marker.length + 40;
  while (!/[A-Za-z]/.test(String.fromCharCode(bytes[at] ?? 0))) at += 1;
  bytes[at] = (bytes[at] ?? 0) ^ 0x20;
  await writeFile(to, bytes);
  return to;
}
