// The progress matrix, the enrolments read back from held exports, and the deviation flags joined with the
// experts' words: pure functions on hand-built exports over the demo session.
import { describe, expect, it } from 'vitest';
import { buildDemoSession } from '../../../shared/demo/build-demo-session';
import { DEMO_SESSION_ID, demoSessionPayload } from '../../../shared/demo/demo-session-payload';
import { sessionPayloadSchema, type SessionPayload } from '../../../shared/files/session-payload';
import { appendDrafts } from '../../../shared/office/audit-log';
import { deviationExplanations } from '../../../shared/office/deviation-explanations';
import { enrolmentsWithHeld } from '../../../shared/office/held-enrolment';
import { importAuditDraft } from '../../../shared/office/import-audit';
import { officeStateOf } from '../../../shared/office/office-state';
import { excludedByOffice, progressMatrix } from '../../../shared/office/progress-matrix';
import type { PanelResults } from '../../../shared/panel/results';
import type { ScoreSheet } from '../../../shared/scoring/score-sheet';
import { fingerprintOf } from '../../../shared/util/fingerprint';
import { at, keyOf, verifiedFile } from './scores-files';

const demo = buildDemoSession();
const office = { name: '评审办', fingerprint: fingerprintOf('office'), encryptionKey: 'x' };

/** The demo session for E1–E3; A02 assigned to E1 only. */
function session(): SessionPayload {
  const payload = sessionPayloadSchema.parse(demoSessionPayload(demo, { office, experts: ['E1', 'E2', 'E3'], enrolled: new Map(), createdAt: '2026-11-27T10:00:00Z' }));
  return { ...payload, assignments: { ...payload.assignments, A02: ['E1'] } };
}
const sheetsOf = (expertId: string): ScoreSheet[] => demo.sheets.filter((s) => s.expertId === expertId);
const exportOf = (expertId: string, sequence: number, sheets: ScoreSheet[]) => verifiedFile({ expertId, sequence, sheets, sessionId: DEMO_SESSION_ID });

describe('progressMatrix', () => {
  const s = session();
  const ids = s.applications.map((a) => a.id);
  const excluded = excludedByOffice(s);

  it('finds the application the office excluded at intake (the demo has one without an innovation plan)', () => {
    expect([...excluded]).toEqual(demo.applications.filter((a) => a.missingPrerequisites.length > 0).map((a) => a.id));
    expect(excluded.size).toBe(1);
  });

  it('reads each expert’s latest export only, counts an incomplete one for what it holds, and says who owes what', () => {
    const e1Old = exportOf('E1', 1, sheetsOf('E1').slice(0, 2));
    const e1New = exportOf('E1', 2, sheetsOf('E1'));
    const e2 = exportOf('E2', 1, sheetsOf('E2').filter((sheet) => sheet.applicationId !== 'A05'));
    const state = officeStateOf([e1New, e2, e1Old]);
    const log = appendDrafts([], [importAuditDraft(e1Old, 'accepted'), importAuditDraft(e2, 'accepted'), importAuditDraft(e1New, 'accepted')], {
      actor: 'office',
      recordedAt: '2026-11-27T12:00:00Z',
    });
    const matrix = progressMatrix(s, state, log);

    expect(matrix.applicationIds).toEqual(ids);
    const cell = (expertId: string, applicationId: string) => matrix.rows.find((r) => r.expertId === expertId)?.cells[ids.indexOf(applicationId)];
    const e1Recused = sheetsOf('E1').find((sheet) => sheet.status === 'recused');
    if (e1Recused !== undefined) expect(cell('E1', e1Recused.applicationId)).toBe('recused');
    expect(cell('E1', 'A01')).toBe('scored');
    expect(cell('E2', 'A02')).toBe('notAssigned');
    expect(cell('E2', 'A05')).toBe('missing');
    for (const id of excluded) expect(cell('E1', id)).toBe('excludedByOffice');
    expect(matrix.rows.map((r) => [r.expertId, r.owes])).toEqual([
      ['E1', []],
      ['E2', ['A05']],
      ['E3', ids.filter((id) => !excluded.has(id) && id !== 'A02')],
    ]);
    expect(matrix.complete).toBe(false);
    expect(matrix.latestExports.map((e) => [e.expertId, e.sequence, e.exportHash, e.importedAt, e.sheets])).toEqual([
      ['E1', 2, e1New.exportHash, '2026-11-27T12:00:00Z', sheetsOf('E1').length],
      ['E2', 1, e2.exportHash, '2026-11-27T12:00:00Z', sheetsOf('E2').length - 1],
    ]);
  });

  it('shows a recusal the office confirmed before sending (off the assignment, kept as a suggestion) as recused, not as not assigned', () => {
    const base = session();
    const confirmed: SessionPayload = {
      ...base,
      assignments: { ...base.assignments, A03: ['E1', 'E2'] },
      recusalSuggestions: [{ expertId: 'E3', applicationId: 'A03', reason: 'sameCity' }],
    };
    const matrix = progressMatrix(confirmed, officeStateOf([]), []);
    const row = (expertId: string) => matrix.rows.find((r) => r.expertId === expertId);
    expect(row('E3')?.cells[ids.indexOf('A03')]).toBe('recused');
    expect(row('E3')?.owes).not.toContain('A03');
    expect(row('E2')?.cells[ids.indexOf('A02')]).toBe('notAssigned');
  });

  it('is complete when every assigned expert has answered every application the office did not exclude', () => {
    const state = officeStateOf(['E1', 'E2', 'E3'].map((id) => exportOf(id, 1, sheetsOf(id))));
    const matrix = progressMatrix(s, state, []);
    expect(matrix.complete).toBe(true);
    expect(matrix.latestExports.every((e) => e.importedAt === null)).toBe(true);
  });
});

