// 抽签: the seed (generated from the page's cryptographic random source, or typed: a number drawn in the room),
// when and where it was drawn, and the order the seed gives, shown as soon as there is a seed. The draw is
// over every application, as the session file lists them; one no expert scores is marked so.
import { Button, Input } from 'antd';
import type { DraftApplication } from '../../../../shared/office/session-draft';
import { MAX_SEED_LENGTH, normaliseSeed, presentationOrder } from '../../../../shared/office/panel-presentation';
import { useApp } from '../../app/app-context';
import { FormField } from '../FormField';
import { NotScoredNote } from './NotScoredNote';

export interface LotDrawProps {
  applications: readonly DraftApplication[];
  /** Application id → unmet prerequisites' ids, for those not scored. */
  notScored: ReadonlyMap<string, readonly string[]>;
  seedText: string;
  drawnAtText: string;
  onGenerate: () => void;
  onSeed: (text: string) => void;
  onDrawnAt: (text: string) => void;
  /** Whether the office has typed in the seed field: an empty field says so only then. */
  seedTouched: boolean;
}

export function LotDraw({ applications, notScored, seedText, drawnAtText, onGenerate, onSeed, onDrawnAt, seedTouched }: LotDrawProps) {
  const { t } = useApp();
  const seed = normaliseSeed(seedText);
  const seedError =
    seed !== null || !seedTouched
      ? undefined
      : seedText.trim() === ''
        ? t('officePanel.presentation.error.seedRequired')
        : t('officePanel.presentation.error.seedTooLong', { max: MAX_SEED_LENGTH });
  const order = seed === null ? [] : presentationOrder(applications, { order: { method: 'lot', seed } });
  return (
    <div className="rd-office-form rd-form">
      <p className="rd-help">{t('officePanel.presentation.lot.help')}</p>
      <div className="rd-actions">
        <Button onClick={onGenerate}>{t('officePanel.presentation.lot.generate')}</Button>
      </div>
      <FormField id="rd-panel-seed" label={t('officePanel.presentation.lot.seed')} help={t('officePanel.presentation.lot.seedHelp')} error={seedError}>
        <Input value={seedText} className="rd-mono" autoComplete="off" onChange={(event) => onSeed(event.target.value)} />
      </FormField>
      <FormField id="rd-panel-drawn-at" label={t('officePanel.presentation.lot.drawnAt')}>
        <Input value={drawnAtText} maxLength={MAX_SEED_LENGTH} onChange={(event) => onDrawnAt(event.target.value)} />
      </FormField>
      {seed === null ? (
        <p className="rd-help">{t('officePanel.presentation.lot.noSeed')}</p>
      ) : (
        <>
          <h4 id="rd-panel-lot-order">{t('officePanel.presentation.lot.order')}</h4>
          <ol className="rd-panel-order" data-testid="lot-order" aria-labelledby="rd-panel-lot-order">
            {order.map((application) => (
              <li key={application.id} data-application-id={application.id}>
                {application.countyName}（{application.city}）
                <NotScoredNote unmet={notScored.get(application.id)} />
              </li>
            ))}
          </ol>
        </>
      )}
    </div>
  );
}
