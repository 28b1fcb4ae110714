// The data fingerprint: the same data gives the same fingerprint whatever order it arrived in, and any
// change to a score, an export or a quota setting gives another. The demo's signed exports are real ones.
import { describe, expect, it } from 'vitest';
import { buildDemoReportSource } from '../../../shared/demo/demo-report-source';
import { readScoresFile } from '../../../shared/files/scores-file';
import { reportDataOf, type ReportSource } from '../../../shared/reports/report-source';
import { runPanel } from '../../../shared/panel/run-panel';

const demo = buildDemoReportSource();
const demoFingerprint = reportDataOf(demo).dataFingerprint;

function withFirstPointsChanged(source: ReportSource): ReportSource {
  let changed = false;
  const sheets = source.sheets.map((sheet) => {
    if (changed || sheet.status !== 'scored') return sheet;
    const id = Object.keys(sheet.values).find((key) => typeof sheet.values[key] === 'number' && (sheet.values[key] as number) >= 1);
    if (id === undefined) return sheet;
    changed = true;
    return { ...sheet, values: { ...sheet.values, [id]: (sheet.values[id] as number) - 0.5 } };
  });
  expect(changed).toBe(true);
  return { ...source, sheets };
}

describe('report data fingerprint', () => {
  it('is 64 hex digits and the same on every build of the demo', () => {
    expect(demoFingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(reportDataOf(buildDemoReportSource()).dataFingerprint).toBe(demoFingerprint);
  });

  it('does not depend on the order sheets and exports arrived in', () => {
    const shuffled: ReportSource = { ...demo, sheets: [...demo.sheets].reverse(), exports: [...demo.exports].reverse() };
    expect(reportDataOf(shuffled).dataFingerprint).toBe(demoFingerprint);
  });

  it('changes when one score, one export or the quota changes', () => {
    expect(reportDataOf(withFirstPointsChanged(demo)).dataFingerprint).not.toBe(demoFingerprint);
    const [first, ...rest] = demo.exports;
    if (!first) throw new Error('demo has exports');
    const reExported = { ...demo, exports: [{ ...first, sequence: 2 }, ...rest] };
    expect(reportDataOf(reExported).dataFingerprint).not.toBe(demoFingerprint);
    if (demo.quota === undefined) throw new Error('the demo has a quota');
    expect(reportDataOf({ ...demo, quota: { ...demo.quota, alreadyGiven: 11 } }).dataFingerprint).not.toBe(demoFingerprint);
  });

  it('carries the same results runPanel computes from the source', () => {
    expect(reportDataOf(demo).results).toEqual(runPanel(demo));
  });
});

describe('demo report source', () => {
  it('has one signed export per expert, with distinct keys, sequence 1', () => {
    expect(demo.exports.map((e) => e.expertId)).toEqual(demo.experts.map((e) => e.id));
    expect(new Set(demo.exports.map((e) => e.signerFingerprint)).size).toBe(demo.experts.length);
    expect(new Set(demo.exports.map((e) => e.exportHash)).size).toBe(demo.experts.length);
    expect(demo.exports.every((e) => e.sequence === 1)).toBe(true);
  });

  it('names exports that exist: an export hash is that of a verifiable signed scores file', async () => {
    // Rebuild E1's file the way the demo does and read it with the real reader.
    const { sha256 } = await import('@noble/hashes/sha2.js');
    const { utf8ToBytes } = await import('@noble/hashes/utils.js');
    const { signerFromSeed } = await import('../../../shared/crypto/signer');
    const { buildScoresFile } = await import('../../../shared/files/scores-file');
    const { fingerprintOf } = await import('../../../shared/util/fingerprint');
    const signer = signerFromSeed(sha256(utf8ToBytes('review-desk demo expert key E1')));
    const built = buildScoresFile(
      {
        sessionId: demo.sessionId,
        standardFingerprint: fingerprintOf(demo.standard),
        expertId: 'E1',
        sequence: 1,
        previousHash: null,
        createdAt: '2026-11-20T17:30:00+08:00',
        sheets: demo.sheets.filter((s) => s.expertId === 'E1'),
      },
      signer,
    );
    const read = readScoresFile(built.bytes);
    expect(read.ok).toBe(true);
    expect(read.ok && read.file.exportHash).toBe(demo.exports[0]?.exportHash);
    expect(read.ok && read.file.signerFingerprint).toBe(demo.exports[0]?.signerFingerprint);
  });
});
