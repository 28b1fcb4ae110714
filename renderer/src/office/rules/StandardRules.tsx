// The rules a draft standard carries, edited in place: every accepted change makes a new standard with a new
// fingerprint (rules-edit.ts), which is shown so the office sees that the session's standard has changed.
import type { DraftStandard } from '../../../../shared/office/session-draft';
import { groupedFingerprint } from '../../../../shared/util/fingerprint';
import { useApp } from '../../app/app-context';
import { AggregationRule } from './AggregationRule';
import { DeviationRuleForm } from './DeviationRuleForm';
import { GradeBands } from './GradeBands';
import { PreferenceRuleForm } from './PreferenceRuleForm';
import { withRules, type RulesPatch } from './rules-edit';
import { TieBreakOrder } from './TieBreakOrder';
import { VetoConsensusRule } from './VetoConsensusRule';

export function StandardRules({ value, onChange }: { value: DraftStandard; onChange: (next: DraftStandard) => void }) {
  const { t } = useApp();
  const { standard } = value;
  const apply = (patch: RulesPatch): void => onChange(withRules(value, patch));
  return (
    <div className="rd-office-rules">
      <p className="rd-help">
        {t('officeWorkspace.rules.standard', { title: standard.title, version: standard.version })}{' '}
        <span className="rd-mono" data-testid="standard-fingerprint">
          {groupedFingerprint(value.fingerprint, 4)}
        </span>
      </p>
      <AggregationRule value={standard.aggregation} onChange={(aggregation) => apply({ aggregation })} />
      <GradeBands value={standard.grades} ceiling={standard.totalPoints + standard.bonusCap} onChange={(grades) => apply({ grades })} />
      <TieBreakOrder standard={standard} onChange={(tieBreak) => apply({ tieBreak })} />
      <PreferenceRuleForm value={standard.preference} onChange={(preference) => apply({ preference })} />
      <VetoConsensusRule value={standard.vetoConsensus} onChange={(vetoConsensus) => apply({ vetoConsensus })} />
      <DeviationRuleForm value={standard.deviation} onChange={(deviation) => apply({ deviation })} />
    </div>
  );
}