describe('enrolmentsWithHeld', () => {
  it('keeps the key of each expert’s latest accepted export, and the clerk’s explicit enrolment wins', () => {
    const state = officeStateOf([verifiedFile({ expertId: 'E1', sequence: 1 }), verifiedFile({ expertId: 'E2', sequence: 1 })]);
    expect(enrolmentsWithHeld(state, new Map())).toEqual(new Map([['E1', keyOf('E1')], ['E2', keyOf('E2')]]));
    expect(enrolmentsWithHeld(state, new Map([['E2', keyOf('new laptop')]])).get('E2')).toBe(keyOf('new laptop'));
  });
});

describe('deviationExplanations', () => {
  it('joins each flagged expert with the opinion and comments on that sheet, in the results’ order', () => {
    const sheet: ScoreSheet = {
      expertId: 'E7',
      applicationId: 'A03',
      status: 'scored',
      values: {},
      comments: { '1.1': '材料详实' },
      opinion: { strengths: '亮点突出', problems: '', suggestions: '加强数字化' },
      recommendation: 'recommend',
    };
    const results = {
      applications: [
        { applicationId: 'A01', countyName: '甲县', aggregate: 80, experts: [{ expertId: 'E7', state: 'scored', total: 90, difference: 10, z: 2.1, deviationFlagged: false }] },
        { applicationId: 'A03', countyName: '乙县', aggregate: 70, experts: [{ expertId: 'E7', state: 'scored', total: 88, difference: 18, z: 2.4, deviationFlagged: true }] },
      ],
    } as unknown as PanelResults;
    expect(deviationExplanations(results, [sheet])).toEqual([
      {
        applicationId: 'A03',
        countyName: '乙县',
        expertId: 'E7',
        total: 88,
        aggregate: 70,
        difference: 18,
        z: 2.4,
        opinion: sheet.opinion,
        comments: sheet.comments,
        recommendation: 'recommend',
      },
    ]);
    expect(at(deviationExplanations(results, []), 0).opinion).toEqual({ strengths: '', problems: '', suggestions: '' });
  });
});
