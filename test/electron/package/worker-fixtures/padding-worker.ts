// A worker that answers with a well-formed outcome whose documents are not the manifest's: one extra.
import { parentPort } from 'node:worker_threads';

const sha256 = 'a'.repeat(64);
const listed = { path: '申报书.pdf', role: 'applicationForm', title: '申报书', size: 1, sha256 };
parentPort?.postMessage({
  type: 'outcome',
  outcome: {
    ok: true,
    manifest: { format: 'review-desk/package', formatVersion: 1, countyName: '清河县', countyCode: '990102', city: '云泽市', poverty: false, batch: 1, documents: [listed] },
    documents: [{ ...listed, file: 'doc-0' }, { ...listed, path: '多余.pdf', file: 'doc-1' }],
    warnings: [],
  },
});
