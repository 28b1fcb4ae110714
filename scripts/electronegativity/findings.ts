// What electronegativity reports, as this check sees it. The package has no types and its result objects carry
// chalk formatters and parser state, so its answer is parsed here, not trusted: an unexpected shape (a new
// version, a broken install) fails the check instead of passing it quietly.
import { relative, resolve, sep } from 'node:path';
import { z } from 'zod';

export const SEVERITIES = ['INFORMATIONAL', 'LOW', 'MEDIUM', 'HIGH'] as const;
export const CONFIDENCES = ['TENTATIVE', 'FIRM', 'CERTAIN'] as const;
export type Severity = (typeof SEVERITIES)[number];
export type Confidence = (typeof CONFIDENCES)[number];

/** The severities that fail the check unless an allow-list entry explains them. */
export const BLOCKING_SEVERITIES: ReadonlySet<Severity> = new Set<Severity>(['HIGH', 'MEDIUM']);

/** The file name the tool gives app-wide findings of its global checks (e.g. "no CSP found anywhere"). */
export const NO_FILE = 'N/A';

/** One finding, its file relative to the repository root (forward slashes) or NO_FILE. */
export interface Finding {
  check: string;
  severity: Severity;
  confidence: Confidence;
  file: string;
  line: number;
  column: number;
  description: string;
  manualReview: boolean;
}

/** A file the parser could not read: nothing in it was checked. */
export interface ParseFailure {
  file: string;
  message: string;
}

const issueSchema = z.object({
  id: z.string().regex(/^[A-Z][A-Z0-9_]*$/),
  file: z.string().min(1),
  location: z.object({ line: z.number().int().nonnegative(), column: z.number().int().nonnegative() }),
  severity: z.object({ name: z.enum(SEVERITIES) }),
  confidence: z.object({ name: z.enum(CONFIDENCES) }),
  description: z.string(),
  manualReview: z.boolean().optional(),
});

const errorSchema = z.object({ file: z.string().min(1), message: z.string(), tolerable: z.boolean() });

/** The object `run(options)` resolves to when it is not driving its own CLI. */
export const scannerResultSchema = z.object({
  globalChecks: z.number().int().positive(),
  atomicChecks: z.number().int().positive(),
  errors: z.array(errorSchema),
  issues: z.array(issueSchema),
});
export type ScannerResult = z.infer<typeof scannerResultSchema>;

/** A path as the allow-list spells it: relative to the repository root, with forward slashes. */
export function repoPath(root: string, absolutePath: string): string {
  return relative(root, absolutePath).split(sep).join('/');
}

/**
 * The tool's findings with repository-relative paths. It was run with `isRelative`, so its paths are relative
 * to the scanned folder; `scannedDir` is that folder, absolute.
 */
export function findingsOf(result: ScannerResult, root: string, scannedDir: string): Finding[] {
  return result.issues.map((issue) => ({
    check: issue.id,
    severity: issue.severity.name,
    confidence: issue.confidence.name,
    file: issue.file === NO_FILE ? NO_FILE : repoPath(root, resolve(scannedDir, issue.file)),
    line: issue.location.line,
    column: issue.location.column,
    description: issue.description,
    manualReview: issue.manualReview ?? false,
  }));
}

/** Files the tool could not parse (its "tolerable" errors are warnings on a file it did parse). */
export function parseFailuresOf(result: ScannerResult, root: string): ParseFailure[] {
  return result.errors.filter((error) => !error.tolerable).map((error) => ({ file: repoPath(root, resolve(error.file)), message: error.message }));
}
