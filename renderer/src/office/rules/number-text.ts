// Numbers as the office types them into the rules and quota forms: text kept as typed, read here. A form
// shows the text back unchanged (a half-typed "66." is not rewritten under the cursor) and saves only what reads.
import { hasAtMostTwoDecimals } from '../../../../shared/util/hundredths';

/** A decimal number with at most two decimals (points, percentages), or NaN. Full-width digits are accepted: Chinese input methods type them. */
export function readDecimal(text: string): number {
  const normal = text.trim().replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  if (!/^\d+(\.\d+)?$/.test(normal)) return Number.NaN;
  const value = Number(normal);
  return hasAtMostTwoDecimals(value) ? value : Number.NaN;
}

/** A whole number ≥ 0, or NaN. */
export function readWhole(text: string): number {
  const value = readDecimal(text);
  return Number.isInteger(value) ? value : Number.NaN;
}

/** A number as the forms show it: no trailing zeros. */
export const numberText = (value: number | null | undefined): string => (value === null || value === undefined ? '' : String(value));
