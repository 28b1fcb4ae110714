// `npm run cli -- scores-export --session FILE_OR_ID --expert ID --out FOLDER [--simulate] [--encrypt]`
// (expert): writes the expert's next signed export into FOLDER (a sync folder). The session is a
// `.rdsession` file (checked in full) or the id of one opened with session-open. Until the CLI can read
// sheets the expert filled in, --simulate is required: the sheets are the demo's simulated ones for this
// expert (recusals included). --encrypt seals the file to the office key named in the session.
// Numbering lives in the data directory's export record, so a second run is sequence 2.
// Exit codes: 0 written and read back, 1 no key / unknown session / not on the panel, 2 usage.
import { mkdir } from 'node:fs/promises';
import { buildDemoSession } from '../../../shared/demo/build-demo-session';
import { officeRecipient } from '../../../shared/expert/office-recipient';
import { exportScores } from '../../expert/scores-export';
import { nodeSyncFolder } from '../../sync/node-sync-folder';
import { dataDirFrom, parseCommandArgs, UsageError, withUsage, zh } from '../command-kit';
import { requireIdentity } from '../office-identity';
import { sessionFrom } from '../session-source';
import { printRefusal } from '../session-summary';

const OPTIONS = {
  session: { type: 'string' },
  expert: { type: 'string' },
  out: { type: 'string' },
  simulate: { type: 'boolean' },
  encrypt: { type: 'boolean' },
} as const;

export const scoresExportCommand = withUsage('cli.scoresExport.usage', async (args, io) => {
  const { values, positionals } = parseCommandArgs(args, OPTIONS);
  const { session: sessionArg, expert: expertId, out } = values;
  if (sessionArg === undefined || expertId === undefined || out === undefined || positionals.length > 0) throw new UsageError('');
  if (values.simulate !== true) throw new UsageError(zh('cli.scoresExport.simulateOnly'));

  const dataDir = await dataDirFrom(values['data-dir']);
  const expert = await requireIdentity(io, dataDir, 'expert');
  if (expert === null) return 1;
  const read = await sessionFrom(dataDir, sessionArg);
  if (read.ok === 'missing') {
    io.out(zh('cli.scoresExport.noSession', { session: sessionArg }));
    return 1;
  }
  if (!read.ok) {
    printRefusal(io, read);
    return 1;
  }
  const { session } = read;
  if (!session.roster.some((e) => e.expertId === expertId)) {
    io.out(zh('cli.sessionOpen.notOnPanel', { expert: expertId }));
    return 1;
  }
  const recipient = values.encrypt === true ? officeRecipient(session) : undefined;
  if (recipient === null) {
    io.out(zh('cli.scoresExport.badOfficeKey'));
    return 1;
  }
  const sheets = buildDemoSession().sheets.filter((sheet) => sheet.expertId === expertId);
  await mkdir(out, { recursive: true });
  const exported = await exportScores({
    dataDir,
    sessionId: session.sessionId,
    standardFingerprint: session.standardFingerprint,
    expertId,
    sheets,
    signer: expert.signer,
    ...(recipient === undefined ? {} : { encryptTo: recipient }),
    folder: nodeSyncFolder(out),
  });
  io.out(zh('cli.scoresExport.written', { sequence: exported.sequence, sheets: sheets.length, path: exported.path }));
  io.out(zh('cli.scoresExport.fileName', { name: exported.fileName }));
  io.out(zh('cli.exportHash', { hash: exported.exportHash.slice(0, 16) }));
  io.out(zh(exported.encrypted ? 'cli.scoresExport.encrypted' : 'cli.scoresExport.signedOnly'));
  if (!exported.recorded) io.out(zh('cli.scoresExport.notRecorded'));
  return 0;
});
