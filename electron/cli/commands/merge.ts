// `npm run cli -- merge SESSION.rdsession FILES_OR_FOLDERS… [--enrol E1=<fingerprint>]… [--out FILE]`
// (office): imports experts' scores files into the office workspace of the session
// (`<dataDir>/sessions/<session folder>/`), prints one line per file, then the panel's results from every
// expert's latest accepted export, and writes them as results.json (next to the session file, or --out).
// The session is read from the `.rdsession` the office wrote (checked in full, nothing stored), so the
// roster and the panel's inputs are exactly what the experts received; it must be signed by this data
// directory's office key. Keys the session did not carry are enrolled with --enrol; an expert with no key
// is refused as unknownKey. The quota comes from the session file; one without quota settings gets no results.
// Folders are scanned as sync folders (content already taken in is recognised and not imported again).
// Exit codes: 0 every file accepted or already held, 1 any file refused (everything is still printed), 2 usage.
import { stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { rosterSchema } from '../../../shared/office/roster';
import { lacksRequiredQuota, panelPartsOfSession, rosterOfSession } from '../../../shared/office/session-derived';
import { groupedFingerprint } from '../../../shared/util/fingerprint';
import { importScoresFiles } from '../../office/import-scores-files';
import { mergedResults } from '../../office/merged-results';
import { openOfficeWorkspace } from '../../office/office-workspace';
import { nodeSyncFolder } from '../../sync/node-sync-folder';
import { scanSyncFolder } from '../../sync/sync-folder';
import { dataDirFrom, enrolmentsOf, parseCommandArgs, UsageError, withUsage, zh } from '../command-kit';
import { formatResults } from '../format-results';
import { FINE_OUTCOMES, printAlreadyImported, printImported, printSummary } from '../import-lines';
import { requireIdentity } from '../office-identity';
import { readSessionFileOnly } from '../../files/read-session-file';
import { printRefusal } from '../session-summary';

const OPTIONS = { enrol: { type: 'string', multiple: true }, out: { type: 'string' } } as const;

const isFolder = (path: string): Promise<boolean> => stat(path).then((s) => s.isDirectory(), () => false);

export const mergeCommand = withUsage('cli.merge.usage', async (args, io) => {
  const { values, positionals } = parseCommandArgs(args, OPTIONS);
  const [sessionPath, ...inputs] = positionals;
  if (sessionPath === undefined || inputs.length === 0) throw new UsageError('');
  const enrolled = enrolmentsOf(values.enrol);

  const dataDir = await dataDirFrom(values['data-dir']);
  const office = await requireIdentity(io, dataDir, 'office');
  if (office === null) return 1;
  const read = await readSessionFileOnly(sessionPath);
  if (!read.ok) {
    printRefusal(io, read);
    return 1;
  }
  const { session } = read;
  if (read.officeFingerprint !== office.identity.fingerprint) {
    io.out(zh('cli.merge.notOurSession', { signer: groupedFingerprint(read.officeFingerprint), own: groupedFingerprint(office.identity.fingerprint) }));
    return 1;
  }
  const roster = rosterSchema.safeParse(rosterOfSession(session, enrolled));
  if (!roster.success) throw new UsageError(roster.error.issues.map((issue) => issue.message).join('；'));

  const workspace = openOfficeWorkspace(dataDir, session.sessionId);
  const options = { officeSigner: office.signer, roster: roster.data };
  let allFine = true;
  const files: string[] = [];
  for (const input of inputs) {
    if (!(await isFolder(input))) {
      files.push(input);
      continue;
    }
    const scan = await scanSyncFolder(nodeSyncFolder(input), workspace, options);
    for (const file of scan.alreadyImported) printAlreadyImported(io, file);
    for (const file of scan.imported.files) printImported(io, file);
    printSummary(io, scan.message);
    allFine &&= scan.imported.files.every((file) => FINE_OUTCOMES.has(file.outcome));
  }
  if (files.length > 0) {
    const report = await importScoresFiles(workspace, files, options);
    for (const file of report.files) printImported(io, file);
    printSummary(io, report.message);
    allFine &&= report.files.every((file) => FINE_OUTCOMES.has(file.outcome));
  }

  // A stage session without a quota merges like any other (its results grade each county); only a
  // qualification session cannot do without one.
  if (lacksRequiredQuota(session)) {
    io.out(zh('report.noQuota'));
    return 1;
  }
  const results = await mergedResults(workspace, panelPartsOfSession(session));
  io.out('');
  for (const line of formatResults(results, 'zh-CN')) io.out(line);
  const resultsPath = values.out ?? join(dirname(sessionPath), 'results.json');
  await writeFile(resultsPath, `${JSON.stringify(results, null, 2)}\n`);
  io.out('');
  io.out(zh('cli.demo.written', { path: resultsPath }));
  return allFine ? 0 : 1;
});
