// What a standard holds, for the office to check against the paper before using it: name, version, stages,
// total and bonus cap, how many indicators of each kind, the fingerprint sessions will record, and the tree.
import { LEAF_KINDS, isGroup, type Standard } from '../../../../shared/standard/schema';
import { plainNumber } from '../../../../shared/reports/report-text';
import { leavesOf } from '../../../../shared/standard/walk';
import { useApp } from '../../app/app-context';
import { Fingerprint } from '../../app/Fingerprint';
import { StandardTree } from './StandardTree';

export function StandardPreview({ standard, fingerprint }: { standard: Standard; fingerprint: string }) {
  const { t } = useApp();
  const topGroups = standard.indicators.filter(isGroup);
  const leaves = leavesOf(standard.indicators).map(({ leaf }) => leaf);
  const sum = topGroups.reduce((total, group) => total + group.points, 0);
  const kinds = LEAF_KINDS.map((kind) => ({ kind, count: leaves.filter((leaf) => leaf.kind === kind).length }))
    .filter(({ count }) => count > 0)
    .map(({ kind, count }) => t('officeStandard.summary.kind', { kind: t(`standard.kind.${kind}`), count }))
    .join('，');
  const rows: Array<[string, string]> = [
    [t('officeStandard.summary.name'), standard.title],
    [t('officeStandard.summary.version'), standard.version],
    [t('officeStandard.summary.stages'), standard.stages.map((stage) => t(`standard.stage.${stage}`)).join('、')],
    [t('officeStandard.summary.total'), t('officeStandard.summary.totalValue', { total: plainNumber(standard.totalPoints), sum: plainNumber(sum) })],
    [
      t('officeStandard.summary.bonusCap'),
      leaves.some((leaf) => leaf.kind === 'bonus') ? t('officeStandard.summary.bonusCapValue', { cap: plainNumber(standard.bonusCap) }) : t('officeStandard.summary.noBonus'),
    ],
    [t('officeStandard.summary.counts'), t('officeStandard.summary.countsValue', { groups: topGroups.length, leaves: leaves.length })],
    [t('officeStandard.summary.kinds'), kinds],
  ];
  return (
    <div className="rd-standard-preview">
      <dl className="rd-standard-summary" data-testid="standard-summary">
        {rows.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <h3>{t('officeStandard.fingerprint.title')}</h3>
      <Fingerprint hex={fingerprint} testId="standard-fingerprint" />
      <p className="rd-help">{t('officeStandard.fingerprint.help')}</p>
      <h3>{t('officeStandard.tree.title')}</h3>
      <p className="rd-help">{t('officeStandard.tree.help')}</p>
      <StandardTree standard={standard} />
    </div>
  );
}
