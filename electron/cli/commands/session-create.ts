// `npm run cli -- session-create --demo --out FILE.rdsession [--experts E1,E2] [--enrol E1=<fingerprint>]…`
// (office): the demo session as a signed `.rdsession` for the experts. Its id is always `demo-2026-2`
// (DEMO_SESSION_ID), so every expert's export and the office's merge name the same session. The stand-in
// documents go into the office's blob store first (the container writer takes documents from there).
// Exit codes: 0 written and read back, 1 no office key or the container was refused, 2 usage.
import { buildDemoSession } from '../../../shared/demo/build-demo-session';
import { demoDocuments } from '../../../shared/demo/demo-documents';
import { demoSessionPayload } from '../../../shared/demo/demo-session-payload';
import { describeProblem } from '../../../shared/i18n/describe-problem';
import { groupedFingerprint } from '../../../shared/util/fingerprint';
import { writeSessionContainer } from '../../files/session-container';
import { blobStoreDirOf } from '../../host/data-layout';
import { BlobStore } from '../../store/blob-store';
import { dataDirFrom, enrolmentsOf, parseCommandArgs, UsageError, withUsage, zh } from '../command-kit';
import { requireIdentity } from '../office-identity';

const OPTIONS = { demo: { type: 'boolean' }, out: { type: 'string' }, experts: { type: 'string' }, enrol: { type: 'string', multiple: true } } as const;

export const sessionCreateCommand = withUsage('cli.sessionCreate.usage', async (args, io) => {
  const { values, positionals } = parseCommandArgs(args, OPTIONS);
  // Only the demo exists as a source of sessions for now; --demo says so explicitly.
  if (values.demo !== true || values.out === undefined || positionals.length > 0) throw new UsageError('');
  const demo = buildDemoSession();
  const experts = values.experts?.split(',').map((id) => id.trim()).filter((id) => id !== '');
  const unknown = [...(experts ?? []), ...enrolmentsOf(values.enrol).keys()].filter((id) => !demo.experts.some((e) => e.id === id));
  if (unknown.length > 0) throw new UsageError(zh('cli.unknownExperts', { ids: unknown.join(', ') }));
  if (experts !== undefined && experts.length === 0) throw new UsageError('');

  const dataDir = await dataDirFrom(values['data-dir']);
  const office = await requireIdentity(io, dataDir, 'office');
  if (office === null) return 1;
  const store = await BlobStore.open(blobStoreDirOf(dataDir));
  for (const document of demo.applications.flatMap(demoDocuments)) await store.put([document.bytes], document.sha256);

  const { identity } = office;
  const payload = demoSessionPayload(demo, {
    office: { name: identity.name, fingerprint: identity.fingerprint, encryptionKey: identity.x25519PublicKey },
    ...(experts === undefined ? {} : { experts }),
    enrolled: enrolmentsOf(values.enrol),
    createdAt: new Date().toISOString(),
  });
  const written = await writeSessionContainer(values.out, payload, office.signer, store);
  if (!written.ok) {
    io.out(zh('cli.sessionCreate.refused', { code: written.code }));
    for (const problem of written.problems) io.out(`  ${describeProblem('zh-CN', problem)}`);
    return 1;
  }
  io.out(zh('cli.sessionCreate.written', { path: values.out, id: payload.sessionId, experts: payload.roster.length, documents: written.documents }));
  io.out(zh('cli.officeFingerprint', { fingerprint: groupedFingerprint(written.officeFingerprint) }));
  io.out(zh('cli.sessionCreate.tellExperts'));
  return 0;
});
