import { describe, expect, it } from 'vitest';
import { describeProblem } from '../../../shared/i18n/describe-problem';
import { applicationFromManifest } from '../../../shared/package/manifest';
import { matchDocuments } from '../../../shared/package/match-documents';
import { readManifest, readManifestText } from '../../../shared/package/read-manifest';

const SHA = 'a'.repeat(64);
const valid = {
  format: 'review-desk/package',
  formatVersion: 1,
  countyName: '清河县',
  countyCode: '990102',
  city: '云泽市',
  poverty: false,
  batch: 2,
  documents: [
    { path: '申报书.pdf', role: 'applicationForm', title: '申报书', size: 10, sha256: SHA },
    { path: '方案.pdf', role: 'innovationPlan', title: '创新规划设计方案', size: 20, sha256: SHA.toUpperCase() },
  ],
};

describe('readManifest', () => {
  it('reads a valid manifest without contact, lowering hashes', () => {
    const { manifest, problems } = readManifest(valid);
    expect(problems).toEqual([]);
    expect(manifest?.documents[1]?.sha256).toBe(SHA);
    expect(manifest && applicationFromManifest(manifest)).toEqual({
      id: '990102-2',
      countyName: '清河县',
      countyCode: '990102',
      city: '云泽市',
      poverty: false,
      batch: 2,
      missingPrerequisites: [],
    });
  });

  it('reports every schema problem with where it is, in Chinese and English', () => {
    const { manifest, problems } = readManifest({ ...valid, countyCode: '1234', city: ' ', documents: [{ ...valid.documents[0], size: -1 }] });
    expect(manifest).toBeNull();
    expect(problems.map((p) => [p.code, p.where])).toEqual([
      ['package.manifest.schema.countyCode', 'countyCode'],
      ['package.manifest.schema.empty', 'city'],
      ['package.manifest.schema.below', 'documents.0.size'],
    ]);
    expect(describeProblem('zh-CN', problems[2] ?? problems[0]!)).toBe('材料清单 documents.0.size：不能小于 0。');
    expect(describeProblem('en-US', problems[0]!)).toBe("Manifest countyCode: the county's administrative division code must be 6 digits, like 130102.");
  });

  it('parses text with a byte order mark and refuses text that is not JSON', () => {
    expect(readManifestText(`\ufeff${JSON.stringify(valid)}`).manifest).not.toBeNull();
    expect(readManifestText('{').problems[0]?.code).toBe('package.manifest.notJson');
  });
});

describe('matchDocuments', () => {
  const manifest = readManifest(valid).manifest!;
  it('accepts exactly the listed documents, in any order', () => {
    expect(matchDocuments(manifest, [{ path: '方案.pdf', size: 20, sha256: SHA }, { path: '申报书.pdf', size: 10, sha256: SHA }])).toEqual([]);
  });

  it('names what is missing, extra, of another size or another hash', () => {
    const problems = matchDocuments(manifest, [
      { path: '申报书.pdf', size: 11 },
      { path: '方案.pdf', size: 20, sha256: 'b'.repeat(64) },
      { path: '多余.pdf', size: 1 },
    ]);
    expect(problems.map((p) => [p.code, p.params['path']])).toEqual([
      ['package.manifest.mismatch.size', '申报书.pdf'],
      ['package.manifest.mismatch.sha256', '方案.pdf'],
      ['package.manifest.mismatch.extra', '多余.pdf'],
    ]);
    expect(matchDocuments(manifest, [])[0]?.code).toBe('package.manifest.mismatch.missing');
  });
});
