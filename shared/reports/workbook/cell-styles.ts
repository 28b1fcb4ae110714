// The few looks the workbook's cells have. Each look is one shared object, and the exceljs adapter keys its
// styles on it: it hands exceljs the same style object every time, which exceljs (in memory and streaming)
// then recognises by identity without working out its style entry again. Text looks and number looks are
// different types: a text look always has the text format '@' (see safe-cell.ts), so no text can be given a
// number look or the reverse.

/** Number formats the workbook uses; all three are built into Excel (ids 49, 2 and 1). */
export type NumberFormat = '@' | '0.00' | '0';

interface LookBase {
  readonly bold?: boolean;
  /** Font size in points (default 11). */
  readonly size?: number;
  readonly strike?: boolean;
  /** Font colour, ARGB hex. */
  readonly color?: string;
  /** Solid fill, ARGB hex. */
  readonly fill?: string;
  /** A thin grey box (header cells) or the suggestion list's cut line (a red rule underneath). */
  readonly border?: 'box' | 'cutLine';
  readonly horizontal?: 'center';
  readonly vertical?: 'top' | 'middle';
  readonly wrap?: boolean;
}

/** A look for a text cell: always Excel's text format. */
export interface TextLook extends LookBase {
  readonly numFmt: '@';
}

/** A look for a number or formula cell. */
export interface NumberLook extends LookBase {
  readonly numFmt: '0.00' | '0';
}

export type Look = TextLook | NumberLook;

const HEADER_FILL = 'FFDDEBF7';
const FLAGGED_FILL = 'FFFCE4E4';
const DROPPED_COLOR = 'FF808080';

export const LOOK = {
  text: { numFmt: '@' },
  wrapped: { numFmt: '@', wrap: true },
  title: { numFmt: '@', bold: true, size: 14 },
  label: { numFmt: '@', bold: true },
  header: { numFmt: '@', bold: true, fill: HEADER_FILL, border: 'box', horizontal: 'center', vertical: 'middle', wrap: true },
  score: { numFmt: '0.00' },
  integer: { numFmt: '0' },
  /** A total the trimmed mean dropped: still shown, struck through in grey. */
  droppedScore: { numFmt: '0.00', strike: true, color: DROPPED_COLOR },
  /** A total beyond the deviation thresholds. */
  flaggedScore: { numFmt: '0.00', fill: FLAGGED_FILL },
  droppedFlaggedScore: { numFmt: '0.00', strike: true, color: DROPPED_COLOR, fill: FLAGGED_FILL },
  /** The aggregate the formula computes: the column the table is about. */
  aggregate: { numFmt: '0.00', bold: true },
} as const satisfies Record<string, Look>;

const cutLineLooks = new WeakMap<Look, Look>();

/** The same look with the cut line drawn under it, one shared object per look. */
export function withCutLine<L extends Look>(base: L): L {
  const known = cutLineLooks.get(base);
  if (known) return known as L;
  const made: L = { ...base, border: 'cutLine' };
  cutLineLooks.set(base, made);
  return made;
}
