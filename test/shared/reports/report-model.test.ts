// The report model joins the sheets with the panel's conclusions: every scored record's leaf points add up
// to its total (floored at 0) exactly as the app computed it; recusals keep their reasons; exports are attached.
import { describe, expect, it } from 'vitest';
import { buildDemoReportSource } from '../../../shared/demo/demo-report-source';
import { buildReportModel } from '../../../shared/reports/report-model';
import { reportDataOf } from '../../../shared/reports/report-source';

const source = buildDemoReportSource();
const data = reportDataOf(source);
const model = buildReportModel(data, '2026-11-27T12:00:00Z');

describe('report model', () => {
  it('carries the facts printed on every page', () => {
    expect(model.facts).toMatchObject({
      sessionId: 'demo-2026-2',
      stage: 'qualification',
      batch: 2,
      dataFingerprint: data.dataFingerprint,
      generatedAt: '2026-11-27T12:00:00Z',
    });
    expect(model.facts.standard.fingerprint).toMatch(/^[0-9a-f]{64}$/);
  });

  it('lists the stage’s leaves in the standard’s order with their groups', () => {
    expect(model.leaves.length).toBeGreaterThan(20);
    expect(new Set(model.leaves.map((l) => l.id)).size).toBe(model.leaves.length);
    for (const leaf of model.leaves) expect(leaf.groupNames.length).toBe(leaf.groupIds.length);
    expect(model.maxTotal).toBe(100);
  });

  it('gives every scored record leaf points adding up to its total', () => {
    let scored = 0;
    for (const app of model.applications) {
      for (const record of app.sheets) {
        if (record.state !== 'scored') {
          expect(record.leaves).toEqual([]);
          continue;
        }
        scored += 1;
        expect(record.leaves.map((l) => l.leafId)).toEqual(model.leaves.map((l) => l.id));
        const sumH = record.leaves.reduce((sum, leaf) => sum + Math.round((leaf.points ?? 0) * 100), 0);
        expect(Math.max(0, sumH) / 100).toBe(record.total);
        expect(record.opinion).not.toBeNull();
      }
    }
    expect(scored).toBeGreaterThan(60);
  });

  it('keeps recusals with their reasons, for the application and for the expert', () => {
    const recused = model.applications.flatMap((a) => a.sheets.filter((r) => r.state === 'recused'));
    expect(recused.length).toBeGreaterThan(0);
    for (const record of recused) expect(record.recusalReason).toContain('回避');
    const e3 = model.experts.find((e) => e.expert.id === 'E3');
    expect(e3?.sheets.some((r) => r.state === 'recused')).toBe(true);
  });

  it('attaches each expert’s export and only assigned applications', () => {
    for (const expert of model.experts) {
      expect(expert.export?.expertId).toBe(expert.expert.id);
      // The application excluded at intake is owed by nobody, so it is on no expert's sheet.
      expect(expert.sheets).toHaveLength(11);
    }
  });

  it('records the vetoed application’s veto failures with their reasons', () => {
    const vetoed = model.applications.find((a) => a.result.status === 'ineligible');
    expect(vetoed).toBeDefined();
    const withVeto = vetoed?.sheets.filter((r) => (r.vetoFailed ?? []).length > 0) ?? [];
    expect(withVeto.length).toBeGreaterThan(3);
    for (const record of withVeto) expect(record.leaves.find((l) => l.leafId === 'V2')?.comment).toContain('馆舍');
  });
});
