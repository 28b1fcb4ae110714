// Text clean-up for what people type into Excel and WPS with a Chinese input method: full-width digits and
// punctuation (４．５, ：, ；), stray spaces, a unit after a number (4分). Only tokens go through here
// (numbers, ids, kinds, labels); names and guidance keep exactly what was typed.
import { hasAtMostTwoDecimals } from '../../util/hundredths';

/** Full-width letters, digits and punctuation to ASCII (４．５ → 4.5, ：→ :), which is what NFKC does. */
export const halfWidth = (text: string): string => text.normalize('NFKC').replace(/\u2212/g, '-');

/** For matching words against a vocabulary: half-width, no whitespace at all, lower case. */
export const squeeze = (text: string): string => halfWidth(text).replace(/\s+/g, '').toLowerCase();

/** For matching headers and labels: like `squeeze`, and without bracketed hints, required-field stars
 * and a trailing colon, so `分值（满分）`, `*编号` and `总分：` match `分值`, `编号`, `总分`. */
export const labelKey = (text: string): string =>
  squeeze(text)
    .replace(/\([^)]*\)|\[[^\]]*\]|【[^】]*】|〔[^〕]*〕/g, '')
    .replace(/[*:]/g, '');

const DECIMAL = /^[+-]?(\d+(\.\d+)?|\.\d+)$/;

/**
 * A number typed as text: `4.5`, `４．５`, ` 4 `, and with one of `units` after it (`4分`). Anything else
 * (`4,5`, `四`, `4分/项`, `50%`, `1/2`) is null: refused, never guessed.
 */
export function parseDecimalText(text: string, units: readonly string[] = []): number | null {
  let token = halfWidth(text).trim();
  for (const unit of units) {
    if (token.endsWith(unit)) {
      token = token.slice(0, -unit.length).trim();
      break;
    }
  }
  return DECIMAL.test(token) ? Number(token) : null;
}

/** A number cell as stored: formulas can leave binary noise (15.000000000000002); keep the two decimals the
 * author meant, and leave genuinely longer decimals alone so validation reports them. */
export function tidyNumber(value: number): number | null {
  if (!Number.isFinite(value)) return null;
  return hasAtMostTwoDecimals(value) ? Math.round(value * 100) / 100 : value;
}

/** Splits a list cell on ASCII and Chinese separators and line breaks, dropping empty parts. */
export function splitList(text: string, separators: RegExp): string[] {
  return text
    .split(separators)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}
