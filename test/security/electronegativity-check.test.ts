// The electronegativity check's verdict, without the scanner: the allow-list's rules (a file and a reason
// required, no stale entries), which severities fail, and that a scan of nothing or of unreadable files fails.
import { describe, expect, it } from 'vitest';
import { ALLOW_LIST_FORMAT, type AllowEntry, parseAllowList } from '../../scripts/electronegativity/allow-list';
import { evaluate, type ScanFacts } from '../../scripts/electronegativity/evaluate';
import type { Finding, Severity } from '../../scripts/electronegativity/findings';
import { failureLines, findingsTable, summaryLine } from '../../scripts/electronegativity/report';

const REASON = 'secureWebPreferences() returns contextIsolation: true; the tool cannot follow the call.';

function finding(check: string, severity: Severity, file = 'electron/main/secure-window.ts'): Finding {
  return { check, severity, confidence: 'FIRM', file, line: 23, column: 17, description: `about ${check}`, manualReview: false };
}

function scan(findings: Finding[], extra: Partial<ScanFacts> = {}): ScanFacts {
  return { scannedFiles: ['electron/main/secure-window.ts', 'electron/main/harden-contents.ts'], findings, parseFailures: [], inlineDisables: [], ...extra };
}

const entry = (check: string, file = 'electron/main/secure-window.ts'): AllowEntry => ({ check, file, reason: REASON });

const listText = (entries: unknown[]): string => JSON.stringify({ format: ALLOW_LIST_FORMAT, formatVersion: 1, entries });

describe('the verdict', () => {
  it('passes a HIGH finding the allow-list names by check and file, and counts it as allowed', () => {
    const verdict = evaluate(scan([finding('CONTEXT_ISOLATION_JS_CHECK', 'HIGH')]), [entry('CONTEXT_ISOLATION_JS_CHECK')]);
    expect(verdict.passed).toBe(true);
    expect(verdict.allowed.map((f) => f.check)).toEqual(['CONTEXT_ISOLATION_JS_CHECK']);
    expect(verdict.blocking).toEqual([]);
  });

  it('fails a HIGH or MEDIUM finding with no entry, or with an entry for another file or another check', () => {
    for (const severity of ['HIGH', 'MEDIUM'] as const) {
      const found = finding('SANDBOX_JS_CHECK', severity);
      for (const entries of [[], [entry('SANDBOX_JS_CHECK', 'electron/main/other.ts')], [entry('CONTEXT_ISOLATION_JS_CHECK')]]) {
        const verdict = evaluate(scan([found]), entries);
        expect(verdict.passed, `${severity} with ${JSON.stringify(entries)}`).toBe(false);
        expect(verdict.blocking).toEqual([found]);
      }
    }
  });

  it('passes LOW and INFORMATIONAL findings with no entry, counted as informational/low', () => {
    const verdict = evaluate(scan([finding('NODE_INTEGRATION_JS_CHECK', 'INFORMATIONAL'), finding('CSP_GLOBAL_CHECK', 'LOW', 'N/A')]), []);
    expect(verdict.passed).toBe(true);
    expect(verdict.minor).toHaveLength(2);
    expect(summaryLine(2, verdict)).toBe('electronegativity: 2 files, 2 findings (0 allowed, 2 informational/low)');
  });

  it('fails on an entry that matches no finding, so the list stays truthful', () => {
    const verdict = evaluate(scan([finding('SANDBOX_JS_CHECK', 'MEDIUM')]), [entry('SANDBOX_JS_CHECK'), entry('AUXCLICK_JS_CHECK')]);
    expect(verdict.passed).toBe(false);
    expect(verdict.blocking).toEqual([]);
    expect(verdict.staleEntries.map((e) => e.check)).toEqual(['AUXCLICK_JS_CHECK']);
    expect(failureLines(verdict)).toEqual(['stale allow-list entry (matches no finding): AUXCLICK_JS_CHECK electron/main/secure-window.ts']);
  });

  it('fails when no file was scanned, even with no findings', () => {
    const verdict = evaluate(scan([], { scannedFiles: [] }), []);
    expect(verdict.passed).toBe(false);
    expect(verdict.problems).toEqual(['no source files were scanned']);
  });

  it('fails when a file could not be parsed, or hides a finding with an eng-disable comment', () => {
    const unparsed = evaluate(scan([], { parseFailures: [{ file: 'electron/main/x.ts', message: 'Unexpected token (3:4)' }] }), []);
    expect(unparsed.passed).toBe(false);
    expect(unparsed.problems).toEqual(['could not parse electron/main/x.ts: Unexpected token (3:4)']);
    const hidden = evaluate(scan([], { inlineDisables: [{ file: 'electron/main/x.ts', line: 7 }] }), []);
    expect(hidden.passed).toBe(false);
    expect(hidden.problems[0]).toContain('electron/main/x.ts:7');
  });

  it('prints blocking findings first in the table, with check, severity, confidence, file:line and description', () => {
    const verdict = evaluate(scan([finding('SANDBOX_JS_CHECK', 'MEDIUM'), finding('CONTEXT_ISOLATION_JS_CHECK', 'HIGH')]), [entry('SANDBOX_JS_CHECK')]);
    const [head, first, second] = findingsTable(verdict);
    expect(head).toMatch(/^status\s+check\s+severity\s+confidence\s+where\s+description$/);
    expect(first).toMatch(/^BLOCKS\s+CONTEXT_ISOLATION_JS_CHECK\s+HIGH\s+FIRM\s+electron\/main\/secure-window\.ts:23\s+about CONTEXT_ISOLATION_JS_CHECK$/);
    expect(second).toMatch(/^allowed\s+SANDBOX_JS_CHECK\s+MEDIUM/);
  });
});

