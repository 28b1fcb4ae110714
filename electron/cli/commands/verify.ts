// `npm run cli -- verify FILE [--data-dir DIR]`: checks a file without importing it. A `.rdsession` (a zip)
// is read in full (signature, every document's hash) and nothing is stored; any other file is read as a
// `.rdscores`, decrypted with this data directory's key when it is encrypted to it. Prints who signed it
// and what it holds, or the refusal code and its sentence. Exit codes: 0 verifies, 1 refused, 2 usage.
import { open } from 'node:fs/promises';
import { readScoresFile, SCORES_FILE_MAX_BYTES } from '../../../shared/files/scores-file';
import { describeProblem } from '../../../shared/i18n/describe-problem';
import { groupedFingerprint } from '../../../shared/util/fingerprint';
import { readBounded } from '../../exchange/read-bounded';
import { loadIdentity } from '../../keys/key-store';
import { plainFileKeyWrapper } from '../../keys/key-wrapper';
import { dataDirFrom, parseCommandArgs, UsageError, withUsage, zh } from '../command-kit';
import type { CliIo } from '../io';
import { readSessionFileOnly } from '../../files/read-session-file';
import { printRefusal } from '../session-summary';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

async function isZip(path: string): Promise<boolean> {
  const head = new Uint8Array(ZIP_MAGIC.length);
  const handle = await open(path, 'r').catch(() => null);
  if (handle === null) return false; // the scores reader then says it cannot be read
  await handle.read(head, 0, head.length, 0).finally(() => handle.close());
  return ZIP_MAGIC.every((byte, i) => head[i] === byte);
}

async function verifySession(io: CliIo, path: string): Promise<number> {
  const read = await readSessionFileOnly(path);
  if (!read.ok) {
    printRefusal(io, read);
    return 1;
  }
  const { session } = read;
  io.out(zh('cli.verify.sessionOk', { path }));
  io.out(zh('cli.verify.signer', { fingerprint: groupedFingerprint(read.officeFingerprint) }));
  io.out(zh('cli.verify.session', { id: session.sessionId, name: session.name }));
  io.out(zh('cli.verify.sessionContents', { experts: session.roster.length, applications: session.applications.length, documents: read.documents }));
  io.out(zh('cli.exportHash', { hash: read.exportHash.slice(0, 16) }));
  return 0;
}

async function verifyScores(io: CliIo, path: string, dataDir: string): Promise<number> {
  const read = await readBounded(path, SCORES_FILE_MAX_BYTES);
  if (!read.ok) {
    io.out(zh('cli.verify.tooLarge', { path }));
    return 1;
  }
  // Only a key that already exists is used: verifying must never create one.
  const identity = await loadIdentity(dataDir, plainFileKeyWrapper);
  const result = readScoresFile(read.bytes, identity === null ? {} : { decryptWith: identity.signer });
  if (!result.ok) {
    io.out(zh('cli.verify.scoresRefused', { path, code: result.code }));
    io.out(`  ${describeProblem('zh-CN', result.problem)}`);
    for (const detail of result.details ?? []) io.out(`  ${describeProblem('zh-CN', detail)}`);
    return 1;
  }
  const { file } = result;
  io.out(zh('cli.verify.scoresOk', { path }));
  io.out(zh('cli.verify.signer', { fingerprint: groupedFingerprint(file.signerFingerprint) }));
  io.out(zh('cli.verify.scoresContents', { session: file.payload.sessionId, expert: file.payload.expertId, sequence: file.payload.sequence, sheets: file.payload.sheets.length }));
  io.out(zh(file.encrypted ? 'cli.verify.wasEncrypted' : 'cli.verify.notEncrypted'));
  io.out(zh('cli.exportHash', { hash: file.exportHash.slice(0, 16) }));
  return 0;
}

export const verifyCommand = withUsage('cli.verify.usage', async (args, io) => {
  const { values, positionals } = parseCommandArgs(args, {});
  const [path, ...extra] = positionals;
  if (path === undefined || extra.length > 0) throw new UsageError('');
  const dataDir = await dataDirFrom(values['data-dir']);
  return (await isZip(path)) ? verifySession(io, path) : verifyScores(io, path, dataDir);
});
