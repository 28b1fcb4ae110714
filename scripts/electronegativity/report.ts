// What the check prints: one table of every finding with what became of it, then what failed, then one line
// of totals. Plain text, so it reads the same in a terminal and in a CI log.
import type { Verdict } from './evaluate';
import type { Finding } from './findings';

type Status = 'BLOCKS' | 'allowed' | 'low';

const HEAD = ['status', 'check', 'severity', 'confidence', 'where', 'description'];

function where(finding: Finding): string {
  return finding.line > 0 ? `${finding.file}:${finding.line}` : finding.file;
}

function rowOf(status: Status, finding: Finding): string[] {
  return [status, finding.check, finding.severity, finding.confidence, where(finding), finding.description];
}

export function findingsTable(verdict: Verdict): string[] {
  const rows = [
    ...verdict.blocking.map((finding) => rowOf('BLOCKS', finding)),
    ...verdict.allowed.map((finding) => rowOf('allowed', finding)),
    ...verdict.minor.map((finding) => rowOf('low', finding)),
  ];
  if (rows.length === 0) return [];
  const widths = HEAD.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)));
  // The description is last and left unpadded, so a long one does not stretch every line.
  const line = (cells: string[]): string => cells.map((cell, column) => (column === cells.length - 1 ? cell : cell.padEnd(widths[column] ?? 0))).join('  ');
  return [line(HEAD), ...rows.map(line)];
}

export function summaryLine(fileCount: number, verdict: Verdict): string {
  const total = verdict.blocking.length + verdict.allowed.length + verdict.minor.length;
  return `electronegativity: ${fileCount} files, ${total} findings (${verdict.allowed.length} allowed, ${verdict.minor.length} informational/low)`;
}

/** Why the check failed, one line each; empty when it passed. */
export function failureLines(verdict: Verdict): string[] {
  return [
    ...verdict.blocking.map((finding) => `HIGH/MEDIUM finding not in the allow-list: ${finding.check} at ${where(finding)}`),
    ...verdict.staleEntries.map((entry) => `stale allow-list entry (matches no finding): ${entry.check} ${entry.file}`),
    ...verdict.problems,
  ];
}