describe('the allow-list file', () => {
  it('reads entries with check, file and reason', () => {
    expect(parseAllowList(listText([entry('SANDBOX_JS_CHECK'), { check: 'CSP_GLOBAL_CHECK', file: 'N/A', reason: REASON }])).entries).toHaveLength(2);
  });

  it.each([
    ['a missing reason', { check: 'SANDBOX_JS_CHECK', file: 'electron/main/secure-window.ts' }],
    ['an empty reason', { ...entry('SANDBOX_JS_CHECK'), reason: '' }],
    ['a reason under 20 characters, spaces not counted', { ...entry('SANDBOX_JS_CHECK'), reason: '   false positive    ' }],
    ['a missing file (a blanket allow)', { check: 'SANDBOX_JS_CHECK', reason: REASON }],
    ['a pattern for a file', { ...entry('SANDBOX_JS_CHECK'), file: 'electron/main/*.ts' }],
    ['an absolute file', { ...entry('SANDBOX_JS_CHECK'), file: '/work/electron/main/secure-window.ts' }],
    ['"N/A" as the file of a check that is not global', { ...entry('SANDBOX_JS_CHECK'), file: 'N/A' }],
    ['a check id not as the tool prints it', { ...entry('sandboxJSCheck') }],
    ['an unknown key', { ...entry('SANDBOX_JS_CHECK'), line: 23 }],
  ])('rejects %s', (_name, bad) => {
    expect(() => parseAllowList(listText([bad]))).toThrow(/allow-list is invalid/);
  });

  it('rejects the same check and file twice, a wrong format, and text that is not JSON', () => {
    expect(() => parseAllowList(listText([entry('SANDBOX_JS_CHECK'), entry('SANDBOX_JS_CHECK')]))).toThrow(/twice/);
    expect(() => parseAllowList(JSON.stringify({ format: 'other', formatVersion: 1, entries: [] }))).toThrow(/allow-list is invalid/);
    expect(() => parseAllowList('{ entries: [] }')).toThrow(/not JSON/);
  });
});
