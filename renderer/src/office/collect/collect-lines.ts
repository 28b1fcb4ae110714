// What one import showed the office, one line per file: the host's outcome and sentence, or what the page
// itself decided (not a scores file, so never uploaded; an upload that failed; an import that did not run).
// Each line keeps where its bytes came from, so a file refused for an unknown key can be imported again
// once the expert's key is enrolled (the host removes uploads after every import, so a dropped file is
// uploaded again from the File the browser still holds).
import type { CollectOutcome } from '../../../../shared/contract/office-collect-spec';

/** The host's outcomes, and the page's own for files the host never judged. */
export type LineOutcome = CollectOutcome | 'notScores' | 'uploadFailed' | 'failed';

/** Where a line's bytes can be read again: the dropped file, or a path on the host (a sync folder's file). */
export type LineSource = { kind: 'file'; file: File } | { kind: 'path'; path: string };

export interface CollectLine {
  /** The file's name as the office dropped or chose it, or as it sits in the scanned folder. */
  name: string;
  outcome: LineOutcome;
  message: string;
  expertId?: string;
  sequence?: number;
  source: LineSource | null;
  /** Set when this line is what an import with an enrolled key gave: still unknownKey means the typed key is not the signer's. */
  enrolled?: boolean;
}

/** Outcomes that leave the clerk nothing to put right (the host's NOTHING_TO_DO). */
const FINE: ReadonlySet<LineOutcome> = new Set<LineOutcome>(['accepted', 'alreadyHeld', 'duplicate']);

export const isRefused = (outcome: LineOutcome): boolean => !FINE.has(outcome);

export interface LinesSummary {
  total: number;
  accepted: number;
  held: number;
  duplicate: number;
  refused: number;
  /** Refused outcomes with how many of each, in the order they first appear. */
  refusedBy: [LineOutcome, number][];
}

/** Counted on the page, so the files it refused itself and lines replaced after an enrolment count too. */
export function summaryOf(lines: readonly CollectLine[]): LinesSummary {
  const by = new Map<LineOutcome, number>();
  for (const line of lines) if (isRefused(line.outcome)) by.set(line.outcome, (by.get(line.outcome) ?? 0) + 1);
  const count = (outcome: LineOutcome): number => lines.filter((line) => line.outcome === outcome).length;
  return {
    total: lines.length,
    accepted: count('accepted'),
    held: count('alreadyHeld'),
    duplicate: count('duplicate'),
    refused: lines.filter((line) => isRefused(line.outcome)).length,
    refusedBy: [...by.entries()],
  };
}
