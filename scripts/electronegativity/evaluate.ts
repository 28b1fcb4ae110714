// The verdict, pure: which findings block, which the allow-list explains, which are only low or informational,
// which allow-list entries no longer match anything, and what makes the scan itself untrustworthy.
import type { AllowEntry } from './allow-list';
import { entryKey } from './allow-list';
import { BLOCKING_SEVERITIES, type Finding, type ParseFailure } from './findings';

export interface ScanFacts {
  /** The source files the tool read (repository-relative). */
  scannedFiles: readonly string[];
  findings: readonly Finding[];
  parseFailures: readonly ParseFailure[];
  /** Lines with an `eng-disable` comment, which hides findings from the tool without a reason on record. */
  inlineDisables: readonly { file: string; line: number }[];
}

export interface Verdict {
  blocking: Finding[];
  allowed: Finding[];
  minor: Finding[];
  staleEntries: AllowEntry[];
  /** Reasons the scan cannot be trusted at all (nothing scanned, files unread, findings hidden inline). */
  problems: string[];
  passed: boolean;
}

export function evaluate(scan: ScanFacts, allowEntries: readonly AllowEntry[]): Verdict {
  const entries = new Map(allowEntries.map((entry) => [entryKey(entry), entry]));
  const used = new Set<string>();
  const blocking: Finding[] = [];
  const allowed: Finding[] = [];
  const minor: Finding[] = [];
  for (const finding of scan.findings) {
    const key = entryKey({ check: finding.check, file: finding.file });
    if (entries.has(key)) {
      used.add(key);
      allowed.push(finding);
    } else if (BLOCKING_SEVERITIES.has(finding.severity)) blocking.push(finding);
    else minor.push(finding);
  }
  const staleEntries = allowEntries.filter((entry) => !used.has(entryKey(entry)));

  const problems: string[] = [];
  // A scan of nothing finds nothing: a wrong folder or a tool that stopped listing .ts files must not pass.
  if (scan.scannedFiles.length === 0) problems.push('no source files were scanned');
  for (const failure of scan.parseFailures) problems.push(`could not parse ${failure.file}: ${failure.message}`);
  for (const disable of scan.inlineDisables) problems.push(`${disable.file}:${disable.line}: eng-disable comment; explain the finding in the allow-list instead`);

  const passed = blocking.length === 0 && staleEntries.length === 0 && problems.length === 0;
  return { blocking, allowed, minor, staleEntries, problems, passed };
}
