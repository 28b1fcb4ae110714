// Wording helpers the PDF builders share: a translator bound to the reader's locale, and the few number
// formats the reports print besides report-text.ts's (statistics with three decimals, signed differences).
import { translate, type Locale, type MessageKey, type MessageParams } from '../../i18n/translate';
import { scoreText } from '../report-text';

export type Translate = (key: MessageKey, params?: MessageParams) => string;

export function translatorFor(locale: Locale): Translate {
  return (key, params = {}) => translate(locale, key, params);
}

/** ICC, Kendall's W: three decimals; "—" when not computable. */
export function statText(value: number | null): string {
  return value === null ? '—' : value.toFixed(3);
}

/** A difference from the panel score with its sign: "+1.05", "−3.20", "0.00". */
export function signedScoreText(value: number | null | undefined): string {
  if (value === null || value === undefined) return '—';
  const text = scoreText(Math.abs(value));
  if (text === '0.00') return text;
  return value > 0 ? `+${text}` : `−${text}`;
}

/** Integer hundredths (the suggestion list's scoreH) as a two-decimal score. */
export function hundredthsText(hundredths: number): string {
  return (hundredths / 100).toFixed(2);
}
