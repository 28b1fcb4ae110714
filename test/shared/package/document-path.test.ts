import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collisionKey, pathFault } from '../../../shared/package/document-path';
import { guessRole } from '../../../shared/package/guess-role';
import { isSystemFile } from '../../../shared/package/system-files';

/** A path segment as counties name things: Chinese, digits, Latin, a few punctuation marks, never . or .. alone. */
const segment = fc
  .string({ unit: fc.constantFrom(...'申报书创新规划佐证材料照片自评报告（）【】-_ 0123456789abcXYZ.'), minLength: 1, maxLength: 12 })
  .filter((s) => s !== '.' && s !== '..');
const relativePath = fc.array(segment, { minLength: 1, maxLength: 5 }).map((segments) => segments.join('/'));

describe('pathFault', () => {
  it('accepts plain relative paths', () => {
    fc.assert(fc.property(relativePath, (path) => pathFault(path) === null));
  });

  it('refuses a .. anywhere as traversal, and a leading / or drive as absolute', () => {
    fc.assert(
      fc.property(relativePath, relativePath, (before, after) => {
        expect(pathFault(`${before}/../${after}`)).toBe('traversal');
        expect(pathFault(`/${before}`)).toBe('absolute');
        expect(pathFault(`D:${before}`)).toBe('absolute');
      }),
    );
  });

  it('refuses backslashes, control characters, empty and dot segments, and non-NFC text', () => {
    expect(pathFault('佐证材料\\照片.jpg')).toBe('badName');
    expect(pathFault('a\u0000b')).toBe('badName');
    expect(pathFault('a//b')).toBe('badName');
    expect(pathFault('a/./b')).toBe('badName');
    expect(pathFault('')).toBe('badName');
    expect(pathFault('x'.repeat(241))).toBe('badName');
    expect(pathFault('cafe\u0301.pdf')).toBe('notNfc');
  });

  it('gives paths one file system would confuse the same collision key', () => {
    expect(collisionKey('Report.PDF')).toBe(collisionKey('report.pdf'));
    expect(collisionKey('cafe\u0301.pdf')).toBe(collisionKey('caf\u00e9.pdf'));
    expect(collisionKey('申报书.pdf')).not.toBe(collisionKey('申报表.pdf'));
  });
});

describe('guessRole', () => {
  it.each([
    ['清河县申报书.pdf', 'applicationForm', '申报书'],
    ['附表1 申报表.xlsx', 'applicationForm', '申报表'],
    ['清河县公共文化服务创新规划设计方案.docx', 'innovationPlan', '创新规划'],
    ['规划设计（定稿）.pdf', 'innovationPlan', '规划设计'],
    ['创新发展实施方案.pdf', 'innovationPlan', '创新发展实施方案'],
    ['自评报告（申报用）.pdf', 'selfAssessment', '自评'],
    ['佐证材料/申报书复印件.pdf', 'evidence', '佐证'],
    ['照片/图书馆.jpg', 'evidence', null],
  ])('%s → %s', (path, role, matched) => {
    expect(guessRole(path)).toEqual({ role, matched });
  });
});

describe('isSystemFile', () => {
  it.each([
    ['__MACOSX/._申报书.pdf', true],
    ['佐证材料/.DS_Store', true],
    ['Thumbs.db', true],
    ['照片/desktop.ini', true],
    ['~$申报书.docx', true],
    ['申报书.pdf', false],
    ['.well-known.pdf', false],
  ])('%s → %s', (path, expected) => {
    expect(isSystemFile(path)).toBe(expected);
  });
});
