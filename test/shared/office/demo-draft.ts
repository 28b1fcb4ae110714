// The demo (its standard, applications with their documents, and panel) as an office's finished draft:
// shared by the payload tests and the host's writeSessionFile tests.
import { buildDemoSession } from '../../../shared/demo/build-demo-session';
import { demoDocuments } from '../../../shared/demo/demo-documents';
import { suggestRecusals } from '../../../shared/files/recusal-suggestions';
import type { DraftOffice } from '../../../shared/office/payload-from-draft';
import { sessionDraftSchema, type SessionDraft } from '../../../shared/office/session-draft';
import { fingerprintOf } from '../../../shared/util/fingerprint';

export const OFFICE: DraftOffice = { name: '示例省文化和旅游厅评审办公室', fingerprint: 'a'.repeat(64), encryptionKey: 'office-x25519-key' };
export const AT = '2026-11-28T09:00:00.000Z';

/** The demo draft with its one same-city pair looked at and kept on the panel: ready to sign. */
export function readyDemoDraft(): SessionDraft {
  const draft = demoDraft();
  return { ...draft, recusals: suggestRecusals(draft.roster, draft.applications).map((pair) => ({ ...pair, decision: 'dismissed' as const })) };
}

export function demoDraft(): SessionDraft {
  const demo = buildDemoSession();
  const roster = demo.experts.map((expert) => ({ expertId: expert.id, name: expert.name, organisation: expert.organisation, title: expert.title, city: expert.city, keyFingerprint: null }));
  return sessionDraftSchema.parse({
    format: 'review-desk/session-draft',
    formatVersion: 1,
    sessionId: '2026-2-qualification-abc123',
    basics: { stage: 'qualification', batch: 2, name: '示例省第二批创建资格评审', startsOn: '2026-12-08', endsOn: '2026-12-09' },
    standard: { standard: demo.standard, fingerprint: fingerprintOf(demo.standard), fileName: '创建标准.xlsx', importedAt: AT },
    quota: demo.quota,
    applications: demo.applications.map((application) => ({
      ...application,
      documents: demoDocuments(application).map(({ role, title, fileName, bytes, sha256 }) => ({ role, title, fileName, size: bytes.length, sha256 })),
    })),
    roster,
    assignments: {},
    // Not looked at yet: the panel step suggests the demo's same-city pair when it opens.
    recusals: [],
    presentation: { order: { method: 'lot', seed: '抽签-2026-12-08' }, minutes: 15 },
    createdAt: AT,
    updatedAt: AT,
  });
}

