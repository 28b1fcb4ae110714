// How a scoring item is scored, in one line for the preview ("0–5 分，步长 0.5", "优秀 30 分 / 达标 20 分"):
// what the office checks against the paper standard before using it.
import type { MessageKey, MessageParams } from '../../../../shared/i18n/translate';
import { plainNumber } from '../../../../shared/reports/report-text';
import type { Leaf } from '../../../../shared/standard/schema';

type Translate = (key: MessageKey, params?: MessageParams) => string;

export function leafRule(t: Translate, leaf: Leaf): string {
  switch (leaf.kind) {
    case 'points':
      return t('officeStandard.rule.points', { max: plainNumber(leaf.max), step: plainNumber(leaf.step) });
    case 'bonus':
      return t('officeStandard.rule.bonus', { max: plainNumber(leaf.max), step: plainNumber(leaf.step) });
    case 'tiers':
      return t('officeStandard.rule.tiers', {
        levels: leaf.levels.map((level) => t('officeStandard.rule.tier', { name: level.name, points: plainNumber(level.points) })).join(' / '),
      });
    case 'passFail':
      return t('officeStandard.rule.passFail', { points: plainNumber(leaf.points) });
    case 'veto':
      return t('officeStandard.rule.veto');
    case 'prerequisite':
      return t('officeStandard.rule.prerequisite');
    case 'deduction':
      return t('officeStandard.rule.deduction', { per: plainNumber(leaf.perOccurrence), maxTotal: plainNumber(leaf.maxTotal) });
  }
}
