// The one-line rule shown under each indicator's field: its bounds and step, or what its choices mean.
import type { Locale } from '../../../shared/i18n/translate';
import { plainNumber } from '../../../shared/reports/report-text';
import type { Leaf } from '../../../shared/standard/schema';
import { cachedText } from './cached-text';

export function leafHint(locale: Locale, leaf: Leaf, bonusCap: number): string {
  switch (leaf.kind) {
    case 'points':
      return cachedText(locale, 'scoringPanel.hint.points', { max: plainNumber(leaf.max), step: plainNumber(leaf.step) });
    case 'bonus':
      return cachedText(locale, 'scoringPanel.hint.bonus', {
        max: plainNumber(leaf.max),
        step: plainNumber(leaf.step),
        cap: plainNumber(bonusCap),
      });
    case 'deduction':
      return cachedText(locale, 'scoringPanel.hint.deduction', {
        per: plainNumber(leaf.perOccurrence),
        maxTotal: plainNumber(leaf.maxTotal),
      });
    case 'tiers':
      return cachedText(locale, 'scoringPanel.hint.tiers', { count: Math.min(leaf.levels.length, 9) });
    case 'passFail':
      return cachedText(locale, 'scoringPanel.hint.passFail', { points: plainNumber(leaf.points) });
    case 'veto':
      return cachedText(locale, 'scoringPanel.hint.veto');
    case 'prerequisite':
      return cachedText(locale, 'scoringPanel.hint.prerequisite');
  }
}
