// 「添加县（区）」: one county at a time (code, name, city, batch, 脱贫县) into the register as applied. The host
// checks the code and the batch and says which is wrong; its lines are shown under the form.
import { Button, Checkbox } from 'antd';
import { useState } from 'react';
import { useApp } from '../../app/app-context';
import { ActionNote, useAction } from './action-outcome';
import { Field } from './TransitionForm';

interface CountyFields {
  code: string;
  name: string;
  city: string;
  batch: string;
  povertyAlleviated: boolean;
}

const EMPTY: CountyFields = { code: '', name: '', city: '', batch: '1', povertyAlleviated: false };

export function AddCountyForm({ onAdded }: { onAdded: () => void }) {
  const { host, t } = useApp();
  const [fields, setFields] = useState<CountyFields>(EMPTY);
  const [outcome, run] = useAction();
  const submit = (): Promise<void> =>
    run(
      () =>
        host.addCounties({
          counties: [{ code: fields.code.trim(), name: fields.name.trim(), city: fields.city.trim(), batch: Number.parseInt(fields.batch, 10) || 0, povertyAlleviated: fields.povertyAlleviated }],
        }),
      () => {
        const name = fields.name.trim();
        setFields(EMPTY);
        onAdded();
        return t('programmeUi.add.done', { name });
      },
      (message) => t('programmeUi.add.failed', { message }),
    );
  return (
    <details className="rd-office-section" data-testid="add-county">
      <summary>{t('programmeUi.add.title')}</summary>
      <form
        className="rd-programme-form"
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Field label={t('programmeUi.add.code')} testId="add-county-code" value={fields.code} onChange={(code) => setFields({ ...fields, code })} />
        <Field label={t('programmeUi.add.name')} testId="add-county-name" value={fields.name} onChange={(name) => setFields({ ...fields, name })} />
        <Field label={t('programmeUi.add.city')} testId="add-county-city" value={fields.city} onChange={(city) => setFields({ ...fields, city })} />
        <Field label={t('programmeUi.add.batch')} testId="add-county-batch" value={fields.batch} onChange={(batch) => setFields({ ...fields, batch })} />
        <Checkbox data-testid="add-county-poverty" checked={fields.povertyAlleviated} onChange={(event) => setFields({ ...fields, povertyAlleviated: event.target.checked })}>
          {t('programmeUi.add.poverty')}
        </Checkbox>
        <Button htmlType="submit" disabled={outcome.kind === 'busy'} data-testid="add-county-submit">
          {t('programmeUi.add.submit')}
        </Button>
        <ActionNote outcome={outcome} testId="add-county" />
      </form>
    </details>
  );
}
