// A qualification review's counties that are not in the county register yet, added in one go as 已申报 (the
// state a qualification decision starts from) with the batch the office picks — so the office need not type
// thirty counties into 示范县管理 before it can write the review's outcome. All or none, as addCounties is.
import { Alert, Button } from 'antd';
import { useState } from 'react';
import type { StageOutcomeRowView } from '../../../../shared/contract/stage-outcome-spec';
import { errorText, useApp } from '../../app/app-context';
import { RefusalMessages } from '../../app/RefusalMessages';

/** The programme is built in three batches (work plan §五); the register takes no other. */
const BATCHES = [1, 2, 3] as const;

export interface AddUnregisteredProps {
  rows: readonly StageOutcomeRowView[];
  /** The session's batch, offered first when it is one of the programme's. */
  batch: number | undefined;
  onAdded: () => void;
}

type Adding = { kind: 'idle' } | { kind: 'busy' } | { kind: 'refused'; messages: string[] } | { kind: 'failed'; message: string };

export function AddUnregistered({ rows, batch, onAdded }: AddUnregisteredProps) {
  const { host, t } = useApp();
  const [chosenBatch, setChosenBatch] = useState<string>(batch !== undefined && batch <= BATCHES.length ? String(batch) : '');
  const [adding, setAdding] = useState<Adding>({ kind: 'idle' });
  const unregistered = rows.filter((row) => row.state === null);
  if (unregistered.length === 0) return null;

  const add = async (): Promise<void> => {
    setAdding({ kind: 'busy' });
    try {
      const counties = unregistered.map((row) => ({ code: row.countyCode, name: row.countyName, city: row.city, batch: Number(chosenBatch), povertyAlleviated: row.poverty }));
      const result = await host.addCounties({ counties });
      if (result.ok) onAdded();
      else setAdding({ kind: 'refused', messages: result.messages });
    } catch (cause) {
      setAdding({ kind: 'failed', message: t('stageOutcomes.addFailed', { message: errorText(cause) }) });
    }
  };

  return (
    <Alert
      type="info"
      showIcon
      data-testid="register-unregistered"
      title={t('stageOutcomes.unregistered', { count: unregistered.length, counties: unregistered.map((row) => row.countyName).join('、') })}
      description={
        <div className="rd-register-confirm">
          <label className="rd-field">
            <span className="rd-field-label">{t('stageOutcomes.unregisteredBatch')}</span>
            <select data-testid="register-unregistered-batch" value={chosenBatch} onChange={(event) => setChosenBatch(event.target.value)}>
              <option value="" />
              {BATCHES.map((value) => (
                <option key={value} value={value}>
                  {value}
                </option>
              ))}
            </select>
          </label>
          <Button data-testid="register-add-unregistered" disabled={chosenBatch === '' || adding.kind === 'busy'} loading={adding.kind === 'busy'} onClick={() => void add()}>
            {t('stageOutcomes.addUnregistered', { count: unregistered.length })}
          </Button>
          {adding.kind === 'refused' && <RefusalMessages messages={adding.messages} />}
          {adding.kind === 'failed' && <p role="alert">{adding.message}</p>}
        </div>
      }
    />
  );
}
