// 一票否决的认定: how many of the experts who scored must find a veto item failed before the panel treats it as
// failed (any one, more than half, or all). Decided by the office before the review, like the other rules.
import { Radio } from 'antd';
import type { Standard } from '../../../../shared/standard/schema';
import { useApp } from '../../app/app-context';

type Consensus = Standard['vetoConsensus'];
const CONSENSUS: readonly Consensus[] = ['any', 'majority', 'all'];

export function VetoConsensusRule({ value, onChange }: { value: Consensus; onChange: (next: Consensus) => void }) {
  const { t } = useApp();
  return (
    <section className="rd-office-section" aria-labelledby="rd-rules-veto">
      <h3 id="rd-rules-veto">{t('officeWorkspace.rules.veto.title')}</h3>
      <Radio.Group
        aria-labelledby="rd-rules-veto"
        className="rd-vertical-radios"
        value={value}
        onChange={(event) => onChange(event.target.value as Consensus)}
        options={CONSENSUS.map((option) => ({ value: option, label: t(`officeWorkspace.rules.veto.${option}`) }))}
      />
    </section>
  );
}
