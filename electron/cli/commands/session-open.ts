// `npm run cli -- session-open FILE.rdsession [--office FINGERPRINT] [--expert ID]` (expert): checks the
// office's session file completely and, only if it passes, puts its documents into this data directory's
// blob store and saves the payload as `<dataDir>/sessions/<session folder>/session.json` (scores-export
// reads it by id). A refused file changes nothing. Without --office the signature is still checked but the
// key is whoever signed, so the office fingerprint is printed with a request to compare it.
// Exit codes: 0 opened, 1 refused, 2 usage.
import { groupedFingerprint } from '../../../shared/util/fingerprint';
import { rosterEntryOfKey } from '../../../shared/expert/roster-key';
import { openAndSaveSession } from '../../expert/open-session';
import { blobStoreDirOf } from '../../host/data-layout';
import { loadIdentity } from '../../keys/key-store';
import { plainFileKeyWrapper } from '../../keys/key-wrapper';
import { BlobStore } from '../../store/blob-store';
import { dataDirFrom, parseCommandArgs, plainFingerprint, UsageError, withUsage, zh } from '../command-kit';
import { printAssignments, printRefusal } from '../session-summary';

const OPTIONS = { office: { type: 'string' }, expert: { type: 'string' } } as const;

export const sessionOpenCommand = withUsage('cli.sessionOpen.usage', async (args, io) => {
  const { values, positionals } = parseCommandArgs(args, OPTIONS);
  const [path, ...extra] = positionals;
  if (path === undefined || extra.length > 0) throw new UsageError('');
  const expected = values.office === undefined ? undefined : plainFingerprint(values.office);
  if (expected === null) throw new UsageError(zh('cli.badFingerprint', { text: values.office ?? '' }));

  const dataDir = await dataDirFrom(values['data-dir']);
  const store = await BlobStore.open(blobStoreDirOf(dataDir));
  const opened = await openAndSaveSession(dataDir, store, path, expected === undefined ? {} : { expectedOfficeFingerprint: expected });
  if (!opened.ok) {
    printRefusal(io, opened);
    return 1;
  }
  const { session } = opened;
  io.out(zh('cli.sessionOpen.opened', { name: session.name, id: session.sessionId, documents: opened.documents }));
  io.out(zh('cli.officeFingerprint', { fingerprint: groupedFingerprint(opened.officeFingerprint) }));
  io.out(zh(expected === undefined ? 'cli.sessionOpen.compareFingerprint' : 'cli.sessionOpen.fingerprintMatched'));
  io.out(zh('cli.sessionOpen.saved', { path: opened.savedPath }));

  const identity = await loadIdentity(dataDir, plainFileKeyWrapper);
  const byKey = rosterEntryOfKey(session, identity?.identity.fingerprint);
  const expertId = values.expert ?? byKey?.expertId;
  if (expertId === undefined) io.out(zh('cli.sessionOpen.whichExpert'));
  else printAssignments(io, session, expertId);
  return 0;
});
