// The choices a tiers, pass/fail, veto or prerequisite leaf offers, labelled in the reader's language with
// the same words the reports print (pass/fail, clear/vetoed, met/not met).
import type { Locale } from '../../../shared/i18n/translate';
import { plainNumber } from '../../../shared/reports/report-text';
import type { Leaf } from '../../../shared/standard/schema';
import { cachedText } from './cached-text';
import type { ChoiceOption } from './ChoiceGroup';

/** In the standard's order for tiers; the passing answer first for the yes/no kinds. */
export function leafOptions(locale: Locale, leaf: Leaf): ChoiceOption[] {
  switch (leaf.kind) {
    case 'tiers':
      return leaf.levels.map((level) => ({
        value: level.name,
        label: cachedText(locale, 'scoringPanel.tierOption', { name: level.name, points: plainNumber(level.points) }),
      }));
    case 'passFail':
      return [
        { value: true, label: cachedText(locale, 'report.value.pass') },
        { value: false, label: cachedText(locale, 'report.value.fail') },
      ];
    case 'veto':
      return [
        { value: true, label: cachedText(locale, 'report.value.vetoClear') },
        { value: false, label: cachedText(locale, 'report.value.vetoFailed') },
      ];
    case 'prerequisite':
      return [
        { value: true, label: cachedText(locale, 'report.value.met') },
        { value: false, label: cachedText(locale, 'report.value.unmet') },
      ];
    case 'points':
    case 'bonus':
    case 'deduction':
      return [];
  }
}
